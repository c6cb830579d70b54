import Testing
@testable import MedIPPolicy

@Suite struct RuleAnalysisTests {
    @Test func shippedRuleSetHasNoFindings() {
        let findings = RuleSet.standard.analyze()
        #expect(findings.isEmpty, "\(findings.map(\.description).joined(separator: "\n"))")
    }

    @Test func everyRuleCitesAMeasureItsIDNames() {
        for rule in RuleSet.standard.rules {
            #expect(Catalog.standard.measure(rule.measure) != nil, "\(rule.id)")
            #expect(RuleID(rule.id.description) == rule.id)
        }
    }

    @Test func theDecisionBearingMeasuresAllHaveRules() {
        let required: [MeasureID] = [
            MeasureID(.national2022_45, 4), MeasureID(.national2022_45, 5), MeasureID(.national2022_45, 6), MeasureID(.national2022_45, 7),
            MeasureID(.beijing2024_5, 12),
            MeasureID(.beijing2026_4, 6), MeasureID(.beijing2026_4, 17), MeasureID(.beijing2026_4, 30),
        ] + ([1] + Array(3...9)).map { MeasureID(.beijing2026_3, $0) }
        let covered = Set(RuleSet.standard.rules.map(\.measure))
        for measure in required { #expect(covered.contains(measure), "\(measure) has no rule") }
        // Programme-level measures act on no case: no rule of theirs reaches a decision.
        for measure in [MeasureID(.beijing2024_5, 13), MeasureID(.beijing2026_3, 2)] {
            #expect(!covered.contains(measure), "\(measure) is programme-level")
        }
    }

    @Test func reportsAConflictWithACounterexample() {
        let set = RuleSet {
            Rule(MeasureID(.national2022_45, 4), "wait", zh: "等", en: "wait") {
                When(.opinionRequested)
                Effect.dispose(.awaitOpinion)
            }
            Rule(MeasureID(.national2022_45, 4), "go", zh: "走", en: "go") {
                When(.opinionOverdue)
                Effect.dispose(.admitOnSelfCommitment)
            }
        }
        let findings = set.analyze()
        let conflict = findings.first { $0.kind == .conflict }
        #expect(conflict != nil)
        // The minimal witness: overdue implies requested implies an objection on file.
        #expect(conflict?.counterexample == [.objectionPending, .opinionRequested, .opinionOverdue])
        // An override resolves it.
        var fixed = set
        fixed.rules[1].overrides = [fixed.rules[0].id]
        #expect(fixed.analyze().isEmpty)
    }

    @Test func reportsNeverFiringRulesCyclesAndUnknowns() {
        let a = RuleID(MeasureID(.beijing2026_3, 8), "a")
        let b = RuleID(MeasureID(.beijing2026_3, 8), "b")
        let set = RuleSet([
            Rule(id: a, summary: LocalizedText(zh: "", en: ""), condition: .listed && !.listed, effects: [], overrides: [b]),
            Rule(id: b, summary: LocalizedText(zh: "", en: ""), condition: .listed, effects: [], overrides: [a]),
            Rule(id: RuleID(MeasureID(.beijing2026_3, 99), "c"), summary: LocalizedText(zh: "", en: ""), condition: .always,
                 effects: [.disposition(DispositionTemplate(.admit)), .disposition(DispositionTemplate(.refuseListing))],
                 overrides: [RuleID(MeasureID(.beijing2026_3, 8), "missing")]),
            Rule(id: b, summary: LocalizedText(zh: "", en: ""), condition: .listed, effects: []),
        ])
        let kinds = Set(set.analyze().map(\.kind))
        #expect(kinds.isSuperset(of: [.neverFires, .overrideCycle, .unknownMeasure, .unknownOverride, .multipleDispositions, .duplicateID, .vacuousOverride]))
    }

    // MARK: Satisfiability beyond enumeration

    /// The exhaustive enumeration the analyser used to run (20 predicates at most): the
    /// assignment with the fewest true predicates, ties broken by bit mask over the sorted
    /// relevant predicates.
    static func enumerated(_ conditions: [Condition], _ constraints: [PredicateConstraint]) -> [Predicate]? {
        var relevant = Set(conditions.flatMap(\.predicates))
        var changed = true
        while changed {
            changed = false
            for constraint in constraints where !Set(constraint.predicates).isDisjoint(with: relevant) {
                for predicate in constraint.predicates where relevant.insert(predicate).inserted { changed = true }
            }
        }
        let variables = relevant.sorted()
        let masks = (0..<(1 << variables.count)).sorted { ($0.nonzeroBitCount, $0) < ($1.nonzeroBitCount, $1) }
        for mask in masks {
            let facts: (Predicate) -> Bool = { predicate in
                variables.firstIndex(of: predicate).map { mask & (1 << $0) != 0 } ?? false
            }
            guard constraints.allSatisfy({ $0.isSatisfied(by: facts) }) else { continue }
            if conditions.allSatisfy({ $0.holds(given: facts) }) {
                return variables.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
            }
        }
        return nil
    }

    /// A random condition over the first `width` predicates (seeded, so failures reproduce).
    static func randomCondition(_ random: inout SplitMix64, width: Int, depth: Int) -> Condition {
        let predicates = Array(Predicate.allCases.prefix(width))
        if depth == 0 || random.next() % 4 == 0 {
            let leaf = Condition.predicate(predicates[Int(random.next() % UInt64(predicates.count))])
            return random.next() % 3 == 0 ? .not(leaf) : leaf
        }
        let parts = (0..<(2 + Int(random.next() % 2))).map { _ in randomCondition(&random, width: width, depth: depth - 1) }
        switch random.next() % 3 {
        case 0: return .all(parts)
        case 1: return .any(parts)
        default: return .not(.all(parts))
        }
    }

    /// On 1,500 random pairs of conditions over up to 12 predicates, the normal-form search gives
    /// exactly the enumeration's answer — the same minimal counterexample, or none.
    @Test func normalFormSearchAgreesWithExhaustiveEnumeration() {
        var random = SplitMix64(seed: 2026)
        var satisfiable = 0
        for round in 0..<1_500 {
            let width = 4 + round % 9
            let conditions = [Self.randomCondition(&random, width: width, depth: 3), Self.randomCondition(&random, width: width, depth: 3)]
            let expected = Self.enumerated(conditions, PredicateConstraint.standard)
            #expect(RuleSet.satisfyingAssignment(conditions, constraints: PredicateConstraint.standard) == expected, "\(conditions)")
            if expected != nil { satisfiable += 1 }
        }
        #expect(satisfiable > 300 && satisfiable < 1_400)  // both answers are exercised
    }

    /// More predicates than the old enumeration took (it called such rules "never fires").
    @Test func conditionsOverManyPredicatesAreDecided() throws {
        let compatible = Predicate.allCases.filter {
            $0 != .linkageApplicant && $0 != .opinionOverdue && $0 != .participatingInVBP && $0 != .innovativeDevice
        }
        #expect(compatible.count > 20)
        let everything = Condition.all(compatible.map(Condition.predicate))
        let witness = try #require(RuleSet.satisfyingAssignment([everything], constraints: PredicateConstraint.standard))
        #expect(Set(witness) == Set(compatible))
        // The same conjunction with both sides of an exclusion cannot hold.
        let clash = Condition.all(compatible.map(Condition.predicate) + [.predicate(.linkageApplicant)])
        #expect(RuleSet.satisfyingAssignment([clash], constraints: PredicateConstraint.standard) == nil)
        let set = RuleSet([
            Rule(id: RuleID(MeasureID(.beijing2026_3, 8), "wide"), summary: LocalizedText(zh: "", en: ""), condition: everything, effects: []),
            Rule(id: RuleID(MeasureID(.beijing2026_3, 8), "clash"), summary: LocalizedText(zh: "", en: ""), condition: clash, effects: []),
        ])
        #expect(set.analyze().filter { $0.kind == .neverFires }.map(\.rules) == [[RuleID(MeasureID(.beijing2026_3, 8), "clash")]])
    }

    /// A condition whose normal form exceeds 256 terms is searched by backtracking, still exactly.
    @Test func conditionsTooLargeToExpandAreSearched() throws {
        let pairs = Array(Predicate.allCases.prefix(18))
        // (p0 ∨ p1) ∧ (p2 ∨ p3) ∧ … : 2^9 = 512 terms.
        let wide = Condition.all(stride(from: 0, to: pairs.count, by: 2).map { .any([.predicate(pairs[$0]), .predicate(pairs[$0 + 1])]) })
        #expect(CompiledRuleSet.dnf(wide, negated: false) == nil)
        let witness = try #require(RuleSet.satisfyingAssignment([wide], constraints: PredicateConstraint.standard))
        #expect(witness == Self.enumerated([wide], PredicateConstraint.standard))  // the minimal one
        let facts = Set(witness)
        #expect(wide.holds { facts.contains($0) })
        #expect(PredicateConstraint.standard.allSatisfy { $0.isSatisfied { facts.contains($0) } })
        // Forbidding every predicate of the pairs makes it impossible.
        let impossible = Condition.all([wide] + pairs.map { .not(.predicate($0)) })
        #expect(RuleSet.satisfyingAssignment([impossible], constraints: PredicateConstraint.standard) == nil)
        #expect(RuleSet.satisfiability([impossible], constraints: PredicateConstraint.standard) == .unsatisfiable)
        // The search is bounded: out of budget before any assignment is found, it says so
        // rather than claiming the condition impossible (or possible).
        #expect(RuleSet.satisfiability([wide], constraints: PredicateConstraint.standard, searchBudget: 10) == .undecided)
    }

    /// A chain of 3,000 overrides closing into one cycle is found once, in chain order.
    @Test func longOverrideChainsAreCheckedWithoutQuadraticWork() {
        let ids = (0..<3_000).map { RuleID(MeasureID(.beijing2026_3, 8), "r\($0)") }
        let rules = ids.indices.map { index in
            Rule(id: ids[index], summary: LocalizedText(zh: "", en: ""), condition: .predicate(.listed), effects: [],
                 overrides: [ids[(index + 1) % ids.count]])
        }
        let cycles = RuleSet(rules).overrideCycles()
        #expect(cycles.count == 1)
        #expect(Set(cycles.first?.rules ?? []) == Set(ids))
    }
}
