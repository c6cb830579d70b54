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
}
