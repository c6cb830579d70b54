/// A part of a rule written with the ``RuleBuilder`` DSL.
public enum RuleComponent: Sendable, Hashable {
    /// A condition; several are joined with `&&`.
    case condition(Condition)
    /// An effect.
    case effect(Effect)
    /// Rules this one is an exception to.
    case overrides([RuleID])
    /// Rules whose holds may clash with this one's time limit, as the texts leave open.
    case acknowledgedTimeLimitConflicts([RuleID])
}

/// The condition part of a rule in the DSL: `When(.objectionFoundRisk && .disputeFiled)`.
public struct When: Sendable, Hashable {
    /// The condition.
    public var condition: Condition
    /// Wraps a condition.
    public init(_ condition: Condition) { self.condition = condition }
}

/// The exception part of a rule in the DSL: `Overrides("beijing-2024-5#12/green-channel")`.
public struct Overrides: Sendable, Hashable {
    /// The rules overridden.
    public var rules: [RuleID]
    /// Names rules by their text ids; an id that does not parse is kept as an unknown-rule id
    /// the analyser reports, rather than being dropped.
    public init(_ ids: String...) {
        rules = ids.map { RuleID($0) ?? RuleID(MeasureID("invalid", 1), "unparsable-id") }
    }
    /// Names rules by id.
    public init(_ ids: [RuleID]) { rules = ids }
}

/// The acknowledged-conflict part of a rule in the DSL:
/// `AcknowledgesTimeLimitConflict(with: "national-2022-45#4/await-opinion")` (see
/// ``Rule/acknowledgedTimeLimitConflicts``).
public struct AcknowledgesTimeLimitConflict: Sendable, Hashable {
    /// The rules whose holds may clash with the time limit.
    public var rules: [RuleID]
    /// Names rules by their text ids; an id that does not parse is kept as an unknown-rule id.
    public init(with ids: String...) {
        rules = ids.map { RuleID($0) ?? RuleID(MeasureID("invalid", 1), "unparsable-id") }
    }
}

/// Builds a rule's components from `When`, effects and `Overrides` written one per line.
@resultBuilder
public enum RuleBuilder {
    /// A condition line.
    public static func buildExpression(_ expression: When) -> [RuleComponent] { [.condition(expression.condition)] }
    /// An effect line.
    public static func buildExpression(_ expression: Effect) -> [RuleComponent] { [.effect(expression)] }
    /// An overrides line.
    public static func buildExpression(_ expression: Overrides) -> [RuleComponent] { [.overrides(expression.rules)] }
    /// An acknowledged-conflict line.
    public static func buildExpression(_ expression: AcknowledgesTimeLimitConflict) -> [RuleComponent] {
        [.acknowledgedTimeLimitConflicts(expression.rules)]
    }
    /// Joins the lines in order.
    public static func buildBlock(_ parts: [RuleComponent]...) -> [RuleComponent] { parts.flatMap { $0 } }
    /// Supports `if` without `else`.
    public static func buildOptional(_ part: [RuleComponent]?) -> [RuleComponent] { part ?? [] }
    /// Supports `if`/`else`, first branch.
    public static func buildEither(first part: [RuleComponent]) -> [RuleComponent] { part }
    /// Supports `if`/`else`, second branch.
    public static func buildEither(second part: [RuleComponent]) -> [RuleComponent] { part }
}

/// Builds a list of rules written one after another.
@resultBuilder
public enum RuleSetBuilder {
    /// A rule.
    public static func buildExpression(_ expression: Rule) -> [Rule] { [expression] }
    /// Several rules (e.g. from a helper function).
    public static func buildExpression(_ expression: [Rule]) -> [Rule] { expression }
    /// Joins the rules in order.
    public static func buildBlock(_ parts: [Rule]...) -> [Rule] { parts.flatMap { $0 } }
    /// Supports `if` without `else`.
    public static func buildOptional(_ part: [Rule]?) -> [Rule] { part ?? [] }
    /// Supports `if`/`else`, first branch.
    public static func buildEither(first part: [Rule]) -> [Rule] { part }
    /// Supports `if`/`else`, second branch.
    public static func buildEither(second part: [Rule]) -> [Rule] { part }
}

extension Rule {
    /// Writes a rule with the DSL:
    ///
    /// ```swift
    /// Rule(MeasureID(.beijing2026_3, 8), "suspend-new-listing-review",
    ///      zh: "…", en: "…") {
    ///     When(.applyingForListing && .objectionFoundRisk && .disputeFiled)
    ///     Effect.dispose(.suspendNewListingReview)
    /// }
    /// ```
    ///
    /// Several `When` lines are joined with `&&`; none means the rule always applies.
    public init(
        _ measure: MeasureID, _ slug: String, zh: String, en: String,
        @RuleBuilder _ body: () -> [RuleComponent]
    ) {
        var conditions: [Condition] = []
        var effects: [Effect] = []
        var overrides: [RuleID] = []
        var acknowledged: [RuleID] = []
        for component in body() {
            switch component {
            case .condition(let condition): conditions.append(condition)
            case .effect(let effect): effects.append(effect)
            case .overrides(let ids): overrides += ids
            case .acknowledgedTimeLimitConflicts(let ids): acknowledged += ids
            }
        }
        let condition: Condition = conditions.count == 1 ? conditions[0] : .all(conditions)
        self.init(
            id: RuleID(measure, slug), summary: LocalizedText(zh: zh, en: en), condition: condition,
            effects: effects, overrides: overrides, acknowledgedTimeLimitConflicts: acknowledged)
    }
}

extension Effect {
    /// A disposition effect, optionally carrying a date.
    public static func dispose(_ kind: DispositionKind, on date: DateExpression? = nil) -> Effect {
        .disposition(DispositionTemplate(kind, date: date))
    }

    /// An obligation effect with the force of its clause (a duty unless said otherwise).
    public static func oblige(
        _ code: String, actor: Department, zh: String, en: String, due: DateExpression? = nil, modality: Modality = .must
    ) -> Effect {
        .obligation(ObligationTemplate(
            code: code, actor: actor.id, action: LocalizedText(zh: zh, en: en), due: due, modality: modality))
    }
}
