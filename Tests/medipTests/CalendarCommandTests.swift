import Foundation
import Testing
import MedIPPolicy
import MedipCommands

/// `medip calendar …`: outputs and exit statuses.
@Suite struct CalendarCommandTests {
    /// Writes `text` to a fresh temporary file and returns its path.
    func temporaryFile(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("medip-calendar-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// A made-up 2027 schedule for tests only; it is NOT the official 2027 notice.
    let madeUp2027 = "# made-up test schedule, not official\ndate,status,festival\n2027-01-01,off,元旦\n"

    @Test func listPrintsTwoFieldsPerDate() {
        let result = runMedip(["calendar", "list", "--from", "2026-02-13", "--to", "2026-02-16"])
        #expect(result.status == 0)
        #expect(result.out == "2026-02-13 working\n2026-02-14 working\n2026-02-15 rest\n2026-02-16 rest\n")
        #expect(result.err.isEmpty)
    }

    @Test func listVerboseAddsKindAndFestival() {
        let result = runMedip(["calendar", "list", "--from=2026-02-13", "--to=2026-03-01", "--verbose"])
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n")
        #expect(lines.count == 17)
        #expect(lines.first == "2026-02-13 working workingDay")
        #expect(lines[1] == "2026-02-14 working adjustedWorkingDay 春节")
        #expect(lines[2] == "2026-02-15 rest holiday 春节")
        #expect(lines.last == "2026-03-01 rest weekendRestDay")
    }

    @Test func listRejectsBadRanges() {
        let tooLong = runMedip(["calendar", "list", "--from", "2022-01-01", "--to", "2032-01-02"])
        #expect(tooLong.status == 2)
        #expect(tooLong.err.contains("over 10 years"))
        #expect(tooLong.out.isEmpty)
        let backward = runMedip(["calendar", "list", "--from", "2026-02-02", "--to", "2026-02-01"])
        #expect(backward.status == 2)
        #expect(runMedip(["calendar", "list", "--from", "2026-02-02"]).status == 2)
        let uncovered = runMedip(["calendar", "list", "--from", "2026-12-30", "--to", "2027-01-02"])
        #expect(uncovered.status == 1)
        #expect(uncovered.out.isEmpty)  // nothing printed when part of the range is not covered
    }

    @Test func addWorkingDays() {
        #expect(runMedip(["calendar", "add-working-days", "2026-02-10", "15"]).out == "2026-03-09\n")
        #expect(runMedip(["calendar", "add-working-days", "2025-12-25", "10"]).out == "2026-01-09\n")
        #expect(runMedip(["calendar", "add-working-days", "2026-03-09", "-15"]).out == "2026-02-10\n")
        #expect(runMedip(["calendar", "add-working-days", "2026-02-10", "15"]).status == 0)
    }

    @Test func addDaysRollsForwardUnlessAskedNotTo() {
        let rolled = runMedip(["calendar", "add-days", "2026-02-05", "10"])
        #expect(rolled.status == 0)
        #expect(rolled.out == "2026-02-24\n")
        let plain = runMedip(["calendar", "add-days", "2026-02-05", "10", "--no-roll-forward"])
        #expect(plain.out == "2026-02-15\n")
        // Without roll-forward no schedule is needed.
        #expect(runMedip(["calendar", "add-days", "2030-01-01", "1", "--no-roll-forward"]).out == "2030-01-02\n")
        let negative = runMedip(["calendar", "add-days", "2026-02-05", "-1"])
        #expect(negative.status == 2)
        #expect(negative.err.contains("N:"))
    }

    @Test func between() {
        #expect(runMedip(["calendar", "between", "2026-02-10", "2026-03-09"]).out == "15\n")
        #expect(runMedip(["calendar", "between", "2026-03-09", "2026-02-10"]).out == "-15\n")
        #expect(runMedip(["calendar", "between", "2025-09-30", "2025-10-08"]).out == "0\n")
    }

    @Test func malformedArgumentsAreUsageErrorsNamingTheArgument() {
        let badDate = runMedip(["calendar", "add-working-days", "2026-02-30", "3"])
        #expect(badDate.status == 2)
        #expect(badDate.err.contains("DATE:"))
        let badInteger = runMedip(["calendar", "add-working-days", "2026-02-10", "fifteen"])
        #expect(badInteger.status == 2)
        #expect(badInteger.err.contains("N: not an integer: \"fifteen\""))
        let badSecond = runMedip(["calendar", "between", "2026-02-10", "2026/03/09"])
        #expect(badSecond.status == 2)
        #expect(badSecond.err.contains("DATE2:"))
        #expect(runMedip(["calendar", "between", "2026-02-10"]).status == 2)
        #expect(runMedip(["calendar", "between", "2026-02-10", "2026-02-11", "2026-02-12"]).status == 2)
        #expect(runMedip(["calendar", "between", "2026-02-10", "2026-02-11", "--bogus"]).status == 2)
        #expect(runMedip(["calendar", "list", "--from", "yesterday", "--to", "2026-01-01"]).err.contains("--from:"))
    }

    @Test func uncoveredYearIsBadInputWithGuidance() {
        let result = runMedip(["calendar", "add-working-days", "2026-12-31", "1"])
        #expect(result.status == 1)
        #expect(result.out.isEmpty)
        #expect(result.err.contains(
            "no official working-day schedule for 2027 (covered: 2022–2026); supply one with --schedule FILE.csv"))
        #expect(runMedip(["calendar", "between", "2026-12-01", "2027-01-05"]).status == 1)
        #expect(runMedip(["calendar", "add-days", "2030-01-01", "1"]).status == 1)
    }

    @Test func scheduleFileExtendsTheCalendar() throws {
        let path = try temporaryFile(madeUp2027)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = runMedip(["calendar", "add-working-days", "2026-12-31", "1", "--schedule", path])
        #expect(result.status == 0)
        #expect(result.out == "2027-01-04\n")
        let list = runMedip(["calendar", "list", "--from", "2026-12-31", "--to", "2027-01-01", "--schedule", path])
        #expect(list.out == "2026-12-31 working\n2027-01-01 rest\n")
        // Coverage now ends at 2027.
        let beyond = runMedip(["calendar", "between", "2027-12-01", "2028-01-05", "--schedule", path])
        #expect(beyond.status == 1)
        #expect(beyond.err.contains("schedule for 2028 (covered: 2022–2027)"))
    }

    @Test func scheduleFileMayRepeatTheBuiltInYearsUnchanged() throws {
        // The built-in 2022–2026 rows (as in the reference CSV) with a made-up 2027 row appended.
        var text = "date,status,festival\n"
        for schedule in WorkingDayCalendar.china.schedules {
            for entry in schedule.entries { text += "\(entry.date),\(entry.status.rawValue),\(entry.festival)\n" }
        }
        text += "2027-01-01,off,元旦\n"
        let full = try temporaryFile(text)
        defer { try? FileManager.default.removeItem(atPath: full) }
        let accepted = runMedip(["calendar", "add-working-days", "2026-12-31", "1", "--schedule", full])
        #expect(accepted.status == 0)
        #expect(accepted.out == "2027-01-04\n")
        // Partial rows for 2026 differ from the built-in year: rejected.
        let partial = try temporaryFile("date,status,festival\n2026-01-01,off,元旦\n2026-01-02,off,元旦\n")
        defer { try? FileManager.default.removeItem(atPath: partial) }
        let rejected = runMedip(["calendar", "between", "2026-01-01", "2026-01-05", "--schedule", partial])
        #expect(rejected.status == 1)
        #expect(rejected.err.contains("the rows for 2026 differ from the built-in official schedule"))
    }

    @Test func invalidScheduleFilesAreBadInputNamingFileAndLine() throws {
        let weekdayWork = try temporaryFile("date,status,festival\n2027-01-01,off,元旦\n2027-03-01,work,测试\n")
        let gap = try temporaryFile("date,status,festival\n2028-01-03,off,测试\n")
        defer {
            try? FileManager.default.removeItem(atPath: weekdayWork)
            try? FileManager.default.removeItem(atPath: gap)
        }
        let bad = runMedip(["calendar", "between", "2026-12-31", "2027-01-04", "--schedule", weekdayWork])
        #expect(bad.status == 1)
        #expect(bad.err.contains("\(weekdayWork): line 3, field status: 2027-03-01 is a Monday"))
        let gapped = runMedip(["calendar", "between", "2026-12-31", "2027-01-04", "--schedule", gap])
        #expect(gapped.status == 1)
        #expect(gapped.err.contains("2028"))
        let missing = runMedip(["calendar", "between", "2026-12-31", "2027-01-04", "--schedule", "/nonexistent/x.csv"])
        #expect(missing.status == 1)
        #expect(missing.err.contains("/nonexistent/x.csv"))
    }

    @Test(arguments: ["list", "add-working-days", "add-days", "between"])
    func helpShowsUsageOptionsExamplesAndExitCodes(_ name: String) {
        let result = runMedip(["calendar", name, "--help"])
        #expect(result.status == 0)
        for heading in ["USAGE: medip calendar \(name)", "OPTIONS:", "EXAMPLES:", "EXIT STATUS:", "--schedule FILE.csv"] {
            #expect(result.out.contains(heading), "\(name) help lacks \(heading)")
        }
    }
}
