import Foundation
import Testing
@testable import MedIPPolicy

/// Properties over thousands of generated cases (PropertySupport.swift), with fixed seeds so a
/// failure names a seed that reproduces it.
@Suite struct PropertyTests {
    static let evaluator = Evaluator()
    static let seeds: [UInt64] = [1, 2, 3, 4]
    static let casesPerSeed = 600

    /// The generated cases of a seed, with an as-of date each.
    static func cases(seed: UInt64) -> [(Case, CivilDate)] {
        var generator = CaseGenerator(seed: seed)
        return (0..<casesPerSeed).map { _ in (generator.makeCase(), generator.asOf()) }
    }

    static func roundTrips<Value: Codable & Equatable>(_ value: Value) throws -> Bool {
        let data = try CaseFile.encode(value, pretty: false)
        let decoded = try JSONDecoder().decode(Value.self, from: data)
        let again = try CaseFile.encode(decoded, pretty: false)
        return decoded == value && again == data
    }

    @Test(arguments: seeds)
    func jsonRoundTripIsTheIdentityForCasesAndTheirParts(seed: UInt64) throws {
        for (theCase, _) in Self.cases(seed: seed) {
            #expect(try CaseFile.decode(try CaseFile.encode(theCase)) == theCase, "seed \(seed): \(theCase.id)")
            #expect(try Self.roundTrips(theCase.enterprise))
            #expect(try Self.roundTrips(theCase.product))
            #expect(try Self.roundTrips(theCase.patents))
            #expect(try Self.roundTrips(theCase.patents.map { $0.term() }))
            #expect(try Self.roundTrips(theCase.declarations))
            #expect(try Self.roundTrips(theCase.commitments))
            #expect(try Self.roundTrips(theCase.objections))
            #expect(try Self.roundTrips(theCase.opinionRequests))
            #expect(try Self.roundTrips(theCase.disputes))
            #expect(try Self.roundTrips(theCase.rulings))
            #expect(try Self.roundTrips(theCase.exclusivities))
            #expect(try Self.roundTrips(theCase.creditEvents))
            #expect(try Self.roundTrips(theCase.procurementHistory))
            #expect(try Self.roundTrips(theCase.round))
            #expect(try Self.roundTrips(theCase.attention))
            #expect(try Self.roundTrips(theCase.validate()))
        }
    }

    @Test(arguments: seeds)
    func decisionsRoundTripAndEvaluationIsDeterministic(seed: UInt64) throws {
        let fresh = Evaluator()
        var evaluated = 0
        for (theCase, date) in Self.cases(seed: seed) where theCase.isValid {
            let first: Decision
            do { first = try Self.evaluator.evaluate(theCase, asOf: date) } catch {
                #expect(error.calendarError != nil, "seed \(seed): \(error)")
                continue
            }
            evaluated += 1
            let bytes = try CaseFile.encode(first)
            let second = try fresh.evaluate(theCase, asOf: date)
            #expect(try CaseFile.encode(second) == bytes, "seed \(seed): \(theCase.id) on \(date)")
            #expect(try Self.roundTrips(first))
        }
        #expect(evaluated >= Self.casesPerSeed / 3, "most generated cases are valid: \(evaluated)")
    }

    @Test func rulesCatalogAndSchedulesRoundTrip() throws {
        #expect(try Self.roundTrips(RuleSet.standard))
        for rule in RuleSet.standard.rules { #expect(try Self.roundTrips(rule)) }
        #expect(try RuleSet.decode(json: try CaseFile.encode(RuleSet.standard)) == RuleSet.standard)
        #expect(try Self.roundTrips(Catalog.standard))
        for document in Catalog.standard.documents {
            for measure in document.measures { #expect(try Self.roundTrips(measure)) }
        }
        var generator = CaseGenerator(seed: 7)
        for _ in 0..<2_000 {
            let condition = generator.condition()
            #expect(try Self.roundTrips(condition), "\(condition)")
        }
        for year in 1_990...2_100 {
            guard let schedule = generator.yearSchedule(year: year) else { continue }
            #expect(try Self.roundTrips(schedule))
        }
        #expect(try Self.roundTrips(WorkingDayCalendar.china))
    }

    @Test(arguments: seeds)
    func anInfringementFindingNeverMakesTheDispositionLessRestrictive(seed: UInt64) throws {
        var generator = CaseGenerator(seed: seed &* 31)
        var compared = 0
        var tightened = 0
        for (theCase, date) in Self.cases(seed: seed) where theCase.isValid {
            var worse = theCase
            let patent: PatentNumber
            if let existing = theCase.patents.first {
                patent = generator.pick(theCase.patents.map(\.number) + [existing.number])
            } else {
                let added = generator.patent()
                worse.patents.append(added)
                patent = added.number
            }
            let effective = date.saturatingAdding(days: -generator.int(0...400))
            worse.rulings.append(Ruling(
                id: "J-added", kind: generator.pick(RulingKind.allCases), finding: .infringes,
                patents: [patent], effectiveOn: effective))
            guard worse.isValid else { continue }
            let before: Decision
            let after: Decision
            do {
                before = try Self.evaluator.evaluate(theCase, asOf: date)
                after = try Self.evaluator.evaluate(worse, asOf: date)
            } catch { continue }
            compared += 1
            if after.disposition.kind.restrictiveness < before.disposition.kind.restrictiveness { tightened += 1 }
            #expect(
                after.disposition.kind.restrictiveness <= before.disposition.kind.restrictiveness,
                "seed \(seed): \(theCase.id) on \(date): \(before.disposition.kind) became \(after.disposition.kind)")
        }
        #expect(compared >= Self.casesPerSeed / 3)
        #expect(tightened > 0, "the finding made some disposition stricter (the property is not vacuous)")
    }

    @Test(arguments: seeds)
    func pastEveryExpiryNoDispositionCitesPatentLinkage(seed: UInt64) throws {
        let linkage = RuleID("beijing-2026-3#4/market-after-expiry")
        #expect(linkage != nil)
        var checked = 0
        for (theCase, _) in Self.cases(seed: seed) where theCase.isValid {
            let ends = theCase.patents.map { $0.term().end } + theCase.exclusivities.map { theCase.exclusivityEnd($0) }
            let date = max(ends.max() ?? .minimum, CivilDate(uncheckedYear: 2026, month: 4, day: 1))
            let decision: Decision
            do { decision = try Self.evaluator.evaluate(theCase, asOf: date) } catch { continue }
            checked += 1
            let cited = ([decision.disposition] + decision.concurrentDispositions).flatMap(\.rules)
            #expect(!cited.contains { $0 == linkage }, "seed \(seed): \(theCase.id) on \(date)")
            #expect(!(decision.trace?.fired ?? []).contains { $0.rule == linkage })
        }
        #expect(checked >= Self.casesPerSeed / 3)
    }

    /// The property above is not vacuous: before the expiries, some decisions of the seeds'
    /// cases (all seeds together; one seed's 600 random cases may hold none) cite patent linkage.
    @Test func beforeTheExpiriesSomeDispositionsCitePatentLinkage() throws {
        let linkage = try #require(RuleID("beijing-2026-3#4/market-after-expiry"))
        var citedBefore = 0
        for seed in Self.seeds {
            for (theCase, asOf) in Self.cases(seed: seed) where theCase.isValid {
                let earlier = try? Self.evaluator.evaluate(theCase, asOf: max(asOf, CivilDate(uncheckedYear: 2026, month: 4, day: 1)))
                if earlier?.disposition.rules.contains(where: { $0 == linkage }) == true { citedBefore += 1 }
            }
        }
        #expect(citedBefore > 0, "before the expiries some decisions cite patent linkage (the property is not vacuous)")
    }

    /// A random truth assignment that satisfies the evaluator's predicate constraints.
    static func randomFacts(_ generator: inout CaseGenerator) -> FactSet {
        var facts = FactSet()
        for predicate in Predicate.allCases { facts.set(predicate, generator.chance(35)) }
        // Repair: make implications hold, then break exclusions, until stable.
        for _ in 0..<Predicate.allCases.count {
            var changed = false
            for constraint in PredicateConstraint.standard where !constraint.isSatisfied(by: { facts.holds($0) }) {
                switch constraint {
                case .implies(let a, let b):
                    if generator.chance(50) { facts.set(b, true) } else { facts.set(a, false) }
                case .excludes(let a, _):
                    facts.set(a, false)
                }
                changed = true
            }
            if !changed { break }
        }
        return facts
    }

    @Test func theAnalysersVerdictHoldsOnRandomFactSets() {
        #expect(RuleSet.standard.analyze().isEmpty)
        let compiled = CompiledRuleSet(RuleSet.standard)
        var generator = CaseGenerator(seed: 42)
        var satisfied = 0
        for _ in 0..<20_000 {
            let facts = Self.randomFacts(&generator)
            guard PredicateConstraint.standard.allSatisfy({ $0.isSatisfied(by: { facts.holds($0) }) }) else { continue }
            satisfied += 1
            let fired = compiled.rules.indices.filter { compiled.fires($0, facts) }
            for i in fired {
                for j in fired where i < j {
                    guard let a = compiled.rules[i].rule.disposition?.kind,
                          let b = compiled.rules[j].rule.disposition?.kind,
                          a != b, !a.latticeSettles(b)
                    else { continue }
                    let overridden = compiled.rules[i].overrides.contains(j) || compiled.rules[j].overrides.contains(i)
                    #expect(overridden, "\(compiled.rules[i].rule.id) and \(compiled.rules[j].rule.id) clash unresolved on \(Predicate.allCases.filter { facts.holds($0) })")
                }
            }
        }
        #expect(satisfied >= 19_000)
    }
}
