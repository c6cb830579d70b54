import Testing
@testable import MedIPPolicy

/// An evaluator compiles its rule set once (``RuleCompilation``) and selects each regime's rules
/// from it; each regime's compiled rules must be what compiling the regime's own rule set,
/// rule by rule, gives.
@Suite struct RegimeCompilationTests {
    /// Compiles `set` the straightforward way, in the test, and compares with `compiled`.
    static func expect(_ compiled: CompiledRuleSet, isCompiling set: RuleSet, effectiveDates: [DocumentID: CivilDate], _ comment: Comment) {
        let sorted = set.rules.sorted { $0.id < $1.id }
        #expect(compiled.rules.map(\.rule) == sorted, comment)
        #expect(compiled.rules.map(\.terms) == sorted.map { CompiledRuleSet.dnf($0.condition, negated: false) }, comment)
        let overrides = sorted.map { rule in rule.overrides.compactMap { id in sorted.firstIndex { $0.id == id } } }
        #expect(compiled.rules.map(\.overrides) == overrides, comment)
        #expect(compiled.countsFrom == sorted.map { $0.timeLimitStart == .laterOfAnchorAndEffectiveDate ? effectiveDates[$0.measure.document] : nil }, comment)
        guard sorted.count <= 64 else {
            #expect(compiled.summary == nil, comment)
            return
        }
        let summary = compiled.summary
        #expect(summary?.dispositions == sorted.map(\.disposition), comment)
        var overriddenBy = [UInt64](repeating: 0, count: sorted.count)
        for (index, targets) in overrides.enumerated() {
            for target in targets { overriddenBy[target] |= 1 << UInt64(index) }
        }
        #expect(summary?.overriddenBy == overriddenBy, comment)
        let consequences = sorted.map { rule in
            rule.effects.reduce(UInt8(0)) { bits, effect in
                if case .consequence(let kind) = effect { bits | 1 << UInt8(kind.bit) } else { bits }
            }
        }
        #expect(summary?.consequences == consequences, comment)
        let flags = sorted.map { rule in
            rule.effects.reduce(UInt32(0)) { bits, effect in
                if case .flag(let kind) = effect { bits | 1 << UInt32(kind.bit) } else { bits }
            }
        }
        #expect(summary?.flags == flags, comment)
    }

    static func expectEveryRegime(of evaluator: Evaluator) {
        var effectiveDates: [DocumentID: CivilDate] = [:]
        for document in evaluator.catalog.documents { effectiveDates[document.id] = document.effective }
        var regimes = 0
        for jurisdiction in Jurisdiction.allCases {
            for date in Regime.changeDates(for: jurisdiction, catalog: evaluator.catalog) {
                let regime = evaluator.regime(for: jurisdiction, on: date)
                expect(
                    evaluator.compiledRules(for: jurisdiction, on: date), isCompiling: regime.rules(from: evaluator.rules),
                    effectiveDates: effectiveDates, "\(jurisdiction) from \(date)")
                regimes += 1
            }
        }
        #expect(regimes >= 5)
    }

    @Test func everyStandardRegimeIsCompiledAsItsOwnRuleSet() {
        Self.expectEveryRegime(of: Evaluator())
        #expect(Evaluator().compiledRules(for: .beijing, on: CivilDate(uncheckedYear: 2026, month: 11, day: 23)).rules.count > 20)
    }

    /// Overrides of rules of documents another regime lacks, of ids no rule has, rules written in
    /// another order, a repeated id and a rule counted from its anchor are resolved per regime as
    /// compiling that regime's rules alone resolves them.
    @Test func overridesAcrossDocumentsAndRepeatedIdsAreResolvedPerRegime() throws {
        var rules = RuleSet.standard.rules.reversed().map { $0 }
        let national = try #require(rules.firstIndex { $0.measure.document == "national-2022-45" })
        let beijing = try #require(rules.firstIndex { $0.measure.document == "beijing-2026-4" })
        let older = try #require(rules.firstIndex { $0.measure.document == "beijing-2024-5" })
        rules[beijing].overrides += [rules[national].id, rules[older].id, try #require(RuleID("beijing-2026-4#99/nowhere"))]
        rules[national].timeLimitStart = .anchor
        var twin = rules[older]
        twin.summary.en += " (a second rule with the same id)"
        rules.append(twin)
        Self.expectEveryRegime(of: Evaluator(rules: RuleSet(rules)))
    }
}
