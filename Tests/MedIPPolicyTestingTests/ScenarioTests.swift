import Foundation
import Testing
@testable import MedIPPolicyTesting
import MedIPPolicyTestingAssertions

/// Every scenario through the real evaluator, and the library's coverage of rules, dispositions
/// and documents.
@Suite struct ScenarioTests {
    @Test(arguments: Scenarios.all)
    func scenarioDecidesAsExpected(_ scenario: Scenario) {
        expectScenario(scenario)
    }

    @Test(arguments: Scenarios.all)
    func scenarioFactsValidateWithoutAnyIssue(_ scenario: Scenario) {
        #expect(scenario.facts.validate().isEmpty, "\(scenario.facts.validate())")
        #expect(scenario.facts.id == "scenario-\(scenario.name)")
    }

    @Test func thereAreAtLeastThirtyUniquelyNamedScenarios() {
        #expect(Scenarios.all.count >= 30)
        let names = Scenarios.all.map(\.name)
        #expect(Set(names).count == names.count)
        for name in names {
            #expect(name.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(name) is kebab-case")
            #expect(Scenarios.named(name)?.name == name)
        }
        for scenario in Scenarios.all {
            #expect(!scenario.summary.isEmpty)
            #expect(!scenario.measures.isEmpty)
        }
    }

    /// Every disposition the standard rules can yield: `admit` is no rule's disposition any more
    /// (a case no rule addresses goes the ordinary procedure), so no scenario can expect it.
    @Test func everyDispositionIsTheExpectedOutcomeOfSomeScenario() {
        let kinds = Set(Scenarios.all.compactMap(\.expected.disposition))
        #expect(kinds == Set(DispositionKind.allCases).subtracting([.admit]))
        let standard = Set(RuleSet.standard.rules.flatMap(\.effects).compactMap { effect -> DispositionKind? in
            if case .disposition(let template) = effect { return template.kind }
            return nil
        })
        #expect(!standard.contains(.admit))
    }

    @Test func everyShippedRuleFiresInSomeScenario() throws {
        var fired = Set<RuleID>()
        for scenario in Scenarios.all {
            let decision = try Scenarios.evaluator.evaluate(scenario.facts, asOf: scenario.asOf)
            fired.formUnion(decision.trace?.fired.map(\.rule) ?? [])
        }
        let all = Set(RuleSet.standard.rules.map(\.id))
        #expect(all.subtracting(fired).isEmpty, "never fired: \(all.subtracting(fired).map(\.description).sorted())")
    }

    @Test func theFixtureRuleIDsAreTheShippedRules() {
        #expect(Set(R.all) == Set(RuleSet.standard.rules.map(\.id)))
        #expect(R.all.count == 40)
    }

    @Test func everyScenarioMeasureExistsAndGroupingWorks() {
        for measure in Scenarios.measures {
            #expect(Catalog.standard.measure(measure) != nil, "\(measure)")
            #expect(!Scenarios.for(measure: measure).isEmpty)
        }
        #expect(Scenarios.for(measure: MeasureID(.beijing2026_3, 8)).contains { $0.name == "suspend-first-day-2026-3" })
        for document in [DocumentID.national2022_45, .beijing2024_5, .beijing2026_3, .beijing2026_4] {
            #expect(!Scenarios.for(document: document).isEmpty, "\(document)")
        }
    }

    @Test func eachDocumentHasAFirstDayAndADayBeforeScenario() {
        let dates = Set(Scenarios.all.map(\.asOf.description))
        for first in ["2022-12-05", "2024-04-17", "2026-03-27", "2026-04-07"] {
            let date = CivilDate(first)
            #expect(dates.contains(first), "first day \(first)")
            #expect(dates.contains(date?.previousDay?.description ?? ""), "day before \(first)")
        }
    }

    /// The green-channel due dates, recounted from the official CSV by walking day by day —
    /// independently of the library's calendar.
    @Test func greenChannelDueDatesAgreeWithTheOfficialSchedule() throws {
        let csv = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("MedIPPolicyTests/Resources/cn-holidays-2022-2026.csv")
        let text = try String(contentsOf: csv, encoding: .utf8)
        var status: [String: String] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",")
            if fields.count >= 2 { status[String(fields[0])] = String(fields[1]) }
        }
        func isWorking(_ date: CivilDate) -> Bool {
            if let listed = status[date.description] { return listed == "work" }
            return !date.isWeekend
        }
        func plusWorkingDays(_ count: Int, after start: CivilDate) -> CivilDate {
            var date = start
            var left = count
            while left > 0 {
                date = date.nextDay ?? date
                if isWorking(date) { left -= 1 }
            }
            return date
        }
        #expect(plusWorkingDays(15, after: try CivilDate(iso8601: "2026-09-28")) == (try CivilDate(iso8601: "2026-10-23")))
        // The Spring-Festival application (2026-02-10) counts from 2026-4's first day, 2026-04-07.
        #expect(plusWorkingDays(15, after: try CivilDate(iso8601: "2026-04-07")) == (try CivilDate(iso8601: "2026-04-28")))
        #expect(Scenarios.greenChannelSpringFestival.expected.dispositionDate == .on(try CivilDate(iso8601: "2026-04-28")))
    }
}
