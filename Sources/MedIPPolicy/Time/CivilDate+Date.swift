// Conversions between `CivilDate` and Foundation's `Date` at a fixed UTC offset. Pure integer
// arithmetic on seconds since 1970-01-01T00:00:00Z: no time-zone database, no clock except the
// `now:` argument of `today(utcOffsetSeconds:now:)`.

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension CivilDate {
    /// Beijing time (北京时间, China Standard Time), UTC+8, in seconds: 28 800.
    ///
    /// China has observed a single offset with no daylight saving time since 1991, so a fixed
    /// offset gives the Beijing civil date of any instant since then.
    public static let beijingUTCOffsetSeconds = 8 * 3600

    /// The accepted UTC offsets, −18:00…+18:00 in seconds (the range Foundation's `TimeZone`
    /// accepts; offsets in use are −12:00…+14:00).
    public static let utcOffsetRange: ClosedRange<Int> = -18 * 3600...18 * 3600

    private static let secondsPerDay = 86_400

    /// The civil date of an instant at a fixed UTC offset: the date a wall clock at that offset
    /// shows at `date`.
    ///
    /// ```swift
    /// let asOf = try CivilDate(Date())                              // today in Beijing
    /// let utcDay = try CivilDate(Date(), utcOffsetSeconds: 0)       // today in UTC
    /// ```
    ///
    /// 2026-03-31T16:00:00Z is 2026-04-01 00:00:00 in Beijing, so it gives 2026-04-01; one second
    /// earlier gives 2026-03-31. Fractions of a second count toward the earlier second.
    ///
    /// - Parameters:
    ///   - date: The instant.
    ///   - utcOffsetSeconds: The offset east of UTC in seconds (negative west of it); Beijing by
    ///     default.
    /// - Throws: ``CivilDateError/utcOffsetOutOfRange(seconds:)`` for an offset outside
    ///   ``utcOffsetRange``; ``CivilDateError/outOfRange`` when the instant is not finite or its
    ///   date falls outside 0001-01-01…9999-12-31.
    public init(_ date: Date, utcOffsetSeconds: Int = CivilDate.beijingUTCOffsetSeconds) throws(CivilDateError) {
        try CivilDate.checkOffset(utcOffsetSeconds)
        let interval = date.timeIntervalSince1970.rounded(.down)
        // ±3 000 000 days covers 0001…9999 (days −719 162…+2 932 896) and keeps the conversion
        // to Int exact; an instant beyond it is out of range either way.
        let limit = Double(3_000_000 * CivilDate.secondsPerDay)
        guard interval.isFinite, interval >= -limit, interval <= limit else { throw .outOfRange }
        let seconds = Int(interval) + utcOffsetSeconds
        let days = seconds >= 0
            ? seconds / CivilDate.secondsPerDay
            : (seconds - (CivilDate.secondsPerDay - 1)) / CivilDate.secondsPerDay
        try self.init(daysSinceEpoch: days)
    }

    /// Today's civil date at a fixed UTC offset, Beijing by default: the default "as of" date of
    /// an evaluation that asks "may this product be listed today".
    ///
    /// ```swift
    /// let decision = try evaluator.evaluate(facts, asOf: try CivilDate.today())
    /// ```
    ///
    /// The library itself never reads the clock; this is the one place an embedder does, and
    /// `now` lets a test fix it.
    ///
    /// - Parameters:
    ///   - utcOffsetSeconds: The offset east of UTC in seconds; Beijing (UTC+8) by default.
    ///   - now: The current instant; `Date()` by default.
    /// - Throws: As ``init(_:utcOffsetSeconds:)``.
    public static func today(
        utcOffsetSeconds: Int = CivilDate.beijingUTCOffsetSeconds, now: Date = Date()
    ) throws(CivilDateError) -> CivilDate {
        try CivilDate(now, utcOffsetSeconds: utcOffsetSeconds)
    }

    /// The instant this civil day begins (00:00:00) at a fixed UTC offset, Beijing by default.
    ///
    /// The inverse of ``init(_:utcOffsetSeconds:)`` on whole days: `CivilDate(d.startDate(utcOffsetSeconds: o), utcOffsetSeconds: o) == d`
    /// for every date and accepted offset. 2026-04-01 in Beijing begins at 2026-03-31T16:00:00Z.
    ///
    /// - Throws: ``CivilDateError/utcOffsetOutOfRange(seconds:)`` for an offset outside
    ///   ``utcOffsetRange``.
    public func startDate(utcOffsetSeconds: Int = CivilDate.beijingUTCOffsetSeconds) throws(CivilDateError) -> Date {
        try CivilDate.checkOffset(utcOffsetSeconds)
        let seconds = Int(daysSinceEpoch) * CivilDate.secondsPerDay - utcOffsetSeconds
        return Date(timeIntervalSince1970: Double(seconds))
    }

    private static func checkOffset(_ seconds: Int) throws(CivilDateError) {
        guard utcOffsetRange.contains(seconds) else { throw .utcOffsetOutOfRange(seconds: seconds) }
    }
}
