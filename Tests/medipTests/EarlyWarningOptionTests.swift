import Foundation
import Testing
import MedipCommands
import MedIPPolicy

/// The early-warning options at their edges (`screen --within/--horizon/--lang`, `timeline`),
/// and the screening summary in Chinese.
@Suite struct EarlyWarningOptionTests {
    static func jsonl() throws -> [UInt8] {
        var lines: [UInt8] = []
        for name in ["objection-overdue-opinion.json", "green-channel-national-day.json", "generic-category3-expiry.json"] {
            let data = try Data(contentsOf: RuleCommandTests.examples.appendingPathComponent(name))
            lines += data.filter { $0 != 0x0A } + [0x0A]
        }
        return lines + Array("{\"schemaVersion\": 2}\n".utf8)
    }

    /// The standard-error JSON object of a failed `--format json` run.
    static func error(_ result: (status: Int32, out: String, err: String)) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(result.err.utf8))) as? [String: Any]
    }

    @Test(arguments: [
        (["--within", "0d"], "positive whole number"),
        (["--within", "-3d"], "positive whole number"),
        (["--within", "+3d"], "positive whole number"),
        (["--within", "3"], "positive whole number"),
        (["--within", "d"], "positive whole number"),
        (["--within", "99999y"], "at most 36500"),
        (["--within", "8000y"], "goes past 9999-12-31"),
        (["--horizon", "2026-05-19"], "is before --as-of"),
        (["--horizon", "2026-07-01", "--horizon", "2026-08-01"], "more than once"),
        (["--within", "3d", "--within", "4d"], "more than once"),
        (["--within", "3d", "--horizon", "2026-07-01"], "exclude each other"),
        (["--changes-only"], "needs --horizon or --within"),
        (["--within", "3d", "--lang", "fr"], "--lang must be zh or en"),
    ])
    func horizonOptionsAtTheirEdgesAreUsageErrors(options: [String], message: String) throws {
        let result = runMedip(["screen", "-", "--as-of", "2026-05-20", "--format", "json"] + options, stdin: try Self.jsonl())
        #expect(result.status == 2)
        #expect(result.out.isEmpty)
        let error = try #require(Self.error(result), "\(result.err)")
        #expect(error["code"] as? String == "usage")
        #expect((error["message"] as? String)?.contains(message) == true, "\(result.err)")
    }

    @Test func aHorizonOnTheAsOfDateAndAOneDayWindowAreAccepted() throws {
        let same = runMedip(["screen", "-", "--as-of", "2026-05-20", "--horizon", "2026-05-20"], stdin: try Self.jsonl())
        #expect(same.status == 0)
        #expect(same.err.contains("changing after 2026-05-20 and on or before 2026-05-20: 0"))
        let month = runMedip(["screen", "-", "--as-of", "2026-01-31", "--within", "1m"], stdin: try Self.jsonl())
        #expect(month.err.contains("on or before 2026-02-28:"), "\(month.err)")
    }

    @Test func theScreeningSummaryIsChineseUnderLangZh() throws {
        let zh = runMedip(["screen", "-", "--as-of", "2026-05-20", "--within", "1y", "--lang", "zh"], stdin: try Self.jsonl())
        #expect(zh.status == 0)
        #expect(zh.err.contains("已筛查 4 件案件：3 件已作出决定，1 件失败"), "\(zh.err)")
        #expect(zh.err.contains("  读取：1"))
        #expect(zh.err.contains("2026-05-20 之后至 2027-05-20（含）决定将变化：3 件"))
        #expect(zh.err.contains("  按平台常规程序办理 → 暂缓挂网"), "\(zh.err)")
        // Fully Chinese: no Latin word left once ids, the digest, the version and option names are removed.
        for line in zh.err.split(separator: "\n") {
            let stripped = line.replacing(/(national|beijing)-[0-9-]+#[0-9]+|sha256:[0-9a-f]+|--[a-z-]+|[0-9]+\.[0-9]+\.[0-9]+(-[a-z]+)?/, with: "")
            #expect(!stripped.contains(/[A-Za-z]{2,}/), "\(line)")
        }
        // The decisions written are the same whatever the language; English stays as it was.
        let en = runMedip(["screen", "-", "--as-of", "2026-05-20", "--within", "1y"], stdin: try Self.jsonl())
        #expect(en.out == zh.out)
        #expect(en.err.contains("screened 4 cases: 3 decided, 1 failed"))
        #expect(en.err.contains("  ordinaryProcedure→deferUntil: 1"))
        // Every line reads back through the strict TimelineChange decoder.
        let lines = try en.out.split(separator: "\n").map { try JSONDecoder().decode(ScreenedHorizonLine.self, from: Data($0.utf8)) }
        #expect(lines.count == 4)
        #expect(lines.compactMap(\.nextChange).count == 3)
        let plain = runMedip(["screen", "-", "--as-of", "2026-05-20", "--lang", "zh"], stdin: try Self.jsonl())
        #expect(plain.err.hasPrefix("已筛查 4 件案件"))
        #expect(!plain.err.contains("决定将变化"))
    }

    @Test(arguments: ["text", "markdown"])
    func diffUnderLangZhIsFullyChinese(format: String) {
        let result = runMedip(["diff", "beijing-2024-5", "beijing-2026-4", "--lang", "zh", "--format", format])
        #expect(result.status == 0)
        // Ids, the command that generated a briefing, and the Latin letters the official headings
        // themselves use (DRG, AI) aside, no Latin word.
        for line in result.out.split(separator: "\n") {
            let stripped = line.replacing(/(national|beijing)-[0-9-]+(#[0-9]+)?|`medip [^`]*`|DRG|AI/, with: "")
            #expect(!stripped.contains(/[A-Za-z]{2,}/), "\(line)")
        }
    }

    @Test func timelineTextUnderLangZhIsFullyChineseForEveryExample() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: RuleCommandTests.examples.path)
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix("expected-") }.sorted()
        #expect(names.count >= 20)
        for name in names + ["Timelines/category3-patent-and-exclusivity.json"] {
            let path = RuleCommandTests.examples.appendingPathComponent(name).path
            // Across every document's first day, and past the last official schedule (2026).
            let result = runMedip(["timeline", path, "--from", "2022-01-01", "--through", "2030-12-31", "--lang", "zh"])
            #expect(result.status == 0, "\(name): \(result.err)")
            #expect(result.out.hasPrefix("案件 "), "\(name)")
            // Ids, field paths ("patents[0].filingDate: "), obligation codes, patent numbers and
            // the names of the ways to supply a schedule aside, no Latin word.
            for line in result.out.split(separator: "\n") {
                let stripped = line
                    .replacing(/(national|beijing)-[0-9-]+(#[0-9]+)?|ZL[0-9.X]+|--schedule|WorkingDayCalendar\.adding/, with: "")
                    .replacing(#/[a-z]+([A-Z][a-zA-Z]*)*(\[[0-9]+\])?(\.[a-z]+([A-Z][a-zA-Z]*)*(\[[0-9]+\])?)*: /#, with: "")
                    .replacing(/[a-z0-9]+(-[a-z0-9]+)+/, with: "")
                #expect(!stripped.contains(/[A-Za-z]{2,}/), "\(name): \(line)")
            }
        }
    }

    @Test func aMeasureIdWhereADocumentIsExpectedNamesTheDocument() {
        let result = runMedip(["diff", "beijing-2024-5#12", "beijing-2026-4", "--format", "json"])
        #expect(result.status == 1)
        let error = Self.error(result)
        #expect(error?["code"] as? String == "unknownDocument")
        #expect((error?["message"] as? String)?.hasSuffix("that is a measure id: give its document, beijing-2024-5") == true, "\(result.err)")
        // A misspelt document id still gets its did-you-mean.
        #expect(runMedip(["diff", "bejing-2024-5", "beijing-2026-4"]).err.contains("did you mean beijing-2024-5?"))
    }
}
