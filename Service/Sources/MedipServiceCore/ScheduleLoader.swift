import MedIPPolicy

/// Loads extra working-day schedules (工作日安排) for years the built-in calendar does not cover,
/// with the same rules as `medip --schedule`: each CSV in the library's format
/// (``YearSchedule/parseCSV(_:)``), a year the built-in calendar has must match it exactly, and a
/// year may come from one file only.
public enum ScheduleLoader {
    /// The built-in calendar with the schedules of `paths` added.
    ///
    /// - Throws: ``ScheduleLoaderError`` naming the file at fault.
    public static func calendar(paths: [String]) throws(ScheduleLoaderError) -> WorkingDayCalendar {
        let builtIn = WorkingDayCalendar.china
        guard !paths.isEmpty else { return builtIn }
        var added: [(schedule: YearSchedule, path: String)] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ScheduleLoaderError(message: "\(path): cannot read the file")
            }
            guard data.count <= YearSchedule.maximumCSVBytes else {
                throw ScheduleLoaderError(message: "\(path): larger than \(YearSchedule.maximumCSVBytes) bytes")
            }
            guard let text = String(data: data, encoding: .utf8) else { throw ScheduleLoaderError(message: "\(path): not UTF-8 text") }
            let schedules: [YearSchedule]
            do throws(CalendarError) {
                schedules = try YearSchedule.parseCSV(text)
            } catch {
                throw ScheduleLoaderError(message: "\(path): \(error.description)")
            }
            for schedule in schedules {
                if let existing = builtIn.schedule(for: schedule.year) {
                    guard existing == schedule else {
                        throw ScheduleLoaderError(message: "\(path): the rows for \(schedule.year) differ from the built-in official schedule")
                    }
                } else if let earlier = added.first(where: { $0.schedule.year == schedule.year }) {
                    throw ScheduleLoaderError(message: "\(path): \(schedule.year) is already given by \(earlier.path)")
                } else {
                    added.append((schedule, path))
                }
            }
        }
        do throws(CalendarError) {
            return try builtIn.adding(contentsOf: added.map(\.schedule))
        } catch {
            throw ScheduleLoaderError(message: "\(paths.joined(separator: ", ")): \(error.description)")
        }
    }
}

/// A schedule file that cannot be read or added.
public struct ScheduleLoaderError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, with the file.
    public var message: String
    /// The message.
    public var description: String { message }
}
