/// An administrative ruling or effective judgment on infringement by the case's product.
///
/// On a finding of infringement, a product applying for listing is not listed and a listed or
/// selected product is delisted or loses its selection (国知发保字〔2022〕45号 (六);
/// 京医保发〔2026〕3号 (八)). JSON: `id`, `kind`, `finding`, `patents`, `effectiveOn` required;
/// `dispute`, `servedOn`, `copiedToHealthcareSecurityOn`, `setAsideOn` optional.
public struct Ruling: Sendable, Hashable, Codable {
    /// The ruling's id, unique in the case.
    public var id: String
    /// The id of the ``Dispute`` it decides, if that dispute is in the case.
    ///
    /// `nil` for a ruling whose dispute is not in the case; it still counts as a ruling on the
    /// product. When given, the ruling ends that dispute on ``effectiveOn``.
    public var dispute: String?
    /// Administrative ruling or effective judgment.
    public var kind: RulingKind
    /// What it finds.
    public var finding: RulingFinding
    /// The patents it rules on.
    public var patents: [PatentNumber]
    /// The date it took effect (生效).
    public var effectiveOn: CivilDate
    /// The date it was served on the parties (送达).
    ///
    /// `nil` when not (yet) served or not known. Together with
    /// ``copiedToHealthcareSecurityOn``, it says whether an effective administrative ruling has
    /// been shared as 国知发保字〔2022〕45号 (六) requires; `nil` counts as not shared.
    public var servedOn: CivilDate?
    /// The date it was copied to the healthcare-security administration (抄送医疗保障部门)
    /// (国知发保字〔2022〕45号 (六)).
    ///
    /// `nil` when not (yet) copied or not known; counts as not shared (see ``servedOn``).
    public var copiedToHealthcareSecurityOn: CivilDate?
    /// The date it was set aside on review or appeal; it no longer counts from that date.
    ///
    /// `nil` while the ruling stands.
    public var setAsideOn: CivilDate?

    /// Creates a ruling.
    public init(
        id: String, dispute: String? = nil, kind: RulingKind, finding: RulingFinding,
        patents: [PatentNumber], effectiveOn: CivilDate, servedOn: CivilDate? = nil,
        copiedToHealthcareSecurityOn: CivilDate? = nil, setAsideOn: CivilDate? = nil
    ) {
        self.id = id
        self.dispute = dispute
        self.kind = kind
        self.finding = finding
        self.patents = patents
        self.effectiveOn = effectiveOn
        self.servedOn = servedOn
        self.copiedToHealthcareSecurityOn = copiedToHealthcareSecurityOn
        self.setAsideOn = setAsideOn
    }

    /// Whether the ruling counts on `date`: effective on or before it and not set aside.
    @inline(__always)
    public func isEffective(on date: CivilDate) -> Bool {
        effectiveOn <= date && (setAsideOn.map { date < $0 } ?? true)
    }
}

extension Ruling {
    private enum CodingKeys: String, CodingKey, CaseIterable { case id, dispute, kind, finding, patents, effectiveOn, servedOn, copiedToHealthcareSecurityOn, setAsideOn }

    /// Decodes the object; a key it does not define is an error (see
    /// ``CaseFile/DecodingOptions``).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        dispute = try c.decodeIfPresent(String.self, forKey: .dispute)
        kind = try c.decode(RulingKind.self, forKey: .kind)
        finding = try c.decode(RulingFinding.self, forKey: .finding)
        patents = try c.decode([PatentNumber].self, forKey: .patents)
        effectiveOn = try c.decode(CivilDate.self, forKey: .effectiveOn)
        servedOn = try c.decodeIfPresent(CivilDate.self, forKey: .servedOn)
        copiedToHealthcareSecurityOn = try c.decodeIfPresent(CivilDate.self, forKey: .copiedToHealthcareSecurityOn)
        setAsideOn = try c.decodeIfPresent(CivilDate.self, forKey: .setAsideOn)
    }
}
