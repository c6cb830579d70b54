// One-line assertions for Swift Testing. Compiled only where the Testing module can be imported;
// the rest of the module needs no test framework.
#if canImport(Testing)
import Testing

/// Records a Swift Testing issue for each way `decision` differs from `expectation`, at the
/// caller's source location; returns whether they agree.
///
/// Each issue's headline is the mismatch, `case … @ …: field: expected …, got …` (recorded as
/// the issue's error, so Swift Testing prints it on the first line); `comment`, when given,
/// follows on the next line.
///
/// ```swift
/// @Test func deferred() throws {
///     let decision = try Evaluator().evaluate(facts, asOf: asOf)
///     expectDecision(decision, matches: DecisionExpectation(disposition: .deferUntil))
/// }
/// ```
@discardableResult
public func expectDecision(
    _ decision: Decision, matches expectation: DecisionExpectation, _ comment: Comment? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) -> Bool {
    record(expectation.mismatches(in: decision), context: "case \(decision.caseID) @ \(decision.asOf)", comment, sourceLocation)
}

/// Decides `scenario` with `evaluator` and records a Swift Testing issue for each way the
/// decision differs from the scenario's expectation (or for an evaluation error); returns
/// whether they agree.
///
/// ```swift
/// @Test(arguments: Scenarios.all)
/// func scenario(_ scenario: Scenario) { expectScenario(scenario) }
/// ```
@discardableResult
public func expectScenario(
    _ scenario: Scenario, evaluator: Evaluator = Scenarios.evaluator, _ comment: Comment? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) -> Bool {
    record(scenario.check(using: evaluator), context: "scenario \(scenario)", comment, sourceLocation)
}

/// Decides `scenario` with `decide` — a platform's own pipeline — and records a Swift Testing
/// issue for each way the decision differs from the scenario's expectation; returns whether they
/// agree.
@discardableResult
public func expectScenario(
    _ scenario: Scenario, _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation,
    decidedBy decide: (Case, CivilDate) throws -> Decision
) -> Bool {
    record(scenario.check(decide), context: "scenario \(scenario)", comment, sourceLocation)
}

private func record(_ mismatches: [Mismatch], context: String, _ comment: Comment?, _ sourceLocation: SourceLocation) -> Bool {
    // An issue recorded with only a comment is headed "Issue recorded", with the comment on the
    // line below; an issue recorded for an error is headed by the error's description. So each
    // mismatch is recorded as an error, and the failure's first line is the mismatch itself:
    // `… recorded an issue at File.swift:12:5: Caught error: scenario … : disposition: expected …`.
    for mismatch in mismatches {
        Issue.record(RecordedMismatch(context: context, mismatch: mismatch), comment, sourceLocation: sourceLocation)
    }
    return mismatches.isEmpty
}

/// One mismatch as the error of a Swift Testing issue, so that it heads the failure.
struct RecordedMismatch: Error, CustomStringConvertible {
    /// What was checked, e.g. `scenario category3-deferred @ 2026-11-23`.
    var context: String
    /// What differed.
    var mismatch: Mismatch

    /// `context: field: expected …, got …`.
    var description: String { "\(context): \(mismatch)" }
}
#endif
