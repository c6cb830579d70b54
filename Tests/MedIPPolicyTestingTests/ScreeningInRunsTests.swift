import Foundation
import Testing
@testable import MedIPPolicy
import MedIPPolicyTesting

/// The screening pipeline fed in runs of whole lines (``LineRunSource``, how `medip screen` reads):
/// reading and writing have their own locks there, the runs are slices of reused buffers split
/// by the workers. Its bytes, summaries and progress equal reading line by line on one worker,
/// for any number of workers and batch size; errors midway stop it as before; every run's
/// buffer is handed back.
@Suite struct ScreeningInRunsTests {
    static let asOf = CivilDate(uncheckedYear: 2026, month: 11, day: 23)

    /// Diverse generated cases with invalid cases, a malformed line, blank lines (empty, spaces
    /// and tabs, a lone carriage return) and CRLF line ends among them, the last line without
    /// a newline.
    static let input: [UInt8] = {
        var generator = CaseGenerator(seed: 2_026, diverse: true)
        var invalid = InvalidCaseGenerator(seed: 7)
        var bytes: [UInt8] = []
        for index in 0..<400 {
            if index % 23 == 4 { bytes += index % 2 == 0 ? [0x0A] : Array(" \t\r\n".utf8) }
            if index % 19 == 6 {
                let broken = Array(invalid.next().caseFile)
                if !broken.contains(0x0A) { bytes += broken + [0x0A] }
            }
            if index == 150 { bytes += Array("not json\n".utf8) }
            if let data = try? CaseFile.encode(generator.next().facts, pretty: false) {
                bytes += Array(data) + (index % 7 == 2 ? [0x0D, 0x0A] : [0x0A])
            }
        }
        bytes.removeLast()  // the last line ends without its newline
        return bytes
    }()

    /// The input's lines as `medip`'s line reader returns them one by one: without the newline,
    /// and without a carriage return before it.
    static func lines(of bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        while start < bytes.count {
            guard let newline = bytes[start...].firstIndex(of: 0x0A) else {
                lines.append(bytes[start...])
                break
            }
            var line = bytes[start..<newline]
            if line.last == 0x0D { line = line.dropLast() }
            lines.append(line)
            start = newline + 1
        }
        return lines
    }

    /// A source of runs over `bytes`: runs of a pseudo-random number of lines (1…`maxLines`), from
    /// `buffers` buffer numbers in turn, every hand-back checked; optionally failing at a run.
    final class Source: LineRunSource {
        struct Failure: Error, Equatable {}
        let bytes: [UInt8]
        var position = 0
        var random: UInt64
        var runs = 0
        var linesTaken = 0
        var holds: [Int]
        var badReleases = 0
        let failAtRun: Int?

        init(_ bytes: [UInt8], seed: UInt64, buffers: Int = 3, failAtRun: Int? = nil) {
            self.bytes = bytes
            random = seed | 1
            holds = [Int](repeating: 0, count: buffers)
            self.failAtRun = failAtRun
        }

        func nextRun(maxLines: Int) throws -> LineRun? {
            if runs == failAtRun { throw Failure() }
            guard position < bytes.count else { return nil }
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let wanted = 1 + Int((random >> 33) % UInt64(maxLines))
            var stop = position
            var lines = 0
            while lines < wanted && stop < bytes.count {
                stop = (bytes[stop...].firstIndex(of: 0x0A) ?? (bytes.count - 1)) + 1
                lines += 1
            }
            let buffer = runs % holds.count
            holds[buffer] += 1
            runs += 1
            linesTaken += lines
            defer { position = stop }
            return LineRun(bytes: bytes[position..<stop], lines: lines, consumed: stop - position, buffer: buffer)
        }

        func release(buffer: Int) {
            if holds.indices.contains(buffer) && holds[buffer] > 0 {
                holds[buffer] -= 1
            } else {
                badReleases += 1
            }
        }
    }

    /// What one screening gave: the bytes, the summary and the last progress.
    struct Outcome: Equatable {
        var bytes: [UInt8] = []
        var summary = ScreeningSummary()
        var lines = 0
        var consumed = 0
    }

    /// The calls of `write` and `progress` (under the output lock), kept apart from the source
    /// (under the input lock): the two may run at the same time.
    final class Sink: @unchecked Sendable {
        private let lock = NSLock()
        private var outcome = Outcome()
        private(set) var writes = 0
        var failAtWrite: Int?
        var progressWentBack = false

        func write(_ bytes: [UInt8]) throws {
            lock.lock()
            defer { lock.unlock() }
            writes += 1
            if writes == failAtWrite { throw Source.Failure() }
            outcome.bytes += bytes
        }

        func progress(lines: Int, bytes: Int) {
            lock.lock()
            defer { lock.unlock() }
            if lines < outcome.lines || bytes <= outcome.consumed { progressWentBack = true }
            (outcome.lines, outcome.consumed) = (lines, bytes)
        }

        var result: Outcome {
            lock.lock()
            defer { lock.unlock() }
            return outcome
        }
    }

    /// Screening `input` line by line on one worker: the reference.
    static func oneJobByLines(_ input: [UInt8], output: Screener.LineOutput = .decisions) throws -> Outcome {
        var lines = Self.lines(of: input).makeIterator()
        var outcome = Outcome()
        outcome.summary = try Screener(asOf: asOf, jobs: 1).screenJSONLines(
            output: output, readLine: { lines.next() }, write: { outcome.bytes += $0 }, progress: { outcome.lines = $0 })
        outcome.consumed = input.count
        return outcome
    }

    static func inRuns(
        _ source: Source, jobs: Int, batchSize: Int, output: Screener.LineOutput = .decisions, sink: Sink = Sink()
    ) throws -> Outcome {
        let summary = try Screener(asOf: asOf, jobs: jobs, batchSize: batchSize).screenJSONLines(
            output: output, runs: source, write: { try sink.write($0) }, progress: { sink.progress(lines: $0, bytes: $1) })
        var outcome = sink.result
        outcome.summary = summary
        #expect(!sink.progressWentBack)
        #expect(source.holds.allSatisfy { $0 == 0 }, "every run's buffer is handed back")
        #expect(source.badReleases == 0)
        return outcome
    }

    /// One worker reading line by line on `input`, made once for the tests that compare with it.
    static let oneJob = Result { try oneJobByLines(input) }

    /// The batch sizes tried for each number of workers: under ThreadSanitizer (`.ci/tsan.sh`
    /// sets `MEDIP_TSAN=1`), where a line costs some twenty times more, one run a line, a few
    /// lines a run and all in one run; otherwise two more between.
    static let batchSizes = ProcessInfo.processInfo.environment["MEDIP_TSAN"] == "1" ? [1, 5, 2_048] : [1, 2, 5, 64, 2_048]

    @Test(arguments: [1, 2, 3, 8, 16])
    func runsGiveTheBytesOfOneJobReadingLines(jobs: Int) throws {
        let expected = try Self.oneJob.get()
        #expect(expected.summary.total > 380 && expected.summary.failed > 0)
        for batchSize in Self.batchSizes {
            let source = Source(Self.input, seed: UInt64(jobs * 1_000 + batchSize))
            let outcome = try Self.inRuns(source, jobs: jobs, batchSize: batchSize)
            #expect(outcome == expected, "jobs \(jobs), batch \(batchSize)")
            #expect(source.linesTaken == Self.lines(of: Self.input).count)
        }
    }

    @Test func verdictsInRunsGiveTheBytesOfOneJobReadingLines() throws {
        let expected = try Self.oneJobByLines(Self.input, output: .verdicts)
        for (jobs, batchSize) in [(2, 3), (4, 100), (2, 2_048)] {
            let outcome = try Self.inRuns(Source(Self.input, seed: 5), jobs: jobs, batchSize: batchSize, output: .verdicts)
            #expect(outcome == expected, "jobs \(jobs), batch \(batchSize)")
        }
    }

    @Test(arguments: [false, true])
    func horizonInRunsGivesTheBytesOfOneJobReadingLines(changesOnly: Bool) throws {
        let horizon = ScreeningHorizon(through: CivilDate(uncheckedYear: 2027, month: 11, day: 23), changesOnly: changesOnly)
        var lines = Self.lines(of: Self.input).makeIterator()
        var expected: [UInt8] = []
        let single = try Screener(asOf: Self.asOf, jobs: 1)
            .screenJSONLines(horizon: horizon, readLine: { lines.next() }, write: { expected += $0 })
        for (jobs, batchSize) in [(2, 1), (3, 17), (2, 2_048)] {
            let source = Source(Self.input, seed: 11)
            let sink = Sink()
            let result = try Screener(asOf: Self.asOf, jobs: jobs, batchSize: batchSize).screenJSONLines(
                horizon: horizon, runs: source, write: { try sink.write($0) }, progress: { sink.progress(lines: $0, bytes: $1) })
            #expect(sink.result.bytes == expected, "jobs \(jobs), batch \(batchSize)")
            #expect(result.summary == single.summary && result.ahead == single.ahead)
            #expect(source.holds.allSatisfy { $0 == 0 })
        }
    }

    /// A read error midway reaches the caller; what was written before it is whole lines in
    /// order from the first, and every run taken is handed back.
    @Test(arguments: [1, 2, 4])
    func aReadErrorMidwayIsRethrown(jobs: Int) throws {
        let expected = Self.lines(of: try Self.oneJob.get().bytes)
        let source = Source(Self.input, seed: 3, failAtRun: 20)
        let sink = Sink()
        #expect(throws: Source.Failure()) {
            _ = try Self.inRuns(source, jobs: jobs, batchSize: 16, sink: sink)
        }
        let written = Self.lines(of: sink.result.bytes)
        #expect(written.count < expected.count)
        #expect(Array(expected.prefix(written.count)) == written)
        #expect(source.holds.allSatisfy { $0 == 0 })
    }

    /// A write error midway reaches the caller; nothing is written after it and reading stops.
    @Test(arguments: [1, 2, 5])
    func aWriteErrorMidwayIsRethrown(jobs: Int) throws {
        let source = Source(Self.input, seed: 9)
        let sink = Sink()
        sink.failAtWrite = 3
        #expect(throws: Source.Failure()) {
            _ = try Screener(asOf: Self.asOf, jobs: jobs, batchSize: 8).screenJSONLines(
                output: .decisions, runs: source, write: { try sink.write($0) }, progress: { sink.progress(lines: $0, bytes: $1) })
        }
        #expect(sink.writes == 3)
        #expect(sink.result.bytes.count > 0)
        #expect(source.position < Self.input.count)  // reading stopped within the bound in flight
        #expect(source.holds.allSatisfy { $0 == 0 })
    }

    /// Empty and blank-only inputs screen nothing and write nothing, in runs as line by line.
    @Test(arguments: ["", "\n", "\n\n\n", " \t\r\n\r\n", "   "])
    func emptyAndBlankOnlyInputsWriteNothing(text: String) throws {
        for jobs in [1, 3] {
            let sink = Sink()
            let outcome = try Self.inRuns(Source(Array(text.utf8), seed: 1), jobs: jobs, batchSize: 4, sink: sink)
            #expect(sink.writes == 0)
            #expect(outcome.bytes.isEmpty && outcome.summary.total == 0 && outcome.lines == 0)
            #expect(outcome.summary == (try Self.oneJobByLines(Array(text.utf8))).summary)
        }
    }

    /// Memory stays bounded in runs too: the lines handed out and not yet written never exceed
    /// the batch size (counted in the source, under the input lock, and in `write`, under the
    /// output lock: one lock of the test's own keeps the two counts together).
    @Test(arguments: [(2, 64), (3, 100), (8, 3), (16, 256), (32, 1)])
    func linesInFlightStayWithinTheBatchSize(jobs: Int, batchSize: Int) throws {
        final class Counting: LineRunSource, @unchecked Sendable {
            let lock = NSLock()
            let line = Array(ScreeningTestsSupport.oneCase) + [0x0A]
            var handedOut = 0
            var written = 0
            var mostInFlight = 0
            func nextRun(maxLines: Int) throws -> LineRun? {
                lock.lock()
                defer { lock.unlock() }
                guard handedOut < 1_500 else { return nil }
                let count = min(maxLines, 1_500 - handedOut)
                handedOut += count
                mostInFlight = max(mostInFlight, handedOut - written)
                let bytes = (0..<count).flatMap { _ in line }
                return LineRun(bytes: bytes[...], lines: count, consumed: bytes.count, buffer: nil)
            }
            func release(buffer: Int) {}
            func wrote(_ bytes: [UInt8]) {
                lock.lock()
                defer { lock.unlock() }
                written += bytes.count(where: { $0 == 0x0A })
            }
        }
        let source = Counting()
        _ = try Screener(asOf: Self.asOf, jobs: jobs, batchSize: batchSize)
            .screenJSONLines(output: .verdicts, runs: source, write: { source.wrote($0) }, progress: { _, _ in })
        #expect(source.written == 1_500)
        #expect(source.mostInFlight <= batchSize)
    }
}

/// One valid case as a line of JSON, for tests that need many lines.
enum ScreeningTestsSupport {
    static let oneCase: [UInt8] = {
        var generator = CaseGenerator(seed: 1)
        return (try? Array(CaseFile.encode(generator.next().facts, pretty: false))) ?? []
    }()
}
