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
