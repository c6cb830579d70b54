import Testing
import MedIPPolicy
import MedipCommands

/// `medip coverage`: one row per measure, with its figures and its rules.
@Suite struct CoverageCommandTests {
    @Test func everyMeasureHasARowWithItsFiguresAndRules() throws {
        let result = runMedip(["coverage"])
        #expect(result.status == 0)
        #expect(result.err.isEmpty)
        let rows = result.out.split(separator: "\n").filter { $0.hasPrefix("| `") }
        let measures = Catalog.standard.allMeasures
        #expect(measures.count == 87)
        #expect(rows.count == measures.count)
        for (row, measure) in zip(rows, measures) {
            #expect(row.hasPrefix("| `\(measure.id)` |"), "rows follow catalog order")
            for target in measure.targets {
                #expect(row.contains("(`\(target.key)`)"), "\(measure.id) target \(target.key)")
            }
            for limit in measure.timeLimits {
                #expect(row.contains(limit.source), "\(measure.id) time limit \(limit.key)")
            }
            for rule in RuleSet.standard.rules(for: measure.id) {
                #expect(row.contains("`/\(rule.id.slug)`"), "\(rule.id)")
            }
        }
        let total = "| **all** | **87** |"
        #expect(result.out.contains(total))
        #expect(result.out.contains("**\(RuleSet.standard.rules.count)** |"))
    }

    @Test func coverageTakesNoArguments() {
        #expect(runMedip(["coverage", "beijing-2026-3"]).status == 2)
        #expect(runMedip(["coverage", "--format", "json"]).status == 2)
        #expect(runMedip(["help", "coverage"]).out.contains("USAGE: medip coverage"))
    }
}
