import Foundation
import Testing
import MedipCommands

/// Strict reading through `medip`: a misspelt key is an error on validate, evaluate and screen,
/// and `--allow-unknown-keys` (the one escape hatch) reads the file and ignores the key.
@Suite struct StrictReadingCommandTests {
    static func example(_ name: String, replacing target: String, with replacement: String) throws -> [UInt8] {
        let text = try String(contentsOf: RuleCommandTests.examples.appendingPathComponent(name), encoding: .utf8)
        #expect(text.contains(target), "\(name) has no \(target)")
        return Array(text.replacingOccurrences(of: target, with: replacement).utf8)
    }

    @Test func aMisspeltRulingsIsRefusedByValidateAndEvaluate() throws {
        let misspelt = try Self.example("infringement-judgment-listed.json", replacing: #""rulings""#, with: #""ruling""#)
        let expected = #"-: ruling: unknown key "ruling" (did you mean "rulings"?)"#

        let validate = runMedip(["validate", "-"], stdin: misspelt)
        #expect(validate.status == 1)
        #expect(validate.out.isEmpty, "\(validate.out)")
        #expect(validate.err == "medip validate: \(expected)\n")

        let evaluate = runMedip(["evaluate", "-", "--as-of", "2026-05-01"], stdin: misspelt)
        #expect(evaluate.status == 1)
        #expect(evaluate.out.isEmpty, "\(evaluate.out)")
        #expect(evaluate.err == "medip evaluate: \(expected)\n")
    }

    @Test func theEscapeHatchReadsTheFileAndDropsTheKey() throws {
        let original = try Self.example("infringement-judgment-listed.json", replacing: #""rulings""#, with: #""rulings""#)
        let misspelt = try Self.example("infringement-judgment-listed.json", replacing: #""rulings""#, with: #""ruling""#)
        let validate = runMedip(["validate", "-", "--allow-unknown-keys"], stdin: misspelt)
        #expect(validate.status == 0, "\(validate.err)")
        #expect(validate.out.hasPrefix("valid"), "\(validate.out)")

        let args = ["evaluate", "-", "--as-of", "2026-05-01", "--format", "json"]
        let strict = runMedip(args, stdin: original)
        let lenient = runMedip(args + ["--allow-unknown-keys"], stdin: misspelt)
        #expect(strict.status == 0 && lenient.status == 0, "\(strict.err) \(lenient.err)")
        // Without the ruling the decision changes: the hatch is deliberate, and off by default.
        #expect(strict.out != lenient.out)
        // On a file without unknown keys the flag changes nothing.
        #expect(runMedip(args + ["--allow-unknown-keys"], stdin: original).out == strict.out)
    }

    @Test func screeningReportsAnUnknownKeyInPlaceUnlessAllowed() throws {
        let line = try Self.example("green-channel-national-day.json", replacing: "greenChannelQualified", with: "greenChanelQualified")
            .filter { $0 != 0x0A } + [0x0A]
        let strict = runMedip(["screen", "-", "--as-of", "2026-10-09"], stdin: line)
        #expect(strict.status == 0)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(strict.out.utf8)) as? [String: Any])
        let error = try #require(record["error"] as? [String: Any])
        #expect(error["stage"] as? String == "decoding")
        let problem = try #require((error["problems"] as? [[String: Any]])?.first)
        #expect(problem["code"] as? String == "unknownKey")
        #expect(problem["path"] as? String == "product.greenChanelQualified")
        #expect((problem["message"] as? String)?.contains(#"did you mean "greenChannelQualified"?"#) == true)

        let lenient = runMedip(["screen", "-", "--as-of", "2026-10-09", "--allow-unknown-keys"], stdin: line)
        #expect(lenient.status == 0)
        let decided = try #require(try JSONSerialization.jsonObject(with: Data(lenient.out.utf8)) as? [String: Any])
        #expect(decided["decision"] != nil, "\(lenient.out)")
    }

    @Test func theFlagIsOnlyOnCommandsThatReadCases() {
        #expect(runMedip(["schema", "--allow-unknown-keys"]).status == 2)
        for command in ["validate", "evaluate", "screen"] {
            #expect(runMedip([command, "--help"]).out.contains("--allow-unknown-keys"), "\(command)")
        }
    }

    @Test func theSchemaHelpNoLongerSaysTheDecoderIgnoresKeys() {
        let help = runMedip(["schema", "--help"]).out
        #expect(!help.contains("the decoder ignores them"))
        #expect(help.contains("Both reject unknown keys"))
    }
}
