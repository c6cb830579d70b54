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
        return first.isWhiteSpaceCharacter && allSatisfy(\.isWhitespace)
    }

    /// Whether nothing of the text would show: every scalar is white space or a format character
    /// (general category Cf — U+FEFF, bidirectional controls such as U+202E, zero-width
    /// characters U+200B–U+200D, U+2060 …; see `Unicode.Scalar.isFormatCharacter`). True for the
    /// empty text and for blank text (``isBlank``) too.
    ///
    /// Decided from the first scalar in the common case, by table, as ``isBlank`` is: text
    /// starting with a visible scalar is visible. `InvisibleTextTests` checks it against the
    /// Unicode properties.
    package var isInvisible: Bool {
        guard let first = unicodeScalars.first else { return true }
        return first.isInvisibleInText && unicodeScalars.allSatisfy(\.isInvisibleInText)
    }
}

/// Whether text whose first UTF-8 byte is `lead` is neither blank nor invisible, decided from
/// that byte alone (library-internal): a visible ASCII character (0x21–0x7E) or the lead byte of
/// a CJK ideograph (U+4000–U+9FFF, none of them white space or a format character). `false`
/// means "look further", not "blank".
@inline(__always)
func startsVisibleText(_ lead: UInt8) -> Bool {
    (0x21...0x7E).contains(lead) || (0xE4...0xE9).contains(lead)
}
