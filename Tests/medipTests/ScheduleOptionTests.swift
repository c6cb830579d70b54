import Foundation
import Testing
import MedIPPolicy

/// `--schedule` / `MEDIP_SCHEDULES` / `--strict-dates` on the commands that decide cases, with a
/// green-channel application of 2026-12-21 whose 15 working days run into 2027.
@Suite struct ScheduleOptionTests {
    /// Tests/Fixtures/synthetic-2027-schedule.csv: made up for tests, not the official notice.
    static let synthetic2027 = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/synthetic-2027-schedule.csv").path

    static let greenChannel = #"""
        {"schemaVersion": 1, "id": "gc-2027", "jurisdiction": "CN-BJ",
         "enterprise": {"name": "E", "creditCode": "91320500MA1TEXT00P"},
         "product": {"id": "P", "name": "N", "category": "chemicalDrug", "drugClass": "innovative",
                     "marketingAuthorisationHolder": "E", "greenChannelQualified": true},
         "commitments": [{"kind": "listingSelfCommitment", "date": "2026-12-21"}],
         "round": {"kind": "listing", "name": "R", "applicationDate": "2026-12-21"}}
        """#
    static var greenChannelLine: [UInt8] { Array(greenChannel.replacing("\n", with: " ").utf8) + [0x0A] }

    func temporaryFile(_ text: String, _ suffix: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("medip-schedule-\(UUID().uuidString)\(suffix)")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func evaluateDecidesWithTheDueDateUnknown() throws {
        let evaluate = ["evaluate", "-", "--as-of", "2026-12-22"]
        let text = runMedip(evaluate, stdin: Array(Self.greenChannel.utf8))
        #expect(text.status == 0, "\(text.err)")
        #expect(text.out.contains("green channel: fast listing (due date unknown: no working-day schedule for 2027; supply it with --schedule / WorkingDayCalendar.adding)"))
        let zh = runMedip(evaluate + ["--lang", "zh"], stdin: Array(Self.greenChannel.utf8))
        #expect(zh.out.contains("绿色通道快速挂网（期限未知：缺少 2027 年工作日安排；请用 --schedule 或 WorkingDayCalendar.adding 提供）"))
        let json = runMedip(evaluate + ["--format", "json"], stdin: Array(Self.greenChannel.utf8))
        let decision = try JSONDecoder().decode(Decision.self, from: Data(json.out.utf8))
        #expect(decision.disposition.kind == .greenChannel && decision.disposition.date == nil)
        #expect(decision.disposition.unknownDate == UnknownDate(
            year: 2027, expression: DateExpression(.listingApplication, plus: .workingDays(15)),
            from: "round.applicationDate", start: try CivilDate(iso8601: "2026-12-21")))
        #expect(decision.obligations.contains { $0.unknownDue?.year == 2027 })
    }

    @Test func strictDatesFailsInBothLanguages() {
        let evaluate = ["evaluate", "-", "--as-of", "2026-12-22", "--strict-dates"]
        let en = runMedip(evaluate, stdin: Array(Self.greenChannel.utf8))
        #expect(en.status == 1)
        #expect(en.out.isEmpty)
        #expect(en.err.contains("cannot compute listingApplication + 15 working days from round.applicationDate (2026-12-21): no official working-day schedule for 2027"))
        let zh = runMedip(evaluate + ["--lang", "zh"], stdin: Array(Self.greenChannel.utf8))
        #expect(zh.status == 1)
        #expect(zh.err.contains("无法计算 listingApplication + 15个工作日（自 round.applicationDate，2026-12-21 起）：没有 2027 年的官方工作日安排"))
    }

    @Test func aScheduleByFlagOrEnvironmentGivesTheDate() {
        let evaluate = ["evaluate", "-", "--as-of", "2026-12-22"]
        let flag = runMedip(evaluate + ["--schedule", Self.synthetic2027], stdin: Array(Self.greenChannel.utf8))
        #expect(flag.status == 0, "\(flag.err)")
        #expect(flag.out.contains("green channel: fast listing, due by 2027-01-12"))
        let environment = runMedip(
            evaluate + ["--strict-dates"], stdin: Array(Self.greenChannel.utf8),
            environment: ["MEDIP_SCHEDULES": Self.synthetic2027])
        #expect(environment.status == 0, "\(environment.err)")
        #expect(environment.out.contains("due by 2027-01-12"))
    }

    @Test func scheduleSourcesCombineAndAYearGivenTwiceIsAnError() throws {
        let evaluate = ["evaluate", "-", "--as-of", "2026-12-22"]
        let twice = runMedip(
            evaluate + ["--schedule", Self.synthetic2027], stdin: Array(Self.greenChannel.utf8),
            environment: ["MEDIP_SCHEDULES": Self.synthetic2027])
        #expect(twice.status == 1)
        #expect(twice.err.contains("2027 is already given by"))
        let empty = runMedip(evaluate, stdin: Array(Self.greenChannel.utf8), environment: ["MEDIP_SCHEDULES": "a.csv::b.csv"])
        #expect(empty.status == 1)
        #expect(empty.err.contains("MEDIP_SCHEDULES has an empty entry"))
        // 2028 from the environment, 2027 from the flag: both added, whatever the order.
        let y2028 = try temporaryFile("# synthetic test data\ndate,status,festival\n2028-01-03,off,元旦\n", ".csv")
        defer { try? FileManager.default.removeItem(atPath: y2028) }
        let both = runMedip(
            ["calendar", "add-working-days", "2027-12-31", "1", "--schedule", Self.synthetic2027],
            environment: ["MEDIP_SCHEDULES": y2028])
        #expect(both.status == 0, "\(both.err)")
        #expect(both.out == "2028-01-04\n")
        // The same validation as the calendar commands: a bad row names the file and line.
        let bad = try temporaryFile("date,status,festival\n2027-13-01,off,x\n", ".csv")
        defer { try? FileManager.default.removeItem(atPath: bad) }
        let rejected = runMedip(evaluate + ["--schedule", bad], stdin: Array(Self.greenChannel.utf8))
        #expect(rejected.status == 1)
        #expect(rejected.err.contains(bad))
    }

    @Test func screenCountsUnknownDatesAndNamesTheFieldWhenStrict() throws {
        let input = try temporaryFile(String(decoding: Self.greenChannelLine, as: UTF8.self), ".jsonl")
        defer { try? FileManager.default.removeItem(atPath: input) }
        let screen = ["screen", input, "--as-of", "2026-12-22", "--jobs", "1"]
        let decided = runMedip(screen)
        #expect(decided.status == 0, "\(decided.err)")
        #expect(decided.out.contains(#""unknownDate":{"expression":{"anchor":"listingApplication","offset":{"unit":"workingDays","value":15}},"from":"round.applicationDate","reason":"noWorkingDaySchedule","start":"2026-12-21","year":2027}"#))
        #expect(decided.err.contains("with a date unknown (no working-day schedule for its year; add it with --schedule): 1"))
        let verdicts = runMedip(screen + ["--verdicts"])
        #expect(verdicts.out.contains(#""unknownDate":{"#))
        let strict = runMedip(screen + ["--strict-dates"])
        #expect(strict.status == 0)
        #expect(strict.out.contains(#""path":"round.applicationDate""#))
        #expect(strict.out.contains(#""stage":"evaluation""#))
        let known = runMedip(screen, environment: ["MEDIP_SCHEDULES": Self.synthetic2027])
        #expect(known.out.contains(#""date":"2027-01-12""#))
        #expect(!known.out.contains("unknownDate"))
        let flagged = runMedip(screen + ["--schedule", Self.synthetic2027, "--verdicts"])
        #expect(flagged.out.contains(#""date":"2027-01-12""#))
    }
}
