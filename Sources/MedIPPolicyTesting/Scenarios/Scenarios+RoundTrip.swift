/// A scenario that failed a check, with what differed: the unit of a report over many scenarios.
public struct ScenarioFailure: Sendable, Hashable, CustomStringConvertible {
    /// The scenario that failed.
    public var scenario: Scenario
    /// What differed from the scenario's expectation, never empty. A thrown error — from the
    /// round trip or the evaluation — is a mismatch of the field `roundTrip` or `evaluation`.
    public var mismatches: [Mismatch]

    /// Creates a failure.
    public init(scenario: Scenario, mismatches: [Mismatch]) {
        self.scenario = scenario
        self.mismatches = mismatches
    }

    /// One line per mismatch, each starting with the scenario: `name @ asOf: field: expected …, got …`.
    public var description: String {
        mismatches.map { "\(scenario): \($0)" }.joined(separator: "\n")
    }
}

extension Scenario {
    /// Sends the scenario's facts through `roundTrip` — a platform's mapping of a `Case` to its
    /// own records and back — decides the returned case with `evaluator`, and compares the
    /// decision with the expected one; empty when they agree.
    ///
    /// A field the platform drops or changes on the way shows up as the decision it changes,
    /// e.g. `disposition: expected refuseListing, got ordinaryProcedure` for a lost
    /// self-commitment. An error thrown by `roundTrip` is the mismatch
    /// `roundTrip: expected a case, got error: …`; an evaluation error (for instance a case the
    /// round trip made invalid) the mismatch of the field `evaluation`.
    public func checkRoundTrip(
        using evaluator: Evaluator = Scenarios.evaluator, through roundTrip: (Case) throws -> Case
    ) -> [Mismatch] {
        let returned: Case
        do {
            returned = try roundTrip(facts)
        } catch {
            return [Mismatch(field: "roundTrip", expected: "a case", actual: "error: \(error)")]
        }
        return check { _, date in try evaluator.evaluate(returned, asOf: date) }
    }
}

extension Scenarios {
    /// Runs every scenario of `scenarios` through a platform's round trip (`Case` → its rows →
    /// its own mapping back to a `Case`) and returns the scenarios whose decision then differs
    /// from the expected one, in the order given; empty when the platform's mapping keeps every
    /// fact that matters.
    ///
    /// ```swift
    /// let failures = Scenarios.roundTripFailures { facts in
    ///     try platform.caseFromRows(platform.rows(for: facts))
    /// }
    /// #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    /// ```
    ///
    /// See ``Scenario/checkRoundTrip(using:through:)`` for how each scenario is checked.
    public static func roundTripFailures(
        _ scenarios: [Scenario] = Scenarios.all, using evaluator: Evaluator = Scenarios.evaluator,
        through roundTrip: (Case) throws -> Case
    ) -> [ScenarioFailure] {
        scenarios.compactMap { scenario in
            let mismatches = scenario.checkRoundTrip(using: evaluator, through: roundTrip)
            return mismatches.isEmpty ? nil : ScenarioFailure(scenario: scenario, mismatches: mismatches)
        }
    }
}
