import Foundation
import Testing
@testable import MedIPPolicy

/// The built-in calendar against the reference CSV, date by date.
@Suite struct WorkingDayCalendarChinaTests {
    @Test func coversExactly2022Through2026() {
        #expect(WorkingDayCalendar.china.coveredYears == 2022...2026)
        #expect(WorkingDayCalendar.china.firstDate.description == "2022-01-01")
        #expect(WorkingDayCalendar.china.lastDate.description == "2026-12-31")
        #expect(WorkingDayCalendar.china.schedules.map(\.year) == [2022, 2023, 2024, 2025, 2026])
    }

    @Test func everyDateAgreesWithTheReferenceCSV() throws {
        let rows = try ReferenceHolidays.rows()
        let days = try ReferenceHolidays.days()
        #expect(days.count == 1826)
        #expect(rows.count == 180)
        let calendar = WorkingDayCalendar.china
        var mismatches: [String] = []
        var working = 0
        for day in days {
            let date = try CivilDate(iso8601: day.iso)
            let expected = ReferenceHolidays.expectedKind(day, rows: rows)
            let kind = try calendar.kind(of: date)
            let isWorking = try calendar.isWorkingDay(date)
            if kind != expected || isWorking != expected.isWorkingDay {
                mismatches.append("\(day.iso): expected \(expected), got \(kind) / working \(isWorking)")
            }
            if expected.isWorkingDay { working += 1 }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
        // The whole covered range, counted by prefix difference, equals the day-by-day count.
        let before = try CivilDate(iso8601: "2021-12-31")
        let last = try CivilDate(iso8601: "2026-12-31")
        #expect(try calendar.workingDays(from: before, to: last) == working)
    }

    @Test func builtInDataEqualsTheParsedCSV() throws {
        let parsed = try YearSchedule.parseCSV(try ReferenceHolidays.text())
        #expect(parsed == WorkingDayCalendar.china.schedules)
        #expect(try WorkingDayCalendar(schedules: parsed) == WorkingDayCalendar.china)
        // The unchecked built-in schedules pass the checked initializer too.
        for schedule in WorkingDayCalendar.china.schedules {
            #expect(try YearSchedule(year: schedule.year, entries: schedule.entries) == schedule)
        }
    }

    @Test func festivalsAreCarried() throws {
        let calendar = WorkingDayCalendar.china
        #expect(try calendar.kind(of: CivilDate(iso8601: "2026-02-17")) == .holiday(festival: "春节"))
        #expect(try calendar.kind(of: CivilDate(iso8601: "2026-02-14")) == .adjustedWorkingDay(festival: "春节"))
        #expect(try calendar.kind(of: CivilDate(iso8601: "2023-10-07")) == .adjustedWorkingDay(festival: "中秋节、国庆节"))
        #expect(try calendar.kind(of: CivilDate(iso8601: "2026-03-07")) == .weekendRestDay)
        #expect(try calendar.kind(of: CivilDate(iso8601: "2026-03-09")) == .workingDay)
        // 2022-01-01 is a Saturday the notice lists among the 元旦 dates.
        #expect(try calendar.kind(of: CivilDate(iso8601: "2022-01-01")) == .holiday(festival: "元旦"))
    }
}
