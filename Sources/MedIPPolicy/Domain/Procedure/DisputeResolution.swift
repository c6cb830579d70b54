/// The dated end of a dispute.
///
/// JSON form: `{"date": "…", "kind": "settled"}`.
public struct DisputeResolution: Sendable, Hashable, Codable {
    /// The date it ended.
    public var date: CivilDate
    /// How.
    public var kind: DisputeResolutionKind

    /// Creates a resolution.
    public init(date: CivilDate, kind: DisputeResolutionKind) {
        self.date = date
        self.kind = kind
    }
}
