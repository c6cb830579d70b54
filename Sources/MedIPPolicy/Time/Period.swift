/// The unit a legal time limit is counted in, exactly as the text counts it.
///
/// 工作日 → ``workingDays``, 日 / 天 → ``days``, 周 → ``weeks``, 个月 → ``months``,
/// 年 → ``years``, 小时 → ``hours``. Working days and days differ in law: Administrative Licensing
/// Law Art. 82 counts its limits in working days; the Civil Code Arts. 201–203 count days,
/// months and years with a holiday roll-forward.
public enum PeriodUnit: String, StableStringEnum {
    /// 工作日: working days on the official schedule (调休 weekends included, holidays excluded).
    case workingDays
    /// 日 / 天: calendar days.
    case days
    /// 周: weeks of seven calendar days.
    case weeks
    /// 个月: calendar months, ending on the corresponding day (Civil Code Art. 202).
    case months
    /// 年: calendar years.
    case years
    /// 小时: hours (only as a service standard; no date arithmetic is done in hours).
    case hours

    /// The unit as the Chinese texts write it, e.g. `工作日`.
    public var zh: String {
        switch self {
        case .workingDays: "个工作日"
        case .days: "日"
        case .weeks: "周"
        case .months: "个月"
        case .years: "年"
        case .hours: "小时"
        }
    }

    /// The English unit, plural form.
    public var en: String {
        switch self {
        case .workingDays: "working days"
        case .days: "days"
        case .weeks: "weeks"
        case .months: "months"
        case .years: "years"
        case .hours: "hours"
        }
    }
}

/// A length of time in one unit, such as 15 working days or 28 weeks.
///
/// JSON form: `{"value": 15, "unit": "workingDays"}`.
public struct Period: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How many units; never negative in a valid period.
    public var value: Int
    /// The unit the text counts in.
    public var unit: PeriodUnit

    /// Creates a period.
    public init(_ value: Int, _ unit: PeriodUnit) {
        self.value = value
        self.unit = unit
    }

    /// `N` working days.
    public static func workingDays(_ value: Int) -> Period { Period(value, .workingDays) }
    /// `N` calendar days.
    public static func days(_ value: Int) -> Period { Period(value, .days) }
    /// `N` weeks.
    public static func weeks(_ value: Int) -> Period { Period(value, .weeks) }
    /// `N` months.
    public static func months(_ value: Int) -> Period { Period(value, .months) }
    /// `N` years.
    public static func years(_ value: Int) -> Period { Period(value, .years) }
    /// `N` hours.
    public static func hours(_ value: Int) -> Period { Period(value, .hours) }

    /// The period in the given language, e.g. `15个工作日` or `15 working days`.
    public func text(in language: Language) -> String {
        switch language {
        case .zh: "\(value)\(unit.zh)"
        case .en: "\(value) \(unit.en)"
        }
    }

    /// The English form, e.g. `15 working days`.
    public var description: String { text(in: .en) }
}

extension Period {
    private enum CodingKeys: String, CodingKey, CaseIterable { case value, unit }

    /// Decodes the object; a key it does not define is an error (see
    /// ``CaseFile/DecodingOptions``).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        value = try c.decodeInteger(forKey: .value, in: decoder)
        unit = try c.decode(PeriodUnit.self, forKey: .unit)
    }
}
