/// A single linear pass over JSON bytes that enforces ``CaseFile``'s size limits before any
/// decoding, naming the path of the first offending value (library-internal).
///
/// It is not a validator: malformed JSON is left to the decoder, and the scanner only promises
/// to terminate in one pass without trapping on any input.
struct JSONBoundsScanner {
    var maxDepth: Int
    var maxArrayLength: Int
    var maxStringBytes: Int

    private struct Frame {
        var isArray: Bool
        var count = 0
        var key: String?
        var expectingKey: Bool
        /// This container's own path component in its parent (`.key` or `[n]`).
        var component: String
    }

    func scan(_ bytes: [UInt8]) throws(CaseFileError) {
        var stack: [Frame] = []
        var index = 0
        let count = bytes.count

        func path(_ stack: [Frame], appending last: String? = nil) -> String {
            var text = ""
            for frame in stack.dropFirst() { text += frame.component }
            if let last { text += last }
            return text.hasPrefix(".") ? String(text.dropFirst()) : text
        }
        /// The component a value starting now gets in the current container, counting it.
        func beginValue(_ stack: inout [Frame]) throws(CaseFileError) -> String {
            guard var top = stack.popLast() else { return "" }
            defer { stack.append(top) }
            if top.isArray {
                top.count += 1
                if top.count > maxArrayLength {
                    let where_ = path(stack + [top])
                    throw CaseFileError(
                        code: .tooManyElements, path: where_,
                        message: "more than \(maxArrayLength) elements (the limit per array)")
                }
                return "[\(top.count - 1)]"
            }
            return ".\(top.key ?? "")"
        }

        while index < count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let component = try beginValue(&stack)
                if stack.count >= maxDepth {
                    throw CaseFileError(
                        code: .tooDeep, path: path(stack, appending: component),
                        message: "objects and arrays nest deeper than \(maxDepth) levels")
                }
                let isArray = byte == UInt8(ascii: "[")
                stack.append(Frame(isArray: isArray, expectingKey: !isArray, component: component))
                index += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = stack.popLast()
                index += 1
            case UInt8(ascii: ","):
                if var top = stack.popLast() {
                    if !top.isArray { top.expectingKey = true }
                    stack.append(top)
                }
                index += 1
            case UInt8(ascii: "\""):
                let start = index + 1
                var end = start
                while end < count && bytes[end] != UInt8(ascii: "\"") {
                    end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
                }
                let length = min(end, count) - start
                let isKey = stack.last.map { !$0.isArray && $0.expectingKey } ?? false
                if isKey, var top = stack.popLast() {
                    let key = String(decoding: bytes[start..<min(end, count, start + 200)], as: UTF8.self)
                    top.key = key
                    top.expectingKey = false
                    stack.append(top)
                    if length > maxStringBytes {
                        throw CaseFileError(
                            code: .stringTooLong, path: path(stack),
                            message: "a key of \(length) bytes is longer than the limit of \(maxStringBytes)")
                    }
                } else {
                    let component = try beginValue(&stack)
                    if length > maxStringBytes {
                        throw CaseFileError(
                            code: .stringTooLong, path: path(stack, appending: component),
                            message: "a string of \(length) bytes is longer than the limit of \(maxStringBytes)")
                    }
                }
                index = end + 1
            case UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                index += 1
            default:
                // A number or literal: count it once, skip to the next structural byte.
                _ = try beginValue(&stack)
                while index < count {
                    let next = bytes[index]
                    if next == UInt8(ascii: ",") || next == UInt8(ascii: "}") || next == UInt8(ascii: "]")
                        || next == UInt8(ascii: " ") || next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r")
                        || next == UInt8(ascii: "\t") || next == UInt8(ascii: "\"") || next == UInt8(ascii: "{")
                        || next == UInt8(ascii: "[") || next == UInt8(ascii: ":")
                    { break }
                    index += 1
                }
            }
        }
    }
}
