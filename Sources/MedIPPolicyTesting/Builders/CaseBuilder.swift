/// Builds a `Case` fluently: a preset for the kind of product, then one `with…` or stage method
/// per fact.
///
/// ```swift
/// let facts = CaseBuilder.generic()
///     .withCategory3Declaration(on: .compoundPatent(expiringOn: try CivilDate(iso8601: "2029-06-18")))
///     .build()
/// ```
///
/// ## Defaults
/// Each preset is a case in Beijing (`CN-BJ`) whose enterprise applies on **2026-05-11** to list
/// its own product in the round `2026年第二批药品挂网`, with the listing self-commitment
/// (企业挂网自主承诺) made that day and nothing else: no patents, objections, disputes or credit
/// events. The preset cases validate with no issue at all.
///
/// ## Procurement stage
/// The stage methods — ``applyingForListing(on:round:)``, ``participatingInVBP(on:round:)``,
/// ``listed(on:)``, ``selectedInVBP(on:)``, ``notInProcurement()`` — *replace* the procurement
/// history and round; the `then…` methods (``thenDelisted(on:)``, ``thenReapplyingForListing(on:round:)``
/// …) *append* to it. The history is sorted by date when the case is built.
///
/// ## Patents and references
/// Declarations, commitments, objections, disputes, rulings and exclusivities carry the
/// ``PatentBuilder``s they refer to; the built case lists each patent once, by number. A patent
/// added with ``withPatent(_:)`` wins over one only referred to; among references, the first wins.
/// Objection, request, dispute and ruling ids are numbered `OBJ-1`, `REQ-1`, `DSP-1`, `RUL-1` …
/// unless set.
///
/// ``build()`` never traps. The defaults and the fluent methods keep a case valid as long as the
/// dates given make sense together; ``buildValidated(strict:)`` checks that.
public struct CaseBuilder: FixtureBuilder {
    /// When the listing self-commitment (企业挂网自主承诺) was made, if at all.
    public enum SelfCommitmentPlan: Sendable, Hashable {
        /// On the application date: the round's application date, else the first procurement
        /// event's date, else 2026-05-11.
        case onApplication
        /// On a given date.
        case on(CivilDate)
        /// Never: the case has no self-commitment.
        case absent
    }

    /// The default application date of the presets, 2026-05-11 (a Monday).
    public static let defaultApplicationDate = day(2026, 5, 11)
    /// The default listing round name, `2026年第二批药品挂网`.
    public static let defaultListingRound = "2026年第二批药品挂网"
    /// The default VBP round name, `2026年药品集中带量采购`.
    public static let defaultVBPRound = "2026年药品集中带量采购"

    /// The case id.
    public var id: String
    /// The jurisdiction.
    public var jurisdiction: Jurisdiction
    /// The declaring enterprise.
    public var enterprise: EnterpriseBuilder
    /// The product.
    public var product: ProductBuilder
    /// Patents added explicitly.
    public var patents: [PatentBuilder]
    /// Patent-linkage declarations.
    public var declarations: [DeclarationBuilder]
    /// When the listing self-commitment was made.
    public var selfCommitment: SelfCommitmentPlan
    /// Findings about the listing self-commitment.
    public var selfCommitmentFindings: [CommitmentFinding]
    /// Other commitments (not-before-expiry commitments, extra self-commitments).
    public var commitments: [CommitmentBuilder]
    /// Objections, each with its opinion requests.
    public var objections: [ObjectionBuilder]
    /// Opinion requests added on their own.
    public var opinionRequests: [OpinionRequestBuilder]
    /// Disputes, each with its deciding ruling if any.
    public var disputes: [DisputeBuilder]
    /// Rulings added on their own.
    public var rulings: [RulingBuilder]
    /// Market exclusivities.
    public var exclusivities: [ExclusivityBuilder]
    /// Credit ratings of the enterprise.
    public var creditEvents: [CreditEventBuilder]
    /// The product's procurement events (sorted by date when built).
    public var procurementEvents: [ProcurementEvent]
    /// The round the enterprise applies in.
    public var round: ProcurementRound?
    /// Key-product flags.
    public var attention: RiskAttention?

    /// Creates a builder with no procurement activity and no facts beyond the parties; the
    /// self-commitment is planned for the application date.
    public init(id: String, jurisdiction: Jurisdiction = .beijing, enterprise: EnterpriseBuilder, product: ProductBuilder) {
        self.id = id
        self.jurisdiction = jurisdiction
        self.enterprise = enterprise
        self.product = product
        self.patents = []
        self.declarations = []
        self.selfCommitment = .onApplication
        self.selfCommitmentFindings = []
        self.commitments = []
        self.objections = []
        self.opinionRequests = []
        self.disputes = []
        self.rulings = []
        self.exclusivities = []
        self.creditEvents = []
        self.procurementEvents = []
        self.round = nil
        self.attention = nil
    }

    // MARK: Presets

    /// A chemical generic (``ProductBuilder/generic()``) of 示例制药有限公司 applying for listing.
    public static func generic() -> CaseBuilder {
        CaseBuilder(id: "fixture-generic", enterprise: .genericMaker, product: .generic()).applyingForListing()
    }
    /// An innovative drug (``ProductBuilder/innovative()``) of 示例创新药业股份有限公司 applying for
    /// listing; green-channel qualification not assessed.
    public static func innovative() -> CaseBuilder {
        CaseBuilder(id: "fixture-innovative", enterprise: .innovator, product: .innovative()).applyingForListing()
    }
    /// An improved new drug (``ProductBuilder/improvedNew()``) applying for listing.
    public static func improvedNew() -> CaseBuilder {
        CaseBuilder(id: "fixture-improved-new", enterprise: .innovator, product: .improvedNew()).applyingForListing()
    }
    /// A biosimilar (``ProductBuilder/biosimilar()``) of 示例生物制药有限公司 applying for listing.
    public static func biosimilar() -> CaseBuilder {
        CaseBuilder(id: "fixture-biosimilar", enterprise: .biologicsMaker, product: .biosimilar()).applyingForListing()
    }
    /// A same-name same-formula TCM (``ProductBuilder/sameFormulaTCM()``) applying for listing.
    public static func sameFormulaTCM() -> CaseBuilder {
        CaseBuilder(id: "fixture-tcm", enterprise: .tcmMaker, product: .sameFormulaTCM()).applyingForListing()
    }
    /// A medical consumable (``ProductBuilder/consumable()``) applying for listing.
    public static func consumable() -> CaseBuilder {
        CaseBuilder(id: "fixture-consumable", enterprise: .deviceMaker, product: .consumable()).applyingForListing()
    }

    // MARK: Identity and parties

    /// A copy with another case id.
    public func withID(_ id: String) -> Self { modified { $0.id = id } }
    /// A copy in another jurisdiction (`.national` for a case outside Beijing).
    public func inJurisdiction(_ jurisdiction: Jurisdiction) -> Self { modified { $0.jurisdiction = jurisdiction } }
    /// A copy with another declaring enterprise.
    public func withEnterprise(_ enterprise: EnterpriseBuilder) -> Self { modified { $0.enterprise = enterprise } }
    /// A copy with another product.
    public func withProduct(_ product: ProductBuilder) -> Self { modified { $0.product = product } }
    /// A copy whose product is changed by `transform`.
    public func modifyingProduct(_ transform: (ProductBuilder) -> ProductBuilder) -> Self {
        modified { $0.product = transform($0.product) }
    }
    /// A copy whose product qualifies for the green channel (绿色通道).
    public func greenChannelQualified(_ qualified: Bool? = true) -> Self { modifyingProduct { $0.greenChannelQualified(qualified) } }
    /// A copy whose product is a rare-disease drug (罕见病用药).
    public func forRareDisease() -> Self { modifyingProduct { $0.forRareDisease() } }
    /// A copy whose product is a paediatric drug (儿童用药).
    public func paediatric() -> Self { modifyingProduct { $0.paediatric() } }
    /// A copy with key-product flags (重点产品).
    public func withAttention(_ attention: RiskAttention?) -> Self { modified { $0.attention = attention } }
    /// A copy flagged large in scale, high in attention and with IP risk: a key product for joint
    /// risk assessment (联合研判).
    public func asKeyProduct() -> Self { withAttention(RiskAttention(largeScale: true, highAttention: true, ipRisk: true)) }

    // MARK: Procurement stage (replacing)

    /// A copy applying for listing (挂网申请) on `date` in the listing round `round`; replaces the
    /// procurement history and round.
    public func applyingForListing(on date: CivilDate = CaseBuilder.defaultApplicationDate, round: String = CaseBuilder.defaultListingRound) -> Self {
        modified {
            $0.procurementEvents = [ProcurementEvent(date: date, status: .listingApplication, round: round)]
            $0.round = ProcurementRound(kind: .listing, name: round, applicationDate: date)
        }
    }
    /// A copy taking part in the volume-based procurement round `round` (参加集中带量采购) from
    /// `date`; replaces the procurement history and round.
    public func participatingInVBP(on date: CivilDate = CaseBuilder.defaultApplicationDate, round: String = CaseBuilder.defaultVBPRound) -> Self {
        modified {
            $0.procurementEvents = [ProcurementEvent(date: date, status: .vbpParticipation, round: round)]
            $0.round = ProcurementRound(kind: .vbp, name: round, applicationDate: date)
        }
    }
    /// A copy listed (挂网) since `date`, with no open round; replaces the procurement history.
    public func listed(on date: CivilDate) -> Self {
        modified {
            $0.procurementEvents = [ProcurementEvent(date: date, status: .listed)]
            $0.round = nil
        }
    }
    /// A copy selected in VBP (中选) since `date`, with no open round; replaces the procurement
    /// history.
    public func selectedInVBP(on date: CivilDate) -> Self {
        modified {
            $0.procurementEvents = [ProcurementEvent(date: date, status: .vbpSelected)]
            $0.round = nil
        }
    }
    /// A copy with no procurement history and no round.
    public func notInProcurement() -> Self {
        modified {
            $0.procurementEvents = []
            $0.round = nil
        }
    }

    // MARK: Procurement events (appending)

    /// A copy with a procurement event added.
    public func withProcurementEvent(_ status: ProcurementStatus, on date: CivilDate, round: String? = nil) -> Self {
        modified { $0.procurementEvents.append(ProcurementEvent(date: date, status: status, round: round)) }
    }
    /// A copy also listed from `date`.
    public func thenListed(on date: CivilDate) -> Self { withProcurementEvent(.listed, on: date) }
    /// A copy also selected in VBP from `date`.
    public func thenSelectedInVBP(on date: CivilDate) -> Self { withProcurementEvent(.vbpSelected, on: date) }
    /// A copy delisted (撤网) on `date`.
    public func thenDelisted(on date: CivilDate) -> Self { withProcurementEvent(.delisted, on: date) }
    /// A copy whose VBP selection was cancelled (取消中选资格) on `date`.
    public func thenSelectionCancelled(on date: CivilDate) -> Self { withProcurementEvent(.selectionCancelled, on: date) }
    /// A copy applying for listing again on `date` in the listing round `round` (which becomes
    /// the case's round).
    public func thenReapplyingForListing(on date: CivilDate, round: String = CaseBuilder.defaultListingRound) -> Self {
        modified {
            $0.procurementEvents.append(ProcurementEvent(date: date, status: .listingApplication, round: round))
            $0.round = ProcurementRound(kind: .listing, name: round, applicationDate: date)
        }
    }
    /// A copy with the round `round` (or none), leaving the history as it is.
    public func withRound(_ round: ProcurementRound?) -> Self { modified { $0.round = round } }

    // MARK: Commitments

    /// A copy whose listing self-commitment was made on `date`.
    public func withSelfCommitment(on date: CivilDate) -> Self { modified { $0.selfCommitment = .on(date) } }
    /// A copy without the listing self-commitment.
    public func withoutSelfCommitment() -> Self { modified { $0.selfCommitment = .absent } }
    /// A copy whose self-commitment was found false (虚假承诺) on `date`.
    public func selfCommitmentFoundFalse(on date: CivilDate, by authority: String = "北京市医疗保障局") -> Self {
        modified { $0.selfCommitmentFindings.append(CommitmentFinding(date: date, kind: .foundFalse, authority: authority)) }
    }
    /// A copy whose self-commitment was verified as breached (经查实违反承诺) on `date`.
    public func selfCommitmentBreached(on date: CivilDate, by authority: String = "北京市医疗保障局") -> Self {
        modified { $0.selfCommitmentFindings.append(CommitmentFinding(date: date, kind: .verifiedBreach, authority: authority)) }
    }
    /// A copy with another commitment added (its patent is added to the case).
    public func withCommitment(_ commitment: CommitmentBuilder) -> Self { modified { $0.commitments.append(commitment) } }
    /// A copy whose enterprise committed on `date` not to market before `patent` expires
    /// (专利权届满前不上市承诺), to the drug regulator.
    public func withNoMarketingCommitment(on patent: PatentBuilder, madeOn date: CivilDate) -> Self {
        withCommitment(.noMarketingBeforeExpiry(of: patent, madeOn: date))
    }

    // MARK: Patents and linkage

    /// A copy listing `patent` (replacing a referred-to patent with the same number).
    public func withPatent(_ patent: PatentBuilder) -> Self {
        modified {
            $0.patents.removeAll { $0.number == patent.number }
            $0.patents.append(patent)
        }
    }
    /// A copy with a linkage declaration added (its patent is added to the case).
    public func withDeclaration(_ declaration: DeclarationBuilder) -> Self { modified { $0.declarations.append(declaration) } }
    /// A copy with a category-3 declaration (三类声明) on `patent` — the generic will not be
    /// marketed before it expires — dated `declaredOn` or a year before the product's approval.
    public func withCategory3Declaration(on patent: PatentBuilder, declaredOn: CivilDate? = nil) -> Self {
        withDeclaration(.category3(on: patent, declaredOn: declaredOn))
    }
    /// A copy with a market exclusivity added.
    public func withExclusivity(_ exclusivity: ExclusivityBuilder) -> Self { modified { $0.exclusivities.append(exclusivity) } }

    // MARK: Procedures

    /// A copy with an objection and its opinion requests added.
    public func withObjection(_ objection: ObjectionBuilder) -> Self { modified { $0.objections.append(objection) } }
    /// A copy with an opinion request added on its own (about `OBJ-1` unless it names an objection).
    public func withOpinionRequest(_ request: OpinionRequestBuilder) -> Self { modified { $0.opinionRequests.append(request) } }
    /// A copy with a dispute (and its deciding ruling) added.
    public func withDispute(_ dispute: DisputeBuilder) -> Self { modified { $0.disputes.append(dispute) } }
    /// A copy with a ruling added on its own.
    public func withRuling(_ ruling: RulingBuilder) -> Self { modified { $0.rulings.append(ruling) } }
    /// A copy with a credit rating added.
    public func withCreditEvent(_ event: CreditEventBuilder) -> Self { modified { $0.creditEvents.append(event) } }
}
