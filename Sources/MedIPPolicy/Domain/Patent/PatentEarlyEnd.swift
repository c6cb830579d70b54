/// How and when a patent ended before its term expired.
///
/// JSON form: `{"date": "2022-03-01", "reason": "terminated"}`.
public struct PatentEarlyEnd: Sendable, Hashable, Codable {
    /// The first day on which the patent no longer protects (for whole invalidation, the date of
    /// the invalidation decision).
    public var date: CivilDate
    /// Why: ``PatentStatusEventKind/terminated``, ``PatentStatusEventKind/surrendered`` or
    /// ``PatentStatusEventKind/invalidatedWhole``.
    public var reason: PatentStatusEventKind

    /// Creates an early end.
    public init(date: CivilDate, reason: PatentStatusEventKind) {
        self.date = date
        self.reason = reason
    }
}
