/// Work units left for an analysis (see ``RuleSet/analyze(catalog:constraints:budget:)`` for
/// what a unit is).
struct WorkBudget {
    /// Units not yet spent (never negative).
    var remaining: Int

    init(_ units: Int) { remaining = max(0, units) }

    /// Spends `units` and returns `true`, or spends all that is left and returns `false` when
    /// fewer remain.
    mutating func spend(_ units: Int) -> Bool {
        guard remaining >= units else {
            remaining = 0
            return false
        }
        remaining -= units
        return true
    }
}

/// Whether conditions can hold together under the predicate constraints, and the assignment
/// with the fewest true predicates that shows it (library-internal).
///
/// Every predicate is one bit of a `UInt64` (``Predicate/ordinalIndex``). The constraints are
/// two-literal clauses, each with a negated literal (`a → b` is `¬a ∨ b`, `a excludes b` is
/// `¬a ∨ ¬b`), so a conjunction of literals is consistent with them exactly when the closure of
/// its true literals under the implications meets none of its false literals and holds no
/// excluded pair; every other predicate can then be false. So when the conditions have normal
/// forms, the smallest consistent closure over the combined terms is the answer, with ties
/// broken as an enumeration of the relevant predicates by bit mask would break them; otherwise a
/// branch and bound finds the same assignment.
struct SatisfiabilityProblem {
    /// The answer to a problem.
    enum Answer: Equatable {
        /// The conditions can hold together; the predicates that hold in the minimal witness.
        case satisfiable([Predicate])
        /// They cannot.
        case unsatisfiable
        /// The budget ran out first.
        case undecided
    }

    /// One condition prepared once for all the questions it takes part in.
    struct Form {
        /// A conjunction of literals: the predicates that must hold and those that must not.
        struct Term: Hashable {
            var required: UInt64
            var forbidden: UInt64
        }

        /// The most terms a condition's normal form may have to be kept.
        static let maximumTerms = 256

        /// One node of the condition in prefix order; `end` is the index just past its subtree.
        struct Node {
            enum Operation: UInt8 { case predicate, not, all, any }
            var operation: Operation
            var bit: UInt64
            var end: Int
        }

        /// The condition as a flat program for the search's three-valued evaluation.
        let program: [Node]
        /// The predicates the condition mentions.
        let mask: UInt64
        /// The disjunctive normal form, or `nil` when it has more than ``maximumTerms`` terms or
        /// the budget ran out while forming it.
        let terms: [Term]?

        /// Prepares a condition, spending a unit per node and per term formed.
        init(_ condition: Condition, budget: inout WorkBudget) {
            var program: [Node] = []
            Self.flatten(condition, into: &program)
            _ = budget.spend(program.count)
            self.program = program
            mask = program.reduce(0) { $0 | $1.bit }
            terms = Self.normalForm(condition, negated: false, budget: &budget)
        }

        private static func flatten(_ condition: Condition, into program: inout [Node]) {
            let index = program.count
            switch condition {
            case .predicate(let predicate):
                program.append(Node(operation: .predicate, bit: SatisfiabilityProblem.bit(predicate), end: index + 1))
                return
            case .not(let inner):
                program.append(Node(operation: .not, bit: 0, end: 0))
                flatten(inner, into: &program)
            case .all(let parts), .any(let parts):
                var isAll = false
                if case .all = condition { isAll = true }
                program.append(Node(operation: isAll ? .all : .any, bit: 0, end: 0))
                for part in parts { flatten(part, into: &program) }
            }
            program[index].end = program.count
        }

        private static func normalForm(_ condition: Condition, negated: Bool, budget: inout WorkBudget) -> [Term]? {
            guard budget.spend(1) else { return nil }
            switch condition {
            case .predicate(let predicate):
                let bit = SatisfiabilityProblem.bit(predicate)
                return [negated ? Term(required: 0, forbidden: bit) : Term(required: bit, forbidden: 0)]
            case .not(let inner):
                return normalForm(inner, negated: !negated, budget: &budget)
            case .all(let parts), .any(let parts):
                var isAll = false
                if case .all = condition { isAll = true }
                var terms: [Term] = isAll != negated ? [Term(required: 0, forbidden: 0)] : []
                for part in parts {
                    guard let partTerms = normalForm(part, negated: negated, budget: &budget) else { return nil }
                    if isAll != negated {
                        guard let product = SatisfiabilityProblem.product(terms, partTerms, limit: maximumTerms, budget: &budget)
                        else { return nil }
                        terms = product
                    } else {
                        terms += partTerms
                        guard terms.count <= maximumTerms else { return nil }
                    }
                }
                return terms
            }
        }
    }

    /// The predicate constraints as bit pairs, prepared once for all the questions of an analysis.
    struct Constraints {
        /// `a → b`, as the bits of `a` and `b`.
        let implications: [(UInt64, UInt64)]
        /// `a` excludes `b`.
        let exclusions: [(UInt64, UInt64)]

        init(_ constraints: [PredicateConstraint]) {
            var implications: [(UInt64, UInt64)] = []
            var exclusions: [(UInt64, UInt64)] = []
            for constraint in constraints {
                switch constraint {
                case .implies(let a, let b): implications.append((bit(a), bit(b)))
                case .excludes(let a, let b): exclusions.append((bit(a), bit(b)))
                }
            }
            self.implications = implications
            self.exclusions = exclusions
        }
    }

    let forms: [Form]
    /// The relevant predicates: those the conditions mention, closed under the constraints
    /// that touch them.
    let variables: [Predicate]
    /// The implications and exclusions among the relevant predicates, as bit pairs.
    let implications: [(UInt64, UInt64)]
    let exclusions: [(UInt64, UInt64)]

    init(_ forms: [Form], constraints: Constraints) {
        self.forms = forms
        var relevant = forms.reduce(UInt64(0)) { $0 | $1.mask }
        var grew = true
        while grew {
            grew = false
            for (a, b) in constraints.implications + constraints.exclusions where (a | b) & relevant != 0 && (a | b) & relevant != a | b {
                relevant |= a | b
                grew = true
            }
        }
        variables = Self.predicates.filter { relevant & Self.bit($0) != 0 }
        implications = constraints.implications.filter { relevant & $0.0 != 0 }
        exclusions = constraints.exclusions.filter { relevant & $0.0 != 0 }
    }

    init(_ forms: [Form], constraints: [PredicateConstraint]) {
        self.init(forms, constraints: Constraints(constraints))
    }

    /// Every predicate, in order (`allCases` builds its array anew on each call).
    private static let predicates = Predicate.allCases

    static func bit(_ predicate: Predicate) -> UInt64 { 1 << UInt64(predicate.ordinalIndex) }

    /// The terms of a conjunction of two normal forms (contradictory ones dropped), spending a
    /// unit per pair of terms combined; `nil` past `limit` terms or when the budget runs out.
    static func product(_ a: [Form.Term], _ b: [Form.Term], limit: Int, budget: inout WorkBudget) -> [Form.Term]? {
        var terms: [Form.Term] = []
        for x in a {
            guard budget.spend(b.count) else { return nil }
            for y in b {
                let term = Form.Term(required: x.required | y.required, forbidden: x.forbidden | y.forbidden)
                if term.required & term.forbidden == 0 { terms.append(term) }
            }
            if terms.count > limit { return nil }
        }
        return terms
    }

    /// The answer from the conditions' normal forms, or `nil` when some condition has none or
    /// their combination has more than 65,536 terms (search instead). ``Answer/undecided``
    /// when the budget runs out.
    func normalFormAnswer(budget: inout WorkBudget) -> Answer? {
        var terms = [Form.Term(required: 0, forbidden: 0)]
        for form in forms {
            guard let formTerms = form.terms else { return nil }
            guard let product = Self.product(terms, formTerms, limit: 1 << 16, budget: &budget) else {
                return budget.remaining == 0 ? .undecided : nil
            }
            terms = product
        }
        var best: UInt64?
        for term in terms {
            guard budget.spend(1 + implications.count + exclusions.count) else { return .undecided }
            let truths = closure(term.required)
            guard truths & term.forbidden == 0, !exclusions.contains(where: { truths & $0.0 != 0 && truths & $0.1 != 0 }) else { continue }
            // Over variables in predicate order, comparing the raw masks compares the
            // enumeration's masks.
            if best.map({ (truths.nonzeroBitCount, truths) < ($0.nonzeroBitCount, $0) }) ?? true { best = truths }
        }
        guard let best else { return .unsatisfiable }
        return .satisfiable(variables.filter { best & Self.bit($0) != 0 })
    }

    /// The closure of a set of true predicates under the implications.
    private func closure(_ start: UInt64) -> UInt64 {
        var set = start
        var grew = true
        while grew {
            grew = false
            for (a, b) in implications where set & a != 0 && set & b == 0 {
                set |= b
                grew = true
            }
        }
        return set
    }

    /// The minimal satisfying assignment by branch and bound over ``variables`` with
    /// three-valued evaluation, spending a unit per condition node evaluated and per constraint
    /// checked: variables are decided from the last to the first, false before true, so
    /// assignments are met in increasing bit-mask order and the first found with a given number
    /// of true predicates is the enumeration's choice among them; a branch stops as soon as a
    /// condition or a constraint is decided false, or it cannot beat the best found. Out of
    /// budget, an assignment found (true, perhaps not minimal) is returned, else
    /// ``Answer/undecided``.
    func searchAnswer(budget: inout WorkBudget) -> Answer {
        var truths: UInt64 = 0
        var falsehoods: UInt64 = 0
        var best: UInt64?
        var exhausted = false
        let constraintCost = implications.count + exclusions.count
        // The value of the node at `index` of `program`: 1 true, 0 false, -1 not yet decided.
        func value(_ program: UnsafeBufferPointer<Form.Node>, _ index: Int, _ units: inout Int) -> Int8 {
            units += 1
            let node = program[index]
            switch node.operation {
            case .predicate:
                return truths & node.bit != 0 ? 1 : falsehoods & node.bit != 0 ? 0 : -1
            case .not:
                let inner = value(program, index + 1, &units)
                return inner < 0 ? inner : 1 - inner
            case .all, .any:
                let decisive: Int8 = node.operation == .any ? 1 : 0
                var open = false
                var child = index + 1
                while child < node.end {
                    let partValue = value(program, child, &units)
                    if partValue == decisive { return decisive }
                    if partValue < 0 { open = true }
                    child = program[child].end
                }
                return open ? -1 : 1 - decisive
            }
        }
        func consistent() -> Bool {
            var units = constraintCost
            defer { if !budget.spend(units) { exhausted = true } }
            if implications.contains(where: { truths & $0.0 != 0 && falsehoods & $0.1 != 0 }) { return false }
            if exclusions.contains(where: { truths & $0.0 != 0 && truths & $0.1 != 0 }) { return false }
            for form in forms {
                let decided = form.program.withUnsafeBufferPointer { value($0, 0, &units) }
                if decided == 0 { return false }
            }
            return true
        }
        func search(_ remaining: Int) {
            if exhausted { return }
            if let best, truths.nonzeroBitCount >= best.nonzeroBitCount { return }
            guard consistent(), !exhausted else { return }
            guard remaining > 0 else {
                best = truths
                return
            }
            let bit = Self.bit(variables[remaining - 1])
            falsehoods |= bit
            search(remaining - 1)
            falsehoods &= ~bit
            truths |= bit
            search(remaining - 1)
            truths &= ~bit
        }
        search(variables.count)
        if let best { return .satisfiable(variables.filter { best & Self.bit($0) != 0 }) }
        return exhausted ? .undecided : .unsatisfiable
    }
}
