import MedIPPolicy
import MedIPPolicyTesting
import Testing

@Suite struct TimelineExpectationTests {
    @Test(arguments: Scenarios.timelines)
    func timelineScenarioHolds(_ scenario: TimelineScenario) {
        let problems = scenario.check()
        #expect(problems.isEmpty, "\(Mismatch.report(problems))")
    }

    @Test func scenarioNamesAreUnique() {
        #expect(Set(Scenarios.timelines.map(\.name)).count == Scenarios.timelines.count)
    }

    @Test func wrongExpectationsGiveStructuredMismatches() throws {
        let scenario = Scenarios.timelineObjectionDeadline
        let timeline = try Scenarios.evaluator.timeline(scenario.facts, from: scenario.from, through: scenario.through)
        let date = try CivilDate(iso8601: "2026-07-01")
        let wrong = TimelineExpectation(
            initial: DecisionExpectation(disposition: .awaitOpinion),
            changes: [
                ChangeExpectation(
                    on: date, disposition: .agencyDecides, aspects: [.disposition], causes: [.dueDatePasses],
                    overdue: ["give-opinion"]),
            ])
        let problems = wrong.mismatches(in: timeline)
        let fields = Set(problems.map(\.field))
        #expect(fields == [
            "initial.disposition", "changes", "changes[2026-07-01].disposition", "changes[2026-07-01].aspects",
            "changes[2026-07-01].causes", "changes[2026-07-01].overdue",
        ], "\(Mismatch.report(problems))")
        let changes = try #require(problems.first { $0.field == "changes" })
        #expect(changes.expected == "[2026-07-01]")
        #expect(changes.actual == "[2026-06-03, 2026-07-01]")
        #expect(TimelineExpectation().mismatches(in: timeline).isEmpty)
    }

    @Test func dayByDayCheckFindsATamperedSegment() throws {
        let scenario = Scenarios.timelineObjectionDeadline
        var timeline = try Scenarios.evaluator.timeline(scenario.facts, from: scenario.from, through: scenario.through)
        #expect(TimelineExpectation.dayByDayMismatches(of: timeline, for: scenario.facts, evaluator: Scenarios.evaluator).isEmpty)
        // Move the last change a day later: the day after the deadline no longer matches.
        let last = timeline.segments.count - 1
        timeline.segments[last - 1].through = try CivilDate(iso8601: "2026-07-01")
        timeline.segments[last].from = try CivilDate(iso8601: "2026-07-02")
        let problems = TimelineExpectation.dayByDayMismatches(of: timeline, for: scenario.facts, evaluator: Scenarios.evaluator)
        #expect(problems.map(\.field) == ["\(scenario.facts.id) @ 2026-07-01"])
    }
}
