import Foundation
import Testing
@testable import MedIPPolicy
import MedIPPolicyTesting

/// Every example case in Documentation/Examples/, evaluated on its dates and compared with the
/// decision derived by hand from the texts (Documentation/Examples/expected-decisions.json).
@Suite struct ExampleDecisionTests {
    struct ExpectedDisposition: Decodable, Sendable {
        var kind: DispositionKind
        var date: CivilDate?
        var rules: [String]
        /// Checked when given; otherwise `rules` when rules are named.
        var basis: DispositionBasis?
        /// The number of the patent whose term sets the date; checked on every deferral (absent
        /// means none: a market exclusivity that ends later names no patent).
        var blockingPatent: String?
    }
    struct ExpectedObligation: Decodable, Sendable {
        var code: String
        var actor: String
        var due: CivilDate?
        var rules: [String]
        /// Checked when given.
        var modality: Modality?
        /// Checked when given.
        var overdue: Bool?
    }
    struct ExpectedSourced<Kind: Decodable & Sendable>: Decodable, Sendable {
        var kind: Kind
        var rules: [String]
    }
    struct ExpectedOverride: Decodable, Sendable {
        var rule: String
        var by: [String]
    }
    struct Example: Decodable, Sendable, CustomTestStringConvertible {
        var file: String
        var asOf: CivilDate
        var note: String
        var regime: [String]
        var disposition: ExpectedDisposition
        var concurrent: [ExpectedDisposition]
        var obligations: [ExpectedObligation]
        var consequences: [ExpectedSourced<ConsequenceKind>]
        var flags: [ExpectedSourced<FlagKind>]
        var overridden: [ExpectedOverride]
        var superseded: [DispositionKind]
        var testDescription: String { "\(file) @ \(asOf)" }
    }
    struct Manifest: Decodable { var examples: [Example] }

    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Documentation/Examples")

    static let examples: [Example] = {
        let url = directory.appendingPathComponent("expected-decisions.json")
        guard let data = try? Data(contentsOf: url), let manifest = try? JSONDecoder().decode(Manifest.self, from: data) else { return [] }
        return manifest.examples
    }()

    static let evaluator = Evaluator()

    @Test func thereAreAtLeastFifteenExampleFilesAndAllAreExpected() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
            .filter { $0.hasSuffix(".json") && $0 != "expected-decisions.json" }
        #expect(files.count >= 15)
        #expect(Set(files) == Set(Self.examples.map(\.file)), "every example file has an expected decision")
    }

    @Test func everyDispositionIsExemplified() {
        let shown = Set(Self.examples.flatMap { [$0.disposition.kind] + $0.concurrent.map(\.kind) })
        // `admit` is no standard rule's disposition any more: a case no rule addresses goes the
        // platform's ordinary procedure (`ordinaryProcedure`), so no example can show it.
        #expect(shown == Set(DispositionKind.allCases).subtracting([.admit]))
    }

    @Test(arguments: examples)
    func exampleDecidesAsExpected(_ example: Example) throws {
        let data = try Data(contentsOf: Self.directory.appendingPathComponent(example.file))
        let facts = try CaseFile.decode(data)
        let decision = try Self.evaluator.evaluate(facts, asOf: example.asOf)

        #expect(decision.regime.documents.map(\.rawValue) == example.regime)
        #expect(decision.disposition.kind == example.disposition.kind)
        #expect(decision.disposition.date == example.disposition.date)
        if example.disposition.kind == .deferUntil {
            #expect(decision.disposition.blockingPatent?.number.description == example.disposition.blockingPatent)
            #expect(decision.disposition.blockingPatent.map(\.expiry) ?? decision.disposition.date == decision.disposition.date)
        } else {
            #expect(decision.disposition.blockingPatent == nil)
        }
        #expect(Set(decision.disposition.rules.map(\.description)) == Set(example.disposition.rules))
        if let basis = example.disposition.basis ?? (example.disposition.rules.isEmpty ? nil : .rules) {
            #expect(decision.disposition.basis == basis)
        }
        #expect(decision.concurrentDispositions.map(\.kind) == example.concurrent.map(\.kind))
        for (actual, expected) in zip(decision.concurrentDispositions, example.concurrent) {
            #expect(actual.date == expected.date)
            #expect(Set(actual.rules.map(\.description)) == Set(expected.rules))
        }
        #expect(decision.obligations.count == example.obligations.count, "\(decision.obligations.map(\.code))")
        for expected in example.obligations {
            let actual = decision.obligations.first { $0.code == expected.code && $0.actor.rawValue == expected.actor }
            #expect(actual != nil, "missing obligation \(expected.code)")
            #expect(actual?.due == expected.due, "\(expected.code) due")
            #expect(Set(actual?.rules.map(\.description) ?? []) == Set(expected.rules), "\(expected.code) rules")
            if let modality = expected.modality { #expect(actual?.modality == modality, "\(expected.code) modality") }
            if let overdue = expected.overdue { #expect(actual?.isOverdue(on: example.asOf) == overdue, "\(expected.code) overdue") }
        }
        #expect(decision.consequences.map(\.kind) == example.consequences.map(\.kind))
        for (actual, expected) in zip(decision.consequences, example.consequences) {
            #expect(Set(actual.rules.map(\.description)) == Set(expected.rules), "\(expected.kind)")
        }
        #expect(decision.flags.map(\.kind) == example.flags.map(\.kind))
        for (actual, expected) in zip(decision.flags, example.flags) {
            #expect(Set(actual.rules.map(\.description)) == Set(expected.rules), "\(expected.kind)")
        }
        let trace = try #require(decision.trace)
        let overridden = trace.overridden.map { "\($0.rule) ← \(Set($0.overriddenBy.map(\.description)).sorted())" }
        let expectedOverridden = example.overridden.map { "\($0.rule) ← \(Set($0.by).sorted())" }
        #expect(Set(overridden) == Set(expectedOverridden))
        #expect(decision.supersededDispositions.map(\.kind) == example.superseded)
        // Every part cites measures that exist.
        for measure in decision.citedMeasures { #expect(Catalog.standard.measure(measure) != nil) }
    }

    @Test(arguments: examples)
    func verdictAndSummaryAgreeWithTheFullDecision(_ example: Example) throws {
        let facts = try CaseFile.decode(try Data(contentsOf: Self.directory.appendingPathComponent(example.file)))
        let full = try Self.evaluator.evaluate(facts, asOf: example.asOf)
        let summary = try Self.evaluator.evaluate(facts, asOf: example.asOf, detail: .summary)
        #expect(summary.trace == nil)
        var withoutTrace = full
        withoutTrace.trace = nil
        #expect(summary == withoutTrace)
        #expect(try Self.evaluator.verdict(for: facts, asOf: example.asOf) == Verdict(full))
    }

    /// The green channel's due date is in time on the day itself and overdue from the next day,
    /// in the decision and in both languages' explanations.
    @Test func obligationsPastTheirDueDateAreOverdue() throws {
        let data = try Data(contentsOf: Self.directory.appendingPathComponent("green-channel-national-day.json"))
        let facts = try CaseFile.decode(data)
        let evaluator = Evaluator()
        let onTime = try evaluator.evaluate(facts, asOf: CivilDate(uncheckedYear: 2026, month: 10, day: 23))
        let green = try #require(onTime.obligations.first { $0.code == "complete-green-channel-listing" })
        #expect(green.due == CivilDate(uncheckedYear: 2026, month: 10, day: 23))
        #expect(onTime.overdueObligations.isEmpty)
        #expect(!onTime.explanation(in: .en).contains("overdue"))
        let late = try evaluator.evaluate(facts, asOf: CivilDate(uncheckedYear: 2026, month: 10, day: 26))
        #expect(late.overdueObligations.map(\.code) == ["complete-green-channel-listing"])
        #expect(late.explanation(in: .en).contains("(due 2026-10-23, overdue)"))
        #expect(late.explanation(in: .zh).contains("（期限 2026-10-23，已逾期）"))
        // An obligation without a due date is never overdue.
        #expect(late.obligations.filter { $0.due == nil }.allSatisfy { !$0.isOverdue(on: late.asOf) })
    }

    /// A listing round announced for a later date does not move an application already made:
    /// the green channel runs from the application in the history until the round's date comes.
    @Test func aFutureRoundDateDoesNotMoveAnApplicationAlreadyMade() throws {
        let data = try Data(contentsOf: Self.directory.appendingPathComponent("green-channel-national-day.json"))
        var facts = try CaseFile.decode(data)
        facts.round = ProcurementRound(kind: .listing, name: "下一轮挂网", applicationDate: CivilDate(uncheckedYear: 2026, month: 12, day: 1))
        let evaluator = Evaluator()
        let before = try evaluator.evaluate(facts, asOf: CivilDate(uncheckedYear: 2026, month: 11, day: 23))
        #expect(before.disposition.kind == .greenChannel)
        #expect(before.disposition.date == CivilDate(uncheckedYear: 2026, month: 10, day: 23))  // from 2026-09-28
        #expect(try ReferenceOracle.verdict(for: facts, asOf: CivilDate(uncheckedYear: 2026, month: 11, day: 23)).date == before.disposition.date)
        // Once the round's date has come, the round's application is the one that counts.
        let after = try evaluator.evaluate(facts, asOf: CivilDate(uncheckedYear: 2026, month: 12, day: 2))
        #expect(after.disposition.date == (try WorkingDayCalendar.china.endOfPeriod(.workingDays(15), from: CivilDate(uncheckedYear: 2026, month: 12, day: 1))))
    }

    @Test func decisionsAreDeterministicToTheByte() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for example in Self.examples {
            let data = try Data(contentsOf: Self.directory.appendingPathComponent(example.file))
            let first = try encoder.encode(try Self.evaluator.evaluate(try CaseFile.decode(data), asOf: example.asOf))
            let second = try encoder.encode(try Evaluator().evaluate(try CaseFile.decode(data), asOf: example.asOf))
            #expect(first == second, "\(example.file)")
            let decoded = try JSONDecoder().decode(Decision.self, from: first)
            #expect(try encoder.encode(decoded) == first, "round trip \(example.file)")
        }
    }
}
