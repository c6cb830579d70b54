extension StringProtocol {
    /// The candidate closest to this text, for a "did you mean" hint: the one that equals it
    /// after folding case and leading zeros of numbers (`Beijing-2026-04#6` → `beijing-2026-4#6`),
    /// else the one with the fewest edits (Levenshtein distance over Unicode scalars, after
    /// folding) when that is at most a quarter of the text's length (and at least 1, at most 2).
    /// `nil` when nothing is close or the text is itself a candidate.
    package func closestMatch<Candidates: Sequence<String>>(among candidates: Candidates) -> String? {
        let folded = Self.folded(String(self))
        guard !folded.isEmpty else { return nil }
        let allowed = Swift.max(1, Swift.min(2, folded.count / 4))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            if candidate == String(self) { return nil }
            let distance = Self.editDistance(folded, Self.folded(candidate), atMost: allowed)
            if distance <= allowed, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// Lower-cased, with leading zeros dropped from runs of digits.
    private static func folded(_ text: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        var previousWasDigit = false
        let scalars = Array(text.lowercased().unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let isDigit = ("0"..."9").contains(scalar)
            let nextIsDigit = index + 1 < scalars.count && ("0"..."9").contains(scalars[index + 1])
            if scalar == "0" && !previousWasDigit && nextIsDigit {
                continue  // a leading zero: 04 → 4 (a lone 0 stays)
            }
            result.append(scalar)
            previousWasDigit = isDigit
        }
        return result
    }

    /// The Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`.
    private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for (i, x) in a.enumerated() {
            current[0] = i + 1
            var rowMinimum = current[0]
            for (j, y) in b.enumerated() {
                current[j + 1] = Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
                rowMinimum = Swift.min(rowMinimum, current[j + 1])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
