// Free text a case holds — names of enterprises, products, holders, objectors, authorities,
// rounds, patent titles — which no rule reads for what it says: validation checks it is not
// blank, and a few rules compare two names for equality. The case reader keeps such text as the
// UTF-8 bytes it read (validated there) and makes a `String` only when the text is asked for, so
// that screening a catalogue does not build, and then free, a dozen strings per line.

/// The text of one free-text field of a case (library-internal storage behind a `String`
/// property): a `String`, or UTF-8 bytes the case reader read and validated, in a buffer shared
/// by the texts of one case file.
///
/// Equal and hashed as the `String`s they spell (canonical equivalence included), so a type that
/// stores it compares exactly as it did with a `String`.
package struct StoredText: Sendable, Hashable {
    private enum Storage: Sendable {
        case string(String)
        case bytes(TextBuffer, offset: Int32, count: Int32)
    }

    private let storage: Storage

    /// Text held as a `String`.
    init(_ string: String) {
        storage = .string(string)
    }

    /// Text held as `count` bytes of `buffer` from `offset`, which must be valid UTF-8.
    init(buffer: TextBuffer, offset: Int, count: Int) {
        storage = .bytes(buffer, offset: Int32(truncatingIfNeeded: offset), count: Int32(truncatingIfNeeded: count))
    }

    /// The text as a `String` (made from the bytes on each call for read text).
    var string: String {
        switch storage {
        case .string(let string): string
        case .bytes(let buffer, let offset, let count):
            String(decoding: UnsafeBufferPointer(start: buffer.base + Int(offset), count: Int(count)), as: UTF8.self)
        }
    }

    /// Calls `body` with the text's UTF-8 bytes.
    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch storage {
        case .string(var string): string.withUTF8(body)
        case .bytes(let buffer, let offset, let count):
            withExtendedLifetime(buffer) { body(UnsafeBufferPointer(start: buffer.base + Int(offset), count: Int(count))) }
        }
    }

    /// Whether the text is empty or white space only (`String.isBlank`), decided from the first
    /// byte when it is a visible ASCII character or starts a CJK ideograph.
    var isBlank: Bool {
        let visible = withUTF8 { bytes in
            bytes.first.map(startsVisibleText) ?? false
        }
        return visible ? false : string.isBlank
    }

    /// Equal when the strings are: the same bytes are equal, different bytes of ASCII text are
    /// not, and anything else is compared as `String`s (canonical equivalence).
    package static func == (lhs: StoredText, rhs: StoredText) -> Bool {
        let answer: Bool? = lhs.withUTF8 { left in
            rhs.withUTF8 { right in
                if left.elementsEqual(right) { return true }
                return isASCII(left) && isASCII(right) ? false : nil
            }
        }
        return answer ?? (lhs.string == rhs.string)
    }

    /// Hashes the `String` the text spells, as a `String` property hashed.
    package func hash(into hasher: inout Hasher) {
        hasher.combine(string)
    }

    /// Whether every byte is ASCII.
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0x80 }
    }
}

/// The UTF-8 bytes of the texts of one case file, copied once by the case reader and shared by
/// its ``StoredText`` values (library-internal). Written only while the reader fills it, on one
/// thread, before any text that refers to it is handed out; immutable afterwards.
final class TextBuffer: @unchecked Sendable {
    /// The bytes.
    private(set) var base: UnsafeMutablePointer<UInt8>
    /// Bytes in use.
    private(set) var count = 0
    /// Bytes allocated.
    private var capacity: Int

    /// An empty buffer with room for `capacity` bytes (it grows as needed).
    init(capacity: Int) {
        self.capacity = max(16, capacity)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// Appends `bytes` and answers their offset.
    func append(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let offset = count
        if count + bytes.count > capacity {
            var grown = capacity * 2
            while grown < count + bytes.count { grown *= 2 }
            let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            moved.initialize(from: base, count: count)
            base.deallocate()
            base = moved
            capacity = grown
        }
        if let source = bytes.baseAddress { (base + count).initialize(from: source, count: bytes.count) }
        count += bytes.count
        return offset
    }
}

/// Well-formed UTF-8 (The Unicode Standard, Table 3-7): no overlong forms, no surrogates, nothing
/// above U+10FFFF, no truncated sequence (library-internal).
package enum UTF8Validation {
    /// Whether `bytes` are well-formed UTF-8: eight ASCII bytes at a time, three-byte sequences
    /// without a gap in their lead bytes (E1–EC, EE–EF: every CJK ideograph) checked by their two
    /// continuation bytes alone, and every other sequence by its lead byte's row of Table 3-7.
    package static func isWellFormed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            if base[index] < 0x80 {
                if index &+ 8 <= count,
                   UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    index &+= 8
                } else {
                    index &+= 1
                }
                continue
            }
            // A run of three-byte sequences whose second byte may be any continuation byte (lead
            // E1–EC or EE–EF: CJK text), four bytes loaded at a time.
            if index &+ 4 <= count {
                var word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt32.self).littleEndian
                while word & 0x00C0_C000 == 0x0080_8000, UInt8(truncatingIfNeeded: word) &- 0xE1 < 0x0F,
                      UInt8(truncatingIfNeeded: word) != 0xED
                {
                    index &+= 3
                    guard index &+ 4 <= count else { break }
                    word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt32.self).littleEndian
                }
                guard index < count else { break }
                if base[index] < 0x80 { continue }
            }
            let lead = base[index]
            // The row's lowest and highest second byte, and the sequence's length.
            let low: UInt8, high: UInt8, length: Int
            switch lead {
            case 0xE1...0xEC, 0xEE...0xEF: (low, high, length) = (0x80, 0xBF, 3)
            case 0xC2...0xDF: (low, high, length) = (0x80, 0xBF, 2)
            case 0xE0: (low, high, length) = (0xA0, 0xBF, 3)
            case 0xED: (low, high, length) = (0x80, 0x9F, 3)
            case 0xF0: (low, high, length) = (0x90, 0xBF, 4)
            case 0xF1...0xF3: (low, high, length) = (0x80, 0xBF, 4)
            case 0xF4: (low, high, length) = (0x80, 0x8F, 4)
            default: return false
            }
            guard index &+ length <= count else { return false }
            let second = base[index &+ 1]
            guard second >= low, second <= high else { return false }
            if length >= 3 {
                guard base[index &+ 2] & 0xC0 == 0x80 else { return false }
                if length == 4 {
                    guard base[index &+ 3] & 0xC0 == 0x80 else { return false }
                }
            }
            index &+= length
        }
        return true
    }
}
