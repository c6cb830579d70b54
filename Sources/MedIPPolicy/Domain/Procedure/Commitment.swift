/// A commitment (承诺) the declaring enterprise made: its listing self-commitment or a
/// commitment not to market before a patent expires.
///
/// JSON: `kind`, `date` required; `patent` and `addressee` for not-before-expiry commitments
/// (``Case/validate(rules:)`` requires the patent); `findings` defaults to `[]`.
public struct Commitment: Sendable, Hashable {
    /// Which commitment.
    public var kind: CommitmentKind
    /// The date it was made.
    public var date: CivilDate
    /// The patent a not-before-expiry commitment is about.
    ///
    /// `nil` for the listing self-commitment, which is about no one patent; a not-before-expiry
    /// commitment without it is a validation error.
    public var patent: PatentNumber?
    /// To whom a not-before-expiry commitment was made.
    ///
    /// `nil` for the listing self-commitment, or when not recorded (informational, no rule uses
    /// it).
    public var addressee: CommitmentAddressee?
    /// Findings of breach or falsity, in date order.
    public var findings: [CommitmentFinding]

    /// Creates a commitment.
    public init(
        kind: CommitmentKind, date: CivilDate, patent: PatentNumber? = nil,
        addressee: CommitmentAddressee? = nil, findings: [CommitmentFinding] = []
    ) {
        self.kind = kind
        self.date = date
        self.patent = patent
        self.addressee = addressee
        self.findings = findings
    }
}

extension Commitment: Codable {
    private enum CodingKeys: String, CodingKey, CaseIterable { case kind, date, patent, addressee, findings }

    /// Decodes a commitment; `findings` defaults to `[]`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(
            kind: try c.decode(CommitmentKind.self, forKey: .kind),
            date: try c.decode(CivilDate.self, forKey: .date),
            patent: try c.decodeIfPresent(PatentNumber.self, forKey: .patent),
            addressee: try c.decodeIfPresent(CommitmentAddressee.self, forKey: .addressee),
            findings: try c.decodeIfPresent([CommitmentFinding].self, forKey: .findings) ?? [])
    }

    /// Encodes every field (optional ones only when present).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(date, forKey: .date)
        try c.encodeIfPresent(patent, forKey: .patent)
        try c.encodeIfPresent(addressee, forKey: .addressee)
        try c.encode(findings, forKey: .findings)
    }
}
