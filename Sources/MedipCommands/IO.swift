#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MedIPPolicy
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command reads and writes: the process's standard streams, or buffers in tests.
///
/// Every write to standard output is checked: the first failure (a full disk, a closed pipe, a
/// closed descriptor) is kept, later writes are skipped, and ``Medip/main(arguments:io:)`` turns
/// it into exit status 1 with a message on standard error. Reading standard input reports a read
/// error (a closed descriptor, a directory) as ``CommandError`` instead of an empty input.
///
/// `Sendable`: every stored property is a `let` of a `@Sendable` closure, a value, or the
/// lock-protected ``OutputState``.
public final class CommandIO: Sendable {
    private let writeOut: @Sendable ([UInt8]) -> LocalizedText?
    private let writeErr: @Sendable (String) -> Void
    private let readChunk: @Sendable (UnsafeMutableRawBufferPointer) throws(CommandError) -> Int
    private let state = OutputState()
    /// Whether standard error is a terminal (progress bars are drawn only then).
    public let stderrIsTerminal: Bool
    /// The environment variables commands read (`MEDIP_SCHEDULES`): for ``standard`` those of
    /// the process's that commands read (not the whole environment, which is costly to convert),
    /// the given ones (none by default) in tests.
    public let environment: [String: String]
    /// The names of the environment variables commands read: the only ones ``standard`` holds.
    static let variablesRead = [CalendarCommands.schedulesVariable]
    /// The files standard input and output are, for the process's streams (`nil` in tests).
    let standardInputIdentity: FileIdentity?
    let standardOutputIdentity: FileIdentity?

    /// Creates an IO from closures (tests capture into buffers).
    public convenience init(
        out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
        stdin: @escaping @Sendable () -> [UInt8] = { [] }, stderrIsTerminal: Bool = false,
        environment: [String: String] = [:]
    ) {
        self.init(
            failingOut: { text in out(text); return nil }, err: err, stdin: stdin,
            stderrIsTerminal: stderrIsTerminal, environment: environment)
    }

    /// Creates an IO whose standard output can fail: `failingOut` returns why a write failed
    /// (e.g. `"No space left on device"`), or `nil` when it succeeded. Tests use it to check that
    /// every command reports a lost write.
    public convenience init(
        failingOut: @escaping @Sendable (String) -> String?, err: @escaping @Sendable (String) -> Void,
        stdin: @escaping @Sendable () -> [UInt8] = { [] }, stderrIsTerminal: Bool = false,
        environment: [String: String] = [:]
    ) {
        let cursor = InMemoryInput(stdin)
        self.init(
            bytes: { bytes in failingOut(String(decoding: bytes, as: UTF8.self)).map { LocalizedText(zh: $0, en: $0) } },
            err: err,
            chunk: { buffer throws(CommandError) in cursor.read(into: buffer) },
            stderrIsTerminal: stderrIsTerminal, environment: environment)
    }

    private init(
        bytes: @escaping @Sendable ([UInt8]) -> LocalizedText?, err: @escaping @Sendable (String) -> Void,
        chunk: @escaping @Sendable (UnsafeMutableRawBufferPointer) throws(CommandError) -> Int,
        stderrIsTerminal: Bool, environment: [String: String], standardInput: FileIdentity? = nil,
        standardOutput: FileIdentity? = nil
    ) {
        self.environment = environment
        writeOut = bytes
        writeErr = err
        readChunk = chunk
        self.stderrIsTerminal = stderrIsTerminal
        standardInputIdentity = standardInput
        standardOutputIdentity = standardOutput
    }

    /// The process's standard streams, set up once on first use.
    ///
    /// Setting up makes failures visible rather than fatal or misdirected: `SIGPIPE` is ignored,
    /// so writing to a closed pipe fails with `EPIPE` (reported, exit 1) instead of killing the
    /// process silently; a standard descriptor (0, 1, 2) that is closed is reopened on
    /// `/dev/null`, so that no file the command opens later takes its number, and remembered as
    /// closed: reading a closed standard input, or writing a closed standard output, is an error.
    public static let standard: CommandIO = {
        signal(SIGPIPE, SIG_IGN)
        var closed = [false, false, false]
        for descriptor in Int32(0)...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            closed[Int(descriptor)] = true
            _ = open("/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY)  // takes the lowest free number
        }
        let stdinClosed = closed[0]
        let stdoutClosed = closed[1]
        return CommandIO(
            bytes: { bytes in
                if stdoutClosed { return LocalizedText(zh: "它已关闭", en: "it is closed") }
                return writeAllBytes(1, bytes)
            },
            err: { text in _ = writeAllBytes(2, Array(text.utf8)) },
            chunk: { buffer throws(CommandError) in
                if stdinClosed { throw .badInput(zh: "无法读取标准输入：它已关闭", en: "cannot read standard input: it is closed", code: "unreadable") }
                guard let base = buffer.baseAddress else { return 0 }
                while true {
                    let count = read(0, base, buffer.count)
                    if count >= 0 { return count }
                    if errno == EINTR { continue }
                    let reason = SystemError.text(errno)
                    throw .badInput(zh: "无法读取标准输入：\(reason.zh)", en: "cannot read standard input: \(reason.en)", code: "unreadable")
                }
            },
            stderrIsTerminal: isatty(2) != 0,
            environment: variablesRead.reduce(into: [:]) { found, name in
                if let value = getenv(name) { found[name] = String(cString: value) }
            },
            standardInput: stdinClosed ? nil : FileIdentity(descriptor: 0),
            standardOutput: stdoutClosed ? nil : FileIdentity(descriptor: 1))
    }()

    /// Reads up to `buffer.count` bytes of standard input for a streaming reader; 0 at the end.
    /// Memory stays bounded by the caller's buffer.
    /// - Throws: ``CommandError`` (exit 1) when standard input cannot be read.
    public func readStandardInput(into buffer: UnsafeMutableRawBufferPointer) throws(CommandError) -> Int {
        try readChunk(buffer)
    }

    /// Writes bytes to standard output. A failure is kept (see ``checkOutput()``); after one,
    /// nothing more is written.
    public func writeBytes(_ bytes: [UInt8]) {
        guard !bytes.isEmpty, !state.failed else { return }
        if let reason = writeOut(bytes) {
            state.fail(LocalizedText(zh: "无法写入标准输出：" + reason.zh, en: "cannot write standard output: " + reason.en))
        }
    }

    /// Writes a line to standard output.
    public func print(_ line: String = "") { writeBytes(Array((line + "\n").utf8)) }
    /// Writes text to standard output with no newline.
    public func write(_ text: String) { writeBytes(Array(text.utf8)) }
    /// Writes a line to standard error.
    public func error(_ line: String) { writeErr(line + "\n") }
    /// Writes text to standard error with no newline (progress).
    public func writeError(_ text: String) { writeErr(text) }

    /// Fails when a write to standard output has failed.
    /// - Throws: ``CommandError`` (exit 1) with the reason of the first failed write.
    public func checkOutput() throws(CommandError) {
        if let message = state.failure { throw .badInput(message, code: "writeFailed") }
    }

    /// The most bytes ``readFile(_:limit:)`` reads by default: 16 MiB (the largest input any
    /// reader accepts; each command passes its reader's own, smaller limit).
    public static let defaultReadLimit = 16 << 20

    /// Reads at most `limit` bytes of standard input (all of it when shorter).
    /// - Throws: ``CommandError`` (exit 1) when standard input cannot be read.
    public func readStandardInput(limit: Int = CommandIO.defaultReadLimit) throws(CommandError) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while bytes.count < limit {
            let wanted = min(buffer.count, limit - bytes.count)
            let count = try buffer.withUnsafeMutableBytes { raw in
                Result { () throws(CommandError) in try readChunk(UnsafeMutableRawBufferPointer(rebasing: raw[0..<wanted])) }
            }.get()
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    }

    /// Reads a file, or standard input when `path` is `-`, refusing one longer than `limit`
    /// bytes after reading at most `limit + 1` of them.
    /// - Throws: ``CommandError`` (exit 1) naming the path when it cannot be read or is too large.
    public func readFile(_ path: String, limit: Int = CommandIO.defaultReadLimit) throws(CommandError) -> [UInt8] {
        let bytes: [UInt8]
        if path == "-" {
            bytes = try readStandardInput(limit: limit + 1)
        } else {
            guard let handle = fopen(path, "rb") else {
                throw CommandError.unreadable(path)
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
                throw CommandError.unreadable(path)
            }
            bytes = read
        }
        guard bytes.count <= limit else {
            throw CommandError.badInput(
                zh: "\(path.escapedForMessage())：输入超过 \(limit) 字节（上限）",
                en: "\(path.escapedForMessage()): the input is larger than \(limit) bytes (the limit)", code: "tooLarge"
            ).at(file: path)
        }
        return bytes
    }
}

/// The first failed write to standard output, shared by the threads that write.
final class OutputState: @unchecked Sendable {
    private let lock = ConditionLock()
    private var message: LocalizedText?

    /// Whether a write has failed.
    var failed: Bool { failure != nil }

    /// The first failure's message.
    var failure: LocalizedText? {
        lock.lock()
        defer { lock.unlock() }
        return message
    }

    /// Keeps the first failure.
    func fail(_ text: LocalizedText) {
        lock.lock()
        defer { lock.unlock() }
        if message == nil { message = text }
    }
}

/// Writes all of `bytes` to a file descriptor, retrying short and interrupted writes.
/// - Returns: `nil` when everything was written, else the reason (see ``SystemError``).
func writeAllBytes(_ descriptor: Int32, _ bytes: [UInt8]) -> LocalizedText? {
    bytes.withUnsafeBytes { raw -> LocalizedText? in
        guard let base = raw.baseAddress else { return nil }
        var offset = 0
        while offset < raw.count {
            let written = write(descriptor, base + offset, raw.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return SystemError.text(errno)
            }
            if written == 0 { return LocalizedText(zh: "写入没有进展", en: "the write made no progress") }
            offset += written
        }
        return nil
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
///
/// Its message is written once, in both languages, where the failure is found (``text``, a
/// ``LocalizedText``); ``Medip/main(arguments:io:)`` chooses the language in one place, when it
/// prints the failure: Chinese when the command line asks for `--lang zh`, else English. Besides
/// the message, a failure carries what a program needs to act on it: a stable ``code``, the
/// input ``file`` and the ``path`` inside it, the ``line`` and ``column`` where known, the
/// ``problems`` of an invalid case, and whether the list is ``complete``. With `--format json`
/// ``Medip/main(arguments:io:)`` writes it as one JSON object (see ``ErrorReport``).
public struct CommandError: Error, Sendable, CustomStringConvertible {
    /// The process exit status.
    public var exitCode: Int32
    /// The message in Simplified Chinese and English (ids, codes, options and paths are the same
    /// in both).
    public var text: LocalizedText
    /// A stable camelCase identifier of the kind of failure (`usage`, `unknownOption`,
    /// `unreadable`, `malformedJSON`, `invalidCase`, …); `badInput` or `usage` when none is finer.
    public var code: String
    /// The input file as given on the command line (`-` for standard input), when one is at fault.
    public var file: String?
    /// The JSON path of the offending value inside the input (`patents[0].grantDate`), when known.
    public var path: String?
    /// The line of the input (from 1), when known.
    public var line: Int?
    /// The column of the input (from 1), when known.
    public var column: Int?
    /// Every problem found (an invalid case lists all of them); empty for a single failure.
    public var problems: [ErrorReport.Problem] = []
    /// Whether ``problems`` (or the one failure) is everything wrong with the input: `false`
    /// when the reader stops at its first decoding error, so that more may follow; `nil` when
    /// the question does not arise (a usage error).
    public var complete: Bool?

    /// Creates a failure with a code (by default `badInput` for exit 1, `usage` for exit 2).
    public init(exitCode: Int32, _ text: LocalizedText, code: String? = nil) {
        self.exitCode = exitCode
        self.text = text
        self.code = code ?? (exitCode == 2 ? "usage" : "badInput")
    }

    /// The message in English (the default language).
    public var message: String { text.en }

    /// The message in `language`.
    public func message(in language: Language) -> String { text[language] }

    /// Bad input (exit 1): a file that cannot be read or parsed, an invalid case, an unknown id.
    public static func badInput(_ text: LocalizedText, code: String = "badInput") -> CommandError {
        CommandError(exitCode: 1, text, code: code)
    }
    /// Bad input (exit 1), its message given in both languages.
    public static func badInput(zh: String, en: String, code: String = "badInput") -> CommandError {
        badInput(LocalizedText(zh: zh, en: en), code: code)
    }
    /// A usage error (exit 2): unknown command or option, missing or malformed argument.
    public static func usage(_ text: LocalizedText, code: String = "usage") -> CommandError {
        CommandError(exitCode: 2, text, code: code)
    }
    /// A usage error (exit 2), its message given in both languages.
    public static func usage(zh: String, en: String, code: String = "usage") -> CommandError {
        usage(LocalizedText(zh: zh, en: en), code: code)
    }

    /// A file that cannot be read (exit 1, code `unreadable`): the path and the system's reason
    /// (`errno`, read now).
    static func unreadable(_ path: String) -> CommandError {
        let reason = SystemError.text(errno)
        return CommandError.badInput(
            zh: "无法读取 \(path.escapedForMessage())：\(reason.zh)",
            en: "cannot read \(path.escapedForMessage()): \(reason.en)", code: "unreadable"
        ).at(file: path)
    }

    /// This failure with its location set (the fields given; others unchanged).
    public func at(file: String? = nil, path: String? = nil, line: Int? = nil, column: Int? = nil) -> CommandError {
        var copy = self
        if let file { copy.file = file }
        if let path, !path.isEmpty { copy.path = path }
        if let line { copy.line = line }
        if let column { copy.column = column }
        return copy
    }

    /// The message in English.
    public var description: String { message }
}

/// What a failed system call reports (`errno`), in both languages: the system's own English text
/// (`strerror`) and a Chinese one (for an error without one here: `系统错误 N` and the system's
/// text).
enum SystemError {
    /// The reason for `code` (an `errno` value).
    static func text(_ code: Int32) -> LocalizedText {
        let english = String(cString: strerror(code))
        let chinese: [Int32: String] = [
            ENOENT: "没有该文件或目录", EACCES: "权限不足", EPERM: "不允许该操作", EISDIR: "这是一个目录",
            ENOTDIR: "路径中有一项不是目录", ENOSPC: "设备上没有剩余空间", EPIPE: "管道已断开",
            EBADF: "文件描述符无效", EROFS: "文件系统是只读的", EEXIST: "文件已存在", EIO: "输入/输出错误",
            EMFILE: "打开的文件过多", ENFILE: "系统打开的文件过多", ENAMETOOLONG: "文件名过长",
            ELOOP: "符号链接层数过多", EFBIG: "文件过大", EDQUOT: "超出磁盘配额", EXDEV: "不能跨文件系统操作",
            EINVAL: "参数无效", ENXIO: "没有该设备或地址", ETXTBSY: "文件正忙", EBUSY: "设备或资源正忙",
        ]
        return LocalizedText(zh: chinese[code] ?? "系统错误 \(code)（\(english)）", en: english)
    }
}

extension LocalizedText {
    /// `label: text`, with a full-width colon in Chinese (`label：text`); the label (a quoted path,
    /// an option) is the same in both languages.
    func labelled(_ label: String) -> LocalizedText {
        LocalizedText(zh: "\(label)：\(zh)", en: "\(label): \(en)")
    }
}

extension CommandError {
    /// Bad input (exit 1) for an error a command does not expect by type: the library's errors
    /// keep their Chinese text (``EvaluationError``, ``CalendarError``, ``CivilDateError``,
    /// ``CatalogError``, ``CaseFileError``); any other is reported as an unexpected error.
    static func unexpected(_ error: any Error) -> CommandError {
        switch error {
        case let error as CommandError: error
        case let error as EvaluationError: .badInput(error.localizedMessage)
        case let error as CalendarError: .badInput(error.localizedMessage, code: "calendar")
        case let error as CivilDateError: .badInput(error.localizedMessage)
        case let error as CatalogError: .badInput(error.localizedMessage)
        case let error as CaseFileError: .badInput(LocalizedText(zh: error.text(in: .zh), en: error.description), code: error.code.rawValue)
        default: .badInput(zh: "意外的错误：\(error)", en: "\(error)")
        }
    }
}
