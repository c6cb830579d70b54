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
            MeasureID(.beijing2024_5, 12), MeasureID(.beijing2024_5, 13),
            MeasureID(.beijing2026_4, 6), MeasureID(.beijing2026_4, 17), MeasureID(.beijing2026_4, 30),
        ] + (1...9).map { MeasureID(.beijing2026_3, $0) }
        let covered = Set(RuleSet.standard.rules.map(\.measure))
        for measure in required { #expect(covered.contains(measure), "\(measure) has no rule") }
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
}
