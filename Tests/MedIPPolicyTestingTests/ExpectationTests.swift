import Foundation
import Testing
import MedIPPolicyTestingAssertions

@Suite struct ExpectationTests {
    static func date(_ text: String) -> CivilDate { CivilDate(text) ?? .minimum }

    /// The deferred category-3 generic of the scenarios, decided by the real evaluator.
    static func deferredDecision() throws -> Decision {
        let scenario = Scenarios.category3Deferred
        return try Scenarios.evaluator.evaluate(scenario.facts, asOf: scenario.asOf)
    }

    @Test func aMatchReportsNothing() throws {
        let decision = try Self.deferredDecision()
        #expect(DecisionExpectation().mismatches(in: decision).isEmpty)
        let expectation = DecisionExpectation(
            disposition: .deferUntil, date: .on(Self.date("2029-06-18")), basis: .rules, concurrent: [],
            consequences: [], flags: [.complianceReminder])
        #expect(expectation.mismatches(in: decision).isEmpty)
        #expect(expectation.matches(decision))
    }

    @Test func aWrongDispositionReadsAsOneLine() throws {
        let decision = try Self.deferredDecision()
        let mismatches = DecisionExpectation(disposition: .refuseListing).mismatches(in: decision)
        #expect(mismatches.map(\.description) == ["disposition: expected refuseListing, got deferUntil"])
    }

    @Test func eachPartIsReportedReadably() throws {
        let decision = try Self.deferredDecision()
        let expectation = DecisionExpectation(
            disposition: .deferUntil, date: .undated, rules: [], basis: .notAddressed,
            concurrent: [.revokeListing], superseded: [.admit],
            obligations: [ObligationExpectation("give-opinion")],
            consequences: [.referToCreditEvaluation], flags: [.complianceReminder, .ownCommitmentAtStake],
            measures: [MeasureID(.beijing2026_3, 2), MeasureID(.beijing2026_3, 4)], overridden: [], regime: [.national2022_45])
        let lines = expectation.mismatches(in: decision).map(\.description)
        #expect(lines == [
            "disposition.date: expected no date, got 2029-06-18",
            "disposition.rules: expected [], got [beijing-2026-3#4/market-after-expiry] (extra beijing-2026-3#4/market-after-expiry)",
            "disposition.basis: expected notAddressed, got rules",
            "concurrentDispositions: expected [revokeListing], got [] (missing revokeListing)",
            "supersededDispositions: expected [admit], got [] (missing admit)",
            "obligations: expected to include give-opinion, got no obligations",
            "consequences: expected [referToCreditEvaluation], got [] (missing referToCreditEvaluation)",
            "flags: expected [complianceReminder, ownCommitmentAtStake], got [complianceReminder] (missing ownCommitmentAtStake)",
            "citedMeasures: expected [beijing-2026-3#2, beijing-2026-3#4], got [beijing-2026-3#4] (missing beijing-2026-3#2)",
            "regime: expected [national-2022-45], got [national-2022-45, beijing-2024-5, beijing-2026-3, beijing-2026-4]",
        ])
        // The parts of one obligation: actor, due date, overdue status and modality.
        let awaiting = Scenarios.objectionAwaitingOpinion
        let waiting = try Scenarios.evaluator.evaluate(awaiting.facts, asOf: awaiting.asOf)
        let opinion = DecisionExpectation(obligations: [ObligationExpectation(
            "give-opinion", actor: "bj-healthcare-security", due: .on(Self.date("2026-07-01")), overdue: true, modality: .must)])
        #expect(opinion.mismatches(in: waiting).map(\.description) == [
            "obligations[give-opinion].actor: expected bj-healthcare-security, got ip-administration",
            "obligations[give-opinion].due: expected 2026-07-01, got 2026-06-30",
            "obligations[give-opinion].overdue: expected overdue, got not overdue on 2026-06-20",
            "obligations[give-opinion].modality: expected must, got may",
        ])
        #expect(ObligationExpectation("give-opinion", overdue: false, modality: .may).description == "give-opinion (not overdue, may)")
        #expect(Mismatch.report([]) == "no mismatches")
        // Overridden rules need the trace; a summary decision has none.
        let scenario = Scenarios.objectionOverdueOpinion
        let summary = try Scenarios.evaluator.evaluate(scenario.facts, asOf: scenario.asOf, detail: .summary)
        #expect(scenario.expected.mismatches(in: summary).map(\.field) == ["overriddenRules"])
        #expect(DecisionExpectation(disposition: .admitOnSelfCommitment).mismatches(in: summary).isEmpty)
    }

    /// An obligation's overdue status is checked against the decision's as-of date.
    @Test func overdueStatusIsCheckedOnTheAsOfDate() throws {
        let scenario = Scenarios.greenChannelSpringFestival
        let decision = try Scenarios.evaluator.evaluate(scenario.facts, asOf: scenario.asOf)
        #expect(scenario.expected.mismatches(in: decision).isEmpty)  // due 2026-04-28: not overdue on 2026-04-07
        let overdue = DecisionExpectation(obligations: [ObligationExpectation("complete-green-channel-listing", overdue: true)])
        #expect(overdue.mismatches(in: decision).map(\.description) == [
            "obligations[complete-green-channel-listing].overdue: expected overdue, got not overdue on 2026-04-07",
        ])
        let afterDue = try Scenarios.evaluator.evaluate(scenario.facts, asOf: CivilDate(uncheckedYear: 2026, month: 4, day: 29))
        #expect(overdue.mismatches(in: afterDue).isEmpty)
        let wrong = DecisionExpectation(obligations: [ObligationExpectation("complete-green-channel-listing", overdue: false)])
        // An opinion the IP administration *may* give is never overdue, even after its date (the
        // day after it, the wait and the discretion have lapsed: the decision no longer holds it).
        let unanswered = Scenarios.objectionOverdueWithoutSelfCommitment
        let lastDay = try Scenarios.evaluator.evaluate(unanswered.facts, asOf: Self.date("2026-06-30"))
        let mayGive = DecisionExpectation(obligations: [ObligationExpectation("give-opinion", due: .on(Self.date("2026-06-30")), overdue: false)])
        #expect(mayGive.mismatches(in: lastDay).isEmpty)
        let opinion = try #require(lastDay.obligations.first { $0.code == "give-opinion" })
        #expect(!opinion.isOverdue(on: Self.date("2026-07-01")) && !opinion.isOverdue(on: Self.date("2026-12-31")))
        let lateDecision = try Scenarios.evaluator.evaluate(unanswered.facts, asOf: unanswered.asOf)
        #expect(mayGive.mismatches(in: lateDecision).map(\.field) == ["obligations"], "\(mayGive.mismatches(in: lateDecision))")
        // On the due date itself it is still in time; the next working day it is not.
        let autumn = Scenarios.greenChannelRareDiseaseNationalDay
        let onTime = try Scenarios.evaluator.evaluate(autumn.facts, asOf: CivilDate(uncheckedYear: 2026, month: 10, day: 23))
        #expect(wrong.mismatches(in: onTime).isEmpty)
        let late = try Scenarios.evaluator.evaluate(autumn.facts, asOf: CivilDate(uncheckedYear: 2026, month: 10, day: 26))
        #expect(wrong.mismatches(in: late).count == 1)
    }

    @Test func aScenarioReportsAnEvaluationErrorAsAMismatch() {
        struct Broken: Error {}
        let mismatches = Scenarios.category3Deferred.check { _, _ in throw Broken() }
        #expect(mismatches.count == 1)
        #expect(mismatches.first?.field == "evaluation")
        // A platform that drops the date is caught.
        let lossy = Scenarios.category3Deferred.check { facts, asOf in
            var decision = try Scenarios.evaluator.evaluate(facts, asOf: asOf)
            decision.disposition.date = nil
            return decision
        }
        #expect(lossy.map(\.description) == ["disposition.date: expected 2029-06-18, got no date"])
    }

    @Test func theSwiftTestingHelperRecordsAnIssuePerMismatch() throws {
        let decision = try Self.deferredDecision()
        withKnownIssue {
            expectDecision(decision, matches: DecisionExpectation(disposition: .admit, flags: []))
        } matching: { issue in
            // The headline Swift Testing prints is the issue kind's description: the mismatch.
            let headline = String(describing: issue.kind)
            return headline.contains("disposition: expected admit, got deferUntil")
                || headline.contains("flags: expected []")
        }
        // One issue per mismatch, each headed by its mismatch, the caller's comment underneath.
        // The matcher runs synchronously while the issue is recorded, on this test's task.
        final class Recorded: @unchecked Sendable { var issues: [Issue] = [] }
        let box = Recorded()
        withKnownIssue {
            expectDecision(decision, matches: DecisionExpectation(disposition: .admit, flags: []), "from the platform")
        } matching: { issue in
            box.issues.append(issue)
            return true
        }
        let recorded = box.issues
        #expect(recorded.count == 2)
        let headlines = recorded.map { String(describing: $0.kind) }.sorted()
        #expect(headlines.allSatisfy { $0.hasPrefix("Caught error: case ") })
        #expect(headlines.first?.contains("disposition: expected admit, got deferUntil") == true)
        #expect(headlines.last?.contains("flags: expected [], got [") == true)
        #expect(recorded.allSatisfy { $0.comments.map(\.rawValue) == ["from the platform"] })
        #expect(expectDecision(decision, matches: DecisionExpectation(disposition: .deferUntil)))
        #expect(expectScenario(Scenarios.category3Deferred))
        #expect(expectScenario(Scenarios.category3Deferred) { facts, asOf in try Evaluator().evaluate(facts, asOf: asOf) })
    }
}

@Suite struct CalendarFixtureTests {
    static func date(_ text: String) -> CivilDate { CivilDate(text) ?? .minimum }

    @Test func theSynthetic2027ScheduleIsValidAndLabelled() throws {
        let schedule = CalendarFixtures.synthetic2027
        #expect(schedule.year == 2027)
        #expect(schedule.entries.count == 29)
        #expect(schedule.entries.allSatisfy { $0.festival.hasSuffix(CalendarFixtures.syntheticLabel) })
        #expect(try YearSchedule(year: 2027, entries: schedule.entries) == schedule)
        #expect(CalendarFixtures.chinaWithSynthetic2027.coveredYears == 2022...2027)
    }

    /// A green-channel application of 2026-12-21 runs into 2027: the official calendar cannot say
    /// when it is due, the synthetic one can. Counted by hand: 12-22 … 12-25 (4), 12-28 … 12-31
    /// (8), 2027-01-01 a rest day, 01-04 … 01-08 (13), 01-11, 01-12 (15).
    @Test func aDeadlineIntoTheSyntheticYear() throws {
        let facts = CaseBuilder.innovative().greenChannelQualified().applyingForListing(on: Self.date("2026-12-21")).build()
        // The official calendar cannot say when it is due: unknown by default, an error when strict.
        let unknown = try Evaluator().evaluate(facts, asOf: Self.date("2026-12-28"))
        #expect(unknown.disposition.kind == .greenChannel && unknown.disposition.date == nil)
        #expect(unknown.disposition.unknownDate?.year == 2027)
        #expect(throws: EvaluationError.self) { try Evaluator(unknownDates: .fail).evaluate(facts, asOf: Self.date("2026-12-28")) }
        let evaluator = Evaluator(calendar: CalendarFixtures.chinaWithSynthetic2027)
        let decision = try evaluator.evaluate(facts, asOf: Self.date("2026-12-28"))
        expectDecision(decision, matches: DecisionExpectation(disposition: .greenChannel, date: .on(Self.date("2027-01-12"))))
    }

    /// Tests/Fixtures/synthetic-2027-schedule.csv (the file the `--schedule` tests use) is this
    /// same synthetic year.
    @Test func theSynthetic2027CSVIsTheFixtureYear() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/synthetic-2027-schedule.csv")
        #expect(try YearSchedule.parseCSV(String(contentsOf: url, encoding: .utf8)) == [CalendarFixtures.synthetic2027])
    }

    @Test func aCustomCalendarFromPlainLists() throws {
        // 2030-01-02 (Wed) off, 2030-01-05 (Sat) worked.
        let calendar = try CalendarFixtures.calendar(years: 2030...2031, off: [Self.date("2030-01-02")], work: [Self.date("2030-01-05")])
        #expect(try calendar.isWorkingDay(Self.date("2030-01-02")) == false)
        #expect(try calendar.isWorkingDay(Self.date("2030-01-05")) == true)
        #expect(try calendar.adding(workingDays: 3, to: Self.date("2029-12-31")) == Self.date("2030-01-04"))
        #expect(throws: CalendarError.self) { try CalendarFixtures.calendar(years: 2030...2030, work: [Self.date("2030-01-07")]) }
        #expect(throws: CalendarError.self) { try CalendarFixtures.calendar(years: 2030...2030, off: [Self.date("2031-01-02")]) }
        let extended = try CalendarFixtures.china(extendedBy: [try CalendarFixtures.schedule(year: 2027)])
        #expect(extended.coveredYears == 2022...2027)
    }
}
