/// The stable identifier of a rule: `<measure id>/<slug>`, e.g.
/// `beijing-2026-3#8/suspend-new-listing-review`.
public struct RuleID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible, LosslessStringConvertible {
    /// The measure the rule encodes.
    public let measure: MeasureID
    /// The rule's name within the measure: lower-case ASCII letters, digits and hyphens.
    public let slug: String

    /// Creates an id.
    public init(_ measure: MeasureID, _ slug: String) {
        self.measure = measure
        self.slug = slug
    }

    /// Parses `document#ordinal/slug`; `nil` for any other shape or a slug outside `[a-z0-9-]`.
    public init?(_ text: String) {
        guard let slash = text.firstIndex(of: "/"),
              let measure = MeasureID(String(text[..<slash]))
        else { return nil }
        let slug = String(text[text.index(after: slash)...])
        guard RuleID.isValidSlug(slug) else { return nil }
        self.init(measure, slug)
    }

    /// Whether a slug is 1–64 characters of `a-z`, `0-9` and `-`.
    public static func isValidSlug(_ slug: String) -> Bool {
        !slug.isEmpty && slug.utf8.count <= 64
            && slug.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    /// `measure/slug`.
    public var description: String { "\(measure)/\(slug)" }

    /// Orders rule ids by measure, then slug.
    public static func < (lhs: RuleID, rhs: RuleID) -> Bool {
        (lhs.measure, lhs.slug) < (rhs.measure, rhs.slug)
    }

    /// Decodes from `"document#ordinal/slug"`, naming the path on error.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = RuleID(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "not a rule id (expected document#ordinal/slug): \"\(text.escapedForMessage(limit: 80))\"")
        }
        self = id
    }

    /// Encodes as `"document#ordinal/slug"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// One decision the texts make, as data: when it applies, what it produces, and which rules it
/// defeats.
///
/// A rule cites exactly one measure (``measure``, the prefix of its ``id``). Its ``overrides``
/// name the rules it is an exception to, as Catala's exceptions do: when both fire, the
/// overridden rule's disposition is set aside whatever the lattice says. Results never depend on
/// the order rules are written in.
public struct Rule: Sendable, Hashable, Codable, Identifiable {
    /// The stable id, `<measure id>/<slug>`.
    public var id: RuleID
    /// What the rule decides, in the library's own words.
    public var summary: LocalizedText
    /// When it applies.
    public var condition: Condition
    /// What it produces.
    public var effects: [Effect]
    /// The rules it is an exception to.
    public var overrides: [RuleID]
    /// Where its time limits start when their anchor is earlier than its document's effective
    /// date (see ``TimeLimitStart``; the default counts from the later of the two).
    public var timeLimitStart: TimeLimitStart
    /// Rules whose hold (await the opinion, defer) may keep this rule's time limit from being
    /// met, where the texts do not say which yields: the analyser does not report the pair, and
    /// the evaluator names each clash in the decision (``Decision/conflicts``).
    public var acknowledgedTimeLimitConflicts: [RuleID]

    /// The measure the rule cites.
    public var measure: MeasureID { id.measure }

    /// Creates a rule.
    public init(
        id: RuleID, summary: LocalizedText, condition: Condition, effects: [Effect], overrides: [RuleID] = [],
        timeLimitStart: TimeLimitStart = .laterOfAnchorAndEffectiveDate, acknowledgedTimeLimitConflicts: [RuleID] = []
    ) {
        self.id = id
        self.summary = summary
        self.condition = condition
        self.effects = effects
        self.overrides = overrides
        self.timeLimitStart = timeLimitStart
        self.acknowledgedTimeLimitConflicts = acknowledgedTimeLimitConflicts
    }

    /// The rule's disposition, if it yields one (a rule yields at most one; the analyser checks).
    public var disposition: DispositionTemplate? {
        for effect in effects {
            if case .disposition(let template) = effect { return template }
        }
        return nil
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case id, measure, summary, condition, effects, overrides, timeLimitStart, acknowledgedTimeLimitConflicts
    }

    /// Decodes a rule strictly, naming the path of the first problem: unknown keys (here and in
    /// `summary`) are errors; the id's measure must be in the catalog (``Catalog/standard``
    /// unless the decoder's `userInfo` holds another under ``RuleSet/catalogUserInfoKey``);
    /// `measure`, when present, must agree with the id's prefix; at most one effect is a
    /// disposition; `overrides` and `acknowledgedTimeLimitConflicts` default to empty and
    /// `timeLimitStart` to ``TimeLimitStart/laterOfAnchorAndEffectiveDate``.
    public init(from decoder: any Decoder) throws {
        try RuleDecoding.rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try RuleDecoding.rejectUnknownKeys(in: container, at: .summary, allowed: ["zh", "en"])
        id = try container.decode(RuleID.self, forKey: .id)
        if let problem = RuleDecoding.citationProblem(id.measure, in: RuleDecoding.catalog(decoder)) {
            throw DecodingError.dataCorruptedError(forKey: .id, in: container, debugDescription: problem)
        }
        if let measure = try container.decodeIfPresent(MeasureID.self, forKey: .measure), measure != id.measure {
            throw DecodingError.dataCorruptedError(
                forKey: .measure, in: container,
                debugDescription: "measure \(measure) does not match the rule id's measure \(id.measure)")
        }
        summary = try container.decode(LocalizedText.self, forKey: .summary)
        condition = try container.decode(Condition.self, forKey: .condition)
        let effects = try container.decode([Effect].self, forKey: .effects)
        self.effects = effects
        let dispositions = effects.indices.filter { if case .disposition = effects[$0] { true } else { false } }
        if dispositions.count > 1 {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: container.codingPath + [CodingKeys.effects, AnyRuleKey(index: dispositions[1])],
                debugDescription: "a second disposition (effects[\(dispositions[0])] is one); a rule yields at most one"))
        }
        overrides = try container.decodeIfPresent([RuleID].self, forKey: .overrides) ?? []
        timeLimitStart = try container.decodeIfPresent(TimeLimitStart.self, forKey: .timeLimitStart) ?? .laterOfAnchorAndEffectiveDate
        acknowledgedTimeLimitConflicts = try container.decodeIfPresent([RuleID].self, forKey: .acknowledgedTimeLimitConflicts) ?? []
    }

    /// Encodes the rule with its `measure` spelled out for readers.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(measure, forKey: .measure)
        try container.encode(summary, forKey: .summary)
        try container.encode(condition, forKey: .condition)
        try container.encode(effects, forKey: .effects)
        try container.encode(overrides, forKey: .overrides)
        try container.encode(timeLimitStart, forKey: .timeLimitStart)
        try container.encode(acknowledgedTimeLimitConflicts, forKey: .acknowledgedTimeLimitConflicts)
    }
}
