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
    /// Reads a `YYYY-MM-DD` date string as ``CivilDate/init(iso8601:)`` parses it, from the
    /// unescaped bytes without building a `String`.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> CivilDate {
        let text = try reader.readString()
        guard text.count == 10, text[4] == UInt8(ascii: "-"), text[7] == UInt8(ascii: "-") else {
            throw TokenReadFailure()
        }
        func number(_ range: Range<Int>) throws(TokenReadFailure) -> Int {
            var value = 0
            for index in range {
                let byte = text[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { throw TokenReadFailure() }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        let year = try number(0..<4)
        let month = try number(5..<7)
        let day = try number(8..<10)
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CivilDate.daysInMonth(year: year, month: month)).contains(day)
        else { throw TokenReadFailure() }
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
