import Foundation
import Testing
import MedIPPolicyTesting

/// The hand-written oracle and the compiled evaluator must agree on every case and date.
@Suite struct OracleDifferentialTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Documentation/Examples")

    static func exampleCases() throws -> [Case] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".json") && $0 != "expected-decisions.json" }
            .sorted()
            .map { try CaseFile.decode(try Data(contentsOf: directory.appendingPathComponent($0))) }
    }

    /// Every 9 days from 2022-11-01 to 2026-12-31, plus each document's first day and the day before.
    static func sweep() -> [CivilDate] {
        var dates: [CivilDate] = []
        var day = CivilDate(uncheckedYear: 2022, month: 11, day: 1)
        let last = CivilDate(uncheckedYear: 2026, month: 12, day: 31)
        while day <= last {
            dates.append(day)
            day = CivilDate(uncheckedDaysSinceEpoch: Int(day.daysSinceEpoch) + 9)
        }
        for document in Catalog.standard.documents {
            dates.append(document.effective)
            dates.append(CivilDate(uncheckedDaysSinceEpoch: Int(document.effective.daysSinceEpoch) - 1))
        }
        return dates
    }

    @Test func oracleAgreesWithTheEvaluatorOnEveryExampleAcrossFourYears() throws {
        let evaluator = Evaluator()
        var compared = 0
        for facts in try Self.exampleCases() {
            for date in Self.sweep() {
                // A due date past the schedule is unknown in both; it never throws.
                let expected = try ReferenceOracle.verdict(for: facts, asOf: date)
                let actual = try evaluator.verdict(for: facts, asOf: date)
                #expect(actual == expected, "\(facts.id) on \(date)")
                compared += 1
            }
        }
        #expect(compared > 3_000)
    }

    /// Cases moved to late December 2026: green channels whose 15 working days need 2027 get the
    /// same unknown date (year, expression, case field, start) from both, and, when strict, both
    /// throw; with a 2027 schedule supplied both give the same known date.
    @Test func oracleAgreesOnUnknownDatesAndWhenStrict() throws {
        let strict = Evaluator(unknownDates: .fail)
        let csv = try String(contentsOf: Self.synthetic2027, encoding: .utf8)
        let extended = try WorkingDayCalendar.china.adding(contentsOf: YearSchedule.parseCSV(csv))
        let withSchedule = Evaluator(calendar: extended)
        var unknown = 0
        var disagreements: [String] = []
        for generated in CaseGenerator(seed: 1_227).prefix(3_000) {
            let asOf = CivilDate(uncheckedYear: 2026, month: 12, day: 23)
            let facts = generated.facts.shifted(byDays: generated.asOf.days(to: asOf))
            let expected = try ReferenceOracle.verdict(for: facts, asOf: asOf)
            let actual = try Scenarios.evaluator.verdict(for: facts, asOf: asOf)
            if actual != expected { disagreements.append("#\(generated.index): oracle \(expected), evaluator \(actual)") }
            let known = try ReferenceOracle.verdict(for: facts, asOf: asOf, calendar: extended)
            if try withSchedule.verdict(for: facts, asOf: asOf) != known { disagreements.append("#\(generated.index) with 2027") }
            #expect(known.unknownDate == nil)
            guard expected.unknownDate != nil else { continue }
            unknown += 1
            #expect(known.date != nil)
            #expect(throws: CalendarError.self) { try ReferenceOracle.verdict(for: facts, asOf: asOf, unknownDates: .fail) }
            #expect(throws: EvaluationError.self) { try strict.verdict(for: facts, asOf: asOf) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5).joined(separator: "\n"))")
        #expect(unknown > 20)
    }

    static let synthetic2027 = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/synthetic-2027-schedule.csv")
}

/// The oracle and the evaluator on the fixture module's own cases: every scenario, and generated
/// cases in the realistic mix.
@Suite struct OracleFixtureDifferentialTests {
    @Test func oracleAgreesWithTheEvaluatorOnEveryScenario() throws {
        for scenario in Scenarios.all {
            let expected = try ReferenceOracle.verdict(for: scenario.facts, asOf: scenario.asOf)
            let actual = try Scenarios.evaluator.verdict(for: scenario.facts, asOf: scenario.asOf)
            #expect(actual == expected, "\(scenario)")
        }
    }

    @Test func oracleAgreesWithTheEvaluatorOnGeneratedCases() throws {
        var disagreements: [String] = []
        for generated in CaseGenerator(seed: 4_242).prefix(5_000) {
            let expected = try ReferenceOracle.verdict(for: generated.facts, asOf: generated.asOf)
            let actual = try Scenarios.evaluator.verdict(for: generated.facts, asOf: generated.asOf)
            if actual != expected { disagreements.append("#\(generated.index) \(generated.intended): oracle \(expected), evaluator \(actual)") }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5).joined(separator: "\n"))")
    }
}
