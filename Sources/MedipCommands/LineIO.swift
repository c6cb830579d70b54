#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import MedIPPolicy

/// Reads newline-separated lines from a file descriptor through a fixed buffer.
///
/// A line longer than `maximumLine` bytes is cut to `maximumLine + 1` bytes (so the case-file
/// decoder reports it as too large) and the rest of it is skipped: memory stays bounded.
final class LineReader {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private let io: CommandIO?
    /// The path as given, for messages (`-` for standard input).
    let path: String
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var finished = false
    private let maximumLine: Int
    /// Bytes consumed so far (for progress).
    private(set) var bytesRead = 0

    init(
        descriptor: Int32, ownsDescriptor: Bool, path: String, io: CommandIO? = nil,
        maximumLine: Int = CaseFile.maxBytes, bufferSize: Int = 1 << 20
    ) {
        self.descriptor = descriptor
        self.path = path
        self.ownsDescriptor = ownsDescriptor
        self.io = io
        self.maximumLine = maximumLine
        // Left as allocated, not zeroed (as `fill()` leaves a fresh buffer): only bytes `read`
        // wrote are ever looked at, and zeroing a megabyte was most of a screening's start.
        buffer = [UInt8](unsafeUninitializedCapacity: max(bufferSize, maximumLine + 2)) { _, initialized in
            initialized = max(bufferSize, maximumLine + 2)
        }
    }

    /// Opens a file, or standard input for `-`.
    static func open(_ path: String, io: CommandIO) throws(CommandError) -> LineReader {
        if path == "-" { return LineReader(descriptor: -1, ownsDescriptor: false, path: path, io: io) }
        let descriptor = openForReading(path)
        guard descriptor >= 0 else {
            throw CommandError.unreadable(path)
        }
        return LineReader(descriptor: descriptor, ownsDescriptor: true, path: path)
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// The size of the file, when it is a regular file.
    var fileSize: Int? {
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    private func fill() throws(CommandError) {
        if start > 0 {
            // A fresh buffer starting with the unread tail. The lines handed out are slices of the
            // old buffer and keep it alive for as long as a worker holds them, so shifting it in
            // place would first copy all of it (copy on write); only the tail is copied here.
            // The rest of the fresh buffer is left as allocated, not zeroed: only bytes `read`
            // wrote (below `end`) are ever looked at, and zeroing a megabyte per refill was a
            // visible share of reading.
            let count = end - start
            let capacity = buffer.count
            let fresh = buffer.withUnsafeBufferPointer { source in
                [UInt8](unsafeUninitializedCapacity: capacity) { target, initialized in
                    if count > 0, let to = target.baseAddress, let from = source.baseAddress {
                        to.initialize(from: from + start, count: count)
                    }
                    initialized = capacity
                }
            }
            buffer = fresh
            end = count
            start = 0
        }
        while end < buffer.count {
            let count = try buffer.withUnsafeMutableBytes { raw -> Result<Int, CommandError> in
                guard let base = raw.baseAddress else { return .success(0) }
                let free = UnsafeMutableRawBufferPointer(start: base + end, count: raw.count - end)
                if let io { return Result { () throws(CommandError) in try io.readStandardInput(into: free) } }
                return .success(read(descriptor, free.baseAddress, free.count))
            }.get()
            if count < 0 {
                if errno == EINTR { continue }
                throw CommandError.unreadable(path)
            }
            if count == 0 { finished = true; return }
            end += count
            return
        }
    }

    /// The index of the first newline in `buffer[from..<end]`, found with `memchr` (vectorised;
    /// a byte-by-byte search was a visible share of screening's serial time).
    private func newlineIndex(from position: Int) -> Int? {
        guard position < end else { return nil }
        return buffer.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress, let found = memchr(base + position, 0x0A, end - position) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }

    /// The next line without its newline (and without a trailing carriage return), or `nil` at
    /// the end of the input.
    func next() throws(CommandError) -> ArraySlice<UInt8>? {
        scan: while true {
            if let newline = newlineIndex(from: start) {
                var line = buffer[start..<newline]
                bytesRead += newline + 1 - start
                start = newline + 1
                if line.last == 0x0D { line = line.dropLast() }
                return line
            }
            if end - start > maximumLine {
                // Too long: keep the head, skip to the next newline.
                let head = buffer[start..<(start + maximumLine + 1)]
                let result = Array(head)
                bytesRead += end - start
                start = end
                while true {
                    try fill()
                    if let newline = newlineIndex(from: start) {
                        bytesRead += newline + 1 - start
                        start = newline + 1
                        break
                    }
                    bytesRead += end - start
                    start = end
                    if finished { break }
                }
                return result[...]
            }
            if finished {
                guard start < end else { return nil }
                let line = buffer[start..<end]
                bytesRead += end - start
                start = end
                return line
            }
            try fill()
            continue scan
        }
    }

    /// Fails, without consuming anything, when the input is plainly not JSON Lines: its first
    /// non-blank line is a lone `{` (a pretty-printed JSON document) or starts with `[` (a JSON
    /// array), so that a screening run says so once instead of failing every line.
    /// - Throws: ``CommandError`` (exit 1, code `notJSONLines`) with the line and a way to convert.
    func requireJSONLines() throws(CommandError) {
        while !finished && newlineIndex(from: start) == nil && end - start <= maximumLine { try fill() }
        var position = start
        var line = 1
        while position < end {
            let stop = newlineIndex(from: position) ?? end
            let text = buffer[position..<stop].drop { Self.isBlank($0) }.reversed().drop { Self.isBlank($0) }
            let first = text.last
            if first == nil {
                position = stop + 1
                line += 1
                continue
            }
            let what: LocalizedText
            if first == UInt8(ascii: "[") {
                what = LocalizedText(
                    zh: "它是一个 JSON 数组（第 \(line) 行以 \"[\" 开头）；请用 jq -c '.[]' FILE 转换",
                    en: "it is a JSON array (line \(line) starts with \"[\"); convert it with jq -c '.[]' FILE")
            } else if first == UInt8(ascii: "{") && text.count == 1 {
                what = LocalizedText(
                    zh: "它是一个排版过的 JSON 文档（第 \(line) 行只有一个 \"{\"）；请用 jq -c . FILE 转换",
                    en: "it is a pretty-printed JSON document (line \(line) is a lone \"{\"); convert it with jq -c . FILE")
            } else {
                return
            }
            let quoted = path.escapedForMessage()
            throw CommandError.badInput(
                zh: "\(quoted) 不是 JSON Lines（每行一个案件）：\(what.zh)",
                en: "\(quoted) is not JSON Lines (one case per line): \(what.en)", code: "notJSONLines"
            ).at(file: path, line: line, column: 1)
        }
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    /// Whether the input is exhausted.
    var atEnd: Bool { finished && start >= end }
}

private func openForReading(_ path: String) -> Int32 {
    open(path, O_RDONLY)
}

/// Writes bytes to standard output or an ``OutputFile`` through a buffer; every write is checked.
final class BufferedWriter {
    private let file: OutputFile?
    private let io: CommandIO
    private var buffer: [UInt8] = []
    private let capacity: Int

    private init(file: OutputFile?, io: CommandIO, capacity: Int = 1 << 16) {
        self.file = file
        self.io = io
        self.capacity = capacity
        buffer.reserveCapacity(capacity)
    }

    /// Writes to an ``OutputFile`` for `path` (put in place by ``finish()``), or to standard
    /// output for `nil` or `-`.
    static func create(_ path: String?, io: CommandIO) throws(CommandError) -> BufferedWriter {
        guard let path, path != "-" else { return BufferedWriter(file: nil, io: io) }
        return BufferedWriter(file: try OutputFile(path), io: io)
    }

    func write(_ bytes: [UInt8]) throws(CommandError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    /// Writes the buffered bytes.
    /// - Throws: ``CommandError`` (exit 1) when the write failed.
    func flush() throws(CommandError) {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard let file else {
            io.writeBytes(buffer)
            try io.checkOutput()
            return
        }
        try buffer.withUnsafeBytes { raw in Result { () throws(CommandError) in try file.write(raw) } }.get()
    }

    /// Flushes and, for a file, puts it in place (see ``OutputFile/commit()``). A writer
    /// dropped without finishing leaves no file behind.
    func finish() throws(CommandError) {
        try flush()
        try file?.commit()
    }
}
