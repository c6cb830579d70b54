/// How a target's figure is to be compared with an observed value.
public enum Comparator: String, StableStringEnum {
    /// 不少于 / …以上 / 提升至 / 力争…: the observed value must be ≥ the figure.
    case atLeast
    /// 超 / 超过: the observed value must be > the figure.
    case moreThan
    /// 不超过 / …以内: the observed value must be ≤ the figure.
    case atMost
    /// A plain figure (新增10个, 推动5个品种): the figure itself; met when reached (≥).
    case exactly
    /// 不低于…并逐年增加: at least the figure, and higher than the year before.
    case notBelowAndRising

    /// The comparator as a short bilingual phrase.
    public var label: LocalizedText {
        switch self {
        case .atLeast: LocalizedText(zh: "不少于", en: "at least")
        case .moreThan: LocalizedText(zh: "超过", en: "more than")
        case .atMost: LocalizedText(zh: "不超过", en: "at most")
        case .exactly: LocalizedText(zh: "达到", en: "reach")
        case .notBelowAndRising: LocalizedText(zh: "不低于并逐年增加", en: "not below, rising each year")
        }
    }
}

/// The unit a target counts in, as the text writes it (项, 家, 个, 种, 通道, %, 亿元, 次 …).
public struct TargetUnit: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The unit as the Chinese text writes it, e.g. `项`.
    public var zh: String
    /// An English rendering, e.g. `items`.
    public var en: String

    /// Creates a unit.
    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// 项: items (projects, trials, varieties, techniques).
    public static let item = TargetUnit(zh: "项", en: "items")
    /// 家: establishments (enterprises, institutions, factories).
    public static let establishment = TargetUnit(zh: "家", en: "establishments")
    /// 个: a general count (products, varieties, datasets, models).
    public static let count = TargetUnit(zh: "个", en: "count")
    /// 种: kinds (models, types).
    public static let kind = TargetUnit(zh: "种", en: "kinds")
    /// 通道: channels (of an electrode array).
    public static let channel = TargetUnit(zh: "通道", en: "channels")
    /// %: per cent.
    public static let percent = TargetUnit(zh: "%", en: "per cent")
    /// 亿元: hundreds of millions of yuan (1 亿元 = CNY 100,000,000).
    public static let hundredMillionYuan = TargetUnit(zh: "亿元", en: "× CNY 100 million")
    /// 次: times (meetings held).
    public static let times = TargetUnit(zh: "次", en: "times")

    /// The Chinese unit.
    public var description: String { zh }
}

/// The period a target refers to.
public struct TargetPeriod: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The kinds of period the texts use.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Within one calendar year (2024年…), given by ``TargetPeriod/year``.
        case year
        /// Cumulative up to the end of a year (到2024年底累计…), given by ``TargetPeriod/year``.
        case byEndOfYear
        /// Cumulative with no end date stated (累计…).
        case cumulative
        /// Every year (全年…, 逐年…).
        case perYear
        /// A standing figure with no period stated.
        case unspecified
    }

    /// The kind of period.
    public var kind: Kind
    /// The year for ``Kind/year`` and ``Kind/byEndOfYear``; `nil` otherwise.
    public var year: Int?

    /// Creates a period.
    public init(kind: Kind, year: Int? = nil) {
        self.kind = kind
        self.year = year
    }

    /// Within calendar year `year`.
    public static func year(_ year: Int) -> TargetPeriod { TargetPeriod(kind: .year, year: year) }
    /// Cumulative up to the end of `year`.
    public static func byEndOf(_ year: Int) -> TargetPeriod { TargetPeriod(kind: .byEndOfYear, year: year) }
    /// Cumulative, no end date.
    public static let cumulative = TargetPeriod(kind: .cumulative)
    /// Every year.
    public static let perYear = TargetPeriod(kind: .perYear)
    /// No period stated.
    public static let unspecified = TargetPeriod(kind: .unspecified)

    /// A short English description.
    public var description: String {
        switch kind {
        case .year: "in \(year.map(String.init) ?? "?")"
        case .byEndOfYear: "by end of \(year.map(String.init) ?? "?")"
        case .cumulative: "cumulative"
        case .perYear: "per year"
        case .unspecified: "standing"
        }
    }
}

/// A quantitative figure a measure states: metric, comparator, value, unit and period.
///
/// Example: 京医保发〔2026〕4号（一） "支持开展国际多中心临床试验不少于 120 项" is
/// `Target(metric: international multicentre trials, comparator: .atLeast, value: 120, unit: .item)`.
public struct Target: Sendable, Hashable, Codable {
    /// A short stable key for the metric within its measure, e.g. `international-trials`; used to
    /// match observed values and to pair figures across editions.
    public var key: String
    /// What is counted or measured.
    public var metric: LocalizedText
    /// How an observed value is compared with ``value``.
    public var comparator: Comparator
    /// The figure.
    public var value: Double
    /// The unit, as the text writes it.
    public var unit: TargetUnit
    /// The period the figure refers to.
    public var period: TargetPeriod
    /// The figure's phrase exactly as the text prints it, with white space removed
    /// (e.g. `不少于120项`), so it can be checked against the source.
    public var source: String
    /// Whether the figure is a goal (graded against observations) or a figure the measure only
    /// cites or describes. JSON: `"role"`, written only when not ``TargetRole/goal``.
    public var role: TargetRole
    /// The hedging word the text puts on the figure (`力争`, `争取`), or `nil` when the text
    /// states it plainly: a hedged figure is an aim the measure strives for, not a promise.
    public var hedge: String?

    /// Creates a target.
    public init(
        key: String, metric: LocalizedText, comparator: Comparator, value: Double, unit: TargetUnit,
        period: TargetPeriod = .unspecified, source: String, role: TargetRole = .goal, hedge: String? = nil
    ) {
        self.key = key
        self.metric = metric
        self.comparator = comparator
        self.value = value
        self.unit = unit
        self.period = period
        self.source = source
        self.role = role
        self.hedge = hedge
    }

    private enum CodingKeys: String, CodingKey {
        case key, metric, comparator, value, unit, period, source, role, hedge
    }

    /// Decodes a target; `role` may be absent (a goal) and `hedge` absent (none).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        key = try c.decode(String.self, forKey: .key)
        metric = try c.decode(LocalizedText.self, forKey: .metric)
        comparator = try c.decode(Comparator.self, forKey: .comparator)
        value = try c.decode(Double.self, forKey: .value)
        unit = try c.decode(TargetUnit.self, forKey: .unit)
        period = try c.decode(TargetPeriod.self, forKey: .period)
        source = try c.decode(String.self, forKey: .source)
        role = try c.decodeIfPresent(TargetRole.self, forKey: .role) ?? .goal
        hedge = try c.decodeIfPresent(String.self, forKey: .hedge)
    }

    /// Encodes a target; `role` only when not a goal, `hedge` only when there is one.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(key, forKey: .key)
        try c.encode(metric, forKey: .metric)
        try c.encode(comparator, forKey: .comparator)
        try c.encode(value, forKey: .value)
        try c.encode(unit, forKey: .unit)
        try c.encode(period, forKey: .period)
        try c.encode(source, forKey: .source)
        if role != .goal { try c.encode(role, forKey: .role) }
        try c.encodeIfPresent(hedge, forKey: .hedge)
    }

    /// The last day the figure's period covers (31 December of ``TargetPeriod/year``) for a
    /// target tied to a calendar year, or `nil` for an undated one.
    public var periodEnd: CivilDate? {
        guard period.kind == .year || period.kind == .byEndOfYear, let year = period.year else { return nil }
        return CivilDate(uncheckedYear: year, month: 12, day: 31)
    }

    /// The figure without a trailing `.0` when whole, e.g. `120` or `0.5`.
    public var formattedValue: String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// A time limit for a procedure: the limit, and the previous limit where the text says
/// "从X压缩至Y" / "由X缩短至Y".
public struct TimeLimit: Sendable, Hashable, Codable {
    /// Whether the limit is a ceiling or an exact length.
    public enum Bound: String, Sendable, Hashable, Codable, CaseIterable {
        /// 不超过 / 以内 / 内 / 缩短至: completed within the limit.
        case atMost
        /// A fixed length (e.g. a period that runs for exactly that long).
        case exactly
    }

    /// A short stable key within the measure, e.g. `green-channel-listing`.
    public var key: String
    /// The procedure the limit applies to.
    public var procedure: LocalizedText
    /// The limit, in the unit the text counts in.
    public var limit: Period
    /// The limit before this measure, where the text states it (从 70 个工作日 → 40).
    public var previous: Period?
    /// Ceiling or exact.
    public var bound: Bound
    /// The phrase exactly as the text prints it, with white space removed.
    public var source: String
    /// The hedging word the text puts on the limit (`争取`), or `nil` when it is stated plainly.
    public var hedge: String?

    /// Creates a time limit.
    public init(
        key: String, procedure: LocalizedText, limit: Period, previous: Period? = nil,
        bound: Bound = .atMost, source: String, hedge: String? = nil
    ) {
        self.hedge = hedge
        self.key = key
        self.procedure = procedure
        self.limit = limit
        self.previous = previous
        self.bound = bound
        self.source = source
    }
}
