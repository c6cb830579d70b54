import Foundation
import Testing
@testable import MedIPPolicy

private func date(_ text: String) throws -> CivilDate { try CivilDate(iso8601: text) }

/// Deadlines, counting, range errors and extension of the working-day calendar.
@Suite struct WorkingDayCalendarTests {
    let calendar = WorkingDayCalendar.china

    // MARK: Deadlines in working days (worked by hand from the reference CSV)

    /// 2026-02-10 (Tue) + 15 working days: 02-11, 02-12, 02-13, 02-14 (Sat, 调休 work) = 4;
    /// 02-15…02-23 春节 off; 02-24…02-27 = 8; 02-28 (Sat, work) = 9; 03-02…03-06 = 14; 03-09 = 15.
    @Test func fifteenWorkingDaysAcrossSpringFestival2026() throws {
        let start = try date("2026-02-10")
        #expect(try calendar.adding(workingDays: 15, to: start) == date("2026-03-09"))
        #expect(try calendar.workingDays(from: start, to: date("2026-03-09")) == 15)
        #expect(try calendar.adding(workingDays: 4, to: start) == date("2026-02-14"))
        #expect(try calendar.adding(workingDays: 5, to: start) == date("2026-02-24"))
        #expect(try calendar.adding(workingDays: -15, to: date("2026-03-09")) == start)
    }

    /// 2025-09-26 (Fri) + 5: 09-28 (Sun, work) = 1, 09-29 = 2, 09-30 = 3; 10-01…10-08 off;
    /// 10-09 = 4, 10-10 = 5.
    @Test func workingDaysAcrossNationalDay2025() throws {
        #expect(try calendar.adding(workingDays: 5, to: date("2025-09-26")) == date("2025-10-10"))
        #expect(try calendar.nextWorkingDay(after: date("2025-09-30")) == date("2025-10-09"))
        #expect(try calendar.previousWorkingDay(before: date("2025-10-09")) == date("2025-09-30"))
        #expect(try calendar.workingDays(from: date("2025-09-30"), to: date("2025-10-08")) == 0)
    }

    /// 2025-12-25 (Thu) + 10: 12-26, 12-29, 12-30, 12-31 = 4; 2026-01-01…03 元旦 off;
    /// 01-04 (Sun, work) = 5; 01-05…01-09 = 10.
    @Test func tenWorkingDaysAcrossTheYearEnd() throws {
        #expect(try calendar.adding(workingDays: 10, to: date("2025-12-25")) == date("2026-01-09"))
        #expect(try calendar.workingDays(from: date("2025-12-25"), to: date("2026-01-09")) == 10)
        #expect(try calendar.workingDays(from: date("2026-01-09"), to: date("2025-12-25")) == -10)
    }

    @Test func startDayIsNeverCountedAndMayBeARestDay() throws {
        // Saturday 2026-03-07 + 1 working day = Monday 03-09; 0 working days = the start itself.
        #expect(try calendar.adding(workingDays: 1, to: date("2026-03-07")) == date("2026-03-09"))
        #expect(try calendar.adding(workingDays: 0, to: date("2026-03-07")) == date("2026-03-07"))
        // The day after a holiday that is a 调休 Sunday: 2024-02-17 (Sat, 春节) → 2024-02-18 (Sun, work).
        #expect(try calendar.nextWorkingDay(after: date("2024-02-17")) == date("2024-02-18"))
        #expect(try calendar.workingDay(onOrAfter: date("2024-02-18")) == date("2024-02-18"))
        #expect(try calendar.workingDay(onOrAfter: date("2024-02-10")) == date("2024-02-18"))
        // Backward from a Saturday: the Friday before.
        #expect(try calendar.adding(workingDays: -1, to: date("2026-03-07")) == date("2026-03-06"))
    }

    // MARK: Calendar periods and the roll-forward

    @Test func dayPeriodEndingOnAHolidayRollsForward() throws {
        // 2026-02-05 + 10 日 = 2026-02-15 (春节) → first working day after the holiday, 02-24.
        let start = try date("2026-02-05")
        #expect(try calendar.endOfPeriod(.days(10), from: start) == date("2026-02-24"))
        #expect(try calendar.endOfPeriod(.days(10), from: start, rollingForward: false) == date("2026-02-15"))
        // 2025-09-01 + 30 日 = 2025-10-01 (国庆节) → 2025-10-09.
        #expect(try calendar.endOfPeriod(.days(30), from: date("2025-09-01")) == date("2025-10-09"))
        // Ending on an ordinary Saturday rolls to Monday; on a 调休 Saturday it stays.
        #expect(try calendar.endOfPeriod(.days(2), from: date("2026-03-05")) == date("2026-03-09"))
        #expect(try calendar.endOfPeriod(.days(4), from: date("2026-02-10")) == date("2026-02-14"))
        // Weeks are seven days: 2026-02-01 + 2 周 = 02-15 → 02-24.
        #expect(try calendar.endOfPeriod(.weeks(2), from: date("2026-02-01")) == date("2026-02-24"))
    }

    @Test func monthAndYearPeriodsLandOnTheCorrespondingDayOrMonthEnd() throws {
        #expect(try calendar.endOfPeriod(.months(1), from: date("2024-01-31")) == date("2024-02-29"))
        #expect(try calendar.endOfPeriod(.months(1), from: date("2023-01-31")) == date("2023-02-28"))
        // 2025-09-01 + 1 个月 = 2025-10-01 (国庆节) → 2025-10-09.
        #expect(try calendar.endOfPeriod(.months(1), from: date("2025-09-01")) == date("2025-10-09"))
        #expect(try calendar.endOfPeriod(.months(1), from: date("2025-09-01"), rollingForward: false) == date("2025-10-01"))
        // 2024-02-29 + 1 年 = 2025-02-28 (Fri, working).
        #expect(try calendar.endOfPeriod(.years(1), from: date("2024-02-29")) == date("2025-02-28"))
    }

    @Test func workingDayPeriodsUseWorkingDayArithmetic() throws {
        let start = try date("2026-02-10")
        #expect(try calendar.endOfPeriod(.workingDays(15), from: start) == date("2026-03-09"))
        #expect(try calendar.endOfPeriod(.workingDays(0), from: start) == start)
    }

    @Test func unsupportedAndNegativePeriodsThrow() throws {
        let start = try date("2026-02-10")
        #expect(throws: CalendarError.unsupportedUnit(.hours)) { try calendar.endOfPeriod(.hours(48), from: start) }
        #expect(throws: CalendarError.negativePeriod(.days(-1))) { try calendar.endOfPeriod(.days(-1), from: start) }
        #expect(throws: CalendarError.dateOutOfRange) {
            try calendar.endOfPeriod(.years(9000), from: start, rollingForward: false)
        }
        #expect(throws: CalendarError.dateOutOfRange) { try calendar.endOfPeriod(.weeks(Int.max), from: start) }
    }

    @Test func plainCalendarEndNeedsNoSchedule() throws {
        #expect(try calendar.endOfPeriod(.days(10), from: date("2030-05-01"), rollingForward: false) == date("2030-05-11"))
        #expect(throws: CalendarError.yearNotCovered(2030)) { try calendar.endOfPeriod(.days(10), from: date("2030-05-01")) }
    }

    // MARK: Against a naive day-by-day count

    /// SplitMix64: a small deterministic generator, so every run checks the same pairs.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func countsAndAddsAgreeWithANaiveCount() throws {
        let rows = try ReferenceHolidays.rows()
        let days = try ReferenceHolidays.days()
        let dates = try days.map { try CivilDate(iso8601: $0.iso) }
        let working = days.map { ReferenceHolidays.expectedKind($0, rows: rows).isWorkingDay }
        func naive(_ i: Int, _ j: Int) -> Int {  // working days at positions in (i, j], negated when j < i
            if i <= j { return (i + 1 ..< j + 1).reduce(0) { $0 + (working[$1] ? 1 : 0) } }
            return -naive(j, i)
        }
        var generator = SplitMix64(state: 20_260_327)
        for _ in 0..<2_000 {
            let i = Int.random(in: 0..<dates.count, using: &generator)
            let j = Int.random(in: 0..<dates.count, using: &generator)
            let count = try calendar.workingDays(from: dates[i], to: dates[j])
            #expect(count == naive(i, j), "workingDays(\(dates[i]), \(dates[j]))")
            #expect(try calendar.workingDays(from: dates[j], to: dates[i]) == -count)
            if i <= j && working[j] {
                #expect(try calendar.adding(workingDays: count, to: dates[i]) == dates[j], "inverse from \(dates[i]) to \(dates[j])")
            }
            if j < i && working[j] && working[i] {
                #expect(try calendar.adding(workingDays: count, to: dates[i]) == dates[j], "inverse from \(dates[i]) back to \(dates[j])")
            }
        }
        // adding(workingDays:) against a naive walk, both directions.
        for _ in 0..<2_000 {
            let i = Int.random(in: 0..<dates.count, using: &generator)
            let n = Int.random(in: -60...60, using: &generator)
            var position = i
            var remaining = abs(n)
            while remaining > 0 {
                position += n > 0 ? 1 : -1
                guard position >= 0, position < dates.count else { break }
                if working[position] { remaining -= 1 }
            }
            guard position >= 0, position < dates.count else {
                #expect(throws: CalendarError.self) { try calendar.adding(workingDays: n, to: dates[i]) }
                continue
            }
            let result = try calendar.adding(workingDays: n, to: dates[i])
            #expect(result == dates[position], "\(dates[i]) + \(n) working days")
            if n > 0 { #expect(try calendar.workingDays(from: dates[i], to: result) == n) }
        }
    }

    // MARK: Covered years

    @Test func uncoveredYearsThrowNamingTheYear() throws {
        #expect(throws: CalendarError.yearNotCovered(2027)) { try calendar.isWorkingDay(date("2027-01-04")) }
        #expect(throws: CalendarError.yearNotCovered(2021)) { try calendar.kind(of: date("2021-12-31")) }
        #expect(throws: CalendarError.yearNotCovered(2027)) { try calendar.adding(workingDays: 1, to: date("2026-12-31")) }
        #expect(throws: CalendarError.yearNotCovered(2027)) { try calendar.adding(workingDays: 10_000, to: date("2022-06-01")) }
        #expect(throws: CalendarError.yearNotCovered(2021)) { try calendar.adding(workingDays: -1, to: date("2022-01-01")) }
        #expect(throws: CalendarError.yearNotCovered(2021)) { try calendar.adding(workingDays: Int.min, to: date("2024-01-01")) }
        #expect(throws: CalendarError.yearNotCovered(2027)) { try calendar.workingDays(from: date("2026-12-01"), to: date("2027-02-01")) }
        #expect(throws: CalendarError.yearNotCovered(2030)) { try calendar.workingDays(from: date("2030-01-01"), to: date("2030-02-01")) }
        #expect(throws: CalendarError.yearNotCovered(2021)) { try calendar.workingDays(from: date("2022-03-01"), to: date("2021-06-01")) }
        #expect(throws: CalendarError.yearNotCovered(2027)) { try calendar.nextWorkingDay(after: date("2026-12-31")) }
        #expect(throws: CalendarError.dateOutOfRange) { try calendar.adding(workingDays: 1, to: .maximum) }
    }

    @Test func aStartJustBeforeTheRangeIsFineWhenTheCountedDaysAreCovered() throws {
        // 2022-01-01…03 are 元旦 rest days; the first working day is Tuesday 2022-01-04.
        #expect(try calendar.adding(workingDays: 1, to: date("2021-12-31")) == date("2022-01-04"))
        #expect(try calendar.workingDays(from: date("2021-12-31"), to: date("2022-01-05")) == 2)
        #expect(try calendar.adding(workingDays: -1, to: date("2027-01-01")) == date("2026-12-31"))
    }

    /// A made-up 2027 schedule for tests only; it is NOT the official 2027 notice.
    static func madeUp2027() throws -> YearSchedule {
        try YearSchedule(year: 2027, entries: [
            .init(date: date("2027-01-01"), status: .off, festival: "元旦（测试用虚构）"),
            .init(date: date("2027-01-02"), status: .work, festival: "元旦（测试用虚构）"),
        ])
    }

    @Test func addingTheNextYearExtendsTheCalendar() throws {
        let extended = try calendar.adding(Self.madeUp2027())
        #expect(extended.coveredYears == 2022...2027)
        #expect(try extended.isWorkingDay(date("2027-01-01")) == false)
        #expect(try extended.kind(of: date("2027-01-02")) == .adjustedWorkingDay(festival: "元旦（测试用虚构）"))
        // 2026-12-31 (Thu) + 1 = 2027-01-02 (made-up Saturday work); + 2 = Monday 2027-01-04.
        #expect(try extended.adding(workingDays: 1, to: date("2026-12-31")) == date("2027-01-02"))
        #expect(try extended.adding(workingDays: 2, to: date("2026-12-31")) == date("2027-01-04"))
        // (12-25, 01-04]: 12-28…12-31 = 4, 01-02 (made-up work) = 5, 01-04 = 6.
        #expect(try extended.workingDays(from: date("2026-12-25"), to: date("2027-01-04")) == 6)
        // Value semantics: the built-in calendar is unchanged.
        #expect(throws: CalendarError.yearNotCovered(2027)) { try calendar.isWorkingDay(date("2027-01-04")) }
        #expect(extended != calendar)
        // A year with no exceptions is a valid schedule; years can be added before the range too.
        let earlier = try calendar.adding(YearSchedule(year: 2021, entries: []))
        #expect(earlier.coveredYears == 2021...2026)
        #expect(try earlier.isWorkingDay(date("2021-01-01")))  // no 元旦 in that made-up schedule
        #expect(try earlier.adding(workingDays: 1, to: date("2021-12-31")) == date("2022-01-04"))
        // Several years at once, in any order.
        let both = try calendar.adding(contentsOf: [YearSchedule(year: 2028, entries: []), Self.madeUp2027()])
        #expect(both.coveredYears == 2022...2028)
    }

    @Test func nonContiguousOrRepeatedYearsAreRejected() throws {
        #expect(throws: CalendarError.yearNotContiguous(2028, covered: 2022...2026)) {
            try calendar.adding(YearSchedule(year: 2028, entries: []))
        }
        #expect(throws: CalendarError.yearNotContiguous(2020, covered: 2022...2026)) {
            try calendar.adding(YearSchedule(year: 2020, entries: []))
        }
        #expect(throws: CalendarError.yearAlreadyCovered(2024)) { try calendar.adding(YearSchedule(year: 2024, entries: [])) }
        #expect(throws: CalendarError.yearNotContiguous(2029, covered: 2022...2027)) {
            try calendar.adding(contentsOf: [YearSchedule(year: 2029, entries: []), Self.madeUp2027()])
        }
        #expect(throws: CalendarError.noSchedules) { try WorkingDayCalendar(schedules: []) }
        #expect(throws: CalendarError.yearNotContiguous(2024, covered: 2022...2022)) {
            try WorkingDayCalendar(schedules: [YearSchedule(year: 2024, entries: []), YearSchedule(year: 2022, entries: [])])
        }
        #expect(throws: CalendarError.yearAlreadyCovered(2022)) {
            try WorkingDayCalendar(schedules: [YearSchedule(year: 2022, entries: []), YearSchedule(year: 2022, entries: [])])
        }
    }

    /// The example of Documentation/Time.md, "Adding a year".
    @Test func documentationExample() throws {
        let csv = """
            # 2027 (illustration only, not the official notice)
            date,status,festival
            2027-01-01,off,元旦
            """
        let calendar = try WorkingDayCalendar.china.adding(contentsOf: YearSchedule.parseCSV(csv))
        let start = try CivilDate(iso8601: "2026-12-31")
        #expect(try calendar.adding(workingDays: 1, to: start) == date("2027-01-04"))
        #expect(throws: CalendarError.yearNotCovered(2027)) { try WorkingDayCalendar.china.adding(workingDays: 1, to: start) }
        #expect(try WorkingDayCalendar.china.endOfPeriod(.workingDays(15), from: CivilDate(iso8601: "2026-02-10")) == date("2026-03-09"))
        #expect(try WorkingDayCalendar.china.endOfPeriod(.days(10), from: CivilDate(iso8601: "2026-02-05")) == date("2026-02-24"))
    }

    // MARK: Values

    @Test func calendarRoundTripsThroughJSON() throws {
        let data = try JSONEncoder().encode(calendar)
        let decoded = try JSONDecoder().decode(WorkingDayCalendar.self, from: data)
        #expect(decoded == calendar)
        #expect(decoded.hashValue == calendar.hashValue)
        #expect(try decoded.adding(workingDays: 15, to: date("2026-02-10")) == date("2026-03-09"))
        let gap = #"{"schedules":[{"year":2022,"entries":[]},{"year":2024,"entries":[]}]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(WorkingDayCalendar.self, from: Data(gap.utf8)) }
    }

    @Test(arguments: [DayKind.workingDay, .weekendRestDay, .holiday(festival: "春节"), .adjustedWorkingDay(festival: "国庆节")])
    func dayKindRoundTripsThroughJSON(_ kind: DayKind) throws {
        let data = try JSONEncoder().encode(kind)
        #expect(try JSONDecoder().decode(DayKind.self, from: data) == kind)
    }

    @Test func dayKindDecodingRejectsUnknownKindsAndEmptyFestivals() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(DayKind.self, from: Data(#"{"kind":"bridge"}"#.utf8)) }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(DayKind.self, from: Data(#"{"kind":"holiday","festival":" "}"#.utf8))
        }
    }
}
