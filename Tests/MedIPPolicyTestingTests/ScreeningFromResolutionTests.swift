import Foundation
import Testing
@testable import MedIPPolicy
import MedIPPolicyTesting

/// A full-decision screening writes a decided line from the evaluator's resolution, without
/// building the `Decision`: the line and the summary counts must be those of the decision built
/// from the same resolution, byte for byte, on the example files, the scenarios, generated
/// realistic and diverse cases, conflicts, the general (more than 64 rules) path and unknown
/// dates (which take the `Decision` path).
@Suite struct ScreeningFromResolutionTests {
    /// Both paths over a corpus: the lines of each, and the counts of each.
    struct Comparison {
        let evaluator: Evaluator
        let fragments: DecisionFragments
        var resolution = Resolution()
        /// Lent to every line: small, so that it grows, and then reused.
        let buffer = ScreenedLineWriter.LineBuffer(capacity: 64)
        var compared = 0
        var unknown = 0
        var reached = Set<String>()
        var built = ScreeningCounts()
        var resolved = ScreeningCounts()

        init(_ evaluator: Evaluator = Evaluator()) {
            self.evaluator = evaluator
            fragments = DecisionFragments(evaluator)
        }

        /// Decides `facts` on `date` both ways (when it is valid and decidable) and compares.
        mutating func compare(_ facts: Case, on date: CivilDate, line: Int, _ comment: Comment) throws {
            guard facts.validate().allSatisfy({ $0.severity != .error }),
                  let decision = try? evaluator.evaluate(facts, asOf: date, detail: .summary)
            else { return }
            var expected: [UInt8] = []
            Screener.appendDecided(line: line, decision, to: &expected, fragments: fragments)
            let regime = try evaluator.resolve(facts, asOf: date, into: &resolution)
            #expect(resolution.hasUnknownDate == decision.hasUnknownDate, comment)
            guard !resolution.hasUnknownDate else {
                unknown += 1  // screening decides these through the `Decision` (field names)
                return
            }
            let table = try #require(fragments.regimeRules(facts.jurisdiction, regime), comment)
            let compiled = evaluator.compiledRules(for: facts.jurisdiction, on: date)
            var written: [UInt8] = []
            ScreenedLineWriter.appendLine(to: &written, fragments: fragments, buffer: buffer) { [resolution] writer in
                writer.writeDecided(
                    line: line, resolution, caseID: facts.id, asOf: date, compiled: compiled, table: table, fragments: fragments)
            }
            #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self), comment)
            built.add(decision, slots: fragments)
            resolved.add(resolution, table: table, fragments: fragments)
            compared += 1
            note(decision)
        }

        /// The optional keys and parts the corpus reached.
        mutating func note(_ decision: Decision) {
            let dispositions = [decision.disposition] + decision.concurrentDispositions + decision.supersededDispositions
            if !decision.concurrentDispositions.isEmpty { reached.insert("concurrent") }
            if !decision.supersededDispositions.isEmpty { reached.insert("superseded") }
            if dispositions.contains(where: { $0.blockingPatent != nil }) { reached.insert("blockingPatent") }
            if dispositions.contains(where: { $0.date != nil }) { reached.insert("date") }
            // A part citing one measure for two of its rules (the measures are written each once).
            let parts = dispositions.map { ($0.rules.count, $0.measures.count) } + decision.obligations.map { ($0.rules.count, $0.measures.count) }
                + decision.consequences.map { ($0.rules.count, $0.measures.count) } + decision.flags.map { ($0.rules.count, $0.measures.count) }
            if parts.contains(where: { $0.1 < $0.0 }) { reached.insert("sharedMeasure") }
            if decision.disposition.basis != .rules { reached.insert(decision.disposition.basis.rawValue) }
            if decision.obligations.contains(where: { $0.overdueSince != nil }) { reached.insert("overdueSince") }
            if decision.obligations.contains(where: { $0.dueRule != nil }) { reached.insert("dueRule") }
            if decision.obligations.contains(where: { $0.rules.count > 1 }) { reached.insert("sharedObligation") }
            if !decision.consequences.isEmpty { reached.insert("consequences") }
            if !decision.flags.isEmpty { reached.insert("flags") }
            if !decision.conflicts.isEmpty { reached.insert("conflicts") }
        }

        /// The two paths' counts, as summaries.
        func summaries() -> (built: ScreeningSummary, resolved: ScreeningSummary) {
            var (a, b) = (ScreeningSummary(), ScreeningSummary())
            a.add(built)
            b.add(resolved)
            return (a, b)
        }
    }

    static let asOf = CivilDate(uncheckedYear: 2026, month: 11, day: 23)

    /// The example case files of Documentation/Examples, each on one line.
    static let examples: [(String, [UInt8])] = {
        let directory = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Documentation/Examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && $0 != "expected-decisions.json" }.sorted().compactMap { name in
            guard let data = try? Data(contentsOf: directory.appendingPathComponent(name)) else { return nil }
            return (name, data.filter { $0 != 0x0A })
        }
    }()

    /// The example case files and the scenarios, on their dates and around them.
    @Test func examplesAndScenarios() throws {
        var comparison = Comparison()
        for (index, (name, bytes)) in Self.examples.enumerated() {
            let facts = try CaseFile.decodeLine(bytes[...])
            for date in [Self.asOf, CivilDate(uncheckedYear: 2026, month: 3, day: 1), CivilDate(uncheckedYear: 2022, month: 1, day: 1)] {
                try comparison.compare(facts, on: date, line: index + 1, "\(name) @ \(date)")
            }
        }
        for (index, scenario) in Scenarios.all.enumerated() {
            for offset in [0, 30, -30, 400] {
                let date = (try? scenario.asOf.adding(days: offset)) ?? scenario.asOf
                try comparison.compare(scenario.facts, on: date, line: index + 1, "\(scenario) + \(offset) days")
            }
        }
        let (built, resolved) = comparison.summaries()
        #expect(resolved == built)
        #expect(Self.examples.count > 5)
        #expect(comparison.compared > 100)
        #expect(comparison.reached.isSuperset(of: ["date", "dueRule", "flags", "consequences", "noDocumentInForce"]), "\(comparison.reached)")
    }

    /// Generated cases, realistic and diverse, on three dates each; green-channel cases also with
    /// an opinion requested after their 15 working days (a time-limit conflict).
    @Test(arguments: [false, true])
    func generatedCases(diverse: Bool) throws {
        var comparison = Comparison()
        var generator = CaseGenerator(seed: diverse ? 1_818 : 18, diverse: diverse)
        for index in 0..<2_500 {
            let generated = generator.next()
            for offset in [0, 250, -600] {
                let date = (try? generated.asOf.adding(days: offset)) ?? generated.asOf
                try comparison.compare(generated.facts, on: date, line: index + 1, "case \(index) + \(offset) days")
            }
            if index % 3 == 0, let conflicting = Self.withLateOpinionRequest(generated.facts, asOf: generated.asOf) {
                try comparison.compare(conflicting, on: generated.asOf, line: index + 1, "case \(index) with a late opinion request")
            }
        }
        let (built, resolved) = comparison.summaries()
        #expect(resolved == built)
        #expect(resolved.overdue > 0)
        #expect(comparison.compared > 6_000)
        var expected: Set<String> = [
            "superseded", "blockingPatent", "date", "sharedMeasure", "overdueSince", "dueRule", "sharedObligation",
            "consequences", "flags", "notAddressed",
        ]
        if diverse { expected.formUnion(["concurrent", "conflicts"]) }
        #expect(comparison.reached.isSuperset(of: expected), "missing \(expected.subtracting(comparison.reached))")
    }

    /// The case with an objection received the day after its listing application and an IP
    /// opinion requested until 90 days later: a green channel then waits past its 15 working days
    /// (``TimeLimitConflict``). `nil` when the case has no patent or no application.
    static func withLateOpinionRequest(_ facts: Case, asOf: CivilDate) -> Case? {
        guard let patent = facts.patents.first, let applied = facts.round?.applicationDate,
              let received = try? applied.adding(days: 1), let deadline = try? applied.adding(days: 90), received <= asOf
        else { return nil }
        var changed = facts
        changed.objections = [InfringementObjection(
            id: "O-late", receivedOn: received, receivedBy: .healthcareSecurity, objector: "X", patents: [patent.number])]
        changed.opinionRequests = [OpinionRequest(id: "R-late", objection: "O-late", requestedOn: received, deadline: deadline)]
        return changed
    }

    /// More than 64 rules: the general path resolves as the mask path, and both write alike.
    @Test func generalPath() throws {
        var comparison = Comparison(Evaluator(rules: RuleSet(RuleSet.standard.rules + LargeRuleSetTests.padding)))
        var generator = CaseGenerator(seed: 65, diverse: true)
        for index in 0..<600 {
            let generated = generator.next()
            try comparison.compare(generated.facts, on: generated.asOf, line: index + 1, "case \(index)")
        }
        let (built, resolved) = comparison.summaries()
        #expect(resolved == built)
        #expect(comparison.compared > 500)
    }

    /// Cases moved to the end of 2026, where green channels' 15 working days run into 2027 (no
    /// schedule): the resolution knows the date is unknown exactly when the decision does, and
    /// the screening, which then decides through the `Decision`, writes what it wrote before.
    @Test func unknownDatesTakeTheDecisionPath() throws {
        let asOf = CivilDate(uncheckedYear: 2026, month: 12, day: 28)
        var comparison = Comparison()
        var generator = CaseGenerator(seed: 2_027)
        var lines: [ArraySlice<UInt8>] = []
        for index in 0..<1_500 {
            let generated = generator.next()
            let facts = generated.facts.shifted(byDays: generated.asOf.days(to: asOf))
            try comparison.compare(facts, on: asOf, line: index + 1, "case \(index)")
            if index < 400, let line = try? CaseFile.encode(facts, pretty: false) { lines.append(Array(line)[...]) }
        }
        #expect(comparison.unknown > 20)
        let (built, resolved) = comparison.summaries()
        #expect(resolved == built)
        try Self.expectScreeningAsThroughDecisions(lines, asOf: asOf)
    }

    /// Diverse generated lines with invalid and unreadable ones among them: `screenJSONLines`
    /// writes every line as the `Decision` path writes it (decided, unknown dates, failures) and
    /// counts the same summary, on one worker and on several.
    @Test(arguments: [1, 3])
    func screeningWritesWhatTheDecisionPathWrites(jobs: Int) throws {
        var generator = CaseGenerator(seed: 4_242, diverse: true)
        var invalid = InvalidCaseGenerator(seed: 42)
        var lines: [ArraySlice<UInt8>] = []
        for index in 0..<1_200 {
            let generated = generator.next()
            let facts = generated.facts.shifted(byDays: generated.asOf.days(to: Self.asOf))
            if let line = try? CaseFile.encode(facts, pretty: false) { lines.append(Array(line)[...]) }
            if index % 40 == 0 { lines.append(Array(invalid.next().caseFile)[...]) }
            if index % 97 == 0 { lines.append(Array("{\"schemaVersion\": 2}".utf8)[...]) }
        }
        try Self.expectScreeningAsThroughDecisions(lines, asOf: Self.asOf, jobs: jobs)
    }

    /// Screens `lines` and compares every output line and the summary with what building each
    /// `Decision` (``Screener/screen(json:)``) and writing it gives.
    static func expectScreeningAsThroughDecisions(_ lines: [ArraySlice<UInt8>], asOf: CivilDate, jobs: Int = 2) throws {
        let screener = Screener(asOf: asOf, jobs: jobs, batchSize: 61)
        let fragments = DecisionFragments(screener.evaluator)
        var expected: [UInt8] = []
        var counts = ScreeningCounts()
        for (index, line) in lines.enumerated() {
            switch screener.screen(json: line) {
            case .success(let decision):
                Screener.appendDecided(line: index + 1, decision, to: &expected, fragments: fragments)
                counts.add(decision, slots: fragments)
            case .failure(let failure):
                Screener.appendLine(ScreenedLine(line: index + 1, decision: nil, error: failure), to: &expected)
                counts.add(failure)
            }
        }
        var expectedSummary = ScreeningSummary(decidedBy: screener.evaluator)
        expectedSummary.add(counts)
        var iterator = lines.makeIterator()
        var written: [UInt8] = []
        let summary = try screener.screenJSONLines(readLine: { iterator.next() }, write: { written += $0 })
        #expect(summary == expectedSummary)
        #expect(summary.failed > 0 || lines.count < 500)
        let (got, want) = (written.split(separator: 0x0A), expected.split(separator: 0x0A))
        #expect(got.count == want.count)
        for (index, (a, b)) in zip(got, want).enumerated() where a != b {
            Issue.record("line \(index + 1): \(String(decoding: a, as: UTF8.self))\nexpected \(String(decoding: b, as: UTF8.self))")
        }
        // And `JSONEncoder`'s bytes for the records (the `Decision` path's writer is compared
        // with it elsewhere; here, a sample of the pipeline's own lines).
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for line in got.enumerated() where line.offset % 25 == 0 {
            let record = try JSONDecoder().decode(ScreenedLine.self, from: Data(line.element))
            #expect(Array(try encoder.encode(record))[...] == line.element)
        }
    }
}
