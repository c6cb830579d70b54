import Foundation
import Testing
import MedIPPolicyTesting

@Suite struct DiverseGeneratorTests {
    @Test func diverseCasesAreValidDeterministicAndDecodeByBothReaders() throws {
        let first = CaseGenerator(seed: 11, diverse: true).prefix(400).map { $0 }
        let second = CaseGenerator(seed: 11, diverse: true).prefix(400).map { $0 }
        #expect(first == second)
        for generated in first {
            #expect(generated.facts.isValid, "\(generated.facts.id) is not valid")
            let bytes = try CaseFile.encode(generated.facts, pretty: false)
            #expect(try CaseFile.decodeFast(bytes) == generated.facts)
            #expect(try CaseFile.decode(bytes) == generated.facts)
        }
        // Diverse cases carry no expectation: only an oracle can say what they decide.
        #expect(first.allSatisfy { $0.expectation == DecisionExpectation() })
    }

    @Test func diverseCorporaHoldManyMorePredicateVectors() {
        let realistic = PredicateVector.distinctCount(in: CaseGenerator(seed: 3), count: 20_000)
        let diverse = PredicateVector.distinctCount(in: CaseGenerator(seed: 3, diverse: true), count: 20_000)
        #expect(diverse >= 2 * realistic, "\(diverse) distinct predicate vectors in 20,000 diverse cases, \(realistic) realistic")
        #expect(diverse >= 1_000, "only \(diverse) distinct predicate vectors in 20,000 diverse cases")
    }

    @Test func theOracleAndTheEvaluatorAgreeOnDiverseCases() {
        let evaluator = Evaluator()
        var seen = Set<DispositionKind>()
        for generated in CaseGenerator(seed: 29, diverse: true).prefix(3_000) {
            let expected = try? ReferenceOracle.verdict(for: generated.facts, asOf: generated.asOf)
            let actual = try? evaluator.verdict(for: generated.facts, asOf: generated.asOf)
            #expect(expected == actual, "\(generated.facts.id) @ \(generated.asOf)")
            if let kind = actual?.disposition { seen.insert(kind) }
        }
        #expect(seen.count >= 8)
    }
}
