// Strict reading for every `init(from:)` of the library's JSON objects: an unknown key is an
// error (unless the decoder's user info allows it, the one escape hatch), and an integer field
// holds exactly an integer (checked against the raw number texts ``CaseFile`` hands over).

/// A coding key for any member name (library-internal): lists an object's keys as written.
struct MemberKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension Decoder {
    /// Whether the user info lets unknown keys be ignored
    /// (``CaseFile/DecodingOptions/allowsUnknownKeys``).
    var allowsUnknownKeys: Bool {
        guard let key = CaseFile.allowsUnknownKeysKey else { return false }
        return userInfo[key] as? Bool == true
    }

    /// The object's container keyed by `Keys`, after checking that it has no other key.
    ///
    /// An unknown key is a `DecodingError.dataCorrupted` at the key's path wrapping a
    /// ``DomainValueError`` of code ``CaseFileError/Code/unknownKey``; its message suggests the
    /// nearest known key when one is close. With several unknown keys the first in string order
    /// is named (Foundation's keyed containers are unordered), so the answer is deterministic.
    func strictContainer<Keys: CodingKey & CaseIterable>(keyedBy type: Keys.Type) throws -> KeyedDecodingContainer<Keys> {
        let container = try container(keyedBy: Keys.self)
        guard !allowsUnknownKeys else { return container }
        let members = try self.container(keyedBy: MemberKey.self)
        let unknown = members.allKeys.map(\.stringValue).filter { Keys(stringValue: $0) == nil }.sorted()
        guard let first = unknown.first else { return container }
        throw DomainValueError(
            code: .unknownKey,
            message: UnknownKeyMessage.text(for: first, known: Keys.allCases.map(\.stringValue), others: unknown.count - 1)
        ).decodingError(at: codingPath + [MemberKey(stringValue: first)])
    }
}

extension KeyedDecodingContainer {
    /// Decodes an `Int` that the document writes exactly as an integer (see
    /// ``decodeIntegerIfPresent(forKey:in:)``).
    func decodeInteger(forKey key: Key, in decoder: any Decoder) throws -> Int {
        try rejectInexactNumber(forKey: key, in: decoder)
        return try decode(Int.self, forKey: key)
    }

    /// Decodes an optional `Int` that the document writes exactly as an integer: under
    /// ``CaseFile``, a number with a fraction or an exponent (`12.0`, `1e2`,
    /// `364.99999999999999999`) or beyond 64 bits is a ``CaseFileError/Code/numberOutOfRange``
    /// error at its path, never rounded through `Double`. A bare `JSONDecoder` has no raw
    /// number texts to check and reads numbers as Foundation does.
    func decodeIntegerIfPresent(forKey key: Key, in decoder: any Decoder) throws -> Int? {
        try rejectInexactNumber(forKey: key, in: decoder)
        return try decodeIfPresent(Int.self, forKey: key)
    }

    private func rejectInexactNumber(forKey key: Key, in decoder: any Decoder) throws {
        guard let numbers = CaseFile.inexactNumbers(in: decoder.userInfo) else { return }
        let path = codingPath + [key]
        if let text = numbers[CaseFile.path(path)] {
            throw DomainValueError(code: .numberOutOfRange, message: CaseFile.notAnIntegerMessage(text))
                .decodingError(at: path)
        }
    }
}

/// The message for an unknown key, with the nearest known key as a suggestion (library-internal).
enum UnknownKeyMessage {
    /// `unknown key "ruling" (did you mean "rulings"?)`, noting any further unknown keys.
    static func text(for key: String, known: [String], others: Int) -> String {
        var text = "unknown key \"\(key.escapedForMessage(limit: 60))\""
        if let suggestion = suggestion(for: key, among: known) {
            text += " (did you mean \"\(suggestion)\"?)"
        } else {
            text += " (expected one of \(known.joined(separator: ", ")))"
        }
        if others > 0 { text += "; \(others) more unknown key\(others == 1 ? "" : "s") in this object" }
        return text
    }

    /// The known key nearest to `key` by edit distance (ignoring case), if it is close: at most
    /// one edit for keys up to four characters, at most two, and at most a third of the length,
    /// for longer ones. Ties go to the earlier key.
    static func suggestion(for key: String, among known: [String]) -> String? {
        let target = Array(key.lowercased().unicodeScalars)
        guard target.count <= 100 else { return nil }
        let limit = target.count <= 4 ? 1 : min(2, max(1, target.count / 3))
        var best: (name: String, distance: Int)?
        for name in known {
            let distance = editDistance(target, Array(name.lowercased().unicodeScalars))
            if distance <= limit, distance < (best?.distance ?? .max) { best = (name, distance) }
        }
        return best?.name
    }

    /// The Levenshtein distance (insertions, deletions, substitutions) between `a` and `b`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
