#if canImport(Dispatch)
import Dispatch
#endif

/// Screens many cases on one as-of date, using every core, in input order, with constant memory.
///
/// 京医保发〔2026〕3号（二） asks healthcare-security departments for an infringement-risk
/// screening and early-warning mechanism (涉知识产权侵权风险筛查预警机制): a platform re-screens
/// its whole catalogue whenever a ruling, a declaration or a credit result arrives. A screener
/// decides cases in parallel on ``jobs`` workers and hands the results on in input order, with
/// about ``batchSize`` cases in flight at a time, so memory is bounded whatever the input's
/// length. For JSON Lines the workers also read and write (an ordered pipeline: no core waits
/// for a batch to be read or written). A case that cannot be read, is invalid or cannot be
/// decided is reported in place as a ``ScreeningFailure``; the screening goes on.
public struct Screener: Sendable {
    /// The evaluator (compiled once, shared by all workers).
    public let evaluator: Evaluator
    /// The as-of date of every decision.
    public let asOf: CivilDate
    /// The number of workers (at least 1).
    public let jobs: Int
    /// Cases in flight at a time (at least 1): a batch for ``screen(_:handle:)``. For JSON Lines,
    /// at most `batchSize` lines are read and not yet written, whatever ``jobs`` is: lines go
    /// to the workers in runs of `max(1, min(256, batchSize / (jobs + 1)))`, and at most
    /// `batchSize / run` runs are outstanding.
    public let batchSize: Int
    /// How much of each decision to build (``DecisionDetail/summary`` by default: no trace).
    public let detail: DecisionDetail
    /// How case files are read (``CaseFile/DecodingOptions/strict`` by default).
    public let decoding: CaseFile.DecodingOptions

    /// Creates a screener.
    ///
    /// - Parameters:
    ///   - evaluator: the evaluator to share across workers.
    ///   - asOf: the as-of date of every decision.
    ///   - jobs: workers; defaults to the number of active processors.
    ///   - batchSize: cases per batch; memory grows with it, not with the input.
    ///   - detail: how much of each decision to build.
    ///   - decoding: how case files are read; ``CaseFile/DecodingOptions/allowingUnknownKeys``
    ///     is the escape hatch for documents with fields this library does not know.
    public init(
        evaluator: Evaluator = Evaluator(), asOf: CivilDate, jobs: Int? = nil, batchSize: Int = 2_048,
        detail: DecisionDetail = .summary, decoding: CaseFile.DecodingOptions = .strict
    ) {
        self.evaluator = evaluator
        self.asOf = asOf
        self.jobs = max(1, min(jobs ?? Screener.processorCount, 256))
        self.batchSize = max(1, batchSize)
        self.detail = detail
        self.decoding = decoding
    }

    /// The number of processors the screener uses by default.
    public static var processorCount: Int {
        #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
        ProcessInfo.processInfo.activeProcessorCount
        #else
        1
        #endif
    }

    /// Decides one case, reporting failure in place.
    public func screen(_ facts: Case) -> Result<Decision, ScreeningFailure> {
        do {
            return .success(try evaluator.evaluate(facts, asOf: asOf, detail: detail))
        } catch {
            return .failure(ScreeningFailure(error, caseID: facts.id))
        }
    }

    /// Decodes and decides one case file (one JSON Lines line).
    public func screen(json bytes: ArraySlice<UInt8>) -> Result<Decision, ScreeningFailure> {
        let facts: Case
        do {
            facts = try readCase(json: bytes)
        } catch {
            return .failure(error)
        }
        return screen(facts)
    }

    /// Decodes one case file (one JSON Lines line); a line that is not one is a decoding
    /// failure. (Thrown, not returned in a `Result`: taking the case out of one copied it.)
    func readCase(json bytes: ArraySlice<UInt8>) throws(ScreeningFailure) -> Case {
        do {
            return try CaseFile.decodeLine(bytes, options: decoding)
        } catch {
            throw ScreeningFailure(decoding: error)
        }
    }

    /// Screens a sequence of cases, calling `handle` with each result in input order.
    ///
    /// - Returns: the counts over all cases.
    public func screen<Cases: Sequence>(
        _ cases: Cases, handle: (Int, Result<Decision, ScreeningFailure>) throws -> Void
    ) rethrows -> ScreeningSummary where Cases.Element == Case {
        var summary = ScreeningSummary(decidedBy: evaluator)
        var iterator = cases.makeIterator()
        var offset = 0
        while true {
            var batch: [Case] = []
            batch.reserveCapacity(batchSize)
            while batch.count < batchSize, let next = iterator.next() { batch.append(next) }
            if batch.isEmpty { break }
            let results = parallelMap(batch) { screen($0) }
            for (index, result) in results.enumerated() {
                switch result {
                case .success(let decision): summary.record(decision)
                case .failure(let failure): summary.record(failure)
                }
                try handle(offset + index, result)
            }
            offset += batch.count
        }
        return summary
    }

    /// Maps a batch on ``jobs`` workers, preserving order.
    public func parallelMap<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], _ transform: @Sendable (Input) -> Output
    ) -> [Output] {
        guard jobs > 1, inputs.count > 1 else { return inputs.map(transform) }
        let slots = ResultSlots<Output>(count: inputs.count)
        let workers = min(jobs, inputs.count)
        let chunk = (inputs.count + workers - 1) / workers
        #if canImport(Dispatch)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let start = worker * chunk
            let end = min(inputs.count, start + chunk)
            guard start < end else { return }
            for index in start..<end { slots.set(index, transform(inputs[index])) }
        }
        #else
        for index in inputs.indices { slots.set(index, transform(inputs[index])) }
        #endif
        return slots.values(or: inputs.map(transform))
    }
}

/// Write-once result slots for one parallel batch.
///
/// The slots are one buffer allocated up front; each worker writes only its own indices through
/// the buffer's pointer, and the values are read only after `concurrentPerform` has returned.
/// No Swift array is mutated concurrently (an array's `withUnsafeMutableBufferPointer` is a
/// mutating access to the whole array, which ThreadSanitizer rightly reports as a race even for
/// disjoint indices). That is why the class can be `@unchecked Sendable`; it never outlives the
/// batch, so the library keeps no shared mutable state.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = UnsafeMutableBufferPointer<Value?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// Stores the value for `index`; called once per index, by one worker.
    func set(_ index: Int, _ value: Value) {
        slots[index] = value
    }

    /// The values in order; `fallback` only if a slot was somehow left empty (never expected).
    func values(or fallback: @autoclosure () -> [Value]) -> [Value] {
        let filled = slots.compactMap { $0 }
        return filled.count == slots.count ? filled : fallback()
    }
}

extension ScreeningFailure {
    /// The failure for a line that is not a readable case file.
    init(decoding error: CaseFileError) {
        self.init(stage: .decoding, caseID: nil, problems: [
            Problem(path: error.path, code: error.code.rawValue, message: error.message),
        ])
    }

    /// The failure for an evaluation error: validation problems with their paths, or the calendar
    /// problem with the case field its date is counted from (empty when none, e.g. the as-of date).
    init(_ error: EvaluationError, caseID: String) {
        if error.issues.isEmpty {
            self.init(stage: .evaluation, caseID: caseID, problems: [
                Problem(path: error.path ?? "", code: "calendar", message: error.description),
            ])
        } else {
            self.init(stage: .validation, caseID: caseID, problems: error.issues.map {
                Problem(path: $0.path, code: $0.code.rawValue, message: $0.message.en)
            })
        }
    }
}
