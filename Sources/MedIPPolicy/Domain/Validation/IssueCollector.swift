/// Accumulates validation issues in traversal order (library-internal). Paths and messages are
/// taken as autoclosures: a valid case builds none of its path strings, and a collector that
/// keeps errors only (``keepsWarnings`` false, as the evaluator's check before deciding is) builds
/// nothing for a warning.
package struct IssueCollector {
    var issues: [ValidationIssue] = []
    /// Whether warnings are collected; `false` keeps error-severity issues only.
    let keepsWarnings: Bool

    /// A collector of every issue, or of errors only.
    init(keepsWarnings: Bool = true) {
        self.keepsWarnings = keepsWarnings
    }

    mutating func error(
        _ path: @autoclosure () -> String, _ code: ValidationCode, zh: @autoclosure () -> String, en: @autoclosure () -> String
    ) {
        issues.append(ValidationIssue(path: path(), code: code, severity: .error, message: LocalizedText(zh: zh(), en: en())))
    }

    mutating func warning(
        _ path: @autoclosure () -> String, _ code: ValidationCode, zh: @autoclosure () -> String, en: @autoclosure () -> String
    ) {
        guard keepsWarnings else { return }
        issues.append(ValidationIssue(path: path(), code: code, severity: .warning, message: LocalizedText(zh: zh(), en: en())))
    }

    /// Reports a required text holding a control character (``ValidationCode/controlCharacter``,
    /// first: U+0085 and the tab are control characters before they are white space), an empty
    /// or white-space-only one (``ValidationCode/emptyText``), or one that is empty once its
    /// invisible format characters are removed (``ValidationCode/invisibleText``).
    mutating func requireText(_ text: String, _ path: @autoclosure () -> String) {
        if let control = IssueCollector.firstControlCharacter(in: text) {
            let code = "U+" + String(repeating: "0", count: max(0, 4 - String(control.value, radix: 16).count))
                + String(control.value, radix: 16, uppercase: true)
            error(path(), .controlCharacter, zh: "含有控制字符\(code)", en: "contains the control character \(code)")
        } else if let lead = text.utf8.first, startsVisibleText(lead) {
            return
        } else if text.isBlank {
            error(path(), .emptyText, zh: "不能为空", en: "must not be empty")
        } else if text.isInvisible {
            let shown = text.escapedForMessage(limit: 16)
            error(
                path(), .invisibleText, zh: "只含不可见字符（\(shown)），去掉后为空",
                en: "holds only invisible characters (\(shown)) and is empty without them")
        }
    }

    /// ``requireText(_:_:)-(String,_)`` for stored text: passed at once when the reader found it
    /// plain (``StoredText/isKnownPlain``), decided from the bytes when they hold no control
    /// character and start with a visible ASCII character or a CJK ideograph (the usual name),
    /// otherwise by the `String` check.
    mutating func requireText(_ text: StoredText, _ path: @autoclosure () -> String) {
        if text.isKnownPlain { return }  // the reader checked it as it read it
        let plain = text.withUTF8 { bytes -> Bool in
            guard let lead = bytes.first, IssueCollector.firstControlCharacter(inBuffer: bytes) == nil else { return false }
            return startsVisibleText(lead)
        }
        if !plain { requireText(text.string, path()) }
    }

    /// The first character of general category Cc (control) in `text`, or `nil`.
    ///
    /// Cc is exactly U+0000–U+001F and U+007F–U+009F (a stable Unicode property), so the UTF-8
    /// bytes are enough: a byte below 0x20 or 0x7F, or the two-byte sequences C2 80 – C2 9F.
    /// Ten times faster than asking each scalar for its properties, which was most of the cost of
    /// validating a case.
    package static func firstControlCharacter(in text: String) -> Unicode.Scalar? {
        if let found = text.utf8.withContiguousStorageIfAvailable({ firstControlCharacter(inBuffer: $0) }) {
            return found
        }
        return firstControlCharacter(inUTF8: text.utf8)
    }

    /// ``firstControlCharacter(in:)`` over contiguous bytes: eight bytes at a time pass when
    /// none is below 0x20, 0x7F or 0xC2; a word with one is checked byte by byte.
    static func firstControlCharacter(inBuffer bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard let base = bytes.baseAddress else { return nil }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index &+ 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let below = (word &- ones &* 0x20) & ~word
            let delete = word ^ (ones &* 0x7F)
            let lead = word ^ (ones &* 0xC2)
            guard (below | ((delete &- ones) & ~delete) | ((lead &- ones) & ~lead)) & highs == 0 else { break }
            index &+= 8
        }
        // From the first word that may hold one (a C2 there leads a sequence that starts in it).
        return firstControlCharacter(inUTF8: UnsafeBufferPointer(rebasing: bytes[index...]))
    }

    private static func firstControlCharacter<Bytes: Sequence<UInt8>>(inUTF8 bytes: Bytes) -> Unicode.Scalar? {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte < 0x20 || byte == 0x7F { return Unicode.Scalar(byte) }
            // In valid UTF-8 a C2 byte always leads a two-byte sequence: C2 xx is U+00xx.
            if previous == 0xC2, byte >= 0x80, byte <= 0x9F { return Unicode.Scalar(byte) }
            previous = byte
        }
        return nil
    }
}

/// The path of an array element (`patents[3]`), built into a string only when an issue is
/// reported.
struct ElementPath: CustomStringConvertible {
    let field: StaticString
    let index: Int

    init(_ field: StaticString, _ index: Int) {
        self.field = field
        self.index = index
    }

    var description: String { "\(field)[\(index)]" }
}

/// A set for validation's look-ups among a case's few elements (library-internal): an array
/// searched linearly while it holds at most 32 keys (a case usually lists a handful of patents
/// or objections, and hashing a key — SipHash over a string — cost more than comparing it), a
/// `Set` beyond. Equality is the key type's own, so strings still compare by canonical
/// equivalence, as a `Set<String>` does.
struct SmallSet<Key: Hashable> {
    private var keys: [Key] = []
    private var large: Set<Key>?

    /// Adds a key; `false` when it was already there.
    mutating func insert(_ key: Key) -> Bool {
        if large == nil {
            if keys.contains(key) { return false }
            if keys.isEmpty { keys.reserveCapacity(8) }  // one allocation for a case's handful
            keys.append(key)
            if keys.count > 32 { large = Set(keys) }
            return true
        }
        return large?.insert(key).inserted ?? false
    }

    /// Whether the key was added.
    func contains(_ key: Key) -> Bool {
        if let large { return large.contains(key) }
        return keys.contains(key)
    }
}

/// A map for validation's look-ups among a case's few elements (library-internal), linear like
/// ``SmallSet`` up to 32 keys and a `Dictionary` beyond; the first value given for a key stays.
struct SmallMap<Key: Hashable, Value> {
    private var entries: [(key: Key, value: Value)] = []
    private var large: [Key: Value]?

    /// Records `value` for `key` unless the key already has one.
    mutating func insertIfAbsent(_ key: Key, _ value: Value) {
        if large == nil {
            if entries.contains(where: { $0.key == key }) { return }
            if entries.isEmpty { entries.reserveCapacity(8) }  // as SmallSet
            entries.append((key, value))
            if entries.count > 32 { large = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first }) }
            return
        }
        if large?[key] == nil { large?[key] = value }
    }

    /// The value recorded for `key`, if any.
    subscript(key: Key) -> Value? {
        if let large { return large[key] }
        return entries.first { $0.key == key }?.value
    }
}

/// The patent numbers of a case, for validation's look-ups, by their integer keys.
struct PatentNumberSet {
    private var keys = SmallSet<UInt64>()

    /// Adds a number; `false` when it was already there.
    mutating func insert(_ number: PatentNumber) -> Bool { keys.insert(number.integerKey) }

    /// Whether the number was added.
    func contains(_ number: PatentNumber) -> Bool { keys.contains(number.integerKey) }
}
