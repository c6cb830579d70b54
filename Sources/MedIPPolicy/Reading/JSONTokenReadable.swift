/// A value ``JSONTokenReader`` reads directly from JSON bytes, mirroring its `Decodable`
/// conformance on every input the reader accepts (library-internal).
///
/// A reader fails (``TokenReadFailure``) wherever the Codable path would throw, and may also fail
/// where the Codable path succeeds (then the Codable path answers); it never succeeds with a
/// different value.
protocol JSONTokenReadable {
    /// Reads one value at the reader's position.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> Self

    /// Reads one value over `value`, an element of the array being read that the new one replaces:
    /// a type holding an array keeps that array's storage (``JSONTokenReader/readArray(into:)``),
    /// so that a worker reading case after case into one scratch case allocates nothing for it.
    /// The result is the value ``read(from:)`` answers; after a failure `value` is unspecified.
    static func read(from reader: inout JSONTokenReader, over value: inout Self) throws(TokenReadFailure)
}

extension JSONTokenReadable {
    /// Replaces `value` with ``read(from:)``'s answer (a type without an array to keep).
    @inline(__always)
    static func read(from reader: inout JSONTokenReader, over value: inout Self) throws(TokenReadFailure) {
        value = try read(from: &reader)
    }
}

/// A ``JSONTokenReadable`` value read field by field into an existing value (library-internal):
/// ``read(from:over:)`` overwrites the fields of the value at hand — the previous case's — and
/// resets those the line leaves out to their defaults, so the new value is neither built in
/// locals and copied into place nor assigned whole over the old one (each a pass over every text
/// and array it holds, retaining or releasing them); a kept array keeps its storage.
/// ``read(from:)`` reads over a ``placeholder``.
protocol JSONTokenReadableInPlace: JSONTokenReadable {
    /// A value to read over when there is none at hand (any valid value: every field is read or
    /// reset).
    static var placeholder: Self { get }
}

extension JSONTokenReadableInPlace {
    /// Reads one value over ``placeholder``.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> Self {
        var value = placeholder
        try read(from: &reader, over: &value)
        return value
    }
}

extension JSONTokenReader {
    /// Reads a value (`decode(_:forKey:)`: `null` fails).
    @inline(__always)
    mutating func read<Value: JSONTokenReadable>(_ type: Value.Type = Value.self) throws(TokenReadFailure) -> Value {
        try Value.read(from: &self)
    }

    /// Reads an optional value (`decodeIfPresent(_:forKey:)`: `null` is `nil`).
    @inline(__always)
    mutating func readOptional<Value: JSONTokenReadable>(_ type: Value.Type = Value.self) throws(TokenReadFailure) -> Value? {
        consumeNull() ? nil : try Value.read(from: &self)
    }

    /// Reads an array (`decode([Value].self, forKey:)`: `null` fails, as does any `null` element).
    mutating func readArray<Value: JSONTokenReadable>(of type: Value.Type = Value.self) throws(TokenReadFailure) -> [Value] {
        var values: [Value] = []
        try readArray(into: &values)
        return values
    }

    /// Reads an array that may be `null` (`decodeIfPresent([Value].self, forKey:) ?? []`).
    @inline(__always)
    mutating func readOptionalArray<Value: JSONTokenReadable>(of type: Value.Type = Value.self) throws(TokenReadFailure) -> [Value] {
        consumeNull() ? [] : try readArray(of: Value.self)
    }

    /// Reads an array that may be `null` into `values`, as ``readOptionalArray(of:)`` answers it,
    /// keeping `values`' storage (``readArray(into:)``).
    @inline(__always)
    mutating func readOptionalArray<Value: JSONTokenReadable>(into values: inout [Value]) throws(TokenReadFailure) {
        if consumeNull() {
            values.removeAll(keepingCapacity: true)
        } else {
            try readArray(into: &values)
        }
    }

    /// Reads an array into `values`, as ``readArray(of:)`` answers it, keeping `values`' storage:
    /// each element is read over the one at its index (``JSONTokenReadable/read(from:over:)``), any
    /// left over are removed.
    mutating func readArray<Value: JSONTokenReadable>(into values: inout [Value]) throws(TokenReadFailure) {
        var count = 0
        var state = try beginArray()
        while try nextElement(&state) {
            if count < values.count {
                try Value.read(from: &self, over: &values[count])
            } else {
                // Room for a few elements at the first, rather than growing one by one (a case's
                // arrays hold a handful; empty arrays allocate nothing).
                if values.capacity == 0 { values.reserveCapacity(4) }
                values.append(try Value.read(from: &self))
            }
            count += 1
        }
        if count < values.count { values.removeSubrange(count...) }
    }
}

extension JSONTokenEnum {
    /// Reads one of the raw values.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> Self {
        try reader.readEnum(Self.self)
    }
}
