/// What a date is on the official working-day schedule: an ordinary working day, an ordinary
/// weekend rest day, a holiday rest day, or a weekend day made a working day (调休上班).
///
/// Working days are Monday–Friday plus the Saturdays and Sundays a year's State Council notice
/// (国务院办公厅关于部分节假日安排的通知) makes working days; rest days are Saturdays and Sundays plus
/// the dates the notice lists as rest days. The festival is the Chinese name the notice's row
/// belongs to, e.g. `春节` or `中秋节、国庆节`.
///
/// A weekend day next to a holiday is ``holiday(festival:)`` only when the notice lists it among
/// the holiday's dates ("6月3日至5日放假"); when the notice says "与周末连休" it stays
/// ``weekendRestDay``. Either way it is a rest day.
///
/// JSON form: `{"kind": "holiday", "festival": "春节"}`, `{"kind": "workingDay"}`.
public enum DayKind: Sendable, Hashable {
    /// A Monday–Friday that the schedule does not list: an ordinary working day (工作日).
    case workingDay
    /// A Saturday or Sunday that the schedule does not list: an ordinary rest day (周末).
    case weekendRestDay
    /// A date the schedule lists as a rest day (`off`): a statutory holiday (法定节假日) or a
    /// rest day moved onto a weekday by 调休, on any day of the week.
    case holiday(festival: String)
    /// A Saturday or Sunday the schedule makes a working day (`work`, 调休上班).
    case adjustedWorkingDay(festival: String)

    /// Whether the day is a working day (工作日): ``workingDay`` or ``adjustedWorkingDay(festival:)``.
    public var isWorkingDay: Bool {
        switch self {
        case .workingDay, .adjustedWorkingDay: true
        case .weekendRestDay, .holiday: false
        }
    }

    /// Whether the day is a rest day (休息日): the opposite of ``isWorkingDay``.
    public var isRestDay: Bool { !isWorkingDay }

    /// The festival the schedule ties the day to, or `nil` for an ordinary day.
    public var festival: String? {
        switch self {
        case .workingDay, .weekendRestDay: nil
        case .holiday(let festival), .adjustedWorkingDay(let festival): festival
        }
    }

    /// The kind's name in JSON and in `medip calendar list --verbose`: `workingDay`,
    /// `weekendRestDay`, `holiday` or `adjustedWorkingDay`.
    public var name: String {
        switch self {
        case .workingDay: "workingDay"
        case .weekendRestDay: "weekendRestDay"
        case .holiday: "holiday"
        case .adjustedWorkingDay: "adjustedWorkingDay"
        }
    }
}
