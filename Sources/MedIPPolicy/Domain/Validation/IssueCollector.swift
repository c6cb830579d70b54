/// Accumulates validation issues in traversal order (library-internal).
struct IssueCollector {
    var issues: [ValidationIssue] = []

    mutating func error(_ path: String, _ code: ValidationCode, zh: String, en: String) {
        issues.append(ValidationIssue(path: path, code: code, severity: .error, message: LocalizedText(zh: zh, en: en)))
    }

    mutating func warning(_ path: String, _ code: ValidationCode, zh: String, en: String) {
        issues.append(ValidationIssue(path: path, code: code, severity: .warning, message: LocalizedText(zh: zh, en: en)))
    }

    /// Reports an empty or white-space-only required text.
    mutating func requireText(_ text: String, _ path: String) {
        if text.allSatisfy(\.isWhitespace) {
            error(path, .emptyText, zh: "不能为空", en: "must not be empty")
        }
    }
}
