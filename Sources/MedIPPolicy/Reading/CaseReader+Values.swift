// The scalar values a case file holds, read as their `Decodable` conformances read them.

extension String: JSONTokenReadable {
    /// Reads a JSON string.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> String {
        try reader.readSwiftString()
    }
}

extension Bool: JSONTokenReadable {
    /// Reads `true` or `false`.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> Bool {
        try reader.readBool()
    }
}

extension Int: JSONTokenReadable {
    /// Reads an integer (see ``JSONTokenReader/readInt()``).
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> Int {
        try reader.readInt()
    }
}

extension CivilDate: JSONTokenReadable {
    /// The date the placeholders of in-place reading hold (``JSONTokenReadableInPlace/placeholder``):
    /// any valid date, since every date field is read before it is used. Computed, not stored, so
    /// no lazily initialised global is checked where a placeholder is made.
    @inline(__always)
    static var placeholder: CivilDate { CivilDate(uncheckedYear: 2000, month: 1, day: 1) }

    /// Reads a `YYYY-MM-DD` date string as ``CivilDate/init(iso8601:)`` parses it, from the
    /// unescaped bytes without building a `String`.
    ///
    /// A date written plainly — the quote, ten bytes, the quote — is read in place, without
    /// scanning it as a string first: ten bytes that ``parse(_:)`` accepts are digits and dashes
    /// only, so ``JSONTokenReader/readString()`` would have answered exactly them. Anything else
    /// (escapes, another length, an invalid date) goes through `readString()`, and the same
    /// parse decides.
    ///
    /// Inlined where a date is read; the other spellings are read out of line.
    @inline(__always)
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> CivilDate {
        let opening = reader.skipWhitespace()
        let start = reader.position
        if opening == UInt8(ascii: "\""), start &+ 12 <= reader.count,
           reader.base[start &+ 11] == UInt8(ascii: "\""), let date = parse(reader.base + (start &+ 1))
        {
            reader.position = start &+ 12
            return date
        }
        return try readSpelledOtherwise(from: &reader)
    }

    /// Reads a date not written plainly: its string unescaped, then parsed as a plain one is.
    @inline(never)
    private static func readSpelledOtherwise(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> CivilDate {
        let text = try reader.readString()
        guard text.count == 10, let base = text.baseAddress, let date = parse(base) else { throw TokenReadFailure() }
        return date
    }

    /// The date the ten bytes at `base` spell as `YYYY-MM-DD` (ASCII digits and dashes, a valid
    /// date from year 1), else `nil`.
    @inline(__always)
    private static func parse(_ base: UnsafePointer<UInt8>) -> CivilDate? {
        // `YYYY-MM-` as one little-endian word: bytes 4 and 7 the dashes, the other six digits.
        let word = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self))
        let digitBytes: UInt64 = 0x00FF_FF00_FFFF_FFFF
        guard word & ~digitBytes == 0x2D00_002D_0000_0000, areASCIIDigits(word, lanes: digitBytes) else { return nil }
        let values = word & digitBytes &- 0x3030_3030_3030_3030 & digitBytes
        @inline(__always) func digit(_ index: UInt64) -> Int { Int(truncatingIfNeeded: values >> (8 &* index) & 0xFF) }
        let tens = base[8], ones = base[9]
        guard tens &- 0x30 < 10, ones &- 0x30 < 10 else { return nil }
        let year = digit(0) &* 1000 &+ digit(1) &* 100 &+ digit(2) &* 10 &+ digit(3)
        let month = digit(5) &* 10 &+ digit(6)
        let day = Int(tens &- 0x30) &* 10 &+ Int(ones &- 0x30)
        guard year >= 1, month >= 1, month <= 12, day >= 1, day <= CivilDate.daysInMonth(year: year, month: month)
        else { return nil }
        return CivilDate(uncheckedYear: year, month: month, day: day)
    }
}

extension StoredText: JSONTokenReadable {
    /// Reads a JSON string into the reader's text buffer, validating its UTF-8 there, without
    /// making a `String` (see ``StoredText``).
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> StoredText {
        try reader.readText()
    }
}
