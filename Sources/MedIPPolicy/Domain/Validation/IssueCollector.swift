/// Accumulates validation issues in traversal order (library-internal).
struct IssueCollector {
    var issues: [ValidationIssue] = []

    mutating func error(_ path: String, _ code: ValidationCode, zh: String, en: String) {
        issues.append(ValidationIssue(path: path, code: code, severity: .error, message: LocalizedText(zh: zh, en: en)))
    }

    mutating func warning(_ path: String, _ code: ValidationCode, zh: String, en: String) {
        issues.append(ValidationIssue(path: path, code: code, severity: .warning, message: LocalizedText(zh: zh, en: en)))
    }

    /// Reports an empty or white-space-only required text, or one holding a control character.
    mutating func requireText(_ text: String, _ path: String) {
        if text.allSatisfy(\.isWhitespace) {
            error(path, .emptyText, zh: "不能为空", en: "must not be empty")
        } else if let control = text.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
            let code = "U+" + String(repeating: "0", count: max(0, 4 - String(control.value, radix: 16).count))
                + String(control.value, radix: 16, uppercase: true)
            error(path, .controlCharacter, zh: "含有控制字符\(code)", en: "contains the control character \(code)")
        }
    }
}
