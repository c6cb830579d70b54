import Foundation
import Testing
import MedipCommands

/// `medip screen` and `medip generate` take `--format text|json` too: their output is JSON Lines
/// either way, and the option chooses how a failure is reported (issue 15 part 4).
@Suite struct ScreeningErrorsAsDataTests {
    @Test func screeningAPrettyPrintedDocumentIsDataWithItsFileAndLine() throws {
        let result = runMedip(["screen", "-", "--as-of", "2026-11-23", "--format", "json"], stdin: Array("{\n  \"id\": 1\n}\n".utf8))
        #expect(result.status == 1)
        #expect(result.out.isEmpty)
        let object = try report(result)
        #expect(object["code"] as? String == "notJSONLines")
        #expect(object["command"] as? String == "medip screen")
        #expect(object["file"] as? String == "-")
        #expect(object["line"] as? Int == 1)
        #expect(object["exitCode"] as? Int == 1)
    }

    @Test func screeningAnUnreadableFileOrAMissingDateIsData() throws {
        let unreadable = runMedip(["screen", "/nonexistent/cases.jsonl", "--as-of", "2026-11-23", "--format=json"])
        #expect(unreadable.status == 1)
        let object = try report(unreadable)
        #expect(object["code"] as? String == "unreadable")
        #expect(object["file"] as? String == "/nonexistent/cases.jsonl")
        let usage = runMedip(["screen", "-", "--format", "json"])
        #expect(usage.status == 2)
        #expect(try report(usage)["message"] as? String == "missing --as-of YYYY-MM-DD")
    }

    @Test func generateUsageErrorsAreData() throws {
        let result = runMedip(["generate", "--count", "many", "--format", "json"])
        #expect(result.status == 2)
        #expect(result.out.isEmpty)
        let object = try report(result)
        #expect(object["code"] as? String == "usage")
        #expect(object["command"] as? String == "medip generate")
        #expect((object["message"] as? String)?.contains("--count") == true)
    }

    @Test func theFormatChangesNothingButTheErrors() {
        let text = runMedip(["generate", "--count", "3", "--seed", "7"])
        let json = runMedip(["generate", "--count", "3", "--seed", "7", "--format", "json"])
        #expect(text.status == 0 && json.status == 0)
        #expect(text.out == json.out)
        #expect(text.out.split(separator: "\n").count == 3)
        let screened = runMedip(["screen", "-", "--as-of", "2026-11-23", "--format", "json"], stdin: Array(json.out.utf8))
        #expect(screened.status == 0)
        #expect(screened.out.split(separator: "\n").count == 3)
    }

    @Test(arguments: [["screen", "-", "--as-of", "2026-11-23"], ["generate", "--count", "1"]])
    func anotherFormatIsAUsageError(_ words: [String]) {
        let result = runMedip(words + ["--format", "csv"])
        #expect(result.status == 2)
        #expect(result.err.contains("--format must be text or json, not \"csv\""))
        let plain = runMedip(words + ["--bogus"])
        #expect(plain.status == 2)
        #expect(!plain.err.hasPrefix("{"))  // without --format json a failure stays text
    }
}
