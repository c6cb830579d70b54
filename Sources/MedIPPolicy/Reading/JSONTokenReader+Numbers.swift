extension JSONTokenReader {
    /// Reads an integer written as JSON integer digits (`-`, no leading zeros, no fraction, no
    /// exponent) that fits `Int`; `-0` reads as `0`.
    ///
    /// `JSONDecoder` also accepts `1.0`, `1e2` and `100e-2` for an `Int`; those fail here and the
    /// Codable path reads them.
    mutating func readInt() throws(TokenReadFailure) -> Int {
        skipWhitespace()
        let negative = current == UInt8(ascii: "-")
        if negative { position += 1 }
        let first = current
        guard first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else { throw TokenReadFailure() }
        position += 1
        // Accumulate towards the sign so that Int.min reads.
        var value = negative ? -Int(first - UInt8(ascii: "0")) : Int(first - UInt8(ascii: "0"))
        if first == UInt8(ascii: "0") {
            let next = current
            guard next < UInt8(ascii: "0") || next > UInt8(ascii: "9") else { throw TokenReadFailure() }
        } else {
            while true {
                let byte = current
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { break }
                let digit = Int(byte - UInt8(ascii: "0"))
                let (scaled, scaleOverflow) = value.multipliedReportingOverflow(by: 10)
                let (next, addOverflow) = negative
                    ? scaled.subtractingReportingOverflow(digit) : scaled.addingReportingOverflow(digit)
                guard !scaleOverflow, !addOverflow else { throw TokenReadFailure() }
                value = next
                position += 1
            }
        }
        let next = current
        guard next != UInt8(ascii: "."), next != UInt8(ascii: "e"), next != UInt8(ascii: "E") else {
            throw TokenReadFailure()
        }
        return value
    }

    /// Skips a number in RFC 8259's grammar:
    /// `-? (0 | [1-9][0-9]*) (\.[0-9]+)? ([eE][+-]?[0-9]+)?`. Its value is not read, so any
    /// magnitude (`1e400`) passes.
    mutating func skipNumber() throws(TokenReadFailure) {
        if current == UInt8(ascii: "-") { position += 1 }
        let first = current
        if first == UInt8(ascii: "0") {
            position += 1
        } else if first >= UInt8(ascii: "1"), first <= UInt8(ascii: "9") {
            skipDigits()
        } else {
            throw TokenReadFailure()
        }
        if current == UInt8(ascii: ".") {
            position += 1
            guard skipDigits() > 0 else { throw TokenReadFailure() }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard skipDigits() > 0 else { throw TokenReadFailure() }
        }
        // A digit cannot follow here (a leading zero such as `01`); any other byte is left to
        // the caller, which expects `,`, `}`, `]`, whitespace or the end.
        let next = current
        guard next < UInt8(ascii: "0") || next > UInt8(ascii: "9") else { throw TokenReadFailure() }
    }

    /// Skips ASCII digits and answers how many.
    @discardableResult
    private mutating func skipDigits() -> Int {
        let start = position
        while true {
            let byte = current
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return position - start }
            position += 1
        }
    }
}
