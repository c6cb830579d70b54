/// A value ``FastJSONReader`` reads directly from JSON bytes, mirroring its `Decodable`
/// conformance on every input the reader accepts (library-internal).
///
/// A reader fails (``FastReadFailure``) wherever the Codable path would throw, and may also fail
/// where the Codable path succeeds (then the Codable path answers); it never succeeds with a
/// different value.
protocol FastJSONReadable {
    /// Reads one value at the reader's position.
    static func read(from reader: inout FastJSONReader) throws(FastReadFailure) -> Self
}

extension FastJSONReader {
    /// Reads a value (`decode(_:forKey:)`: `null` fails).
    @inline(__always)
    mutating func read<Value: FastJSONReadable>(_ type: Value.Type = Value.self) throws(FastReadFailure) -> Value {
        try Value.read(from: &self)
    }

    /// Reads an optional value (`decodeIfPresent(_:forKey:)`: `null` is `nil`).
    @inline(__always)
    mutating func readOptional<Value: FastJSONReadable>(_ type: Value.Type = Value.self) throws(FastReadFailure) -> Value? {
        consumeNull() ? nil : try Value.read(from: &self)
    }

    /// Reads an array (`decode([Value].self, forKey:)`: `null` fails, as does any `null` element).
    mutating func readArray<Value: FastJSONReadable>(of type: Value.Type = Value.self) throws(FastReadFailure) -> [Value] {
        var state = try beginArray()
        var values: [Value] = []
        while try nextElement(&state) {
            values.append(try Value.read(from: &self))
        }
        return values
    }

    /// Reads an array that may be `null` (`decodeIfPresent([Value].self, forKey:) ?? []`).
    @inline(__always)
    mutating func readOptionalArray<Value: FastJSONReadable>(of type: Value.Type = Value.self) throws(FastReadFailure) -> [Value] {
        consumeNull() ? [] : try readArray(of: Value.self)
    }
}

extension FastStringEnum {
    /// Reads one of the raw values.
    static func read(from reader: inout FastJSONReader) throws(FastReadFailure) -> Self {
        try reader.readEnum(Self.self)
    }
}
