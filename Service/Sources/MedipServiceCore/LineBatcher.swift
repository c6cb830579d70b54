#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import MedIPPolicy

/// Splits a body that arrives in chunks into JSON Lines and hands them over in batches, holding
/// no more than one batch and one line at a time — what keeps a screening's memory bounded
/// whatever the length of its body.
///
/// Lines are split at `\n`; a `\r` before it is dropped. A line longer than `maximumLine` bytes
/// is cut to `maximumLine + 1` bytes (so that the case reader reports it as too large, as
/// `medip screen` does) and the rest of it is skipped as it arrives. An unterminated last line
/// counts as a line.
struct LineBatcher {
    /// One batch: the bytes that hold its lines, the lines' ranges in them and the number of
    /// the first line (from 1; blank lines are included and count).
    struct Batch {
        var bytes: [UInt8]
        var lines: [Range<Int>]
        var firstLine: Int
    }

    let maximumLine: Int
    /// Whole lines not yet taken, and the start of the line being received.
    private var buffer: [UInt8] = []
    private(set) var lines: [Range<Int>] = []
    private var currentStart = 0
    /// Bytes of the line being received, including those cut off.
    private var currentLength = 0
    private var linesTaken = 0

    init(maximumLine: Int) {
        self.maximumLine = maximumLine
    }

    /// Bytes held (whole lines not yet taken and the line being received).
    var bufferedBytes: Int { buffer.count }

    /// Adds a chunk of the body.
    mutating func append(_ chunk: UnsafeRawBufferPointer) {
        guard let base = chunk.baseAddress else { return }
        var position = 0
        while position < chunk.count {
            // memchr: vectorised, and fast in debug builds too.
            guard let found = memchr(base + position, 0x0A, chunk.count - position) else {
                receive(UnsafeRawBufferPointer(start: base + position, count: chunk.count - position))
                return
            }
            let newline = base.distance(to: UnsafeRawPointer(found))
            receive(UnsafeRawBufferPointer(start: base + position, count: newline - position))
            endLine(terminated: true)
            position = newline + 1
        }
    }

    /// The bytes of a line not yet taken.
    func peek(_ range: Range<Int>) -> ArraySlice<UInt8> { buffer[range] }

    /// Ends the input: an unterminated last line becomes a line.
    mutating func finish() {
        if currentLength > 0 { endLine(terminated: false) }
    }

    /// Takes every whole line received so far.
    mutating func takeBatch() -> Batch {
        let batch = Batch(bytes: buffer, lines: lines, firstLine: linesTaken + 1)
        linesTaken += lines.count
        buffer = Array(buffer[currentStart...])
        currentStart = 0
        lines.removeAll(keepingCapacity: true)
        return batch
    }

    private mutating func receive(_ bytes: UnsafeRawBufferPointer) {
        let room = maximumLine + 1 - currentLength
        if room > 0, let base = bytes.baseAddress {
            buffer.append(contentsOf: UnsafeRawBufferPointer(start: base, count: min(room, bytes.count)).assumingMemoryBound(to: UInt8.self))
        }
        currentLength += bytes.count
    }

    private mutating func endLine(terminated: Bool) {
        var end = buffer.count
        // The `\r` is not part of the line, so a line of exactly `maximumLine` bytes before a
        // `\r\n` is whole (all `maximumLine + 1` received bytes are held).
        if terminated && currentLength <= maximumLine + 1 && end > currentStart && buffer[end - 1] == 0x0D { end -= 1 }
        lines.append(currentStart..<end)
        currentStart = buffer.count
        currentLength = 0
    }

    /// Whether a line holds only blanks (skipped; its number still counts): `medip screen`'s
    /// rule, ``Screener/isBlankLine(_:)``.
    static func isBlank(_ line: ArraySlice<UInt8>) -> Bool { Screener.isBlankLine(line) }

    /// Why a body is plainly not JSON Lines — its first non-blank line is a lone `{` (a
    /// pretty-printed document) or starts with `[` (an array) — with that line's number, or
    /// `nil`. The same check and words as `medip screen`.
    static func notJSONLines(_ line: ArraySlice<UInt8>, number: Int) -> String? {
        let text = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }.reversed().drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        guard let first = text.last else { return nil }
        if first == UInt8(ascii: "[") {
            return "the body is not JSON Lines (one case per line): it is a JSON array (line \(number) starts with \"[\"); convert it with jq -c '.[]' FILE"
        }
        if first == UInt8(ascii: "{") && text.count == 1 {
            return "the body is not JSON Lines (one case per line): it is a pretty-printed JSON document (line \(number) is a lone \"{\"); convert it with jq -c . FILE"
        }
        return nil
    }
}
