#if canImport(Dispatch)
import Dispatch
#endif

/// One screened line of JSON Lines, as written to the output: the line number and either the
/// decision or the failure.
///
/// JSON form: `{"line": 7, "decision": {…}}` or `{"line": 8, "error": {"stage": "validation",
/// "caseID": "…", "problems": [{"path": "…", "code": "…", "message": "…"}]}}`.
public struct ScreenedLine: Sendable, Hashable, Codable {
    /// The 1-based line number in the input.
    public var line: Int
    /// The decision, when the case was decided.
    public var decision: Decision?
    /// The failure, when it was not.
    public var error: ScreeningFailure?

    /// Creates a line record.
    public init(line: Int, decision: Decision?, error: ScreeningFailure?) {
        self.line = line
        self.decision = decision
        self.error = error
    }
}

extension Screener {
    /// Whether a line of JSON Lines is blank — only spaces, tabs and carriage returns — and so
    /// skipped by screening, its number still counted (``screenJSONLines(readLine:write:progress:)``,
    /// `medip screen`). A program that splits lines itself (the decision service does, over HTTP)
    /// asks this to skip the same lines.
    public static func isBlankLine(_ line: some Collection<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// Screens JSON Lines: reads lines with `readLine` (one case file each, without the newline;
    /// `nil` at the end), decodes, decides and encodes them in parallel, and calls `write` with
    /// the output in input order: one output line per input line (a ``ScreenedLine`` as compact
    /// JSON plus a newline), several whole lines per call. Blank lines are skipped (their numbers
    /// still count). `progress` is called whenever lines have been written, with the lines done
    /// so far.
    ///
    /// The work runs as an ordered pipeline on ``jobs`` workers (the calling thread is one of
    /// them): reading, deciding and writing overlap, and the closures are called under a lock,
    /// never at the same time. Memory is bounded: at most ``batchSize`` lines are read and not
    /// yet written, whatever the input's length and ``jobs`` (lines go to the workers in runs of
    /// `max(1, min(256, batchSize / (jobs + 1)))`). If `readLine` or `write` throws, every worker
    /// stops and the error is rethrown; the lines written before it are whole and in order.
    /// (`medip screen` reads in runs through a package-level variant whose reading and writing
    /// do not wait for each other: `LineRunSource`.)
    ///
    /// - Returns: the counts over all lines.
    public func screenJSONLines(
        readLine: () throws -> ArraySlice<UInt8>?,
        write: ([UInt8]) throws -> Void,
        progress: (Int) -> Void = { _ in }
    ) throws -> ScreeningSummary {
        try screenJSONLines(output: .decisions, readLine: readLine, write: write, progress: progress)
    }

    /// What each output line of ``screenJSONLines(output:readLine:write:progress:)`` holds.
    public enum LineOutput: String, StableStringEnum {
        /// The ``ScreenedLine``: the decision with its citations (or the failure).
        case decisions
        /// A compact ``ScreenedVerdict``: the disposition, its date, a concurrent disposition,
        /// consequences and flags — what a nightly re-screen compares, a fraction of the bytes.
        case verdicts
    }

    /// Screens JSON Lines as ``screenJSONLines(readLine:write:progress:)`` does, writing either
    /// full decisions or compact verdicts. Verdict lines still come from validated cases; their
    /// summary counts dispositions (not measures, which a verdict does not cite).
    public func screenJSONLines(
        output: LineOutput,
        readLine: () throws -> ArraySlice<UInt8>?,
        write: ([UInt8]) throws -> Void,
        progress: (Int) -> Void = { _ in }
    ) throws -> ScreeningSummary {
        try withoutActuallyEscaping(readLine) { readLine in
            try screenJSONLines(output: output, input: .lines(readLine), write: write) { lines, _ in progress(lines) }
        }
    }

    /// Screens JSON Lines as ``screenJSONLines(output:readLine:write:progress:)`` does, taking
    /// the input in runs of whole lines from `runs` (`medip`'s line reader): reading then never
    /// waits for writing, nor writing for reading — `runs` is called under the pipeline's input
    /// lock, `write` and `progress` under its output lock, possibly at the same time. `progress`
    /// receives the lines written and the input bytes they stood for.
    package func screenJSONLines(
        output: LineOutput,
        runs: some LineRunSource,
        write: ([UInt8]) throws -> Void,
        progress: (_ lines: Int, _ bytes: Int) -> Void
    ) throws -> ScreeningSummary {
        try screenJSONLines(output: output, input: .runs(runs), write: write, progress: progress)
    }

    /// The screening of both input forms.
    func screenJSONLines(
        output: LineOutput,
        input: PipelineInput,
        write: ([UInt8]) throws -> Void,
        progress: (_ lines: Int, _ bytes: Int) -> Void
    ) throws -> ScreeningSummary {
        switch output {
        case .decisions:
            // The evaluator's constant strings, escaped once for the whole screening.
            let fragments = DecisionFragments(evaluator)
            return try screenPipelined(input: input, write: write, progress: progress) { line, bytes, output, counts, scratch in
                appendScreened(line: line, json: bytes, to: &output, counts: &counts, fragments: fragments, scratch: &scratch)
            }.summary
        case .verdicts:
            return try screenPipelined(input: input, write: write, progress: progress) { line, bytes, output, counts, scratch in
                switch verdict(json: bytes, scratch: &scratch) {
                case .success(let verdict):
                    counts.add(verdict)
                    ScreenedLineWriter.appendLine(to: &output) { $0.writeDecided(line: line, verdict) }
                case .failure(let failure):
                    let record = ScreenedVerdict(line: line, verdict: nil, error: failure)
                    ScreenedLineWriter.appendLine(to: &output) { $0.write(record) }
                    counts.add(failure)
                }
            }.summary
        }
    }

    /// The loop every output shares (with or without a horizon): an ordered pipeline on ``jobs``
    /// workers (the calling thread is one, see ``OrderedPipeline``). A worker takes the next run
    /// of lines from the input, turns them into output bytes and counts without any lock, and
    /// hands the run back; whichever worker completes the oldest outstanding run writes every
    /// run that is now next in order. Reading, deciding and writing thus overlap on every core
    /// without a pause between batches, and at most ``batchSize`` lines are in flight
    /// (``pipelineShape(batchSize:jobs:)``). `ahead` is the sum of the runs'
    /// ``ScreeningCounts/ahead``, `nil` when no run counted a change.
    func screenPipelined(
        input: PipelineInput,
        write: ([UInt8]) throws -> Void,
        progress: (_ lines: Int, _ bytes: Int) -> Void,
        transform: @escaping OrderedPipeline.Transform
    ) throws -> (summary: ScreeningSummary, ahead: HorizonSummary?) {
        let (runLength, outstanding) = Screener.pipelineShape(batchSize: batchSize, jobs: jobs)
        return try withoutActuallyEscaping(write) { write in
            try withoutActuallyEscaping(progress) { progress in
                let pipeline = OrderedPipeline(
                    input: input, write: write, progress: progress, transform: transform,
                    runLength: runLength, outstanding: outstanding, jobs: jobs)
                #if canImport(Dispatch)
                if jobs > 1 {
                    DispatchQueue.concurrentPerform(iterations: jobs) { _ in pipeline.work() }
                } else {
                    pipeline.work()
                }
                #else
                pipeline.work()
                #endif
                let result = try pipeline.result()
                return (result.summary.stamped(decidedBy: evaluator), result.ahead)
            }
        }
    }

    /// The run length and the most runs taken and not yet written, so that the lines in flight
    /// (read and not yet written) never exceed `batchSize`, whatever `jobs` is:
    /// `run = max(1, min(256, batchSize / (jobs + 1)))` lines, at most `batchSize / run` runs
    /// outstanding. With `jobs + 1` runs or more outstanding every worker has one to decide
    /// while the oldest is written; a batch smaller than `jobs + 1` leaves some workers idle
    /// rather than exceed it.
    static func pipelineShape(batchSize: Int, jobs: Int) -> (runLength: Int, outstanding: Int) {
        let runLength = max(1, min(256, batchSize / (jobs + 1)))
        return (runLength, max(1, batchSize / runLength))
    }

    /// Appends a record as one line of compact JSON with sorted keys, newline-terminated, by the
    /// hand-written writer (the bytes `JSONEncoder` writes; the constant strings copied from
    /// `fragments` when given).
    static func appendLine(_ record: ScreenedLine, to output: inout [UInt8], fragments: DecisionFragments? = nil) {
        ScreenedLineWriter.appendLine(to: &output, fragments: fragments) { $0.write(record) }
    }

    /// Appends a decided line as ``appendLine(_:to:fragments:)`` appends a ``ScreenedLine``
    /// holding `decision`, without building the record.
    static func appendDecided(line: Int, _ decision: Decision, to output: inout [UInt8], fragments: DecisionFragments?) {
        ScreenedLineWriter.appendLine(to: &output, fragments: fragments) { $0.writeDecided(line: line, decision) }
    }
}

extension ScreenedLine {
    /// Appends the record to `output` exactly as `medip screen` and
    /// ``Screener/screenJSONLines(readLine:write:progress:)`` write it: one line of compact JSON
    /// with sorted keys and unescaped slashes, then a newline.
    ///
    /// For a program that numbers and screens lines itself (a service fed a request body chunk
    /// by chunk) and must write the same bytes as the screener.
    public func appendJSONLine(to output: inout [UInt8]) {
        Screener.appendLine(self, to: &output)
    }
}

/// One screened line in verdict form: `{"line": 7, "verdict": {…}}` or `{"line": 8, "error": {…}}`.
public struct ScreenedVerdict: Sendable, Hashable, Codable {
    /// The 1-based line number in the input.
    public var line: Int
    /// The verdict, when the case was decided.
    public var verdict: Verdict?
    /// The failure, when it was not.
    public var error: ScreeningFailure?

    /// Creates a verdict line.
    public init(line: Int, verdict: Verdict?, error: ScreeningFailure?) {
        self.line = line
        self.verdict = verdict
        self.error = error
    }
}

extension Screener {
    /// Decodes, validates and decides one line as a verdict.
    public func verdict(json bytes: ArraySlice<UInt8>) -> Result<Verdict, ScreeningFailure> {
        var scratch = ScreeningScratch()
        return verdict(json: bytes, scratch: &scratch).map(Verdict.init)
    }

    /// Decodes, validates and decides one line as a verdict, reading it into `scratch`'s case.
    /// The verdict is answered in parts (``VerdictParts``), written without making its lists.
    func verdict(json bytes: ArraySlice<UInt8>, scratch: inout ScreeningScratch) -> Result<VerdictParts, ScreeningFailure> {
        switch scratch.withCase(decoding: bytes, options: decoding, { facts, _ in verdict(facts) }) {
        case .success(let result): result
        case .failure(let error): .failure(ScreeningFailure(decoding: error))
        }
    }

    /// Validates and decides one case as a verdict.
    private func verdict(_ facts: Case) -> Result<VerdictParts, ScreeningFailure> {
        do throws(EvaluationError) {
            try evaluator.requireValid(facts)
            return .success(try evaluator.verdictParts(for: facts, asOf: asOf))
        } catch {
            return .failure(ScreeningFailure(error, caseID: facts.id))
        }
    }
}

/// Counts over some screened lines — one worker's run, or one line for
/// ``ScreeningSummary/record(_:)`` — added to a ``ScreeningSummary`` in one go: integer slots
/// instead of a dictionary per line. When screening, a cited measure is counted in its slot of
/// the screening's ``DecisionFragments`` (``add(_:slots:)``: an index, no search, no sort);
/// otherwise, and for a measure the fragments do not know, measures get a slot the first time
/// one is cited in the run (a run cites a few dozen at most), found by comparing the ordinal
/// first, so that counting a citation hashes nothing.
struct ScreeningCounts: Sendable {
    var total = 0
    var decided = 0
    var dispositions = [Int](repeating: 0, count: DispositionKind.allCases.count)  // by slot
    var failures: [ScreeningFailure.Stage: Int] = [:]
    /// The measures cited in the run, one slot each, and their counts.
    var measureSlots: [MeasureID] = []
    var measureCounts: [Int] = []
    /// The measure of each slot of ``DecisionFragments`` (empty until ``add(_:slots:)``), the
    /// decisions citing it, and the last decision (its number in ``decided``) that counted it.
    var fragmentMeasures: [MeasureID] = []
    var fragmentCounts: [Int] = []
    var fragmentCounted: [Int] = []
    var overdue = 0
    var unknownDates = 0
    /// The next changes within the horizon of a horizon screening, `nil` until one is counted.
    var ahead: HorizonSummary?

    /// Counts one citation of `measure`.
    @inline(__always)
    mutating func count(_ measure: MeasureID) {
        for index in measureSlots.indices
        where measureSlots[index].ordinal == measure.ordinal && measureSlots[index].document == measure.document {
            measureCounts[index] += 1
            return
        }
        measureSlots.append(measure)
        measureCounts.append(1)
    }

    mutating func add(_ decision: Decision) {
        total += 1
        decided += 1
        dispositions[decision.disposition.kind.slot] += 1
        for other in decision.concurrentDispositions { dispositions[other.kind.slot] += 1 }
        for measure in decision.citedMeasures { count(measure) }
        if !decision.overdueObligations.isEmpty { overdue += 1 }
        if decision.hasUnknownDate { unknownDates += 1 }
    }

    /// Makes the slots of `fragments`' measures, once.
    mutating func prepareSlots(_ fragments: DecisionFragments) {
        guard fragmentCounts.isEmpty else { return }
        fragmentMeasures = fragments.measures
        fragmentCounts = [Int](repeating: 0, count: fragments.measures.count)
        fragmentCounted = fragmentCounts
    }

    /// Counts a citation of the measure of `slot` by the current decision (the ``decided``-th),
    /// once per decision: a slot remembers the decision that last counted it.
    @inline(__always)
    mutating func cite(slot: Int) {
        if fragmentCounted[slot] != decided {
            fragmentCounted[slot] = decided
            fragmentCounts[slot] += 1
        }
    }

    /// Counts a decision as ``add(_:)`` does, each cited measure in its slot of `fragments`.
    mutating func add(_ decision: Decision, slots fragments: DecisionFragments) {
        prepareSlots(fragments)
        total += 1
        decided += 1
        dispositions[decision.disposition.kind.slot] += 1
        for other in decision.concurrentDispositions { dispositions[other.kind.slot] += 1 }
        // Each measure once per decision: a slot remembers the decision that last counted it.
        var others: [MeasureID] = []  // measures without a slot (decisions built by hand), rare
        func cite(_ measures: [MeasureID]) {
            for measure in measures {
                if let slot = fragments.slot(of: measure) {
                    self.cite(slot: slot)
                } else if !others.contains(measure) {
                    others.append(measure)
                }
            }
        }
        cite(decision.disposition.measures)
        for index in decision.concurrentDispositions.indices { cite(decision.concurrentDispositions[index].measures) }
        var isOverdue = false  // as `decision.overdueObligations` is not empty, without building it
        for index in decision.obligations.indices {
            cite(decision.obligations[index].measures)
            isOverdue = isOverdue || decision.obligations[index].isOverdue(on: decision.asOf)
        }
        for index in decision.consequences.indices { cite(decision.consequences[index].measures) }
        for index in decision.flags.indices { cite(decision.flags[index].measures) }
        for measure in others { count(measure) }
        if isOverdue { overdue += 1 }
        if decision.hasUnknownDate { unknownDates += 1 }
    }

    mutating func add(_ verdict: VerdictParts) {
        total += 1
        decided += 1
        dispositions[verdict.disposition.slot] += 1
        if let other = verdict.concurrent { dispositions[other.slot] += 1 }
        // Matched, not compared with `nil`: the comparison copied the verdict at every line.
        if case .some = verdict.unknownDate { unknownDates += 1 }
    }

    mutating func add(_ failure: ScreeningFailure) {
        total += 1
        failures[failure.stage, default: 0] += 1
    }
}

extension ScreeningSummary {
    /// Adds a worker's counts.
    mutating func add(_ counts: ScreeningCounts) {
        total += counts.total
        decided += counts.decided
        failed += counts.total - counts.decided
        for (slot, count) in counts.dispositions.enumerated() where count > 0 {
            dispositions[DispositionKind.bySlot[slot].rawValue, default: 0] += count
        }
        for (stage, count) in counts.failures { failures[stage.rawValue, default: 0] += count }
        for (measure, count) in zip(counts.measureSlots, counts.measureCounts) {
            measures[measure.description, default: 0] += count
        }
        for (measure, count) in zip(counts.fragmentMeasures, counts.fragmentCounts) where count > 0 {
            measures[measure.description, default: 0] += count
        }
        overdue += counts.overdue
        unknownDates += counts.unknownDates
    }
}
