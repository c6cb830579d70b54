import Dispatch
import HTTPTypes
import Hummingbird
import Logging
import MedIPPolicy
import NIOCore

/// One `POST /v1/screenings`: JSON Lines in, JSON Lines out, both streamed.
///
/// The body is read chunk by chunk into a ``LineBatcher``; whenever a batch is full
/// (``ServiceLimits/screeningBatchLines`` lines or ``ServiceLimits/screeningBatchBytes`` bytes)
/// or the body ends, its lines are decided on the screener's workers off the server's threads,
/// logged, and written to the response, and the next batch is read. At most one batch and one
/// line are held, whatever the body's length; when the client reads slowly, writing waits and so
/// does reading (back-pressure both ways).
///
/// The output is what `medip screen` writes for the same lines: one ``ScreenedLine`` per non-blank
/// input line, in order, with its line number (blank lines are skipped and counted). A screening
/// that must stop early — the time limit, the size limit, a failed decision log, an unreadable
/// body — ends with one ``ServiceError`` line (it has no `line` key) after the lines decided so far.
final class Screening: @unchecked Sendable {
    // @unchecked: the handler touches the state only before it returns the response, and the
    // response body only after; the two never run at the same time.
    private var iterator: RequestBody.AsyncIterator
    private var batcher: LineBatcher
    private var ended = false
    private var bytesRead = 0
    private let screener: Screener
    private let limits: ServiceLimits
    private let requestID: String
    private let decisionLog: DecisionLog?
    private let metrics: ServiceMetrics
    private let logger: Logger
    private let started = ContinuousClock.now

    init(
        body: RequestBody, screener: Screener, limits: ServiceLimits, requestID: String, decisionLog: DecisionLog?,
        metrics: ServiceMetrics, logger: Logger
    ) {
        iterator = body.makeAsyncIterator()
        batcher = LineBatcher(maximumLine: CaseFile.maxBytes)
        self.screener = screener
        self.limits = limits
        self.requestID = requestID
        self.decisionLog = decisionLog
        self.metrics = metrics
        self.logger = logger
    }

    /// Reads until the first non-blank line is whole and refuses (400 `notJSONLines`) a body
    /// that is plainly a JSON document or array rather than JSON Lines, before any output.
    func checkFirstLine() async throws {
        while true {
            if let (number, line) = firstNonBlankLine() {
                if let message = LineBatcher.notJSONLines(line, number: number) {
                    var error = ServiceError(status: 400, code: "notJSONLines", message: message)
                    error.line = number
                    error.column = 1
                    throw error
                }
                return
            }
            if ended { return }
            try await readChunk()
            if batcher.lines.count >= limits.screeningBatchLines || batcher.bufferedBytes >= limits.screeningBatchBytes { return }
        }
    }

    private func firstNonBlankLine() -> (Int, ArraySlice<UInt8>)? {
        for (index, range) in batcher.lines.enumerated() {
            let line = batcher.peek(range)
            if !LineBatcher.isBlank(line) { return (index + 1, line) }
        }
        return nil
    }

    /// Reads one chunk of the body (or notes its end).
    private func readChunk() async throws {
        guard let chunk = try await iterator.next() else {
            batcher.finish()
            ended = true
            return
        }
        bytesRead += chunk.readableBytes
        if bytesRead > limits.maxScreeningBytes {
            throw ServiceError(status: 413, code: "tooLarge", message: "the body has more than \(limits.maxScreeningBytes) bytes, the limit")
        }
        chunk.withUnsafeReadableBytes { batcher.append($0) }
    }

    /// Decides and writes every line of the body, batch by batch.
    func stream(to writer: inout any ResponseBodyWriter) async throws {
        let deadline = started + .seconds(limits.screeningSeconds)
        var summary = (decided: 0, failed: 0)
        var stop: ServiceError?
        while true {
            do {
                while !ended && batcher.lines.count < limits.screeningBatchLines && batcher.bufferedBytes < limits.screeningBatchBytes {
                    try await readChunk()
                }
            } catch let error as ServiceError {
                stop = error
            } catch {
                stop = ServiceError(status: 400, code: "unreadableBody", message: "the body could not be read: \(error)")
            }
            let batch = batcher.takeBatch()
            if !batch.lines.isEmpty {
                let result = await decide(batch)
                if let failure = result.logFailure {
                    // A decision that cannot be logged is not sent either.
                    stop = ServiceError(status: 503, code: "decisionLogFailed", message: "the decisions could not be logged: \(failure)")
                    break
                }
                if let decisionLog, !result.log.isEmpty {
                    do {
                        try await decisionLog.append(result.log)
                    } catch {
                        stop = ServiceError(status: 503, code: "decisionLogFailed", message: "the decisions could not be logged: \(error)")
                        break
                    }
                }
                try await writer.write(ByteBuffer(bytes: result.output))
                metrics.decided(result.dispositions, endpoint: "screenings")
                metrics.screeningFailures(result.failures)
                summary.decided += result.dispositions.values.reduce(0, +)
                summary.failed += result.failures.values.reduce(0, +)
            }
            if stop != nil || ended { break }
            if ContinuousClock.now > deadline {
                stop = ServiceError(status: 503, code: "timeLimit", message: "the screening took longer than the limit of \(limits.screeningSeconds) s")
                break
            }
        }
        if var stop {
            stop.requestId = requestID
            metrics.failed(stop)
            logger.warning("screening stopped early", metadata: ["requestId": "\(requestID)", "code": "\(stop.code)"])
            try await writer.write(ByteBuffer(bytes: stop.jsonLine()))
        }
        logger.info(
            "screening done",
            metadata: ["requestId": "\(requestID)", "decided": "\(summary.decided)", "failed": "\(summary.failed)", "bytes": "\(bytesRead)"])
        try await writer.finish(nil)
    }

    /// What one batch gave: the output lines, the log lines, and the counts.
    struct BatchResult: Sendable {
        var output: [UInt8] = []
        var log: [UInt8] = []
        /// Why a decision's log line could not be written (the batch is then not sent).
        var logFailure: String?
        var dispositions: [String: Int] = [:]
        var failures: [String: Int] = [:]
    }

    /// Decides a batch on the screener's workers, on a dispatch thread (not the server's).
    private func decide(_ batch: LineBatcher.Batch) async -> BatchResult {
        let screener = screener
        let logging = decisionLog != nil
        let requestID = requestID
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let parts = screener.parallelMap(Array(batch.lines.indices)) { index in
                    Self.decide(batch, index, screener, logging: logging, requestID: requestID)
                }
                var result = BatchResult()
                for part in parts {
                    result.output.append(contentsOf: part.output)
                    result.log.append(contentsOf: part.log)
                    result.logFailure = result.logFailure ?? part.logFailure
                    for (key, count) in part.dispositions { result.dispositions[key, default: 0] += count }
                    for (key, count) in part.failures { result.failures[key, default: 0] += count }
                }
                continuation.resume(returning: result)
            }
        }
    }

    /// Decides one line: its output line (as `medip screen` writes it) and, when logging, its log line.
    private static func decide(
        _ batch: LineBatcher.Batch, _ index: Int, _ screener: Screener, logging: Bool, requestID: String
    ) -> BatchResult {
        var result = BatchResult()
        let line = batch.bytes[batch.lines[index]]
        guard !LineBatcher.isBlank(line) else { return result }
        let number = batch.firstLine + index
        switch screener.screen(json: line) {
        case .success(let decision):
            ScreenedLine(line: number, decision: decision, error: nil).appendJSONLine(to: &result.output)
            result.dispositions[decision.disposition.kind.rawValue] = 1
            if logging {
                let entry = DecisionLogEntry(
                    time: Timestamp.now().iso8601, requestId: requestID, endpoint: "screenings", line: number,
                    caseDigest: CaseFile.digest(line), asOf: screener.asOf, ruleSetDigest: decision.ruleSetDigest,
                    decision: decision)
                do throws(CaseFileError) {
                    result.log = try entry.jsonLine()
                } catch {
                    result.logFailure = error.description
                }
            }
        case .failure(let failure):
            ScreenedLine(line: number, decision: nil, error: failure).appendJSONLine(to: &result.output)
            result.failures[failure.stage.rawValue] = 1
        }
        return result
    }
}
