/// Counts over a screened batch: per disposition, per measure cited, per failure stage.
///
/// JSON form: `{"total": …, "decided": …, "failed": …, "dispositions": {"admit": …},
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

    /// An empty summary.
    public init() {}

    /// Counts one decision.
    public mutating func record(_ decision: Decision) {
        total += 1
        decided += 1
        dispositions[decision.disposition.kind.rawValue, default: 0] += 1
        for other in decision.concurrentDispositions { dispositions[other.kind.rawValue, default: 0] += 1 }
        for measure in decision.citedMeasures { measures[measure.description, default: 0] += 1 }
    }

    /// Counts one failure.
    public mutating func record(_ failure: ScreeningFailure) {
        total += 1
        failed += 1
        failures[failure.stage.rawValue, default: 0] += 1
    }

    /// Adds another summary's counts.
    public mutating func merge(_ other: ScreeningSummary) {
        total += other.total
        decided += other.decided
        failed += other.failed
        dispositions.merge(other.dispositions, uniquingKeysWith: +)
        measures.merge(other.measures, uniquingKeysWith: +)
        failures.merge(other.failures, uniquingKeysWith: +)
    }
}
