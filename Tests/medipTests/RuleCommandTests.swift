import Foundation
import Testing
import MedipCommands

@Suite struct RuleCommandTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Documentation/Examples")

    @Test func evaluatePrintsTheDispositionAndCitations() {
        let path = Self.examples.appendingPathComponent("refuse-infringing-copy.json").path
        let result = runMedip(["evaluate", path, "--as-of", "2026-11-23"])
        #expect(result.status == 0)
        #expect(result.out.contains("Disposition: refuse listing"))
        #expect(result.out.contains("beijing-2026-3#8/refuse-infringing-copy"))
        let zh = runMedip(["evaluate", path, "--as-of", "2026-11-23", "--lang", "zh"])
        #expect(zh.out.contains("处理结果：不予挂网"))
    }

    @Test func evaluateJSONIsADecision() throws {
        let path = Self.examples.appendingPathComponent("green-channel-national-day.json").path
        let result = runMedip(["evaluate", path, "--as-of", "2026-10-09", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let disposition = try #require(object["disposition"] as? [String: Any])
        #expect(disposition["kind"] as? String == "greenChannel")
        #expect(disposition["date"] as? String == "2026-10-23")
    }

    @Test func evaluateRejectsBadInput() throws {
        #expect(runMedip(["evaluate"]).status == 2)
        #expect(runMedip(["evaluate", "/nonexistent.json"]).status == 1)
        let path = Self.examples.appendingPathComponent("refuse-infringing-copy.json").path
        #expect(runMedip(["evaluate", path, "--as-of", "2026-02-30"]).status == 2)
        let invalid = #"{"schemaVersion":1,"id":"x","jurisdiction":"CN","enterprise":{"name":"甲","creditCode":"91110108MA01EXAMPG"},"product":{"id":"p","name":"乙","category":"chemicalDrug","drugClass":"generic","marketingAuthorisationHolder":"甲"},"rulings":[{"id":"R","dispute":"nope","kind":"administrativeRuling","finding":"infringes","patents":[],"effectiveOn":"2026-01-01"}]}"#
        let result = runMedip(["evaluate", "-", "--as-of", "2026-11-23"], stdin: Array(invalid.utf8))
        #expect(result.status == 1)
        #expect(result.err.contains("rulings[0].dispute"))
    }

    @Test func rulesListsAndFiltersByMeasure() throws {
        let result = runMedip(["rules", "--measure", "beijing-2026-3#8", "--format", "json"])
        #expect(result.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        #expect(array.count == 4)
        #expect(array.allSatisfy { ($0["measure"] as? String) == "beijing-2026-3#8" && ($0["id"] as? String)?.hasPrefix("beijing-2026-3#8/") == true })
        #expect(runMedip(["rules", "--measure", "beijing-2026-3#99"]).status == 1)
        #expect(runMedip(["rules"]).out.contains("national-2022-45#4/overdue-opinion-self-commitment"))
    }

    @Test func analyzeIsClean() {
        let result = runMedip(["analyze"])
        #expect(result.status == 0)
        #expect(result.out.contains("no findings"))
    }
}
