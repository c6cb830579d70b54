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
        // The usual text passes in one look at its bytes.
        if text.utf8.withContiguousStorageIfAvailable(IssueCollector.isPlain) == true { return }
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
    ///
    /// Inlined, so that a text known plain costs one test of its flag, and no copy of the text
    /// (the rest is out of line).
    @inline(__always)
    mutating func requireText(_ text: StoredText, _ path: @autoclosure () -> String) {
        if text.isKnownPlain { return }  // the reader checked it as it read it
        requireTextNotKnownPlain(text, path())
    }

    /// ``requireText(_:_:)-(StoredText,_)`` for text the reader did not find plain.
    @inline(never)
    private mutating func requireTextNotKnownPlain(_ text: StoredText, _ path: @autoclosure () -> String) {
        if !text.withUTF8(IssueCollector.isPlain) { requireText(text.string, path()) }
    }

    /// Whether `bytes` are the usual required text, which passes ``requireText(_:_:)-(String,_)``
    /// without further checks: a first byte that is a visible ASCII character or a CJK
    /// ideograph's lead, and no control character.
    @inline(__always)
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let lead = bytes.first, startsVisibleText(lead) else { return false }
        return firstControlCharacter(inBuffer: bytes) == nil
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

/// Finds the elements of one array of a case whose key an earlier element already has
/// (library-internal), the elements visited in order: up to ``linearLimit`` elements by comparing
/// with the earlier elements where they are — no storage, so no allocation: a case lists a
/// handful of patents or objections, and hashing a key (SipHash over a string) costs more than
/// comparing a few — and beyond that through a `Set` filled as it goes. Equality is the key
/// type's own, so strings compare by canonical equivalence, as a `Set<String>` does.
struct RepeatFinder<Key: Hashable> {
    /// The most elements compared in place; a longer array's keys are hashed.
    static var linearLimit: Int { 32 }
    private var hashed: Set<Key>?

    /// A finder for an array of `count` elements.
    init(count: Int) {
        hashed = count > Self.linearLimit ? Set(minimumCapacity: count) : nil
    }

    /// Whether `key`, the key of element `index`, is the key of an element before it;
    /// `keyAt(i)` answers element `i`'s key, `nil` for an element without one. Called for the
    /// elements with a key, in order.
    mutating func repeats(_ key: Key, at index: Int, keyAt: (Int) -> Key?) -> Bool {
        if let inserted = hashed?.insert(key).inserted { return !inserted }
        for earlier in 0..<index where keyAt(earlier) == key { return true }
        return false
    }
}

/// The patent numbers of a case, for validation's look-ups (library-internal): up to
/// ``RepeatFinder/linearLimit`` patents searched where they are, in the case's own array,
/// comparing integer keys (no allocation); more through a `Set` of the keys.
struct PatentNumberSet {
    private let patents: [Patent]
    private let hashed: Set<UInt64>?

    /// The numbers of `patents`.
    init(_ patents: [Patent]) {
        self.patents = patents
        hashed = patents.count > RepeatFinder<UInt64>.linearLimit ? Set(patents.map(\.number.integerKey)) : nil
    }

    /// Whether a patent has this number.
    func contains(_ number: PatentNumber) -> Bool {
        let key = number.integerKey
        if let hashed { return hashed.contains(key) }
        return patents.firstInPlace { $0.pointee.number.integerKey == key } then: { _ in true } ?? false
    }
}

/// The date each objection of a case was received, by id, for validation's look-ups
/// (library-internal): the first objection with an id counts. Up to
/// ``RepeatFinder/linearLimit`` objections searched where they are (no allocation), more through a
/// dictionary.
struct ObjectionDates {
    private let objections: [InfringementObjection]
    private let hashed: [String: CivilDate]?

    /// The dates of `objections`.
    init(_ objections: [InfringementObjection]) {
        self.objections = objections
        hashed = objections.count > RepeatFinder<String>.linearLimit
            ? Dictionary(objections.map { ($0.id, $0.receivedOn) }, uniquingKeysWith: { first, _ in first }) : nil
    }

    /// The date the first objection with `id` was received, `nil` when none has it.
    subscript(id: String) -> CivilDate? {
        if let hashed { return hashed[id] }
        return objections.firstInPlace { $0.pointee.id == id } then: { $0.pointee.receivedOn }
    }
}
