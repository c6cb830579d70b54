import Testing
import MedIPPolicy
import MedIPPolicyTesting

/// Rule sets of more than 64 rules take the evaluator's general path (no bit-mask summary).
@Suite struct LargeRuleSetTests {
    /// 40 rules whose conditions contradict themselves: they never fire.
    static let padding = (0..<40).map { index in
        let predicate = Predicate.allCases[index % Predicate.allCases.count]
        return Rule(
            id: RuleID(MeasureID(.national2022_45, 1 + index % 10), "never-\(index)"),
            summary: LocalizedText(zh: "永不适用", en: "never applies"),
            condition: .all([.predicate(predicate), .not(.predicate(predicate))]),
            effects: [.disposition(DispositionTemplate(.refuseListing))])
    }

    /// The standard rules plus the padding: more than 64 rules, so every regime with the
    /// padding is evaluated without the summary masks, and since the padding never fires, every
    /// decision must equal the standard evaluator's.
    @Test func generalPathDecidesAsTheMaskPath() throws {
        let padding = Self.padding
        let large = Evaluator(rules: RuleSet(RuleSet.standard.rules + padding))
        let standard = Evaluator()
        #expect(RuleSet.standard.rules.count + padding.count > 64)
        var generator = CaseGenerator(seed: 64)
        var kinds = Set<DispositionKind>()
        for _ in 0..<600 {
            let generated = generator.next()
            let expected = try standard.evaluate(generated.facts, asOf: generated.asOf, detail: .summary)
            var actual = try large.evaluate(generated.facts, asOf: generated.asOf, detail: .summary)
            #expect(actual.ruleSetDigest != expected.ruleSetDigest, "other rules, another digest")
            actual.ruleSetDigest = expected.ruleSetDigest
            #expect(actual == expected, "\(generated.facts.id)")
            #expect(try large.verdict(for: generated.facts, asOf: generated.asOf) == Verdict(expected))
            kinds.insert(expected.disposition.kind)
        }
        #expect(kinds.count >= 8)  // the corpus reaches most dispositions, overrides included
    }
}
