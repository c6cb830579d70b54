/// A defect the analyser found in a rule set.
public struct AnalysisFinding: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The kinds of defect.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Two rules can fire together with dispositions the lattice does not settle, and neither
        /// overrides the other.
        case conflict
        /// A rule's condition cannot hold on any case.
        case neverFires
        /// Overrides form a cycle.
        case overrideCycle
        /// A rule cites a measure the catalog does not hold.
        case unknownMeasure
        /// A rule overrides a rule the set does not hold.
        case unknownOverride
        /// Two rules share an id.
        case duplicateID
        /// A rule yields more than one disposition.
        case multipleDispositions
        /// An obligation names an actor not in the department registry.
        case unknownActor
        /// A rule overrides another that can never fire together with it.
        case vacuousOverride
    }

    /// The kind of defect.
    public var kind: Kind
    /// The rules involved.
    public var rules: [RuleID]
    /// What is wrong, in English.
    public var message: String
    /// For conflicts and vacuous overrides: the truth assignment (predicates that hold; every other
    /// predicate is false) under which it shows.
    public var counterexample: [Predicate]?

    /// `kind: rules — message`.
    public var description: String {
        var text = "\(kind.rawValue): \(rules.map(\.description).joined(separator: ", ")) — \(message)"
        if let counterexample {
            text += " [when: \(counterexample.isEmpty ? "nothing holds" : counterexample.map(\.rawValue).joined(separator: ", "))]"
        }
        return text
    }
}

extension RuleSet {
    /// Checks the rule set exhaustively over the predicate space.
    ///
    /// For every pair of rules whose dispositions the lattice does not settle
    /// (``DispositionKind/latticeSettles(_:)``), or that yield the same disposition with different
    /// dates, it enumerates every truth assignment of the predicates the two conditions mention
    /// (closed under ``PredicateConstraint``s) and reports the first under which both fire when
    /// neither overrides the other. It also reports rules that can never fire, override cycles,
    /// overrides that can never matter, unknown measures, rules and actors, duplicate ids and
    /// rules with several dispositions. The shipped ``standard`` set has no findings.
    public func analyze(
        catalog: Catalog = .standard, constraints: [PredicateConstraint] = PredicateConstraint.standard
    ) -> [AnalysisFinding] {
        var findings: [AnalysisFinding] = []
        var seen = Set<RuleID>()
        for rule in rules where !seen.insert(rule.id).inserted {
            findings.append(AnalysisFinding(kind: .duplicateID, rules: [rule.id], message: "the id is used more than once", counterexample: nil))
        }
        let ids = Set(rules.map(\.id))
        for rule in rules {
            if catalog.measure(rule.measure) == nil {
                findings.append(AnalysisFinding(kind: .unknownMeasure, rules: [rule.id], message: "cites \(rule.measure), which the catalog does not hold", counterexample: nil))
            }
            for target in rule.overrides where !ids.contains(target) {
                findings.append(AnalysisFinding(kind: .unknownOverride, rules: [rule.id], message: "overrides \(target), which the set does not hold", counterexample: nil))
            }
            let dispositions = rule.effects.filter { if case .disposition = $0 { true } else { false } }
            if dispositions.count > 1 {
                findings.append(AnalysisFinding(kind: .multipleDispositions, rules: [rule.id], message: "yields \(dispositions.count) dispositions; a rule yields at most one", counterexample: nil))
            }
            for effect in rule.effects {
                if case .obligation(let obligation) = effect, Department.lookup(obligation.actor) == nil {
                    findings.append(AnalysisFinding(kind: .unknownActor, rules: [rule.id], message: "obligation \(obligation.code) names actor \(obligation.actor), not in the registry", counterexample: nil))
                }
            }
            if Self.satisfyingAssignment([rule.condition], constraints: constraints) == nil {
                findings.append(AnalysisFinding(kind: .neverFires, rules: [rule.id], message: "the condition \(rule.condition) cannot hold", counterexample: nil))
            }
        }
        findings += overrideCycles()
        let byID = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for rule in rules {
            for target in rule.overrides {
                guard let other = byID[target] else { continue }
                if Self.satisfyingAssignment([rule.condition, other.condition], constraints: constraints) == nil {
                    findings.append(AnalysisFinding(kind: .vacuousOverride, rules: [rule.id, target], message: "the two rules can never fire together, so the override never applies", counterexample: nil))
                }
            }
        }
        for (i, a) in rules.enumerated() {
            guard let da = a.disposition else { continue }
            for b in rules[(i + 1)...] {
                guard let db = b.disposition, a.id != b.id else { continue }
                let clash = !da.kind.latticeSettles(db.kind) || (da.kind == db.kind && da.date != db.date)
                guard clash, !a.overrides.contains(b.id), !b.overrides.contains(a.id) else { continue }
                if let witness = Self.satisfyingAssignment([a.condition, b.condition], constraints: constraints) {
                    findings.append(AnalysisFinding(
                        kind: .conflict, rules: [a.id, b.id],
                        message: "\(da.kind.rawValue)\(da.date.map { " (\($0))" } ?? "") and \(db.kind.rawValue)\(db.date.map { " (\($0))" } ?? "") can both apply and neither rule overrides the other",
                        counterexample: witness))
                }
            }
        }
        return findings
    }

    /// The first assignment (fewest true predicates first) under which all conditions hold and
    /// the constraints are respected, or `nil` when there is none. Enumerates the predicates the
    /// conditions mention, closed under the constraints.
    static func satisfyingAssignment(_ conditions: [Condition], constraints: [PredicateConstraint]) -> [Predicate]? {
        var relevant = Set(conditions.flatMap(\.predicates))
        var changed = true
        while changed {
            changed = false
            for constraint in constraints where !Set(constraint.predicates).isDisjoint(with: relevant) {
                for predicate in constraint.predicates where relevant.insert(predicate).inserted { changed = true }
            }
        }
        let variables = relevant.sorted()
        guard variables.count <= 20 else { return nil }
        let applicable = constraints.filter { Set($0.predicates).isSubset(of: relevant) }
        // Enumerate by number of true predicates so the counterexample is minimal.
        let count = variables.count
        var masks = Array(0..<(1 << count))
        masks.sort { ($0.nonzeroBitCount, $0) < ($1.nonzeroBitCount, $1) }
        for mask in masks {
            let facts: (Predicate) -> Bool = { predicate in
                guard let index = variables.firstIndex(of: predicate) else { return false }
                return mask & (1 << index) != 0
            }
            guard applicable.allSatisfy({ $0.isSatisfied(by: facts) }) else { continue }
            if conditions.allSatisfy({ $0.holds(given: facts) }) {
                return variables.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
            }
        }
        return nil
    }

    func overrideCycles() -> [AnalysisFinding] {
        let graph = Dictionary(rules.map { ($0.id, $0.overrides) }, uniquingKeysWith: { a, b in a + b })
        var state: [RuleID: Int] = [:]  // 1 visiting, 2 done
        var findings: [AnalysisFinding] = []
        var reported = Set<Set<RuleID>>()
        func visit(_ node: RuleID, _ path: [RuleID]) {
            state[node] = 1
            let here = path + [node]
            for next in graph[node] ?? [] {
                if state[next] == 1, let start = here.firstIndex(of: next) {
                    let cycle = Array(here[start...])
                    if reported.insert(Set(cycle)).inserted {
                        findings.append(AnalysisFinding(kind: .overrideCycle, rules: cycle, message: "overrides form a cycle", counterexample: nil))
                    }
                } else if state[next] == nil, graph[next] != nil {
                    visit(next, here)
                }
            }
            state[node] = 2
        }
        for rule in rules.map(\.id).sorted() where state[rule] == nil {
            visit(rule, [])
        }
        return findings
    }
}
