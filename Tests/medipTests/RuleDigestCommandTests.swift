import Foundation
import Testing
import MedIPPolicy
@testable import MedipCommands

/// `medip rules digest`: the digest of the shipped catalog and rules, computed from their
/// canonical JSON, and the generated source that carries it into the library.
@Suite struct RuleDigestCommandTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func textIsTheDigestEveryDecisionCarries() {
        let result = runMedip(["rules", "digest"])
        #expect(result.status == 0)
        #expect(result.err.isEmpty)
        #expect(result.out == Evaluator().ruleSetDigest + "\n")
        #expect(result.out == Evaluator.computedDigest(catalog: .standard, rules: .standard) + "\n")
        #expect(runMedip(["rules", "digest", "--lang", "zh"]).out == result.out)
    }

    @Test func jsonIsTheCanonicalJSONTheDigestHashes() {
        let result = runMedip(["rules", "digest", "--format", "json"])
        #expect(result.status == 0)
        let bytes = Array(result.out.utf8)
        #expect(bytes.last == 0x0A)
        let canonical = Array(bytes.dropLast())
        #expect(canonical == Evaluator.canonicalJSON(catalog: .standard, rules: .standard))
        #expect("sha256:" + SHA256.hexDigest(canonical) == Evaluator().ruleSetDigest)
        #expect(canonical.starts(with: Array(#"{"catalog":{"documents":["#.utf8)))
    }

    /// The checked-in generated source is what `--format swift` prints (CI checks the same with
    /// .ci/generated-file.sh).
    @Test func swiftIsTheCheckedInGeneratedSource() throws {
        let result = runMedip(["rules", "digest", "--format", "swift"])
        #expect(result.status == 0)
        let file = Self.packageRoot.appendingPathComponent(RuleCommands.digestSourcePath)
        let checkedIn = try String(contentsOf: file, encoding: .utf8)
        #expect(
            result.out == checkedIn,
            "\(RuleCommands.digestSourcePath) is stale; regenerate it with: swift run medip rules digest --format swift > \(RuleCommands.digestSourcePath)")
        #expect(result.out.contains(#"static var standardRuleSetDigest: String { "\#(Evaluator().ruleSetDigest)" }"#))
    }

    @Test func aStaleConstantIsReportedWithTheCommandThatRegeneratesIt() {
        let computed = Evaluator.computedDigest(catalog: .standard, rules: .standard)
        #expect(throws: Never.self) { try RuleCommands.requireCurrent(builtIn: computed, computed: computed) }
        let stale = "sha256:" + String(repeating: "0", count: 64)
        do {
            try RuleCommands.requireCurrent(builtIn: stale, computed: computed)
            Issue.record("a stale digest was accepted")
        } catch {
            #expect(error.exitCode == 1)
            #expect(error.code == "staleDigest")
            let regenerate = "swift run medip rules digest --format swift > Sources/MedIPPolicy/Evaluation/Evaluator+StandardDigest.swift"
            #expect(error.message(in: .en).contains("is stale"))
            #expect(error.message(in: .en).contains(regenerate))
            #expect(error.message(in: .zh).contains("已过期"))
            #expect(error.message(in: .zh).contains(regenerate))
            #expect(error.message(in: .zh).contains(computed))
        }
    }

    @Test func badArgumentsAreUsageErrorsInEitherLanguage() {
        let format = runMedip(["rules", "digest", "--format", "csv", "--lang", "zh"])
        #expect(format.status == 2)
        #expect(format.err.contains("--format 必须是以下之一：text, json, swift"))
        #expect(runMedip(["rules", "digest", "extra"]).status == 2)
        #expect(runMedip(["rules", "digest", "--lang", "fr"]).status == 2)
        #expect(runMedip(["help", "rules", "digest"]).out.contains("USAGE: medip rules digest"))
        #expect(runMedip(["rules", "--help"]).out.contains("USAGE: medip rules [--measure"))
    }
}
