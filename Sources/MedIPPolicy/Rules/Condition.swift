/// When a rule applies: a tree of `all` / `any` / `not` over ``Predicate``s.
///
/// Conditions are plain values (no closures), so rules can be listed, serialised, compared and
/// analysed. Write them with the operators `&&`, `||` and prefix `!`, and the static members
/// named after each predicate: `.objectionFoundRisk && .disputeFiled`.
///
/// JSON form: a predicate is its name (`"disputeFiled"`); `{"all": [ … ]}`, `{"any": [ … ]}`
/// and `{"not": … }` combine them. `{"all": []}` is always true and `{"any": []}` never.
public indirect enum Condition: Sendable, Hashable {
    /// Holds when the predicate holds.
    case predicate(Predicate)
    /// Holds when the inner condition does not.
    case not(Condition)
    /// Holds when every part holds (true when empty).
    case all([Condition])
    /// Holds when at least one part holds (false when empty).
    case any([Condition])

    /// The condition that always holds.
    public static let always = Condition.all([])

    /// Every predicate the condition mentions, in vocabulary order, each once.
    public var predicates: [Predicate] {
        var found = Set<Predicate>()
        collect(into: &found)
        return found.sorted()
    }

    private func collect(into found: inout Set<Predicate>) {
        switch self {
        case .predicate(let predicate): found.insert(predicate)
        case .not(let inner): inner.collect(into: &found)
        case .all(let parts), .any(let parts): for part in parts { part.collect(into: &found) }
        }
    }

    /// Evaluates the condition against a truth assignment.
    public func holds(given facts: (Predicate) -> Bool) -> Bool {
        switch self {
        case .predicate(let predicate): facts(predicate)
        case .not(let inner): !inner.holds(given: facts)
        case .all(let parts): parts.allSatisfy { $0.holds(given: facts) }
        case .any(let parts): parts.contains { $0.holds(given: facts) }
        }
    }

    /// The condition's value under a partial assignment (three-valued: `nil` when the predicates
    /// assigned so far do not decide it).
    func partialValue(_ facts: (Predicate) -> Bool?) -> Bool? {
        switch self {
        case .predicate(let predicate):
            return facts(predicate)
        case .not(let inner):
            return inner.partialValue(facts).map { !$0 }
        case .all(let parts):
            return Condition.partialValue(of: parts, decidedBy: false, facts)
        case .any(let parts):
            return Condition.partialValue(of: parts, decidedBy: true, facts)
        }
    }

    /// A conjunction (`decisive` false) or disjunction (`decisive` true) under a partial
    /// assignment: `decisive` as soon as one part has that value, undecided while any part is,
    /// otherwise the other value.
    private static func partialValue(of parts: [Condition], decidedBy decisive: Bool, _ facts: (Predicate) -> Bool?) -> Bool? {
        var undecided = false
        for part in parts {
            guard let value = part.partialValue(facts) else {
                undecided = true
                continue
            }
            if value == decisive { return decisive }
        }
        return undecided ? nil : !decisive
    }

    /// The number of nodes in the tree.
    public var size: Int {
        switch self {
        case .predicate: 1
        case .not(let inner): 1 + inner.size
        case .all(let parts), .any(let parts): 1 + parts.reduce(0) { $0 + $1.size }
        }
    }

    /// The nesting depth (a lone predicate is 1).
    public var depth: Int {
        switch self {
        case .predicate: 1
        case .not(let inner): 1 + inner.depth
        case .all(let parts), .any(let parts): 1 + (parts.map(\.depth).max() ?? 0)
        }
    }

    /// Both conditions hold; nested `all`s are flattened.
    public static func && (lhs: Condition, rhs: Condition) -> Condition {
        var parts: [Condition] = []
        for side in [lhs, rhs] {
            if case .all(let inner) = side { parts += inner } else { parts.append(side) }
        }
        return .all(parts)
    }

    /// Either condition holds; nested `any`s are flattened.
    public static func || (lhs: Condition, rhs: Condition) -> Condition {
        var parts: [Condition] = []
        for side in [lhs, rhs] {
            if case .any(let inner) = side { parts += inner } else { parts.append(side) }
        }
        return .any(parts)
    }

    /// The condition does not hold.
    public static prefix func ! (operand: Condition) -> Condition { .not(operand) }
}

extension Condition: CustomStringConvertible {
    /// A compact infix form, e.g. `objectionFoundRisk ∧ disputeFiled ∧ ¬listed`.
    public var description: String {
        switch self {
        case .predicate(let predicate): predicate.rawValue
        case .not(let inner):
            if case .predicate = inner { "¬" + inner.description } else { "¬(" + inner.description + ")" }
        case .all(let parts):
            parts.isEmpty ? "⊤" : parts.map { part in
                if case .any = part { "(" + part.description + ")" } else { part.description }
            }.joined(separator: " ∧ ")
        case .any(let parts):
            parts.isEmpty ? "⊥" : parts.map { part in
                if case .all = part { "(" + part.description + ")" } else { part.description }
            }.joined(separator: " ∨ ")
        }
    }
}
