/// One year's official departures from the Monday–Friday working week: the rest days (`off`) and
/// the weekend days made working days (`work`, 调休上班), each tied to its festival.
///
/// The source is the year's notice of the General Office of the State Council on the arrangement
/// of certain holidays (国务院办公厅关于20XX年部分节假日安排的通知). Every date the schedule does not
/// list is a working day when it falls on Monday–Friday and a rest day when it falls on Saturday or
/// Sunday.
///
/// A schedule is validated when it is made (``init(year:entries:)``, decoding, CSV parsing):
/// every date lies in ``year``, no date is listed twice, `work` entries fall on Saturday or
/// Sunday, and every entry names its festival. `off` entries may fall on any day (a holiday on a
/// weekend is still listed when the notice lists it). ``entries`` are kept sorted by date.
///
/// JSON form: `{"year": 2026, "entries": [{"date": "2026-01-01", "status": "off", "festival": "元旦"}, …]}`.
public struct YearSchedule: Sendable, Hashable {
    /// Whether a listed date is a rest day or an adjusted working day.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// A rest day (放假) on a date that would otherwise be a working day, or a holiday date that
        /// falls on a weekend.
        case off
        /// An adjusted working day (调休上班) on a Saturday or Sunday.
        case work
    }

    /// One listed date: its status and the festival (Chinese name, e.g. `春节`) it belongs to.
    public struct Entry: Sendable, Hashable, Codable {
        /// The date.
        public var date: CivilDate
        /// Rest day or adjusted working day.
        public var status: Status
        /// The festival the notice ties the date to, in Chinese, e.g. `国庆节` or `中秋节、国庆节`.
        public var festival: String

        /// Creates an entry; it is checked when it becomes part of a ``YearSchedule``.
        public init(date: CivilDate, status: Status, festival: String) {
            self.date = date
            self.status = status
            self.festival = festival
        }
    }

    /// The calendar year (1–9999) the schedule is for.
    public let year: Int
    /// The listed dates, sorted by date, each date at most once.
    public let entries: [Entry]

    /// Creates a year's schedule from its listed dates, in any order.
    ///
    /// An empty `entries` list is a valid schedule: a year with no holidays and no 调休, in which
    /// Monday–Friday work and weekends rest.
    ///
    /// - Throws: ``CalendarError/yearOutOfRange(_:)``, ``CalendarError/dateOutsideYear(_:year:)``,
    ///   ``CalendarError/duplicateDate(_:)``, ``CalendarError/workOnWeekday(_:_:)`` or
    ///   ``CalendarError/missingFestival(_:)``, naming the first offending date in date order.
    public init(year: Int, entries: [Entry]) throws(CalendarError) {
        guard (1...9999).contains(year) else { throw .yearOutOfRange(year) }
        let sorted = entries.sorted { $0.date < $1.date }
        var previous: CivilDate?
        for entry in sorted {
            if let error = YearSchedule.problem(with: entry, year: year) { throw error }
            if entry.date == previous { throw .duplicateDate(entry.date) }
            previous = entry.date
        }
        self.year = year
        self.entries = sorted
    }

    /// Creates a schedule from entries already validated and sorted (library-internal: the
    /// built-in data, whose validity the tests check against the reference CSV).
    package init(uncheckedYear year: Int, entries: [Entry]) {
        self.year = year
        self.entries = entries
    }

    /// The problem with one entry on its own, or `nil` (duplicates are checked by the caller).
    package static func problem(with entry: Entry, year: Int) -> CalendarError? {
        if entry.date.year != year { return .dateOutsideYear(entry.date, year: year) }
        if entry.status == .work && !entry.date.isWeekend {
            return .workOnWeekday(entry.date, entry.date.weekday)
        }
        if entry.festival.trimmedWhitespace.isEmpty { return .missingFestival(entry.date) }
        return nil
    }

    /// The entry for `date`, or `nil` when the schedule does not list it (binary search,
    /// O(log n)).
    public func entry(for date: CivilDate) -> Entry? {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].date < date { low = middle + 1 } else { high = middle }
        }
        return low < entries.count && entries[low].date == date ? entries[low] : nil
    }

    /// What `date` is under this schedule, or `nil` when `date` is not in ``year``.
    public func kind(of date: CivilDate) -> DayKind? {
        guard date.year == year else { return nil }
        if let entry = entry(for: date) {
            switch entry.status {
            case .off: return .holiday(festival: entry.festival)
            case .work: return .adjustedWorkingDay(festival: entry.festival)
            }
        }
        return date.isWeekend ? .weekendRestDay : .workingDay
    }
}

extension YearSchedule.Entry {
    private enum CodingKeys: String, CodingKey, CaseIterable { case date, status, festival }

    /// Decodes the object; a key it does not define is an error (see
    /// ``CaseFile/DecodingOptions``).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        date = try c.decode(CivilDate.self, forKey: .date)
        status = try c.decode(YearSchedule.Status.self, forKey: .status)
        festival = try c.decode(String.self, forKey: .festival)
    }
}
