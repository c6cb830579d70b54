/// The keys (or enumeration raw values) one JSON object (or enumeration) knows, for matching
/// UTF-8 bytes without building strings (library-internal; immutable, so shared freely).
///
/// A candidate is compared by length and first eight bytes before its remaining bytes.
struct JSONKeyTable: Sendable {
    /// The names as strings, for the rare key that must be compared by canonical equivalence.
    let names: [String]
    /// Each name's UTF-8 length.
    private let lengths: [Int]
    /// Each name's first eight UTF-8 bytes, little-endian, zero-padded.
    private let heads: [UInt64]
    /// Each name's UTF-8 bytes.
    private let bytes: [[UInt8]]

    /// A table of `names`; a name's index is its position.
    init(_ names: [String]) {
        self.names = names
        bytes = names.map { Array($0.utf8) }
        lengths = bytes.map(\.count)
        heads = bytes.map { utf8 in
            utf8.withUnsafeBufferPointer { Self.head(of: $0) }
        }
    }

    /// The first eight bytes of `text`, little-endian, zero-padded.
    @inline(__always)
    static func head(of text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var head: UInt64 = 0
        var index = 0
        while index < text.count, index < 8 {
            head |= UInt64(text[index]) << (8 * UInt64(index))
            index += 1
        }
        return head
    }

    /// The index of the name whose UTF-8 bytes are exactly `text`, if any.
    @inline(__always)
    func index(of text: UnsafeBufferPointer<UInt8>) -> Int? {
        let head = Self.head(of: text)
        let length = text.count
        for index in 0..<lengths.count where lengths[index] == length && heads[index] == head {
            if length <= 8 { return index }
            let matches = bytes[index].withUnsafeBufferPointer { name in
                var offset = 8
                while offset < length {
                    if name[offset] != text[offset] { return false }
                    offset += 1
                }
                return true
            }
            if matches { return index }
        }
        return nil
    }

    /// The index of the name equal to `text` by Swift `String` equality (canonical equivalence),
    /// as a `[String: …]` lookup would find it.
    func index(ofEquivalent text: String) -> Int? {
        names.firstIndex { $0 == text }
    }
}

/// An enumeration read from its raw string by ``JSONTokenReader`` (library-internal).
///
/// A raw value is recognised only byte for byte; any other string fails the fast read, and the
/// Codable path (which compares `String`s) decides.
protocol JSONTokenEnum: JSONTokenReadable, RawRepresentable, CaseIterable where RawValue == String {
    /// The raw values in the order of ``tableCases``.
    static var rawValueTable: JSONKeyTable { get }
    /// The cases in the order of ``rawValueTable``.
    static var tableCases: [Self] { get }
}

extension JSONTokenEnum {
    /// A table of `allCases`' raw values.
    static func makeRawValueTable() -> JSONKeyTable { JSONKeyTable(allCases.map(\.rawValue)) }
}

extension JSONTokenReader {
    /// Reads a string that must be one of `E`'s raw values.
    mutating func readEnum<E: JSONTokenEnum>(_ type: E.Type = E.self) throws(TokenReadFailure) -> E {
        let text = try readString()
        guard let index = E.rawValueTable.index(of: text) else { throw TokenReadFailure() }
        return E.tableCases[index]
    }
}
