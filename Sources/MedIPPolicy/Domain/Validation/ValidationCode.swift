/// A stable camelCase identifier for a kind of validation issue.
///
/// Codes are public API (they appear in JSON output and tests) and never change meaning; new
/// codes may be added. ``all`` lists them.
public struct ValidationCode: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The code text.
    public let rawValue: String
    /// Wraps a code.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Wraps a literal code.
    public init(stringLiteral value: String) { rawValue = value }
    /// The code text.
    public var description: String { rawValue }

    /// Decodes from a plain string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes as a plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    // MARK: General
    /// A required text (id, name) is empty or only white space (and holds no control character).
    public static let emptyText: ValidationCode = "emptyText"
    /// A required text (id, name) holds a control character (U+0000–U+001F, U+007F–U+009F,
    /// general category Cc — the tab and U+0085 included, although they are also white space),
    /// which no identifier or name needs and which downstream systems may truncate at.
    public static let controlCharacter: ValidationCode = "controlCharacter"
    /// A required text (id, name) shows nothing: it is empty once its invisible characters are
    /// removed — it holds only format characters (general category Cf: U+FEFF, bidirectional
    /// controls such as U+202E, zero-width characters U+200B–U+200D, U+2060, the soft hyphen …),
    /// possibly with white space. A name made of them looks blank yet passes a blank check.
    public static let invisibleText: ValidationCode = "invisibleText"
    /// A computed date leaves 0001-01-01…9999-12-31: a filing date, term adjustment or
    /// compensation so large that the patent's term cannot be represented.
    public static let dateOutOfRange: ValidationCode = "dateOutOfRange"
    /// Two objections, opinion requests, disputes or rulings share an id.
    public static let duplicateID: ValidationCode = "duplicateID"
    /// A category-3 declaration (三类声明) names a patent with no grant date: the declaration is
    /// against a registered patent, whose term cannot be established without it, so the
    /// linkage bar cannot be decided (an error, never a silent "not in force").
    public static let category3PatentNotGranted: ValidationCode = "category3PatentNotGranted"
    /// A listing application or VBP participation (in the history or the round) is dated before
    /// the product's marketing approval (`product.approvalDate`): only an approved product can
    /// apply.
    public static let applicationBeforeApproval: ValidationCode = "applicationBeforeApproval"
    /// A reference names a patent number that is not in `patents`.
    public static let unknownPatent: ValidationCode = "unknownPatent"
    /// A declaration (other than category 1) or a not-before-expiry commitment names no patent.
    public static let missingPatent: ValidationCode = "missingPatent"

    // MARK: Patents
    /// Two patents share a number.
    public static let duplicatePatentNumber: ValidationCode = "duplicatePatentNumber"
    /// `type` disagrees with the type digit of the number.
    public static let patentTypeMismatch: ValidationCode = "patentTypeMismatch"
    /// The grant date is before the filing date.
    public static let grantBeforeFiling: ValidationCode = "grantBeforeFiling"
    /// The substantive-examination request is before the filing date.
    public static let examinationRequestBeforeFiling: ValidationCode = "examinationRequestBeforeFiling"
    /// A status event is dated before the filing date.
    public static let statusEventBeforeFiling: ValidationCode = "statusEventBeforeFiling"
    /// An ending or restoring status event is dated before the grant, or there is no grant.
    public static let statusEventBeforeGrant: ValidationCode = "statusEventBeforeGrant"
    /// A status event is dated before the one listed before it.
    public static let statusHistoryOutOfOrder: ValidationCode = "statusHistoryOutOfOrder"
    /// A `granted` event disagrees with `grantDate`.
    public static let grantEventMismatch: ValidationCode = "grantEventMismatch"
    /// `termAdjustmentDays` is negative.
    public static let negativeTermAdjustment: ValidationCode = "negativeTermAdjustment"
    /// `termCompensationDays` is negative.
    public static let negativeTermCompensation: ValidationCode = "negativeTermCompensation"
    /// Term adjustment on a utility model or design (Art. 42(2) is for inventions).
    public static let termAdjustmentOnNonInvention: ValidationCode = "termAdjustmentOnNonInvention"
    /// Term compensation on a utility model or design (warning).
    public static let compensationOnNonInvention: ValidationCode = "compensationOnNonInvention"
    /// Term compensation above its ceiling (5 years; 14 years after approval).
    public static let compensationAboveCeiling: ValidationCode = "compensationAboveCeiling"
    /// Term compensation without the drug's approval date, so only the 5-year cap is checked
    /// (warning).
    public static let compensationWithoutApprovalDate: ValidationCode = "compensationWithoutApprovalDate"
    /// Registered on the platform without a registrable category (warning).
    public static let registeredWithoutCategory: ValidationCode = "registeredWithoutCategory"
    /// The registrable category is for another kind of drug than the product (warning).
    public static let linkageCategoryMismatch: ValidationCode = "linkageCategoryMismatch"

    // MARK: Product
    /// A drug without `drugClass`.
    public static let missingDrugClass: ValidationCode = "missingDrugClass"
    /// A medical consumable with `drugClass`.
    public static let drugClassOnConsumable: ValidationCode = "drugClassOnConsumable"
    /// Biosimilar not biological, same-formula TCM not TCM, generic not chemical (warning).
    public static let drugClassCategoryMismatch: ValidationCode = "drugClassCategoryMismatch"
    /// The approval number's kind disagrees with the product category (warning).
    public static let approvalNumberMismatch: ValidationCode = "approvalNumberMismatch"
    /// `product.innovativeDevice` on a drug: only a medical consumable is a medical device (error).
    public static let innovativeDeviceNotConsumable: ValidationCode = "innovativeDeviceNotConsumable"
    /// Green-channel qualification on a product that is neither an innovative drug nor an
    /// innovative medical device (warning).
    public static let greenChannelNotInnovative: ValidationCode = "greenChannelNotInnovative"
    /// A generic, biosimilar or same-formula TCM without its reference product (warning).
    public static let missingReferenceProduct: ValidationCode = "missingReferenceProduct"

    // MARK: Declarations and commitments
    /// A linkage declaration for a product whose class does not declare (innovative, improved
    /// new, consumable) (warning).
    public static let declarationByNonGeneric: ValidationCode = "declarationByNonGeneric"
    /// A category-1 declaration naming a patent (warning).
    public static let patentOnCategoryOne: ValidationCode = "patentOnCategoryOne"
    /// A declaration about a patent not marked as registered on the platform (warning).
    public static let declaredPatentNotRegistered: ValidationCode = "declaredPatentNotRegistered"
    /// Two declarations about the same patent (warning).
    public static let duplicateDeclaration: ValidationCode = "duplicateDeclaration"
    /// A finding dated before the commitment it is about.
    public static let findingBeforeCommitment: ValidationCode = "findingBeforeCommitment"

    // MARK: Objections, opinions, disputes, rulings
    /// An objection withdrawn before it was received.
    public static let withdrawnBeforeReceived: ValidationCode = "withdrawnBeforeReceived"
    /// An objection procedure concluded before the objection was received.
    public static let outcomeBeforeReceived: ValidationCode = "outcomeBeforeReceived"
    /// An opinion request names an objection id not in `objections`.
    public static let unknownObjection: ValidationCode = "unknownObjection"
    /// An opinion requested before the objection was received.
    public static let requestBeforeObjection: ValidationCode = "requestBeforeObjection"
    /// The opinion deadline is before the request date.
    public static let deadlineBeforeRequest: ValidationCode = "deadlineBeforeRequest"
    /// An opinion dated before it was requested.
    public static let opinionBeforeRequest: ValidationCode = "opinionBeforeRequest"
    /// A dispute resolved before it was filed.
    public static let resolutionBeforeFiling: ValidationCode = "resolutionBeforeFiling"
    /// A ruling names a dispute id not in `disputes`.
    public static let unknownDispute: ValidationCode = "unknownDispute"
    /// A ruling effective before its dispute was filed.
    public static let rulingBeforeDisputeFiled: ValidationCode = "rulingBeforeDisputeFiled"
    /// A ruling set aside before it took effect.
    public static let setAsideBeforeEffective: ValidationCode = "setAsideBeforeEffective"
    /// A ruling on a dispute that was mediated, settled or withdrawn before it (warning).
    public static let rulingOnResolvedDispute: ValidationCode = "rulingOnResolvedDispute"
    /// An objection, dispute or ruling naming no patent (warning).
    public static let noPatents: ValidationCode = "noPatents"

    // MARK: Exclusivity, credit, procurement
    /// A market-exclusivity length above its legal maximum.
    public static let exclusivityTooLong: ValidationCode = "exclusivityTooLong"
    /// A market-exclusivity length that is negative or in working days or hours.
    public static let invalidExclusivityLength: ValidationCode = "invalidExclusivityLength"
    /// A market exclusivity ended before it started.
    public static let exclusivityEndedBeforeStart: ValidationCode = "exclusivityEndedBeforeStart"
    /// A credit level that does not belong to the event's scheme.
    public static let creditLevelNotInScheme: ValidationCode = "creditLevelNotInScheme"
    /// A rating made under a scheme not in force for new ratings on its date (warning).
    public static let creditSchemeNotInForce: ValidationCode = "creditSchemeNotInForce"
    /// A rating cleared before it was made.
    public static let clearedBeforeRating: ValidationCode = "clearedBeforeRating"
    /// A procurement event dated before the one listed before it.
    public static let procurementHistoryOutOfOrder: ValidationCode = "procurementHistoryOutOfOrder"

    /// Every code above.
    public static let all: [ValidationCode] = [
        emptyText, controlCharacter, invisibleText, dateOutOfRange, duplicateID, category3PatentNotGranted, applicationBeforeApproval, unknownPatent, missingPatent, duplicatePatentNumber,
        patentTypeMismatch, grantBeforeFiling, examinationRequestBeforeFiling,
        statusEventBeforeFiling, statusEventBeforeGrant, statusHistoryOutOfOrder, grantEventMismatch,
        negativeTermAdjustment, negativeTermCompensation, termAdjustmentOnNonInvention,
        compensationOnNonInvention, compensationAboveCeiling, compensationWithoutApprovalDate,
        registeredWithoutCategory, linkageCategoryMismatch, missingDrugClass, drugClassOnConsumable,
        drugClassCategoryMismatch, approvalNumberMismatch, innovativeDeviceNotConsumable, greenChannelNotInnovative,
        missingReferenceProduct, declarationByNonGeneric, patentOnCategoryOne,
        declaredPatentNotRegistered, duplicateDeclaration, findingBeforeCommitment,
        withdrawnBeforeReceived, outcomeBeforeReceived, unknownObjection, requestBeforeObjection,
        deadlineBeforeRequest, opinionBeforeRequest, resolutionBeforeFiling, unknownDispute,
        rulingBeforeDisputeFiled, setAsideBeforeEffective, rulingOnResolvedDispute, noPatents,
        exclusivityTooLong, invalidExclusivityLength, exclusivityEndedBeforeStart,
        creditLevelNotInScheme, creditSchemeNotInForce, clearedBeforeRating,
        procurementHistoryOutOfOrder,
    ]
}
