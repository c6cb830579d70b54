#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import MedIPPolicy

/// Reads newline-separated lines from a file descriptor through a fixed buffer: one line at a
/// time (``next()``), or runs of whole lines for the screening pipeline (``nextRun(maxLines:)``,
/// a ``LineRunSource``).
///
/// A line longer than `maximumLine` bytes is cut to `maximumLine + 1` bytes (so the case-file
/// decoder reports it as too large) and the rest of it is skipped: memory stays bounded.
///
/// Runs are slices of a small pool of buffers that are reused: the pipeline releases a run's
/// buffer once the run is decided (``release(buffer:)``), and a refill moves the unread tail (a
/// partial line) into a buffer no run holds and reads behind it — memory already touched, so no
/// page faults and no fresh megabyte per refill. Use one way of reading per reader.
final class LineReader: LineRunSource {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private let io: CommandIO?
    /// The path as given, for messages (`-` for standard input).
    let path: String
    /// The buffers; `current` is the one read into. Line by line there is only one (replaced on
    /// each refill); in runs, the pool grows to the runs held at once plus one.
    private var buffers: [[UInt8]]
    private var current = 0
    /// Runs handed out and not yet released, per buffer.
    private var holds: [Int] = [0]
    /// Whether runs were handed out (buffers are then reused), rather than single lines.
    private var inRuns = false
    private var start = 0
    private var end = 0
    private var finished = false
    private let maximumLine: Int
    private let bufferSize: Int
    /// Bytes consumed so far (for progress).
    private(set) var bytesRead = 0
    /// How many buffers the reader keeps (for tests: in runs, the runs held at once plus one).
    var bufferCount: Int { buffers.count }

    init(
        descriptor: Int32, ownsDescriptor: Bool, path: String, io: CommandIO? = nil,
        maximumLine: Int = CaseFile.maxBytes, bufferSize: Int = 1 << 20
    ) {
        self.descriptor = descriptor
        self.path = path
        self.ownsDescriptor = ownsDescriptor
        self.io = io
        self.maximumLine = maximumLine
        self.bufferSize = max(bufferSize, maximumLine + 2)
        buffers = [Self.uninitializedBuffer(self.bufferSize)]
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

    /// A buffer of `capacity` bytes left as allocated, not zeroed: only bytes `read` wrote (below
    /// `end`) are ever looked at, and zeroing a megabyte per refill was a visible share of reading.
    private static func uninitializedBuffer(_ capacity: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: capacity) { _, initialized in initialized = capacity }
    }

    /// Moves the unread tail to the front of a buffer and reads behind it (once; `finished` at
    /// the end of the input).
    private func fill() throws(CommandError) {
        if start > 0 {
            let count = end - start
            let target: Int
            if !inRuns {
                // Line by line: a fresh buffer starting with the unread tail. The lines handed out
                // are slices of the old buffer and keep it alive for as long as a worker holds
                // them, so shifting it in place would first copy all of it (copy on write).
                buffers.append(Self.uninitializedBuffer(bufferSize))
                target = buffers.count - 1
            } else if holds[current] == 0 {
                target = current  // no run holds it: shift in place
            } else if let free = holds.indices.first(where: { holds[$0] == 0 }) {
                target = free
            } else {
                buffers.append(Self.uninitializedBuffer(bufferSize))
                holds.append(0)
                target = buffers.count - 1
            }
            if target == current {
                buffers[current].withUnsafeMutableBytes { raw in
                    guard count > 0, let base = raw.baseAddress else { return }
                    memmove(base, base + start, count)
                }
            } else {
                let source = buffers[current]  // another buffer than the target: no copy on write
                let tail = start
                source.withUnsafeBytes { source in
                    buffers[target].withUnsafeMutableBytes { raw in
                        guard count > 0, let to = raw.baseAddress, let base = source.baseAddress else { return }
                        to.copyMemory(from: base + tail, byteCount: count)
                    }
                }
                if inRuns {
                    current = target
                } else {
                    buffers.swapAt(current, target)
                    buffers.removeLast()
                }
            }
            end = count
            start = 0
        }
        while end < bufferSize {
            let count = try buffers[current].withUnsafeMutableBytes { raw -> Result<Int, CommandError> in
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
        return buffers[current].withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress, let found = memchr(base + position, 0x0A, end - position) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }

    /// The next line without its newline (and without a trailing carriage return), or `nil` at
    /// the end of the input.
    func next() throws(CommandError) -> ArraySlice<UInt8>? {
        scan: while true {
            if let newline = newlineIndex(from: start) {
                var line = buffers[current][start..<newline]
                bytesRead += newline + 1 - start
                start = newline + 1
                if line.last == 0x0D { line = line.dropLast() }
                return line
            }
            if end - start > maximumLine { return try overlongLine() }
            if finished {
                guard start < end else { return nil }
                let line = buffers[current][start..<end]
                bytesRead += end - start
                start = end
                return line
            }
            try fill()
            continue scan
        }
    }

    /// The head of a line longer than `maximumLine` (its first `maximumLine + 1` bytes, copied),
    /// skipping the rest of it.
    private func overlongLine() throws(CommandError) -> ArraySlice<UInt8> {
        let result = Array(buffers[current][start..<(start + maximumLine + 1)])
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

    /// The next run of at most `maxLines` whole lines, as one slice of the current buffer (a
    /// shorter run when the buffer holds fewer), or `nil` at the end of the input. The run's
    /// buffer stays untouched until ``release(buffer:)`` hands it back. An over-long line is a
    /// run of its own: its cut head, copied (see ``next()``).
    func nextRun(maxLines: Int) throws(CommandError) -> LineRun? {
        inRuns = true
        while true {
            var position = start
            var lines = 0
            while lines < maxLines, let newline = newlineIndex(from: position) {
                lines += 1
                position = newline + 1
            }
            if lines < maxLines && !finished && end < bufferSize && holds[current] == 0 && start == 0 {
                // Room behind the data of a buffer no run holds: read more before cutting a run.
                try fill()
                continue
            }
            if lines == maxLines || (lines > 0 && !finished) {
                return takeRun(through: position, lines: lines)
            }
            if finished {
                if position < end { return takeRun(through: end, lines: lines + 1) }  // no final newline
                return lines > 0 ? takeRun(through: position, lines: lines) : nil
            }
            if end - start > maximumLine {
                let before = bytesRead
                let head = try overlongLine()
                return LineRun(bytes: head, lines: 1, consumed: bytesRead - before, buffer: nil)
            }
            try fill()
        }
    }

    /// Hands out `buffer[start..<stop]` as a run of `lines` lines.
    private func takeRun(through stop: Int, lines: Int) -> LineRun {
        let run = LineRun(bytes: buffers[current][start..<stop], lines: lines, consumed: stop - start, buffer: current)
        holds[current] += 1
        bytesRead += stop - start
        start = stop
        return run
    }

    /// A run taken from `buffer` is decided: the buffer may be reused once no run holds it.
    func release(buffer: Int) {
        holds[buffer] -= 1
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
            let text = buffers[current][position..<stop].drop { Self.isBlank($0) }.reversed().drop { Self.isBlank($0) }
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

    /// Writes `bytes` after the buffered ones: through the buffer, or, when they fill it on their
    /// own (a screening run), directly after the buffered bytes, without copying them.
    func write(_ bytes: [UInt8]) throws(CommandError) {
        if bytes.count >= capacity {
            try flush()
            try emit(bytes)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    /// Writes the buffered bytes.
    /// - Throws: ``CommandError`` (exit 1) when the write failed.
    func flush() throws(CommandError) {
        defer { buffer.removeAll(keepingCapacity: true) }
        try emit(buffer)
    }

    /// Writes `bytes` to the output; every write is checked.
    private func emit(_ bytes: [UInt8]) throws(CommandError) {
        guard let file else {
            io.writeBytes(bytes)
            try io.checkOutput()
            return
        }
        try bytes.withUnsafeBytes { raw in Result { () throws(CommandError) in try file.write(raw) } }.get()
    }

    /// Flushes and, for a file, puts it in place (see ``OutputFile/commit()``). A writer
    /// dropped without finishing leaves no file behind.
    func finish() throws(CommandError) {
        try flush()
        try file?.commit()
    }
}
