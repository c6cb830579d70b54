/// Reads and writes case files and other domain JSON documents, with bounded input and
/// path-naming errors.
///
/// Before decoding, a document must be strict UTF-8 JSON (a leading byte-order mark is skipped)
/// without duplicate keys, at most ``maxBytes`` long, nest at most ``maxDepth`` levels, have no
/// array or object with more than ``maxArrayLength`` elements or members and no string or key
/// longer than ``maxStringBytes`` UTF-8 bytes (as written, escapes included). The check is one
/// linear pass with no recursion, so hostile documents are rejected in bounded time and memory. Decoding errors become a
/// ``CaseFileError`` whose path uses the JSON keys and `[n]` indices, e.g.
/// `patents[2].type: unknown value "foo" (expected invention, utilityModel, design)`.
///
/// Reading is strict: a key the format does not define is an ``CaseFileError/Code/unknownKey``
/// error at its path (`patents[0].termAdjustmentDay: unknown key "termAdjustmentDay" (did you
/// mean "termAdjustmentDays"?)`), and an integer field must hold an integer as written — digits
/// only, no fraction, no exponent, within 64 bits — or it is a
/// ``CaseFileError/Code/numberOutOfRange`` error at its path (`12.0`, `1e2`,
/// `364.99999999999999999` and `1e-400` are never rounded to an integer). The one escape hatch,
/// for documents written by a newer producer, is ``DecodingOptions/allowsUnknownKeys``: unknown
/// keys (and their values) are then ignored. Text from the document is quoted in messages and
/// paths through an escaping that neutralises control and bidirectional characters.
///
/// Encoding writes sorted keys, so equal values give equal bytes and a decode of an encode
/// returns an equal value. `decodeFast(_:)` reads cases many times faster with exactly the same
/// results and errors.
public enum CaseFile {
    /// The largest document read: 1 MiB.
    public static let maxBytes = 1_048_576
    /// The deepest nesting of objects and arrays read: 16 levels (a case needs 5).
    public static let maxDepth = 16
    /// The most elements one array may have: 1,000 (patents, events, objections …).
    public static let maxArrayLength = 1_000
    /// The longest string or key, in UTF-8 bytes as written: 4,096.
    public static let maxStringBytes = 4_096

    /// Decodes a ``Case`` from a case file.
    ///
    /// - Throws: ``CaseFileError`` with the code, path and message of the first problem:
    ///   size limits, malformed JSON, a missing field, a wrong type, an unknown enumeration
    ///   value, an invalid identifier or date, an unsupported schema version.
    public static func decode(_ data: Data) throws(CaseFileError) -> Case {
        try decode(Case.self, from: data, options: .strict)
    }

    /// Decodes a ``Case`` like ``decode(_:)`` with the given options (the escape hatch for
    /// unknown keys).
    ///
    /// - Throws: ``CaseFileError`` as ``decode(_:)`` throws it.
    public static func decode(_ data: Data, options: DecodingOptions) throws(CaseFileError) -> Case {
        try decode(Case.self, from: data, options: options)
    }

    /// Decodes any domain value (a ``Patent``, a ``Product``, a ``YearSchedule`` …) with the same
    /// limits, strictness and error mapping as ``decode(_:)``.
    public static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws(CaseFileError) -> Value {
        try decode(type, from: data, options: .strict)
    }

    /// Decodes any domain value like ``decode(_:from:)`` with the given options.
    public static func decode<Value: Decodable>(
        _ type: Value.Type, from data: Data, options: DecodingOptions
    ) throws(CaseFileError) -> Value {
        guard data.count <= maxBytes else {
            throw CaseFileError(
                code: .tooLarge, path: "",
                message: "the document has \(data.count) bytes; the limit is \(maxBytes)")
        }
        let scanner = JSONBoundsScanner(maxDepth: maxDepth, maxArrayLength: maxArrayLength, maxStringBytes: maxStringBytes)
        let report = try scanner.scan([UInt8](data))
        let decoder = JSONDecoder()
        decoder.userInfo = userInfo(for: options)
        if !report.nonIntegerNumbers.isEmpty, let key = inexactNumbersKey {
            decoder.userInfo[key] = report.nonIntegerNumbers
        }
        do {
            return try decoder.decode(type, from: data)
        } catch let error as DecodingError {
            throw caseFileError(error, report: report)
        } catch {
            throw CaseFileError(code: .malformedJSON, path: "", message: "cannot read the document: \(error)")
        }
    }

    /// Encodes a value as JSON with sorted keys (pretty-printed unless `pretty` is `false`).
    ///
    /// - Throws: ``CaseFileError`` with code ``CaseFileError/Code/encodingFailed`` (not expected
    ///   for domain values).
    public static func encode(_ value: some Encodable, pretty: Bool = true) throws(CaseFileError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty
            ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(value)
        } catch {
            throw CaseFileError(code: .encodingFailed, path: "", message: "cannot encode: \(error)")
        }
    }

    /// The path of a coding path: keys joined by `.`, array indices as `[n]`; each key is
    /// escaped for messages (control and bidirectional characters written as escapes, at most
    /// 200 characters), so a hostile key cannot drive a terminal.
    public static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue, key.stringValue.hasPrefix("Index ") || key.stringValue == String(index) {
                text += "[\(index)]"
            } else {
                let name = key.stringValue.escapedForMessage(limit: maxPathKeyLength)
                text += text.isEmpty ? name : ".\(name)"
            }
        }
        return text
    }

    /// The most characters of one key shown in a path (longer keys end in `…`).
    static let maxPathKeyLength = 200

    /// The message for a number that is not exactly an integer where one is required.
    static func notAnIntegerMessage(_ text: String) -> String {
        "the number \(text) is not an integer from \(Int.min) to \(Int.max) (write digits only: no fraction, no exponent)"
    }

    /// Maps a Foundation `DecodingError` to a ``CaseFileError``, attributing a path-less
    /// failure on a document the scanner accepted to its first non-integer number (Foundation
    /// reports a number that does not fit an `Int` as "not valid JSON" with no path).
    static func caseFileError(_ error: DecodingError, report: JSONBoundsScanner.Report) -> CaseFileError {
        let mapped = caseFileError(error)
        if mapped.code == .malformedJSON, mapped.path.isEmpty, let number = report.firstNonIntegerNumber {
            return CaseFileError(code: .numberOutOfRange, path: number.path, message: notAnIntegerMessage(number.text))
        }
        return mapped
    }

    /// Maps a Foundation `DecodingError` to a ``CaseFileError``.
    package static func caseFileError(_ error: DecodingError) -> CaseFileError {
        switch error {
        case .typeMismatch(let type, let context):
            return CaseFileError(
                code: .wrongType, path: path(context.codingPath),
                message: "wrong type: expected \(describe(type))")
        case .valueNotFound(let type, let context):
            return CaseFileError(
                code: .nullValue, path: path(context.codingPath),
                message: "null where \(describe(type)) is required")
        case .keyNotFound(let key, let context):
            return CaseFileError(
                code: .missingField, path: path(context.codingPath + [key]),
                message: "required field is missing")
        case .dataCorrupted(let context):
            if let domain = context.underlyingError as? DomainValueError {
                // Domain messages quote the input through `escapedForMessage` already.
                return CaseFileError(code: domain.code, path: path(context.codingPath), message: domain.message)
            }
            if context.codingPath.isEmpty {
                var message = "the document is not valid JSON"
                if let underlying = context.underlyingError {
                    let text = String(describing: underlying).escapedForMessage(limit: 300)
                    if !text.isEmpty { message += " (\(text))" }
                }
                return CaseFileError(code: .malformedJSON, path: "", message: message)
            }
            return CaseFileError(
                code: .invalidValue, path: path(context.codingPath),
                message: context.debugDescription.escapedForMessage(limit: 300))
        @unknown default:
            return CaseFileError(code: .malformedJSON, path: "", message: "cannot read the document: \(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type, is Int32.Type, is Int64.Type: "an integer"
        case is Double.Type: "a number"
        default:
            String(describing: type).hasPrefix("Array") ? "an array"
                : String(describing: type).hasPrefix("Dictionary") ? "an object"
                : "a value of type \(type)"
        }
    }
}
