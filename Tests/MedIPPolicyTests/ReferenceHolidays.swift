import Foundation
@testable import MedIPPolicy

/// The reference holiday CSV from the test resources, read independently of the library's parser,
/// and every date of 2022–2026 enumerated with Foundation's Gregorian calendar (not `CivilDate`),
/// so the expected kind of each day is computed without the code under test.
enum ReferenceHolidays {
    struct Row: Equatable { let status: String; let festival: String }
    struct Day { let iso: String; let isWeekend: Bool }

    struct MissingResource: Error { let name: String }

    static func text() throws -> String {
        guard let url = Bundle.module.url(forResource: "cn-holidays-2022-2026", withExtension: "csv", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "cn-holidays-2022-2026", withExtension: "csv")
        else { throw MissingResource(name: "cn-holidays-2022-2026.csv") }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The CSV rows by ISO date, split by hand.
    static func rows() throws -> [String: Row] {
        var rows: [String: Row] = [:]
        var sawHeader = false
        for line in try text().components(separatedBy: "\n") {
            let line = line.replacingOccurrences(of: "\r", with: "")
            if line.isEmpty || line.hasPrefix("#") { continue }
            if !sawHeader { sawHeader = true; continue }
            let fields = line.components(separatedBy: ",")
            guard fields.count == 3 else { throw MissingResource(name: "row \(line)") }
            rows[fields[0]] = Row(status: fields[1], festival: fields[2])
        }
        return rows
    }

    /// Every date from 2022-01-01 to 2026-12-31, in order, from Foundation's calendar.
    static func days() throws -> [Day] {
        var calendar = Calendar(identifier: .gregorian)
        guard let utc = TimeZone(secondsFromGMT: 0) else { throw MissingResource(name: "UTC") }
        calendar.timeZone = utc
        guard var date = calendar.date(from: DateComponents(year: 2022, month: 1, day: 1)) else {
            throw MissingResource(name: "2022-01-01")
        }
        var days: [Day] = []
        while true {
            let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
            guard let year = parts.year, let month = parts.month, let day = parts.day, let weekday = parts.weekday else {
                throw MissingResource(name: "components")
            }
            if year == 2027 { break }
            let iso = String(format: "%04d-%02d-%02d", year, month, day)
            days.append(Day(iso: iso, isWeekend: weekday == 1 || weekday == 7))  // 1 = Sunday, 7 = Saturday
            date = date.addingTimeInterval(86_400)
        }
        return days
    }

    /// The kind the CSV and the weekday give a day.
    static func expectedKind(_ day: Day, rows: [String: Row]) -> DayKind {
        switch rows[day.iso]?.status {
        case "off": .holiday(festival: rows[day.iso]?.festival ?? "")
        case "work": .adjustedWorkingDay(festival: rows[day.iso]?.festival ?? "")
        default: day.isWeekend ? .weekendRestDay : .workingDay
        }
    }
}
