/// A dated finding about a commitment by an authority.
///
/// JSON form: `{"date": "2026-05-01", "kind": "verifiedBreach", "authority": "北京市医疗保障局"}`.
public struct CommitmentFinding: Sendable, Hashable, Codable {
    /// The date of the finding.
    public var date: CivilDate
    /// Breach or falsity.
    public var kind: CommitmentFindingKind
    /// The authority that made it, by name.
    public var authority: String {
        get { storedAuthority.string }
        set { storedAuthority = StoredText(newValue) }
    }
    /// ``authority``'s storage (the bytes the case reader read, or a `String`).
    var storedAuthority: StoredText

    /// Creates a finding.
    public init(date: CivilDate, kind: CommitmentFindingKind, authority: String) {
        self.date = date
        self.kind = kind
        self.storedAuthority = StoredText(authority)
    }
}

extension CommitmentFinding {
    private enum CodingKeys: String, CodingKey, CaseIterable { case date, kind, authority }

    /// Decodes the object; a key it does not define is an error (see
    /// ``CaseFile/DecodingOptions``).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        date = try c.decode(CivilDate.self, forKey: .date)
        kind = try c.decode(CommitmentFindingKind.self, forKey: .kind)
        storedAuthority = StoredText(try c.decode(String.self, forKey: .authority))
    }

    /// Encodes every field (optional ones only when present).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encode(kind, forKey: .kind)
        try c.encode(authority, forKey: .authority)
    }
}
