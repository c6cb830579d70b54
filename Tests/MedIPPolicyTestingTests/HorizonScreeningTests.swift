import Foundation
import Testing
@testable import MedIPPolicy
import MedIPPolicyTesting

/// Screening with a horizon runs through the ordered pipeline: its bytes, summaries and
/// progress do not depend on the number of workers or the batch size, and equal deciding every
/// line in turn.
@Suite struct HorizonScreeningTests {
    static let asOf = CivilDate(uncheckedYear: 2026, month: 11, day: 23)
    static let through = CivilDate(uncheckedYear: 2027, month: 11, day: 23)

    /// A few hundred diverse generated cases, with invalid cases, malformed lines and blank
    /// lines among them.
    static let lines: [ArraySlice<UInt8>] = {
        var generator = CaseGenerator(seed: 2_027, diverse: true)
        var invalid = InvalidCaseGenerator(seed: 13)
        var lines: [ArraySlice<UInt8>] = []
        for index in 0..<360 {
            if index % 29 == 3 { lines.append(index % 2 == 0 ? [][...] : Array(" \t\r".utf8)[...]) }
            if index % 17 == 5 {
                let broken = Array(invalid.next().caseFile)
                if !broken.contains(0x0A) { lines.append(broken[...]) }
            }
            if index == 100 { lines.append(Array("not json".utf8)[...]) }
            if let data = try? CaseFile.encode(generator.next().facts, pretty: false) { lines.append(Array(data)[...]) }
        }
        return lines
    }()

    struct Run: Equatable {
        var bytes: [UInt8] = []
        var summary = ScreeningSummary()
        var ahead = HorizonSummary(through: HorizonScreeningTests.through)
        var lastProgress = 0
    }

    static func run(jobs: Int, batchSize: Int, changesOnly: Bool) throws -> Run {
        var input = lines.makeIterator()
        var run = Run()
        let screener = Screener(asOf: asOf, jobs: jobs, batchSize: batchSize)
        (run.summary, run.ahead) = try screener.screenJSONLines(
            horizon: ScreeningHorizon(through: through, changesOnly: changesOnly),
            readLine: { input.next() },
            write: { run.bytes += $0 },
            progress: { done in
                #expect(done > run.lastProgress)
                run.lastProgress = done
            })
        return run
    }

    @Test(arguments: [false, true])
    func outputIsTheSameForAnyJobsAndBatchSize(changesOnly: Bool) throws {
        let single = try Self.run(jobs: 1, batchSize: 1_024, changesOnly: changesOnly)
        for batchSize in [1, 3, 40, 256, 5_000] {
            let parallel = try Self.run(jobs: 2, batchSize: batchSize, changesOnly: changesOnly)
            #expect(parallel == single, "jobs 2, batch \(batchSize)")
        }
        #expect(try Self.run(jobs: 1, batchSize: 7, changesOnly: changesOnly) == single)
    }

    /// The pipeline's lines and summaries equal deciding every non-blank line in turn.
    @Test(arguments: [false, true])
    func outputEqualsDecidingEachLineInTurn(changesOnly: Bool) throws {
        let result = try Self.run(jobs: 2, batchSize: 64, changesOnly: changesOnly)
        let screener = Screener(asOf: Self.asOf, jobs: 1)
        var summary = ScreeningSummary(decidedBy: screener.evaluator)
        var ahead = HorizonSummary(through: Self.through)
        var expected: [ScreenedHorizonLine] = []
        var nonBlank = 0
        for (index, bytes) in Self.lines.enumerated() {
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            nonBlank += 1
            // The reference reads and resolves every line afresh; the pipeline reuses one case
            // and one resolution per worker.
            switch screener.screen(json: bytes, through: Self.through) {
            case .success(let (decision, change)):
                summary.record(decision)
                if let change { ahead.record(change) }
                if changesOnly && change == nil { continue }
                expected.append(ScreenedHorizonLine(line: index + 1, decision: decision, error: nil, nextChange: change))
            case .failure(let failure):
                summary.record(failure)
                expected.append(ScreenedHorizonLine(line: index + 1, decision: nil, error: failure, nextChange: nil))
            }
        }
        let decoder = JSONDecoder()
        #expect(result.bytes.last == 0x0A)
        // Byte for byte what JSONEncoder writes for each line (the hand-written `nextChange` too).
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var encoded: [UInt8] = []
        for line in expected { encoded += Array(try encoder.encode(line)) + [0x0A] }
        let firstDifference = result.bytes.indices.first { $0 >= encoded.count || result.bytes[$0] != encoded[$0] } ?? result.bytes.count
        let same = result.bytes == encoded
        #expect(same, "the output differs from JSONEncoder's from byte \(firstDifference) of \(encoded.count)")
        let written = try result.bytes.split(separator: 0x0A).map { try decoder.decode(ScreenedHorizonLine.self, from: Data($0)) }
        #expect(written == expected)
        #expect(result.summary == summary)
        #expect(result.ahead == ahead)
        #expect(result.lastProgress == nonBlank)
        // The corpus exercises what it should: failures of both stages, changes and steady cases.
        #expect(summary.failures["decoding", default: 0] > 0)
        #expect(summary.failures["validation", default: 0] > 0)
        #expect(ahead.changing > 10)
        #expect(ahead.changing < summary.decided)
        #expect(nonBlank < Self.lines.count)
    }
}
