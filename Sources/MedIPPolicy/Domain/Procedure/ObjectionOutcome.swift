/// The dated conclusion of an objection procedure.
///
/// JSON form: `{"date": "2026-05-20", "finding": "riskFound"}`.
public struct ObjectionOutcome: Sendable, Hashable, Codable {
    /// The date the procedure concluded.
    public var date: CivilDate
    /// Risk found or not.
    public var finding: ObjectionFinding

    /// Creates an outcome.
    public init(date: CivilDate, finding: ObjectionFinding) {
        self.date = date
        self.finding = finding
    }
}

extension ObjectionOutcome {
    private enum CodingKeys: String, CodingKey, CaseIterable { case date, finding }

    /// Decodes the object; a key it does not define is an error (see
    /// ``CaseFile/DecodingOptions``).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        date = try c.decode(CivilDate.self, forKey: .date)
        finding = try c.decode(ObjectionFinding.self, forKey: .finding)
    }
}
