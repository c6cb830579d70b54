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

extension DisputeResolution {
    private enum CodingKeys: String, CodingKey, CaseIterable { case date, kind }

    /// Decodes the object; a key it does not define is an error (see
    /// ``CaseFile/DecodingOptions``).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        date = try c.decode(CivilDate.self, forKey: .date)
        kind = try c.decode(DisputeResolutionKind.self, forKey: .kind)
    }
}
