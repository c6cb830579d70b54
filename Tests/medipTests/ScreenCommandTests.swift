import Foundation
import Testing
import MedipCommands
import MedIPPolicy

@Suite struct ScreenCommandTests {
    static func jsonl() throws -> [UInt8] {
        var lines: [UInt8] = []
        for name in ["refuse-infringing-copy.json", "green-channel-national-day.json"] {
            let data = try Data(contentsOf: RuleCommandTests.examples.appendingPathComponent(name))
            lines += data.filter { $0 != 0x0A } + [0x0A]
        }
        lines += Array("{\"schemaVersion\": 2}\n".utf8)
        return lines
    }

    @Test func screensStandardInputInOrder() throws {
        let result = runMedip(["screen", "-", "--as-of", "2026-10-09", "--jobs", "2"], stdin: try Self.jsonl())
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n")
        #expect(lines.count == 3)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["line"] as? Int == 1)
        let decision = try #require(first["decision"] as? [String: Any])
        #expect((decision["disposition"] as? [String: Any])?["kind"] as? String == "refuseListing")
        #expect(decision["trace"] == nil)
        let third = try #require(try JSONSerialization.jsonObject(with: Data(lines[2].utf8)) as? [String: Any])
        #expect((third["error"] as? [String: Any])?["stage"] as? String == "decoding")
        #expect(result.err.contains("screened 3 cases: 2 decided, 1 failed"))
    }

    @Test func strictFailsOnAnyFailedCaseAndUsageIsChecked() throws {
        #expect(runMedip(["screen", "-", "--as-of", "2026-10-09", "--strict"], stdin: try Self.jsonl()).status == 1)
        #expect(runMedip(["screen", "-"]).status == 2)
        #expect(runMedip(["screen", "-", "--as-of", "2026-10-09", "--jobs", "0"]).status == 2)
        #expect(runMedip(["screen", "/nonexistent.jsonl", "--as-of", "2026-10-09"]).status == 1)
    }

    @Test func verdictsAreCompactLines() throws {
        let result = runMedip(["screen", "-", "--as-of", "2026-10-09", "--verdicts"], stdin: try Self.jsonl())
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix(#"{"line":1,"verdict":{"consequences":["includeInDrugSafetyCredit"],"disposition":"refuseListing""#))
        #expect(lines[1].contains(#""date":"2026-10-23","disposition":"greenChannel""#))
        #expect(runMedip(["screen", "-", "--as-of", "2026-10-09", "--verdicts", "--trace"]).status == 2)
    }

    /// Decision lines and the summary (on standard error and in --summary-json) name the law that
    /// decided; verdict lines stay compact and leave it to the summary.
    @Test func decisionsAndTheSummaryNameTheRuleSet() throws {
        let digest = Evaluator().ruleSetDigest
        let decisions = runMedip(["screen", "-", "--as-of", "2026-10-09"], stdin: try Self.jsonl())
        let first = try #require(decisions.out.split(separator: "\n").first)
        let decision = try #require((try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])?["decision"] as? [String: Any])
        #expect(decision["ruleSetDigest"] as? String == digest)
        #expect(decision["libraryVersion"] as? String == MedIPPolicyVersion.current)
        #expect(decision["schemaVersion"] as? Int == Decision.currentSchemaVersion)
        #expect(decisions.err.contains("decided under rule set \(digest) (library \(MedIPPolicyVersion.current), decision schema 1)"))

        let path = FileManager.default.temporaryDirectory.appendingPathComponent("medip-summary-\(UInt32.random(in: 0...UInt32.max)).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let verdicts = runMedip(["screen", "-", "--as-of", "2026-10-09", "--verdicts", "--summary-json", path], stdin: try Self.jsonl())
        #expect(verdicts.status == 0)
        #expect(!verdicts.out.contains("sha256:"))
        let summary = try JSONDecoder().decode(ScreeningSummary.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(summary.ruleSetDigest == digest)
        #expect(summary.decisionSchemaVersion == Decision.currentSchemaVersion)
    }
}
