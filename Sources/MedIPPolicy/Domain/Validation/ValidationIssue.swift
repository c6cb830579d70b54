/// One problem found by ``Case/validate(rules:)``: where, what kind, how serious, and a message in
/// Chinese and English.
///
/// JSON form: `{"path": "patents[2].grantDate", "code": "grantBeforeFiling", "severity":
/// "error", "message": {"zh": "…", "en": "…"}}`.
public struct ValidationIssue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The JSON path of the offending value, e.g. `patents[2].grantDate` (arrays from 0).
    public var path: String
    /// The kind of problem.
    public var code: ValidationCode
    /// Error or warning.
    public var severity: ValidationSeverity
    /// What is wrong, in Chinese and English.
    public var message: LocalizedText

    /// Creates an issue.
    public init(path: String, code: ValidationCode, severity: ValidationSeverity, message: LocalizedText) {
        self.path = path
        self.code = code
        self.severity = severity
        self.message = message
    }

    /// `path: message` in the given language.
    public func text(in language: Language) -> String { "\(path): \(message[language])" }

    /// `path: message` in English.
    public var description: String { text(in: .en) }
}
