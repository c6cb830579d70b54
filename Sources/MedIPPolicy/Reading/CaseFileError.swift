/// Why a case file (or another domain JSON document) could not be read: a stable ``code``, the
/// JSON ``path`` of the offending value and a readable ``message``.
///
/// ``description`` prints `path: message`, e.g.
/// `patents[2].type: unknown value "foo" (expected invention, utilityModel, design)`.
/// The path uses the case file's camelCase keys, `[n]` for array elements (from 0), and is
/// empty for a problem with the document as a whole (too large, not JSON).
public struct CaseFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable camelCase identifier for a kind of reading problem.
    public struct Code: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible,
        ExpressibleByStringLiteral
    {
        /// The code text.
        public let rawValue: String
        /// Wraps a code.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// Wraps a literal code.
        public init(stringLiteral value: String) { rawValue = value }
        /// The code text.
        public var description: String { rawValue }

        /// The document is larger than ``CaseFile/maxBytes``.
        public static let tooLarge: Code = "tooLarge"
        /// Objects and arrays nest deeper than ``CaseFile/maxDepth``.
        public static let tooDeep: Code = "tooDeep"
        /// An array has more than ``CaseFile/maxArrayLength`` elements, or an object more members.
        public static let tooManyElements: Code = "tooManyElements"
        /// A string (or key) is longer than ``CaseFile/maxStringBytes`` UTF-8 bytes.
        public static let stringTooLong: Code = "stringTooLong"
        /// The document is not well-formed JSON (the message gives the line and column).
        public static let malformedJSON: Code = "malformedJSON"
        /// The document is not UTF-8: invalid UTF-8 sequences, or UTF-16 / UTF-32 text.
        public static let invalidEncoding: Code = "invalidEncoding"
        /// An object has the same key twice (after unescaping).
        public static let duplicateKey: Code = "duplicateKey"
        /// A number does not fit its field: a fraction, an exponent or more than 64 bits where an
        /// integer is expected (`12.0`, `1e2`, `364.99999999999999999` included: integers are
        /// never rounded), or a magnitude beyond any number (`1e400`).
        public static let numberOutOfRange: Code = "numberOutOfRange"
        /// An object has a key the format does not define (the message suggests the nearest
        /// known key); ``CaseFile/DecodingOptions/allowsUnknownKeys`` ignores such keys instead.
        public static let unknownKey: Code = "unknownKey"
        /// A required field is absent.
        public static let missingField: Code = "missingField"
        /// A required field is `null`.
        public static let nullValue: Code = "nullValue"
        /// A value has the wrong JSON type (a number where a string is expected, …).
        public static let wrongType: Code = "wrongType"
        /// A string is not one of an enumeration's allowed values.
        public static let unknownEnumValue: Code = "unknownEnumValue"
        /// A value has the right type but is not acceptable (an impossible date, …).
        public static let invalidValue: Code = "invalidValue"
        /// A unified social credit code fails its format or check character.
        public static let invalidCreditCode: Code = "invalidCreditCode"
        /// A patent number fails its format or check digit.
        public static let invalidPatentNumber: Code = "invalidPatentNumber"
        /// A drug or device approval number does not have an accepted form.
        public static let invalidApprovalNumber: Code = "invalidApprovalNumber"
        /// ``Case/schemaVersion`` is not ``Case/currentSchemaVersion``.
        public static let unsupportedSchemaVersion: Code = "unsupportedSchemaVersion"
        /// A value could not be encoded (should not happen for valid domain values).
        public static let encodingFailed: Code = "encodingFailed"

        /// Every code above, for documentation and tests.
        public static let all: [Code] = [
            tooLarge, tooDeep, tooManyElements, stringTooLong, malformedJSON, invalidEncoding,
            duplicateKey, numberOutOfRange, unknownKey, missingField,
            nullValue, wrongType, unknownEnumValue, invalidValue, invalidCreditCode,
            invalidPatentNumber, invalidApprovalNumber, unsupportedSchemaVersion, encodingFailed,
        ]
    }

    /// What kind of problem it is.
    public var code: Code
    /// Where it is, e.g. `patents[2].type`; empty for the document as a whole.
    public var path: String
    /// A one-line English message.
    public var message: String

    /// Creates an error.
    public init(code: Code, path: String, message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    /// `path: message`, or the message alone when the path is empty.
    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
