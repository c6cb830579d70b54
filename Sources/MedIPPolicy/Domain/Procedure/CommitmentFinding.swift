/// A dated finding about a commitment by an authority.
///
/// JSON form: `{"date": "2026-05-01", "kind": "verifiedBreach", "authority": "北京市医疗保障局"}`.
public struct CommitmentFinding: Sendable, Hashable, Codable {
    /// The date of the finding.
    public var date: CivilDate
    /// Breach or falsity.
    public var kind: CommitmentFindingKind
    /// The authority that made it, by name.
    public var authority: String

    /// Creates a finding.
    public init(date: CivilDate, kind: CommitmentFindingKind, authority: String) {
        self.date = date
        self.kind = kind
        self.authority = authority
    }
}
