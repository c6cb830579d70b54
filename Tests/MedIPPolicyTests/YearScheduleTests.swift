import Foundation
import Testing
@testable import MedIPPolicy

private func date(_ text: String) throws -> CivilDate { try CivilDate(iso8601: text) }

/// Validation of year schedules and the CSV schedule format.
@Suite struct YearScheduleTests {
    @Test func entriesAreSortedAndLookedUp() throws {
        let schedule = try YearSchedule(year: 2026, entries: [
            .init(date: date("2026-10-01"), status: .off, festival: "国庆节"),
            .init(date: date("2026-01-01"), status: .off, festival: "元旦"),
            .init(date: date("2026-01-04"), status: .work, festival: "元旦"),
        ])
        #expect(schedule.entries.map(\.date.description) == ["2026-01-01", "2026-01-04", "2026-10-01"])
        #expect(try schedule.entry(for: date("2026-01-04"))?.status == .work)
        #expect(try schedule.entry(for: date("2026-01-05")) == nil)
        #expect(try schedule.kind(of: date("2026-01-01")) == .holiday(festival: "元旦"))
        #expect(try schedule.kind(of: date("2025-01-01")) == nil)
    }

    @Test func workOnAWeekdayIsRejected() throws {
        // 2026-03-02 is a Monday.
        #expect(throws: CalendarError.workOnWeekday(try date("2026-03-02"), .monday)) {
            try YearSchedule(year: 2026, entries: [.init(date: date("2026-03-02"), status: .work, festival: "测试")])
        }
        // `off` may fall on any day, weekend included.
        #expect(throws: Never.self) {
            try YearSchedule(year: 2026, entries: [.init(date: date("2026-03-07"), status: .off, festival: "测试")])
        }
    }

    @Test func otherInvalidSchedulesNameTheDate() throws {
        #expect(throws: CalendarError.dateOutsideYear(try date("2025-12-31"), year: 2026)) {
            try YearSchedule(year: 2026, entries: [.init(date: date("2025-12-31"), status: .off, festival: "元旦")])
        }
        #expect(throws: CalendarError.duplicateDate(try date("2026-01-01"))) {
            try YearSchedule(year: 2026, entries: [
                .init(date: date("2026-01-01"), status: .off, festival: "元旦"),
                .init(date: date("2026-01-01"), status: .off, festival: "元旦"),
            ])
        }
        #expect(throws: CalendarError.missingFestival(try date("2026-01-01"))) {
            try YearSchedule(year: 2026, entries: [.init(date: date("2026-01-01"), status: .off, festival: "  ")])
        }
        #expect(throws: CalendarError.yearOutOfRange(10_000)) { try YearSchedule(year: 10_000, entries: []) }
    }

    @Test func scheduleJSONRoundTripsAndDecodingValidates() throws {
        let schedule = try #require(WorkingDayCalendar.china.schedule(for: 2026))
        let data = try JSONEncoder().encode(schedule)
        #expect(try JSONDecoder().decode(YearSchedule.self, from: data) == schedule)
        let weekdayWork = #"{"year":2026,"entries":[{"date":"2026-03-02","status":"work","festival":"x"}]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(YearSchedule.self, from: Data(weekdayWork.utf8)) }
        let badStatus = #"{"year":2026,"entries":[{"date":"2026-03-02","status":"maybe","festival":"x"}]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(YearSchedule.self, from: Data(badStatus.utf8)) }
    }

    // MARK: CSV

    @Test func parsesTheReferenceFile() throws {
        let schedules = try YearSchedule.parseCSV(try ReferenceHolidays.text())
        #expect(schedules.map(\.year) == [2022, 2023, 2024, 2025, 2026])
        #expect(schedules.reduce(0) { $0 + $1.entries.count } == 180)
    }

    @Test func toleratesCommentsBlankLinesCRLFAndBOMInAnyOrder() throws {
        let text = "\u{FEFF}# a made-up test schedule\r\n\r\n date , status , festival \r\n2027-10-01,off,国庆节\r\n  # note\r\n2027-01-01,off,元旦\r\n2028-01-01,off,元旦\r\n"
        let schedules = try YearSchedule.parseCSV(text)
        #expect(schedules.map(\.year) == [2027, 2028])
        #expect(schedules.first?.entries.map(\.date.description) == ["2027-01-01", "2027-10-01"])
        #expect(try YearSchedule.parseCSV("date,status,festival\n") == [])
    }

    @Test(arguments: [
        // (text, line, field)
        ("# only a comment\nday,status,festival\n", 2, "header"),
        ("# nothing else\n", 1, "header"),
        ("", 1, "header"),
        ("date,status,festival\n2027-01-01,off\n", 2, "row"),
        ("date,status,festival\n2027-01-01,off,元旦,extra\n", 2, "row"),
        ("date,status,festival\n2027-01-01,off,元旦\n2027-02-30,off,春节\n", 3, "date"),
        ("date,status,festival\n#\n\n2027/01/01,off,元旦\n", 4, "date"),
        ("date,status,festival\n2027-01-01,holiday,元旦\n", 2, "status"),
        ("date,status,festival\n2027-01-01,off,\n", 2, "festival"),
        ("date,status,festival\n2027-01-01,off,元旦\n2027-01-01,off,元旦\n", 3, "date"),
    ])
    func csvErrorsNameTheLineAndField(_ text: String, _ line: Int, _ field: String) {
        do {
            _ = try YearSchedule.parseCSV(text)
            Issue.record("expected an error for \(text.debugDescription)")
        } catch {
            guard case .malformedCSV(let errorLine, let errorField, _) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(errorLine == line)
            #expect(errorField == field)
            #expect(error.description.hasPrefix("line \(line), field \(field): "))
        }
    }

    @Test func csvWorkOnAWeekdayIsRejectedWithItsLine() {
        // 2027-03-01 is a Monday.
        let text = "date,status,festival\n2027-01-01,off,元旦\n2027-03-01,work,测试\n"
        #expect(throws: CalendarError.malformedCSV(
            line: 3, field: "status",
            reason: "2027-03-01 is a Monday and cannot be an adjusted working day (work); only Saturdays and Sundays can")
        ) { try YearSchedule.parseCSV(text) }
        let duplicate = "date,status,festival\n2027-01-01,off,元旦\n2027-01-01,off,元旦\n"
        #expect(throws: CalendarError.malformedCSV(line: 3, field: "date", reason: "2027-01-01 is already listed on line 2")) {
            try YearSchedule.parseCSV(duplicate)
        }
    }
}
