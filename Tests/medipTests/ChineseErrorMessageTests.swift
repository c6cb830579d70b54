import Foundation
import MedIPPolicy
import MedipCommands
import Testing

/// Every failure a user can meet, run with `--lang zh`: each line on standard error is Chinese
/// (ids, options, codes, paths and quoted input aside), in text and in `--format json`, and the
/// same failure without `--lang` stays English with the same code.
@Suite struct ChineseErrorMessageTests {
    /// One failing command line.
    struct Failure: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var stdin: [UInt8] = []
        var environment: [String: String] = [:]
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let example = BadInputCommandTests.example
    static let directory: String = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("medip-zh-errors-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        SharedScratch.removedAtExit(url.path)
        let files = [
            "case.json": example,
            "bad-schedule.csv": "date,status,festival\n2027-01-05,work,x\n",
            "gap-schedule.csv": "date,status,festival\n2029-01-01,off,元旦\n",
            "not-a-schedule.csv": "when,what\n",
            "bad.csv": "measure,key\n",
            "unknown-target.csv": "measure,key,value\nbeijing-2026-4#6,nokey,1\n",
        ]
        for (name, text) in files { try? text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url.path
    }()
    static func file(_ name: String) -> String { directory + "/" + name }

    static let failures: [Failure] = {
        let caseFile = file("case.json")
        let jsonl = Array((example.split(separator: "\n").joined() + "\n").utf8)
        var rows: [Failure] = [
            // Dispatch and option parsing.
            .init(arguments: ["shw"]), .init(arguments: ["calendar", "lst"]), .init(arguments: ["calendar"]),
            .init(arguments: ["help", "nothing"]), .init(arguments: ["evaluate", caseFile, "--asof", "2026-01-01"]),
            .init(arguments: ["evaluate", caseFile, "--as-of"]), .init(arguments: ["evaluate", caseFile, "--strict-dates=yes"]),
            .init(arguments: ["evaluate", caseFile, "--strict-dates", "--strict-dates"]),
            .init(arguments: ["evaluate", caseFile, "--as-of", "2026-01-01", "--as-of", "2026-01-02"]),
            .init(arguments: ["evaluate", caseFile, "extra"]), .init(arguments: ["documents", "--lang", "zh", "--lang", "zh"]),
            // Catalog.
            .init(arguments: ["documents", "--format", "xml"]), .init(arguments: ["show"]),
            .init(arguments: ["show", "beijing-2026-3#88"]), .init(arguments: ["show", "nowhere#1"]), .init(arguments: ["show", "x"]),
            .init(arguments: ["measures", "--kind", "x"]), .init(arguments: ["measures", "--department", "市医保"]),
            .init(arguments: ["measures", "--document", "beijing-2024-5#12"]), .init(arguments: ["measures", "--document", "beijing-2024-6"]),
            .init(arguments: ["diff", "beijing-2026-4", "beijing-2024-5"]), .init(arguments: ["diff", "beijing-2024-5", "beijing-2024-5"]),
            .init(arguments: ["diff", "national-2022-45", "beijing-2026-3"]), .init(arguments: ["diff", "beijing-2024-5"]),
            .init(arguments: ["diff", "beijing-2024-5", "beijing-2026-4", "--as-of", "2025-01-01"]),
            .init(arguments: ["targets", "--observed", file("bad.csv")]), .init(arguments: ["targets", "--observed", file("unknown-target.csv")]),
            .init(arguments: ["targets", "--observed", file("missing.csv")]), .init(arguments: ["targets", "--observed", directory]),
            .init(arguments: ["rules", "--measure", "x"]),
            // Cases.
            .init(arguments: ["evaluate"]), .init(arguments: ["evaluate", file("missing.json")]),
            .init(arguments: ["evaluate", caseFile, "--as-of", "2026-02-30"]), .init(arguments: ["evaluate", caseFile, "--as-of", "2026/02/01"]),
            .init(arguments: ["evaluate", caseFile, "--schedule", file("missing.csv")]),
            .init(arguments: ["evaluate", caseFile, "--schedule", file("bad-schedule.csv")]),
            .init(arguments: ["evaluate", caseFile, "--schedule", file("gap-schedule.csv")]),
            .init(arguments: ["evaluate", caseFile, "--schedule", file("not-a-schedule.csv")]),
            .init(arguments: ["evaluate", caseFile], environment: ["MEDIP_SCHEDULES": "a.csv::b.csv"]),
            .init(arguments: ["evaluate", "-", "--strict-dates", "--as-of", "2027-06-01"], stdin: Array(caseNeedingTheSchedule2027.utf8)),
            .init(arguments: ["validate", "-", "--format", "yaml"], stdin: Array(example.utf8)),
            .init(arguments: ["timeline"]), .init(arguments: ["timeline", caseFile, "--from", "2027-01-01", "--through", "2026-01-01"]),
            .init(arguments: ["timeline", caseFile, "--format", "csv"]),
            .init(arguments: ["patent", "expiry"]), .init(arguments: ["patent", "expiry", "--type", "x", "--filed", "2020-01-01"]),
            .init(arguments: ["patent", "expiry", "--type", "invention", "--filed", "2020-13-01"]),
            .init(arguments: ["patent", "expiry", "--type", "design", "--filed", "2020-01-01", "--adjustment-days", "5"]),
            .init(arguments: ["patent", "expiry", "--type", "invention", "--filed", "2020-01-01", "--compensation-days", "x"]),
            .init(arguments: ["patent", "expiry", "--type", "invention", "--filed", "2020-01-01", "--terminated", "2021-01-01",
                              "--surrendered", "2021-01-01"]),
            .init(arguments: ["patent", "expiry", "--json", file("missing.json"), "--type", "invention"]),
            .init(arguments: ["patent", "expiry", "--json", caseFile]),
            // Calendar.
            .init(arguments: ["calendar", "list"]), .init(arguments: ["calendar", "list", "--from", "2026-01-05"]),
            .init(arguments: ["calendar", "list", "--from", "2026-01-05", "--to", "2026-01-01"]),
            .init(arguments: ["calendar", "list", "--from", "2000-01-01", "--to", "2026-01-01"]),
            .init(arguments: ["calendar", "add-working-days", "2031-01-05", "3"]),
            .init(arguments: ["calendar", "add-working-days", "2026-01-05", "x"]), .init(arguments: ["calendar", "add-days", "2026-01-05", "-3"]),
            .init(arguments: ["calendar", "between", "2026-01-05"]),
            .init(arguments: ["calendar", "between", "2026-01-05", "2026-02-05", "--schedule", file("bad-schedule.csv")]),
            // Screening.
            .init(arguments: ["screen", "x.jsonl"]), .init(arguments: ["screen", file("missing.jsonl"), "--as-of", "2026-06-01"]),
            .init(arguments: ["screen", "-", "--as-of", "2026-06-01"], stdin: Array("[\(example)]".utf8)),
            .init(arguments: ["screen", "-", "--as-of", "2026-06-01"], stdin: Array(example.utf8)),
            .init(arguments: ["screen", "-", "--as-of", "2026-06-01", "--jobs", "0"], stdin: jsonl),
            .init(arguments: ["screen", "-", "--as-of", "2026-06-01", "--batch", "x"], stdin: jsonl),
            .init(arguments: ["screen", "-", "--as-of", "2026-06-01", "--within", "x"], stdin: jsonl),
            .init(arguments: ["screen", "-", "--as-of", "2026-06-01", "--within", "99999y"], stdin: jsonl),
            .init(arguments: ["screen", "-", "--as-of", "9999-06-01", "--within", "2y"], stdin: jsonl),
            .init(arguments: ["screen", "-", "--as-of", "2026-06-01", "--horizon", "2025-01-01"], stdin: jsonl),
            .init(arguments: ["screen", "-", "--as-of", "2026-06-01", "--horizon", "2027-01-01", "--within", "3m"], stdin: jsonl),
            .init(arguments: ["screen", "-", "--as-of", "2026-06-01", "--changes-only"], stdin: jsonl),
            .init(arguments: ["screen", "-", "--as-of", "2026-06-01", "--within", "3m", "--verdicts"], stdin: jsonl),
            .init(arguments: ["screen", "-", "--as-of", "2026-06-01", "--verdicts", "--trace"], stdin: jsonl),
            .init(arguments: ["screen", "-", "--as-of", "2026-06-01", "--summary-json", "-"], stdin: jsonl),
            .init(arguments: ["screen", caseFile, "--as-of", "2026-06-01", "--output", caseFile], stdin: jsonl),
            .init(arguments: ["screen", "-", "--as-of", "2026-06-01", "--output", directory + "/no/such/dir/out.jsonl"], stdin: jsonl),
            // Commands that take no --lang say so in Chinese; generating checks its options first.
            .init(arguments: ["analyze", file("missing.json"), "--lang", "zh"]), .init(arguments: ["coverage", "x", "--lang", "zh"]),
            .init(arguments: ["schema", "x", "--lang", "zh"]), .init(arguments: ["generate", "--lang", "zh"]),
        ]
        // Every hostile or malformed case file of the bad-input table, through validate and evaluate.
        for row in BadInputCommandTests.rows {
            // `validate` reports facts that contradict each other on standard output, as its result.
            if !row.validation { rows.append(.init(arguments: ["validate", "-"], stdin: row.bytes)) }
            rows.append(.init(arguments: ["evaluate", "-", "--as-of", "2026-06-01"], stdin: row.bytes))
        }
        return rows
    }()

    /// `arguments` with `--lang zh` (before a `--`), unless they name a language already.
    static func chinese(_ arguments: [String]) -> [String] {
        arguments.contains("--lang") ? arguments : arguments + ["--lang", "zh"]
    }

    @Test(arguments: failures)
    func everyLineOnStandardErrorIsChinese(_ failure: Failure) throws {
        let result = runMedip(Self.chinese(failure.arguments), stdin: failure.stdin, environment: failure.environment)
        #expect(result.status != 0)
        let lines = result.err.split(separator: "\n").map(String.init)
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(hasChinese(line), "\(line)")
            #expect(englishWords(in: line).isEmpty, "English left in: \(line)")
        }
        guard !failure.arguments.contains("--lang") else { return }
        let english = runMedip(failure.arguments, stdin: failure.stdin, environment: failure.environment)
        #expect(english.status == result.status)
        #expect(english.err != result.err)
    }

    @Test(arguments: failures.filter { !$0.arguments.contains("--format") })
    func theJSONReportIsChineseWithTheSameCode(_ failure: Failure) throws {
        func report(_ arguments: [String]) throws -> [String: Any] {
            let result = runMedip(arguments + ["--format", "json"], stdin: failure.stdin, environment: failure.environment)
            let last = try #require(result.err.split(separator: "\n").last)
            return try #require(try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any])
        }
        let zh = try report(Self.chinese(failure.arguments))
        if !failure.arguments.contains("--lang") {
            let en = try report(failure.arguments)
            #expect(zh["code"] as? String == en["code"] as? String)
            #expect(zh["path"] as? String == en["path"] as? String)
            #expect(zh["line"] as? Int == en["line"] as? Int)
        }
        let message = try #require(zh["message"] as? String)
        #expect(hasChinese(message) && englishWords(in: message).isEmpty, "\(message)")
        for problem in zh["problems"] as? [[String: Any]] ?? [] {
            let text = problem["message"] as? String ?? ""
            #expect(hasChinese(text) && englishWords(in: text).isEmpty, "\(text)")
        }
    }

    @Test func aFailedWriteIsReportedInChinese() {
        final class Box: @unchecked Sendable { var err = "" }
        let box = Box()
        let io = CommandIO(failingOut: { _ in "磁盘已满" }, err: { box.err += $0 })
        #expect(Medip.main(arguments: ["documents", "--lang", "zh"], io: io) == 1)
        #expect(box.err == "medip documents: 无法写入标准输出：磁盘已满\n")
    }

    @Test func theLanguageIsTheLastLangBeforeADoubleDash() {
        #expect(runMedip(["show", "--lang", "zh"]).err.contains("缺少 MEASURE-ID"))
        #expect(runMedip(["show", "--lang=zh"]).err.contains("缺少 MEASURE-ID"))
        #expect(runMedip(["show", "--", "--lang", "zh"]).err.contains("unexpected argument"))
        #expect(runMedip(["documents", "--lang", "fr"]).err.contains("--lang must be zh or en, not \"fr\""))
    }

    @Test func aCommandErrorHoldsBothLanguages() throws {
        let error = CommandError.usage(zh: "缺少 --as-of", en: "missing --as-of", code: "usage")
        #expect(error.exitCode == 2 && error.code == "usage")
        #expect(error.message == "missing --as-of" && error.description == "missing --as-of")
        #expect(error.message(in: .zh) == "缺少 --as-of")
        #expect(CommandError.badInput(LocalizedText(zh: "甲", en: "a")).code == "badInput")
        var located = CommandError.badInput(zh: "甲", en: "a").at(file: "f.json", path: "id", line: 1, column: 2)
        located.problems = [ErrorReport.Problem(code: "c", path: "p", text: LocalizedText(zh: "乙", en: "b"))]
        let zh = ErrorReport(located, command: "medip x", language: .zh)
        let en = ErrorReport(located, command: "medip x")
        #expect(zh.message == "甲" && en.message == "a")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let zhJSON = String(decoding: try encoder.encode(zh), as: UTF8.self)
        #expect(zhJSON == #"{"code":"badInput","column":2,"command":"medip x","exitCode":1,"file":"f.json","line":1,"# +
            #""message":"甲","path":"id","problems":[{"code":"c","message":"乙","path":"p","severity":"error"}]}"#)
        let enJSON = String(decoding: try encoder.encode(en), as: UTF8.self)
        #expect(enJSON.contains(#""message":"a""#) && enJSON.contains(#""message":"b""#) && !enJSON.contains("language"))
    }
}
