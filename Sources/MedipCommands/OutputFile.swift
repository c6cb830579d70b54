#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import MedIPPolicy

/// A file's identity: its device and inode (the same file through any path, symlink or hard
/// link), and whether it is a regular file.
struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64
    var isRegular: Bool

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        isRegular = (info.st_mode & S_IFMT) == S_IFREG
    }

    /// The file a path names (symlinks followed), or `nil` when there is none.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The file an open descriptor refers to, or `nil` when it is not open.
    init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        self.init(info)
    }
}

/// Refuses command lines whose outputs would overwrite their input or each other, before
/// anything is opened for writing.
enum DistinctFiles {
    /// A named stream of a command: its option (for the message) and its path, `nil` or `-` for
    /// the standard stream.
    struct Stream {
        var option: String
        var path: String?

        var isStandard: Bool { path == nil || path == "-" }
    }

    /// Fails with a usage error (exit 2) when an output is the input file or another output:
    /// the same path, or the same file through a symlink or a hard link (device and inode).
    /// Standard output counts when it is redirected to a regular file.
    static func check(input: Stream?, outputs: [Stream], io: CommandIO) throws(CommandError) {
        func identity(_ stream: Stream, standard: FileIdentity?) -> FileIdentity? {
            stream.isStandard ? standard : stream.path.flatMap { FileIdentity(path: $0) }
        }
        func name(_ stream: Stream) -> LocalizedText {
            guard let path = stream.path else { return LocalizedText(zh: "标准输出", en: "standard output") }
            let named = "\(stream.option) \(path.escapedForMessage())"
            return LocalizedText(zh: named, en: named)
        }
        if let input, let inputIdentity = identity(input, standard: io.standardInputIdentity), inputIdentity.isRegular {
            for output in outputs where identity(output, standard: io.standardOutputIdentity) == inputIdentity {
                let file = input.path?.escapedForMessage() ?? ""
                let output = name(output)
                throw .usage(
                    zh: "\(output.zh) 就是" + (input.isStandard ? "标准输入" : "输入文件 \(file)") + "：写入会毁掉正在读取的内容",
                    en: "\(output.en) is " + (input.isStandard ? "standard input" : "the input file \(file)")
                        + ": writing it would destroy what is read")
            }
        }
        for (index, first) in outputs.enumerated() {
            for second in outputs[(index + 1)...] {
                if first.isStandard && second.isStandard {
                    throw .usage(
                        zh: "\(name(first).zh) 和 \(name(second).zh) 都是标准输出：内容会混在一起",
                        en: "\(name(first).en) and \(name(second).en) are both standard output: they would be mixed")
                }
                let a = identity(first, standard: io.standardOutputIdentity)
                let b = identity(second, standard: io.standardOutputIdentity)
                let sameFile = a != nil && a == b && a?.isRegular == true
                let samePath = !first.isStandard && !second.isStandard && a == nil && b == nil
                    && first.path.map(resolvedPath) == second.path.map(resolvedPath)
                if sameFile || samePath {
                    throw .usage(
                        zh: "\(name(first).zh) 和 \(name(second).zh) 是同一个文件：一个会覆盖另一个",
                        en: "\(name(first).en) and \(name(second).en) are the same file: one would overwrite the other")
                }
            }
        }
    }
}

/// The absolute path a write to `path` lands on: symlinks followed (also when the file does not
/// exist yet, through its directory).
func resolvedPath(_ path: String) -> String {
    if let resolved = realpath(path, nil) {
        defer { free(resolved) }
        return String(cString: resolved)
    }
    let (directory, name) = splitPath(path)
    guard let resolved = realpath(directory, nil) else { return path }
    defer { free(resolved) }
    let base = String(cString: resolved)
    return (base == "/" ? "" : base) + "/" + name
}

/// The directory and last component of a path (`.` for a bare name).
func splitPath(_ path: String) -> (directory: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let directory = String(path[..<slash])
    return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
}

/// An output file that appears whole or not at all.
///
/// Bytes go to a temporary file beside the target (`.NAME.medip-XXXXXX`, in the same directory,
/// so the rename stays on one file system); ``commit()`` flushes it to disk (`fsync`) and renames
/// it over the target, so the target is either the previous file, untouched, or the complete new
/// one. A run that fails, or is stopped by `SIGINT`, `SIGTERM` or `SIGHUP`, removes the
/// temporary file (``TemporaryFileCleanup``). A target that exists and is not a regular file (a
/// device such as `/dev/null`, a FIFO) is written directly: there is nothing to replace.
final class OutputFile {
    /// The path as the user wrote it, for messages.
    let path: String
    /// The descriptor bytes are written to.
    let descriptor: Int32
    private let target: String
    private let temporary: String?
    private var slot: Int?
    private var closed = false
    /// Bytes written so far, and the offset up to which the disk write-back was started.
    private var size = 0
    private var writeBackStarted = 0
    /// How many bytes are written between two starts of the write-back (see ``write(_:)``).
    private static let writeBackStep = 8 << 20

    /// Opens the output for `path`.
    /// - Throws: ``CommandError`` (exit 1) when the file cannot be created.
    init(_ path: String) throws(CommandError) {
        self.path = path
        var info = stat()
        if stat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG {
            descriptor = open(path, O_WRONLY)
            guard descriptor >= 0 else { throw Self.failure(path, Self.cannotWrite) }
            target = path
            temporary = nil
            return
        }
        let existingMode: mode_t? = stat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
        target = resolvedPath(path)
        let (directory, name) = splitPath(target)
        var template = Array("\(directory)/.\(name).medip-XXXXXX".utf8CString)
        let opened = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard opened >= 0 else { throw Self.failure(path, Self.cannotWrite) }
        descriptor = opened
        let temporaryPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        temporary = temporaryPath
        slot = TemporaryFileCleanup.register(temporaryPath)
        let mask = umask(0)
        umask(mask)
        _ = fchmod(opened, existingMode ?? (0o644 & ~mask))
    }

    /// Writes all of `bytes`.
    /// - Throws: ``CommandError`` (exit 1) naming the path when the write fails.
    func write(_ bytes: UnsafeRawBufferPointer) throws(CommandError) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = posixWrite(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw Self.failure(path, Self.cannotWrite)
            }
            offset += written
        }
        size += bytes.count
        #if os(Linux)
        if temporary != nil && size - writeBackStarted >= Self.writeBackStep {
            // Starts writing the bytes so far to disk now, without waiting (clean pages of the
            // range are dropped from the cache), so that ``commit()``'s `fsync` at the end —
            // where nothing else runs — has only the last few megabytes left to flush. Advice
            // only: if it fails nothing changes but the timing, and `commit()` checks its `fsync`.
            _ = posix_fadvise(descriptor, off_t(writeBackStarted), off_t(size - writeBackStarted), POSIX_FADV_DONTNEED)
            writeBackStarted = size
        }
        #endif
    }

    /// Puts the complete file in place: `fsync`, close, rename over the target, `fsync` of the
    /// directory.
    /// - Throws: ``CommandError`` (exit 1) naming the path when any step fails (the temporary
    ///   file is then removed and the target left as it was).
    func commit() throws(CommandError) {
        guard let temporary else {
            closed = true
            if close(descriptor) != 0 { throw Self.failure(path, Self.cannotWrite) }
            return
        }
        if fsync(descriptor) != 0 {
            let error = Self.failure(path, Self.cannotWrite)
            discard()
            throw error
        }
        closed = true
        if close(descriptor) != 0 {
            let error = Self.failure(path, Self.cannotWrite)
            discard()
            throw error
        }
        if rename(temporary, target) != 0 {
            let error = Self.failure(path, LocalizedText(zh: "无法移到目标位置", en: "cannot put in place"))
            discard()
            throw error
        }
        release()
        let directory = open(splitPath(target).directory, O_RDONLY)
        if directory >= 0 {
            _ = fsync(directory)  // best effort: some file systems refuse fsync on a directory
            close(directory)
        }
    }

    /// Closes and removes the temporary file; the target stays as it was.
    func discard() {
        if !closed {
            closed = true
            close(descriptor)
        }
        if let temporary, slot != nil { unlink(temporary) }
        release()
    }

    private func release() {
        if let slot { TemporaryFileCleanup.unregister(slot) }
        slot = nil
    }

    deinit {
        discard()
    }

    /// A failed write of `path` (`what`: `cannot write`, `cannot put in place`) and the
    /// system's reason (`errno`, read now).
    private static func failure(_ path: String, _ what: LocalizedText) -> CommandError {
        let reason = SystemError.text(errno)
        let quoted = path.escapedForMessage()
        return .badInput(zh: "\(what.zh) \(quoted)：\(reason.zh)", en: "\(what.en) \(quoted): \(reason.en)")
    }

    private static let cannotWrite = LocalizedText(zh: "无法写入", en: "cannot write")
}

/// The temporary output files of this process, removed when `SIGINT`, `SIGTERM` or `SIGHUP`
/// stops it (the signal is then delivered again with its default action, so the exit status
/// still says which signal it was). A signal that is ignored when the first file is registered
/// (e.g. `SIGHUP` under `nohup`) stays ignored; one that is blocked is unblocked on the thread
/// that registers the first file (the main thread, before any worker starts).
///
/// The handler only calls `unlink(2)`, `signal(2)` and `raise(3)`, which are async-signal-safe;
/// the paths are C strings in a fixed table allocated before any handler is installed.
enum TemporaryFileCleanup {
    static let capacity = 8
    nonisolated(unsafe) static let table: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        return table
    }()
    static let lock = ConditionLock()
    nonisolated(unsafe) static var installed = false

    /// Adds a path; returns its slot, or `nil` when the table is full (the file is then only
    /// removed on errors, not on signals).
    static func register(_ path: String) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        installHandlers()
        for slot in 0..<capacity where table[slot] == nil {
            table[slot] = strdup(path)
            return slot
        }
        return nil
    }

    /// Removes a slot's path from the table.
    static func unregister(_ slot: Int) {
        lock.lock()
        defer { lock.unlock() }
        let path = table[slot]
        table[slot] = nil
        free(path)
    }

    private static func installHandlers() {
        guard !installed else { return }
        installed = true
        _ = table
        // A blocked signal (inherited through exec from a parent thread that blocks it) would
        // stay pending until the run ended and the file was in place: unblock the three here.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&unblock, signalNumber) }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            let previous = signal(signalNumber, removeTemporaryFilesAndDie)
            if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                signal(signalNumber, SIG_IGN)
            }
        }
    }
}

/// The signal handler of ``TemporaryFileCleanup``.
private func removeTemporaryFilesAndDie(_ signalNumber: Int32) {
    for slot in 0..<TemporaryFileCleanup.capacity {
        if let path = TemporaryFileCleanup.table[slot] { unlink(path) }
    }
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}

/// `write(2)`, named apart from the methods called `write`.
func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
