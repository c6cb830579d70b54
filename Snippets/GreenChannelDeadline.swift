// When must an innovative drug be listed through Beijing's green channel?
// 京医保发〔2026〕4号（十七）: within 15 working days (工作日) of the application. Working days
// skip weekends and statutory holidays and include the 调休 Saturdays and Sundays.
//
//     swift run GreenChannelDeadline                 # an application on 2026-09-28
//     swift run GreenChannelDeadline 2026-02-10      # across the Spring Festival
import Foundation
import MedIPPolicy

let text = CommandLine.arguments.dropFirst().first ?? "2026-09-28"
let calendar = WorkingDayCalendar.china

do {
    let applied = try CivilDate(iso8601: text)
    let limit = Catalog.standard.measure(MeasureID(.beijing2026_4, 17))?
        .timeLimits.first { $0.key == "green-channel-listing" }?.limit ?? .workingDays(15)
    let due = try calendar.endOfPeriod(limit, from: applied)
    print("applied \(applied) (\(applied.weekday)); \(limit) → due \(due) (\(due.weekday))")
    print("calendar days: \(applied.days(to: due)); working days counted: \(try calendar.workingDays(from: applied, to: due))")

    // The days in between that are not ordinary weekdays.
    var day = applied
    while let next = day.nextDay, next <= due {
        day = next
        let kind = try calendar.kind(of: day)
        if let festival = kind.festival {
            print("  \(day) \(kind.isWorkingDay ? "working day (调休)" : "rest day"), \(festival)")
        }
    }
} catch {
    print("error: \(error)")
    exit(1)
}
