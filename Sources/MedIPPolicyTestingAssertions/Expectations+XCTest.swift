// One-line assertions for XCTest. Compiled only where XCTest can be imported; the rest of the
// module needs no test framework.
#if canImport(XCTest)
import XCTest

/// Fails the current XCTest test once for each way `decision` differs from `expectation`, at the
/// caller's file and line.
///
/// ```swift
/// func testDeferred() throws {
///     let decision = try Evaluator().evaluate(facts, asOf: asOf)
///     XCTAssertDecision(decision, matches: DecisionExpectation(disposition: .deferUntil))
/// }
/// ```
public func XCTAssertDecision(
    _ decision: Decision, matches expectation: DecisionExpectation, _ message: @autoclosure () -> String = "",
    file: StaticString = #filePath, line: UInt = #line
) {
    fail(expectation.mismatches(in: decision), context: "case \(decision.caseID) @ \(decision.asOf)", message(), file, line)
}

/// Decides `scenario` with `evaluator` and fails the current test once for each way the decision
/// differs from the scenario's expectation (or for an evaluation error).
///
/// ```swift
/// func testScenarios() {
///     for scenario in Scenarios.all { XCTAssertScenario(scenario) }
/// }
/// ```
public func XCTAssertScenario(
    _ scenario: Scenario, evaluator: Evaluator = Scenarios.evaluator, _ message: @autoclosure () -> String = "",
    file: StaticString = #filePath, line: UInt = #line
) {
    fail(scenario.check(using: evaluator), context: "scenario \(scenario)", message(), file, line)
}

/// Decides `scenario` with `decide` — a platform's own pipeline — and fails the current test
/// once for each way the decision differs from the scenario's expectation.
public func XCTAssertScenario(
    _ scenario: Scenario, _ message: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line,
    decidedBy decide: (Case, CivilDate) throws -> Decision
) {
    fail(scenario.check(decide), context: "scenario \(scenario)", message(), file, line)
}

private func fail(_ mismatches: [Mismatch], context: String, _ message: String, _ file: StaticString, _ line: UInt) {
    for mismatch in mismatches {
        XCTFail("\(context): \(mismatch)" + (message.isEmpty ? "" : " — \(message)"), file: file, line: line)
    }
}
#endif
