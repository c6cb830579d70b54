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

extension PatentStatusEvent {
    private enum CodingKeys: String, CodingKey, CaseIterable { case date, event }

    /// Decodes the object; a key it does not define is an error (see
    /// ``CaseFile/DecodingOptions``).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        date = try c.decode(CivilDate.self, forKey: .date)
        event = try c.decode(PatentStatusEventKind.self, forKey: .event)
    }
}
