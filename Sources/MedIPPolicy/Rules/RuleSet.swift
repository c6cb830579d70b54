/// A collection of rules: the shipped ``standard`` set, or one an embedder writes or loads.
///
/// Order carries no meaning: evaluation resolves competing rules by the disposition lattice and
/// explicit overrides only. JSON form: `{"rules": [ … ]}`.
public struct RuleSet: Sendable, Hashable, Codable {
    /// The rules.
    public var rules: [Rule]

    /// Creates a rule set from rules.
    public init(_ rules: [Rule]) {
        self.rules = rules
    }

    /// Creates a rule set with the DSL.
    public init(@RuleSetBuilder _ build: () -> [Rule]) {
        self.rules = build()
    }

    /// The rule with this id, or `nil`.
    public func rule(_ id: RuleID) -> Rule? { rules.first { $0.id == id } }

    /// The rules citing a measure.
    public func rules(for measure: MeasureID) -> [Rule] { rules.filter { $0.measure == measure } }

    /// The rules citing measures of the given documents.
    public func restricted(to documents: Set<DocumentID>) -> RuleSet {
        RuleSet(rules.filter { documents.contains($0.measure.document) })
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case rules
    }

    /// Decodes a rule set strictly: every rule as ``Rule/init(from:)`` reads it, then across
    /// the rules — an id used twice is an error at the second (`rules[3].id`), an override of a
    /// rule the set does not hold at the override (`rules[1].overrides[0]`), and likewise an
    /// acknowledged time-limit conflict with such a rule; unknown keys are
    /// errors. Citations are checked against the catalog in the decoder's `userInfo` under
    /// ``catalogUserInfoKey``, or ``Catalog/standard``.
    public init(from decoder: any Decoder) throws {
        try RuleDecoding.rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rules = try container.decode([Rule].self, forKey: .rules)
        func path(_ index: Int, _ field: String) -> [any CodingKey] {
            container.codingPath + [CodingKeys.rules, AnyRuleKey(index: index), AnyRuleKey(field)]
        }
        var first: [RuleID: Int] = [:]
        for (index, rule) in rules.enumerated() {
            if let earlier = first[rule.id] {
                throw DecodingError.dataCorrupted(DecodingError.Context(
                    codingPath: path(index, "id"), debugDescription: "the id \(rule.id) is already used by rules[\(earlier)]"))
            }
            first[rule.id] = index
        }
        for (index, rule) in rules.enumerated() {
            for (position, target) in rule.overrides.enumerated() where first[target] == nil {
                throw DecodingError.dataCorrupted(DecodingError.Context(
                    codingPath: path(index, "overrides") + [AnyRuleKey(index: position)],
                    debugDescription: "overrides \(target), which the set does not hold"))
            }
            for (position, target) in rule.acknowledgedTimeLimitConflicts.enumerated() where first[target] == nil {
                throw DecodingError.dataCorrupted(DecodingError.Context(
                    codingPath: path(index, "acknowledgedTimeLimitConflicts") + [AnyRuleKey(index: position)],
                    debugDescription: "acknowledges a time-limit conflict with \(target), which the set does not hold"))
            }
        }
    }

    /// Encodes `{"rules": [ … ]}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rules, forKey: .rules)
    }

    /// The `userInfo` key under which a decoder holds the ``Catalog`` that rule citations are
    /// checked against; without it they are checked against ``Catalog/standard``.
    ///
    /// ``decode(json:catalog:)`` sets it; set it yourself to decode a ``RuleSet`` or ``Rule``
    /// with another decoder: `decoder.userInfo[RuleSet.catalogUserInfoKey] = myCatalog`.
    public static var catalogUserInfoKey: CodingUserInfoKey { .medipRuleCatalog }

    /// The largest rule-set JSON accepted by ``decode(json:catalog:)``, in bytes.
    public static let maximumJSONBytes = 4 << 20
    /// The most rules a set may hold when decoded (also the most elements of any array and
    /// members of any object in the JSON).
    public static let maximumRules = 10_000
    /// The deepest nesting of objects and arrays read: room for conditions of
    /// ``Condition/maximumDepth`` levels (two JSON levels each) inside a rule.
    public static let maximumJSONDepth = 2 * Condition.maximumDepth + 8
    /// The longest string or key, in UTF-8 bytes as written: 16,384.
    public static let maximumStringBytes = 16_384

    /// Decodes a rule set from JSON as strictly as case files are read, naming the path of the
    /// first problem.
    ///
    /// First the bounds, in one pass without recursion: at most ``maximumJSONBytes`` bytes of
    /// strict UTF-8 JSON without duplicate keys, nesting at most ``maximumJSONDepth`` levels,
    /// at most ``maximumRules`` elements per array or members per object, strings at most
    /// ``maximumStringBytes``, and every number an integer written exactly (no fraction or
    /// exponent: `15.0000000001` is not read as 15). Then the content: unknown keys (with a
    /// "did you mean"), rule ids whose measure `catalog` does not hold, duplicate ids, overrides
    /// of rules not in the set, more than one disposition per rule, obligation actors not in
    /// ``Department/registry``, and date offsets the evaluator cannot count
    /// (``DateExpression/offsetProblem``: `hours`, zero, negative or over a century).
    ///
    /// - Parameters:
    ///   - data: the JSON bytes.
    ///   - catalog: the catalog citations are checked against; pass your own to read rules for
    ///     measures you added.
    /// - Throws: ``RuleSetDecodingError`` naming the path, e.g.
    ///   `rules[1].effects[0].disposition.date.offset.unit`.
    public static func decode(json data: Data, catalog: Catalog = .standard) throws(RuleSetDecodingError) -> RuleSet {
        guard data.count <= maximumJSONBytes else {
            throw RuleSetDecodingError(path: "", message: "rule set is \(data.count) bytes; the limit is \(maximumJSONBytes)")
        }
        let scanner = JSONBoundsScanner(
            maxDepth: maximumJSONDepth, maxArrayLength: maximumRules, maxStringBytes: maximumStringBytes)
        let report: JSONBoundsScanner.Report
        do {
            report = try scanner.scan([UInt8](data))
        } catch {
            throw RuleSetDecodingError(path: error.path, message: error.message)
        }
        if let number = report.firstNonIntegerNumber {
            throw RuleSetDecodingError(
                path: number.path, message: "the number \(number.text) is not an integer from \(Int.min) to \(Int.max)")
        }
        let set: RuleSet
        do {
            let decoder = JSONDecoder()
            decoder.userInfo[catalogUserInfoKey] = catalog
            set = try decoder.decode(RuleSet.self, from: data)
        } catch let error as DecodingError {
            throw RuleSetDecodingError(error)
        } catch {
            throw RuleSetDecodingError(path: "", message: "\(error)")
        }
        guard set.rules.count <= maximumRules else {
            throw RuleSetDecodingError(path: "rules", message: "more than \(maximumRules) rules")
        }
        return set
    }
}

/// Why a rule set could not be decoded: the path and the problem.
public struct RuleSetDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The JSON path, e.g. `rules[3].condition.all[1]`.
    public var path: String
    /// What is wrong there.
    public var message: String

    /// Creates an error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    init(_ error: DecodingError) {
        let described = DecodingErrorDescription(error)
        self.init(path: described.path, message: described.message)
    }

    /// `path: message`.
    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

/// A readable path and message for a Foundation `DecodingError`.
package struct DecodingErrorDescription: Sendable {
    /// The coding path as `a.b[2].c`, keys escaped for messages (``escapedForMessage(limit:)``).
    package var path: String
    /// The problem.
    package var message: String

    package init(_ error: DecodingError) {
        func render(_ path: [any CodingKey]) -> String {
            var text = ""
            for key in path {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    let name = key.stringValue.escapedForMessage(limit: 80)  // keys come from the input
                    text += text.isEmpty ? name : ".\(name)"
                }
            }
            return text
        }
        switch error {
        case .typeMismatch(let type, let context):
            path = render(context.codingPath)
            message = "expected \(DecodingErrorDescription.typeName(type))"
        case .valueNotFound(let type, let context):
            path = render(context.codingPath)
            message = "missing value (expected \(DecodingErrorDescription.typeName(type)))"
        case .keyNotFound(let key, let context):
            path = render(context.codingPath + [key])
            message = "required field is missing"
        case .dataCorrupted(let context):
            path = render(context.codingPath)
            message = context.debugDescription
        @unknown default:
            path = ""
            message = "\(error)"
        }
    }

    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int32.Type, is Int64.Type: "an integer"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default:
            String(describing: type).hasPrefix("Array") ? "an array" :
                String(describing: type).hasPrefix("Dictionary") ? "an object" : "a value of type \(type)"
        }
    }
}
