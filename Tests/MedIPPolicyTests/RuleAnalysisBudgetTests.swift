import Foundation
import Testing
@testable import MedIPPolicy

/// `analyze()` is bounded by one global work budget: the rule sets that took 21 s and 86 s
/// before it now return, deciding what they can and saying `undecided` for the rest.
@Suite struct RuleAnalysisBudgetTests {
    /// `all` of `clauses` wide disjunctions, each of `width` conjunctions of `literals` literals
    /// over every predicate (seeded): a normal form of `width^clauses` terms.
    static func blowUp(_ random: inout SplitMix64, clauses: Int, width: Int, literals: Int) -> Condition {
        let predicates = Predicate.allCases
        return .all((0..<clauses).map { _ in
            .any((0..<width).map { _ in
                .all((0..<literals).map { _ in
                    let leaf = Condition.predicate(predicates[Int(random.next() % UInt64(predicates.count))])
                    return random.next() % 2 == 0 ? .not(leaf) : leaf
                })
            })
        })
    }

    /// Rules whose dispositions clash pairwise (waiting against proceeding on the commitment).
    static func slowSet(rules count: Int, seed: UInt64, clauses: Int, width: Int, literals: Int) -> RuleSet {
        var random = SplitMix64(seed: seed)
        let kinds: [DispositionKind] = [.awaitOpinion, .admitOnSelfCommitment, .agencyDecides, .admitOnSelfCommitment]
        return RuleSet((0..<count).map { index in
            Rule(id: RuleID(MeasureID(.national2022_45, 4), "r\(index)"), summary: LocalizedText(zh: "", en: ""),
                 condition: blowUp(&random, clauses: clauses, width: width, literals: literals),
                 effects: [.disposition(DispositionTemplate(kinds[index % kinds.count]))])
        })
    }

    /// The shapes measured for Documentation/Reliability.md (two and four rules, 5–14 KB).
    static let shapes: [(rules: Int, seed: UInt64, clauses: Int, width: Int, literals: Int)] = [
        (2, 2, 6, 6, 3), (2, 1, 16, 3, 2), (2, 2, 10, 4, 2), (4, 2, 8, 4, 3), (4, 2, 6, 6, 3), (4, 1, 16, 3, 2),
    ]

    /// Every finding is of a kind these sets can have, and a conflict's counterexample makes both
    /// rules fire and respects the constraints (exactness against enumeration is checked in
    /// RuleAnalysisTests).
    static func checkFindings(_ findings: [AnalysisFinding], of set: RuleSet) {
        let byID = Dictionary(set.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for finding in findings {
            #expect([.conflict, .neverFires, .undecided].contains(finding.kind), "\(finding)")
            if finding.kind == .conflict, let witness = finding.counterexample {
                let facts = Set(witness)
                for id in finding.rules {
                    #expect(byID[id]?.condition.holds { facts.contains($0) } == true, "\(finding)")
                }
                #expect(PredicateConstraint.standard.allSatisfy { $0.isSatisfied { facts.contains($0) } })
            }
        }
    }

    @Test(arguments: shapes)
    func theSlowRuleSetsReturnDecidingOrSayingUndecided(_ shape: (rules: Int, seed: UInt64, clauses: Int, width: Int, literals: Int)) throws {
        let set = Self.slowSet(rules: shape.rules, seed: shape.seed, clauses: shape.clauses, width: shape.width, literals: shape.literals)
        let start = ContinuousClock.now
        let findings = set.analyze()
        let elapsed = ContinuousClock.now - start
        let bytes = try JSONEncoder().encode(set).count
        print("benchmark note: analyze() of \(shape.rules) rules (\(bytes) bytes, \(shape.clauses)×\(shape.width)×\(shape.literals)): \(elapsed), findings \(findings.map(\.kind.rawValue))")
        Self.checkFindings(findings, of: set)
        // Nothing undecided is claimed impossible: what a larger budget decides agrees.
        let generous = set.analyze(budget: 4 * RuleSet.defaultAnalysisBudget)
        let decided = Set(findings.filter { $0.kind != .undecided }.map { [$0.kind.rawValue] + $0.rules.map(\.description) })
        let decidedGenerously = Set(generous.filter { $0.kind != .undecided }.map { [$0.kind.rawValue] + $0.rules.map(\.description) })
        #expect(decided.isSubset(of: decidedGenerously))
    }

    /// Without budget every question is undecided — never "never fires", never a conflict.
    @Test func anEmptyBudgetDecidesNothingAndSaysSo() {
        let set = Self.slowSet(rules: 4, seed: 2, clauses: 8, width: 4, literals: 3)
        let findings = set.analyze(budget: 0)
        #expect(findings.allSatisfy { $0.kind == .undecided })
        // Four "can it fire" questions and the four clashing pairs of the 4 rules.
        #expect(findings.count == 8)
        #expect(findings.filter { $0.rules.count == 1 }.count == 4)
        #expect(RuleSet.standard.analyze(budget: 0).allSatisfy { $0.kind == .undecided })
        #expect(!RuleSet.standard.analyze(budget: 0).isEmpty)
    }

    /// 4,000 rules whose dispositions clash pairwise: 4 million questions, a fraction decided,
    /// the rest summed up in one finding naming the rules.
    @Test func aQuadraticNumberOfQuestionsIsCountedNotVisited() throws {
        let count = 4_000
        let kinds: [DispositionKind] = [.awaitOpinion, .admitOnSelfCommitment]
        // Predicates no constraint relates, so that every clashing pair can fire together.
        let free = Predicate.allCases.filter { predicate in
            !PredicateConstraint.standard.contains { $0.predicates.contains(predicate) }
        }
        #expect(free.count >= 5)
        let set = RuleSet((0..<count).map { index in
            Rule(id: RuleID(MeasureID(.national2022_45, 4), "r\(index)"), summary: LocalizedText(zh: "", en: ""),
                 condition: .predicate(free[index % free.count]),
                 effects: [.disposition(DispositionTemplate(kinds[index % 2]))])
        })
        let start = ContinuousClock.now
        let findings = set.analyze()
        print("benchmark note: analyze() of \(count) pairwise-clashing rules (\(try JSONEncoder().encode(set).count) bytes): \(ContinuousClock.now - start), \(findings.count) findings")
        let summary = try #require(findings.last)
        #expect(summary.kind == .undecided)
        #expect(summary.message.hasSuffix("rules were not decided within the work budget"))
        let conflicts = findings.filter { $0.kind == .conflict }
        #expect(!conflicts.isEmpty)
        Self.checkFindings(findings, of: set)
        // Every clashing pair is a conflict, an undecided question, or counted in the summary.
        let listed = findings.filter { $0.kind == .undecided && $0.rules.count == 2 }.count
        let counted = Int(summary.message.prefix { $0.isNumber }) ?? -1
        #expect(conflicts.count + listed + counted == (count / 2) * (count / 2))
    }

    @Test func theShippedRuleSetIsDecidedWellWithinTheBudget() {
        #expect(RuleSet.standard.analyze().isEmpty)
        #expect(RuleSet.standard.analyze(budget: RuleSet.defaultAnalysisBudget / 100).isEmpty)
    }
}
