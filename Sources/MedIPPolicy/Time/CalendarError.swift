/// Why a working-day schedule could not be built or a working-day question could not be answered.
///
/// Every case names what went wrong: the year with no schedule, the date that breaks a rule, the
/// CSV line and field. A question about a year the calendar has no official schedule for is an
/// error, never a guess (DESIGN §3.7): supply that year with ``WorkingDayCalendar/adding(_:)``.
public enum CalendarError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A query had to look at a day in this year and the calendar has no schedule for it.
    ///
    /// When a span runs off the covered range, the year is that of the first uncovered day the
    /// query reaches, walking from its start in the direction of travel (usually the year just
    /// after, or just before, the covered range).
    case yearNotCovered(Int)
    /// ``WorkingDayCalendar/adding(_:)`` was given a year the calendar already covers.
    case yearAlreadyCovered(Int)
    /// A year schedule does not extend the covered range by one year at either end; calendars
    /// cover a contiguous range of years, so a working-day count never silently skips a year.
    case yearNotContiguous(Int, covered: ClosedRange<Int>)
    /// A calendar was built from no year schedules.
    case noSchedules
    /// A year outside 1…9999, the range of ``CivilDate``.
    case yearOutOfRange(Int)
    /// A schedule entry's date does not lie in the schedule's year.
    case dateOutsideYear(CivilDate, year: Int)
    /// The same date is listed twice in a schedule.
    case duplicateDate(CivilDate)
    /// A `work` (调休上班) entry on a Monday–Friday: adjusted working days fall on a Saturday or
    /// Sunday, since every weekday is already a working day unless it is listed `off`.
    case workOnWeekday(CivilDate, Weekday)
    /// A schedule entry with an empty festival name.
    case missingFestival(CivilDate)
    /// A period whose unit has no date arithmetic (``PeriodUnit/hours``).
    case unsupportedUnit(PeriodUnit)
    /// A period with a negative value; legal periods count forward from their start day.
    case negativePeriod(Period)
    /// Date arithmetic left the representable range 0001-01-01…9999-12-31.
    case dateOutOfRange
    /// A line of schedule CSV text that cannot be read; `line` is 1-based, `field` is `header`,
    /// `date`, `status`, `festival` or `row` (the number of fields).
    case malformedCSV(line: Int, field: String, reason: String)

    /// A one-line English message naming the year, date, line or field at fault.
    public var description: String {
        switch self {
        case .yearNotCovered(let year):
            "no official working-day schedule for \(year)"
        case .yearAlreadyCovered(let year):
            "the calendar already has a schedule for \(year)"
        case .yearNotContiguous(let year, let covered):
            "a schedule for \(year) does not extend the covered years \(covered.lowerBound)–\(covered.upperBound) "
                + "contiguously; add \(covered.lowerBound - 1) or \(covered.upperBound + 1) first"
        case .noSchedules:
            "a working-day calendar needs at least one year schedule"
        case .yearOutOfRange(let year):
            "year \(year) is outside 1…9999"
        case .dateOutsideYear(let date, let year):
            "\(date) is not in the schedule's year \(year)"
        case .duplicateDate(let date):
            "\(date) is listed more than once"
        case .workOnWeekday(let date, let weekday):
            "\(date) is a \(Self.name(of: weekday)) and cannot be an adjusted working day (work); only Saturdays and Sundays can"
        case .missingFestival(let date):
            "\(date) has no festival name"
        case .unsupportedUnit(let unit):
            "periods in \(unit.en) have no date arithmetic; only working days, days, weeks, months and years do"
        case .negativePeriod(let period):
            "a period cannot be negative: \(period)"
        case .dateOutOfRange:
            "date arithmetic left the range 0001-01-01…9999-12-31"
        case .malformedCSV(let line, let field, let reason):
            "line \(line), field \(field): \(reason)"
        }
    }

    /// The English name of a weekday, e.g. `Monday`.
    private static func name(of weekday: Weekday) -> String {
        switch weekday {
        case .monday: "Monday"
        case .tuesday: "Tuesday"
        case .wednesday: "Wednesday"
        case .thursday: "Thursday"
        case .friday: "Friday"
        case .saturday: "Saturday"
        case .sunday: "Sunday"
        }
    }
}
