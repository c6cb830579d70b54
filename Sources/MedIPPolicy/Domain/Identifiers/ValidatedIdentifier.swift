/// An identifier whose JSON form is a string that must pass its own validation — patent numbers,
/// unified social credit codes, approval numbers.
///
/// Conforming types get `Codable`: decoding reads a string and runs ``init(validating:)``; an
/// invalid value is a `DecodingError.dataCorrupted` at the coding path carrying
/// ``invalidValueCode`` and the validation error's message. Encoding writes ``encodedText``.
public protocol ValidatedIdentifier: Codable, Sendable, Hashable {
    /// The specific validation error.
    associatedtype ValidationError: Error

    /// Parses and validates the text.
    init(validating text: String) throws(ValidationError)
    /// The text written to JSON (the canonical form).
    var encodedText: String { get }
    /// The case-file error code reported for an invalid value.
    static var invalidValueCode: CaseFileError.Code { get }
    /// What the message calls an invalid value, e.g. `invalid patent number`.
    static var invalidValueLabel: String { get }
}

extension ValidatedIdentifier {
    /// Decodes from the identifier's text, validating it; an invalid value names the path and
    /// carries ``invalidValueCode``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(validating: text)
        } catch {
            throw DomainValueError(code: Self.invalidValueCode, message: "\(Self.invalidValueLabel): \(error)")
                .decodingError(at: decoder.codingPath)
        }
    }

    /// Encodes as ``encodedText``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(encodedText)
    }
}
