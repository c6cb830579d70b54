/// The facts of one case on one date, as the compiled rules read them: one bit per predicate,
/// the dates anchors resolve to, and (when tracing) the evidence paths.
package struct FactSet: Sendable {
    /// Bit `p.ordinalIndex` is set when predicate `p` holds.
    package var mask: UInt64 = 0
    /// The date of each anchor the case provides.
    package var anchors: [DateAnchor: CivilDate] = [:]
    /// Evidence paths per predicate.
    package var evidence: [Predicate: [String]] = [:]
    /// The case field each anchor's date comes from (e.g. `round.applicationDate`); none for
    /// ``DateAnchor/asOf``.
    package var anchorSources: [DateAnchor: String] = [:]

    package init() {}

    /// Whether a predicate holds.
    package func holds(_ predicate: Predicate) -> Bool {
        mask & (1 << UInt64(predicate.ordinalIndex)) != 0
    }

    /// Records a predicate's value with its evidence.
    package mutating func set(_ predicate: Predicate, _ value: Bool, evidence paths: [String] = []) {
        let bit: UInt64 = 1 << UInt64(predicate.ordinalIndex)
        if value { mask |= bit } else { mask &= ~bit }
        if !paths.isEmpty { evidence[predicate] = paths }
    }
}

/// A rule set compiled for fast evaluation: each condition in disjunctive normal form over the
/// predicate bit mask, overrides as indices.
package struct CompiledRuleSet: Sendable {
    package struct Term: Sendable, Hashable {
        package var required: UInt64
        package var forbidden: UInt64
    }

    package struct CompiledRule: Sendable {
        package let rule: Rule
        /// The condition in DNF; `nil` when it was too large to expand (evaluated as a tree).
        package let terms: [Term]?
        /// Indices of the rules this one overrides (unknown ids are ignored: the rule they name
        /// is not in this regime).
        package let overrides: [Int]
    }

    package let rules: [CompiledRule]

    /// Terms above which a condition is evaluated as a tree instead.
    static let maximumTerms = 256

    package init(_ set: RuleSet) {
        let sorted = set.rules.sorted { $0.id < $1.id }
        let index = Dictionary(sorted.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        rules = sorted.map { rule in
            CompiledRule(
                rule: rule,
                terms: CompiledRuleSet.dnf(rule.condition, negated: false),
                overrides: rule.overrides.compactMap { index[$0] })
        }
    }

    /// The condition in DNF, contradictory terms removed; `nil` past ``maximumTerms``.
    static func dnf(_ condition: Condition, negated: Bool) -> [Term]? {
        switch condition {
        case .predicate(let predicate):
            let bit: UInt64 = 1 << UInt64(predicate.ordinalIndex)
            return [negated ? Term(required: 0, forbidden: bit) : Term(required: bit, forbidden: 0)]
        case .not(let inner):
            return dnf(inner, negated: !negated)
        case .all(let parts), .any(let parts):
            let conjunctive: Bool = {
                if case .all = condition { return !negated }
                return negated
            }()
            if conjunctive {
                var terms = [Term(required: 0, forbidden: 0)]
                for part in parts {
                    guard let partTerms = dnf(part, negated: negated) else { return nil }
                    var product: [Term] = []
                    for a in terms {
                        for b in partTerms {
                            let term = Term(required: a.required | b.required, forbidden: a.forbidden | b.forbidden)
                            if term.required & term.forbidden == 0 { product.append(term) }
                        }
                    }
                    terms = product
                    if terms.count > maximumTerms { return nil }
                }
                return terms
            } else {
                var terms: [Term] = []
                for part in parts {
                    guard let partTerms = dnf(part, negated: negated) else { return nil }
                    terms += partTerms
                    if terms.count > maximumTerms { return nil }
                }
                return terms
            }
        }
    }

    /// The predicates that made rule `index` fire — those of the first satisfied DNF term, with
    /// the values the term needs — or every predicate the condition reads when it was evaluated
    /// as a tree.
    package func reasons(_ index: Int, _ facts: FactSet) -> [Predicate] {
        let compiled = rules[index]
        guard let terms = compiled.terms,
              let term = terms.first(where: { facts.mask & $0.required == $0.required && facts.mask & $0.forbidden == 0 })
        else { return compiled.rule.condition.predicates }
        let bits = term.required | term.forbidden
        return Predicate.allCases.filter { bits & (1 << UInt64($0.ordinalIndex)) != 0 }
    }

    /// Whether rule `index` fires on the facts.
    @inline(__always)
    package func fires(_ index: Int, _ facts: FactSet) -> Bool {
        let compiled = rules[index]
        guard let terms = compiled.terms else {
            return compiled.rule.condition.holds { facts.holds($0) }
        }
        let mask = facts.mask
        for term in terms where mask & term.required == term.required && mask & term.forbidden == 0 {
            return true
        }
        return false
    }
}

extension Condition {
    /// The first part of a condition that is false on the facts (call only when it is false).
    func firstFailure(_ facts: (Predicate) -> Bool) -> ConditionFailure? {
        switch self {
        case .predicate(let predicate):
            return ConditionFailure(predicate: predicate, needed: true)
        case .not(let inner):
            return inner.firstSuccess(facts)
        case .all(let parts):
            return parts.first { !$0.holds(given: facts) }?.firstFailure(facts)
        case .any(let parts):
            return parts.first?.firstFailure(facts)
        }
    }

    /// The first part that makes a condition true, as the failure of its negation.
    func firstSuccess(_ facts: (Predicate) -> Bool) -> ConditionFailure? {
        switch self {
        case .predicate(let predicate):
            return ConditionFailure(predicate: predicate, needed: false)
        case .not(let inner):
            return inner.firstFailure(facts)
        case .all(let parts):
            return parts.first?.firstSuccess(facts)
        case .any(let parts):
            return parts.first { $0.holds(given: facts) }?.firstSuccess(facts)
        }
    }
}
