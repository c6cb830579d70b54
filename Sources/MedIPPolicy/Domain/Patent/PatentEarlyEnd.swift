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

extension PatentEarlyEnd {
    private enum CodingKeys: String, CodingKey, CaseIterable { case date, reason }

    /// Decodes the object; a key it does not define is an error (see
    /// ``CaseFile/DecodingOptions``).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        date = try c.decode(CivilDate.self, forKey: .date)
        reason = try c.decode(PatentStatusEventKind.self, forKey: .reason)
    }
}
