extension JSONTokenReader {
    /// Reads an integer written as JSON integer digits (`-`, no leading zeros, no fraction, no
    /// exponent) that fits `Int`; `-0` reads as `0`.
    ///
    /// `JSONDecoder` alone would accept `1.0`, `1e2` and `100e-2` for an `Int`; those fail here,
    /// and the Codable path rejects them too (``CaseFile`` hands it the number texts), with the
    /// error's path.
    mutating func readInt() throws(TokenReadFailure) -> Int {
        let negative = skipWhitespace() == UInt8(ascii: "-")
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
}

/// Whether every byte of `word` under `lanes` (0xFF in each byte to check, 0 in the others) is
/// an ASCII digit, 0x30–0x39, tested in all of them at once (library-internal; dates and patent
/// numbers).
///
/// In a checked byte below 0x80, adding 0x46 leaves the high bit clear exactly below 0x3A, and
/// subtracting 0x30 with the high bit set keeps it exactly from 0x30; neither carries or
/// borrows into the next byte.
@inline(__always)
func areASCIIDigits(_ word: UInt64, lanes: UInt64) -> Bool {
    let checked = word & lanes
    let highs = 0x8080_8080_8080_8080 & lanes
    return checked & highs == 0 && (checked &+ 0x4646_4646_4646_4646 & lanes) & highs == 0
        && ((checked | highs) &- 0x3030_3030_3030_3030 & lanes) & highs == highs
}
