/// A coding key that takes any string: reads the keys a JSON object actually has, so the rule
/// decoders can refuse the ones they do not know (library-internal).
struct AnyRuleKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(_ string: String) {
        stringValue = string
        intValue = nil
    }

    init(stringValue: String) { self.init(stringValue) }

    init(index: Int) {
        stringValue = "\(index)"
        intValue = index
    }

    init?(intValue: Int) { self.init(index: intValue) }
}

extension CodingUserInfoKey {
    /// The ``Catalog`` that rule decoding checks measure citations against
    /// (``RuleSet/catalogUserInfoKey``).
    static let medipRuleCatalog = CodingUserInfoKey(rawValue: "MedIPPolicy.RuleSet.catalog")!  // a constant, valid key
}

/// The strict checks every rule-JSON decoder shares: unknown keys refused with a "did you mean",
/// the catalog a citation is checked against.
enum RuleDecoding {
    /// Throws `dataCorrupted` at the first key of the object at `decoder` that is not in
    /// `allowed`, naming the key's path and suggesting the closest allowed key.
    static func rejectUnknownKeys(_ decoder: any Decoder, allowed: [String]) throws {
        let container = try decoder.container(keyedBy: AnyRuleKey.self)
        try rejectUnknownKeys(container, allowed: allowed)
    }

    /// Throws for the first key of the object at `key` in `container` not in `allowed`.
    static func rejectUnknownKeys<Key: CodingKey>(
        in container: KeyedDecodingContainer<Key>, at key: Key, allowed: [String]
    ) throws {
        guard container.contains(key) else { return }
        try rejectUnknownKeys(container.nestedContainer(keyedBy: AnyRuleKey.self, forKey: key), allowed: allowed)
    }

    private static func rejectUnknownKeys(_ container: KeyedDecodingContainer<AnyRuleKey>, allowed: [String]) throws {
        // Sorted, so the error names the same key whatever order the reader hands them in.
        for key in container.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) where !allowed.contains(key.stringValue) {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: container.codingPath + [key],
                debugDescription: unknownKeyMessage(key.stringValue, allowed: allowed)))
        }
    }

    /// `unknown key "x" (did you mean "y"?)`, or with the allowed keys listed when none is close.
    static func unknownKeyMessage(_ key: String, allowed: [String]) -> String {
        let shown = key.escapedForMessage(limit: 40)
        if let close = closestSpelling(to: key, among: allowed) {
            return "unknown key \"\(shown)\" (did you mean \"\(close)\"?)"
        }
        return "unknown key \"\(shown)\" (expected \(allowed.map { "\"\($0)\"" }.joined(separator: ", ")))"
    }

    /// The candidate closest to `text` by edit distance when it is close enough to be a likely
    /// misspelling: at most 1 edit for words up to 4 characters, 2 up to 8 and 3 beyond, or equal
    /// ignoring case; ties go to the earlier candidate. `nil` when none is.
    static func closestSpelling(to text: String, among candidates: [String]) -> String? {
        let lowered = Array(text.lowercased().unicodeScalars)
        guard lowered.count <= 128 else { return nil }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased().unicodeScalars)
            let distance = editDistance(lowered, other)
            let allowance = max(lowered.count, other.count) <= 4 ? 1 : max(lowered.count, other.count) <= 8 ? 2 : 3
            guard distance <= allowance, best.map({ distance < $0.distance }) ?? true else { continue }
            best = (candidate, distance)
        }
        return best?.candidate
    }

    /// The edit distance between two sequences, counting insertions, deletions, substitutions
    /// and transpositions of adjacent elements (optimal string alignment: `deu` → `due` is 1),
    /// in O(a·b) time and O(b) space.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var beforePrevious = Array(repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }

    /// The catalog a decoder checks citations against: ``RuleSet/catalogUserInfoKey`` in its
    /// `userInfo`, or ``Catalog/standard``.
    static func catalog(_ decoder: any Decoder) -> Catalog {
        decoder.userInfo[.medipRuleCatalog] as? Catalog ?? .standard
    }

    /// Why the catalog cannot hold a citation of `measure`, or `nil` when it holds it.
    static func citationProblem(_ measure: MeasureID, in catalog: Catalog) -> String? {
        guard catalog.measure(measure) == nil else { return nil }
        guard let document = catalog.document(measure.document) else {
            return "cites \(measure), but the catalog holds no document \(measure.document.rawValue)"
        }
        return "cites \(measure), but \(measure.document.rawValue) has no measure \(measure.ordinal) in the catalog (it has \(document.measures.count))"
    }
}
