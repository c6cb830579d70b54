/// A single linear pass over JSON bytes that checks the document strictly (RFC 8259, UTF-8) and
/// enforces a reader's size limits before any decoding, naming the path of the first offending
/// value (library-internal).
///
/// It never recurses (a document of 100,000 `[` costs one pass and a stack of at most
/// `maxDepth` frames), never traps, and stops at the first problem:
/// - the encoding: UTF-8 only; a leading UTF-8 byte-order mark is skipped; UTF-16 and UTF-32
///   (by their byte-order marks or NUL bytes) and invalid UTF-8 sequences are
///   ``CaseFileError/Code/invalidEncoding``;
/// - the syntax: exactly one value, strict literals and numbers, no raw control characters
///   (NUL included) in strings, valid escapes with paired surrogates; anything else is
///   ``CaseFileError/Code/malformedJSON`` with the line and column;
/// - the limits: depth, elements per array and members per object, string and key length;
/// - duplicate keys in one object (``CaseFileError/Code/duplicateKey``), compared after
///   unescaping, since readers disagree about which one wins.
///
/// Numbers are only checked for their syntax; the first number that is not an integer in the
/// 64-bit range is remembered in the ``Report`` so a later decoding failure that Foundation
/// reports without a path can be attributed to it.
struct JSONBoundsScanner {
    var maxDepth: Int
    var maxArrayLength: Int
    var maxStringBytes: Int

    /// What the scan noticed without rejecting it.
    struct Report: Sendable {
        /// The path and text (at most 40 bytes) of the first number that is not an integer in
        /// `Int64`'s range (a fraction, an exponent or too many digits).
        var firstNonIntegerNumber: (path: String, text: String)?
        /// Every number that is not an integer in `Int64`'s range, by path (as
        /// ``CaseFile/path(_:)`` writes it) with its text (at most 40 bytes): integer fields
        /// reject them instead of letting Foundation round them through `Double`.
        var nonIntegerNumbers: [String: String] = [:]
    }

    private struct Frame {
        var isArray: Bool
        /// Elements (arrays) or members (objects) seen so far.
        var count = 0
        /// The current member's key, unescaped (shown in paths, at most 200 bytes).
        var keyBytes: [UInt8] = []
        var key: String {
            String(decoding: keyBytes, as: UTF8.self).escapedForMessage(limit: CaseFile.maxPathKeyLength)
        }
        /// Every key of the object so far, unescaped, for duplicate detection.
        var keys = Set<[UInt8]>()
        /// This container's own path component in its parent (`.key` or `[n]`).
        var component: String
    }

    private static let trueLiteral = Array("true".utf8)
    private static let falseLiteral = Array("false".utf8)
    private static let nullLiteral = Array("null".utf8)

    private enum Expect {
        /// A value (at the top, after `:`, after `[` or after `,` in an array).
        case value
        /// A value or `]` (just after `[`).
        case valueOrEnd
        /// A key or `}` (just after `{`).
        case keyOrEnd
        /// A key (after `,` in an object).
        case key
        /// `:` after a key.
        case colon
        /// `,` or the container's end, after a value.
        case separator
        /// Nothing but white space (after the top-level value).
        case end
    }

    @discardableResult
    func scan(_ bytes: [UInt8]) throws(CaseFileError) -> Report {
        var report = Report()
        var stack: [Frame] = []
        let count = bytes.count
        var index = 0

        // Encoding of the document as a whole.
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            index = 3
        } else if count >= 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE) {
            throw CaseFileError(
                code: .invalidEncoding, path: "",
                message: "the document is UTF-16 or UTF-32 (it starts with a byte-order mark); case files must be UTF-8")
        } else if count >= 2, bytes[0] == 0 || bytes[1] == 0 {
            throw CaseFileError(
                code: .invalidEncoding, path: "",
                message: "the document starts with a NUL byte (UTF-16 or UTF-32 text?); case files must be UTF-8")
        }

        func path(_ stack: [Frame], appending last: String? = nil) -> String {
            var text = ""
            for frame in stack.dropFirst() { text += frame.component }
            if let last { text += last }
            return text.hasPrefix(".") ? String(text.dropFirst()) : text
        }
        /// The path of the value about to be read (or being read) in the current container.
        func pendingPath(_ stack: [Frame]) -> String {
            guard let top = stack.last else { return "" }
            return path(stack, appending: top.isArray ? "[\(top.count)]" : ".\(top.key)")
        }
        func position(_ offset: Int) -> String {
            var line = 1
            var column = 1
            var at = 0
            let end = min(offset, count)
            while at < end {
                if bytes[at] == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if bytes[at] & 0xC0 != 0x80 {
                    column += 1
                }
                at += 1
            }
            return "line \(line), column \(column)"
        }
        func malformed(_ what: String, at offset: Int, path: String) -> CaseFileError {
            CaseFileError(
                code: .malformedJSON, path: path,
                message: "the document is not valid JSON: \(what) (\(position(offset)))")
        }
        func describe(_ offset: Int) -> String {
            guard offset < count else { return "the end of the document" }
            let byte = bytes[offset]
            if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
            let hex = String(byte, radix: 16, uppercase: true)
            return "byte 0x\(byte < 0x10 ? "0" : "")\(hex)"
        }

        /// Reads a string starting at the opening quote; returns the index after the closing
        /// quote and, when `unescape` is set, the unescaped UTF-8 bytes.
        func readString(at start: Int, unescape: Bool, path: @autoclosure () -> String) throws(CaseFileError) -> (end: Int, value: [UInt8]) {
            var value: [UInt8] = []
            var at = start + 1
            while true {
                guard at < count else {
                    throw malformed("the document ends inside a string", at: at, path: path())
                }
                if at - start - 1 > maxStringBytes {
                    throw CaseFileError(
                        code: .stringTooLong, path: path(),
                        message: "a string longer than the limit of \(maxStringBytes) bytes")
                }
                let byte = bytes[at]
                switch byte {
                case UInt8(ascii: "\""):
                    return (at + 1, value)
                case UInt8(ascii: "\\"):
                    guard at + 1 < count else {
                        throw malformed("the document ends inside a string", at: at + 1, path: path())
                    }
                    let escape = bytes[at + 1]
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
                        if unescape { value.append(escape) }
                        at += 2
                    case UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        if unescape {
                            let control: UInt8 = switch escape {
                            case UInt8(ascii: "b"): 0x08
                            case UInt8(ascii: "f"): 0x0C
                            case UInt8(ascii: "n"): 0x0A
                            case UInt8(ascii: "r"): 0x0D
                            default: 0x09
                            }
                            value.append(control)
                        }
                        at += 2
                    case UInt8(ascii: "u"):
                        guard let unit = hex4(at + 2) else {
                            throw malformed("\\u must be followed by four hexadecimal digits", at: at, path: path())
                        }
                        var scalarValue = UInt32(unit)
                        at += 6
                        if (0xD800...0xDBFF).contains(unit) {
                            guard at + 1 < count, bytes[at] == UInt8(ascii: "\\"), bytes[at + 1] == UInt8(ascii: "u"),
                                  let low = hex4(at + 2), (0xDC00...0xDFFF).contains(low)
                            else {
                                throw malformed("unpaired UTF-16 surrogate escape", at: at - 6, path: path())
                            }
                            scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                            at += 6
                        } else if (0xDC00...0xDFFF).contains(unit) {
                            throw malformed("unpaired UTF-16 surrogate escape", at: at - 6, path: path())
                        }
                        if unescape, let scalar = Unicode.Scalar(scalarValue) {
                            value.append(contentsOf: Array(String(Character(scalar)).utf8))
                        }
                    default:
                        throw malformed("invalid escape \(describe(at + 1)) in a string", at: at, path: path())
                    }
                case 0x00..<0x20:
                    throw malformed(
                        "control character \(describe(at)) in a string (write it as an escape)", at: at, path: path())
                case 0x80...:
                    let length = utf8SequenceLength(at)
                    guard length > 0 else {
                        throw CaseFileError(
                            code: .invalidEncoding, path: path(),
                            message: "invalid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)) at offset \(at))")
                    }
                    if unescape { value.append(contentsOf: bytes[at..<(at + length)]) }
                    at += length
                default:
                    if unescape { value.append(byte) }
                    at += 1
                }
            }
        }
        func hex4(_ at: Int) -> UInt16? {
            guard at + 4 <= count else { return nil }
            var value: UInt16 = 0
            for offset in at..<(at + 4) {
                let byte = bytes[offset]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: return nil
                }
                value = value << 4 | UInt16(digit)
            }
            return value
        }
        /// The length of the well-formed UTF-8 sequence starting at `at` (lead byte ≥ 0x80), or
        /// 0 when it is ill-formed (Unicode Table 3-7: no overlongs, surrogates or > U+10FFFF).
        func utf8SequenceLength(_ at: Int) -> Int {
            let lead = bytes[at]
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return 0
            }
            guard at + length <= count else { return 0 }
            let second = bytes[at + 1]
            guard second >= low && second <= high else { return 0 }
            for offset in (at + 2)..<(at + length) where bytes[offset] & 0xC0 != 0x80 { return 0 }
            return length
        }

        /// Counts a value in the current container, enforcing the per-array limit.
        func beginValue(_ stack: inout [Frame]) throws(CaseFileError) {
            guard let last = stack.indices.last, stack[last].isArray else { return }
            stack[last].count += 1
            if stack[last].count > maxArrayLength {
                throw CaseFileError(
                    code: .tooManyElements, path: path(stack),
                    message: "more than \(maxArrayLength) elements (the limit per array)")
            }
        }
        /// The path component of the value just begun in the current container (built only
        /// for errors, reports and containers, never per scalar).
        func component(_ stack: [Frame]) -> String {
            guard let top = stack.last else { return "" }
            return top.isArray ? "[\(top.count - 1)]" : ".\(top.key)"
        }

        /// Reads a number per RFC 8259; returns its end and whether it is an integer in
        /// `Int64`'s range, or `nil` when it is malformed.
        func readNumber(at start: Int) -> (Int, Bool)? {
            var at = start
            var isInteger = true
            var magnitude: UInt64 = 0
            var overflow = false
            let negative = bytes[at] == UInt8(ascii: "-")
            if negative { at += 1 }
            func isDigit(_ offset: Int) -> Bool {
                offset < count && bytes[offset] >= UInt8(ascii: "0") && bytes[offset] <= UInt8(ascii: "9")
            }
            guard isDigit(at) else { return nil }
            if bytes[at] == UInt8(ascii: "0") {
                at += 1
                if isDigit(at) { return nil }  // leading zero
            } else {
                while isDigit(at) {
                    let (times, o1) = magnitude.multipliedReportingOverflow(by: 10)
                    let (sum, o2) = times.addingReportingOverflow(UInt64(bytes[at] - UInt8(ascii: "0")))
                    if o1 || o2 { overflow = true }
                    magnitude = sum
                    at += 1
                }
            }
            if at < count, bytes[at] == UInt8(ascii: ".") {
                isInteger = false
                at += 1
                guard isDigit(at) else { return nil }
                while isDigit(at) { at += 1 }
            }
            if at < count, bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E") {
                isInteger = false
                at += 1
                if at < count, bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-") { at += 1 }
                guard isDigit(at) else { return nil }
                while isDigit(at) { at += 1 }
            }
            let limit: UInt64 = negative ? UInt64(Int64.max) + 1 : UInt64(Int64.max)
            if overflow || magnitude > limit { isInteger = false }
            return (at, isInteger)
        }

        var expect = Expect.value
        while true {
            // Skip white space.
            while index < count {
                let byte = bytes[index]
                guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { break }
                index += 1
            }
            guard index < count else {
                if expect == .end { return report }
                if stack.isEmpty {
                    throw malformed("the document is empty (no value)", at: index, path: "")
                }
                let what = stack.last?.isArray == true ? "an array" : "an object"
                throw malformed("the document ends inside \(what)", at: index, path: path(stack))
            }
            let byte = bytes[index]
            switch expect {
            case .end:
                throw malformed("unexpected \(describe(index)) after the document's value", at: index, path: "")

            case .colon:
                guard byte == UInt8(ascii: ":") else {
                    throw malformed("expected ':' after a key, found \(describe(index))", at: index, path: pendingPath(stack))
                }
                index += 1
                expect = .value

            case .separator:
                guard let top = stack.popLast() else { expect = .end; continue }
                if byte == UInt8(ascii: ",") {
                    index += 1
                    expect = top.isArray ? .value : .key
                    stack.append(top)
                } else if byte == UInt8(ascii: top.isArray ? "]" : "}") {
                    index += 1
                    expect = stack.isEmpty ? .end : .separator
                } else {
                    stack.append(top)
                    let closer = top.isArray ? "']'" : "'}'"
                    throw malformed("expected ',' or \(closer), found \(describe(index))", at: index, path: path(stack))
                }

            case .key, .keyOrEnd:
                if byte == UInt8(ascii: "}"), expect == .keyOrEnd {
                    _ = stack.popLast()
                    index += 1
                    expect = stack.isEmpty ? .end : .separator
                    continue
                }
                guard byte == UInt8(ascii: "\"") else {
                    throw malformed("expected a key in quotes, found \(describe(index))", at: index, path: path(stack))
                }
                let (end, key) = try readString(at: index, unescape: true, path: path(stack))
                guard var top = stack.popLast() else { throw malformed("a key outside an object", at: index, path: "") }
                top.keyBytes = key
                top.count += 1
                if top.count > maxArrayLength {
                    stack.append(top)
                    throw CaseFileError(
                        code: .tooManyElements, path: path(stack),
                        message: "more than \(maxArrayLength) members (the limit per object)")
                }
                if !top.keys.insert(key).inserted {
                    stack.append(top)
                    throw CaseFileError(
                        code: .duplicateKey, path: pendingPath(stack),
                        message: "the key \"\(String(decoding: top.keyBytes, as: UTF8.self).escapedForMessage(limit: 60))\" appears more than once in the object")
                }
                stack.append(top)
                index = end
                expect = .colon

            case .value, .valueOrEnd:
                if byte == UInt8(ascii: "]"), expect == .valueOrEnd {
                    _ = stack.popLast()
                    index += 1
                    expect = stack.isEmpty ? .end : .separator
                    continue
                }
                switch byte {
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    try beginValue(&stack)
                    let component = component(stack)
                    if stack.count >= maxDepth {
                        throw CaseFileError(
                            code: .tooDeep, path: path(stack, appending: component),
                            message: "objects and arrays nest deeper than \(maxDepth) levels")
                    }
                    let isArray = byte == UInt8(ascii: "[")
                    stack.append(Frame(isArray: isArray, component: component))
                    index += 1
                    expect = isArray ? .valueOrEnd : .keyOrEnd
                case UInt8(ascii: "\""):
                    try beginValue(&stack)
                    let (end, _) = try readString(at: index, unescape: false, path: path(stack, appending: component(stack)))
                    index = end
                    expect = stack.isEmpty ? .end : .separator
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    try beginValue(&stack)
                    let start = index
                    guard let (end, isInteger) = readNumber(at: index) else {
                        throw malformed("a malformed number", at: start, path: path(stack, appending: component(stack)))
                    }
                    if !isInteger {
                        let number = (
                            path: path(stack, appending: component(stack)),
                            text: String(decoding: bytes[start..<min(end, start + 40)], as: UTF8.self))
                        if report.firstNonIntegerNumber == nil { report.firstNonIntegerNumber = number }
                        report.nonIntegerNumbers[number.path] = number.text
                    }
                    index = end
                    expect = stack.isEmpty ? .end : .separator
                case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                    try beginValue(&stack)
                    let literal: [UInt8] = switch byte {
                    case UInt8(ascii: "t"): JSONBoundsScanner.trueLiteral
                    case UInt8(ascii: "f"): JSONBoundsScanner.falseLiteral
                    default: JSONBoundsScanner.nullLiteral
                    }
                    guard index + literal.count <= count, bytes[index..<(index + literal.count)].elementsEqual(literal) else {
                        throw malformed("expected a value, found \(describe(index))", at: index, path: path(stack, appending: component(stack)))
                    }
                    index += literal.count
                    expect = stack.isEmpty ? .end : .separator
                default:
                    if byte >= 0x80 && utf8SequenceLength(index) == 0 {
                        throw CaseFileError(
                            code: .invalidEncoding, path: pendingPath(stack),
                            message: "invalid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)) at offset \(index))")
                    }
                    throw malformed("expected a value, found \(describe(index))", at: index, path: pendingPath(stack))
                }
            }
        }

    }
}
