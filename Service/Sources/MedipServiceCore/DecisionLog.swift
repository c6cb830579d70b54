#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Logging
import MedIPPolicy
import ServiceLifecycle

/// The decision log (决策日志): an append-only JSON Lines file with one line per decision, for
/// audit — what OPA calls decision logs.
///
/// Each line is a ``DecisionLogEntry``. Lines are written by one thread in group commits: the
/// requests that finished deciding while the previous group was being written are appended with
/// one `write` (and, when ``DecisionLogConfiguration/durable``, one `fsync`), and only then are
/// their responses released. A decision whose response a client received is therefore in the
/// file: handed to the operating system (it survives a crash or `kill -9` of the service) or, when
/// durable, on disk (it survives a crash of the machine).
///
/// A crash can still cut the last line short (a `write` torn by the kill of the process or of
/// the machine). Such a partial line never belonged to a response that was sent; at start,
/// ``recover(path:)`` moves it to `PATH.partial-TIME` and truncates the file to its last
/// newline, so that every line a reader finds is whole. A failed write is undone (truncated
/// away) and reported to the requests it carried, which then fail with 503.
///
/// The file is rotated by size: past ``DecisionLogConfiguration/rotateBytes`` it is renamed to
/// `PATH.N` (N one more than the highest such file, so the oldest has the lowest number) and a
/// new file is started. Rotated files are never deleted: archiving them is the operator's.
public final class DecisionLog: Service, @unchecked Sendable {
    // @unchecked: every mutable property is read and written under `condition`, except
    // `descriptor`, `size` and `nextSequence`, which only the flusher thread touches after `init`.
    private let configuration: DecisionLogConfiguration
    private let logger: Logger
    private let condition = NSCondition()
    private var pending: [UInt8] = []
    private var waiters: [CheckedContinuation<Void, any Error>] = []
    private var closing = false
    private var finished = false
    private var finishedWaiter: CheckedContinuation<Void, Never>?
    private var descriptor: Int32
    private var size: Int
    private var nextSequence: Int

    /// What ``recover(path:)`` found at start: `nil` when the file ended with a whole line.
    public let recovery: DecisionLogRecovery?

    /// Opens (or creates) the log, recovers a partial last line and starts the writer thread.
    ///
    /// - Throws: ``DecisionLogError`` when the file cannot be opened, read or repaired.
    public init(configuration: DecisionLogConfiguration, logger: Logger) throws(DecisionLogError) {
        self.configuration = configuration
        self.logger = logger
        recovery = try Self.recover(path: configuration.path)
        descriptor = try Self.openForAppend(configuration.path)
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let error = DecisionLogError.system("cannot inspect", configuration.path)
            close(descriptor)
            throw error
        }
        size = Int(info.st_size)
        nextSequence = Self.rotatedSequences(of: configuration.path).max().map { $0 + 1 } ?? 1
        if let recovery {
            logger.warning(
                "decision log ended with a partial line: moved aside, file truncated to its last whole line",
                metadata: [
                    "decisionLog.path": "\(configuration.path)", "decisionLog.quarantine": "\(recovery.quarantinePath)",
                    "decisionLog.partialBytes": "\(recovery.partialBytes)",
                ])
        }
        let thread = Thread { [self] in flushLoop() }
        thread.name = "decision-log"
        thread.start()
    }

    /// Appends whole lines (each newline-terminated) and returns when they are written (and, when
    /// durable, synced).
    ///
    /// - Throws: ``DecisionLogError`` when they could not be written, or the log is closed.
    public func append(_ lines: [UInt8]) async throws {
        guard !lines.isEmpty else { return }
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            condition.lock()
            if closing {
                condition.unlock()
                continuation.resume(throwing: DecisionLogError(message: "the decision log is closed"))
                return
            }
            pending.append(contentsOf: lines)
            waiters.append(continuation)
            condition.signal()
            condition.unlock()
        }
    }

    /// Runs until the service group shuts down gracefully (after the HTTP server, which finishes
    /// its requests first), then writes what is pending and closes the file.
    public func run() async throws {
        try? await gracefulShutdown()
        await shutdown()
    }

    /// Writes what is pending and closes the file; later appends fail.
    public func shutdown() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            condition.lock()
            closing = true
            if finished {
                condition.unlock()
                continuation.resume()
                return
            }
            finishedWaiter = continuation
            condition.signal()
            condition.unlock()
        }
    }

    // MARK: The writer thread

    private func flushLoop() {
        var batch: [UInt8] = []
        while true {
            condition.lock()
            while pending.isEmpty && !closing { condition.wait() }
            if pending.isEmpty {
                finished = true
                let waiter = finishedWaiter
                condition.unlock()
                if configuration.durable { _ = fsync(descriptor) }
                close(descriptor)
                waiter?.resume()
                return
            }
            swap(&batch, &pending)
            let resumed = waiters
            waiters = []
            condition.unlock()
            let failure = write(batch)
            if let failure {
                logger.error("decision log write failed", metadata: ["decisionLog.error": "\(failure.message)"])
            }
            for waiter in resumed {
                if let failure { waiter.resume(throwing: failure) } else { waiter.resume() }
            }
            batch.removeAll(keepingCapacity: true)
        }
    }

    /// Writes one group of lines, rotating first if they would take the file past the limit; a
    /// write that fails part-way is truncated away.
    private func write(_ bytes: [UInt8]) -> DecisionLogError? {
        if size > 0 && size + bytes.count > configuration.rotateBytes {
            if let failure = rotate() { return failure }
        }
        let written = bytes.withUnsafeBytes { raw -> Int in
            guard let base = raw.baseAddress else { return 0 }
            var done = 0
            while done < raw.count {
                let count = systemWrite(descriptor, base + done, raw.count - done)
                if count < 0 {
                    if errno == EINTR { continue }
                    return -(done + 1)
                }
                done += count
            }
            return done
        }
        if written < 0 {
            let failure = DecisionLogError.system("cannot write", configuration.path)
            _ = ftruncate(descriptor, off_t(size))
            return failure
        }
        if configuration.durable && fsync(descriptor) != 0 {
            let failure = DecisionLogError.system("cannot sync", configuration.path)
            _ = ftruncate(descriptor, off_t(size))
            return failure
        }
        size += bytes.count
        return nil
    }

    /// Renames the file to `PATH.N` and opens a new one.
    private func rotate() -> DecisionLogError? {
        let path = configuration.path
        let target = "\(path).\(nextSequence)"
        if configuration.durable { _ = fsync(descriptor) }
        guard rename(path, target) == 0 else { return .system("cannot rotate to \(target)", path) }
        close(descriptor)
        nextSequence += 1
        do {
            descriptor = try Self.openForAppend(path)
        } catch {
            descriptor = -1
            return error
        }
        size = 0
        if configuration.durable { Self.syncDirectory(of: path) }
        logger.info("decision log rotated", metadata: ["decisionLog.path": "\(path)", "decisionLog.rotatedTo": "\(target)"])
        return nil
    }

    // MARK: Files

    private static func openForAppend(_ path: String) throws(DecisionLogError) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .system("cannot open", path) }
        return descriptor
    }

    private static func syncDirectory(of path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        let descriptor = open(directory.isEmpty ? "." : directory, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    /// The numbers N of the rotated files `PATH.N` beside the log.
    static func rotatedSequences(of path: String) -> [Int] {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)) ?? []
        return entries.compactMap { entry in
            guard entry.hasPrefix(name + ".") else { return nil }
            let suffix = entry.dropFirst(name.count + 1)
            guard !suffix.isEmpty, suffix.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(suffix)
        }
    }

    /// Makes the log at `path` end with a whole line: a partial last line (left by a crash in
    /// the middle of a write) is copied to `PATH.partial-TIME` and cut from the file, which is
    /// then synced. Nothing happens when the file is absent, empty or ends with a newline.
    ///
    /// - Returns: what was moved aside, or `nil` when nothing was.
    /// - Throws: ``DecisionLogError`` when the file cannot be read, the partial line cannot be
    ///   saved, or the file cannot be truncated.
    public static func recover(path: String) throws(DecisionLogError) -> DecisionLogRecovery? {
        let descriptor = open(path, O_RDWR | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT { return nil }
            throw .system("cannot open", path)
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .system("cannot inspect", path) }
        let fileSize = Int(info.st_size)
        guard fileSize > 0 else { return nil }
        // Find the last newline, reading backwards in blocks.
        var keep = 0
        var end = fileSize
        var block = [UInt8](repeating: 0, count: 1 << 16)
        var lastByteIsNewline = false
        search: while end > 0 {
            let start = max(0, end - block.count)
            let count = end - start
            let read = block.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(start)) }
            guard read == count else { throw .system("cannot read", path) }
            if end == fileSize && block[count - 1] == 0x0A {
                lastByteIsNewline = true
                break search
            }
            for index in stride(from: count - 1, through: 0, by: -1) where block[index] == 0x0A {
                keep = start + index + 1
                break search
            }
            end = start
        }
        if lastByteIsNewline { return nil }
        // Save the partial line, then cut it.
        var tail = [UInt8](repeating: 0, count: fileSize - keep)
        let read = tail.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, fileSize - keep, off_t(keep)) }
        guard read == fileSize - keep else { throw .system("cannot read", path) }
        let quarantine = uniqueQuarantinePath(for: path)
        let saved = open(quarantine, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard saved >= 0 else { throw .system("cannot create", quarantine) }
        let wrote = tail.withUnsafeBytes { systemWrite(saved, $0.baseAddress, $0.count) }
        let synced = fsync(saved) == 0
        close(saved)
        guard wrote == tail.count, synced else { throw .system("cannot write", quarantine) }
        guard ftruncate(descriptor, off_t(keep)) == 0, fsync(descriptor) == 0 else { throw .system("cannot truncate", path) }
        syncDirectory(of: path)
        return DecisionLogRecovery(quarantinePath: quarantine, partialBytes: tail.count, keptBytes: keep)
    }

    private static func uniqueQuarantinePath(for path: String) -> String {
        let base = "\(path).partial-\(Timestamp.now().compact)"
        var candidate = base
        var number = 1
        while access(candidate, F_OK) == 0 {
            number += 1
            candidate = "\(base)-\(number)"
        }
        return candidate
    }
}

/// `write(2)`, named apart from the log's own `write`.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, buffer, count)
    #elseif canImport(Musl)
    Musl.write(descriptor, buffer, count)
    #else
    Darwin.write(descriptor, buffer, count)
    #endif
}

/// What ``DecisionLog/recover(path:)`` did with a partial last line.
public struct DecisionLogRecovery: Sendable, Hashable {
    /// Where the partial line was saved.
    public var quarantinePath: String
    /// How many bytes it had.
    public var partialBytes: Int
    /// How many bytes of whole lines the log kept.
    public var keptBytes: Int
}

/// A decision log that cannot be opened, written, synced or repaired.
public struct DecisionLogError: Error, Sendable, CustomStringConvertible {
    /// What failed, with the path and the system's reason.
    public var message: String

    /// The message.
    public var description: String { message }

    /// A failed system call on `path`, with `strerror(errno)`.
    static func system(_ what: String, _ path: String) -> DecisionLogError {
        DecisionLogError(message: "\(what) \(path): \(String(cString: strerror(errno)))")
    }
}

/// One line of the decision log.
///
/// JSON (keys sorted, one line): `time` (UTC, ISO 8601 with milliseconds), `requestId`,
/// `endpoint` (`decisions` or `screenings`), `line` (the input line, for a screening),
/// `caseDigest` (``CaseFile/digest(_:)`` of the case's bytes as received), `asOf`,
/// `ruleSetDigest` and `decision` (as the response carried it, trace included when asked for).
public struct DecisionLogEntry: Sendable, Encodable {
    /// When the decision was made (UTC).
    public var time: String
    /// The request's id.
    public var requestId: String
    /// `decisions` or `screenings`.
    public var endpoint: String
    /// The 1-based input line of a screening; `nil` for a single decision.
    public var line: Int?
    /// The SHA-256 of the case's bytes, `sha256:…`.
    public var caseDigest: String
    /// The as-of date.
    public var asOf: CivilDate
    /// The digest of the rules and catalog that decided (``Evaluator/ruleSetDigest``).
    public var ruleSetDigest: String
    /// The decision.
    public var decision: Decision

    /// The entry as one line of compact JSON with sorted keys, newline-terminated: the bytes
    /// `JSONEncoder` writes for the entry (`.sortedKeys`, `.withoutEscapingSlashes`), with the
    /// decision, most of the line, written by ``Decision/compactJSON()`` (the writer `medip
    /// screen` uses) and only the few fields around it by `JSONEncoder`.
    ///
    /// - Throws: ``CaseFileError`` (`encodingFailed`) when `JSONEncoder` fails.
    public func jsonLine() throws(CaseFileError) -> [UInt8] {
        // Sorted keys: `asOf`, `caseDigest`, then `decision`, then `endpoint`, `line`,
        // `requestId`, `ruleSetDigest`, `time`. Each side is an object of its own, spliced at
        // its braces.
        let before = try CaseFile.encode(Before(asOf: asOf, caseDigest: caseDigest), pretty: false)
        let after = try CaseFile.encode(
            After(endpoint: endpoint, line: line, requestId: requestId, ruleSetDigest: ruleSetDigest, time: time), pretty: false)
        var bytes = Array(before.dropLast())
        bytes.append(contentsOf: #","decision":"#.utf8)
        bytes.append(contentsOf: decision.compactJSON())
        bytes.append(UInt8(ascii: ","))
        bytes.append(contentsOf: after.dropFirst())
        bytes.append(0x0A)
        return bytes
    }

    /// The members that sort before `decision`.
    private struct Before: Encodable {
        var asOf: CivilDate
        var caseDigest: String
    }

    /// The members that sort after `decision` (`line` left out when `nil`, as in the entry).
    private struct After: Encodable {
        var endpoint: String
        var line: Int?
        var requestId: String
        var ruleSetDigest: String
        var time: String
    }
}

/// A UTC time stamp from the system clock.
struct Timestamp {
    var seconds: Int
    var milliseconds: Int

    static func now() -> Timestamp {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Timestamp(seconds: Int(spec.tv_sec), milliseconds: Int(spec.tv_nsec) / 1_000_000)
    }

    private var parts: (date: String, hour: Int, minute: Int, second: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        let date = (try? CivilDate(daysSinceEpoch: days))?.description ?? "0000-00-00"
        return (date, rest / 3_600, rest % 3_600 / 60, rest % 60)
    }

    /// `2026-12-05T22:57:05.123Z`.
    var iso8601: String {
        let (date, hour, minute, second) = parts
        return date + "T" + two(hour) + ":" + two(minute) + ":" + two(second) + "." + three(milliseconds) + "Z"
    }

    /// `20261205T225705Z`, for file names.
    var compact: String {
        let (date, hour, minute, second) = parts
        return date.replacingOccurrences(of: "-", with: "") + "T" + two(hour) + two(minute) + two(second) + "Z"
    }

    private func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    private func three(_ value: Int) -> String { value < 10 ? "00\(value)" : value < 100 ? "0\(value)" : "\(value)" }
}
