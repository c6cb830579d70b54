// Free text a case holds — names of enterprises, products, holders, objectors, authorities,
// rounds, patent titles — which no rule reads for what it says: validation checks it is not
// blank, and a few rules compare two names for equality. The case reader keeps such text as the
// UTF-8 bytes it read (validated there) and makes a `String` only when the text is asked for, so
// that screening a catalogue does not build, and then free, a dozen strings per line.

/// The text of one free-text field of a case (library-internal storage behind a `String`
/// property): UTF-8 bytes, held in place when there are at most ``inlineCapacity`` of them (a
/// name of ten CJK ideographs), otherwise in a ``TextBuffer`` — for read text, the one shared by
/// the texts of its case file.
///
/// Equal and hashed as the `String`s they spell (canonical equivalence included), so a type that
/// stores it compares exactly as it did with a `String`.
///
/// Four words and an optional reference, with no enumeration to switch over: copying or dropping
/// a text held in place retains or releases nothing, and the compiler copies it member by member.
package struct StoredText: Sendable, Hashable {
    /// Held in place (``buffer`` is `nil`): the bytes first, zeros after them, and in the last
    /// byte the count (bits 0–4) and ``plainFlag`` (bit 7). In a buffer: the first word the
    /// offset, the second the count, and the last byte ``plainFlag`` alone.
    private let words: (UInt64, UInt64, UInt64, UInt64)
    /// Where the bytes are, for text longer than ``inlineCapacity``; `nil` for text in place.
    private let buffer: TextBuffer?

    /// The plain bit, as the top bit of the fourth word's last byte in memory.
    private static let plainFlag = UInt64(littleEndian: UInt64(0x80) << 56)

    /// The most bytes a text holds in place rather than in a buffer: 31, so that a name of ten
    /// CJK ideographs (30 bytes) needs none.
    package static let inlineCapacity = 31

    /// Text holding the bytes of `string`.
    @inline(__always)
    package init(_ string: String) {
        // The empty text is the placeholders' text, made for each element read: no call.
        self = string.isEmpty ? .empty : Self.copying(string)
    }

    /// Text holding a copy of the bytes of `string` (out of line).
    @inline(never)
    private static func copying(_ string: String) -> StoredText {
        var string = string
        return string.withUTF8 { StoredText(copying: $0) }
    }

    /// Text holding a copy of `bytes`, which must be valid UTF-8: in place when they fit, else in
    /// a buffer of their own.
    package init(copying bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.count <= Self.inlineCapacity {
            self.init(inline: bytes, plain: false)
        } else {
            let buffer = TextBuffer(capacity: bytes.count)
            self.init(buffer: buffer, offset: buffer.append(bytes), count: bytes.count)
        }
    }

    /// The empty text.
    package static var empty: StoredText { StoredText(words: (0, 0, 0, 0), buffer: nil) }

    private init(words: (UInt64, UInt64, UInt64, UInt64), buffer: TextBuffer?) {
        self.words = words
        self.buffer = buffer
    }

    /// Text held in place: `bytes`, at most ``inlineCapacity`` of them, which must be valid UTF-8
    /// (and, when `plain`, as ``isKnownPlain`` means).
    @inline(__always)
    package init(inline bytes: UnsafeBufferPointer<UInt8>, plain: Bool) {
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        let count = bytes.count
        withUnsafeMutableBytes(of: &words) { raw in
            guard let target = raw.baseAddress, let source = bytes.baseAddress else { return }
            copyShort(source, to: target.assumingMemoryBound(to: UInt8.self), count: count)
        }
        // The last byte in memory is the top byte of the little-endian fourth word.
        words.3 |= UInt64(littleEndian: UInt64(count) << 56) | (plain ? Self.plainFlag : 0)
        self.init(words: words, buffer: nil)
    }

    /// Text held as `count` bytes of `buffer` from `offset`, which must be valid UTF-8 (and, when
    /// `plain`, hold no control character and start with a visible ASCII character or a CJK
    /// ideograph's lead byte: ``isKnownPlain``).
    package init(buffer: TextBuffer, offset: Int, count: Int, plain: Bool = false) {
        words = (UInt64(truncatingIfNeeded: offset), UInt64(truncatingIfNeeded: count), 0, plain ? Self.plainFlag : 0)
        self.buffer = buffer
    }

    /// Whether the reader found, as it read the text, that it holds no control character and
    /// starts with a visible ASCII character or a CJK ideograph's lead byte — what validation
    /// asks of a required text, so that it need not look again. `false` means "not known".
    package var isKnownPlain: Bool { words.3 & Self.plainFlag != 0 }

    /// The text as a `String` (made from the bytes on each call).
    package var string: String {
        withUTF8 { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the text's UTF-8 bytes.
    @inline(__always)
    package func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let buffer {
            return withExtendedLifetime(buffer) {
                body(UnsafeBufferPointer(start: buffer.base + Int(words.0), count: Int(words.1)))
            }
        }
        let count = Int(UInt64(littleEndian: words.3) >> 56 & 0x1F)
        return withUnsafeBytes(of: words) { raw in
            body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[..<count]))
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

    /// Equal when the strings are: the same bytes are equal, different bytes of text that is its
    /// own canonical decomposition (``isOwnDecomposition(_:)``: ASCII and CJK, as names are) are
    /// not, and anything else is compared as `String`s (canonical equivalence).
    package static func == (lhs: StoredText, rhs: StoredText) -> Bool {
        // Two texts in place with the same bytes have the same words, the plain flag aside.
        if lhs.buffer == nil, rhs.buffer == nil, lhs.words.0 == rhs.words.0, lhs.words.1 == rhs.words.1,
            lhs.words.2 == rhs.words.2, lhs.words.3 & ~plainFlag == rhs.words.3 & ~plainFlag
        {
            return true
        }
        let answer: Bool? = lhs.withUTF8 { left in
            rhs.withUTF8 { right in
                if left.elementsEqual(right) { return true }
                return isOwnDecomposition(left) && isOwnDecomposition(right) ? false : nil
            }
        }
        return answer ?? (lhs.string == rhs.string)
    }

    /// Hashes the `String` the text spells, as a `String` property hashed.
    package func hash(into hasher: inout Hasher) {
        hasher.combine(string)
    }

    /// Whether the well-formed UTF-8 `bytes` hold only scalars that have no canonical
    /// decomposition and combining class 0, from a short list of ranges: ASCII, U+3000–U+3029
    /// (CJK symbols and punctuation before the tone marks), U+3400–U+9FFF (CJK ideographs and
    /// Extension A, with the Yijing hexagram symbols between them) and U+FF00–U+FF5E (full-width
    /// ASCII). Such text is its own canonical decomposition (NFD), so two such texts are
    /// canonically equivalent exactly when their bytes are equal; `false` means "not known".
    /// A test checks every scalar of the ranges against Foundation's canonical mapping.
    package static func isOwnDecomposition(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index &+= 1
                continue
            }
            guard index &+ 2 < count else { return false }
            let second = bytes[index &+ 1]
            let stable = switch lead {
            case 0xE3: second == 0x80 ? bytes[index &+ 2] <= 0xA9 : second >= 0x90  // U+3000–3029, U+3400–3FFF
            case 0xE4...0xE9: true  // U+4000–9FFF
            case 0xEF: second == 0xBC || (second == 0xBD && bytes[index &+ 2] <= 0x9E)  // U+FF00–FF5E
            default: false
            }
            guard stable else { return false }
            index &+= 3
        }
        return true
    }
}

/// The UTF-8 bytes of the texts of one case file, copied once by the case reader and shared by
/// its ``StoredText`` values (package-internal). Written only while the reader fills it, on one
/// thread, before any text that refers to it is handed out; immutable afterwards (until a
/// ``TextBufferPool`` that holds the only reference empties it). Hence no dynamic exclusivity
/// checks on its fields: no two accesses can overlap.
package final class TextBuffer: @unchecked Sendable {
    /// The bytes.
    @exclusivity(unchecked) package private(set) var base: UnsafeMutablePointer<UInt8>
    /// Bytes in use.
    @exclusivity(unchecked) package private(set) var count = 0
    /// Bytes allocated.
    @exclusivity(unchecked) private var capacity: Int

    /// An empty buffer sized for the texts of a document of `documentBytes` bytes: no more than
    /// the document, and at most 512 bytes to start with (it grows as needed).
    package convenience init(forDocumentOf documentBytes: Int) {
        self.init(capacity: Swift.min(documentBytes, 512))
    }

    /// An empty buffer with room for `capacity` bytes (it grows as needed).
    package init(capacity: Int) {
        self.capacity = max(16, capacity)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// Empties the buffer, keeping its memory, for a reader to fill again. Only for a buffer no
    /// ``StoredText`` refers to any more: ``TextBufferPool`` calls it on a buffer it holds the
    /// only reference to.
    package func removeAll() {
        count = 0
    }

    /// Appends `bytes` and answers their offset.
    @inline(__always)
    package func append(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let offset = count
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        if let source = bytes.baseAddress { copyShort(source, to: base + count, count: bytes.count) }
        count += bytes.count
        return offset
    }

    /// Doubles the capacity until `needed` bytes fit, keeping the bytes in use (out of line: a
    /// buffer grows a few times in a worker's life).
    @inline(never)
    private func grow(toHold needed: Int) {
        var grown = capacity * 2
        while grown < needed { grown *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        moved.initialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = grown
    }
}

/// Copies `count` bytes: up to 32 (a name, mostly) by two pairs of 8-byte words that may
/// overlap, reading and writing only inside the two ranges, rather than through a call to
/// `memcpy`; longer runs through it.
@inline(__always)
func copyShort(_ source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count: Int) {
    let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(target)
    @inline(__always) func word(_ offset: Int) { to.storeBytes(of: from.loadUnaligned(fromByteOffset: offset, as: UInt64.self), toByteOffset: offset, as: UInt64.self) }
    switch count {
    case 16...32:
        word(0)
        word(8)
        word(count &- 16)
        word(count &- 8)
    case 8..<16:
        word(0)
        word(count &- 8)
    default:
        if count < 8 {
            for index in 0..<count { target[index] = source[index] }
        } else {
            target.initialize(from: source, count: count)
        }
    }
}

/// Two text buffers a screening worker lends its reader in turn (package-internal), so that
/// steady screening does not allocate and free one per line.
///
/// A buffer is lent again only while the pool holds the only reference to it (no ``StoredText``
/// of any case refers to it any more); then it is emptied and refilled. The case a worker reads
/// a line into still refers to the previous line's buffer until the line's texts replace its
/// own, so the two buffers alternate; a buffer still referred to elsewhere is left to its
/// holders and a new one takes its place.
package struct TextBufferPool {
    private var first: TextBuffer?
    private var second: TextBuffer?

    /// An empty pool.
    package init() {}

    /// A buffer no text refers to, emptied: one of the pool's, or a new one the pool keeps, with
    /// room for the texts of a document of `documentBytes` bytes.
    package mutating func lend(forDocumentOf documentBytes: Int) -> TextBuffer {
        if let buffer = Self.emptied(&first) ?? Self.emptied(&second) { return buffer }
        // Neither is free: replace the one lent longer ago (the first), keeping the order.
        let buffer = TextBuffer(forDocumentOf: documentBytes)
        first = second
        second = buffer
        return buffer
    }

    /// The buffer in `slot`, emptied, when the slot holds the only reference to it.
    private static func emptied(_ slot: inout TextBuffer?) -> TextBuffer? {
        guard slot != nil, isKnownUniquelyReferenced(&slot), let buffer = slot else { return nil }
        buffer.removeAll()
        return buffer
    }
}

/// Well-formed UTF-8 (The Unicode Standard, Table 3-7): no overlong forms, no surrogates, nothing
/// above U+10FFFF, no truncated sequence (library-internal).
package enum UTF8Validation {
    /// Whether `bytes` are well-formed UTF-8 (``scan(_:)``).
    package static func isWellFormed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        scan(bytes).wellFormed
    }

    /// Whether `bytes` are well-formed UTF-8, and whether they hold a control character (general
    /// category Cc: U+0000–U+001F, U+007F–U+009F, as ``IssueCollector/firstControlCharacter(in:)``
    /// finds them), in one pass: eight ASCII bytes at a time, three-byte sequences without a gap
    /// in their lead bytes (E1–EC, EE–EF: every CJK ideograph) checked by their two continuation
    /// bytes alone, and every other sequence by its lead byte's row of Table 3-7. `control` is
    /// meaningful only when `wellFormed`.
    package static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (wellFormed: Bool, control: Bool) {
        guard let base = bytes.baseAddress else { return (true, false) }
        let count = bytes.count
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var control = false
        var index = 0
        while index < count {
            let byte = base[index]
            if byte < 0x80 {
                if index &+ 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    if word & highs == 0 {
                        // All ASCII: a byte below 0x20 or equal to 0x7F sets its high bit.
                        let delete = word ^ (ones &* 0x7F)
                        if ((word &- ones &* 0x20) | (delete &- ones) & ~delete) & highs != 0 { control = true }
                        index &+= 8
                        continue
                    }
                }
                if byte < 0x20 || byte == 0x7F { control = true }
                index &+= 1
                continue
            }
            // A run of three-byte sequences whose second byte may be any continuation byte (lead
            // E1–EC or EE–EF: CJK text), two at a time while eight bytes can be loaded, then one
            // at a time, four bytes loaded.
            while index &+ 8 <= count {
                let pair = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self).littleEndian
                let first = UInt8(truncatingIfNeeded: pair), second = UInt8(truncatingIfNeeded: pair >> 24)
                guard pair & 0x0000_C0C0_00C0_C000 == 0x0000_8080_0080_8000, first &- 0xE1 < 0x0F, first != 0xED,
                      second &- 0xE1 < 0x0F, second != 0xED
                else { break }
                index &+= 6
            }
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
            default: return (false, control)
            }
            guard index &+ length <= count else { return (false, control) }
            let second = base[index &+ 1]
            guard second >= low, second <= high else { return (false, control) }
            if lead == 0xC2, second <= 0x9F { control = true }  // U+0080–U+009F
            if length >= 3 {
                guard base[index &+ 2] & 0xC0 == 0x80 else { return (false, control) }
                if length == 4 {
                    guard base[index &+ 3] & 0xC0 == 0x80 else { return (false, control) }
                }
            }
            index &+= length
        }
        return (true, control)
    }
}
