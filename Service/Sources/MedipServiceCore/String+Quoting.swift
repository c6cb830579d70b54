extension StringProtocol {
    /// Text from a request made safe to quote in a message or a log line: at most 80 Unicode
    /// scalars (`…` marks a cut), with control, format (bidirectional, zero-width) and
    /// line/paragraph-separator characters and the backslash written as escapes (`\u{1B}`,
    /// `\\`), so it can neither break a log line nor reorder the message around it.
    func escapedForMessage() -> String {
        var result = ""
        for (index, scalar) in unicodeScalars.enumerated() {
            if index == 80 {
                result += "…"
                break
            }
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator:
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default:
                if scalar == "\\" { result += "\\\\" } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
