import MedIPPolicy
import MedIPPolicyTesting
import Testing

/// The timeline is exact: on every day of every segment, evaluation gives the segment's decision.
/// A small version of the release-mode check (`medip-bench timeline-property`, 10,000 cases).
@Suite struct TimelinePropertyTests {
    static let evaluator = Evaluator()

    @Test func segmentsEqualDayByDayEvaluationOnGeneratedCases() throws {
        var changes = 0
        var evaluations = 0
        var days = 0
        for generated in CaseGenerator(seed: 16, mix: .uniform).prefix(200) {
            let from = generated.asOf.addingDaysForTest(-913)
            let through = from.addingDaysForTest(1825)
            let timeline = try Self.evaluator.timeline(generated.facts, from: from, through: through)
            let problems = TimelineExpectation.dayByDayMismatches(of: timeline, for: generated.facts, evaluator: Self.evaluator)
            #expect(problems.isEmpty, "\(Mismatch.report(problems))")
            #expect(timeline.segments.first?.from == from && timeline.segments.last?.through == through)
            for (previous, next) in zip(timeline.segments, timeline.segments.dropFirst()) {
                #expect(previous.through.addingDaysForTest(1) == next.from)
                #expect(!previous.decision.hasSameOutcome(as: next.decision))
            }
            changes += timeline.changes.count
            evaluations += timeline.evaluations
            days += 1826
        }
        // The generated cases do change over five years, and the timeline decides far fewer days.
        #expect(changes > 200)
        #expect(evaluations * 20 < days)
    }
}

extension CivilDate {
    func addingDaysForTest(_ days: Int) -> CivilDate {
        (try? CivilDate(daysSinceEpoch: Int(daysSinceEpoch) + days)) ?? self
    }
}
