/// A deterministic, seeded source of deliberately invalid cases, each tagged with the one problem
/// it carries: a `ValidationCode` (facts that decode but fail `Case/validate(rules:)`) or a
/// `CaseFileError/Code` (bytes that `CaseFile/decode(_:)` rejects).
///
/// Every next case starts from a clean generic listing application (random parties and dates)
/// and breaks it in one way, chosen uniformly from ``validationCodes`` and ``decodingCodes`` (or
/// from the codes given). Use it to test that a platform's import path reports the right problem
/// at the right place:
///
/// ```swift
/// for broken in InvalidCaseGenerator(seed: 1).prefix(500) {
///     let report = myPlatform.importCaseFile(broken.caseFile)
///     // expect report to name broken.problem.code at broken.problem.path
/// }
/// ```
///
/// Two codes are never generated: `ValidationCode/statusEventBeforeFiling` (a status event
/// before filing is always also before the grant, so it never comes alone) and
/// `CaseFileError/Code/encodingFailed` (domain values always encode).
public struct InvalidCaseGenerator: Sequence, Sendable, Hashable {
    /// The kinds of problem a generator draws from.
    public enum Kind: Sendable, Hashable {
        /// A validation problem with this code.
        case validation(ValidationCode)
        /// A decoding problem with this code.
        case decoding(CaseFileError.Code)
    }

    /// The validation codes generated: every `ValidationCode/all` but `statusEventBeforeFiling`.
    public static let validationCodes: [ValidationCode] = ValidationCode.all.filter { $0 != .statusEventBeforeFiling }
    /// The decoding codes generated: every `CaseFileError/Code/all` but `encodingFailed`.
    public static let decodingCodes: [CaseFileError.Code] = CaseFileError.Code.all.filter { $0 != .encodingFailed }

    /// The seed.
    public let seed: UInt64
    /// The kinds drawn from.
    public let kinds: [Kind]
    private var random: FixtureRandom
    private var index = 0

    /// Creates a generator over every generated code.
    public init(seed: UInt64) {
        self.init(seed: seed, kinds: Self.validationCodes.map(Kind.validation) + Self.decodingCodes.map(Kind.decoding))
    }

    /// Creates a generator over `kinds`; codes it cannot produce are dropped (an empty list means
    /// every code).
    public init(seed: UInt64, kinds: [Kind]) {
        self.seed = seed
        let usable = kinds.filter {
            switch $0 {
            case .validation(let code): Self.validationCodes.contains(code)
            case .decoding(let code): Self.decodingCodes.contains(code)
            }
        }
        self.kinds = usable.isEmpty ? Self.validationCodes.map(Kind.validation) + Self.decodingCodes.map(Kind.decoding) : usable
        random = FixtureRandom(seed: seed)
    }

    /// The next invalid case.
    public mutating func next() -> InvalidCase {
        let position = index
        index += 1
        let kind = kinds[random.uniform(below: kinds.count)]
        var base = baseCase(position)
        switch kind {
        case .validation(let code):
            let (path, severity) = breakFacts(&base, code)
            return InvalidCase(index: position, problem: .validation(code, path: path, severity: severity), content: .facts(base))
        case .decoding(let code):
            let (data, path) = breakFile(base, code)
            return InvalidCase(index: position, problem: .decoding(code, path: path), content: .caseFile(data))
        }
    }

    /// The next `count` invalid cases.
    public mutating func next(_ count: Int) -> [InvalidCase] {
        (0..<Swift.max(0, count)).map { _ in next() }
    }

    /// An endless iterator from the generator's current position.
    public func makeIterator() -> Iterator { Iterator(generator: self) }

    /// Iterates an ``InvalidCaseGenerator``; never ends.
    public struct Iterator: IteratorProtocol, Sendable, Hashable {
        var generator: InvalidCaseGenerator
        /// The next invalid case (never `nil`).
        public mutating func next() -> InvalidCase? { generator.next() }
    }
}

extension InvalidCaseGenerator {
    private static let first = Int(day(2023, 1, 1).daysSinceEpoch)
    private static let last = Int(day(2026, 12, 31).daysSinceEpoch)

    /// A clean case: a chemical generic applying for listing, with one plain (unregistered)
    /// invention patent; validates with no issue.
    private mutating func baseCase(_ index: Int) -> Case {
        let application = CivilDate(uncheckedDaysSinceEpoch: Self.first + random.uniform(below: Self.last - Self.first + 1))
        let approved = application.plus(days: -random.uniform(in: 30...400))
        let enterprise = GeneratorPools.enterprises[random.uniform(below: GeneratorPools.enterprises.count)]
        let name = GeneratorPools.genericNames[random.uniform(below: GeneratorPools.genericNames.count)]
        let slot = GeneratorPools.patents[random.uniform(below: GeneratorPools.patents.count)]
        let product = Product(
            id: "P" + String(index, radix: 36), name: name, category: .chemicalDrug, drugClass: .generic,
            referenceProduct: name + "（原研）", marketingAuthorisationHolder: enterprise.name,
            approvalNumber: GeneratorPools.approvalNumber(.chemicalDrug, year: approved.year, pick: random.uniform(below: 8)),
            approvalDate: approved)
        let round = GeneratorPools.listingRounds[random.uniform(below: GeneratorPools.listingRounds.count)]
        return Case(
            id: "X" + String(index, radix: 36), jurisdiction: random.percent(50) ? .beijing : .national,
            enterprise: enterprise, product: product,
            patents: [Patent(number: slot.number, type: .invention, holder: GeneratorPools.originator, filingDate: slot.filing, grantDate: slot.grant)],
            commitments: [Commitment(kind: .listingSelfCommitment, date: application)],
            procurementHistory: [ProcurementEvent(date: application, status: .listingApplication, round: round)],
            round: ProcurementRound(kind: .listing, name: round, applicationDate: application))
    }

    /// A patent number other than the base case's.
    private mutating func otherPatentNumber(than number: PatentNumber) -> PatentNumber {
        let slot = GeneratorPools.patents[random.uniform(below: GeneratorPools.patents.count)]
        return slot.number == number ? (GeneratorPools.patents.first { $0.number != number }?.number ?? slot.number) : slot.number
    }

    // MARK: Validation problems

    /// Breaks `facts` so that validation reports exactly `code`; returns its path and severity.
    private mutating func breakFacts(_ facts: inout Case, _ code: ValidationCode) -> (String, ValidationSeverity) {
        // The base has one patent; the listing application is the first procurement event.
        let patent = facts.patents[0]
        let number = patent.number
        let filing = patent.filingDate
        let grant = patent.grantDate ?? filing.plus(years: 3)
        let application = facts.round?.applicationDate ?? filing.plus(years: 10)
        let received = application.plus(days: random.uniform(in: 1...60))
        let objection = InfringementObjection(
            id: "OBJ-1", receivedOn: received, receivedBy: .healthcareSecurity, objector: GeneratorPools.originator, patents: [number])
        let filed = application.plus(days: random.uniform(in: 1...60))
        let dispute = Dispute(
            id: "DSP-1", forum: .court, filedOn: filed, patents: [number], claimant: GeneratorPools.originator,
            respondent: facts.enterprise.name)
        let declarant = facts.product.marketingAuthorisationHolder
        func declaration(_ category: LinkageDeclarationCategory, _ patent: PatentNumber?) -> PatentLinkageDeclaration {
            PatentLinkageDeclaration(category: category, patent: patent, declaredOn: application.plus(days: -400), declarant: declarant)
        }

        switch code {
        case .emptyText:
            switch random.uniform(below: 3) {
            case 0:
                facts.enterprise.name = "  "
                return ("enterprise.name", .error)
            case 1:
                facts.product.name = ""
                return ("product.name", .error)
            default:
                facts.id = " "
                return ("id", .error)
            }
        case .duplicateID:
            facts.objections = [objection, objection]
            return ("objections[1].id", .error)
        case .unknownPatent:
            facts.declarations = [declaration(.fourPointTwo, otherPatentNumber(than: number))]
            return ("declarations[0].patent", .error)
        case .missingPatent:
            facts.declarations = [declaration(.three, nil)]
            return ("declarations[0].patent", .error)
        case .duplicatePatentNumber:
            facts.patents.append(patent)
            return ("patents[1].number", .error)
        case .patentTypeMismatch:
            facts.patents[0].type = .utilityModel
            return ("patents[0].type", .error)
        case .grantBeforeFiling:
            facts.patents[0].grantDate = filing.plus(days: -random.uniform(in: 1...90))
            return ("patents[0].grantDate", .error)
        case .examinationRequestBeforeFiling:
            facts.patents[0].substantiveExaminationRequestDate = filing.plus(days: -random.uniform(in: 1...90))
            return ("patents[0].substantiveExaminationRequestDate", .error)
        case .statusEventBeforeGrant:
            facts.patents[0].statusHistory = [PatentStatusEvent(date: grant.plus(days: -random.uniform(in: 1...300)), event: .terminated)]
            return ("patents[0].statusHistory[0].date", .error)
        case .statusHistoryOutOfOrder:
            facts.patents[0].statusHistory = [
                PatentStatusEvent(date: grant, event: .granted),
                PatentStatusEvent(date: grant.plus(days: 400), event: .terminated),
                PatentStatusEvent(date: grant.plus(days: 200), event: .restored),
            ]
            return ("patents[0].statusHistory[2].date", .error)
        case .grantEventMismatch:
            facts.patents[0].statusHistory = [PatentStatusEvent(date: grant.plus(days: random.uniform(in: 1...30)), event: .granted)]
            return ("patents[0].statusHistory[0].date", .error)
        case .negativeTermAdjustment:
            facts.patents[0].termAdjustmentDays = -random.uniform(in: 1...365)
            return ("patents[0].termAdjustmentDays", .error)
        case .negativeTermCompensation:
            facts.patents[0].termCompensationDays = -random.uniform(in: 1...365)
            return ("patents[0].termCompensationDays", .error)
        case .termAdjustmentOnNonInvention:
            facts.patents[0] = utilityModel(filedOn: filing)
            facts.patents[0].termAdjustmentDays = random.uniform(in: 1...365)
            return ("patents[0].termAdjustmentDays", .error)
        case .compensationOnNonInvention:
            facts.patents[0] = utilityModel(filedOn: filing)
            facts.patents[0].termCompensationDays = random.uniform(in: 1...365)
            facts.patents[0].drugApprovalDate = filing.plus(years: 2)
            return ("patents[0].termCompensationDays", .warning)
        case .compensationAboveCeiling:
            facts.patents[0].termCompensationDays = random.uniform(in: 1_000...1_800)
            facts.patents[0].drugApprovalDate = filing.plus(years: 8)
            return ("patents[0].termCompensationDays", .error)
        case .compensationWithoutApprovalDate:
            facts.patents[0].termCompensationDays = random.uniform(in: 1...365)
            return ("patents[0].drugApprovalDate", .warning)
        case .registeredWithoutCategory:
            facts.patents[0].registeredOnPlatform = true
            return ("patents[0].registrableCategory", .warning)
        case .linkageCategoryMismatch:
            facts.patents[0].registrableCategory = random.percent(50) ? .tcmComposition : .biologicMedicalUse
            return ("patents[0].registrableCategory", .warning)
        case .missingDrugClass:
            facts.product.drugClass = nil
            return ("product.drugClass", .error)
        case .drugClassOnConsumable:
            facts.product.category = .medicalConsumable
            facts.product.approvalNumber = nil
            return ("product.drugClass", .error)
        case .drugClassCategoryMismatch:
            facts.product.category = .biologicalDrug
            facts.product.approvalNumber = GeneratorPools.approvalNumber(.biologicalDrug, year: facts.product.approvalDate?.year ?? 2025, pick: 1)
            return ("product.drugClass", .warning)
        case .approvalNumberMismatch:
            facts.product.approvalNumber = GeneratorPools.approvalNumber(.traditionalChineseMedicine, year: facts.product.approvalDate?.year ?? 2025, pick: 2)
            return ("product.approvalNumber", .warning)
        case .greenChannelNotInnovative:
            facts.product.greenChannelQualified = true
            return ("product.greenChannelQualified", .warning)
        case .missingReferenceProduct:
            facts.product.referenceProduct = nil
            return ("product.referenceProduct", .warning)
        case .declarationByNonGeneric:
            facts.product.drugClass = .innovative
            facts.product.referenceProduct = nil
            facts.declarations = [declaration(.one, nil)]
            return ("declarations[0].category", .warning)
        case .patentOnCategoryOne:
            facts.declarations = [declaration(.one, number)]
            return ("declarations[0].patent", .warning)
        case .declaredPatentNotRegistered:
            facts.declarations = [declaration(.three, number)]
            return ("declarations[0].patent", .warning)
        case .duplicateDeclaration:
            facts.patents[0].registrableCategory = .chemicalCompound
            facts.patents[0].registeredOnPlatform = true
            facts.declarations = [declaration(.three, number), declaration(.fourPointTwo, number)]
            return ("declarations[1].patent", .warning)
        case .findingBeforeCommitment:
            facts.commitments[0].findings = [CommitmentFinding(
                date: facts.commitments[0].date.plus(days: -random.uniform(in: 1...30)), kind: .foundFalse,
                authority: GeneratorPools.beijingAuthority)]
            return ("commitments[0].findings[0].date", .error)
        case .withdrawnBeforeReceived:
            var broken = objection
            broken.withdrawnOn = received.plus(days: -random.uniform(in: 1...10))
            facts.objections = [broken]
            return ("objections[0].withdrawnOn", .error)
        case .outcomeBeforeReceived:
            var broken = objection
            broken.outcome = ObjectionOutcome(date: received.plus(days: -random.uniform(in: 1...10)), finding: .riskFound)
            facts.objections = [broken]
            return ("objections[0].outcome.date", .error)
        case .unknownObjection:
            facts.opinionRequests = [OpinionRequest(id: "REQ-1", objection: "OBJ-9", requestedOn: received, deadline: received.plus(days: 20))]
            return ("opinionRequests[0].objection", .error)
        case .requestBeforeObjection:
            facts.objections = [objection]
            facts.opinionRequests = [OpinionRequest(
                id: "REQ-1", objection: "OBJ-1", requestedOn: received.plus(days: -random.uniform(in: 1...10)), deadline: received.plus(days: 20))]
            return ("opinionRequests[0].requestedOn", .error)
        case .deadlineBeforeRequest:
            facts.objections = [objection]
            facts.opinionRequests = [OpinionRequest(
                id: "REQ-1", objection: "OBJ-1", requestedOn: received.plus(days: 5), deadline: received.plus(days: 5 - random.uniform(in: 1...5)))]
            return ("opinionRequests[0].deadline", .error)
        case .opinionBeforeRequest:
            facts.objections = [objection]
            facts.opinionRequests = [OpinionRequest(
                id: "REQ-1", objection: "OBJ-1", requestedOn: received.plus(days: 5), deadline: received.plus(days: 25),
                opinion: IPOpinion(date: received.plus(days: 4), kind: .consultation, finding: .inconclusive))]
            return ("opinionRequests[0].opinion.date", .error)
        case .resolutionBeforeFiling:
            var broken = dispute
            broken.resolution = DisputeResolution(date: filed.plus(days: -random.uniform(in: 1...10)), kind: .settled)
            facts.disputes = [broken]
            return ("disputes[0].resolution.date", .error)
        case .unknownDispute:
            facts.rulings = [Ruling(id: "RUL-1", dispute: "DSP-9", kind: .administrativeRuling, finding: .infringes, patents: [number], effectiveOn: filed)]
            return ("rulings[0].dispute", .error)
        case .rulingBeforeDisputeFiled:
            facts.disputes = [dispute]
            facts.rulings = [Ruling(
                id: "RUL-1", dispute: "DSP-1", kind: .effectiveJudgment, finding: .infringes, patents: [number],
                effectiveOn: filed.plus(days: -random.uniform(in: 1...10)))]
            return ("rulings[0].effectiveOn", .error)
        case .setAsideBeforeEffective:
            facts.rulings = [Ruling(
                id: "RUL-1", kind: .administrativeRuling, finding: .infringes, patents: [number], effectiveOn: filed,
                setAsideOn: filed.plus(days: -random.uniform(in: 1...10)))]
            return ("rulings[0].setAsideOn", .error)
        case .rulingOnResolvedDispute:
            var settled = dispute
            settled.resolution = DisputeResolution(date: filed.plus(days: 10), kind: .settled)
            facts.disputes = [settled]
            facts.rulings = [Ruling(
                id: "RUL-1", dispute: "DSP-1", kind: .administrativeRuling, finding: .doesNotInfringe, patents: [number],
                effectiveOn: filed.plus(days: 10 + random.uniform(in: 0...30)))]
            return ("rulings[0].dispute", .warning)
        case .noPatents:
            var broken = objection
            broken.patents = []
            facts.objections = [broken]
            return ("objections[0].patents", .warning)
        case .exclusivityTooLong:
            facts.exclusivities = [MarketExclusivity(kind: .paediatric, start: application, length: .years(random.uniform(in: 3...5)), holder: GeneratorPools.originator)]
            return ("exclusivities[0].length", .error)
        case .invalidExclusivityLength:
            let length: Period = random.percent(50) ? .workingDays(30) : .days(-random.uniform(in: 1...30))
            facts.exclusivities = [MarketExclusivity(kind: .rareDisease, start: application, length: length, holder: GeneratorPools.originator)]
            return ("exclusivities[0].length", .error)
        case .exclusivityEndedBeforeStart:
            facts.exclusivities = [MarketExclusivity(
                kind: .patentChallenge, start: application, length: .months(12), endedOn: application.plus(days: -random.uniform(in: 1...30)),
                holder: GeneratorPools.firstChallenger)]
            return ("exclusivities[0].endedOn", .error)
        case .creditLevelNotInScheme:
            facts.creditEvents = [CreditEvent(
                date: day(2024, 6, 1).plus(days: random.uniform(in: 0...300)), kind: .biddingMisconduct, scheme: .nhsa2020,
                level: .dishonest, authority: GeneratorPools.beijingAuthority)]
            return ("creditEvents[0].level", .error)
        case .creditSchemeNotInForce:
            facts.creditEvents = [CreditEvent(
                date: day(2025, 7, 1).plus(days: random.uniform(in: 0...500)), kind: .priceGouging, scheme: .nhsa2020,
                level: .serious, authority: GeneratorPools.beijingAuthority)]
            return ("creditEvents[0].scheme", .warning)
        case .clearedBeforeRating:
            let rated = day(2025, 9, 1).plus(days: random.uniform(in: 0...400))
            facts.creditEvents = [CreditEvent(
                date: rated, kind: .falseCommitment, scheme: .nhsa2025, level: .dishonest, authority: GeneratorPools.beijingAuthority,
                clearedOn: rated.plus(days: -random.uniform(in: 1...30)))]
            return ("creditEvents[0].clearedOn", .error)
        case .controlCharacter:
            facts.product.name = "示例" + String(UnicodeScalar(UInt8(random.uniform(in: 1...8)))) + "片"
            return ("product.name", .error)
        case .invisibleText:
            // Only a byte-order mark, a right-to-left override or zero-width characters.
            let invisible = ["\u{FEFF}", "\u{202E}", "\u{200B}\u{200D}", " \u{2060} "][random.uniform(below: 4)]
            if random.uniform(below: 2) == 0 {
                facts.enterprise.name = invisible
                return ("enterprise.name", .error)
            }
            facts.product.name = invisible
            return ("product.name", .error)
        case .dateOutOfRange:
            facts.patents[0].termAdjustmentDays = Int.max - random.uniform(in: 0...1_000)
            return ("patents[0].termAdjustmentDays", .error)
        case .procurementHistoryOutOfOrder:
            // A `listed` event (an application here could also predate the approval).
            facts.procurementHistory.events.append(ProcurementEvent(
                date: application.plus(days: -random.uniform(in: 1...100)), status: .listed))
            return ("procurementHistory[1].date", .error)
        case .category3PatentNotGranted:
            facts.patents[0].grantDate = nil
            facts.patents[0].registrableCategory = .chemicalCompound
            facts.patents[0].registeredOnPlatform = true
            facts.declarations = [declaration(.three, number)]
            return ("declarations[0].patent", .error)
        case .applicationBeforeApproval:
            facts.round = nil
            facts.product.approvalDate = application.plus(days: random.uniform(in: 1...30))
            return ("procurementHistory[0].date", .error)
        case .innovativeDeviceNotConsumable:
            facts.product.innovativeDevice = true
            return ("product.innovativeDevice", .error)
        default:
            // Not generated (see `validationCodes`); keep the case clean and say so.
            return ("", .error)
        }
    }

    /// A granted utility model filed on `filing`, with its own number.
    private mutating func utilityModel(filedOn filing: CivilDate) -> Patent {
        Patent(
            number: FixtureIdentifiers.patentNumber(filedOn: filing, type: .utilityModel, serial: random.uniform(below: 10_000_000)),
            type: .utilityModel, holder: GeneratorPools.originator, filingDate: filing, grantDate: filing.plus(years: 1))
    }

    // MARK: Decoding problems

    /// The compact, sorted-key JSON of `facts` broken so that decoding fails with `code`; returns
    /// the bytes and the path.
    private mutating func breakFile(_ facts: Case, _ code: CaseFileError.Code) -> (Data, String) {
        let text = String(decoding: (try? CaseFile.encode(facts, pretty: false)) ?? Data(), as: UTF8.self)
        func json(_ value: some Encodable) -> String {
            String(decoding: (try? CaseFile.encode(value, pretty: false)) ?? Data(), as: UTF8.self)
        }
        func replacing(_ old: String, _ new: String) -> Data {
            Data(text.replacing(old, with: new, maxReplacements: 1).utf8)
        }
        func padded(_ value: String) -> Data {
            Data(("{\"padding\":" + value + "," + text.dropFirst()).utf8)
        }
        switch code {
        case .tooLarge:
            var data = Data(text.utf8)
            data.append(contentsOf: [UInt8](repeating: UInt8(ascii: " "), count: CaseFile.maxBytes + 1 - Swift.min(data.count, CaseFile.maxBytes)))
            return (data, "")
        case .tooDeep:
            let depth = CaseFile.maxDepth + random.uniform(in: 1...8)
            return (padded(String(repeating: "[", count: depth) + String(repeating: "]", count: depth)),
                    "padding" + String(repeating: "[0]", count: CaseFile.maxDepth - 1))
        case .tooManyElements:
            let count = CaseFile.maxArrayLength + random.uniform(in: 1...50)
            return (padded("[" + Array(repeating: "0", count: count).joined(separator: ",") + "]"), "padding")
        case .stringTooLong:
            return (padded("\"" + String(repeating: "x", count: CaseFile.maxStringBytes + random.uniform(in: 1...100)) + "\""), "padding")
        case .malformedJSON:
            return (Data(text.dropLast(random.uniform(in: 1...3)).utf8), "")
        case .missingField:
            return (replacing("\"enterprise\":" + json(facts.enterprise) + ",", ""), "enterprise")
        case .nullValue:
            return (replacing("\"enterprise\":" + json(facts.enterprise), "\"enterprise\":null"), "enterprise")
        case .wrongType:
            return (replacing("\"id\":" + json(facts.id), "\"id\":\(random.uniform(in: 1...999))"), "id")
        case .unknownEnumValue:
            if random.percent(50) {
                return (replacing("\"jurisdiction\":\"\(facts.jurisdiction.rawValue)\"", "\"jurisdiction\":\"CN-SH\""), "jurisdiction")
            }
            return (replacing("\"category\":\"chemicalDrug\"", "\"category\":\"vaccine\""), "product.category")
        case .invalidValue:
            let date = facts.product.approvalDate?.description ?? ""
            return (replacing("\"approvalDate\":\"\(date)\"", "\"approvalDate\":\"2026-02-30\""), "product.approvalDate")
        case .invalidCreditCode:
            let code = facts.enterprise.creditCode.rawValue
            let last = code.last == "0" ? "1" : "0"
            return (replacing("\"\(code)\"", "\"\(code.dropLast())\(last)\""), "enterprise.creditCode")
        case .invalidPatentNumber:
            let number = facts.patents[0].number.canonical
            let last = number.last == "0" ? "1" : "0"
            return (replacing("\"number\":\"\(number)\"", "\"number\":\"\(number.dropLast())\(last)\""), "patents[0].number")
        case .invalidApprovalNumber:
            return (replacing("\"approvalNumber\":\"国药准字H", "\"approvalNumber\":\"国药准字B"), "product.approvalNumber")
        case .duplicateKey:
            return (replacing("\"id\":" + json(facts.id), "\"id\":" + json(facts.id) + ",\"id\":" + json(facts.id)), "id")
        case .invalidEncoding:
            // The product's name replaced by an invalid UTF-8 sequence (0xC3 0x28).
            var bytes = Array(text.utf8)
            let name = Array(("\"name\":" + json(facts.product.name)).utf8)
            if let start = (0...Swift.max(0, bytes.count - name.count)).first(where: { bytes[$0..<($0 + name.count)].elementsEqual(name) }) {
                bytes.replaceSubrange((start + 8)..<(start + name.count - 1), with: [0xC3, 0x28])
            }
            return (Data(bytes), "product.name")
        case .numberOutOfRange:
            let written = random.percent(50) ? "1e400" : "18446744073709551616"
            return (replacing("\"schemaVersion\":\(Case.currentSchemaVersion)", "\"schemaVersion\":" + written), "schemaVersion")
        case .unknownKey:
            // A misspelt key: the top-level `rulings`, or the product's holder in US spelling.
            if random.percent(50) {
                return (replacing("\"rulings\":", "\"ruling\":"), "ruling")
            }
            return (replacing("\"marketingAuthorisationHolder\":", "\"marketingAuthorizationHolder\":"),
                    "product.marketingAuthorizationHolder")
        case .unsupportedSchemaVersion:
            return (replacing("\"schemaVersion\":\(Case.currentSchemaVersion)", "\"schemaVersion\":\(Case.currentSchemaVersion + 1)"), "schemaVersion")
        default:
            return (Data(text.utf8), "")
        }
    }
}
