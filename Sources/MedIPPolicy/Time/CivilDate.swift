/// A calendar date in the proleptic Gregorian calendar, with no time of day and no time zone.
///
/// Policy dates are Beijing civil dates (公历日期): the date a document bears, the day a ruling takes
/// effect, the as-of date of an evaluation. `CivilDate` never consults a clock or a time zone, so
/// evaluation stays a pure function of its inputs.
///
/// Years 1 through 9999 are representable. The text form is ISO 8601 `YYYY-MM-DD`
/// (``description``, ``init(iso8601:)``), which is also the JSON form.
///
/// Arithmetic follows the Civil Code of the PRC (《中华人民共和国民法典》) Art. 202: adding months or
/// years lands on the corresponding day, or on the last day of the month when that month has no
/// such day (2024-01-31 + 1 month = 2024-02-29). The holiday roll-forward of Art. 203 belongs to
/// ``WorkingDayCalendar/endOfPeriod(_:from:rollingForward:)``, which needs the official schedule.
public struct CivilDate: Sendable, Hashable, Comparable {
    /// Days since 1970-01-01 (negative before it). The only stored property, so dates compare,
    /// hash and subtract as integers.
    public let daysSinceEpoch: Int32

    /// The smallest representable date, 0001-01-01.
    public static let minimum = CivilDate(uncheckedYear: 1, month: 1, day: 1)
    /// The largest representable date, 9999-12-31.
    public static let maximum = CivilDate(uncheckedYear: 9999, month: 12, day: 31)

    /// Creates a date from its year, month (1–12) and day (1–31), rejecting impossible dates.
    ///
    /// - Throws: ``CivilDateError`` naming the component that is out of range, e.g. day 30 in
    ///   February 2026.
    public init(year: Int, month: Int, day: Int) throws(CivilDateError) {
        guard (1...9999).contains(year) else { throw .yearOutOfRange(year) }
        guard (1...12).contains(month) else { throw .monthOutOfRange(month) }
        let length = CivilDate.daysInMonth(year: year, month: month)
        guard (1...length).contains(day) else {
            throw .dayOutOfRange(year: year, month: month, day: day, daysInMonth: length)
        }
        self.init(uncheckedYear: year, month: month, day: day)
    }

    /// Creates a date from components already known to be valid (library-internal).
    @inline(__always)
    package init(uncheckedYear year: Int, month: Int, day: Int) {
        daysSinceEpoch = Int32(CivilDate.daysFromCivil(year: year, month: month, day: day))
    }

    /// Creates a date from a day count since 1970-01-01.
    ///
    /// - Throws: ``CivilDateError/outOfRange`` when the count falls outside 0001-01-01…9999-12-31.
    public init(daysSinceEpoch: Int) throws(CivilDateError) {
        guard daysSinceEpoch >= Int(CivilDate.minimum.daysSinceEpoch),
              daysSinceEpoch <= Int(CivilDate.maximum.daysSinceEpoch)
        else { throw .outOfRange }
        self.daysSinceEpoch = Int32(daysSinceEpoch)
    }

    /// Creates a date from a day count already known to be in range (library-internal).
    package init(uncheckedDaysSinceEpoch days: Int) {
        daysSinceEpoch = Int32(days)
    }

    /// Parses an ISO 8601 calendar date, `YYYY-MM-DD` exactly (four-digit year, two-digit
    /// month and day, ASCII digits and hyphens only).
    ///
    /// - Throws: ``CivilDateError/malformed(_:)`` for text of another shape, or the range error
    ///   of ``init(year:month:day:)`` for an impossible date such as `2026-02-30`.
    public init(iso8601 text: some StringProtocol) throws(CivilDateError) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
            throw .malformed(String(text.prefix(40)))
        }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
            throw .malformed(String(text.prefix(40)))
        }
        try self.init(year: year, month: month, day: day)
    }

    // MARK: Components

    /// The year, month and day of this date.
    public var components: (year: Int, month: Int, day: Int) {
        CivilDate.civilFromDays(Int(daysSinceEpoch))
    }

    /// The year (1–9999).
    public var year: Int { components.year }
    /// The month (1–12).
    public var month: Int { components.month }
    /// The day of the month (1–31).
    public var day: Int { components.day }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let index = ((Int(daysSinceEpoch) % 7) + 7 + 3) % 7  // 0 = Monday
        return Weekday(rawValue: index + 1) ?? .monday
    }

    /// Whether this date falls on a Saturday or Sunday.
    public var isWeekend: Bool { weekday == .saturday || weekday == .sunday }

    /// The 1-based ordinal day in its year (1 January = 1).
    public var dayOfYear: Int {
        Int(daysSinceEpoch) - CivilDate.daysFromCivil(year: year, month: 1, day: 1) + 1
    }

    // MARK: Calendar facts

    /// Whether `year` is a leap year in the Gregorian calendar.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month (28–31); `month` must be 1–12, otherwise 0.
    @inline(__always)
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: 31
        case 4, 6, 9, 11: 30
        case 2: isLeapYear(year) ? 29 : 28
        default: 0
        }
    }

    /// The number of days in a year (365 or 366).
    public static func daysInYear(_ year: Int) -> Int { isLeapYear(year) ? 366 : 365 }

    // MARK: Arithmetic

    /// The date `days` calendar days later (earlier when negative).
    ///
    /// - Throws: ``CivilDateError/outOfRange`` when the result leaves 0001…9999.
    public func adding(days: Int) throws(CivilDateError) -> CivilDate {
        let (sum, overflow) = Int(daysSinceEpoch).addingReportingOverflow(days)
        guard !overflow else { throw .outOfRange }
        return try CivilDate(daysSinceEpoch: sum)
    }

    /// The date `months` months later (earlier when negative), on the same day of the month or
    /// the month's last day when it has no such day (Civil Code Art. 202: a period in months ends
    /// on the corresponding day; where there is none, on the last day of that month).
    ///
    /// - Throws: ``CivilDateError/outOfRange`` when the result leaves 0001…9999.
    public func adding(months: Int) throws(CivilDateError) -> CivilDate {
        let (y, m, d) = components
        let (total, overflow) = (y * 12 + (m - 1)).addingReportingOverflow(months)
        guard !overflow else { throw .outOfRange }
        let newYear = total >= 0 ? total / 12 : (total - 11) / 12
        let newMonth = total - newYear * 12 + 1
        guard (1...9999).contains(newYear) else { throw .outOfRange }
        let newDay = min(d, CivilDate.daysInMonth(year: newYear, month: newMonth))
        return CivilDate(uncheckedYear: newYear, month: newMonth, day: newDay)
    }

    /// The date `years` years later (earlier when negative); 29 February becomes 28 February in a
    /// common year (Civil Code Art. 202).
    ///
    /// - Throws: ``CivilDateError/outOfRange`` when the result leaves 0001…9999.
    public func adding(years: Int) throws(CivilDateError) -> CivilDate {
        let (product, overflow) = years.multipliedReportingOverflow(by: 12)
        guard !overflow else { throw .outOfRange }
        return try adding(months: product)
    }

    /// The number of days from `self` to `other` (positive when `other` is later).
    public func days(to other: CivilDate) -> Int {
        Int(other.daysSinceEpoch) - Int(daysSinceEpoch)
    }

    /// The next calendar day, or `nil` at 9999-12-31.
    public var nextDay: CivilDate? { try? adding(days: 1) }
    /// The previous calendar day, or `nil` at 0001-01-01.
    public var previousDay: CivilDate? { try? adding(days: -1) }

    /// Whether `lhs` is earlier than `rhs`.
    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        lhs.daysSinceEpoch < rhs.daysSinceEpoch
    }

    // MARK: Conversions (Howard Hinnant's algorithms, valid for the whole range)

    /// Days from 1970-01-01 to the valid date `year-month-day` (negative before): for 1901–2099, where every fourth year is a leap year, by a short exact
    /// formula (a case's dates are read this way, ~20 a line); elsewhere by
    /// ``daysFromCivilAnyYear(year:month:day:)``. Both agree on every date (tested exhaustively).
    @inline(__always)
    package static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        guard year > 1900, year < 2100, month >= 1, month <= 12 else {
            return daysFromCivilAnyYear(year: year, month: month, day: day)
        }
        // Days before 1 January of `year`: 365 a year plus one for each leap year since 1972
        // (`>>` floors, so years before 1969 count back correctly).
        let beforeYear = 365 &* (year &- 1970) &+ ((year &- 1969) >> 2)
        // Days before the month in a common year, (367m − 362) / 12 less 2 from March, plus the
        // leap day from March in a leap year.
        var beforeMonth = (367 &* month &- 362) / 12
        if month > 2 { beforeMonth &-= year & 3 == 0 ? 1 : 2 }
        return beforeYear &+ beforeMonth &+ day &- 1
    }

    /// ``daysFromCivil(year:month:day:)`` for any year (Howard Hinnant's `days_from_civil`).
    package static func daysFromCivilAnyYear(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The year, month and day of the day count `days` since 1970-01-01 (within the range).
    package static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        // 1900-03-01 … 2100-02-28, where every fourth year is a leap year: four-year cycles of
        // years counted from 1 March, the leap day last in each (a decision's dates, the terms of
        // the patents it weighs). Elsewhere the general form.
        let sinceMarch1900 = days &+ 25_508
        guard UInt(bitPattern: sinceMarch1900) < 73_049 else { return civilFromDaysAnyYear(days) }
        let cycle = sinceMarch1900 / 1_461
        let dayOfCycle = sinceMarch1900 &- cycle &* 1_461
        let yearOfCycle = Swift.min(dayOfCycle / 365, 3)  // the cycle's last day is its leap day
        let dayOfYear = dayOfCycle &- yearOfCycle &* 365
        let mp = (5 &* dayOfYear &+ 2) / 153
        let day = dayOfYear &- (153 &* mp &+ 2) / 5 &+ 1
        let month = mp < 10 ? mp &+ 3 : mp &- 9
        return (1_900 &+ cycle &* 4 &+ yearOfCycle &+ (month <= 2 ? 1 : 0), month, day)
    }

    /// ``civilFromDays(_:)`` for any day count of the range (Howard Hinnant's `civil_from_days`).
    package static func civilFromDaysAnyYear(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}

extension CivilDate: CustomStringConvertible, LosslessStringConvertible {
    /// The ISO 8601 form, `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = components
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    /// Parses `YYYY-MM-DD`, returning `nil` for anything else (see ``init(iso8601:)`` for errors).
    public init?(_ description: String) {
        guard let date = try? CivilDate(iso8601: description) else { return nil }
        self = date
    }
}

extension CivilDate: Codable {
    /// Decodes from a `YYYY-MM-DD` string; an impossible or malformed date is a
    /// `DecodingError.dataCorrupted` whose context names the coding path.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try CivilDate(iso8601: text)
        } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: error.description)
        }
    }

    /// Encodes as a `YYYY-MM-DD` string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A day of the week, Monday = 1 through Sunday = 7 (ISO 8601 numbering).
public enum Weekday: Int, Sendable, Hashable, Codable, CaseIterable {
    /// Monday (星期一).
    case monday = 1
    /// Tuesday (星期二).
    case tuesday
    /// Wednesday (星期三).
    case wednesday
    /// Thursday (星期四).
    case thursday
    /// Friday (星期五).
    case friday
    /// Saturday (星期六).
    case saturday
    /// Sunday (星期日).
    case sunday
}

/// Why a civil date could not be made.
public enum CivilDateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text is not of the form `YYYY-MM-DD`.
    case malformed(String)
    /// The year is outside 1…9999.
    case yearOutOfRange(Int)
    /// The month is outside 1…12.
    case monthOutOfRange(Int)
    /// The day does not exist in that month.
    case dayOutOfRange(year: Int, month: Int, day: Int, daysInMonth: Int)
    /// Arithmetic left the representable range 0001-01-01…9999-12-31.
    case outOfRange
    /// A UTC offset outside ``CivilDate/utcOffsetRange`` (−18:00…+18:00), in seconds.
    case utcOffsetOutOfRange(seconds: Int)

    /// A one-line English message naming the offending component.
    public var description: String {
        switch self {
        case .malformed(let text):
            "not an ISO 8601 date (expected YYYY-MM-DD): \"\(text.escapedForMessage(limit: 40))\""
        case .yearOutOfRange(let year):
            "year \(year) is outside 1…9999"
        case .monthOutOfRange(let month):
            "month \(month) is outside 1…12"
        case .dayOutOfRange(let year, let month, let day, let length):
            "day \(day) does not exist in \(year)-\(month < 10 ? "0" : "")\(month) (which has \(length) days)"
        case .outOfRange:
            "date arithmetic left the range 0001-01-01…9999-12-31"
        case .utcOffsetOutOfRange(let seconds):
            "UTC offset \(seconds) s is outside −18:00…+18:00 (−64800…64800 s)"
        }
    }
}
