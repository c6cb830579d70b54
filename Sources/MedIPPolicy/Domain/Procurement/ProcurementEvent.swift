/// A dated change in the product's procurement status.
///
/// JSON form: `{"date": "2025-01-10", "status": "listed", "round": "北京2025年挂网"}`
/// (`round` optional).
public struct ProcurementEvent: Sendable, Hashable, Codable {
    /// The day the status took effect.
    public var date: CivilDate
    /// The new status.
    public var status: ProcurementStatus
    /// The procurement or listing round, by name.
    public var round: String?

    /// Creates an event.
    public init(date: CivilDate, status: ProcurementStatus, round: String? = nil) {
        self.date = date
        self.status = status
        self.round = round
    }
}
