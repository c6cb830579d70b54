import Foundation
import MedIPPolicy
import MedIPPolicyTesting
import Testing

/// Timelines at their edges: due dates in a year without a working-day schedule, a rule counting
/// from the as-of date, an empty window.
@Suite struct TimelineEdgeTests {
    /// Time.md's green-channel application of 2026-12-21: its 15 working days run into 2027.
    static let greenChannel2027 = #"""
        {"schemaVersion": 1, "id": "gc-2027", "jurisdiction": "CN-BJ",
         "enterprise": {"name": "E", "creditCode": "91320500MA1TEXT00P"},
         "product": {"id": "P", "name": "N", "category": "chemicalDrug", "drugClass": "innovative",
                     "marketingAuthorisationHolder": "E", "greenChannelQualified": true},
         "commitments": [{"kind": "listingSelfCommitment", "date": "2026-12-21"}],
         "round": {"kind": "listing", "name": "R", "applicationDate": "2026-12-21"}}
        """#

    @Test func aDueDateInAYearWithoutAScheduleStaysUnknown() throws {
        let facts = try CaseFile.decode(Data(Self.greenChannel2027.utf8))
        let from = try CivilDate(iso8601: "2026-12-01")
        let through = try CivilDate(iso8601: "2027-06-30")
        let evaluator = Evaluator()
        let timeline = try evaluator.timeline(facts, from: from, through: through)
        #expect(timeline.changes.map(\.date.description) == ["2026-12-21"])
        let last = try #require(timeline.segments.last)
        #expect(last.decision.disposition.kind == .greenChannel)
        #expect(last.decision.hasUnknownDate)
        #expect(last.decision.obligations.allSatisfy { $0.overdueSince == nil })
        #expect(TimelineExpectation.dayByDayMismatches(of: timeline, for: facts, evaluator: evaluator).isEmpty)

        // With the year's schedule supplied, the due date is known and passes inside the window.
        let schedule = try YearSchedule.parseCSV("date,status,festival\n2027-01-01,off,元旦\n")
        let supplied = Evaluator(calendar: try WorkingDayCalendar.china.adding(contentsOf: schedule))
        let known = try supplied.timeline(facts, from: from, through: through)
        #expect(known.changes.map(\.date.description) == ["2026-12-21", "2027-01-13"])
        #expect(known.changes.last?.causes.map(\.kind) == [.dueDatePasses])

        // Strict: the timeline fails as evaluation on 2026-12-21 would.
        #expect(throws: EvaluationError.self) {
            try Evaluator(unknownDates: .fail).timeline(facts, from: from, through: through)
        }
    }

    @Test func aRuleCountingFromTheAsOfDateMakesEveryDayACandidate() throws {
        let rule = Rule(
            id: RuleID(try #require(MeasureID("beijing-2026-3#9")), "test-reply-within-three-days"),
            summary: LocalizedText(zh: "测试", en: "test"), condition: .predicate(.applyingForListing),
            effects: [.obligation(ObligationTemplate(
                code: "test-reply", actor: "bj-healthcare-security", action: LocalizedText(zh: "答复", en: "reply"),
                due: DateExpression(.asOf, plus: .days(3))))])
        let evaluator = Evaluator(rules: RuleSet(RuleSet.standard.rules + [rule]))
        let scenario = Scenarios.objectionAwaitingOpinion
        let from = try CivilDate(iso8601: "2026-06-10")
        let through = try CivilDate(iso8601: "2026-06-29")
        let timeline = try evaluator.timeline(scenario.facts, from: from, through: through)
        #expect(timeline.evaluations == 20)
        // The due date moves with the as-of date (days ending on a rest day roll forward to the
        // same working day, so some days share it).
        #expect(timeline.segments.count > 10)
        #expect(TimelineExpectation.dayByDayMismatches(of: timeline, for: scenario.facts, evaluator: evaluator).isEmpty)
    }

    @Test func anEmptyWindowIsAnError() throws {
        let facts = Scenarios.objectionAwaitingOpinion.facts
        #expect(throws: EvaluationError.emptyWindow(from: try CivilDate(iso8601: "2026-06-10"), through: try CivilDate(iso8601: "2026-06-09"))) {
            try Evaluator().timeline(facts, from: try CivilDate(iso8601: "2026-06-10"), through: try CivilDate(iso8601: "2026-06-09"))
        }
        let one = try Evaluator().timeline(facts, from: try CivilDate(iso8601: "2026-06-10"), through: try CivilDate(iso8601: "2026-06-10"))
        #expect(one.segments.count == 1 && one.evaluations == 1)
    }
}
