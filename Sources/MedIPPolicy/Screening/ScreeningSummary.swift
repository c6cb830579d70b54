/// Counts over a screened batch: per disposition, per measure cited, per failure stage.
///
/// JSON form: `{"total": …, "decided": …, "failed": …, "overdue": …, "dispositions": {"admit": …},
/// "measures": {"beijing-2026-3#4": …}, "failures": {"validation": …}}` with sorted keys.
public struct ScreeningSummary: Sendable, Hashable, Codable {
    /// Lines read (blank lines are skipped and not counted).
    public var total = 0
    /// Cases decided.
    public var decided = 0
    /// Cases that failed.
    public var failed = 0
    /// Decisions per disposition (a concurrent disposition counts too), keyed by kind name.
    public var dispositions: [String: Int] = [:]
    /// Decisions citing each measure, keyed by measure id.
    public var measures: [String: Int] = [:]
    /// Failures per stage, keyed by stage name.
    public var failures: [String: Int] = [:]
    /// Decisions with at least one obligation past its due date (``Decision/overdueObligations``),
    /// such as a green channel whose 15 working days have run out. Verdicts carry no obligations,
    /// so a verdict screening counts none.
    public var overdue = 0

    /// An empty summary.
    public init() {}

    /// Decodes a summary; `overdue` may be absent (read as 0).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        total = try container.decode(Int.self, forKey: .total)
        decided = try container.decode(Int.self, forKey: .decided)
        failed = try container.decode(Int.self, forKey: .failed)
        dispositions = try container.decode([String: Int].self, forKey: .dispositions)
        measures = try container.decode([String: Int].self, forKey: .measures)
        failures = try container.decode([String: Int].self, forKey: .failures)
        overdue = try container.decodeIfPresent(Int.self, forKey: .overdue) ?? 0
    }

    /// Counts one decision.
    public mutating func record(_ decision: Decision) {
        var counts = ScreeningCounts()
        counts.add(decision)
        add(counts)
    }

    /// Counts one failure.
    public mutating func record(_ failure: ScreeningFailure) {
        var counts = ScreeningCounts()
        counts.add(failure)
        add(counts)
    }

    /// Adds another summary's counts.
    public mutating func merge(_ other: ScreeningSummary) {
        total += other.total
        decided += other.decided
        failed += other.failed
        dispositions.merge(other.dispositions, uniquingKeysWith: +)
        measures.merge(other.measures, uniquingKeysWith: +)
        failures.merge(other.failures, uniquingKeysWith: +)
        overdue += other.overdue
    }
}
