/// Why a value in a case file was rejected while decoding: a stable code and a message.
///
/// Domain types that validate while decoding (``UnifiedSocialCreditCode``, ``PatentNumber``,
/// ``ApprovalNumber``, every ``StableStringEnum``, ``Case/schemaVersion``) throw a standard
/// `DecodingError.dataCorrupted` whose context carries one of these as its `underlyingError`, so
/// plain `JSONDecoder` users get an ordinary `DecodingError` and ``CaseFile`` can report the
/// specific ``code`` together with the coding path.
public struct DomainValueError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable camelCase code, one of ``CaseFileError/Code``'s values
    /// (e.g. `unknownEnumValue`, `invalidCreditCode`).
    public var code: CaseFileError.Code
    /// A one-line English message, e.g. `unknown value "foo" (expected invention, utilityModel, design)`.
    public var message: String

    /// Creates an error.
    public init(code: CaseFileError.Code, message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }

    /// A `DecodingError.dataCorrupted` at the decoder's current path wrapping this error.
    package func decodingError(at codingPath: [any CodingKey]) -> DecodingError {
        .dataCorrupted(DecodingError.Context(
            codingPath: codingPath, debugDescription: message, underlyingError: self))
    }
}
