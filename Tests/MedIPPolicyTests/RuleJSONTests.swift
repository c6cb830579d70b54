import Foundation
import Testing
@testable import MedIPPolicy

@Suite struct RuleJSONTests {
    @Test func standardRuleSetRoundTripsThroughJSON() throws {
        let data = try JSONEncoder().encode(RuleSet.standard)
        let decoded = try RuleSet.decode(json: data)
        #expect(decoded == RuleSet.standard)
        #expect(decoded.analyze().isEmpty)
    }

    @Test func conditionJSONForm() throws {
        let condition: Condition = .applyingForListing && .objectionFoundRisk && !(.listed || .vbpSelected)
        let text = String(decoding: try JSONEncoder().encode(condition), as: UTF8.self)
        #expect(text == #"{"all":["applyingForListing","objectionFoundRisk",{"not":{"any":["listed","vbpSelected"]}}]}"#)
        #expect(try JSONDecoder().decode(Condition.self, from: Data(text.utf8)) == condition)
    }

    @Test(arguments: [
        (#"{"rules":[{"id":"beijing-2026-3#8/x","summary":{"zh":"","en":""},"condition":"noSuchPredicate","effects":[]}]}"#, "rules[0].condition", "unknown predicate"),
        (#"{"rules":[{"id":"not-an-id","summary":{"zh":"","en":""},"condition":"listed","effects":[]}]}"#, "rules[0].id", "not a rule id"),
        (#"{"rules":[{"id":"beijing-2026-3#8/x","measure":"beijing-2026-3#9","summary":{"zh":"","en":""},"condition":"listed","effects":[]}]}"#, "rules[0].measure", "does not match"),
        (#"{"rules":[{"id":"beijing-2026-3#8/x","summary":{"zh":"","en":""},"condition":{"all":[],"any":[]},"effects":[]}]}"#, "rules[0].condition", "exactly one"),
        (#"{"rules":[{"id":"beijing-2026-3#8/x","summary":{"zh":"","en":""},"condition":"listed","effects":[{"flag":"noSuchFlag"}]}]}"#, "rules[0].effects[0].flag", "unknown value \"noSuchFlag\" (expected keyProductJointAssessment"),
        (#"{"rules":[{"id":"beijing-2026-3#8/x","summary":{"zh":"","en":""},"condition":"listed","effects":[{"flag":"complianceReminder","consequence":"referToCreditEvaluation"}]}]}"#, "rules[0].effects[0]", "exactly one"),
        (#"{"rules":[{"id":"beijing-2026-3#8/x","summary":{"zh":"","en":""},"effects":[]}]}"#, "rules[0].condition", "missing"),
        (#"{"rules":5}"#, "rules", "expected"),
    ])
    func badRuleJSONNamesThePath(_ json: String, _ path: String, _ fragment: String) {
        do {
            _ = try RuleSet.decode(json: Data(json.utf8))
            Issue.record("decoded \(json)")
        } catch {
            #expect(error.path == path, "\(error)")
            #expect(error.message.contains(fragment), "\(error)")
        }
    }

    @Test func deeplyNestedConditionsAreRejectedInBoundedTime() {
        let depth = 200
        let json = #"{"rules":[{"id":"beijing-2026-3#8/x","summary":{"zh":"","en":""},"condition":"#
            + String(repeating: #"{"not":"#, count: depth) + #""listed""# + String(repeating: "}", count: depth)
            + #","effects":[]}]}"#
        #expect(throws: RuleSetDecodingError.self) { try RuleSet.decode(json: Data(json.utf8)) }
    }

    @Test func oversizedRuleSetIsRejectedBeforeDecoding() {
        let data = Data(repeating: UInt8(ascii: " "), count: RuleSet.maximumJSONBytes + 1)
        #expect(throws: RuleSetDecodingError.self) { try RuleSet.decode(json: data) }
    }

    @Test func dslBuildsTheSameValueAsTheInitializer() {
        let built = Rule(MeasureID(.beijing2026_3, 8), "suspend", zh: "暂停", en: "suspend") {
            When(.applyingForListing && .objectionFoundRisk)
            When(.disputeFiled)
            Effect.dispose(.suspendNewListingReview)
            Overrides("beijing-2026-3#9/green-channel")
        }
        let plain = Rule(
            id: RuleID(MeasureID(.beijing2026_3, 8), "suspend"), summary: LocalizedText(zh: "暂停", en: "suspend"),
            condition: .all([.all([.predicate(.applyingForListing), .predicate(.objectionFoundRisk)]), .predicate(.disputeFiled)]),
            effects: [.disposition(DispositionTemplate(.suspendNewListingReview))],
            overrides: [RuleID(MeasureID(.beijing2026_3, 9), "green-channel")])
        #expect(built == plain)
    }
}

@Suite struct EvaluatorTests {
    @Test func invalidCasesGetValidationErrorsNotDecisions() throws {
        let url = ExampleDecisionTests.directory.appendingPathComponent("generic-category3-listing.json")
        var facts = try CaseFile.decode(try Data(contentsOf: url))
        facts.patents[0].grantDate = try CivilDate(iso8601: "2001-01-01")  // before filing
        facts.declarations[1].patent = try PatentNumber(validating: "ZL201810333333.4")  // not in the case
        do {
            _ = try Evaluator().evaluate(facts, asOf: try CivilDate(iso8601: "2026-11-23"))
            Issue.record("an invalid case was decided")
        } catch let error as EvaluationError {
            let paths = Set(error.issues.map(\.path))
            #expect(paths.contains("patents[0].grantDate"))
            #expect(paths.contains("declarations[1].patent"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    /// The National Day green-channel example, applied on `date` instead.
    static func greenChannel(appliedOn date: CivilDate) throws -> Case {
        let url = ExampleDecisionTests.directory.appendingPathComponent("green-channel-national-day.json")
        var facts = try CaseFile.decode(try Data(contentsOf: url))
        facts.round?.applicationDate = date
        facts.procurementHistory.events[0].date = date
        facts.commitments[0].date = date
        return facts
    }

    @Test func aDueDateInAYearWithoutScheduleIsAnErrorWhenStrict() throws {
        let application = try CivilDate(iso8601: "2026-12-22")
        let facts = try Self.greenChannel(appliedOn: application)
        do {
            _ = try Evaluator(unknownDates: .fail).evaluate(facts, asOf: application)
            Issue.record("a 2027 due date was computed without a schedule")
        } catch {
            #expect(error.calendarError == .yearNotCovered(2027))
            #expect(error.path == "round.applicationDate")
        }
        // The summary and verdict paths name the field too, though they collect no evidence.
        do {
            _ = try Evaluator(unknownDates: .fail).evaluate(facts, asOf: application, detail: .summary)
            Issue.record("a 2027 due date was computed without a schedule")
        } catch {
            #expect(error.path == "round.applicationDate")
        }
        do {
            _ = try Evaluator(unknownDates: .fail).verdict(for: facts, asOf: application)
            Issue.record("a 2027 due date was computed without a schedule")
        } catch {
            #expect(error.path == "round.applicationDate")
        }
    }

    @Test func aDueDateInAYearWithoutScheduleIsUnknownByDefault() throws {
        let application = try CivilDate(iso8601: "2026-12-22")
        let facts = try Self.greenChannel(appliedOn: application)
        let expected = UnknownDate(
            year: 2027, expression: DateExpression(.listingApplication, plus: .workingDays(15)),
            from: "round.applicationDate", start: application)
        // Every path says which field, though summary and verdict collect no evidence.
        for detail in [DecisionDetail.full, .summary] {
            let decision = try Evaluator().evaluate(facts, asOf: application, detail: detail)
            #expect(decision.disposition.kind == .greenChannel)
            #expect(decision.disposition.date == nil)
            #expect(decision.disposition.unknownDate == expected)
            let obligation = try #require(decision.obligations.first { $0.code == "complete-green-channel-listing" })
            #expect(obligation.due == nil && obligation.overdueSince == nil)
            #expect(obligation.unknownDue == expected)
            #expect(decision.hasUnknownDate)
            #expect(Verdict(decision).unknownDate == expected)
        }
        let verdict = try Evaluator().verdict(for: facts, asOf: application)
        #expect(verdict.disposition == .greenChannel && verdict.date == nil && verdict.unknownDate == expected)
        // Supplying 2027 gives the date.
        let schedule = try YearSchedule.parseCSV(String(decoding: try Data(contentsOf: synthetic2027ScheduleURL), as: UTF8.self))
        let known = try Evaluator(calendar: WorkingDayCalendar.china.adding(contentsOf: schedule)).evaluate(facts, asOf: application)
        #expect(known.disposition.unknownDate == nil)
        #expect(known.disposition.date == (try CivilDate(iso8601: "2027-01-13")))
        #expect(!known.hasUnknownDate)
    }

    @Test func regimesFollowEffectiveDates() throws {
        let evaluator = Evaluator()
        func documents(_ jurisdiction: Jurisdiction, _ date: String) throws -> [String] {
            evaluator.regime(for: jurisdiction, on: try CivilDate(iso8601: date)).documents.map(\.rawValue)
        }
        #expect(try documents(.national, "2026-11-23") == ["national-2022-45"])
        #expect(try documents(.beijing, "2024-04-16") == ["national-2022-45"])
        #expect(try documents(.beijing, "2024-04-17") == ["national-2022-45", "beijing-2024-5"])
        #expect(try documents(.beijing, "2026-04-07") == ["national-2022-45", "beijing-2024-5", "beijing-2026-3", "beijing-2026-4"])
        #expect(try documents(.beijing, "2022-12-04") == [])
    }

    @Test func everyRuleOfTheRegimeAppearsInTheTrace() throws {
        let url = ExampleDecisionTests.directory.appendingPathComponent("suspend-new-listing-review.json")
        let facts = try CaseFile.decode(try Data(contentsOf: url))
        let decision = try Evaluator().evaluate(facts, asOf: try CivilDate(iso8601: "2026-11-23"))
        let trace = try #require(decision.trace)
        let traced = Set(trace.fired.map(\.rule) + trace.notFired.map(\.rule))
        #expect(traced == Set(RuleSet.standard.rules.map(\.id)))
        // A rule that did not fire names the first condition that failed.
        let green = try #require(trace.notFired.first { $0.rule.description == "beijing-2026-4#17/green-channel-15-working-days" })
        #expect(green.failure == ConditionFailure(predicate: .greenChannelQualified, needed: true))
        // Facts carry evidence paths into the case.
        let dispute = try #require(trace.facts.first { $0.predicate == .disputeFiled })
        #expect(dispute.holds && dispute.evidence == ["disputes[0]"])
    }

    @Test func predicateBitsFollowDeclarationOrder() {
        #expect(Predicate.allCases.enumerated().allSatisfy { $0.offset == $0.element.ordinalIndex })
        #expect(DispositionKind.bySlot.enumerated().allSatisfy { $0.offset == $0.element.slot })
        #expect(Set(ConsequenceKind.allCases.map(\.bit)).count == ConsequenceKind.allCases.count)
        #expect(Set(FlagKind.allCases.map(\.bit)).count == FlagKind.allCases.count)
        #expect(Set(DateAnchor.allCases.map(\.slot)).count == DateAnchor.allCases.count)
    }

    @Test func explanationsReadInBothLanguages() throws {
        let url = ExampleDecisionTests.directory.appendingPathComponent("generic-category3-listing.json")
        let decision = try Evaluator().evaluate(try CaseFile.decode(try Data(contentsOf: url)), asOf: try CivilDate(iso8601: "2026-11-23"))
        let zh = decision.explanation(in: .zh)
        #expect(zh.contains("暂缓挂网至指定日期，2029-06-18 起方可挂网"))
        #expect(zh.contains("京医保发〔2026〕3号（四）落实专利链接制度"))
        let en = decision.explanation(in: .en)
        #expect(en.contains("not before 2029-06-18"))
        #expect(en.contains("beijing-2026-3#4/market-after-expiry"))
    }
}
