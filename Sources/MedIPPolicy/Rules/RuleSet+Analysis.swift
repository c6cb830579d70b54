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
        /// The analyser could not decide within its search budget whether a condition (or two
        /// together) can hold — only for very large conditions; nothing is claimed about them.
        case undecided
        /// Two rules can fire together, one setting a time limit (a binding due date or a
        /// green-channel date) and the other holding the product until a date of another
        /// anchor (await the opinion, defer), so both cannot in general be met, and the pair is
        /// not acknowledged in ``Rule/acknowledgedTimeLimitConflicts``.
        case timeLimitConflict
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

extension AnalysisFinding {
    /// An ``Kind/undecided`` finding: `question` was not decided within the search budget.
    static func undecided(_ rules: [RuleID], _ question: String) -> AnalysisFinding {
        AnalysisFinding(kind: .undecided, rules: rules, message: "\(question) was not decided within the search budget", counterexample: nil)
    }
}

extension RuleSet {
    /// Checks the rule set exhaustively over the predicate space.
    ///
    /// For every pair of rules whose dispositions the lattice does not settle
    /// (``DispositionKind/latticeSettles(_:)``), or that yield the same disposition with different
    /// dates, it decides exactly whether some truth assignment of the predicates (respecting the
    /// ``PredicateConstraint``s) makes both fire when neither overrides the other, and reports
    /// the one with the fewest true predicates as the counterexample — for conditions over any
    /// number of predicates. It also reports rules that can never fire, override cycles,
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
            switch Self.satisfiability([rule.condition], constraints: constraints) {
            case .unsatisfiable:
                findings.append(AnalysisFinding(kind: .neverFires, rules: [rule.id], message: "the condition \(rule.condition) cannot hold", counterexample: nil))
            case .undecided:
                findings.append(.undecided([rule.id], "whether the condition can hold"))
            case .satisfiable:
                break
            }
        }
        findings += overrideCycles()
        let byID = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for rule in rules {
            for target in rule.overrides {
                guard let other = byID[target] else { continue }
                switch Self.satisfiability([rule.condition, other.condition], constraints: constraints) {
                case .unsatisfiable:
                    findings.append(AnalysisFinding(kind: .vacuousOverride, rules: [rule.id, target], message: "the two rules can never fire together, so the override never applies", counterexample: nil))
                case .undecided:
                    findings.append(.undecided([rule.id, target], "whether the two rules can fire together"))
                case .satisfiable:
                    break
                }
            }
        }
        for (i, a) in rules.enumerated() {
            guard let da = a.disposition else { continue }
            for b in rules[(i + 1)...] {
                guard let db = b.disposition, a.id != b.id else { continue }
                let clash = !da.kind.latticeSettles(db.kind) || (da.kind == db.kind && da.date != db.date)
                guard clash, !a.overrides.contains(b.id), !b.overrides.contains(a.id) else { continue }
                switch Self.satisfiability([a.condition, b.condition], constraints: constraints) {
                case .unsatisfiable:
                    break
                case .undecided:
                    findings.append(.undecided([a.id, b.id], "whether the two rules can apply together"))
                case .satisfiable(let witness):
                    findings.append(AnalysisFinding(
                        kind: .conflict, rules: [a.id, b.id],
                        message: "\(da.kind.rawValue)\(da.date.map { " (\($0))" } ?? "") and \(db.kind.rawValue)\(db.date.map { " (\($0))" } ?? "") can both apply and neither rule overrides the other",
                        counterexample: witness))
                }
            }
        }
        findings += timeLimitConflictFindings(constraints: constraints)
        return findings
    }

    /// An assignment with the fewest true predicates under which all conditions hold and the
    /// constraints are respected (the predicates that hold, in predicate order), or `nil` when
    /// there is none. Exact for any number of predicates.
    ///
    /// The constraints are two-literal clauses, each with a negated literal (`a → b` is
    /// `¬a ∨ b`, `a excludes b` is `¬a ∨ ¬b`), so a conjunction of literals is consistent with
    /// them exactly when the closure of its true literals under the implications meets none of
    /// its false literals and holds no excluded pair; every other predicate can then be false.
    /// The conditions are expanded to disjunctive normal form and the smallest consistent
    /// closure wins (ties broken as an enumeration of the relevant predicates by bit mask would
    /// break them). A condition too large to expand (over 256 terms) is searched by branch and
    /// bound instead, with the same answer.
    static func satisfyingAssignment(_ conditions: [Condition], constraints: [PredicateConstraint]) -> [Predicate]? {
        if case .satisfiable(let witness) = satisfiability(conditions, constraints: constraints) { return witness }
        return nil
    }

    /// Whether conditions can hold together, and if so the witness of
    /// ``satisfyingAssignment(_:constraints:)``.
    enum Satisfiability: Equatable {
        case satisfiable([Predicate])
        case unsatisfiable
        /// The branch and bound spent `searchBudget` steps without finding an assignment.
        case undecided
    }

    /// ``satisfyingAssignment(_:constraints:)`` with the third answer: a condition too large to
    /// expand whose search exceeds `searchBudget` steps before any assignment is found is
    /// `undecided` (with an assignment found but not proven minimal, that assignment is
    /// returned). The default budget keeps any rule set's analysis within seconds.
    static func satisfiability(
        _ conditions: [Condition], constraints: [PredicateConstraint], searchBudget: Int = 1 << 20
    ) -> Satisfiability {
        var relevant = Set(conditions.flatMap(\.predicates))
        var changed = true
        while changed {
            changed = false
            for constraint in constraints where !Set(constraint.predicates).isDisjoint(with: relevant) {
                for predicate in constraint.predicates where relevant.insert(predicate).inserted { changed = true }
            }
        }
        let variables = relevant.sorted()
        let applicable = constraints.filter { Set($0.predicates).isSubset(of: relevant) }
        func bit(_ predicate: Predicate) -> UInt64 { 1 << UInt64(predicate.ordinalIndex) }
        guard let terms = CompiledRuleSet.dnf(.all(conditions), negated: false) else {
            return backtrackingAssignment(conditions, variables: variables, constraints: applicable, budget: searchBudget)
        }
        // The implications' closure of a set of true predicates, as predicate bits.
        func closure(_ start: UInt64) -> UInt64 {
            var set = start
            var grew = true
            while grew {
                grew = false
                for case .implies(let a, let b) in applicable where set & bit(a) != 0 && set & bit(b) == 0 {
                    set |= bit(b)
                    grew = true
                }
            }
            return set
        }
        // The rank an enumeration over `variables` by (true count, mask) gives an assignment.
        func rank(_ set: UInt64) -> (Int, UInt64) {
            var mask: UInt64 = 0
            for (index, predicate) in variables.enumerated() where set & bit(predicate) != 0 { mask |= 1 << UInt64(index) }
            return (set.nonzeroBitCount, mask)
        }
        var best: UInt64?
        for term in terms {
            let truths = closure(term.required)
            guard truths & term.forbidden == 0 else { continue }
            let excluded = applicable.contains { constraint in
                if case .excludes(let a, let b) = constraint { return truths & bit(a) != 0 && truths & bit(b) != 0 }
                return false
            }
            guard !excluded else { continue }
            if best.map({ rank(truths) < rank($0) }) ?? true { best = truths }
        }
        guard let best else { return .unsatisfiable }
        return .satisfiable(variables.filter { best & bit($0) != 0 })
    }

    /// The minimal satisfying assignment by branch and bound over `variables` with three-valued
    /// evaluation: variables are decided from the last to the first, false before true, so
    /// assignments are met in increasing bit-mask order and the first found with a given number
    /// of true predicates is the enumeration's choice among them; a branch stops as soon as a
    /// condition or a constraint is decided false, or it cannot beat the best found.
    private static func backtrackingAssignment(
        _ conditions: [Condition], variables: [Predicate], constraints: [PredicateConstraint], budget: Int
    ) -> Satisfiability {
        var values: [Predicate: Bool] = [:]
        var trueCount = 0
        var best: (count: Int, truths: [Predicate])?
        var steps = 0
        func consistent() -> Bool {
            !conditions.contains { $0.partialValue({ values[$0] }) == false }
                && !constraints.contains { constraint in
                    switch constraint {
                    case .implies(let a, let b): values[a] == true && values[b] == false
                    case .excludes(let a, let b): values[a] == true && values[b] == true
                    }
                }
        }
        func search(_ remaining: Int) {
            steps += 1
            if steps > budget { return }
            if let best, trueCount >= best.count { return }
            guard consistent() else { return }
            guard remaining > 0 else {
                best = (trueCount, variables.filter { values[$0] == true })
                return
            }
            let variable = variables[remaining - 1]
            values[variable] = false
            search(remaining - 1)
            values[variable] = true
            trueCount += 1
            search(remaining - 1)
            trueCount -= 1
            values[variable] = nil
        }
        search(variables.count)
        if let best { return .satisfiable(best.truths) }
        return steps > budget ? .undecided : .unsatisfiable
    }

    /// Every override cycle, each reported once (depth-first, iterative: linear in the rules and
    /// overrides, whatever the length of a chain).
    func overrideCycles() -> [AnalysisFinding] {
        let graph = Dictionary(rules.map { ($0.id, $0.overrides) }, uniquingKeysWith: { a, b in a + b })
        var done = Set<RuleID>()
        var onPath: [RuleID: Int] = [:]  // position on the current path
        var findings: [AnalysisFinding] = []
        var reported = Set<Set<RuleID>>()
        for root in rules.map(\.id).sorted() where !done.contains(root) {
            var path: [RuleID] = [root]
            var next: [Int] = [0]  // per path entry, the index of the next override to follow
            onPath[root] = 0
            while let node = path.last, let position = next.last {
                let targets = graph[node] ?? []
                guard position < targets.count else {
                    onPath[node] = nil
                    done.insert(node)
                    path.removeLast()
                    next.removeLast()
                    continue
                }
                next[next.count - 1] += 1
                let target = targets[position]
                if let start = onPath[target] {
                    let cycle = Array(path[start...])
                    if reported.insert(Set(cycle)).inserted {
                        findings.append(AnalysisFinding(kind: .overrideCycle, rules: cycle, message: "overrides form a cycle", counterexample: nil))
                    }
                } else if !done.contains(target), graph[target] != nil {
                    onPath[target] = path.count
                    path.append(target)
                    next.append(0)
                }
            }
        }
        return findings
    }
}
