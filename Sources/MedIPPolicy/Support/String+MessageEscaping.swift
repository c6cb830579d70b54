extension StringProtocol {
    /// The text made safe to quote in an error or diagnostic message: every control character
    /// (Unicode general category Cc — C0, DEL and C1, which includes ESC and U+0085), every
    /// format character (general category Cf: the bidirectional formatting characters U+061C,
    /// U+200E, U+200F, U+202A–U+202E, U+2066–U+2069, U+FEFF, the zero-width characters
    /// U+200B–U+200D, U+2060 …) and the line and paragraph separators U+2028 and U+2029 are
    /// written as a Swift-style escape (`\n`, `\t`, `\r`, `\u{1B}`), and backslash as `\\`, so
    /// that text from outside can never move the cursor, recolour a terminal, break the line,
    /// hide in the message or reorder the message around it.
    ///
    /// Printable text, including Chinese, passes unchanged. The result is at most `limit`
    /// Unicode scalars of the input (an ellipsis `…` marks a cut), so a message stays one
    /// readable line.
    package func escapedForMessage(limit: Int = 80) -> String {
        var result = ""
        var count = 0
        for scalar in unicodeScalars {
            if count == limit {
                result += "…"
                break
            }
            count += 1
            switch scalar.value {
            case 0x5C: result += "\\\\"
            case 0x0A: result += "\\n"
            case 0x09: result += "\\t"
            case 0x0D: result += "\\r"
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029:
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default:
                if scalar.isFormatCharacter {
                    result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
