/// A fact the evaluator established from the case, with where in the case it comes from.
public struct Fact: Sendable, Hashable, Codable {
    /// The predicate.
    public var predicate: Predicate
    /// Whether it holds on the as-of date.
    public var holds: Bool
    /// Paths of the case entries that make it hold (or, for some negative facts, that were
    /// considered), e.g. `rulings[0]`, `declarations[1]`.
    public var evidence: [String]

    /// Creates a fact.
    public init(predicate: Predicate, holds: Bool, evidence: [String] = []) {
        self.predicate = predicate
        self.holds = holds
        self.evidence = evidence
    }
}

/// The disposition a decision settles on, with the rules and measures behind it.
public struct ResolvedDisposition: Sendable, Hashable, Codable {
    /// The disposition.
    public var kind: DispositionKind
    /// Its date — defer until, await until, green channel due by — or `nil`.
    public var date: CivilDate?
    /// The rules that produced it (empty for the default ``DispositionKind/admit``).
    public var rules: [RuleID]
    /// The measures those rules cite, each once.
    public var measures: [MeasureID]
}

/// A duty the decision places on an actor.
public struct ResolvedObligation: Sendable, Hashable, Codable {
    /// The duty's stable code.
    public var code: String
    /// Who must act.
    public var actor: DepartmentID
    /// What they must do.
    public var action: LocalizedText
    /// By when (the last day to act), or `nil` where the text sets no date. On a decision whose
    /// as-of date is later, the obligation is overdue (``isOverdue(on:)``): it still stands
    /// because the facts that call for it still hold (the application is still pending, say).
    public var due: CivilDate?
    /// How the due date was computed, e.g. `listingApplication + 15 working days`.
    public var dueRule: DateExpression?
    /// The rules that produced it.
    public var rules: [RuleID]
    /// The measures they cite.
    public var measures: [MeasureID]
    /// The first day the obligation was overdue (the day after ``due``), when that day is on or
    /// before the decision's as-of date; otherwise `nil`. JSON: `"overdueSince"`, present only
    /// on overdue obligations.
    public var overdueSince: CivilDate?

    /// Whether the due date has passed on `date` (the due date itself is still in time).
    public func isOverdue(on date: CivilDate) -> Bool {
        Self.overdueSince(due: due, on: date) != nil
    }

    /// The day after `due` when `date` is later than `due`, otherwise `nil`.
    static func overdueSince(due: CivilDate?, on date: CivilDate) -> CivilDate? {
        guard let due, date > due else { return nil }
        return due.saturatingAdding(days: 1)
    }
}

/// A consequence for the enterprise, with its sources.
public struct ResolvedConsequence: Sendable, Hashable, Codable {
    /// The consequence.
    public var kind: ConsequenceKind
    /// The rules that produced it.
    public var rules: [RuleID]
    /// The measures they cite.
    public var measures: [MeasureID]
}

/// A flag, with its sources.
public struct ResolvedFlag: Sendable, Hashable, Codable {
    /// The flag.
    public var kind: FlagKind
    /// The rules that produced it.
    public var rules: [RuleID]
    /// The measures they cite.
    public var measures: [MeasureID]
}

/// Why a rule did not fire: the first part of its condition that failed.
public struct ConditionFailure: Sendable, Hashable, Codable {
    /// The predicate whose value made the condition fail.
    public var predicate: Predicate
    /// The value the condition needed.
    public var needed: Bool
}

/// How the decision came about: every rule of the regime and what became of it.
public struct Trace: Sendable, Hashable, Codable {
    /// A rule whose condition held.
    public struct Fired: Sendable, Hashable, Codable {
        /// The rule.
        public var rule: RuleID
        /// The measure it cites.
        public var measure: MeasureID
        /// The facts that made it fire: the predicates of the satisfied part of its condition, with
        /// their values and evidence.
        public var facts: [Fact]
        /// The rules that overrode it (empty when its effects stand).
        public var overriddenBy: [RuleID]
    }

    /// A rule whose condition did not hold.
    public struct NotFired: Sendable, Hashable, Codable {
        /// The rule.
        public var rule: RuleID
        /// The measure it cites.
        public var measure: MeasureID
        /// The first part of the condition that failed.
        public var failure: ConditionFailure?
    }

    /// Rules that fired, in rule-id order.
    public var fired: [Fired]
    /// Rules that did not fire, in rule-id order.
    public var notFired: [NotFired]
    /// Every predicate's value on the as-of date, in vocabulary order.
    public var facts: [Fact]

    /// The rules that fired but were overridden.
    public var overridden: [Fired] { fired.filter { !$0.overriddenBy.isEmpty } }
}

/// The answer to "may this product be listed on this date, and why".
///
/// Every part cites the rules and measures that produced it; ``trace`` records every rule of the
/// regime and what became of it. Equal inputs give equal decisions, and the JSON form is
/// byte-identical (sorted keys, ordered arrays).
///
/// A decision also says which law produced it, so that a stored one can be audited later:
/// ``schemaVersion`` (the decision format's version), ``libraryVersion`` and ``ruleSetDigest``
/// (the SHA-256 of the rule set and catalog the evaluator was built from, see
/// ``Evaluator/ruleSetDigest``). Decoding reads them back and rejects a decision of another
/// ``schemaVersion``.
public struct Decision: Sendable, Hashable, Codable {
    /// The version of the decision format this library writes and reads: `1`.
    ///
    /// Separate from ``Case/currentSchemaVersion``: the decision format changes when the
    /// evaluator's output changes shape, the case format when the facts do, and the two need not
    /// move together.
    public static let currentSchemaVersion = 1

    /// The version of the decision format, ``currentSchemaVersion`` for every decision this
    /// library makes. JSON: `"schemaVersion"`.
    public var schemaVersion: Int
    /// The version of the library that made the decision (``MedIPPolicyVersion/current``).
    /// JSON: `"libraryVersion"`.
    public var libraryVersion: String
    /// The digest of the rule set and catalog that produced the decision
    /// (``Evaluator/ruleSetDigest``): `sha256:` and 64 lower-case hexadecimal digits. Two
    /// decisions with the same digest were made under the same law. JSON: `"ruleSetDigest"`.
    public var ruleSetDigest: String
    /// The case's id.
    public var caseID: String
    /// The as-of date.
    public var asOf: CivilDate
    /// The regime applied: jurisdiction and documents in force.
    public var regime: Regime
    /// The disposition the lattice and overrides settle on.
    public var disposition: ResolvedDisposition
    /// Other dispositions of the same rank that stand with it (revoke the listing *and* cancel the
    /// selection).
    public var concurrentDispositions: [ResolvedDisposition]
    /// Dispositions that applied but were less restrictive (set aside by the lattice).
    public var supersededDispositions: [ResolvedDisposition]
    /// Duties, in rule-id order.
    public var obligations: [ResolvedObligation]
    /// Consequences, in vocabulary order.
    public var consequences: [ResolvedConsequence]
    /// Flags, in vocabulary order.
    public var flags: [ResolvedFlag]
    /// How the decision came about; `nil` when evaluated with ``DecisionDetail/summary``.
    public var trace: Trace?

    /// The obligations whose due date has passed on the as-of date
    /// (``ResolvedObligation/isOverdue(on:)``): duties the responsible body is late with.
    public var overdueObligations: [ResolvedObligation] {
        obligations.filter { $0.isOverdue(on: asOf) }
    }

    /// Every measure any part of the decision cites, each once, in id order.
    public var citedMeasures: [MeasureID] {
        // A handful of measures: a linear check and a short sort beat hashing each id.
        var cited: [MeasureID] = []
        func cite(_ measures: [MeasureID]) {
            for measure in measures where !cited.contains(measure) { cited.append(measure) }
        }
        cite(disposition.measures)
        for part in concurrentDispositions { cite(part.measures) }
        for part in obligations { cite(part.measures) }
        for part in consequences { cite(part.measures) }
        for part in flags { cite(part.measures) }
        return cited.sorted()
    }
}
