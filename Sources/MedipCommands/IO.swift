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
public final class CommandIO: @unchecked Sendable {
    private let writeOut: (String) -> Void
    private let writeErr: (String) -> Void
    private let readIn: () -> [UInt8]
    private let readChunk: (UnsafeMutableRawBufferPointer) -> Int
    private let writeOutBytes: ([UInt8]) -> Void
    /// Whether standard error is a terminal (progress bars are drawn only then).
    public let stderrIsTerminal: Bool

    /// Creates an IO from closures (tests capture into buffers).
    public init(
        out: @escaping (String) -> Void, err: @escaping (String) -> Void,
        stdin: @escaping () -> [UInt8] = { [] }, stderrIsTerminal: Bool = false
    ) {
        writeOut = out
        writeErr = err
        readIn = stdin
        // In-memory standard input, handed out in chunks for streaming readers.
        final class Cursor: @unchecked Sendable {
            var bytes: [UInt8]?
            var offset = 0
        }
        let cursor = Cursor()
        readChunk = { buffer in
            if cursor.bytes == nil { cursor.bytes = stdin() }
            guard let bytes = cursor.bytes, cursor.offset < bytes.count, let base = buffer.baseAddress else { return 0 }
            let count = min(buffer.count, bytes.count - cursor.offset)
            bytes.withUnsafeBytes { source in
                if let from = source.baseAddress { base.copyMemory(from: from + cursor.offset, byteCount: count) }
            }
            cursor.offset += count
            return count
        }
        writeOutBytes = { bytes in out(String(decoding: bytes, as: UTF8.self)) }
        self.stderrIsTerminal = stderrIsTerminal
    }

    private init(
        out: @escaping (String) -> Void, err: @escaping (String) -> Void, stdin: @escaping () -> [UInt8],
        chunk: @escaping (UnsafeMutableRawBufferPointer) -> Int, bytes: @escaping ([UInt8]) -> Void,
        stderrIsTerminal: Bool
    ) {
        writeOut = out
        writeErr = err
        readIn = stdin
        readChunk = chunk
        writeOutBytes = bytes
        self.stderrIsTerminal = stderrIsTerminal
    }

    /// Reads up to `buffer.count` bytes of standard input; 0 at the end (or on error).
    public func readStandardInput(into buffer: UnsafeMutableRawBufferPointer) -> Int { readChunk(buffer) }

    /// Writes bytes to standard output.
    public func writeBytes(_ bytes: [UInt8]) { writeOutBytes(bytes) }

    /// The process's standard streams.
    public static var standard: CommandIO {
        CommandIO(
            out: { text in writeAll(1, text) },
            err: { text in writeAll(2, text) },
            stdin: {
                var bytes: [UInt8] = []
                var buffer = [UInt8](repeating: 0, count: 65_536)
                while true {
                    let count = read(0, &buffer, buffer.count)
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

    /// Writes a line to standard output.
    public func print(_ line: String = "") { writeOut(line + "\n") }
    /// Writes text to standard output with no newline.
    public func write(_ text: String) { writeOut(text) }
    /// Writes a line to standard error.
    public func error(_ line: String) { writeErr(line + "\n") }
    /// Writes text to standard error with no newline (progress).
    public func writeError(_ text: String) { writeErr(text) }
    /// Reads all of standard input.
    public func readStandardInput() -> [UInt8] { readIn() }

    /// Reads a file, or standard input when `path` is `-`.
    /// - Throws: ``CommandError`` (exit 1) naming the path when it cannot be read.
    public func readFile(_ path: String) throws(CommandError) -> [UInt8] {
        if path == "-" { return readStandardInput() }
        guard let handle = fopen(path, "rb") else {
            throw CommandError.badInput("cannot read \(path): \(String(cString: strerror(errno)))")
        }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = fread(&buffer, 1, buffer.count, handle)
            if count > 0 { bytes.append(contentsOf: buffer[0..<count]) }
            if count < buffer.count { break }
        }
        if ferror(handle) != 0 { throw CommandError.badInput("error reading \(path)") }
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
