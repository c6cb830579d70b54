import Foundation
import Testing
@testable import MedIPPolicy

@Suite struct RuleAnalysisBudgetTests {
    /// `all` of `clauses` wide disjunctions, each of `width` conjunctions of `literals` literals
    /// over every predicate (seeded).
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

    static func slowSet(rules count: Int, seed: UInt64, clauses: Int, width: Int, literals: Int) -> RuleSet {
        var random = SplitMix64(seed: seed)
        let kinds: [DispositionKind] = [.awaitOpinion, .admitOnSelfCommitment, .agencyDecides, .admitOnSelfCommitment]
        return RuleSet((0..<count).map { index in
            Rule(id: RuleID(MeasureID(.national2022_45, 4), "r\(index)"), summary: LocalizedText(zh: "", en: ""),
                 condition: blowUp(&random, clauses: clauses, width: width, literals: literals),
                 effects: [.disposition(DispositionTemplate(kinds[index % kinds.count]))])
        })
    }

    @Test func calibrate() {
        let set = Self.slowSet(rules: 4, seed: 2, clauses: 8, width: 4, literals: 3)
        for budget in [1_000_000, 3_000_000, 10_000_000] {
            let start = ContinuousClock.now
            let findings = set.analyze(budget: budget)
            print("CAL budget=\(budget) time=\(ContinuousClock.now - start) findings=\(findings.map(\.kind.rawValue))")
        }
    }

    @Test func calibrateMany() throws {
        for kinds in [[DispositionKind.awaitOpinion, .admitOnSelfCommitment]] {
            let set = RuleSet((0..<10_000).map { index in
                Rule(id: RuleID(MeasureID(.national2022_45, 4), "r\(index)"), summary: LocalizedText(zh: "", en: ""),
                     condition: .predicate(Predicate.allCases[index % 20]),
                     effects: [.disposition(DispositionTemplate(kinds[index % kinds.count]))])
            })
            let bytes = try JSONEncoder().encode(set).count
            let start = ContinuousClock.now
            for budget in [0, 1_000_000] {
                let start = ContinuousClock.now
                let findings = set.analyze(budget: budget)
                print("MANY budget=\(budget) time=\(ContinuousClock.now - start) findings=\(findings.count)")
            }
            let findings = set.analyze()
            print("MANY kinds=\(kinds) bytes=\(bytes) time=\(ContinuousClock.now - start) findings=\(findings.count) \(findings.last.map(\.message) ?? "")")
        }
    }

    @Test(arguments: [(2, 1 as UInt64), (2, 2), (2, 3), (4, 1), (4, 2)])
    func timing(_ count: Int, _ seed: UInt64) throws {
        for (clauses, width, literals) in [(8, 4, 3), (12, 3, 3), (6, 6, 3), (10, 4, 2), (16, 3, 2)] {
            let set = Self.slowSet(rules: count, seed: seed, clauses: clauses, width: width, literals: literals)
            let bytes = try JSONEncoder().encode(set).count
            let start = ContinuousClock.now
            let findings = set.analyze()
            let elapsed = ContinuousClock.now - start
            print("BENCH rules=\(count) seed=\(seed) shape=\(clauses)x\(width)x\(literals) bytes=\(bytes) size=\(set.rules.map(\.condition.size)) time=\(elapsed) findings=\(findings.map(\.kind.rawValue))")
        }
    }
}
