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
        /// A rule overrides, or acknowledges a time-limit conflict with, a rule the set does not hold.
        case unknownOverride
        /// Two rules share an id.
        case duplicateID
        /// A rule yields more than one disposition.
        case multipleDispositions
        /// An obligation names an actor not in the department registry.
        case unknownActor
        /// A rule overrides another that can never fire together with it.
        case vacuousOverride
        /// The analyser could not decide within its work budget whether a condition (or two
        /// together) can hold; nothing is claimed about them (see
        /// ``RuleSet/analyze(catalog:constraints:budget:)``).
        case undecided
        /// Two rules can fire together, one setting a time limit (a binding due date or a
        /// green-channel date) and the other holding the product until a date of another
        /// anchor (await the opinion, defer), so both cannot in general be met, and the pair is
        /// not acknowledged in ``Rule/acknowledgedTimeLimitConflicts``.
        case timeLimitConflict
        /// A date (a disposition's date or an obligation's due date) has an offset the evaluator
        /// cannot count (``DateExpression/offsetProblem``): evaluation would throw on every case
        /// the rule fires on.
        case invalidOffset
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
    /// An ``Kind/undecided`` finding: `question` was not decided within the work budget.
    static func undecided(_ rules: [RuleID], _ question: String) -> AnalysisFinding {
        AnalysisFinding(kind: .undecided, rules: rules, message: "\(question) was not decided within the work budget", counterexample: nil)
    }
}

extension RuleSet {
    /// The work budget ``analyze(catalog:constraints:budget:)`` spends by default: 6,000,000
    /// units, under two seconds of analysis in a debug build on one core of the reference
    /// machine, a fraction of that in a release build (Documentation/Reliability.md has the
    /// measured figures).
    public static let defaultAnalysisBudget = 6_000_000

    /// The units every question costs before any term is formed (setting it up).
    static let questionCost = 512

    /// The most ``AnalysisFinding/Kind/undecided`` findings reported one by one; the rest are
    /// summed up in one more finding that names every rule involved.
    public static let maximumUndecidedFindings = 100

    /// Checks the rule set over the whole predicate space within ``defaultAnalysisBudget``:
    /// ``analyze(catalog:constraints:budget:)`` with the default budget.
    public func analyze(
        catalog: Catalog = .standard, constraints: [PredicateConstraint] = PredicateConstraint.standard
    ) -> [AnalysisFinding] {
        analyze(catalog: catalog, constraints: constraints, budget: RuleSet.defaultAnalysisBudget)
    }

    /// Checks the rule set over the whole predicate space, within one work budget.
    ///
    /// For every pair of rules whose dispositions the lattice does not settle
    /// (``DispositionKind/latticeSettles(_:)``), or that yield the same disposition with different
    /// dates, it decides exactly whether some truth assignment of the predicates (respecting the
    /// ``PredicateConstraint``s) makes both fire when neither overrides the other, and reports
    /// the one with the fewest true predicates as the counterexample — for conditions over any
    /// number of predicates. It also reports rules that can never fire, override cycles,
    /// overrides that can never matter, unknown measures, rules and actors, duplicate ids, rules
    /// with several dispositions and date offsets the evaluator cannot count — the defects
    /// ``decode(json:catalog:)`` refuses, for rule sets built in Swift. The shipped ``standard``
    /// set has no findings.
    ///
    /// **The budget.** Deciding whether conditions can hold together is NP-complete, so the
    /// analysis is bounded by one budget shared by all its questions (not one per pair): a
    /// *unit* is one normal-form term formed or combined, one candidate closed under the
    /// implications, one condition node evaluated during the search, one rule visited while
    /// pairing rules; setting up a question costs 512 units. Each question is first tried on the conditions' disjunctive normal forms (at
    /// most 256 terms each); questions whose forms are too large are then searched by branch and
    /// bound, each given an equal share of what is left (a share one does not use passes to the
    /// next). A question not decided when its share runs out is reported as
    /// ``AnalysisFinding/Kind/undecided`` — never as impossible, never dropped; the first
    /// ``maximumUndecidedFindings`` one by one, the rest in one summary finding. A question that
    /// is decided is decided exactly; a conflict found by a search that ran out of budget before
    /// proving its counterexample minimal still reports a true counterexample. Every rule set
    /// within the JSON limits (``maximumJSONBytes``, ``Condition/maximumSize``) finishes within
    /// seconds with the default; raise `budget` to decide more of a very large set.
    ///
    /// - Parameters:
    ///   - catalog: the catalog citations are checked against.
    ///   - constraints: the logical relations between predicates that every case satisfies.
    ///   - budget: the work units the analysis may spend (``defaultAnalysisBudget`` when you
    ///     call ``analyze(catalog:constraints:)``).
    public func analyze(
        catalog: Catalog = .standard, constraints: [PredicateConstraint] = PredicateConstraint.standard, budget: Int
    ) -> [AnalysisFinding] {
        var findings = structuralFindings(catalog: catalog)
        var work = WorkBudget(budget)
        let forms = rules.map { SatisfiabilityProblem.Form($0.condition, budget: &work) }
        let table = SatisfiabilityProblem.Constraints(constraints)
        var undecided = UndecidedQuestions(ruleCount: rules.count)
        var deferred: [(ordinal: Int, question: Question, problem: SatisfiabilityProblem)] = []
        // Findings by the question's ordinal, so deferred answers keep the questions' order.
        var answered: [(ordinal: Int, finding: AnalysisFinding)] = []
        var ordinal = 0

        func record(_ question: Question, _ answer: SatisfiabilityProblem.Answer, _ ordinal: Int) {
            if answer == .undecided {
                undecided.add(question, rules: rules)
            } else if let finding = finding(question, answer) {
                answered.append((ordinal, finding))
            }
        }
        func ask(_ question: Question) {
            ordinal += 1
            guard work.spend(RuleSet.questionCost) else {
                undecided.add(question, rules: rules)
                return
            }
            let problem: SatisfiabilityProblem
            switch question {
            case .fires(let index): problem = SatisfiabilityProblem([forms[index]], constraints: table)
            case .together(let a, let b), .clash(let a, let b): problem = SatisfiabilityProblem([forms[a], forms[b]], constraints: table)
            }
            if let answer = problem.normalFormAnswer(budget: &work) {
                record(question, answer, ordinal)
            } else {
                deferred.append((ordinal, question, problem))
            }
        }
        for index in rules.indices { ask(.fires(index)) }
        let byID = Dictionary(rules.indices.map { (rules[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, rule) in rules.enumerated() {
            for target in rule.overrides {
                if let other = byID[target] { ask(.together(index, other)) }
            }
        }
        let clashes = ClashIndex(rules)
        var unlisted: Int?  // the first rule whose clashes are only counted
        for index in rules.indices {
            guard work.remaining > 0 else {
                unlisted = index
                break
            }
            let (partners, visited) = clashes.partners(of: index, from: index + 1)
            _ = work.spend(visited)
            for other in partners { ask(.clash(index, other)) }
        }
        if let first = unlisted {
            for index in rules.indices where index >= first {
                let count = clashes.partnerCount(of: index, from: index + 1)
                if count > 0, undecided.hasRoom {
                    for other in clashes.partners(of: index, from: index + 1).partners { undecided.add(.clash(index, other), rules: rules) }
                } else {
                    undecided.addCounted(count, involving: clashes.partnerCount(of: index, from: first) > 0 ? index : nil)
                }
            }
        }
        for (position, entry) in deferred.enumerated() {
            var share = WorkBudget(work.remaining / (deferred.count - position))
            let granted = share.remaining
            let answer = entry.problem.searchAnswer(budget: &share)
            work.remaining -= granted - share.remaining
            record(entry.question, answer, entry.ordinal)
        }
        answered.sort { $0.ordinal < $1.ordinal }
        findings += overrideCycles()
        let timeLimits = timeLimitConflictFindings(forms: forms, constraints: table, budget: &work)
        return findings + answered.map(\.finding) + timeLimits + undecided.findings(rules: rules)
    }

    /// The finding a decided question gives, if any.
    private func finding(_ question: Question, _ answer: SatisfiabilityProblem.Answer) -> AnalysisFinding? {
        switch (question, answer) {
        case (.fires(let index), .unsatisfiable):
            let rule = rules[index]
            return AnalysisFinding(kind: .neverFires, rules: [rule.id], message: "the condition \(rule.condition) cannot hold", counterexample: nil)
        case (.together(let index, let other), .unsatisfiable):
            return AnalysisFinding(
                kind: .vacuousOverride, rules: [rules[index].id, rules[other].id],
                message: "the two rules can never fire together, so the override never applies", counterexample: nil)
        case (.clash(let i, let j), .satisfiable(let witness)):
            guard let da = rules[i].disposition, let db = rules[j].disposition else { return nil }
            return AnalysisFinding(
                kind: .conflict, rules: [rules[i].id, rules[j].id],
                message: "\(da.kind.rawValue)\(da.date.map { " (\($0))" } ?? "") and \(db.kind.rawValue)\(db.date.map { " (\($0))" } ?? "") can both apply and neither rule overrides the other",
                counterexample: witness)
        default:
            return nil
        }
    }

    /// One question the analysis decides, by rule indices.
    enum Question: Hashable {
        /// Can the rule fire at all?
        case fires(Int)
        /// Can the rule and the one it overrides fire together?
        case together(Int, Int)
        /// Can two rules with clashing dispositions, neither overriding the other, fire together?
        case clash(Int, Int)

        var indices: [Int] {
            switch self {
            case .fires(let index): [index]
            case .together(let a, let b), .clash(let a, let b): [a, b]
            }
        }

        /// The question as the ``AnalysisFinding/Kind/undecided`` finding words it.
        var wording: String {
            switch self {
            case .fires: "whether the condition can hold"
            case .together: "whether the two rules can fire together"
            case .clash: "whether the two rules can apply together"
            }
        }
    }

    /// The findings that need no search: duplicate ids, unknown measures, overrides and actors,
    /// several dispositions, offsets the evaluator cannot count.
    private func structuralFindings(catalog: Catalog) -> [AnalysisFinding] {
        var findings: [AnalysisFinding] = []
        var seen = Set<RuleID>()
        for rule in rules where !seen.insert(rule.id).inserted {
            findings.append(AnalysisFinding(kind: .duplicateID, rules: [rule.id], message: "the id is used more than once", counterexample: nil))
        }
        for rule in rules {
            if let problem = RuleDecoding.citationProblem(rule.measure, in: catalog) {
                findings.append(AnalysisFinding(kind: .unknownMeasure, rules: [rule.id], message: problem, counterexample: nil))
            }
            for target in rule.overrides where !seen.contains(target) {
                findings.append(AnalysisFinding(kind: .unknownOverride, rules: [rule.id], message: "overrides \(target), which the set does not hold", counterexample: nil))
            }
            for target in rule.acknowledgedTimeLimitConflicts where !seen.contains(target) {
                findings.append(AnalysisFinding(
                    kind: .unknownOverride, rules: [rule.id],
                    message: "acknowledges a time-limit conflict with \(target), which the set does not hold", counterexample: nil))
            }
            let dispositions = rule.effects.filter { if case .disposition = $0 { true } else { false } }
            if dispositions.count > 1 {
                findings.append(AnalysisFinding(kind: .multipleDispositions, rules: [rule.id], message: "yields \(dispositions.count) dispositions; a rule yields at most one", counterexample: nil))
            }
            for effect in rule.effects {
                let date: (String, DateExpression?)
                switch effect {
                case .obligation(let obligation):
                    if Department.lookup(obligation.actor) == nil {
                        findings.append(AnalysisFinding(kind: .unknownActor, rules: [rule.id], message: "obligation \(obligation.code) names actor \(obligation.actor), not in the registry", counterexample: nil))
                    }
                    date = ("obligation \(obligation.code) due", obligation.due)
                case .disposition(let template):
                    date = ("disposition \(template.kind.rawValue) date", template.date)
                case .consequence, .flag:
                    continue
                }
                if let expression = date.1, let problem = expression.offsetProblem {
                    findings.append(AnalysisFinding(kind: .invalidOffset, rules: [rule.id], message: "\(date.0) \(expression): \(problem)", counterexample: nil))
                }
            }
        }
        return findings
    }

    /// The questions left undecided: the first ``maximumUndecidedFindings`` kept, the rest
    /// counted with the rules they involve.
    private struct UndecidedQuestions {
        var kept: [Question] = []
        var further = 0
        var involved: [Bool]

        init(ruleCount: Int) { involved = Array(repeating: false, count: ruleCount) }

        mutating func add(_ question: Question, rules: [Rule]) {
            if kept.count < RuleSet.maximumUndecidedFindings {
                kept.append(question)
            } else {
                further += 1
                for index in question.indices { involved[index] = true }
            }
        }

        /// Whether another question would still be listed one by one.
        var hasRoom: Bool { kept.count < RuleSet.maximumUndecidedFindings }

        /// Adds `count` questions not listed one by one, and marks `rule` as involved in some.
        mutating func addCounted(_ count: Int, involving rule: Int?) {
            further += count
            if let rule { involved[rule] = true }
        }

        func findings(rules: [Rule]) -> [AnalysisFinding] {
            var findings = kept.map { AnalysisFinding.undecided($0.indices.map { rules[$0].id }, $0.wording) }
            if further > 0 {
                let ids = rules.indices.filter { involved[$0] }.map { rules[$0].id }
                findings.append(AnalysisFinding(
                    kind: .undecided, rules: ids,
                    message: "\(further) more questions about these \(ids.count) rules were not decided within the work budget", counterexample: nil))
            }
            return findings
        }
    }

    /// An assignment with the fewest true predicates under which all conditions hold and the
    /// constraints are respected (the predicates that hold, in predicate order), or `nil` when
    /// there is none (or it was not decided within the default budget).
    static func satisfyingAssignment(_ conditions: [Condition], constraints: [PredicateConstraint]) -> [Predicate]? {
        if case .satisfiable(let witness) = satisfiability(conditions, constraints: constraints) { return witness }
        return nil
    }

    /// Whether conditions can hold together, and if so the witness of
    /// ``satisfyingAssignment(_:constraints:)``, spending at most `searchBudget` work units.
    static func satisfiability(
        _ conditions: [Condition], constraints: [PredicateConstraint], searchBudget: Int = RuleSet.defaultAnalysisBudget
    ) -> SatisfiabilityProblem.Answer {
        var work = WorkBudget(searchBudget)
        let problem = SatisfiabilityProblem(conditions.map { SatisfiabilityProblem.Form($0, budget: &work) }, constraints: constraints)
        return problem.normalFormAnswer(budget: &work) ?? problem.searchAnswer(budget: &work)
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
