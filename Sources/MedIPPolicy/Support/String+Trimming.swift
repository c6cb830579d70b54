extension StringProtocol {
    /// The text without leading and trailing white space (FoundationEssentials has no
    /// `trimmingCharacters(in:)`).
    package var trimmedWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }

    /// The text with every white-space character removed, for comparing figures with a source
    /// text whose extraction broke lines and spaced digits (`不少于 120 项` → `不少于120项`).
    package var removingWhitespace: String {
        String(filter { !$0.isWhitespace })
    }

    /// Whether the text is empty or white space only — `allSatisfy(\.isWhitespace)` — decided
    /// from the first scalar in the common case.
    ///
    /// A character is white space when its first scalar has the Unicode White_Space property,
    /// a small stable set (U+0009–U+000D, U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028,
    /// U+2029, U+202F, U+205F, U+3000). Text whose first scalar is outside it is not blank;
    /// only text starting with white space takes the general path. Validation asks this of every
    /// required text, and the property lookup was a visible part of its cost.
    package var isBlank: Bool {
        guard let first = unicodeScalars.first else { return true }
        switch first.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return allSatisfy(\.isWhitespace)
        default:
            return false
        }
    }
}
