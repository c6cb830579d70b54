extension Decision {
    /// The decision as one line's worth of compact JSON — keys sorted, slashes unescaped, no
    /// newline: byte for byte what ``CaseFile/encode(_:pretty:)`` writes with `pretty: false`
    /// (`JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes`), written by the hand-made
    /// writer `medip screen` uses, about ten times faster — a decision's ``trace`` (`detail:
    /// .full`) included.
    ///
    /// For a program that stores or logs decisions (a decision log, an audit table) and wants
    /// the bytes `medip` writes.
    public func compactJSON() -> [UInt8] {
        var bytes: [UInt8] = []
        ScreenedLineWriter.appendBytes(to: &bytes) { $0.write(self) }
        return bytes
    }

    /// The decision as indented JSON, keys sorted, no final newline: byte for byte what
    /// ``CaseFile/encode(_:pretty:)`` writes (`JSONEncoder` with `.sortedKeys`,
    /// `.prettyPrinted` and `.withoutEscapingSlashes`; what `medip evaluate --format json`
    /// prints), made by indenting ``compactJSON()``.
    public func prettyJSON() -> [UInt8] {
        PrettyJSON.indenting(compactJSON())
    }
}

/// Indents compact JSON the way `JSONEncoder`'s `.prettyPrinted` lays it out (library-internal):
/// two spaces a level, one member or element a line, `"key" : value`, and an empty array or
/// object as its brackets around an empty line.
enum PrettyJSON {
    /// `compact` (valid JSON with no whitespace outside strings, as `JSONEncoder` and the
    /// screening writer write it) indented.
    static func indenting(_ compact: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(compact.count * 2)
        var depth = 0
        var inString = false
        var escaped = false
        func newline(_ output: inout [UInt8], _ depth: Int) {
            output.append(0x0A)
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
        }
        var index = compact.startIndex
        while index < compact.endIndex {
            let byte = compact[index]
            index += 1
            if inString {
                output.append(byte)
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                output.append(byte)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                output.append(byte)
                let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if index < compact.endIndex, compact[index] == close {
                    output.append(0x0A)
                    newline(&output, depth)
                    output.append(close)
                    index += 1
                } else {
                    depth += 1
                    newline(&output, depth)
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                newline(&output, depth)
                output.append(byte)
            case UInt8(ascii: ","):
                output.append(byte)
                newline(&output, depth)
            case UInt8(ascii: ":"):
                output.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
            default:
                output.append(byte)
            }
        }
        return output
    }
}
