/// Everything the evaluator needs to know about one product in one procurement setting: the
/// declaring enterprise, the product, its patents and the procedures around them.
///
/// A case is facts only — no as-of date; evaluation takes the date separately. Read and write
/// case files with ``CaseFile``; check the facts with ``validate(rules:)``, which reports every
/// problem at once. The JSON form is documented in `Documentation/CaseFormat.md`: required
/// `schemaVersion` (must be ``currentSchemaVersion``), `id`, `jurisdiction`, `enterprise`,
/// `product`; every array defaults to `[]` and `round`, `attention` are optional.
///
/// Cross-references are by value: declarations, commitments, objections, disputes, rulings and
/// exclusivities name patents by ``PatentNumber``; opinion requests name objections and rulings
/// name disputes by id. ``validate(rules:)`` reports references to nothing.
public struct Case: Sendable, Hashable {
    /// The schema version this library reads and writes.
    public static let currentSchemaVersion = 1

    /// The case file's schema version (always ``currentSchemaVersion`` after decoding).
    public var schemaVersion: Int
    /// The embedder's id for the case.
    public var id: String
    /// Where the procurement takes place: which documents govern it.
    public var jurisdiction: Jurisdiction
    /// The declaring enterprise (申报企业).
    public var enterprise: Enterprise
    /// The product applied for, listed or selected.
    public var product: Product
    /// The patents that matter: the reference drug's registered patents, patents in objections,
    /// disputes and rulings. Numbers are unique.
    public var patents: [Patent]
    /// Patent-linkage declarations made for the product.
    public var declarations: [PatentLinkageDeclaration]
    /// The enterprise's commitments.
    public var commitments: [Commitment]
    /// Infringement objections against the product.
    public var objections: [InfringementObjection]
    /// Requests for an IP administration's opinion on those objections.
    public var opinionRequests: [OpinionRequest]
    /// Infringement disputes about the product.
    public var disputes: [Dispute]
    /// Administrative rulings and effective judgments.
    public var rulings: [Ruling]
    /// Market-exclusivity periods bearing on the product.
    public var exclusivities: [MarketExclusivity]
    /// Credit ratings of the declaring enterprise.
    public var creditEvents: [CreditEvent]
    /// The product's procurement status over time.
    public var procurementHistory: ProcurementHistory
    /// The round the enterprise is applying in.
    ///
    /// `nil` when the enterprise is not applying in a round: only the ``procurementHistory``
    /// counts.
    public var round: ProcurementRound?
    /// Key-product flags for joint risk assessment.
    ///
    /// `nil` when not assessed, which the rules treat as not a key product.
    public var attention: RiskAttention?

    /// Creates a case at the current schema version.
    public init(
        id: String, jurisdiction: Jurisdiction, enterprise: Enterprise, product: Product,
        patents: [Patent] = [], declarations: [PatentLinkageDeclaration] = [],
        commitments: [Commitment] = [], objections: [InfringementObjection] = [],
        opinionRequests: [OpinionRequest] = [], disputes: [Dispute] = [], rulings: [Ruling] = [],
        exclusivities: [MarketExclusivity] = [], creditEvents: [CreditEvent] = [],
        procurementHistory: ProcurementHistory = [], round: ProcurementRound? = nil,
        attention: RiskAttention? = nil
    ) {
        schemaVersion = Case.currentSchemaVersion
        self.id = id
        self.jurisdiction = jurisdiction
        self.enterprise = enterprise
        self.product = product
        self.patents = patents
        self.declarations = declarations
        self.commitments = commitments
        self.objections = objections
        self.opinionRequests = opinionRequests
        self.disputes = disputes
        self.rulings = rulings
        self.exclusivities = exclusivities
        self.creditEvents = creditEvents
        self.procurementHistory = procurementHistory
        self.round = round
        self.attention = attention
    }

    // MARK: Lookups

    /// The patent with `number`, if the case holds it.
    public func patent(_ number: PatentNumber) -> Patent? {
        patents.first { $0.number == number }
    }

    /// The objection with `id`, if the case holds it.
    public func objection(id: String) -> InfringementObjection? {
        objections.first { $0.id == id }
    }

    /// The dispute with `id`, if the case holds it.
    public func dispute(id: String) -> Dispute? {
        disputes.first { $0.id == id }
    }

    /// The first day `exclusivity` no longer covers, capped for a patent challenge at the
    /// challenged patent's original term (its expiry ignoring early ends; 药品专利纠纷早期解决机制
    /// 实施办法（试行） Art. 11) when that patent is in the case.
    public func exclusivityEnd(_ exclusivity: MarketExclusivity, rules: PatentTermRules = .default) -> CivilDate {
        let end = exclusivity.end
        guard exclusivity.kind == .patentChallenge, let number = exclusivity.challengedPatent,
              let patent = patent(number)
        else { return end }
        return min(end, patent.term(rules: rules).expiry)
    }
}
