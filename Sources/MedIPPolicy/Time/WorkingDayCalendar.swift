/// The official Chinese working-day calendar over a contiguous range of years: which dates are
/// working days (工作日), and deadlines counted in working days or in calendar periods.
///
/// ## Which days are working days
/// A working day is a Monday–Friday that the year's State Council holiday notice does not make a
/// rest day, or a Saturday or Sunday that the notice makes a working day (调休上班). Statutory
/// holidays and every other rest day are not working days: Administrative Licensing Law
/// (《中华人民共和国行政许可法》) Art. 82 — "本法规定的行政机关实施行政许可的期限以工作日计算，不含法定节假日".
/// See ``DayKind`` for the four kinds of day.
///
/// ## Counting conventions
/// - **The start day is never counted** (Civil Code 《中华人民共和国民法典》 Art. 201: "开始的当日不计入，
///   自下一日开始计算"). "N个工作日" from a date ends on the Nth working day after it
///   (``adding(workingDays:to:)``); ``workingDays(from:to:)`` counts the working days in
///   `(from, to]`.
/// - **Calendar periods** (日, 周, 个月, 年) end by calendar arithmetic: a period in months or years
///   ends on the corresponding day of the last month, or on that month's last day when it has no
///   such day (Civil Code Art. 202); when the last day is a rest day it ends on the next working
///   day (Art. 203 para. 1, "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日").
///   See ``endOfPeriod(_:from:rollingForward:)``.
/// - **Covered years.** A calendar holds one ``YearSchedule`` for each year of a contiguous range
///   (``coveredYears``). A query that must look at a day outside that range throws
///   ``CalendarError/yearNotCovered(_:)`` instead of guessing; a query looks only at the days
///   its answer depends on (for a span, the days after its start), so a start date just before
///   the range is fine when the days counted lie inside it. Extend the range one year at a time
///   with ``adding(_:)``.
///
/// ``china`` is the official schedule for 2022–2026, built into the library.
///
/// ## Performance
/// The calendar precomputes, over its covered days, a prefix count of working days and the list of
/// working days, so every query is O(1) (``kind(of:)`` is O(log n) in the year's entries); no
/// query walks day by day. Building or extending a calendar is O(days covered).
///
/// A calendar is an immutable value: `Sendable`, `Hashable` (two calendars are equal when their
/// schedules are), and `Codable` as its list of year schedules.
public struct WorkingDayCalendar: Sendable {
    /// The year schedules, one per covered year, in year order.
    public let schedules: [YearSchedule]
    /// Days since 1970-01-01 of 1 January of the first covered year.
    let startDay: Int
    /// `prefix[i]` = number of working days among covered day offsets `0..<i`; `count` = days + 1.
    let prefix: [Int32]
    /// The day offsets (from ``startDay``) of the working days, ascending.
    let workingOffsets: [Int32]

    /// Creates a calendar from year schedules covering a contiguous range of years, in any order.
    ///
    /// - Throws: ``CalendarError/noSchedules`` for an empty list,
    ///   ``CalendarError/yearAlreadyCovered(_:)`` when a year appears twice, and
    ///   ``CalendarError/yearNotContiguous(_:covered:)`` naming the first year after a gap.
    public init(schedules: [YearSchedule]) throws(CalendarError) {
        let sorted = schedules.sorted { $0.year < $1.year }
        guard let first = sorted.first else { throw .noSchedules }
        for (index, schedule) in sorted.enumerated().dropFirst() {
            let previous = sorted[index - 1].year
            if schedule.year == previous { throw .yearAlreadyCovered(schedule.year) }
            if schedule.year != previous + 1 {
                throw .yearNotContiguous(schedule.year, covered: first.year...previous)
            }
        }
        self.init(uncheckedSchedules: sorted)
    }

    /// Creates a calendar from schedules already sorted, contiguous and non-empty
    /// (library-internal; the checked form is ``init(schedules:)``).
    package init(uncheckedSchedules schedules: [YearSchedule]) {
        self.schedules = schedules
        let firstYear = schedules.first?.year ?? 1970
        let start = CivilDate.daysFromCivil(year: firstYear, month: 1, day: 1)
        startDay = start
        let dayCount = schedules.reduce(0) { $0 + CivilDate.daysInYear($1.year) }
        var prefix = [Int32](repeating: 0, count: dayCount + 1)
        var workingOffsets: [Int32] = []
        workingOffsets.reserveCapacity(dayCount * 5 / 7 + 16)
        var offset = 0
        var count: Int32 = 0
        for schedule in schedules {
            var entryIndex = 0
            for _ in 0..<CivilDate.daysInYear(schedule.year) {
                let day = start + offset
                var working = (day % 7 + 7 + 3) % 7 < 5  // 1970-01-01 was a Thursday; 0 = Monday
                if entryIndex < schedule.entries.count,
                   Int(schedule.entries[entryIndex].date.daysSinceEpoch) == day {
                    working = schedule.entries[entryIndex].status == .work
                    entryIndex += 1
                }
                if working {
                    workingOffsets.append(Int32(offset))
                    count += 1
                }
                offset += 1
                prefix[offset] = count
            }
        }
        self.prefix = prefix
        self.workingOffsets = workingOffsets
    }

    /// The years the calendar has schedules for, e.g. `2022...2026` for ``china``.
    public var coveredYears: ClosedRange<Int> {
        let first = schedules.first?.year ?? 1970
        return first...(schedules.last?.year ?? first)
    }

    /// The first covered date, 1 January of the first covered year.
    public var firstDate: CivilDate { CivilDate(uncheckedDaysSinceEpoch: startDay) }

    /// The last covered date, 31 December of the last covered year.
    public var lastDate: CivilDate { CivilDate(uncheckedDaysSinceEpoch: startDay + dayCount - 1) }

    /// The number of covered days.
    var dayCount: Int { prefix.count - 1 }

    /// The schedule for `year`, or `nil` when the year is not covered.
    public func schedule(for year: Int) -> YearSchedule? {
        guard let first = schedules.first?.year, year >= first, year - first < schedules.count else { return nil }
        return schedules[year - first]
    }

    /// A calendar that also covers `schedule`'s year, which must be the year just before or just
    /// after ``coveredYears``.
    ///
    /// Use it to supply a year whose State Council notice is newer than the library (or a
    /// hypothetical schedule for planning). The receiver is unchanged.
    ///
    /// - Throws: ``CalendarError/yearAlreadyCovered(_:)`` when the year is covered, or
    ///   ``CalendarError/yearNotContiguous(_:covered:)`` when it would leave a gap.
    public func adding(_ schedule: YearSchedule) throws(CalendarError) -> WorkingDayCalendar {
        let covered = coveredYears
        if covered.contains(schedule.year) { throw .yearAlreadyCovered(schedule.year) }
        if schedule.year == covered.upperBound + 1 {
            return WorkingDayCalendar(uncheckedSchedules: schedules + [schedule])
        }
        if schedule.year == covered.lowerBound - 1 {
            return WorkingDayCalendar(uncheckedSchedules: [schedule] + schedules)
        }
        throw .yearNotContiguous(schedule.year, covered: covered)
    }

    /// A calendar that also covers every year in `newSchedules`, in any order, as long as the
    /// result is still one contiguous range of years.
    ///
    /// - Throws: ``CalendarError/yearAlreadyCovered(_:)`` when a year is covered or listed
    ///   twice, ``CalendarError/yearNotContiguous(_:covered:)`` when a gap would remain.
    public func adding(contentsOf newSchedules: [YearSchedule]) throws(CalendarError) -> WorkingDayCalendar {
        var low = coveredYears.lowerBound
        var high = coveredYears.upperBound
        let after = newSchedules.filter { $0.year > high }.sorted { $0.year < $1.year }
        let before = newSchedules.filter { $0.year < low }.sorted { $0.year > $1.year }
        if let inside = newSchedules.first(where: { coveredYears.contains($0.year) }) {
            throw .yearAlreadyCovered(inside.year)
        }
        for schedule in after {
            if schedule.year == high { throw .yearAlreadyCovered(schedule.year) }
            if schedule.year != high + 1 { throw .yearNotContiguous(schedule.year, covered: low...high) }
            high += 1
        }
        for schedule in before {
            if schedule.year == low { throw .yearAlreadyCovered(schedule.year) }
            if schedule.year != low - 1 { throw .yearNotContiguous(schedule.year, covered: low...high) }
            low -= 1
        }
        return WorkingDayCalendar(uncheckedSchedules: before.reversed() + schedules + after)
    }
}

extension WorkingDayCalendar: Hashable {
    /// Two calendars are equal when they hold the same year schedules.
    public static func == (lhs: WorkingDayCalendar, rhs: WorkingDayCalendar) -> Bool {
        lhs.schedules == rhs.schedules
    }

    /// Hashes the year schedules.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(schedules)
    }
}
