/// The keys (or enumeration raw values) one JSON object (or enumeration) knows, for matching
/// UTF-8 bytes without building strings (library-internal; immutable, so shared freely).
///
/// A candidate is found by a perfect hash of its length and first sixteen bytes (a multiplier
/// chosen when the table is made so that no two names share a slot), then compared by length,
/// first eight bytes and remaining bytes: one probe, whatever the number of names. Before that,
/// ``predictedKey(after:at:available:)`` compares the bytes with the key that sorted-key JSON
/// writes next, which is usually right.
///
/// Every field is a number or a pointer to memory written once in `init`, only read afterwards and
/// never freed (tables are made once, into ``ReadingTables``): copying a table copies a few words,
/// with no reference counting, so a reader takes its table once per object instead of asking a
/// lazily initialised global for it at every key. Hence `@unchecked Sendable`.
struct JSONKeyTable: @unchecked Sendable {
    /// The names as strings, for the rare key that must be compared by canonical equivalence.
    private let nameStrings: UnsafePointer<String>
    /// The number of names.
    let count: Int
    /// Each name's UTF-8 length.
    private let lengths: UnsafePointer<Int>
    /// Each name's first eight UTF-8 bytes, little-endian, zero-padded.
    private let heads: UnsafePointer<UInt64>
    /// Each name's UTF-8 bytes 8–15, little-endian, zero-padded.
    private let seconds: UnsafePointer<UInt64>
    /// Every name's UTF-8 bytes, one after the other; name `i` starts at `byteOffsets[i]`.
    private let nameBytes: UnsafePointer<UInt8>
    /// Where each name's bytes start in ``nameBytes``.
    private let byteOffsets: UnsafePointer<Int>
    /// The name index in each hash slot, `-1` for none (`1 << slotBits` slots).
    private let slots: UnsafePointer<Int8>
    /// The hash multiplier (odd), collision-free over the names.
    private let multiplier: UInt64
    /// The hash's width in bits.
    private let slotBits: UInt64
    /// The name expected after each name when keys arrive in byte order (as sorted-key writers —
    /// `JSONEncoder` with `.sortedKeys`, `medip`, `jq -S` — write them): entry `i` is the index of
    /// the name that follows name `i` in byte order, `-1` after the last; entry `count` is the
    /// first name.
    private let successors: UnsafePointer<Int8>
    /// Each name as compact JSON writes a member's start, `"name":`, for ``predictedKey(after:at:available:)``:
    /// per name ``quotedStride`` words — the length in bytes (`0` when longer than 32), then for
    /// each of four 8-byte words, little-endian, the mask of the bytes the member holds there
    /// (all, some or none) and those bytes (zero where the mask is).
    private let quoted: UnsafePointer<UInt64>
    /// Words per name in ``quoted``.
    private static let quotedStride = 9

    /// A copy of `values` in memory of its own that is never freed (tables are made once, into
    /// ``ReadingTables``, and live as long as the program).
    static func permanent<Element>(_ values: [Element]) -> UnsafePointer<Element> {
        let memory = UnsafeMutablePointer<Element>.allocate(capacity: Swift.max(1, values.count))
        memory.initialize(from: values, count: values.count)
        return UnsafePointer(memory)
    }

    /// A table of `names`; a name's index is its position (at most 127 names).
    init(_ names: [String]) {
        nameStrings = Self.permanent(names)
        count = names.count
        let bytes = names.map { Array($0.utf8) }
        nameBytes = Self.permanent(bytes.flatMap { $0 })
        var offsets: [Int] = []
        var offset = 0
        for name in bytes {
            offsets.append(offset)
            offset += name.count
        }
        byteOffsets = Self.permanent(offsets)
        let lengths = bytes.map(\.count)
        self.lengths = Self.permanent(lengths)
        let heads = bytes.map { utf8 in
            utf8.withUnsafeBufferPointer { Self.head(of: $0) }
        }
        self.heads = Self.permanent(heads)
        let seconds = bytes.map { utf8 in
            utf8.count <= 8 ? 0 : utf8.withUnsafeBufferPointer { Self.head(of: UnsafeBufferPointer(rebasing: $0[8...])) }
        }
        self.seconds = Self.permanent(seconds)
        // The smallest table (at least twice the names) and the first multiplier of a fixed
        // sequence that put every name in a slot of its own; names that cannot be told apart by
        // length and head (never the case for the tables here) fall back to probing all.
        var bits: UInt64 = 1
        while (1 << bits) < 2 * max(1, names.count) { bits += 1 }
        var found: (UInt64, UInt64, [Int8])?
        var candidate: UInt64 = 0x9E37_79B9_7F4A_7C15
        search: for attempt in 0..<4_000 {
            let width = bits + UInt64(attempt / 1_000)
            var table = [Int8](repeating: -1, count: 1 << width)
            for index in names.indices {
                let slot = Int(Self.hash(heads[index], seconds[index], lengths[index], candidate, width))
                if table[slot] >= 0 {
                    candidate = candidate &* 0x5851_F42D_4C95_7F2D &+ 0x1405_7B7E_F767_814F | 1
                    continue search
                }
                table[slot] = Int8(truncatingIfNeeded: index)
            }
            found = (candidate, width, table)
            break
        }
        if let (multiplier, width, table) = found, names.count < 128 {
            (self.multiplier, slotBits, slots) = (multiplier, width, Self.permanent(table))
        } else {
            (self.multiplier, slotBits, slots) = (0, 0, Self.permanent([Int8]()))
        }
        let order = names.indices.sorted { bytes[$0].lexicographicallyPrecedes(bytes[$1]) }
        // One entry per name, one for the object's start and one, always -1, that turns
        // prediction off (``predictionOff``); only for tables whose indices fit a reader's
        // 64-bit set of keys seen.
        var successors = [Int8](repeating: -1, count: names.count + 2)
        if names.count < 64 {
            successors[names.count] = order.first.map { Int8($0) } ?? -1
            for (position, index) in order.enumerated() where position + 1 < order.count {
                successors[index] = Int8(order[position + 1])
            }
        }
        self.successors = Self.permanent(successors)
        var quoted = [UInt64](repeating: 0, count: names.count * Self.quotedStride)
        for (index, name) in bytes.enumerated() {
            let member = [UInt8(ascii: "\"")] + name + [UInt8(ascii: "\""), UInt8(ascii: ":")]
            guard member.count <= 32 else { continue }
            quoted[index * Self.quotedStride] = UInt64(member.count)
            for (offset, byte) in member.enumerated() {
                let word = index * Self.quotedStride + 1 + 2 * (offset / 8)
                quoted[word] |= 0xFF << (8 * UInt64(offset % 8))
                quoted[word + 1] |= UInt64(byte) << (8 * UInt64(offset % 8))
            }
        }
        self.quoted = Self.permanent(quoted)
    }

    /// The name expected next in an object whose last key read was `previous` (`nil` at the
    /// object's start) when keys arrive in byte order, if the bytes at `start` are exactly that
    /// name's `"name":`; answers its index and the bytes it takes. `available` is the number of
    /// readable bytes from `start`. Any other text answers `nil`, and the key is read and looked
    /// up as usual: the prediction only saves work, it never decides.
    ///
    /// The name after the expected one, and the one after that, are tried too: an optional key
    /// left out of the object skips one name of the order.
    @inline(__always)
    func predictedKey(after previous: Int, at start: UnsafePointer<UInt8>, available: Int) -> (index: Int, length: Int)? {
        var expected = Int(successors[previous])
        var tries = 0
        while expected >= 0, tries < 3 {
            if let length = matchesQuoted(expected, at: start, available: available) { return (expected, length) }
            expected = Int(successors[expected])
            tries &+= 1
        }
        return nil
    }

    /// The length of name `index`'s `"name":` when the bytes at `start` begin with it.
    ///
    /// The first two words are compared under their masks without a branch between them (a
    /// member of up to 16 bytes, most of them, is then decided); a longer member's other words
    /// after. Whole words are read, so the document must hold them; near its end the usual path
    /// reads the key.
    @inline(__always)
    private func matchesQuoted(_ index: Int, at start: UnsafePointer<UInt8>, available: Int) -> Int? {
        let base = quoted + index &* Self.quotedStride
        let length = Int(truncatingIfNeeded: base[0])
        guard length > 0, available >= 16 else { return nil }
        let raw = UnsafeRawPointer(start)
        @inline(__always) func differs(_ word: Int) -> UInt64 {
            (UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 &* word, as: UInt64.self)) & base[1 &+ 2 &* word])
                ^ base[2 &+ 2 &* word]
        }
        guard differs(0) | differs(1) == 0 else { return nil }
        if length <= 16 { return length }
        guard available >= (length &+ 7) & ~7, differs(2) | (length > 24 ? differs(3) : 0) == 0 else { return nil }
        return length
    }

    /// Whether a perfect hash was found (else every look-up compares every name).
    var hasPerfectHash: Bool { slotBits != 0 }

    /// The index ``predictedKey(after:at:available:)`` takes for an object's start.
    var objectStart: Int { count }

    /// The index after which ``predictedKey(after:at:available:)`` predicts nothing: a reader
    /// that read a key otherwise than by prediction passes it for the rest of the object.
    var predictionOff: Int { count &+ 1 }

    /// The slot of a name with `head` (bytes 0–7), `second` (bytes 8–15) and `length`: names
    /// that share their first eight bytes and their length (`receivedOn`, `receivedBy`) differ
    /// in `second`.
    @inline(__always)
    private static func hash(_ head: UInt64, _ second: UInt64, _ length: Int, _ multiplier: UInt64, _ bits: UInt64) -> UInt64 {
        ((head ^ (second &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(truncatingIfNeeded: length) &* 0xFF51_AFD7_ED55_8CCD) &* multiplier)
            >> (64 &- bits)
    }

    /// The first eight bytes of `text`, little-endian, zero-padded.
    @inline(__always)
    static func head(of text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = text.baseAddress else { return 0 }
        if text.count >= 8 { return UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)) }
        var head: UInt64 = 0
        var index = 0
        while index < text.count {
            head |= UInt64(base[index]) << (8 * UInt64(index))
            index += 1
        }
        return head
    }

    /// The index of the name whose UTF-8 bytes are exactly `text`, if any.
    @inline(__always)
    func index(of text: UnsafeBufferPointer<UInt8>) -> Int? {
        let head = Self.head(of: text)
        let length = text.count
        if slotBits == 0 { return probeAll(head, text) }
        let second = length <= 8 ? 0 : Self.head(of: UnsafeBufferPointer(rebasing: text[8..<Swift.min(16, length)]))
        let candidate = Int(slots[Int(Self.hash(head, second, length, multiplier, slotBits))])
        guard candidate >= 0, lengths[candidate] == length, heads[candidate] == head else { return nil }
        return length <= 8 || matchesTail(candidate, text) ? candidate : nil
    }

    /// The index of the name of `length` ≤ 16 bytes whose first eight bytes are `head` and next
    /// eight `second` (little-endian, zero-padded), if any.
    @inline(__always)
    func index(head: UInt64, second: UInt64, length: Int) -> Int? {
        guard slotBits != 0 else {
            for index in 0..<count where lengths[index] == length && heads[index] == head && seconds[index] == second {
                return index
            }
            return nil
        }
        let candidate = Int(slots[Int(Self.hash(head, second, length, multiplier, slotBits))])
        guard candidate >= 0, lengths[candidate] == length, heads[candidate] == head, seconds[candidate] == second else {
            return nil
        }
        return candidate
    }

    /// Whether the name at `index` (of the same length and head) matches `text` past byte 8:
    /// bytes 8–15 compared as one word, any further bytes one by one.
    @inline(__always)
    private func matchesTail(_ index: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress,
              seconds[index] == Self.head(of: UnsafeBufferPointer(start: base + 8, count: Swift.min(8, text.count - 8)))
        else { return false }
        if text.count <= 16 { return true }
        let name = nameBytes + byteOffsets[index]
        var offset = 16
        while offset < text.count {
            if name[offset] != text[offset] { return false }
            offset += 1
        }
        return true
    }

    /// The index of `text` by comparing every name (for a table without a perfect hash).
    private func probeAll(_ head: UInt64, _ text: UnsafeBufferPointer<UInt8>) -> Int? {
        for index in 0..<count where lengths[index] == text.count && heads[index] == head {
            if text.count <= 8 || matchesTail(index, text) { return index }
        }
        return nil
    }

    /// The index of the name equal to `text` by Swift `String` equality (canonical equivalence),
    /// as a `[String: …]` lookup would find it.
    func index(ofEquivalent text: String) -> Int? {
        UnsafeBufferPointer(start: nameStrings, count: count).firstIndex { $0 == text }
    }
}

/// The raw values of an enumeration and its cases in the same order, for
/// ``JSONTokenReader/readEnum(_:)`` (library-internal): plain words and pointers to memory that is
/// never freed, like ``JSONKeyTable``; each enumeration's is made once, into ``ReadingTables``.
struct JSONEnumTable<Value>: JSONRawValueTable, @unchecked Sendable {
    /// The raw values.
    let table: JSONKeyTable
    /// The cases, in the order of ``table``.
    private let cases: UnsafePointer<Value>

    /// A table of `cases`, each with its raw value.
    init(_ cases: [Value], rawValues: [String]) {
        table = JSONKeyTable(rawValues)
        self.cases = JSONKeyTable.permanent(cases)
    }

    /// The case whose raw value is exactly `bytes`, if any.
    @inline(__always)
    func value(of bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        table.index(of: bytes).map { cases[$0] }
    }
}

/// A table of raw values whatever the cases' type, for reflecting over ``ReadingTables``
/// (library-internal).
protocol JSONRawValueTable {
    /// The raw values.
    var table: JSONKeyTable { get }
}

/// An enumeration read from its raw string by ``JSONTokenReader`` (library-internal).
///
/// A raw value is recognised only byte for byte; any other string fails the fast read, and the
/// Codable path (which compares `String`s) decides.
protocol JSONTokenEnum: JSONTokenReadable, RawRepresentable, CaseIterable where RawValue == String {
    /// The raw values and the cases: the enumeration's table among `tables`.
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self>
}

extension JSONTokenEnum {
    /// A table of `allCases` and their raw values.
    static func makeRawValues() -> JSONEnumTable<Self> { JSONEnumTable(Array(allCases), rawValues: allCases.map(\.rawValue)) }
}

extension JSONTokenReader {
    /// Reads a string that must be one of `E`'s raw values.
    mutating func readEnum<E: JSONTokenEnum>(_ type: E.Type = E.self) throws(TokenReadFailure) -> E {
        let text = try readString()
        guard let value = E.rawValues(in: tables.pointee).value(of: text) else { throw TokenReadFailure() }
        return value
    }
}
