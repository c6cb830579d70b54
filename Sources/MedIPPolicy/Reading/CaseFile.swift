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
/// Unknown keys are ignored. Encoding writes sorted keys, so equal values give equal bytes and
/// a decode of an encode returns an equal value. `decodeFast(_:)` reads cases many times
/// faster with exactly the same results and errors.
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
        try decode(Case.self, from: data)
    }

    /// Decodes any domain value (a ``Patent``, a ``Product`` …) with the same limits and error
    /// mapping as ``decode(_:)``.
    public static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws(CaseFileError) -> Value {
        guard data.count <= maxBytes else {
            throw CaseFileError(
                code: .tooLarge, path: "",
                message: "the document has \(data.count) bytes; the limit is \(maxBytes)")
        }
        let scanner = JSONBoundsScanner(maxDepth: maxDepth, maxArrayLength: maxArrayLength, maxStringBytes: maxStringBytes)
        let report = try scanner.scan([UInt8](data))
        do {
            return try JSONDecoder().decode(type, from: data)
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

    /// The path of a coding path: keys joined by `.`, array indices as `[n]`.
    public static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue, key.stringValue.hasPrefix("Index ") || key.stringValue == String(index) {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }

    /// Maps a Foundation `DecodingError` to a ``CaseFileError``, attributing a path-less
    /// failure on a document the scanner accepted to its first non-integer number (Foundation
    /// reports a number that does not fit an `Int` as "not valid JSON" with no path).
    static func caseFileError(_ error: DecodingError, report: JSONBoundsScanner.Report) -> CaseFileError {
        let mapped = caseFileError(error)
        if mapped.code == .malformedJSON, mapped.path.isEmpty, let number = report.firstNonIntegerNumber {
            return CaseFileError(
                code: .numberOutOfRange, path: number.path,
                message: "the number \(number.text) is not an integer from \(Int.min) to \(Int.max)")
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
                return CaseFileError(code: domain.code, path: path(context.codingPath), message: domain.message)
            }
            if context.codingPath.isEmpty {
                var message = "the document is not valid JSON"
                if let underlying = context.underlyingError {
                    let text = String(describing: underlying)
                    if !text.isEmpty { message += " (\(text))" }
                }
                return CaseFileError(code: .malformedJSON, path: "", message: message)
            }
            return CaseFileError(code: .invalidValue, path: path(context.codingPath), message: context.debugDescription)
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
