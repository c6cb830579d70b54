import MedIPPolicy

/// A failure as data: the one JSON object `medip … --format json` writes to standard error.
///
/// Standard error, not standard output, so that standard output only ever holds the command's
/// result (a program reads it as JSON or not at all) and the exit status tells which stream to
/// parse: 0 → standard output, 1 or 2 → the last line of standard error. Keys (sorted, absent
/// when unknown): `exitCode`, `code`, `message`, `command`, `file`, `path`, `line`, `column`,
/// `problems` (each `{code, path, severity, message}`) and `complete`. Every `message` is in
/// the language the command line asks for (`--lang zh`: Simplified Chinese; else English), as
/// the text form prints it; codes and paths are the same in both.
public struct ErrorReport: Sendable, Encodable {
    /// One problem of an invalid input.
    public struct Problem: Sendable, Hashable {
        /// The problem's stable code (a ``ValidationCode`` for a case).
        public var code: String
        /// The JSON path of the offending value, or `nil`.
        public var path: String?
        /// `error` or `warning`.
        public var severity: String
        /// What is wrong, in both languages (the report writes the one asked for with `--lang`).
        public var text: LocalizedText

        /// Creates a problem.
        public init(code: String, path: String?, severity: String = "error", text: LocalizedText) {
            self.code = code
            self.path = path
            self.severity = severity
            self.text = text
        }

        /// A validation issue.
        public init(_ issue: ValidationIssue) {
            self.init(
                code: issue.code.rawValue, path: issue.path.isEmpty ? nil : issue.path,
                severity: issue.severity.rawValue, text: issue.message)
        }
    }

    /// The exit status (1 bad input, 2 usage error).
    public var exitCode: Int32
    /// The stable code of the failure.
    public var code: String
    /// The message in ``language``, as the text form prints it.
    public var message: String
    /// The command that failed (`medip show`), or `medip` before one was chosen.
    public var command: String
    /// The input file as given, when one is at fault.
    public var file: String?
    /// The JSON path inside the input, when known.
    public var path: String?
    /// The line of the input (from 1), when known.
    public var line: Int?
    /// The column of the input (from 1), when known.
    public var column: Int?
    /// Every problem found (empty for a single failure).
    public var problems: [Problem]
    /// Whether the report is all that is wrong (`false`: the reader stopped at the first error).
    public var complete: Bool?
    /// The language of every message in the report (not itself written).
    public var language: Language

    /// The report of `error` from `command`, its messages in `language`.
    public init(_ error: CommandError, command: String, language: Language = .en) {
        exitCode = error.exitCode
        code = error.code
        message = error.text[language]
        self.command = command
        file = error.file
        path = error.path
        line = error.line
        column = error.column
        problems = error.problems
        complete = error.complete
        self.language = language
    }

    private enum CodingKeys: String, CodingKey {
        case exitCode, code, message, command, file, path, line, column, problems, complete
    }

    private struct EncodedProblem: Encodable {
        var code: String
        var path: String?
        var severity: String
        var message: String
    }

    /// Writes the keys listed above, each problem's message in ``language``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(exitCode, forKey: .exitCode)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
        try container.encode(command, forKey: .command)
        try container.encodeIfPresent(file, forKey: .file)
        try container.encodeIfPresent(path, forKey: .path)
        try container.encodeIfPresent(line, forKey: .line)
        try container.encodeIfPresent(column, forKey: .column)
        try container.encode(
            problems.map { EncodedProblem(code: $0.code, path: $0.path, severity: $0.severity, message: $0.text[language]) },
            forKey: .problems)
        try container.encodeIfPresent(complete, forKey: .complete)
    }

    /// One line of compact JSON (sorted keys); a plain-text fallback if encoding fails.
    func jsonLine() -> String {
        (try? JSONOutput.encode(self, pretty: false)) ?? "{\"code\":\"encodingFailed\",\"exitCode\":\(exitCode)}"
    }

    /// The `--format` option of commands whose output is JSON Lines whatever the format
    /// (`screen`, `generate`): it chooses only how a failure is reported. Help lines in both languages.
    static let errorFormatHelp = LocalizedText(
        zh: """
              --format text|json   失败在标准错误上的报告方式：一条信息（默认）或一行 JSON
                                   （code、message、file、line…）；输出本身无论如何都是 JSON Lines
            """,
        en: """
              --format text|json   how a failure is reported on standard error: a message (default)
                                   or one line of JSON (code, message, file, line…); the output
                                   itself is JSON Lines either way
            """)

    /// Checks the `--format` option of such a command: `text` or `json` (the choice itself is
    /// read from the raw words by ``wantsJSON(_:)``).
    static func checkErrorFormat(_ arguments: Arguments) throws(CommandError) {
        guard let format = arguments.option("format"), format != "text", format != "json" else { return }
        throw formatError(format)
    }

    /// The usage error for a `--format` that is neither `text` nor `json`.
    static func formatError(_ format: String) -> CommandError {
        let quoted = format.escapedForMessage()
        return .usage(zh: "--format 只能是 text 或 json，不能是 \"\(quoted)\"", en: "--format must be text or json, not \"\(quoted)\"")
    }

    /// Whether the arguments ask for JSON output (`--format json` or `--format=json`), so that a
    /// failure is reported as data. Looked for in the raw words: a usage error found while
    /// parsing them is reported as data too.
    static func wantsJSON(_ arguments: [String]) -> Bool {
        for (index, word) in arguments.enumerated() {
            if word == "--" { return false }
            if word == "--format=json" { return true }
            if word == "--format", index + 1 < arguments.count, arguments[index + 1] == "json" { return true }
        }
        return false
    }
}

extension CommandError {
    /// A case file (or patent JSON) that could not be decoded: its code, JSON path and, for
    /// malformed JSON, the line and column. `complete` is `false`: the reader stops at the first
    /// decoding error, so others may follow it.
    static func decoding(_ error: CaseFileError, file: String) -> CommandError {
        let quoted = file.escapedForMessage()
        var result = CommandError.badInput(
            zh: "\(quoted)：\(error.text(in: .zh))", en: "\(quoted): \(error.description)", code: error.code.rawValue)
            .at(file: file, path: error.path)
        if let (line, column) = lineAndColumn(in: error.message) {
            result.line = line
            result.column = column
        }
        result.complete = false
        return result
    }

    /// An invalid case: every error-severity problem, the list complete.
    static func invalidCase(_ issues: [ValidationIssue], file: String?) -> CommandError {
        func listed(_ language: Language) -> String { issues.map { "  \($0.text(in: language))" }.joined(separator: "\n") }
        var result = CommandError.badInput(
            zh: "案件无效：\n" + listed(.zh), en: "the case is invalid:\n" + listed(.en), code: "invalidCase")
        result.file = file
        result.problems = issues.map { ErrorReport.Problem($0) }
        result.complete = true
        return result
    }

    /// A case the evaluator could not decide: its validation problems when it is invalid, else
    /// the failure (a calendar question no schedule answers, under `--strict-dates`).
    static func evaluation(_ error: EvaluationError, file: String) -> CommandError {
        if error.issues.isEmpty {
            return CommandError.badInput(error.localizedMessage, code: error.calendarError == nil ? "evaluationFailed" : "calendar")
                .at(file: file, path: error.path)
        }
        return invalidCase(error.issues, file: file)
    }

    /// The `line N, column M` a message gives, if any.
    static func lineAndColumn(in message: String) -> (Int, Int)? {
        guard let range = message.firstRange(of: "line ") else { return nil }
        let rest = message[range.upperBound...]
        let lineDigits = rest.prefix { $0.isASCII && $0.isNumber }
        let afterLine = rest.dropFirst(lineDigits.count)
        guard let line = Int(lineDigits), afterLine.hasPrefix(", column ") else { return nil }
        let columnDigits = afterLine.dropFirst(", column ".count).prefix { $0.isASCII && $0.isNumber }
        guard let column = Int(columnDigits) else { return nil }
        return (line, column)
    }
}
