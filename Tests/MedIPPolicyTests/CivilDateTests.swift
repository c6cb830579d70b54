import Testing
@testable import MedIPPolicy

@Suite struct CivilDateTests {
    @Test func theShortDayCountsAgreeWithTheGeneralOnesOnEveryDateTheyCover() {
        var checked = 0
        for year in 1890...2110 {
            for month in 1...12 {
                for day in 1...CivilDate.daysInMonth(year: year, month: month) {
                    let general = CivilDate.daysFromCivilAnyYear(year: year, month: month, day: day)
                    guard CivilDate.daysFromCivil(year: year, month: month, day: day) == general else {
                        Issue.record("\(year)-\(month)-\(day): \(CivilDate.daysFromCivil(year: year, month: month, day: day)) ≠ \(general)")
                        return
                    }
                    let back = CivilDate.civilFromDays(general)
                    #expect(back.year == year && back.month == month && back.day == day)
                    let backAnyYear = CivilDate.civilFromDaysAnyYear(general)
                    #expect(backAnyYear.year == year && backAnyYear.month == month && backAnyYear.day == day)
                    checked += 1
                }
            }
        }
        #expect(checked == 80_718)
        #expect(CivilDate.daysFromCivil(year: 1970, month: 1, day: 1) == 0)
        #expect(CivilDate.daysFromCivil(year: 2026, month: 12, day: 6) == 20_793)
    }

    @Test(arguments: ["2026-03-27", "2024-02-29", "0001-01-01", "9999-12-31", "1970-01-01", "2000-02-29"])
    func roundTripsISO(_ text: String) throws {
        let date = try CivilDate(iso8601: text)
        #expect(date.description == text)
    }

    @Test func rejectsImpossibleDates() {
        #expect(throws: CivilDateError.dayOutOfRange(year: 2026, month: 2, day: 30, daysInMonth: 28)) {
            try CivilDate(iso8601: "2026-02-30")
        }
        #expect(throws: CivilDateError.monthOutOfRange(13)) { try CivilDate(iso8601: "2025-13-01") }
        #expect(throws: CivilDateError.dayOutOfRange(year: 2023, month: 2, day: 29, daysInMonth: 28)) {
            try CivilDate(iso8601: "2023-02-29")
        }
        #expect(throws: CivilDateError.yearOutOfRange(0)) { try CivilDate(iso8601: "0000-01-01") }
        #expect(throws: CivilDateError.dayOutOfRange(year: 2026, month: 4, day: 31, daysInMonth: 30)) {
            try CivilDate(year: 2026, month: 4, day: 31)
        }
    }

    @Test(arguments: ["2026-3-27", "20260327", "2026/03/27", "", "2026-03-27T00:00", "２０２６-03-27", "2026-0a-27", " 2026-03-2"])
    func rejectsMalformedText(_ text: String) {
        #expect(throws: CivilDateError.self) { try CivilDate(iso8601: text) }
        #expect(CivilDate(text) == nil)
    }

    @Test func leapYears() {
        #expect(CivilDate.isLeapYear(2024))
        #expect(!CivilDate.isLeapYear(2026))
        #expect(!CivilDate.isLeapYear(1900))
        #expect(CivilDate.isLeapYear(2000))
        #expect(CivilDate.daysInYear(2024) == 366)
    }

    @Test func weekdays() throws {
        #expect(try CivilDate(iso8601: "2026-03-27").weekday == .friday)
        #expect(try CivilDate(iso8601: "2022-12-05").weekday == .monday)
        #expect(try CivilDate(iso8601: "1970-01-01").weekday == .thursday)
        #expect(try CivilDate(iso8601: "0001-01-01").weekday == .monday)
        #expect(try CivilDate(iso8601: "2026-11-22").isWeekend)
    }

    @Test func monthArithmeticClampsToMonthEnd() throws {
        let jan31 = try CivilDate(iso8601: "2024-01-31")
        #expect(try jan31.adding(months: 1).description == "2024-02-29")
        #expect(try jan31.adding(months: 13).description == "2025-02-28")
        #expect(try jan31.adding(months: -2).description == "2023-11-30")
        let leapDay = try CivilDate(iso8601: "2024-02-29")
        #expect(try leapDay.adding(years: 1).description == "2025-02-28")
        #expect(try leapDay.adding(years: 4).description == "2028-02-29")
        #expect(try leapDay.adding(years: 20).description == "2044-02-29")
    }

    @Test func dayArithmeticAndDistance() throws {
        let start = try CivilDate(iso8601: "2026-12-25")
        let end = try start.adding(days: 10)
        #expect(end.description == "2027-01-04")
        #expect(start.days(to: end) == 10)
        #expect(try end.adding(days: -10) == start)
        #expect(try CivilDate(iso8601: "2026-03-01").dayOfYear == 60)
    }

    @Test func arithmeticOutsideRangeThrows() {
        #expect(throws: CivilDateError.outOfRange) { try CivilDate.maximum.adding(days: 1) }
        #expect(throws: CivilDateError.outOfRange) { try CivilDate.minimum.adding(months: -1) }
        #expect(throws: CivilDateError.outOfRange) { try CivilDate.minimum.adding(days: Int.min) }
        #expect(throws: CivilDateError.outOfRange) { try CivilDate.maximum.adding(years: Int.max) }
    }

    @Test func everyDayRoundTripsThroughComponents() throws {
        // 1900…2100 exhaustively: components → day number → components.
        var date = try CivilDate(iso8601: "1900-01-01")
        let last = try CivilDate(iso8601: "2100-12-31")
        var previous: (Int, Int, Int)? = nil
        while date <= last {
            let (y, m, d) = date.components
            #expect(try CivilDate(year: y, month: m, day: d) == date)
            if let (py, pm, pd) = previous {
                let sameMonth = (py == y && pm == m && pd + 1 == d)
                let nextMonth = d == 1 && (pm == m - 1 && py == y || pm == 12 && m == 1 && py + 1 == y)
                #expect(sameMonth || nextMonth)
            }
            previous = (y, m, d)
            date = try date.adding(days: 1)
        }
    }

    @Test func codableUsesISOStringAndNamesBadValues() throws {
        let data = try JSONEncoder().encode([try CivilDate(iso8601: "2026-04-07")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-04-07"]"#)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CivilDate].self, from: Data(#"["2026-02-30"]"#.utf8))
        }
    }
}
