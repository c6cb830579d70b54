/// Why a text is not a valid ``UnifiedSocialCreditCode``.
public enum UnifiedSocialCreditCodeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text is not 18 characters long (the count found).
    case length(Int)
    /// The character at `position` (1-based) is not in the code's 31-character set
    /// `0123456789ABCDEFGHJKLMNPQRTUWXY`.
    case illegalCharacter(position: Int, character: Character)
    /// The 18th character is not the check character computed from the first 17.
    case checkCharacter(expected: Character, got: Character)

    /// A one-line English message.
    public var description: String {
        switch self {
        case .length(let count):
            "a unified social credit code has 18 characters, not \(count)"
        case .illegalCharacter(let position, let character):
            "illegal character \"\(String(character).escapedForMessage())\" at position \(position) "
                + "(allowed: 0-9 and A-Y without I, O, S, V, Z)"
        case .checkCharacter(let expected, let got):
            "check character expected \(expected), got \(String(got).escapedForMessage())"
        }
    }
}
