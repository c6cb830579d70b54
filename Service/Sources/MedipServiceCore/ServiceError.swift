import HTTPTypes
import Hummingbird
import MedIPPolicy

/// A failed request as data: the JSON body of every error response of `medip-service`.
///
/// The fields are those `medip … --format json` writes for a failure (`ErrorReport` in the
/// command-line tool: `code`, `message`, `path`, `line`, `column`, `problems`, `complete`), without
/// the tool's `exitCode`, `command` and `file`, and with the HTTP `status` and the `requestId`.
/// Keys are sorted and absent when unknown. Statuses:
///
/// - 400: the request is not what the API accepts — a query parameter that is unknown, repeated or
///   malformed, or a body that cannot be read as a case file (malformed JSON, a wrong type, an
///   unknown key …: the case reader stops at the first such problem, so `complete` is `false`);
/// - 404: no such endpoint, measure or document — a method a path does not take included
///   (Hummingbird's router has no 405; a 405 raised by a handler is still answered as JSON);
/// - 413: the body is larger than the limit; 415: the content type is not the endpoint's;
/// - 422: the body is a well-formed case file but its facts are invalid (every validation problem
///   is listed and `complete` is `true`) or cannot be decided (a due date in a year without a
///   working-day schedule, with `--strict-dates`);
/// - 503: the request took longer than the time limit.
public struct ServiceError: Error, Sendable, Encodable {
    /// The HTTP status.
    public var status: Int
    /// The stable code: a ``CaseFileError/Code`` for an unreadable case, `invalidCase`,
    /// `calendar`, or one of the service's own (`invalidQuery`, `unsupportedMediaType`, …).
    public var code: String
    /// What is wrong, in the language asked for where the library has one.
    public var message: String
    /// The JSON path inside the body, or the query parameter at fault.
    public var path: String?
    /// The line of the body (from 1), when known.
    public var line: Int?
    /// The column of the body (from 1), when known.
    public var column: Int?
    /// Every problem found (one for a decoding error).
    public var problems: [Problem]
    /// Whether `problems` is all that is wrong (`false`: the reader stopped at the first error).
    public var complete: Bool?
    /// The request's id (also in the `X-Request-Id` header).
    public var requestId: String?
    /// The Chinese form of ``message`` for an error of the service's own (not encoded; the
    /// response swaps it in under `lang=zh`, see ``localized(_:)``). `nil` for a message that
    /// is already in the language asked for (the library's, chosen where it is made).
    var chineseMessage: String?

    private enum CodingKeys: String, CodingKey {
        case status, code, message, path, line, column, problems, complete, requestId
    }

    /// One problem of an invalid input (`{code, path, severity, message}` as `medip` writes it).
    public struct Problem: Sendable, Hashable, Encodable {
        /// The problem's stable code.
        public var code: String
        /// The JSON path of the offending value, or `nil`.
        public var path: String?
        /// `error` or `warning`.
        public var severity: String
        /// What is wrong.
        public var message: String
    }

    /// Creates an error without problems.
    public init(status: Int, code: String, message: String, path: String? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.path = path
        problems = []
    }

    /// Creates an error of the service's own, with its message in English and Chinese
    /// (``response(requestID:language:)`` answers the one the request asked for).
    public init(status: Int, code: String, en: String, zh: String, path: String? = nil) {
        self.init(status: status, code: code, message: en, path: path)
        chineseMessage = zh
    }

    /// The error with its messages in `language`: under Chinese, ``message`` and any problem
    /// that repeats it become the Chinese form, when the error has one.
    public func localized(_ language: Language) -> ServiceError {
        guard language == .zh, let chineseMessage else { return self }
        var error = self
        error.problems = problems.map { problem in
            var problem = problem
            if problem.message == message { problem.message = chineseMessage }
            return problem
        }
        error.message = chineseMessage
        return error
    }

    /// A body that could not be read as a case file: 413 when it is too large, 400 otherwise;
    /// its messages in `language` (``CaseFileError/localizedMessage``; line and column are read
    /// from the English message, whatever the language).
    public init(decoding error: CaseFileError, language: Language = .en) {
        self.init(status: error.code == .tooLarge ? 413 : 400, code: error.code.rawValue, message: error.text(in: language))
        path = error.path.isEmpty ? nil : error.path
        if let (line, column) = Self.lineAndColumn(in: error.message) {
            self.line = line
            self.column = column
        }
        problems = [Problem(code: error.code.rawValue, path: path, severity: "error", message: error.localizedMessage[language])]
        complete = false
    }

    /// A case that could not be decided: 422 with every validation problem, or the calendar
    /// failure, in `language`.
    public init(evaluation error: EvaluationError, language: Language) {
        if error.issues.isEmpty {
            self.init(status: 422, code: error.calendarError == nil ? "evaluationFailed" : "calendar", message: error.text(in: language))
            path = error.path
            return
        }
        self.init(status: 422, code: "invalidCase", message: error.text(in: language))
        problems = error.issues.map { issue in
            Problem(
                code: issue.code.rawValue, path: issue.path.isEmpty ? nil : issue.path,
                severity: issue.severity.rawValue, message: issue.message[language])
        }
        complete = true
    }

    /// The `line N, column M` a reader's message gives, if any (as `medip` finds it).
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

    /// The error as one line of compact JSON with sorted keys, newline-terminated.
    public func jsonLine() -> [UInt8] {
        let bytes = (try? CaseFile.encode(self, pretty: false)).map { Array($0) }
            ?? Array(#"{"code":"encodingFailed","status":500}"#.utf8)
        return bytes + [0x0A]
    }

    /// The error as an HTTP response (`application/json`, with `X-Request-Id`), its messages in
    /// `language` where it has them (``localized(_:)``).
    public func response(requestID: String, language: Language = .en) -> Response {
        var error = localized(language)
        error.requestId = requestID
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[HTTPField.Name.requestID] = requestID
        return Response(
            status: HTTPResponse.Status(code: status), headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: error.jsonLine())))
    }
}

extension HTTPField.Name {
    /// `X-Request-Id`: the caller's id for the request (echoed), or one the service made.
    static var requestID: Self { Self("X-Request-Id")! }
    /// `X-Rule-Set-Digest`: the digest of the rules and catalog the service decides with.
    static var ruleSetDigest: Self { Self("X-Rule-Set-Digest")! }
}
