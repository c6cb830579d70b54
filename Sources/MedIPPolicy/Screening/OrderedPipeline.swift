#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A run of whole lines of JSON Lines handed to the screening pipeline in one piece: one slice of
/// the reader's buffer, split into lines by the worker that decides it (outside every lock).
///
/// The lines are separated by newlines (`0x0A`); a line ending in a newline loses a carriage
/// return before it; the last line may lack its newline (the end of the input, or the cut head
/// of an over-long line), and then keeps its bytes as they are. Blank lines count in ``lines``
/// (their numbers count) and are skipped by the worker.
package struct LineRun: Sendable {
    /// The lines' bytes.
    package var bytes: ArraySlice<UInt8>
    /// How many lines ``bytes`` holds: its newlines, plus one when it does not end with one.
    package var lines: Int
    /// The input bytes the run stands for (more than ``bytes`` for a cut over-long line), for
    /// progress.
    package var consumed: Int
    /// The source's buffer that ``bytes`` lies in, handed back by ``LineRunSource/release(buffer:)``
    /// once the run is decided; `nil` for bytes the source does not reuse.
    package var buffer: Int?

    /// Creates a run.
    package init(bytes: ArraySlice<UInt8>, lines: Int, consumed: Int, buffer: Int?) {
        self.bytes = bytes
        self.lines = lines
        self.consumed = consumed
        self.buffer = buffer
    }
}

/// Where the screening pipeline takes its runs of lines from when the caller reads in runs (the
/// `medip` line reader): reading is then separate from writing (they never wait for each other),
/// and the source can reuse its buffers, because it learns when a run's bytes are no longer read.
///
/// Both methods are called under the pipeline's input lock: never at the same time as each
/// other, but possibly at the same time as the caller's `write` and `progress`.
package protocol LineRunSource: AnyObject {
    /// The next run of at most `maxLines` lines (at least one), or `nil` at the end of the input.
    func nextRun(maxLines: Int) throws -> LineRun?
    /// The pipeline no longer reads the bytes of one run taken from `buffer`.
    func release(buffer: Int)
}

/// What ``OrderedPipeline`` reads: lines one at a time from the caller's `readLine` (the public
/// API, whose closures are never called at the same time), or runs from a ``LineRunSource``.
enum PipelineInput {
    case lines(() throws -> ArraySlice<UInt8>?)
    case runs(any LineRunSource)
}

/// The shared state of ``Screener``'s ordered pipeline, for one call of `screenJSONLines`.
///
/// Two sides, each with its own lock, so that a worker writing never blocks a worker taking its
/// next run:
/// - **input** (`inputLock`): the reader (`readLine` or the ``LineRunSource``), the line numbers,
///   the runs in flight (taken and not yet written) and the stop flag. A worker takes a run here,
///   and in the same hold hands back the buffer of the run it decided before and the count of
///   runs it wrote.
/// - **output** (`outputLock`): the decided runs waiting for their turn, the `writing` flag, the
///   first error and a few reusable output buffers. One worker at a time is the writer (it set
///   `writing`): it alone calls `write` and `progress` and touches the summary and the counts
///   written, outside the lock, so that a worker handing a run over never waits for a `write`.
///
/// A worker never holds both locks, so for `readLine` input both sides share one lock, and the
/// writer keeps it while writing: the caller's closures are then never called at the same time,
/// as the public API promises. Every piece of mutable state is touched only under its side's
/// lock or by the writer alone, whose turns are ordered by that lock (which is why the class may
/// be `@unchecked Sendable` although the closures are not `Sendable`).
final class OrderedPipeline: @unchecked Sendable {
    /// Turns one line (its number and bytes) into output bytes and counts, with the worker's
    /// reusable storage.
    typealias Transform = @Sendable (Int, ArraySlice<UInt8>, inout [UInt8], inout ScreeningCounts, inout ScreeningScratch) -> Void

    private let input: PipelineInput
    private let write: ([UInt8]) throws -> Void
    private let progress: (_ lines: Int, _ bytes: Int) -> Void
    private let transform: Transform
    private let runLength: Int
    private let outstanding: Int
    private let jobs: Int

    // Input side, under `inputLock`.
    private let inputLock: ConditionLock
    private var lineNumber = 0
    private var runsTaken = 0
    private var inFlight = 0
    private var inputDone = false
    private var stopped = false

    // Output side, under `outputLock`.
    private let outputLock: ConditionLock
    private var runsWritten = 0
    private var linesWritten = 0
    private var bytesDone = 0
    private var finished: [Int: Decided] = [:]
    private var spare: [[UInt8]] = []
    /// Whether a worker is writing (see ``complete(_:_:)``).
    private var writing = false
    /// Whether the writer writes outside the output lock (runs as input; see ``complete(_:_:)``).
    private var writesOutsideLock: Bool { outputLock !== inputLock }
    private var failure: (any Error)?
    private var summary = ScreeningSummary()
    private var ahead: HorizonSummary?

    /// A run taken from the input: its lines with their numbers (from `readLine`), or a slice of
    /// whole lines starting at line `first` (from a ``LineRunSource``).
    private enum Run {
        case lines([(Int, ArraySlice<UInt8>)], consumed: Int)
        case slice(LineRun, first: Int)
    }

    /// A decided run waiting to be written.
    private struct Decided {
        var bytes: [UInt8]
        var counts: ScreeningCounts
        var lines: Int
        var consumed: Int
    }

    init(
        input: PipelineInput, write: @escaping ([UInt8]) throws -> Void,
        progress: @escaping (_ lines: Int, _ bytes: Int) -> Void, transform: @escaping Transform,
        runLength: Int, outstanding: Int, jobs: Int
    ) {
        self.input = input
        self.write = write
        self.progress = progress
        self.transform = transform
        self.runLength = runLength
        self.outstanding = outstanding
        self.jobs = jobs
        inputLock = ConditionLock()
        if case .lines = input {
            outputLock = inputLock
        } else {
            outputLock = ConditionLock()
        }
    }

    /// One worker's loop: take a run, decide it into a reused output buffer, hand it over for
    /// writing, until the input is exhausted or reading or writing failed.
    func work() {
        var release: Int?
        var written = 0
        var failedWriting = false
        var output: [UInt8] = []
        var scratch = ScreeningScratch()
        while true {
            let taken: (index: Int, run: Run)
            switch take(releasing: release, written: written, stop: failedWriting) {
            case .success(let next?): taken = next
            case .success(nil): return
            case .failure(let error):
                record(error)
                return
            }
            var counts = ScreeningCounts()
            let (lines, consumed, buffer) = decide(taken.run, into: &output, counts: &counts, scratch: &scratch)
            release = buffer
            // The output moves into the hand-over (no second reference), so that once written its
            // buffer can be emptied in place and reused.
            (written, failedWriting, output) = complete(
                taken.index, Decided(bytes: consume output, counts: counts, lines: lines, consumed: consumed))
        }
    }

    /// Decides every non-blank line of `run` into `output`; returns the lines decided, the input
    /// bytes the run stood for, and the source's buffer to release. The run (and every slice of
    /// its buffer) is dropped before this returns, so the source may reuse that buffer.
    private func decide(
        _ run: consuming Run, into output: inout [UInt8], counts: inout ScreeningCounts, scratch: inout ScreeningScratch
    ) -> (Int, Int, Int?) {
        switch consume run {
        case .lines(let lines, let consumed):
            if output.capacity == 0 { output.reserveCapacity(lines.count * 1_024) }
            for (number, line) in lines { transform(number, line, &output, &counts, &scratch) }
            return (lines.count, consumed, nil)
        case .slice(let run, let first):
            if output.capacity == 0 { output.reserveCapacity(run.lines * 1_024) }
            var decided = 0
            var number = first
            let bytes = run.bytes
            var position = bytes.startIndex
            while position < bytes.endIndex {
                let newline = Self.newline(in: bytes, from: position)
                var line = bytes[position..<(newline ?? bytes.endIndex)]
                position = newline.map { $0 + 1 } ?? bytes.endIndex
                if newline != nil, line.last == 0x0D { line = line.dropLast() }
                if !Screener.isBlankLine(line) {
                    transform(number, line, &output, &counts, &scratch)
                    decided += 1
                }
                number += 1
            }
            return (decided, run.consumed, run.buffer)
        }
    }

    /// The index of the first newline in `bytes[from...]`, found with `memchr`.
    private static func newline(in bytes: ArraySlice<UInt8>, from position: Int) -> Int? {
        bytes.withUnsafeBytes { raw -> Int? in
            let offset = position - bytes.startIndex
            guard let base = raw.baseAddress, offset < raw.count,
                let found = memchr(base + offset, 0x0A, raw.count - offset)
            else { return nil }
            return bytes.startIndex + base.distance(to: UnsafeRawPointer(found))
        }
    }

    /// Under the input lock: hands back the buffer of the run decided before and the count of
    /// runs this worker wrote (stopping every worker when writing failed), then returns the next
    /// run and its index; `.success(nil)` when there is no more work, `.failure` when reading
    /// failed (the error is recorded by the caller, outside this lock).
    private func take(releasing buffer: Int?, written: Int, stop: Bool) -> Result<(index: Int, run: Run)?, any Error> {
        inputLock.lock()
        defer { inputLock.unlock() }
        if let buffer, case .runs(let source) = input { source.release(buffer: buffer) }
        inFlight -= written
        if stop { stopped = true }
        if written > 0 || stop { inputLock.broadcast() }
        // Bounded memory: wait while too many runs are taken and not yet written.
        while !stopped && !inputDone && inFlight >= outstanding { inputLock.wait() }
        guard !stopped, !inputDone else { return .success(nil) }
        let run: Run
        do {
            switch input {
            case .lines(let readLine):
                var lines: [(Int, ArraySlice<UInt8>)] = []
                lines.reserveCapacity(runLength)
                while lines.count < runLength, let line = try readLine() {
                    lineNumber += 1
                    if Screener.isBlankLine(line) { continue }
                    lines.append((lineNumber, line))
                }
                if lines.count < runLength { inputDone = true }
                guard !lines.isEmpty else {
                    inputLock.broadcast()
                    return .success(nil)
                }
                run = .lines(lines, consumed: 0)
            case .runs(let source):
                guard let next = try source.nextRun(maxLines: runLength) else {
                    inputDone = true
                    inputLock.broadcast()
                    return .success(nil)
                }
                run = .slice(next, first: lineNumber + 1)
                lineNumber += next.lines
            }
        } catch {
            stopped = true
            inputLock.broadcast()
            return .failure(error)
        }
        runsTaken += 1
        inFlight += 1
        return .success((runsTaken - 1, run))
    }

    /// Hands a decided run over and, unless another worker is writing already (it then writes
    /// this run too), becomes the writer: writes every run now next in order, merges their counts
    /// and reports progress, until no run is ready. With runs as input the writer does all this
    /// outside the output lock, so a worker handing its run over never waits for a `write`; with
    /// `readLine` it stays under the one lock, as the public API promises. Returns how many runs
    /// this call wrote, whether writing failed, and an emptied output buffer to reuse.
    private func complete(_ index: Int, _ decided: consuming Decided) -> (written: Int, failed: Bool, output: [UInt8]) {
        outputLock.lock()
        finished[index] = consume decided
        if writing {
            let output = spare.popLast() ?? []
            outputLock.unlock()
            return (0, false, output)
        }
        writing = true
        let outside = writesOutsideLock
        var written = 0
        var failed = false
        while failure == nil {
            var ready: [Decided] = []
            while let run = finished.removeValue(forKey: runsWritten + ready.count) { ready.append(run) }
            if ready.isEmpty { break }
            let room = jobs + 1 - spare.count
            if outside { outputLock.unlock() }
            // Only the writer (one at a time, `writing`) touches what follows, lock held or not.
            var error: (any Error)?
            var emptied: [[UInt8]] = []
            for run in ready {
                do {
                    if !run.bytes.isEmpty { try write(run.bytes) }
                } catch let thrown {
                    error = thrown
                    break
                }
                summary.add(run.counts)
                if let runAhead = run.counts.ahead {
                    if ahead == nil { ahead = HorizonSummary(through: runAhead.through) }
                    ahead?.add(runAhead)
                }
                runsWritten += 1
                linesWritten += run.lines
                bytesDone += run.consumed
                written += 1
                if emptied.count < room { emptied.append(run.bytes) }
            }
            ready = []
            // The written bytes' buffers serve later runs (memory already touched: no page faults).
            for index in emptied.indices { emptied[index].removeAll(keepingCapacity: true) }
            if error == nil { progress(linesWritten, bytesDone) }
            if outside { outputLock.lock() }
            spare += emptied
            if let error {
                if failure == nil { failure = error }
                failed = true
            }
        }
        writing = false
        let output = spare.popLast() ?? []
        outputLock.unlock()
        return (written, failed, output)
    }

    /// Records an error from reading, unless one came first.
    private func record(_ error: any Error) {
        outputLock.lock()
        defer { outputLock.unlock() }
        if failure == nil { failure = error }
    }

    /// The summary and the changes ahead, or the first error reading or writing raised (after
    /// every worker stopped).
    func result() throws -> (summary: ScreeningSummary, ahead: HorizonSummary?) {
        outputLock.lock()
        defer { outputLock.unlock() }
        if let failure { throw failure }
        return (summary, ahead)
    }
}
