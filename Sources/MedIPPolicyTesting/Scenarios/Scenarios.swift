/// The scenario library: named cases with hand-derived expected decisions, covering every rule of
/// `RuleSet.standard`, every disposition, and the first day in force (and the day before) of
/// each of the four documents.
///
/// Each scenario is a static property with a doc comment that gives the facts, the reasoning and
/// the expected decision; ``all`` lists them in a stable order and ``for(measure:)`` groups them
/// by measure. The expectations were derived from the texts and the rules and written as
/// literals — never by running the evaluator — so they can catch a regression in it.
///
/// ```swift
/// @Test(arguments: Scenarios.all)
/// func platformAgrees(_ scenario: Scenario) throws {
///     let decision = try platform.decide(scenario.facts, asOf: scenario.asOf)
///     expectDecision(decision, matches: scenario.expected)
/// }
/// ```
public enum Scenarios {
    /// A shared evaluator with the standard catalog, rules and calendar.
    public static let evaluator = Evaluator()

    /// Every scenario, grouped by subject (commitments, objections, infringement, key products,
    /// patent linkage, green channel), each name once.
    public static let all: [Scenario] = commitments + objections + infringement + keyProducts + linkage + greenChannel

    /// The scenarios that exercise `measure`.
    public static func `for`(measure: MeasureID) -> [Scenario] {
        all.filter { $0.measures.contains(measure) }
    }

    /// The scenarios that exercise any measure of `document`.
    public static func `for`(document: DocumentID) -> [Scenario] {
        all.filter { $0.measures.contains { $0.document == document } }
    }

    /// The scenario named `name`, if there is one.
    public static func named(_ name: String) -> Scenario? {
        all.first { $0.name == name }
    }

    /// Every measure some scenario exercises, in id order.
    public static var measures: [MeasureID] {
        Array(Set(all.flatMap(\.measures))).sorted()
    }
}
