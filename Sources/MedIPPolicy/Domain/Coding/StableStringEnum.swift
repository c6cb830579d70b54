/// An enumeration whose JSON form is a stable camelCase string and whose decoding rejects
/// unknown values with a message that lists the allowed ones.
///
/// Conforming types get an `init(from:)` that reads a string and, for a value that is not one of
/// `allCases`' raw values, throws `DecodingError.dataCorrupted` at the current coding path with
/// the message `unknown value "foo" (expected invention, utilityModel, design)` and a
/// ``DomainValueError`` of code ``CaseFileError/Code/unknownEnumValue`` as the underlying error.
/// Raw values are public API: they appear in case files and never change.
public protocol StableStringEnum: RawRepresentable, CaseIterable, Codable, Sendable, Hashable
where RawValue == String {}

extension StableStringEnum {
    /// The allowed raw values, comma-separated, in declaration order.
    public static var allowedValuesList: String {
        allCases.map(\.rawValue).joined(separator: ", ")
    }

    /// Decodes from one of the allowed strings; anything else is a path-naming
    /// `DecodingError.dataCorrupted` listing the allowed values.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Self(rawValue: text) else {
            throw DomainValueError(
                code: .unknownEnumValue,
                message: "unknown value \"\(text.escapedForMessage(limit: 40))\" (expected \(Self.allowedValuesList))"
            ).decodingError(at: decoder.codingPath)
        }
        self = value
    }

    /// Encodes as the raw string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
