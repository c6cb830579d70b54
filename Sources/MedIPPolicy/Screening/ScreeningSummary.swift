/// Counts over a screened batch: per disposition, per measure cited, per failure stage, and
/// which law decided them.
///
/// JSON form: `{"total": …, "decided": …, "failed": …, "overdue": …, "unknownDates": …, "dispositions": {"admit": …},
/// "measures": {"beijing-2026-3#4": …}, "failures": {"validation": …}, "decisionSchemaVersion": 1,
/// "libraryVersion": "…", "ruleSetDigest": "sha256:…"}` with sorted keys; the three audit keys
/// are absent when unknown.
///
/// The audit fields are those of every decision and verdict counted (``Decision/schemaVersion``,
/// ``Decision/libraryVersion``, ``Decision/ruleSetDigest``): a ``Screener`` stamps the summaries
/// it returns with its evaluator's. They are what a stored verdict file keeps of its provenance,
/// since verdict lines stay compact and carry none.
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
    /// Decisions with a date that cannot be known yet (``Decision/hasUnknownDate``; for verdicts
    /// ``Verdict/unknownDate``): decided, but a working-day schedule is missing for one of their
    /// dates. Supply the year and screen again to get the dates.
    public var unknownDates = 0
    /// The decision format version of the decisions counted (``Decision/currentSchemaVersion``),
    /// or `nil` when unknown.
    public var decisionSchemaVersion: Int?
    /// The library version that made them (`MedIPPolicyVersion.current`), or `nil`.
    public var libraryVersion: String?
    /// The digest of the rule set and catalog that decided them (``Evaluator/ruleSetDigest``),
    /// or `nil` when unknown or when merged counts come from different rule sets.
    public var ruleSetDigest: String?

    /// An empty summary, without audit fields.
    public init() {}

    /// An empty summary stamped with the audit fields of `evaluator`'s decisions.
    public init(decidedBy evaluator: Evaluator) {
        decisionSchemaVersion = Decision.currentSchemaVersion
        libraryVersion = MedIPPolicyVersion.current
        ruleSetDigest = evaluator.ruleSetDigest
    }

    /// Decodes a stored summary strictly: an unknown key is an error naming its path (unless the
    /// decoder's user info allows unknown keys, ``Decision/userInfo(for:)``), and the counts are
    /// integers written exactly; `overdue` and `unknownDates` may be absent (read as 0).
    public init(from decoder: any Decoder) throws {
        self = try decoder.auditingKeys { try ScreeningSummary(auditing: $0) }
    }

    private init(auditing decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        total = try container.decode(Int.self, forKey: .total)
        decided = try container.decode(Int.self, forKey: .decided)
        failed = try container.decode(Int.self, forKey: .failed)
        dispositions = try container.decode([String: Int].self, forKey: .dispositions)
        measures = try container.decode([String: Int].self, forKey: .measures)
        failures = try container.decode([String: Int].self, forKey: .failures)
        overdue = try container.decodeIfPresent(Int.self, forKey: .overdue) ?? 0
        unknownDates = try container.decodeIfPresent(Int.self, forKey: .unknownDates) ?? 0
        decisionSchemaVersion = try container.decodeIfPresent(Int.self, forKey: .decisionSchemaVersion)
        libraryVersion = try container.decodeIfPresent(String.self, forKey: .libraryVersion)
        ruleSetDigest = try container.decodeIfPresent(String.self, forKey: .ruleSetDigest)
    }

    /// The summary with `evaluator`'s audit fields.
    func stamped(decidedBy evaluator: Evaluator) -> ScreeningSummary {
        var stamped = self
        let stamp = ScreeningSummary(decidedBy: evaluator)
        (stamped.decisionSchemaVersion, stamped.libraryVersion, stamped.ruleSetDigest) =
            (stamp.decisionSchemaVersion, stamp.libraryVersion, stamp.ruleSetDigest)
        return stamped
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
    ///
    /// The audit fields stay where both summaries agree; an empty summary without them (a fresh
    /// ``init()``) takes the other's, so that shards merge into one. Where the two disagree
    /// (counts from different rule sets or library versions) the field becomes `nil`: no single
    /// law decided the merged counts.
    public mutating func merge(_ other: ScreeningSummary) {
        let audit = Self.mergedAudit(self, other)
        (decisionSchemaVersion, libraryVersion, ruleSetDigest) = audit
        total += other.total
        decided += other.decided
        failed += other.failed
        dispositions.merge(other.dispositions, uniquingKeysWith: +)
        measures.merge(other.measures, uniquingKeysWith: +)
        failures.merge(other.failures, uniquingKeysWith: +)
        overdue += other.overdue
        unknownDates += other.unknownDates
    }

    private typealias Audit = (Int?, String?, String?)

    private static func mergedAudit(_ first: ScreeningSummary, _ second: ScreeningSummary) -> Audit {
        func audit(_ summary: ScreeningSummary) -> Audit {
            (summary.decisionSchemaVersion, summary.libraryVersion, summary.ruleSetDigest)
        }
        func isBlankSlate(_ summary: ScreeningSummary) -> Bool {
            summary.total == 0 && audit(summary) == (nil, nil, nil)
        }
        if isBlankSlate(first) { return audit(second) }
        if isBlankSlate(second) { return audit(first) }
        let (a, b) = (audit(first), audit(second))
        return (a.0 == b.0 ? a.0 : nil, a.1 == b.1 ? a.1 : nil, a.2 == b.2 ? a.2 : nil)
    }
}
