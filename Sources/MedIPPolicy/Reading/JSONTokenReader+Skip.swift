extension JSONTokenReader {
    /// Validates and skips any JSON value — an unknown key's value or a repeated key's — with
    /// the same strictness and limits as values that are read.
    ///
    /// `JSONDecoder` ignores both (a repeated key keeps its first value), but a value it ignores
    /// still counts towards ``CaseFile``'s limits and must still be JSON.
    mutating func skipValue() throws(TokenReadFailure) {
        skipWhitespace()
        switch current {
        case UInt8(ascii: "{"):
            position += 1
            try enterContainer()
            var state = ObjectState()
            while try nextKey(in: Self.noKeys, &state) != nil {
                try skipValue()
            }
        case UInt8(ascii: "["):
            position += 1
            try enterContainer()
            var state = ArrayState()
            while try nextElement(&state) {
                try skipValue()
            }
        case UInt8(ascii: "\""):
            _ = try readString()
        case UInt8(ascii: "t"):
            guard try readBool() else { throw TokenReadFailure() }
        case UInt8(ascii: "f"):
            guard try !readBool() else { throw TokenReadFailure() }
        case UInt8(ascii: "n"):
            guard consumeNull() else { throw TokenReadFailure() }
        default:
            try skipNumber()
        }
    }

    /// A table with no keys: every member of a skipped object is unknown.
    static let noKeys = JSONKeyTable([])
}
