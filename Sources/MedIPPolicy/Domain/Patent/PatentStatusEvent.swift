/// One dated entry in a patent's legal-status history.
///
/// The date is the day the change takes effect: for an ending event, the first day on which the
/// patent no longer protects (for whole invalidation, the date of the invalidation decision).
/// JSON form: `{"date": "2024-05-01", "event": "terminated"}`.
public struct PatentStatusEvent: Sendable, Hashable, Codable {
    /// The day the change takes effect.
    public var date: CivilDate
    /// What happened.
    public var event: PatentStatusEventKind

    /// Creates an entry.
    public init(date: CivilDate, event: PatentStatusEventKind) {
        self.date = date
        self.event = event
    }
}
