/// Why the fast case reader gave up (library-internal): carries no detail, because every
/// failure is answered by re-running the Codable path, which names the problem.
package struct TokenReadFailure: Error, Sendable, Hashable {
    /// Creates the failure.
    package init() {}
}

/// A strict, allocation-free JSON cursor over bytes, the core of ``CaseFile/decodeFast(_:)``
/// (library-internal).
///
/// Reads RFC 8259 JSON only (no BOM, no trailing commas, no leading zeros, valid UTF-8, paired
/// surrogates) and enforces ``CaseFile``'s limits while reading: nesting depth, elements per array
/// and string and key bytes as written. Every read is bounds-checked through ``byte(at:)``, which
/// answers `0` past the end: `0` is invalid in every JSON context (not whitespace, not a token
/// start, a control character inside a string), so a truncated document always fails.
///
/// Strings are scanned only for quotes, backslashes and control characters; their UTF-8 is
/// validated once, when the bytes become a `String` (``string(_:)``), and never repaired.
///
/// It holds no shared state; one reader lives for one document on one thread.
struct JSONTokenReader {
    /// The document.
    let base: UnsafePointer<UInt8>
    /// The document's length in bytes.
    let count: Int
    /// The next byte to read.
    var position = 0
    /// Objects and arrays open around ``position``.
    var depth = 0
    /// Room for one unescaped string (at most ``CaseFile/maxStringBytes`` bytes, since
    /// unescaping never lengthens a string).
    let scratch: UnsafeMutablePointer<UInt8>
    /// The bytes of the texts read so far as ``StoredText`` (``readText()``), made on the first.
    var texts: TextBuffer?
    /// The key and raw-value tables (``ReadingTables/shared``), taken when the reader is made
    /// rather than at each object and value.
    let tables: UnsafePointer<ReadingTables>

    /// The deepest nesting allowed (``CaseFile/maxDepth``).
    static var maxDepth: Int { CaseFile.maxDepth }
    /// The most elements one array may have (``CaseFile/maxArrayLength``).
    static var maxArrayLength: Int { CaseFile.maxArrayLength }
    /// The longest string or key as written (``CaseFile/maxStringBytes``).
    static var maxStringBytes: Int { CaseFile.maxStringBytes }
    /// The scratch buffer's size: the longest string plus room for one UTF-8 sequence.
    static let scratchCapacity = CaseFile.maxStringBytes + 8

    /// A reader at the start of `base[0..<count]` unescaping into `scratch`, which must hold
    /// ``scratchCapacity`` bytes, matching bytes against `tables` (a screening worker passes the
    /// pointer it took once).
    init(
        base: UnsafePointer<UInt8>, count: Int, scratch: UnsafeMutablePointer<UInt8>,
        tables: UnsafePointer<ReadingTables> = ReadingTables.shared
    ) {
        self.base = base
        self.count = count
        self.scratch = scratch
        self.tables = tables
    }

    // MARK: Bytes

    /// The byte at `index`, or `0` outside the document.
    @inline(__always)
    func byte(at index: Int) -> UInt8 {
        UInt(bitPattern: index) < UInt(bitPattern: count) ? base[index] : 0
    }

    /// The byte at ``position``, or `0` at the end.
    @inline(__always)
    var current: UInt8 { byte(at: position) }

    /// Skips JSON whitespace (space, tab, line feed, carriage return) and answers the byte it
    /// stopped at (``current``, `0` at the end), so that the caller need not read it again.
    @inline(__always) @discardableResult
    mutating func skipWhitespace() -> UInt8 {
        while true {
            let byte = current
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return byte }
            position += 1
        }
    }

    /// Consumes `byte` after optional whitespace, or fails.
    @inline(__always)
    mutating func expect(_ byte: UInt8) throws(TokenReadFailure) {
        guard skipWhitespace() == byte else { throw TokenReadFailure() }
        position += 1
    }

    /// Whether only whitespace is left.
    mutating func isAtEndAfterWhitespace() -> Bool {
        skipWhitespace()
        return position == count
    }

    // MARK: Literals

    /// After whitespace, consumes `null` and answers `true`, or answers `false` and consumes
    /// nothing but the whitespace.
    @inline(__always)
    mutating func consumeNull() -> Bool {
        guard skipWhitespace() == UInt8(ascii: "n"), byte(at: position + 1) == UInt8(ascii: "u"),
              byte(at: position + 2) == UInt8(ascii: "l"), byte(at: position + 3) == UInt8(ascii: "l")
        else { return false }
        position += 4
        return true
    }

    /// Reads `true` or `false`: four bytes compared at once where five are left, byte by byte
    /// nearer the end.
    @inline(__always)
    mutating func readBool() throws(TokenReadFailure) -> Bool {
        skipWhitespace()
        if position &+ 5 <= count {
            let word = UInt32(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt32.self))
            if word == 0x6575_7274 {  // "true"
                position &+= 4
                return true
            }
            guard word == 0x736C_6166, base[position &+ 4] == UInt8(ascii: "e") else { throw TokenReadFailure() }  // "fals"
            position &+= 5
            return false
        }
        if current == UInt8(ascii: "t"), byte(at: position + 1) == UInt8(ascii: "r"),
           byte(at: position + 2) == UInt8(ascii: "u"), byte(at: position + 3) == UInt8(ascii: "e")
        {
            position += 4
            return true
        }
        if current == UInt8(ascii: "f"), byte(at: position + 1) == UInt8(ascii: "a"),
           byte(at: position + 2) == UInt8(ascii: "l"), byte(at: position + 3) == UInt8(ascii: "s"),
           byte(at: position + 4) == UInt8(ascii: "e")
        {
            position += 5
            return false
        }
        throw TokenReadFailure()
    }

    // MARK: Containers

    /// Opens a container, failing beyond ``maxDepth``.
    @inline(__always)
    mutating func enterContainer() throws(TokenReadFailure) {
        guard depth < Self.maxDepth else { throw TokenReadFailure() }
        depth += 1
    }

    /// Consumes `{` and starts iterating the object's members, whose keys `table` knows, with
    /// ``nextKey(_:)``.
    ///
    /// The table travels in the state: a type's table is a lazily initialised `static let`,
    /// and taking it once per object rather than at every key keeps the initialisation check out
    /// of the loop over keys.
    @_transparent
    mutating func beginObject(_ table: JSONKeyTable) throws(TokenReadFailure) -> ObjectState {
        try expect(UInt8(ascii: "{"))
        try enterContainer()
        return ObjectState(table: table, last: table.objectStart)
    }

    /// Consumes `[` and starts iterating the array's elements with ``nextElement(_:)``.
    @_transparent
    mutating func beginArray() throws(TokenReadFailure) -> ArrayState {
        try expect(UInt8(ascii: "["))
        try enterContainer()
        return ArrayState()
    }

    /// Where an object's member iteration stands.
    struct ObjectState {
        /// The keys the object may hold.
        let table: JSONKeyTable
        /// The known keys read so far, one bit per index in the key table (none: no member read
        /// yet, as every member read has a key the table knows).
        var seen: UInt64 = 0
        /// The index of the last key read, or the table's ``JSONKeyTable/objectStart`` before the
        /// first (for the key table's prediction of the next key), or its
        /// ``JSONKeyTable/predictionOff`` once a key was read otherwise than by prediction.
        var last: Int
    }

    /// Where an array's element iteration stands.
    struct ArrayState {
        /// Elements started so far.
        var count = 0
    }

    /// Moves to the next member of an object: consumes `,` (or `}`, answering `nil`), the key and
    /// `:`, and answers the key's index in the state's table. The value is left to read.
    ///
    /// A key the table does not hold, or a key read twice in one object, ends the fast path: the
    /// strict decoder then reads the document (it rejects repeated keys, and its answer for
    /// unknown keys is the contract), so the fast path never has to judge either.
    ///
    /// Always inlined (`@_transparent`), since a key is read for every member of every object:
    /// `@inline(__always)` left it a call in the largest readers (the case's, a patent's, a
    /// product's), where keeping the reader's position in registers across it saved ~1,000
    /// instructions a line (callgrind, 2,000 diverse lines: 36,429 → 35,373 a decision).
    @_transparent
    mutating func nextKey(_ state: inout ObjectState) throws(TokenReadFailure) -> Int? {
        let byte = skipWhitespace()
        if byte == UInt8(ascii: "}") {
            // `{}` or a member followed by `}`; `{"a": 1,}` fails below at the `"`.
            position += 1
            depth -= 1
            return nil
        }
        if state.seen != 0 {
            guard byte == UInt8(ascii: ",") else { throw TokenReadFailure() }
            position += 1
            skipWhitespace()
        }
        if let predicted = state.table.predictedKey(
            after: state.last, at: base + position, available: count &- position)
        {
            // `"name":` exactly as compact, sorted-key JSON writes it: the key and the colon. A
            // predicted key comes after the last one in byte order, and so did every key before
            // it (a key read otherwise turns prediction off for the rest of the object), so it
            // cannot repeat one, and its index is one of the table's (fewer than 64: the table
            // predicts nothing otherwise).
            position &+= predicted.length
            state.seen |= 1 << UInt64(truncatingIfNeeded: predicted.index)
            state.last = predicted.index
            return predicted.index
        }
        let index = try readKey(in: state.table)
        try expect(UInt8(ascii: ":"))
        guard UInt(bitPattern: index) < 64 else { throw TokenReadFailure() }
        let bit: UInt64 = 1 << UInt64(index)
        guard state.seen & bit == 0 else { throw TokenReadFailure() }
        state.seen |= bit
        state.last = state.table.predictionOff
        return index
    }

    /// Moves to the next element of an array: consumes `,` (or `]`, answering `false`) and
    /// counts the element against ``maxArrayLength``. The element is left to read.
    @_transparent
    mutating func nextElement(_ state: inout ArrayState) throws(TokenReadFailure) -> Bool {
        let byte = skipWhitespace()
        if byte == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return false
        }
        if state.count > 0 {
            guard byte == UInt8(ascii: ",") else { throw TokenReadFailure() }
            position += 1
        }
        state.count += 1
        guard state.count <= Self.maxArrayLength else { throw TokenReadFailure() }
        return true
    }
}
