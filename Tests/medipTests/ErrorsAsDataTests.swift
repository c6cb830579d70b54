import Foundation
import Testing
import MedipCommands

/// The one JSON object a failing `--format json` command writes to standard error (shared by the
/// errors-as-data suites).
func report(_ result: (status: Int32, out: String, err: String)) throws -> [String: Any] {
    let lines = result.err.split(separator: "\n")
    #expect(lines.count == 1, "one object, nothing else: \(result.err)")
    let object = try JSONSerialization.jsonObject(with: Data((lines.last ?? "").utf8))
    return try #require(object as? [String: Any])
}

private let examplesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Documentation/Examples")

private let invalidCase = #"{"schemaVersion":1,"id":"x","jurisdiction":"CN","enterprise":{"name":"甲","creditCode":"91110108MA01EXAMPG"},"product":{"id":"p","name":"乙","category":"chemicalDrug","drugClass":"generic","marketingAuthorisationHolder":"甲"},"rulings":[{"id":"R","dispute":"nope","kind":"administrativeRuling","finding":"infringes","patents":[],"effectiveOn":"2026-01-01"}]}"#

/// Issue 15 part 4: with `--format json` every failure is data.
@Suite struct ErrorsAsDataTests {
    @Test func aUsageErrorIsOneObjectWithExitTwo() throws {
        let result = runMedip(["evaluate", "-", "--asof", "2026-01-01", "--format", "json"])
        #expect(result.status == 2)
        #expect(result.out.isEmpty)
        let object = try report(result)
        #expect(object["code"] as? String == "unknownOption")
        #expect(object["exitCode"] as? Int == 2)
        #expect(object["command"] as? String == "medip evaluate")
        #expect((object["message"] as? String)?.contains("did you mean --as-of?") == true)
        #expect(object["complete"] == nil)
    }

    @Test func anUnknownCommandIsDataToo() throws {
        let result = runMedip(["mesures", "--format=json"])
        #expect(result.status == 2)
        let object = try report(result)
        #expect(object["code"] as? String == "unknownCommand")
        #expect((object["message"] as? String)?.contains("did you mean \"measures\"?") == true)
    }

    @Test func anUnreadableFileNamesTheFile() throws {
        let result = runMedip(["validate", "/nonexistent/case.json", "--format", "json"])
        #expect(result.status == 1)
        let object = try report(result)
        #expect(object["code"] as? String == "unreadable")
        #expect(object["file"] as? String == "/nonexistent/case.json")
    }

    @Test func malformedJSONGivesLineAndColumnAndSaysTheReaderStopped() throws {
        let result = runMedip(["evaluate", "-", "--format", "json"], stdin: Array("{\n  \"id\": ,\n}".utf8))
        #expect(result.status == 1)
        let object = try report(result)
        #expect(object["code"] as? String == "malformedJSON")
        #expect(object["file"] as? String == "-")
        #expect(object["line"] as? Int == 2)
        #expect(object["column"] as? Int != nil)
        #expect(object["complete"] as? Bool == false)
    }

    @Test func anUnknownKeyGivesItsPath() throws {
        let text = invalidCase.replacingOccurrences(of: #""rulings":"#, with: #""ruling":"#)
        let result = runMedip(["validate", "-", "--format", "json"], stdin: Array(text.utf8))
        #expect(result.status == 1)
        let object = try report(result)
        #expect(object["code"] as? String == "unknownKey")
        #expect(object["path"] as? String == "ruling")
        #expect(object["complete"] as? Bool == false)
    }

    @Test func anInvalidCaseListsEveryProblemInTheLanguageAsked() throws {
        let result = runMedip(["evaluate", "-", "--as-of", "2026-11-23", "--format", "json", "--lang", "zh"], stdin: Array(invalidCase.utf8))
        #expect(result.status == 1)
        #expect(result.out.isEmpty)
        let object = try report(result)
        #expect(object["code"] as? String == "invalidCase")
        #expect(object["complete"] as? Bool == true)
        let problems = try #require(object["problems"] as? [[String: Any]])
        #expect(!problems.isEmpty)
        #expect(problems.allSatisfy { $0["code"] is String && $0["severity"] as? String == "error" })
        #expect(problems.contains { ($0["path"] as? String)?.hasPrefix("rulings[0]") == true })
        // The text form is unchanged apart from the language.
        let text = runMedip(["evaluate", "-", "--as-of", "2026-11-23"], stdin: Array(invalidCase.utf8))
        #expect(text.err.hasPrefix("medip evaluate: the case is invalid:\n"))
    }

    @Test func aCalendarFailureOfEvaluationNamesTheField() throws {
        let text = caseNeedingTheSchedule2027
        let result = runMedip(["evaluate", "-", "--as-of", "2027-03-02", "--format", "json", "--strict-dates"], stdin: Array(text.utf8))
        #expect(result.status == 1)
        let object = try report(result)
        #expect(object["code"] as? String == "calendar")
        #expect(object["path"] as? String == "round.applicationDate")
    }

    @Test func inconsistentPatentFactsAreProblems() throws {
        let result = runMedip(["patent", "expiry", "--type", "design", "--filed", "2020-01-01", "--adjustment-days", "-5", "--format", "json"])
        #expect(result.status == 1)
        #expect(result.out.contains("\"expiry\""), "the term is still the result")
        let object = try report(result)
        #expect(object["code"] as? String == "inconsistentFacts")
        let problems = try #require(object["problems"] as? [[String: Any]])
        #expect(problems.map { $0["code"] as? String } == ["negativeDays"])
        #expect(problems.first?["path"] as? String == "--adjustment-days")
    }

    @Test func anUnknownMeasureAndAnObservationRowAreData() throws {
        let show = try report(runMedip(["show", "beijing-2026-3#88", "--format", "json"]))
        #expect(show["code"] as? String == "unknownMeasure")
        let targets = runMedip(
            ["targets", "--document", "beijing-2026-4", "--observed", "-", "--format", "json"],
            stdin: Array("measure,key,value\nbeijing-2026-4#6,varieties,412\n".utf8))
        let object = try report(targets)
        #expect(object["code"] as? String == "invalidObservation")
        #expect(object["line"] as? Int == 2)
        #expect(object["path"] as? String == "key")
    }

    @Test func withoutFormatJSONFailuresStayText() {
        let result = runMedip(["show", "beijing-2026-3#88"])
        #expect(result.status == 1)
        #expect(result.err.hasPrefix("medip show: no measure \"beijing-2026-3#88\""))
        #expect(!result.err.contains("{"))
    }
}

/// Issue 15 part 6: a CLI that catches typos.
@Suite struct TypoTests {
    @Test func aMisspeltCommandSuggestsTheCommand() {
        let result = runMedip(["mesures"])
        #expect(result.status == 2)
        #expect(result.err == "medip: unknown command \"mesures\" (did you mean \"measures\"?); see medip --help\n")
        #expect(runMedip(["calendar", "lst"]).err.contains("(did you mean \"calendar list\"?)"))
    }

    @Test func anUnknownHelpTopicIsAUsageError() {
        let result = runMedip(["help", "calendar", "nosuch"])
        #expect(result.status == 2)
        #expect(result.out.isEmpty)
        #expect(result.err.contains("unknown calendar help topic \"nosuch\"; one of: list,"))
        #expect(runMedip(["help", "calendar", "betwen"]).err.contains("did you mean \"calendar between\"?"))
        #expect(runMedip(["help", "nosuch"]).status == 2)
        #expect(runMedip(["help", "calendar"]).status == 0)
    }

    @Test(arguments: [
        (["screen", "-", "--asof", "2026-01-01"], "--as-of"),
        (["measures", "--dept", "市医保局"], "--department"),
        (["measures", "--depart", "市医保局"], "--department"),
        (["evaluate", "-", "--asof=2026-01-01"], "--as-of"),
        (["screen", "-", "--summaryjson", "x"], "--summary-json"),
    ])
    func aMisspeltOrShortenedOptionSuggestsTheOption(_ arguments: [String], _ meant: String) {
        let result = runMedip(arguments)
        #expect(result.status == 2)
        #expect(result.err.contains("did you mean \(meant)?"), "\(result.err)")
    }

    @Test func anOrdinalPastTheEndSaysHowManyMeasuresThereAre() {
        for arguments in [["show", "beijing-2026-3#88"], ["rules", "--measure", "beijing-2026-3#88"]] {
            let result = runMedip(arguments)
            #expect(result.status == 1)
            #expect(result.err.contains("beijing-2026-3 has 13 measures, #1…#13"), "\(result.err)")
        }
        let document = runMedip(["show", "bejing-2026-3#8"])
        #expect(document.err.contains("there is no document bejing-2026-3 (beijing-2026-3 is close)"), "\(document.err)")
    }

    @Test func targetsWithoutADocumentCoverEveryDocument() {
        let result = runMedip(["targets"])
        #expect(result.status == 0)
        let documents = Set(result.out.split(separator: "\n").compactMap { $0.split(separator: "#").first.map(String.init) })
        #expect(documents.count >= 2, "\(documents)")
        let observed = runMedip(["targets", "--observed", "-"], stdin: Array("measure,key,value\nbeijing-2026-4#6,project-managed-varieties,380\n".utf8))
        #expect(observed.status == 0)
        #expect(observed.out.contains("observed 380\tnotMet (-20)"))
    }

    @Test func screeningAPrettyPrintedDocumentOrAnArrayIsOneMessage() throws {
        let pretty = try String(contentsOf: examplesDirectory.appendingPathComponent("generic-category3-listing.json"), encoding: .utf8)
        let result = runMedip(["screen", "-", "--as-of", "2026-11-23"], stdin: Array(("\n" + pretty).utf8))
        #expect(result.status == 1)
        #expect(result.out.isEmpty)
        #expect(result.err == "medip screen: - is not JSON Lines (one case per line): it is a pretty-printed JSON document (line 2 is a lone \"{\"); convert it with jq -c . FILE\n")
        let array = runMedip(["screen", "-", "--as-of", "2026-11-23"], stdin: Array("[{\"id\": 1}]\n".utf8))
        #expect(array.status == 1)
        #expect(array.err.contains("it is a JSON array (line 1 starts with \"[\")"))
        // A JSON Lines file with a bad line is still screened line by line.
        let lines = runMedip(["screen", "-", "--as-of", "2026-11-23"], stdin: Array("{\"id\": 1}\n".utf8))
        #expect(lines.status == 0)
        #expect(lines.out.contains("error"))
    }

    @Test func chineseTextHasNoEnglishKindsOrRelations() {
        let show = runMedip(["show", "beijing-2024-5#1", "--lang", "zh"])
        #expect(show.status == 0)
        let kinds = show.out.split(separator: "\n").first { $0.hasPrefix("类别：") }.map(String.init) ?? ""
        #expect(!kinds.isEmpty && !kinds.contains { $0.isASCII && $0.isLetter }, "\(kinds)")
        let references = show.out.split(separator: "\n").filter { $0.hasPrefix("  - ") && $0.contains("#") }
        for line in references {
            #expect(!line.contains("editionCounterpart") && !line.contains("supersedes") && !line.contains("related"), "\(line)")
        }
        let diff = runMedip(["diff", "beijing-2024-5", "beijing-2026-4", "--lang", "zh"])
        #expect(diff.status == 0)
        for word in ["superseded", "raised", "continues", "lapsed", "restated", " target ", "time limit", "related", "succeeds", "measures", "none"] {
            #expect(!diff.out.contains(word), "\(word)")
        }
        #expect(diff.out.contains("被取代（1项措施）：") && diff.out.contains("继续有效（15项措施）："))
        let documents = runMedip(["documents", "--lang", "zh"])
        #expect(documents.out.contains("项措施") && !documents.out.contains(" measures"))
        let targets = runMedip(["targets", "--observed", "-", "--lang", "zh"], stdin: Array("measure,key,value\nbeijing-2026-4#6,project-managed-varieties,380\n".utf8))
        #expect(targets.out.contains("观测值 380\t未达成 (-20)"), "\(targets.out)")
        let rules = runMedip(["rules", "--measure", "beijing-2026-3#8", "--lang", "zh"])
        #expect(rules.out.contains("  条件：") && rules.out.contains("  则："))
        #expect(!rules.out.contains("when:") && !rules.out.contains("then:"))
    }

    @Test func versionIsListedInTheHelp() {
        #expect(runMedip(["--help"]).out.contains("medip --version"))
    }
}
