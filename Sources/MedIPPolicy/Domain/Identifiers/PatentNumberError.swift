/// Why a text is not a valid ``PatentNumber``.
public enum PatentNumberError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text is empty (after removing spaces and an optional `ZL`/`CN` prefix).
    case empty
    /// A character other than a digit, one `.` and a final `X` at `position` (1-based, in the
    /// text as given).
    case illegalCharacter(position: Int, character: Character)
    /// No `.` and check digit follow the application number.
    case missingCheckDigit
    /// The application number has `count` digits; 12 (filed from 2003-10-01) or 8 (before) are
    /// accepted.
    case digitCount(Int)
    /// The type digit (5th of 12, 3rd of 8) is not 1, 2, 3, 8 or 9.
    case unknownTypeDigit(Character)
    /// The year part is not a possible filing year for that form (2003 or later for 12 digits;
    /// 85–99 or 00–03 for 8 digits).
    case implausibleYear(Int)
    /// The check digit is not the one computed from the application number.
    case checkDigit(expected: Character, got: Character)
    /// The text looks like a publication number (公开号/公告号, e.g. `CN112345678A`), which is
    /// not an application number and carries no check digit.
    case publicationNumber(String)

    /// A one-line English message.
    public var description: String {
        switch self {
        case .empty:
            "empty patent number"
        case .illegalCharacter(let position, let character):
            "illegal character \"\(String(character).escapedForMessage())\" at position \(position) in a patent number"
        case .missingCheckDigit:
            "missing check digit (expected e.g. ZL202010123456.X: 12 digits, \".\", check digit)"
        case .digitCount(let count):
            "a CN application number has 12 digits (or 8 before 2003-10-01), not \(count)"
        case .unknownTypeDigit(let digit):
            "unknown patent type digit \(String(digit).escapedForMessage()) (expected 1 or 8 invention, 2 or 9 utility model, 3 design)"
        case .implausibleYear(let year):
            "implausible filing year \(year) for this number form"
        case .checkDigit(let expected, let got):
            "check digit expected \(expected), got \(String(got).escapedForMessage())"
        case .publicationNumber(let text):
            "\(text.escapedForMessage(limit: 40)) looks like a publication number, not an application/patent number (ZL…)"
        }
    }
}
