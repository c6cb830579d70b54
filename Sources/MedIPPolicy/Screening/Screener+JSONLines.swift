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
    /// Screens JSON Lines: reads lines with `readLine` (one case file each, without the newline;
    /// `nil` at the end), decodes, decides and encodes them in parallel batches, and calls
    /// `write` with each output line (a ``ScreenedLine`` as compact JSON plus a newline) in input
    /// order. Blank lines are skipped (their numbers still count). `progress` is called after
    /// each batch with the lines done so far.
    ///
    /// Memory is bounded by one batch of input and output, whatever the input's length.
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
        switch output {
        case .decisions:
            return try screenBatches(readLine: readLine, write: write, progress: progress) { line, bytes in
                switch screen(json: bytes) {
                case .success(let decision):
                    return (Screener.encodeLine(ScreenedLine(line: line, decision: decision, error: nil)), LineTally(decision))
                case .failure(let failure):
                    return (Screener.encodeLine(ScreenedLine(line: line, decision: nil, error: failure)), LineTally(failure))
                }
            }
        case .verdicts:
            return try screenBatches(readLine: readLine, write: write, progress: progress) { line, bytes in
                var writer = ScreenedLineWriter()
                switch verdict(json: bytes) {
                case .success(let verdict):
                    writer.write(ScreenedVerdict(line: line, verdict: verdict, error: nil))
                    return (writer.bytes + [0x0A], LineTally(verdict))
                case .failure(let failure):
                    writer.write(ScreenedVerdict(line: line, verdict: nil, error: failure))
                    return (writer.bytes + [0x0A], LineTally(failure))
                }
            }
        }
    }

    /// The batch loop both outputs share: read up to ``batchSize`` non-blank lines, turn them into
    /// output bytes and tallies on ``jobs`` workers, write and count them in input order, repeat.
    private func screenBatches(
        readLine: () throws -> ArraySlice<UInt8>?,
        write: ([UInt8]) throws -> Void,
        progress: (Int) -> Void,
        transform: @escaping @Sendable (Int, ArraySlice<UInt8>) -> ([UInt8], LineTally)
    ) throws -> ScreeningSummary {
        var summary = ScreeningSummary()
        var lineNumber = 0
        var done = 0
        while true {
            var batch: [(Int, ArraySlice<UInt8>)] = []
            batch.reserveCapacity(batchSize)
            while batch.count < batchSize, let line = try readLine() {
                lineNumber += 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                batch.append((lineNumber, line))
            }
            if batch.isEmpty { break }
            for (bytes, tally) in parallelMap(batch, { transform($0.0, $0.1) }) {
                summary.add(tally)
                try write(bytes)
            }
            done += batch.count
            progress(done)
        }
        return summary
    }

    /// A record as one line of compact JSON with sorted keys, newline-terminated: the hand-written
    /// writer for records without a trace, `JSONEncoder` for those with one (same bytes).
    static func encodeLine(_ record: ScreenedLine) -> [UInt8] {
        if var bytes = ScreenedLineWriter.encode(record) {
            bytes.append(0x0A)
            return bytes
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var bytes = try? [UInt8](encoder.encode(record)) else {
            return Array(#"{"line":\#(record.line),"error":{"stage":"evaluation","problems":[{"path":"","code":"encoding","message":"the decision could not be encoded"}]}}"#.utf8) + [0x0A]
        }
        bytes.append(0x0A)
        return bytes
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
        let facts: Case
        do {
            facts = try CaseFile.decodeLine(bytes)
        } catch {
            return .failure(ScreeningFailure(stage: .decoding, caseID: nil, problems: [
                ScreeningFailure.Problem(path: error.path, code: error.code.rawValue, message: error.message),
            ]))
        }
        let problems = facts.validate(rules: evaluator.patentTermRules).filter { $0.severity == .error }
        guard problems.isEmpty else { return .failure(ScreeningFailure(.invalidCase(problems), caseID: facts.id)) }
        do {
            return .success(try evaluator.verdict(for: facts, asOf: asOf))
        } catch {
            return .failure(ScreeningFailure(error, caseID: facts.id))
        }
    }
}

/// What one screened line adds to the summary, without a dictionary per line.
struct LineTally: Sendable {
    var disposition: DispositionKind?
    var concurrent: [DispositionKind] = []
    var measures: [MeasureID] = []
    var failure: ScreeningFailure.Stage?

    init(_ decision: Decision) {
        disposition = decision.disposition.kind
        concurrent = decision.concurrentDispositions.map(\.kind)
        measures = decision.citedMeasures
    }

    init(_ verdict: Verdict) {
        disposition = verdict.disposition
        if let other = verdict.concurrent { concurrent = [other] }
    }

    init(_ failure: ScreeningFailure) { self.failure = failure.stage }
}

extension ScreeningSummary {
    /// Counts one screened line.
    mutating func add(_ tally: LineTally) {
        total += 1
        if let stage = tally.failure {
            failed += 1
            failures[stage.rawValue, default: 0] += 1
            return
        }
        decided += 1
        if let kind = tally.disposition { dispositions[kind.rawValue, default: 0] += 1 }
        for kind in tally.concurrent { dispositions[kind.rawValue, default: 0] += 1 }
        for measure in tally.measures { measures[measure.description, default: 0] += 1 }
    }
}
