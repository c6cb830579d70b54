extension Condition: Codable {
    /// The deepest condition tree the JSON form accepts.
    public static let maximumDepth = 32
    /// The most nodes one condition may have in the JSON form.
    public static let maximumSize = 512

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case all, any, not
    }

    /// Decodes a predicate name or an `all` / `any` / `not` object, rejecting unknown predicate
    /// names (with a "did you mean" suggestion), trees deeper than ``maximumDepth``, objects with
    /// none or more than one of those keys and any other key, naming the path.
    public init(from decoder: any Decoder) throws {
        guard decoder.codingPath.count <= Condition.maximumDepth * 2 + 8 else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath,
                debugDescription: "condition nested deeper than \(Condition.maximumDepth) levels"))
        }
        if let single = try? decoder.singleValueContainer(), let name = try? single.decode(String.self) {
            guard let predicate = Predicate(rawValue: name) else {
                let names = Predicate.allCases.map(\.rawValue)
                let hint = RuleDecoding.closestSpelling(to: name, among: names).map { "did you mean \"\($0)\"?" }
                    ?? "expected one of \(names.joined(separator: ", "))"
                throw DecodingError.dataCorruptedError(
                    in: single, debugDescription: "unknown predicate \"\(name.escapedForMessage(limit: 60))\" (\(hint))")
            }
            self = .predicate(predicate)
            return
        }
        try RuleDecoding.rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard container.allKeys.count == 1, let key = container.allKeys.first else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath,
                debugDescription: "a condition is a predicate name or an object with exactly one of the keys all, any, not"))
        }
        switch key {
        case .all: self = .all(try container.decode([Condition].self, forKey: .all))
        case .any: self = .any(try container.decode([Condition].self, forKey: .any))
        case .not: self = .not(try container.decode(Condition.self, forKey: .not))
        }
        if depth > Condition.maximumDepth || size > Condition.maximumSize {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath,
                debugDescription: "condition exceeds the limits (depth \(Condition.maximumDepth), \(Condition.maximumSize) nodes)"))
        }
    }

    /// Encodes the predicate-name / `all` / `any` / `not` form.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .predicate(let predicate):
            var container = encoder.singleValueContainer()
            try container.encode(predicate.rawValue)
        case .not(let inner):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(inner, forKey: .not)
        case .all(let parts):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(parts, forKey: .all)
        case .any(let parts):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(parts, forKey: .any)
        }
    }
}
