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

/// A ``JSONTokenReadable`` value holding an array whose storage is kept when an element is read
/// over another (library-internal): a patent's status history, a commitment's findings, an
/// objection's, dispute's or ruling's patents.
protocol JSONTokenReadableKeepingArray: JSONTokenReadable {
    /// The kept array's element type.
    associatedtype KeptElement
    /// The array whose storage is kept.
    static var keptArray: WritableKeyPath<Self, [KeptElement]> { get }
    /// Reads one value, reading its kept array into `array` (whose storage it keeps; the array's
    /// previous elements are not part of the result).
    static func read(from reader: inout JSONTokenReader, keeping array: inout [KeptElement]) throws(TokenReadFailure) -> Self
}

extension JSONTokenReadableKeepingArray {
    /// Reads one value, its kept array into new storage.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> Self {
        var array: [KeptElement] = []
        return try read(from: &reader, keeping: &array)
    }

    /// Reads one value over `value`, its kept array into the storage of `value`'s.
    @inline(__always)
    static func read(from reader: inout JSONTokenReader, over value: inout Self) throws(TokenReadFailure) {
        var array: [KeptElement] = []
        swap(&array, &value[keyPath: keptArray])
        value = try read(from: &reader, keeping: &array)
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
