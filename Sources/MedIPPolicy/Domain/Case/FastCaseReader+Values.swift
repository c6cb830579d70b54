// The scalar values a case file holds, read as their `Decodable` conformances read them.

extension String: FastJSONReadable {
    /// Reads a JSON string.
    static func read(from reader: inout FastJSONReader) throws(FastReadFailure) -> String {
        try reader.readSwiftString()
    }
}

extension Bool: FastJSONReadable {
    /// Reads `true` or `false`.
    static func read(from reader: inout FastJSONReader) throws(FastReadFailure) -> Bool {
        try reader.readBool()
    }
}

extension Int: FastJSONReadable {
    /// Reads an integer (see ``FastJSONReader/readInt()``).
    static func read(from reader: inout FastJSONReader) throws(FastReadFailure) -> Int {
        try reader.readInt()
    }
}

extension CivilDate: FastJSONReadable {
    /// Reads a `YYYY-MM-DD` date string as ``CivilDate/init(iso8601:)`` parses it, from the
    /// unescaped bytes without building a `String`.
    static func read(from reader: inout FastJSONReader) throws(FastReadFailure) -> CivilDate {
        let text = try reader.readString()
        guard text.count == 10, text[4] == UInt8(ascii: "-"), text[7] == UInt8(ascii: "-") else {
            throw FastReadFailure()
        }
        func number(_ range: Range<Int>) throws(FastReadFailure) -> Int {
            var value = 0
            for index in range {
                let byte = text[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { throw FastReadFailure() }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        let year = try number(0..<4)
        let month = try number(5..<7)
        let day = try number(8..<10)
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CivilDate.daysInMonth(year: year, month: month)).contains(day)
        else { throw FastReadFailure() }
        return CivilDate(uncheckedYear: year, month: month, day: day)
    }
}
