import Foundation
import Testing
@testable import MedIPPolicy

@Suite struct ScreeningTests {
    static let examples: [(String, [UInt8])] = {
        let directory = ExampleDecisionTests.directory
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && $0 != "expected-decisions.json" }.sorted().compactMap { name in
            guard let data = try? Data(contentsOf: directory.appendingPathComponent(name)) else { return nil }
            // One line per case: drop the pretty-printing newlines.
            return (name, data.filter { $0 != 0x0A })
        }
    }()

    static let asOf = CivilDate(uncheckedYear: 2026, month: 11, day: 23)

    @Test func parallelScreeningMatchesSequentialEvaluationInOrder() throws {
        let evaluator = Evaluator()
        var lines: [ArraySlice<UInt8>] = []
        for _ in 0..<40 { lines += Self.examples.map { $0.1[...] } }
        lines.insert([][...], at: 3)  // blank line 4: skipped, its number still counted
        lines.insert(Array("not json".utf8)[...], at: 7)  // line 8
        var iterator = lines.makeIterator()
        var output: [[UInt8]] = []
        let screener = Screener(evaluator: evaluator, asOf: Self.asOf, jobs: 4, batchSize: 33)
        let summary = try screener.screenJSONLines(readLine: { iterator.next() }, write: { output += $0.outputLines })
        #expect(output.count == lines.count - 1)
        #expect(summary.total == lines.count - 1)
        #expect(summary.failed == 1)
        #expect(summary.failures == ["decoding": 1])
        let decoder = JSONDecoder()
        var expectedLine = 0
        for (index, bytes) in output.enumerated() {
            let record = try decoder.decode(ScreenedLine.self, from: Data(bytes))
            expectedLine += 1
            if expectedLine == 4 { expectedLine += 1 }  // the blank line
            #expect(record.line == expectedLine, "output \(index)")
            if record.line == 8 {
                #expect(record.error?.stage == .decoding)
                #expect(record.error?.problems.first?.code == "malformedJSON")
                continue
            }
            let source = lines[record.line - 1]
            let sequential = try evaluator.evaluate(try CaseFile.decodeLine(source), asOf: Self.asOf, detail: .summary)
            #expect(record.decision == sequential)
        }
    }

    /// `Screener.isBlankLine` answers for exactly the lines screening skips: spaces, tabs and
    /// carriage returns only (a line of them is skipped, its number counted; any other byte —
    /// a form feed, a no-break space, a lone `{` — makes a line to decide, or to fail).
    @Test func blankLinesAreTheOnesScreeningSkips() throws {
        let lines: [[UInt8]] = [[], [0x20], [0x09, 0x20, 0x0D], [0x0C], [0xC2, 0xA0], Array("{".utf8), [0x20, 0x78, 0x20]]
        #expect(lines.map { Screener.isBlankLine($0) } == [true, true, true, false, false, false, false])
        var iterator = lines.map { $0[...] }.makeIterator()
        var output: [[UInt8]] = []
        let screener = Screener(evaluator: Evaluator(), asOf: Self.asOf, jobs: 2)
        _ = try screener.screenJSONLines(readLine: { iterator.next() }, write: { output += $0.outputLines })
        let numbers = try output.map { try JSONDecoder().decode(ScreenedLine.self, from: Data($0)).line }
        #expect(numbers == lines.indices.filter { !Screener.isBlankLine(lines[$0]) }.map { $0 + 1 })
        #expect(numbers == [4, 5, 6, 7])
    }

    struct StopReading: Error, Equatable {}
    struct StopWriting: Error, Equatable {}

    /// A read error part-way stops every worker and reaches the caller; what was written before
    /// it is whole lines, in order, from the first line on.
    @Test(arguments: [1, 2, 4])
    func aReadErrorStopsTheScreeningAndIsRethrown(jobs: Int) throws {
        var remaining = 500
        var output: [[UInt8]] = []
        let screener = Screener(asOf: Self.asOf, jobs: jobs, batchSize: 64)
        #expect(throws: StopReading()) {
            _ = try screener.screenJSONLines(
                readLine: {
                    remaining -= 1
                    if remaining == 0 { throw StopReading() }
                    return Self.examples[remaining % Self.examples.count].1[...]
                },
                write: { output += $0.outputLines })
        }
        #expect(output.count < 500)
        for (index, line) in output.enumerated() {
            #expect(try JSONDecoder().decode(ScreenedLine.self, from: Data(line)).line == index + 1)
        }
    }

    /// A write error stops the screening and reaches the caller; nothing is written after it.
    @Test(arguments: [1, 3])
    func aWriteErrorStopsTheScreeningAndIsRethrown(jobs: Int) throws {
        var lines = (0..<2_000).map { Self.examples[$0 % Self.examples.count].1[...] }.makeIterator()
        var writes = 0
        var read = 0
        let screener = Screener(asOf: Self.asOf, jobs: jobs, batchSize: 128)
        #expect(throws: StopWriting()) {
            _ = try screener.screenJSONLines(
                readLine: {
                    let next = lines.next()
                    if next != nil { read += 1 }
                    return next
                },
                write: { _ in
                    writes += 1
                    if writes == 2 { throw StopWriting() }
                })
        }
        #expect(writes == 2)
        #expect(read < 2_000)  // reading stopped too, within the bound on lines in flight
    }

    /// Memory stays bounded: the lines read and not yet written never exceed the batch size,
    /// whatever the number of workers (counted through the pipeline's hooks: a line is in flight
    /// from `readLine` returning it until `write` receives its output line). The batch of the
    /// issue (256, one run) once let 2 workers hold 512 lines; 16 workers, many more. Under
    /// ThreadSanitizer (`.ci/tsan.sh` sets `MEDIP_TSAN=1`), where a line costs some twenty times
    /// more, 200 lines past the batch size instead of 3,000: the bound is reached all the same.
    @Test(arguments: [(1, 64), (2, 2_048), (3, 100), (4, 1_000), (2, 256), (16, 256), (8, 3), (32, 1), (4, 5)])
    func linesInFlightStayWithinTheBatchSize(jobs: Int, batchSize: Int) throws {
        let total = ProcessInfo.processInfo.environment["MEDIP_TSAN"] == "1" ? batchSize + 200 : 3_000
        var read = 0
        var written = 0
        var mostInFlight = 0
        let screener = Screener(asOf: Self.asOf, jobs: jobs, batchSize: batchSize)
        _ = try screener.screenJSONLines(
            readLine: {
                guard read < total else { return nil }
                read += 1
                mostInFlight = max(mostInFlight, read - written)
                return Self.examples[read % Self.examples.count].1[...]
            },
            write: { written += $0.outputLines.count })
        #expect(written == total)
        #expect(mostInFlight <= batchSize)
        #expect(mostInFlight > 0)
    }

    /// The summary counts the decisions with an obligation past its due date (the green
    /// channel of the National Day example ran out on 2026-10-23).
    @Test func summaryCountsDecisionsWithOverdueObligations() throws {
        var input = Self.examples.map { $0.1[...] }.makeIterator()
        let summary = try Screener(asOf: Self.asOf, jobs: 2)
            .screenJSONLines(readLine: { input.next() }, write: { _ in })
        let evaluator = Evaluator()
        let expected = try Self.examples.filter { example in
            let decision = try evaluator.evaluate(try CaseFile.decodeLine(example.1[...]), asOf: Self.asOf, detail: .summary)
            return !decision.overdueObligations.isEmpty
        }
        #expect(expected.contains { $0.0 == "green-channel-national-day.json" })
        #expect(summary.overdue == expected.count)
    }

    /// The pipeline's summary equals the one built by deciding every case in turn.
    @Test func jsonLinesSummaryEqualsTheSequentialSummary() throws {
        let lines = (0..<300).map { Self.examples[$0 % Self.examples.count].1[...] }
        var input = lines.makeIterator()
        let summary = try Screener(asOf: Self.asOf, jobs: 2, batchSize: 50)
            .screenJSONLines(readLine: { input.next() }, write: { _ in })
        let evaluator = Evaluator()
        var expected = ScreeningSummary(decidedBy: evaluator)
        for line in lines {
            expected.record(try evaluator.evaluate(try CaseFile.decodeLine(line), asOf: Self.asOf, detail: .summary))
        }
        #expect(summary == expected)
    }

    @Test func invalidCasesAreReportedInPlaceWithEveryProblem() throws {
        let withPatents = try #require(try Self.examples.first { try !CaseFile.decode(Data($0.1)).patents.isEmpty })
        var facts = try CaseFile.decode(Data(withPatents.1))
        facts.patents.append(facts.patents[0])  // duplicate patent number
        facts.procurementHistory.events.append(ProcurementEvent(date: CivilDate(uncheckedYear: 2020, month: 1, day: 1), status: .listed))
        let screener = Screener(asOf: Self.asOf, jobs: 2, batchSize: 4)
        var results: [Result<Decision, ScreeningFailure>] = []
        let summary = screener.screen([facts, try CaseFile.decode(Data(Self.examples[1].1))]) { _, result in results.append(result) }
        #expect(summary.decided == 1 && summary.failed == 1)
        guard case .failure(let failure) = results[0] else {
            Issue.record("an invalid case was decided")
            return
        }
        #expect(failure.stage == .validation)
        #expect(failure.caseID == facts.id)
        #expect(Set(failure.problems.map(\.code)).isSuperset(of: ["duplicatePatentNumber", "procurementHistoryOutOfOrder"]))
    }

    @Test func summaryCountsDispositionsAndMeasures() throws {
        let screener = Screener(asOf: Self.asOf, jobs: 2)
        let cases = try Self.examples.map { try CaseFile.decode(Data($0.1)) }
        var decisions: [Decision] = []
        let summary = screener.screen(cases) { _, result in
            if case .success(let decision) = result { decisions.append(decision) }
        }
        #expect(summary.decided == decisions.count)
        #expect(summary.dispositions.values.reduce(0, +) == decisions.count + decisions.reduce(0) { $0 + $1.concurrentDispositions.count })
        let refusing = decisions.filter { $0.disposition.kind == .refuseListing }.count
        #expect(summary.dispositions["refuseListing"] == refusing)
        let citing = decisions.filter { $0.citedMeasures.contains(MeasureID(.beijing2026_3, 8)) }.count
        #expect(summary.measures["beijing-2026-3#8"] == citing)
    }

    @Test func parallelMapPreservesOrderForAnyJobCount() {
        for jobs in [1, 2, 3, 7, 64] {
            let screener = Screener(asOf: Self.asOf, jobs: jobs)
            let input = Array(0..<1_000)
            #expect(screener.parallelMap(input) { $0 * 3 } == input.map { $0 * 3 })
        }
    }
}
