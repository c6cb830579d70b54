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
    /// Its date — defer until, await until, green channel due by — or `nil` (no date, or the
    /// date is unknown: see ``unknownDate``).
    public var date: CivilDate?
    /// Why the disposition's date is not known, when it has one that cannot be computed yet (a
    /// green channel's 15 working days running into a year with no working-day schedule);
    /// otherwise `nil`. ``date`` is then `nil`. JSON: `"unknownDate"`, present only then.
    public var unknownDate: UnknownDate?
    /// The rules that produced it (empty for the default ``DispositionKind/ordinaryProcedure``).
    public var rules: [RuleID]
    /// The measures those rules cite, each once.
    public var measures: [MeasureID]
    /// Why: the rules cited, or — with no rule — no document in force or a situation the
    /// regime does not address.
    public var basis: DispositionBasis
    /// The patent whose term sets ``date``, with how that date arises (filing date + statutory
    /// term, adjustment, compensation), when the date is the first day after a category-3
    /// patent's term (defer listing, 京医保发〔2026〕3号（四））; otherwise `nil` — no date, a date
    /// from another fact, or a market exclusivity that ends later. JSON: `"blockingPatent"`,
    /// present only then (see ``BlockingPatent``).
    public var blockingPatent: BlockingPatent?
}

/// What the decision asks of an actor: a duty, a discretion or an encouragement, with the force
/// of its clause (``modality``).
public struct ResolvedObligation: Sendable, Hashable, Codable {
    /// The stable code.
    public var code: String
    /// Who is to act.
    public var actor: DepartmentID
    /// What they are to do.
    public var action: LocalizedText
    /// The clause's force: 须 / 应当 (must), 要 (shall), a plain commitment (commit), 可以 (may),
    /// 鼓励 (encourage). Only binding ones (``Modality/binds``) can be overdue.
    public var modality: Modality
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
    /// Why ``due`` is not known, when the obligation has a due date that cannot be computed yet
    /// (its period runs into a year with no working-day schedule); otherwise `nil`. ``due`` and
    /// ``overdueSince`` are then `nil`: whether it is overdue is unknown too. JSON:
    /// `"unknownDue"`, present only then.
    public var unknownDue: UnknownDate?
    /// The first day the obligation was overdue (the day after ``due``), when that day is on or
    /// before the decision's as-of date and the obligation binds; otherwise `nil`. JSON:
    /// `"overdueSince"`, present only on overdue obligations.
    public var overdueSince: CivilDate?

    /// Whether a binding obligation's due date has passed on `date` (the due date itself is
    /// still in time). A discretion or encouragement is never overdue.
    public func isOverdue(on date: CivilDate) -> Bool {
        modality.binds && Self.overdueSince(due: due, on: date) != nil
    }

    /// The day after `due` when `date` is later than `due`, otherwise `nil`.
    static func overdueSince(due: CivilDate?, on date: CivilDate) -> CivilDate? {
        guard let due, date > due else { return nil }
        return due.saturatingAdding(days: 1)
    }
}

/// Two time limits of one decision that cannot both be met: a rule requires the matter done by a
/// date, while another holds the product until a later one. The texts do not say which yields
/// (e.g. 京医保发〔2026〕4号（十七）'s 15 working days against 国知发保字〔2022〕45号（四）'s wait for
/// the IP opinion until the round's deadline), so the decision names both and decides neither.
public struct TimeLimitConflict: Sendable, Hashable, Codable {
    /// The rule that sets the time limit.
    public var deadlineRule: RuleID
    /// Its measure.
    public var deadlineMeasure: MeasureID
    /// The last day of the time limit.
    public var deadline: CivilDate
    /// The rule that holds the product.
    public var holdRule: RuleID
    /// Its measure.
    public var holdMeasure: MeasureID
    /// How it holds the product (``DispositionKind/awaitOpinion``, ``DispositionKind/deferUntil``).
    public var holdKind: DispositionKind
    /// The date it holds the product until, later than ``deadline``.
    public var holdUntil: CivilDate
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
    /// The version of the library that made the decision (`MedIPPolicyVersion.current`).
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
    /// Time limits of this decision that cannot both be met, by deadline rule then hold rule;
    /// empty in the common case.
    public var conflicts: [TimeLimitConflict]
    /// How the decision came about; `nil` when evaluated with ``DecisionDetail/summary``.
    public var trace: Trace?

    /// The obligations whose due date has passed on the as-of date
    /// (``ResolvedObligation/isOverdue(on:)``): duties the responsible body is late with.
    public var overdueObligations: [ResolvedObligation] {
        obligations.filter { $0.isOverdue(on: asOf) }
    }

    /// Whether any date of the decision is unknown (``ResolvedDisposition/unknownDate``,
    /// ``ResolvedObligation/unknownDue``): the decision stands, but a working-day schedule is
    /// missing for one of its dates.
    public var hasUnknownDate: Bool {
        disposition.unknownDate != nil || concurrentDispositions.contains { $0.unknownDate != nil }
            || supersededDispositions.contains { $0.unknownDate != nil } || obligations.contains { $0.unknownDue != nil }
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
