extension JSONTokenReader {
    /// Reads a string and answers its UTF-8 bytes: a view of the document when the string has no
    /// escapes, otherwise the unescaped bytes in ``scratch``, valid until the next string is read.
    ///
    /// Bytes of 0x80 and above need no attention here: the scan stops only at `"`, `\` and
    /// control characters. UTF-8 is validated where the bytes become a `String` (``string(_:)``);
    /// bytes that never do (keys, enumeration values, dates, identifiers in canonical form) are
    /// matched byte for byte against well-formed text, which ill-formed UTF-8 never matches.
    /// Fails on a string longer than ``maxStringBytes`` as written (the quotes excluded, the
    /// escapes counted as written, as ``CaseFile``'s limit scan counts), a control character, an
    /// unknown escape or a lone surrogate.
    mutating func readString() throws(TokenReadFailure) -> UnsafeBufferPointer<UInt8> {
        try expect(UInt8(ascii: "\""))
        let start = position
        skipPlainBytes()
        let byte = current
        if byte == UInt8(ascii: "\"") {
            let length = position - start
            guard length <= Self.maxStringBytes else { throw TokenReadFailure() }
            position += 1
            return UnsafeBufferPointer(start: base + start, count: length)
        }
        if byte == UInt8(ascii: "\\") { return try readEscapedString(from: start) }
        throw TokenReadFailure()  // a control character or the end
    }

    /// Skips bytes that need no attention inside a string of a valid UTF-8 document: everything
    /// but `"`, `\` and control characters, sixteen bytes at a time where the document allows
    /// (the `SIMD16` form of `plainStops`), then eight, then one.
    @inline(__always)
    mutating func skipPlainBytes() {
        while position &+ 16 <= count {
            let chunk = UnsafeRawPointer(base + position).loadUnaligned(as: SIMD16<UInt8>.self)
            let halves = unsafeBitCast(Self.plainStops(chunk), to: SIMD2<UInt64>.self)
            let low = UInt64(littleEndian: halves[0])
            let high = UInt64(littleEndian: halves[1])
            if low | high != 0 {
                position &+= low != 0 ? low.trailingZeroBitCount >> 3 : 8 &+ high.trailingZeroBitCount >> 3
                return
            }
            position &+= 16
        }
        // Fewer than sixteen bytes are left: one word of eight, if there is one, then bytes.
        if position &+ 8 <= count {
            let stops = Self.plainStops(UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)))
            if stops != 0 {
                position &+= stops.trailingZeroBitCount >> 3
                return
            }
            position &+= 8
        }
        while true {
            let byte = current
            guard byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") else { return }
            position += 1
        }
    }

    /// The bytes of `word` (little-endian: the first byte lowest) where a plain scan stops —
    /// `"`, `\` or a control character (below 0x20) — with their high bit set. The first
    /// flagged byte is exact (a borrow runs only towards higher bytes); later ones may be false.
    @inline(__always)
    static func plainStops(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let control = (word &- ones &* 0x20) & ~word  // a byte below 0x20 sets its high bit
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        return (control | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)) & (ones &* 0x80)
    }

    /// The word form of `plainStops` for sixteen bytes: the lanes of `chunk` where a plain scan
    /// stops, as 0x80, every other lane 0.
    ///
    /// Each test is made lane by lane with wrapping arithmetic, which the compiler turns into one
    /// vector instruction for all sixteen lanes (SSE2 on x86_64): a lane `y` is zero exactly when
    /// `(y &- 1) & ~y` has its high bit set, and nothing borrows across lanes, so every flagged
    /// lane is exact. (The portable comparisons `.==` and `.<` answer a `SIMDMask`, which this
    /// toolchain builds one lane at a time.)
    @inline(__always)
    static func plainStops(_ chunk: SIMD16<UInt8>) -> SIMD16<UInt8> {
        @inline(__always) func zeroLanes(_ lanes: SIMD16<UInt8>) -> SIMD16<UInt8> { (lanes &- 1) & ~lanes }
        let quote = zeroLanes(chunk ^ 0x22)
        let backslash = zeroLanes(chunk ^ 0x5C)
        let control = zeroLanes(chunk & 0xE0)
        return (quote | backslash | control) & 0x80
    }

    /// Finishes a string whose first escape is at ``position``, unescaping it into ``scratch``.
    private mutating func readEscapedString(from start: Int) throws(TokenReadFailure) -> UnsafeBufferPointer<UInt8> {
        var length = position - start
        guard length <= Self.maxStringBytes else { throw TokenReadFailure() }
        (scratch).update(from: base + start, count: length)
        // Unescaping never lengthens: `length` ≤ bytes consumed since `start`, which is checked
        // against the limit before each write of at most 4 bytes, so the scratch never overflows.
        while true {
            guard position - start <= Self.maxStringBytes else { throw TokenReadFailure() }
            let byte = current
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return UnsafeBufferPointer(start: scratch, count: length)
            case UInt8(ascii: "\\"):
                let escaped = self.byte(at: position + 1)
                position += 2
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
                    scratch[length] = escaped
                    length += 1
                case UInt8(ascii: "b"): scratch[length] = 0x08; length += 1
                case UInt8(ascii: "f"): scratch[length] = 0x0C; length += 1
                case UInt8(ascii: "n"): scratch[length] = 0x0A; length += 1
                case UInt8(ascii: "r"): scratch[length] = 0x0D; length += 1
                case UInt8(ascii: "t"): scratch[length] = 0x09; length += 1
                case UInt8(ascii: "u"):
                    let scalar = try readUnicodeEscapeScalar()
                    length += writeUTF8(scalar, at: length)
                default:
                    throw TokenReadFailure()
                }
            case 0x20...0xFF:
                // Non-ASCII bytes are copied one by one: the document is valid UTF-8.
                scratch[length] = byte
                length += 1
                position += 1
            default:
                throw TokenReadFailure()  // a control character or the end
            }
        }
    }

    /// Reads the four hex digits after `\u` (and a second `\uXXXX` for a high surrogate) and
    /// answers the scalar; a lone or reversed surrogate fails.
    private mutating func readUnicodeEscapeScalar() throws(TokenReadFailure) -> UInt32 {
        let unit = try readHex4()
        switch unit {
        case 0xD800...0xDBFF:
            guard current == UInt8(ascii: "\\"), byte(at: position + 1) == UInt8(ascii: "u") else {
                throw TokenReadFailure()
            }
            position += 2
            let low = try readHex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw TokenReadFailure() }
            return 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        case 0xDC00...0xDFFF:
            throw TokenReadFailure()
        default:
            return unit
        }
    }

    /// Reads four hex digits.
    private mutating func readHex4() throws(TokenReadFailure) -> UInt32 {
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = self.byte(at: position + offset)
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw TokenReadFailure()
            }
            value = value << 4 | UInt32(digit)
        }
        position += 4
        return value
    }

    /// Writes `scalar` (not a surrogate, at most U+10FFFF) as UTF-8 at `scratch[offset...]` and
    /// answers the number of bytes written.
    private func writeUTF8(_ scalar: UInt32, at offset: Int) -> Int {
        let out = scratch + offset
        switch scalar {
        case 0..<0x80:
            out[0] = UInt8(truncatingIfNeeded: scalar)
            return 1
        case 0x80..<0x800:
            out[0] = UInt8(truncatingIfNeeded: 0xC0 | scalar >> 6)
            out[1] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            return 2
        case 0x800..<0x10000:
            out[0] = UInt8(truncatingIfNeeded: 0xE0 | scalar >> 12)
            out[1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
            out[2] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            return 3
        default:
            out[0] = UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18)
            out[1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 12 & 0x3F)
            out[2] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
            out[3] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            return 4
        }
    }

    // MARK: Typed strings

    /// Reads a string as ``StoredText``: its unescaped bytes, validated as UTF-8 (ill-formed
    /// UTF-8 fails the read, as in ``string(_:)``), kept by ``storeText(_:plain:)``, without
    /// building a `String`. The same pass over the bytes tells
    /// whether the text is plain (``StoredText/isKnownPlain``), which validation then trusts.
    mutating func readText() throws(TokenReadFailure) -> StoredText {
        let bytes = try readString()
        let scan = UTF8Validation.scan(bytes)
        guard scan.wellFormed else { throw TokenReadFailure() }
        return storeText(bytes, plain: !scan.control && bytes.first.map(startsVisibleText) == true)
    }

    /// Answers `bytes`, well-formed UTF-8, as ``StoredText`` (`plain` as
    /// ``StoredText/isKnownPlain`` means it): held in place when they fit
    /// (``StoredText/inlineCapacity``), otherwise copied into the document's text buffer (made on
    /// the first such text).
    @inline(__always)
    mutating func storeText(_ bytes: UnsafeBufferPointer<UInt8>, plain: Bool) -> StoredText {
        if bytes.count <= StoredText.inlineCapacity { return StoredText(inline: bytes, plain: plain) }
        let buffer: TextBuffer
        if let texts {
            buffer = texts
        } else {
            buffer = TextBuffer(forDocumentOf: count)
            texts = buffer
        }
        let offset = buffer.append(bytes)
        // The buffer's last use: moved into the text, not copied and then released.
        return StoredText(buffer: buffer, offset: offset, count: bytes.count, plain: plain)
    }

    /// Reads a string as a Swift `String` (the same bytes `JSONDecoder` produces).
    mutating func readSwiftString() throws(TokenReadFailure) -> String {
        try Self.string(try readString())
    }

    /// The `String` of UTF-8 bytes, validated as it is built (never repaired): ill-formed UTF-8
    /// fails the read, and the Codable path answers. This is where the bytes of every string
    /// the reader builds are validated, once; keys and enumeration values need no check, being
    /// matched byte for byte against well-formed names.
    @inline(__always)
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) throws(TokenReadFailure) -> String {
        // `String(validating:as:)` is generic over the encoding and looks its metadata up at run
        // time on every call. Building the string in place validates as it copies, and repairs:
        // it repaired something exactly when its bytes differ from the input (a repair writes
        // U+FFFD for an ill-formed subpart, which the input did not hold there), so one
        // comparison of the copy tells, without a second validation pass. Built in place rather
        // than with `String(decoding:as:)` because a string of at most 15 ASCII bytes — an id, a
        // reference — then becomes a small string by one copy and one mask, where `decoding`
        // scanned it for ASCII, then validated and copied it (about 150 instructions more).
        var text = String(unsafeUninitializedCapacity: bytes.count) { buffer in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(bytes))
            return bytes.count
        }
        let unchanged = text.withUTF8 { utf8 in utf8.count == bytes.count && sameBytes(utf8, bytes) }
        guard unchanged else { throw TokenReadFailure() }
        return text
    }

    /// Whether two buffers of the same length hold the same bytes, compared eight at a time.
    @inline(__always)
    private static func sameBytes(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let a = first.baseAddress, let b = second.baseAddress else { return first.count == second.count }
        let count = first.count
        var index = 0
        while index &+ 8 <= count {
            if UnsafeRawPointer(a + index).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(b + index).loadUnaligned(as: UInt64.self) {
                return false
            }
            index &+= 8
        }
        while index < count {
            if a[index] != b[index] { return false }
            index &+= 1
        }
        return true
    }

    /// Reads a key of at most 16 plain ASCII bytes (no escape, no control character) in one or
    /// two word loads and answers its index in `table` (`-1` when absent), or `nil`, consuming
    /// nothing but whitespace, for any other key (then ``readString()`` reads it).
    @inline(__always)
    private mutating func readShortASCIIKey(in table: JSONKeyTable) -> Int? {
        let opening = skipWhitespace()
        let start = position &+ 1
        guard opening == UInt8(ascii: "\""), start &+ 16 <= count else { return nil }
        let highs: UInt64 = 0x8080_8080_8080_8080
        let first = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
        var length: Int
        var head = first
        var second: UInt64 = 0
        let firstStops = Self.plainStops(first)
        if firstStops != 0 {
            length = firstStops.trailingZeroBitCount >> 3
            head = length == 0 ? 0 : first & (~0 >> UInt64(64 &- 8 &* length))
        } else {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + (start &+ 8)).loadUnaligned(as: UInt64.self))
            let secondStops = Self.plainStops(word)
            guard secondStops != 0 else { return nil }
            let tail = secondStops.trailingZeroBitCount >> 3
            length = 8 &+ tail
            second = tail == 0 ? 0 : word & (~0 >> UInt64(64 &- 8 &* tail))
        }
        // The first flagged byte must be the closing quote, and the key plain ASCII.
        guard base[start &+ length] == UInt8(ascii: "\""), (head | second) & highs == 0 else { return nil }
        position = start &+ length &+ 1
        return table.index(head: head, second: second, length: length) ?? -1
    }

    /// Reads a member's key and answers its index in `table`, or `-1` when `table` does not
    /// hold it.
    ///
    /// `JSONDecoder` looks keys up in a `[String: …]`, whose equality is Unicode canonical
    /// equivalence (`"a\u212A"` — KELVIN SIGN — finds the key `aK`); a key that is not a known
    /// key byte for byte but has non-ASCII bytes is therefore compared as a `String`.
    mutating func readKey(in table: JSONKeyTable) throws(TokenReadFailure) -> Int {
        if let index = readShortASCIIKey(in: table) { return index }
        let key = try readString()
        if let index = table.index(of: key) { return index }
        if table.count == 0 { return -1 }
        for byte in key where byte >= 0x80 {
            return table.index(ofEquivalent: try Self.string(key)) ?? -1
        }
        return -1
    }
}
