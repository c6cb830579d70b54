/// The product's procurement events in date order, with a lookup of the status on a date.
///
/// JSON form: a plain array of ``ProcurementEvent``s.
public struct ProcurementHistory: Sendable, Hashable, Codable, RandomAccessCollection,
    ExpressibleByArrayLiteral
{
    /// The events, in date order (``Case/validate(rules:)`` reports disorder).
    public var events: [ProcurementEvent]

    /// Creates a history.
    public init(_ events: [ProcurementEvent] = []) { self.events = events }

    /// Creates a history from a literal list of events.
    public init(arrayLiteral elements: ProcurementEvent...) { events = elements }

    /// The index of the first event.
    public var startIndex: Int { events.startIndex }
    /// The index past the last event.
    public var endIndex: Int { events.endIndex }
    /// The event at `position`.
    public subscript(position: Int) -> ProcurementEvent { events[position] }

    /// The status in effect on `date`: that of the last event dated on or before it (the later
    /// one in the array when two share a date), or `nil` before the first event. A
    /// ``ProcurementStatus/purchaseTransaction`` does not change the standing and is skipped.
    public func status(on date: CivilDate) -> ProcurementStatus? {
        var result: ProcurementStatus?
        for event in events {
            guard event.date <= date else { break }
            if event.status.changesStanding { result = event.status }
        }
        return result
    }

    /// Decodes from a plain array.
    public init(from decoder: any Decoder) throws {
        events = try decoder.singleValueContainer().decode([ProcurementEvent].self)
    }

    /// Encodes as a plain array.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(events)
    }
}
