/// A named case with a known outcome: the facts, the as-of date, and the decision the texts
/// require on that date.
///
/// Every expected decision in ``Scenarios`` was derived by hand from the policy texts and the
/// shipped rules (`RuleSet.standard`) and written down as literals; none was produced by running
/// the evaluator. A platform's test suite can run them all against its own integration:
///
/// ```swift
/// for scenario in Scenarios.all {
///     let decision = try myPlatform.decide(scenario.facts, asOf: scenario.asOf)
///     let problems = scenario.mismatches(in: decision)
///     // report problems (empty when the platform agrees)
/// }
/// ```
public struct Scenario: Sendable, Hashable, Identifiable, CustomStringConvertible {
    /// A stable kebab-case name, e.g. `category3-last-day-of-patent`; never changes.
    public var name: String
    /// One sentence on what the scenario shows.
    public var summary: String
    /// The measures the scenario exercises, for grouping (``Scenarios/for(measure:)``). A
    /// scenario about the day before a document took effect lists the measure it is *not* yet
    /// decided by.
    public var measures: [MeasureID]
    /// The facts.
    public var facts: Case
    /// The date of the evaluation.
    public var asOf: CivilDate
    /// The decision the texts require.
    public var expected: DecisionExpectation

    /// Creates a scenario.
    public init(
        name: String, summary: String, measures: [MeasureID], facts: Case, asOf: CivilDate,
        expected: DecisionExpectation
    ) {
        self.name = name
        self.summary = summary
        self.measures = measures
        self.facts = facts
        self.asOf = asOf
        self.expected = expected
    }

    /// The scenario's ``name``.
    public var id: String { name }

    /// `name @ asOf`.
    public var description: String { "\(name) @ \(asOf)" }

    /// The differences between `decision` and the expected decision; empty when they agree.
    public func mismatches(in decision: Decision) -> [Mismatch] { expected.mismatches(in: decision) }

    /// Decides the scenario with `evaluator` and compares; an evaluation error is reported as a
    /// mismatch of the field `evaluation`.
    public func check(using evaluator: Evaluator = Scenarios.evaluator) -> [Mismatch] {
        check { facts, date in try evaluator.evaluate(facts, asOf: date) }
    }

    /// Decides the scenario with `decide` — e.g. a platform's own pipeline that stores the case
    /// and evaluates it — and compares; a thrown error is reported as a mismatch of the field
    /// `evaluation`.
    public func check(_ decide: (Case, CivilDate) throws -> Decision) -> [Mismatch] {
        do {
            return mismatches(in: try decide(facts, asOf))
        } catch {
            return [Mismatch(field: "evaluation", expected: "a decision", actual: "error: \(error)")]
        }
    }
}
