import Foundation
import Testing
@testable import MedIPPolicy
import MedIPPolicyTesting

/// The hand-written output writer must produce exactly JSONEncoder's bytes.
@Suite struct ScreenedLineWriterTests {
    static func reference(_ record: ScreenedLine) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(record))
    }

    @Test func matchesJSONEncoderOnGeneratedDecisionsAndFailures() throws {
        let evaluator = Evaluator()
        var generator = CaseGenerator(seed: 99)
        var compared = 0
        var overdue = 0
        var blocked = 0
        for index in 0..<3_000 {
            let generated = generator.next()
            for offset in [0, 200, -400] {
                let date = (try? generated.asOf.adding(days: offset)) ?? generated.asOf
                guard let decision = try? evaluator.evaluate(generated.facts, asOf: date, detail: .summary) else { continue }
                let record = ScreenedLine(line: index + 1, decision: decision, error: nil)
                #expect(ScreenedLineWriter.encode(record) == (try Self.reference(record)), "case \(index) @ \(date)")
                compared += 1
                if decision.obligations.contains(where: { $0.overdueSince != nil }) { overdue += 1 }
                if ([decision.disposition] + decision.supersededDispositions).contains(where: { $0.blockingPatent != nil }) { blocked += 1 }
            }
        }
        #expect(compared > 8_000)
        #expect(overdue > 50)  // the optional overdueSince key is exercised (97 with this seed)
        #expect(blocked > 50)  // and the optional blockingPatent key
        var invalid = InvalidCaseGenerator(seed: 5)
        let screener = Screener(asOf: CivilDate(uncheckedYear: 2026, month: 11, day: 23), jobs: 1)
        for index in 0..<500 {
            guard case .failure(let failure) = screener.screen(json: Array(invalid.next().caseFile)[...]) else { continue }
            let record = ScreenedLine(line: index, decision: nil, error: failure)
            #expect(ScreenedLineWriter.encode(record) == (try Self.reference(record)))
        }
    }

    /// Cases moved to the end of 2026, where green channels' 15 working days run into 2027 (no
    /// schedule): the optional `unknownDate` / `unknownDue` keys, in decisions and verdicts, and
    /// the strict evaluator's failures (with the case field as path) match `JSONEncoder`.
    @Test func matchesJSONEncoderOnUnknownDatesAndStrictFailures() throws {
        let asOf = CivilDate(uncheckedYear: 2026, month: 12, day: 28)
        let strict = Evaluator(unknownDates: .fail)
        var generator = CaseGenerator(seed: 2_027)
        var unknown = 0
        var failures = 0
        for index in 0..<2_000 {
            let generated = generator.next()
            let facts = generated.facts.shifted(byDays: generated.asOf.days(to: asOf))
            guard let decision = try? Evaluator().evaluate(facts, asOf: asOf, detail: .summary) else { continue }
            let record = ScreenedLine(line: index + 1, decision: decision, error: nil)
            #expect(ScreenedLineWriter.encode(record) == (try Self.reference(record)), "case \(index)")
            let verdict = ScreenedVerdict(line: index + 1, verdict: Verdict(decision), error: nil)
            var bytes: [UInt8] = []
            ScreenedLineWriter.appendLine(to: &bytes) { $0.write(verdict) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            #expect(bytes == Array(try encoder.encode(verdict)) + [0x0A], "verdict \(index)")
            guard decision.hasUnknownDate else { continue }
            unknown += 1
            let failure = Screener(evaluator: strict, asOf: asOf, jobs: 1).screen(facts)
            guard case .failure(let error) = failure else {
                Issue.record("the strict evaluator decided case \(index)")
                continue
            }
            #expect(error.stage == .evaluation)
            #expect(error.problems.allSatisfy { !$0.path.isEmpty }, "\(error)")
            let failed = ScreenedLine(line: index + 1, decision: nil, error: error)
            #expect(ScreenedLineWriter.encode(failed) == (try Self.reference(failed)))
            failures += 1
        }
        #expect(unknown > 20)
        #expect(failures == unknown)
    }

    @Test func escapesLikeJSONEncoder() throws {
        let text = "quote \" backslash \\ slash / tab \t newline \n cr \r bell \u{07} nul \u{00} unit \u{1F} 中文 emoji 🧪 \u{7F}"
        let failure = ScreeningFailure(stage: .validation, caseID: text, problems: [
            ScreeningFailure.Problem(path: "a.b[0]", code: "x", message: text),
        ])
        let record = ScreenedLine(line: 7, decision: nil, error: failure)
        #expect(ScreenedLineWriter.encode(record) == (try Self.reference(record)))
    }

    @Test func recordsWithATraceFallBack() throws {
        var generator = CaseGenerator(seed: 3)
        let generated = generator.next()
        let decision = try Evaluator().evaluate(generated.facts, asOf: generated.asOf)
        #expect(ScreenedLineWriter.encode(ScreenedLine(line: 1, decision: decision, error: nil)) == nil)
    }

    @Test func verdictLinesMatchJSONEncoderAndTheFullDecisions() throws {
        var generator = CaseGenerator(seed: 41)
        let asOf = CivilDate(uncheckedYear: 2026, month: 11, day: 23)
        let lines: [ArraySlice<UInt8>] = (0..<2_000).compactMap { _ in
            let generated = generator.next()
            return (try? CaseFile.encode(generated.facts.shifted(byDays: generated.asOf.days(to: asOf)), pretty: false)).map { Array($0)[...] }
        } + [Array("{\"schemaVersion\": 2}".utf8)[...]]
        let screener = Screener(asOf: asOf, jobs: 2, batchSize: 97)
        var verdictIterator = lines.makeIterator()
        var verdictLines: [[UInt8]] = []
        let verdictSummary = try screener.screenJSONLines(output: .verdicts, readLine: { verdictIterator.next() }, write: { verdictLines += $0.outputLines })
        var decisionIterator = lines.makeIterator()
        var decisionLines: [[UInt8]] = []
        let decisionSummary = try screener.screenJSONLines(readLine: { decisionIterator.next() }, write: { decisionLines += $0.outputLines })
        #expect(verdictSummary.dispositions == decisionSummary.dispositions)
        #expect(verdictSummary.failed == 1 && decisionSummary.failed == 1)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for (verdictBytes, decisionBytes) in zip(verdictLines, decisionLines) {
            let record = try JSONDecoder().decode(ScreenedVerdict.self, from: Data(verdictBytes))
            #expect(Array(try encoder.encode(record)) + [0x0A] == verdictBytes)
            let full = try JSONDecoder().decode(ScreenedLine.self, from: Data(decisionBytes))
            #expect(record.line == full.line)
            #expect(record.verdict == full.decision.map(Verdict.init))
            #expect(record.error == full.error)
        }
    }
}

extension Array where Element == UInt8 {
    /// The newline-terminated lines of one block `Screener.screenJSONLines` wrote (it writes
    /// whole lines only: the block must end with a newline).
    fileprivate var outputLines: [[UInt8]] {
        #expect(last == 0x0A, "a written block ends inside a line")
        return split(separator: 0x0A).map { Array($0) + [0x0A] }
    }
}
