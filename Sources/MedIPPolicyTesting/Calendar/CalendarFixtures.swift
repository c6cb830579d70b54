/// Working-day schedules for tests that need years or days the official calendar does not have.
///
/// The library's `WorkingDayCalendar/china` covers 2022–2026 and, rightly, refuses to guess
/// later years. Tests of deadlines that run into 2027, or of unusual schedules, use these:
///
/// ```swift
/// let evaluator = Evaluator(calendar: CalendarFixtures.chinaWithSynthetic2027)
/// let custom = try CalendarFixtures.calendar(
///     years: 2030...2030, off: [try CivilDate(iso8601: "2030-01-02")], work: [try CivilDate(iso8601: "2030-01-05")])
/// ```
public enum CalendarFixtures {
    /// The marker every festival name of ``synthetic2027`` carries: `（合成，非官方）`.
    public static let syntheticLabel = "（合成，非官方）"

    /// A **synthetic** 2027 schedule — not the State Council's, which did not exist when it was
    /// written — shaped like a real year so that deadlines can be tested across 2026/2027.
    ///
    /// Every festival name ends in ``syntheticLabel``. Rest days: 01-01 (元旦); 02-05 … 02-11
    /// (春节), with 01-31 (Sun) and 02-20 (Sat) worked; 04-05 (清明节); 05-01 … 05-05 (劳动节),
    /// with 04-25 (Sun) and 05-08 (Sat) worked; 06-09 (端午节); 09-15 (中秋节); 10-01 … 10-07
    /// (国庆节), with 09-26 (Sun) and 10-09 (Sat) worked.
    public static let synthetic2027: YearSchedule = {
        func entries(_ festival: String, off: [(Int, Int)], work: [(Int, Int)] = []) -> [YearSchedule.Entry] {
            off.map { YearSchedule.Entry(date: day(2027, $0.0, $0.1), status: .off, festival: festival + syntheticLabel) }
                + work.map { YearSchedule.Entry(date: day(2027, $0.0, $0.1), status: .work, festival: festival + syntheticLabel) }
        }
        let all = entries("元旦", off: [(1, 1)])
            + entries("春节", off: (5...11).map { (2, $0) }, work: [(1, 31), (2, 20)])
            + entries("清明节", off: [(4, 5)])
            + entries("劳动节", off: (1...5).map { (5, $0) }, work: [(4, 25), (5, 8)])
            + entries("端午节", off: [(6, 9)])
            + entries("中秋节", off: [(9, 15)])
            + entries("国庆节", off: (1...7).map { (10, $0) }, work: [(9, 26), (10, 9)])
        return (try? YearSchedule(year: 2027, entries: all)) ?? YearSchedule(uncheckedYear: 2027, entries: [])
    }()

    /// The official 2022–2026 calendar extended by ``synthetic2027``.
    public static let chinaWithSynthetic2027: WorkingDayCalendar =
        (try? WorkingDayCalendar.china.adding(synthetic2027)) ?? .china

    /// A year's schedule from plain lists of rest days (`off`) and worked weekend days (`work`),
    /// all tied to `festival`.
    ///
    /// - Throws: `CalendarError` as `YearSchedule/init(year:entries:)` does — a date outside
    ///   `year`, a date listed twice, a `work` day that is not a Saturday or Sunday.
    public static func schedule(
        year: Int, off: [CivilDate] = [], work: [CivilDate] = [], festival: String = "测试假日"
    ) throws(CalendarError) -> YearSchedule {
        try YearSchedule(
            year: year,
            entries: off.map { YearSchedule.Entry(date: $0, status: .off, festival: festival) }
                + work.map { YearSchedule.Entry(date: $0, status: .work, festival: festival) })
    }

    /// A calendar covering `years` in which Monday–Friday work and weekends rest, except the
    /// dates in `off` (rest) and `work` (worked Saturdays and Sundays).
    ///
    /// - Throws: `CalendarError` for a date outside `years` (`CalendarError/dateOutsideYear(_:year:)`
    ///   for the first year), a duplicate, or a `work` day on a weekday.
    public static func calendar(
        years: ClosedRange<Int>, off: [CivilDate] = [], work: [CivilDate] = [], festival: String = "测试假日"
    ) throws(CalendarError) -> WorkingDayCalendar {
        if let stray = (off + work).first(where: { !years.contains($0.year) }) {
            throw .dateOutsideYear(stray, year: years.lowerBound)
        }
        var schedules: [YearSchedule] = []
        for year in years {
            schedules.append(try schedule(
                year: year, off: off.filter { $0.year == year }, work: work.filter { $0.year == year }, festival: festival))
        }
        return try WorkingDayCalendar(schedules: schedules)
    }

    /// The official calendar extended by `schedules` (years just before or after 2022–2026).
    ///
    /// - Throws: `CalendarError` when a year is already covered or would leave a gap.
    public static func china(extendedBy schedules: [YearSchedule]) throws(CalendarError) -> WorkingDayCalendar {
        try WorkingDayCalendar.china.adding(contentsOf: schedules)
    }
}
