/// Every table the case reader matches bytes against — each object's keys, each enumeration's
/// raw values, the region characters of a device number — made once per process and reached
/// through the one pointer a ``JSONTokenReader`` holds (library-internal).
///
/// A `static let` is initialised lazily, so every read of one asks the runtime whether it is
/// initialised yet (`swift_once`): read at each object and each enumeration value, that was
/// about 26 checks a screened line. Gathered here, the tables cost one check a document, when
/// its reader is made, and none a line in screening, whose workers take the pointer once. Each
/// table is still made from its type's own `jsonKeys` or `makeRawValues()`, where the keys are
/// listed beside the reader that uses them.
///
/// Immutable and never freed, like the tables it holds: shared freely between threads.
struct ReadingTables: @unchecked Sendable {
    /// The keys of ``Case``.
    let caseObject: JSONKeyTable
    /// The keys of ``Enterprise``.
    let enterprise: JSONKeyTable
    /// The keys of ``Product``.
    let product: JSONKeyTable
    /// The keys of ``Patent``.
    let patent: JSONKeyTable
    /// The keys of ``PatentStatusEvent``.
    let patentStatusEvent: JSONKeyTable
    /// The keys of ``PatentLinkageDeclaration``.
    let patentLinkageDeclaration: JSONKeyTable
    /// The keys of ``Commitment``.
    let commitment: JSONKeyTable
    /// The keys of ``CommitmentAddressee``.
    let commitmentAddressee: JSONKeyTable
    /// The keys of ``CommitmentFinding``.
    let commitmentFinding: JSONKeyTable
    /// The keys of ``InfringementObjection``.
    let infringementObjection: JSONKeyTable
    /// The keys of ``ObjectionOutcome``.
    let objectionOutcome: JSONKeyTable
    /// The keys of ``OpinionRequest``.
    let opinionRequest: JSONKeyTable
    /// The keys of ``IPOpinion``.
    let ipOpinion: JSONKeyTable
    /// The keys of ``Dispute``.
    let dispute: JSONKeyTable
    /// The keys of ``DisputeResolution``.
    let disputeResolution: JSONKeyTable
    /// The keys of ``Ruling``.
    let ruling: JSONKeyTable
    /// The keys of ``MarketExclusivity``.
    let marketExclusivity: JSONKeyTable
    /// The keys of ``Period``.
    let period: JSONKeyTable
    /// The keys of ``CreditEvent``.
    let creditEvent: JSONKeyTable
    /// The keys of ``ProcurementEvent``.
    let procurementEvent: JSONKeyTable
    /// The keys of ``ProcurementRound``.
    let procurementRound: JSONKeyTable
    /// The keys of ``RiskAttention``.
    let riskAttention: JSONKeyTable
    /// The raw values of ``Jurisdiction``.
    let jurisdiction: JSONEnumTable<Jurisdiction>
    /// The raw values of ``ProductCategory``.
    let productCategory: JSONEnumTable<ProductCategory>
    /// The raw values of ``DrugClass``.
    let drugClass: JSONEnumTable<DrugClass>
    /// The raw values of ``PatentType``.
    let patentType: JSONEnumTable<PatentType>
    /// The raw values of ``PatentStatusEventKind``.
    let patentStatusEventKind: JSONEnumTable<PatentStatusEventKind>
    /// The raw values of ``LinkagePatentCategory``.
    let linkagePatentCategory: JSONEnumTable<LinkagePatentCategory>
    /// The raw values of ``LinkageDeclarationCategory``.
    let linkageDeclarationCategory: JSONEnumTable<LinkageDeclarationCategory>
    /// The raw values of ``CommitmentKind``.
    let commitmentKind: JSONEnumTable<CommitmentKind>
    /// The raw values of ``CommitmentAddresseeKind``.
    let commitmentAddresseeKind: JSONEnumTable<CommitmentAddresseeKind>
    /// The raw values of ``CommitmentFindingKind``.
    let commitmentFindingKind: JSONEnumTable<CommitmentFindingKind>
    /// The raw values of ``ObjectionReceiver``.
    let objectionReceiver: JSONEnumTable<ObjectionReceiver>
    /// The raw values of ``ObjectionFinding``.
    let objectionFinding: JSONEnumTable<ObjectionFinding>
    /// The raw values of ``OpinionKind``.
    let opinionKind: JSONEnumTable<OpinionKind>
    /// The raw values of ``OpinionFinding``.
    let opinionFinding: JSONEnumTable<OpinionFinding>
    /// The raw values of ``DisputeForum``.
    let disputeForum: JSONEnumTable<DisputeForum>
    /// The raw values of ``DisputeResolutionKind``.
    let disputeResolutionKind: JSONEnumTable<DisputeResolutionKind>
    /// The raw values of ``RulingKind``.
    let rulingKind: JSONEnumTable<RulingKind>
    /// The raw values of ``RulingFinding``.
    let rulingFinding: JSONEnumTable<RulingFinding>
    /// The raw values of ``ExclusivityKind``.
    let exclusivityKind: JSONEnumTable<ExclusivityKind>
    /// The raw values of ``PeriodUnit``.
    let periodUnit: JSONEnumTable<PeriodUnit>
    /// The raw values of ``CreditConductKind``.
    let creditConductKind: JSONEnumTable<CreditConductKind>
    /// The raw values of ``CreditRatingSchemeID``.
    let creditRatingSchemeID: JSONEnumTable<CreditRatingSchemeID>
    /// The raw values of ``CreditRatingLevel``.
    let creditRatingLevel: JSONEnumTable<CreditRatingLevel>
    /// The raw values of ``ProcurementStatus``.
    let procurementStatus: JSONEnumTable<ProcurementStatus>
    /// The raw values of ``ProcurementRoundKind``.
    let procurementRoundKind: JSONEnumTable<ProcurementRoundKind>
    /// The region characters of a device registration number as three-byte integers
    /// (``ApprovalNumber/regionCharacterBytes``).
    let deviceRegions: UnsafeBufferPointer<UInt32>

    /// The tables, made from each type's own.
    private init() {
        caseObject = Case.jsonKeys
        enterprise = Enterprise.jsonKeys
        product = Product.jsonKeys
        patent = Patent.jsonKeys
        patentStatusEvent = PatentStatusEvent.jsonKeys
        patentLinkageDeclaration = PatentLinkageDeclaration.jsonKeys
        commitment = Commitment.jsonKeys
        commitmentAddressee = CommitmentAddressee.jsonKeys
        commitmentFinding = CommitmentFinding.jsonKeys
        infringementObjection = InfringementObjection.jsonKeys
        objectionOutcome = ObjectionOutcome.jsonKeys
        opinionRequest = OpinionRequest.jsonKeys
        ipOpinion = IPOpinion.jsonKeys
        dispute = Dispute.jsonKeys
        disputeResolution = DisputeResolution.jsonKeys
        ruling = Ruling.jsonKeys
        marketExclusivity = MarketExclusivity.jsonKeys
        period = Period.jsonKeys
        creditEvent = CreditEvent.jsonKeys
        procurementEvent = ProcurementEvent.jsonKeys
        procurementRound = ProcurementRound.jsonKeys
        riskAttention = RiskAttention.jsonKeys
        jurisdiction = Jurisdiction.makeRawValues()
        productCategory = ProductCategory.makeRawValues()
        drugClass = DrugClass.makeRawValues()
        patentType = PatentType.makeRawValues()
        patentStatusEventKind = PatentStatusEventKind.makeRawValues()
        linkagePatentCategory = LinkagePatentCategory.makeRawValues()
        linkageDeclarationCategory = LinkageDeclarationCategory.makeRawValues()
        commitmentKind = CommitmentKind.makeRawValues()
        commitmentAddresseeKind = CommitmentAddresseeKind.makeRawValues()
        commitmentFindingKind = CommitmentFindingKind.makeRawValues()
        objectionReceiver = ObjectionReceiver.makeRawValues()
        objectionFinding = ObjectionFinding.makeRawValues()
        opinionKind = OpinionKind.makeRawValues()
        opinionFinding = OpinionFinding.makeRawValues()
        disputeForum = DisputeForum.makeRawValues()
        disputeResolutionKind = DisputeResolutionKind.makeRawValues()
        rulingKind = RulingKind.makeRawValues()
        rulingFinding = RulingFinding.makeRawValues()
        exclusivityKind = ExclusivityKind.makeRawValues()
        periodUnit = PeriodUnit.makeRawValues()
        creditConductKind = CreditConductKind.makeRawValues()
        creditRatingSchemeID = CreditRatingSchemeID.makeRawValues()
        creditRatingLevel = CreditRatingLevel.makeRawValues()
        procurementStatus = ProcurementStatus.makeRawValues()
        procurementRoundKind = ProcurementRoundKind.makeRawValues()
        let regions = ApprovalNumber.regionCharacterBytes
        deviceRegions = UnsafeBufferPointer(start: JSONKeyTable.permanent(regions), count: regions.count)
    }

    /// The process's tables, made at the first document read (`nonisolated(unsafe)`: the pointer
    /// and the memory it points to are written once, by the lazy initialisation, and only read
    /// afterwards).
    nonisolated(unsafe) static let shared: UnsafePointer<ReadingTables> = JSONKeyTable.permanent([ReadingTables()])
}
