#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command reads and writes: the process's standard streams, or buffers in tests.
///
/// Immutable and `Sendable`: every stored property is a `let` of a `@Sendable` closure or a value.
public final class CommandIO: Sendable {
    private let writeOut: @Sendable (String) -> Void
    private let writeErr: @Sendable (String) -> Void
    private let readIn: @Sendable (Int) -> [UInt8]
    private let readChunk: @Sendable (UnsafeMutableRawBufferPointer) -> Int
    private let writeOutBytes: @Sendable ([UInt8]) -> Void
    /// Whether standard error is a terminal (progress bars are drawn only then).
    public let stderrIsTerminal: Bool

    /// Creates an IO from closures (tests capture into buffers).
    public init(
        out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
        stdin: @escaping @Sendable () -> [UInt8] = { [] }, stderrIsTerminal: Bool = false
    ) {
        writeOut = out
        writeErr = err
        readIn = { _ in stdin() }
        let cursor = InMemoryInput(stdin)
        readChunk = { buffer in cursor.read(into: buffer) }
        writeOutBytes = { bytes in out(String(decoding: bytes, as: UTF8.self)) }
        self.stderrIsTerminal = stderrIsTerminal
    }

    private init(
        out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
        boundedStdin: @escaping @Sendable (Int) -> [UInt8],
        chunk: @escaping @Sendable (UnsafeMutableRawBufferPointer) -> Int,
        bytes: @escaping @Sendable ([UInt8]) -> Void, stderrIsTerminal: Bool
    ) {
        writeOut = out
        writeErr = err
        readIn = boundedStdin
        readChunk = chunk
        writeOutBytes = bytes
        self.stderrIsTerminal = stderrIsTerminal
    }

    /// The process's standard streams.
    public static var standard: CommandIO {
        CommandIO(
            out: { text in writeAll(1, text) },
            err: { text in writeAll(2, text) },
            boundedStdin: { limit in
                // Reads at most `limit` bytes, so an endless or huge stream costs bounded memory.
                var bytes: [UInt8] = []
                var buffer = [UInt8](repeating: 0, count: 65_536)
                while bytes.count < limit {
                    let count = read(0, &buffer, min(buffer.count, limit - bytes.count))
                    if count < 0 && errno == EINTR { continue }
                    if count <= 0 { break }
                    bytes.append(contentsOf: buffer[0..<count])
                }
                return bytes
            },
            chunk: { buffer in
                guard let base = buffer.baseAddress else { return 0 }
                while true {
                    let count = read(0, base, buffer.count)
                    if count < 0 && errno == EINTR { continue }
                    return max(0, count)
                }
            },
            bytes: { bytes in writeAllBytes(1, bytes) },
            stderrIsTerminal: isatty(2) != 0)
    }

    /// Reads up to `buffer.count` bytes of standard input for a streaming reader; 0 at the end
    /// (or on error). Memory stays bounded by the caller's buffer.
    public func readStandardInput(into buffer: UnsafeMutableRawBufferPointer) -> Int { readChunk(buffer) }

    /// Writes bytes to standard output.
    public func writeBytes(_ bytes: [UInt8]) { writeOutBytes(bytes) }

    /// Writes a line to standard output.
    public func print(_ line: String = "") { writeOut(line + "\n") }
    /// Writes text to standard output with no newline.
    public func write(_ text: String) { writeOut(text) }
    /// Writes a line to standard error.
    public func error(_ line: String) { writeErr(line + "\n") }
    /// Writes text to standard error with no newline (progress).
    public func writeError(_ text: String) { writeErr(text) }
    /// The most bytes ``readFile(_:limit:)`` reads by default: 16 MiB (the largest input any
    /// reader accepts; each command passes its reader's own, smaller limit).
    public static let defaultReadLimit = 16 << 20

    /// Reads at most `limit` bytes of standard input (all of it when shorter).
    public func readStandardInput(limit: Int = CommandIO.defaultReadLimit) -> [UInt8] { readIn(limit) }

    /// Reads a file, or standard input when `path` is `-`, refusing one longer than `limit`
    /// bytes after reading at most `limit + 1` of them.
    /// - Throws: ``CommandError`` (exit 1) naming the path when it cannot be read or is too large.
    public func readFile(_ path: String, limit: Int = CommandIO.defaultReadLimit) throws(CommandError) -> [UInt8] {
        let bytes: [UInt8]
        if path == "-" {
            bytes = readStandardInput(limit: limit + 1)
        } else {
            guard let handle = fopen(path, "rb") else {
                throw CommandError.badInput("cannot read \(path): \(String(cString: strerror(errno)))")
            }
            defer { fclose(handle) }
            var read: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while read.count <= limit {
                let count = fread(&buffer, 1, min(buffer.count, limit + 1 - read.count), handle)
                if count > 0 { read.append(contentsOf: buffer[0..<count]) }
                if count == 0 { break }
            }
            if ferror(handle) != 0 {
                throw CommandError.badInput("cannot read \(path): \(String(cString: strerror(errno)))")
            }
            bytes = read
        }
        guard bytes.count <= limit else {
            throw CommandError.badInput("\(path): the input is larger than \(limit) bytes (the limit)")
        }
        return bytes
    }
}

/// Writes all of `text` to a file descriptor, retrying short writes; gives up silently on error
/// (a closed pipe must not crash the tool).
func writeAll(_ descriptor: Int32, _ text: String) {
    var text = text
    text.withUTF8 { buffer in
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, base + offset, buffer.count - offset)
            if written <= 0 {
                if written < 0 && errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}

/// Writes all of `bytes` to a file descriptor, retrying short writes.
func writeAllBytes(_ descriptor: Int32, _ bytes: [UInt8]) {
    bytes.withUnsafeBytes { raw in
        guard let base = raw.baseAddress else { return }
        var offset = 0
        while offset < raw.count {
            let written = write(descriptor, base + offset, raw.count - offset)
            if written <= 0 {
                if written < 0 && errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}

/// In-memory standard input for tests, handed out in chunks to streaming readers.
///
/// `@unchecked Sendable` because a command reads its standard input from one thread, in order;
/// the lock-free cursor is never touched concurrently. (The process's real standard input uses
/// `read(2)` and no shared state.)
final class InMemoryInput: @unchecked Sendable {
    private let source: @Sendable () -> [UInt8]
    private var bytes: [UInt8]?
    private var offset = 0

    init(_ source: @escaping @Sendable () -> [UInt8]) { self.source = source }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        if bytes == nil { bytes = source() }
        guard let bytes, offset < bytes.count, let base = buffer.baseAddress else { return 0 }
        let count = min(buffer.count, bytes.count - offset)
        bytes.withUnsafeBytes { raw in
            if let from = raw.baseAddress { base.copyMemory(from: from + offset, byteCount: count) }
        }
        offset += count
        return count
    }
}

/// A command failure with its exit status: 1 for bad input, 2 for a usage error.
public struct CommandError: Error, Sendable, CustomStringConvertible {
    /// The process exit status.
    public var exitCode: Int32
    /// The message printed to standard error.
    public var message: String

    /// Bad input (exit 1): a file that cannot be read or parsed, an invalid case, an unknown id.
    public static func badInput(_ message: String) -> CommandError { CommandError(exitCode: 1, message: message) }
    /// A usage error (exit 2): unknown command or option, missing or malformed argument.
    public static func usage(_ message: String) -> CommandError { CommandError(exitCode: 2, message: message) }

    /// The message.
    public var description: String { message }
}
