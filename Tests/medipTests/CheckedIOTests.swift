import Foundation
import MedIPPolicy
import Testing
import MedipCommands

/// Every write checked, outputs whole or not at all, and the same file never both read and
/// written — run in-process through `CommandIO` (the real descriptors are `ProcessIOTests`').
@Suite struct CheckedIOTests {
    /// A fresh directory under the temporary directory, removed by the caller.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("medip-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs medip with a standard output whose every write fails as a full disk does.
    static func runWithFullOutput(_ arguments: [String], stdin: [UInt8] = []) -> (status: Int32, out: String, err: String) {
        final class Box: @unchecked Sendable { var err = "" }
        let box = Box()
        let io = CommandIO(failingOut: { _ in "No space left on device" }, err: { box.err += $0 }, stdin: { stdin })
        return (Medip.main(arguments: arguments, io: io), "", box.err)
    }

    static let example = RuleCommandTests.examples.appendingPathComponent("generic-category3-listing.json").path

    /// The commands of the issue lose every result on a full device: each exits 1 and says so.
    @Test(arguments: [
        ["screen", "-", "--as-of", "2026-11-23"], ["evaluate", example, "--as-of", "2026-11-23"],
        ["validate", example], ["generate", "--count", "3"], ["schema"], ["rules"], ["coverage"],
        ["documents"], ["--help"], ["help", "screen"], ["--version"],
    ])
    func aFailedWriteToStandardOutputIsExitOne(_ arguments: [String]) throws {
        let stdin = Array(try String(contentsOfFile: Self.example, encoding: .utf8).filter { $0 != "\n" }.utf8) + [0x0A]
        let result = Self.runWithFullOutput(arguments, stdin: stdin)
        #expect(result.status == 1)
        #expect(result.err.contains("cannot write standard output: No space left on device"), "\(result.err)")
        #expect(!result.err.contains("screened"), "the summary is not printed as if the run had succeeded")
    }

    @Test func outputIsRenamedIntoPlaceAndNoTemporaryFileRemains() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in.jsonl").path
        let output = directory.appendingPathComponent("out.jsonl").path
        let summary = directory.appendingPathComponent("summary.json").path
        #expect(runMedip(["generate", "--count", "50", "--output", input]).status == 0)
        try "previous\n".write(toFile: output, atomically: false, encoding: .utf8)
        let result = runMedip(["screen", input, "--as-of", "2026-11-23", "--output", output, "--summary-json", summary])
        #expect(result.status == 0, "\(result.err)")
        #expect(try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").count == 50)
        #expect(try String(contentsOfFile: summary, encoding: .utf8).contains("\"total\" : 50"))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["in.jsonl", "out.jsonl", "summary.json"])
    }

    @Test func aRunThatFailsLeavesThePreviousOutputUntouched() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("out.jsonl").path
        try "previous\n".write(toFile: output, atomically: false, encoding: .utf8)
        // A read error mid-run (a directory as the input) fails the run after the output was opened.
        let result = runMedip(["screen", "/", "--as-of", "2026-11-23", "--output", output])
        #expect(result.status == 1)
        #expect(result.err.hasPrefix("medip screen: cannot read /: Is a directory"), "\(result.err)")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "previous\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.jsonl"])
    }

    enum Alias: String, CaseIterable { case samePath, symlink, hardLink, summary, summaryThroughDot }

    /// An output that is the input (by path, symlink or hard link: device and inode) or the
    /// other output is refused before anything is opened for writing: exit 2, input intact.
    @Test(arguments: Alias.allCases)
    func anOutputThatIsTheInputOrTheOtherOutputIsRefused(_ alias: Alias) throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in.jsonl").path
        #expect(runMedip(["generate", "--count", "5", "--output", input]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: input))
        let other = directory.appendingPathComponent("other.jsonl").path
        var arguments = ["screen", input, "--as-of", "2026-11-23"]
        let expected: String
        switch alias {
        case .samePath:
            arguments += ["--output", input]
            expected = "--output \(input) is the input file \(input)"
        case .symlink:
            try FileManager.default.createSymbolicLink(atPath: other, withDestinationPath: input)
            arguments += ["--output", other]
            expected = "--output \(other) is the input file \(input)"
        case .hardLink:
            try FileManager.default.linkItem(atPath: input, toPath: other)
            arguments += ["--output", other]
            expected = "--output \(other) is the input file \(input)"
        case .summary:
            arguments += ["--output", other, "--summary-json", other]
            expected = "--output \(other) and --summary-json \(other) are the same file"
        case .summaryThroughDot:
            let dotted = directory.appendingPathComponent(".").appendingPathComponent("other.jsonl").path
            arguments += ["--output", other, "--summary-json", dotted]
            expected = "--output \(other) and --summary-json \(dotted) are the same file"
        }
        let result = runMedip(arguments)
        #expect(result.status == 2)
        #expect(result.err.hasPrefix("medip screen: " + expected), "\(result.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
        if alias == .summary || alias == .summaryThroughDot { #expect(!FileManager.default.fileExists(atPath: other)) }
    }

    /// `--summary-json -` with results on standard output would mix the two.
    @Test func bothOutputsOnStandardOutputAreRefused() {
        let result = runMedip(["screen", "-", "--as-of", "2026-11-23", "--summary-json", "-"])
        #expect(result.status == 2)
        #expect(result.err.hasPrefix("medip screen: standard output and --summary-json - are both standard output"), "\(result.err)")
    }

    /// Options and flags given twice are usage errors naming the option; a misspelt one gets a
    /// "did you mean".
    @Test(arguments: [
        (["screen", "-", "--as-of", "2026-01-05", "--as-of", "2026-01-06"], "--as-of is given more than once (it takes one value)"),
        (["screen", "-", "--as-of=2026-01-05", "--as-of", "2026-01-06"], "--as-of is given more than once (it takes one value)"),
        (["screen", "-", "--as-of", "2026-01-05", "--strict", "--strict"], "--strict is given more than once"),
        (["measures", "--lang", "zh", "--lang", "en"], "--lang is given more than once (it takes one value)"),
        // --schedule is repeatable (every file is added); a one-value option given twice is not.
        (["evaluate", "-", "--lang", "zh", "--lang", "en"], "--lang is given more than once (it takes one value)"),
        (["screen", "-", "--as-of", "2026-01-05", "--stric"], "unknown option --stric; did you mean --strict?"),
        (["screen", "-", "--as-of", "2026-01-05", "--zzzzzz"], "unknown option --zzzzzz"),
    ])
    func repeatedAndUnknownOptionsAreUsageErrors(_ arguments: [String], _ message: String) {
        let result = runMedip(arguments)
        #expect(result.status == 2)
        #expect(result.err.hasPrefix("medip \(arguments[0] == "calendar" ? "calendar add-working-days" : arguments[0]): \(message)\n"), "\(result.err)")
    }

    @Test func repeatableOptionsKeepEveryValue() throws {
        let arguments = try Arguments(["--tag", "a", "--tag=b", "--one", "x"], options: ["one"], repeatable: ["tag"])
        #expect(arguments.values("tag") == ["a", "b"])
        #expect(arguments.option("one") == "x")
        #expect(throws: CommandError.self) { try Arguments(["--one", "x", "--one", "y"], options: ["one"], repeatable: ["tag"]) }
    }

    /// Terminal escapes in option values, option names and paths are quoted escaped.
    @Test(arguments: [
        (["screen", "-", "--as-of", "\u{1B}[31mred"], "medip screen: --as-of: not an ISO 8601 date (expected YYYY-MM-DD): \"\\u{1B}[31mred\""),
        (["screen", "-", "--as-of", "2026-01-05", "--\u{1B}[2J"], "medip screen: unknown option --\\u{1B}[2J"),
        (["screen", "/no/\u{1B}[2Jfile", "--as-of", "2026-01-05"], "medip screen: cannot read /no/\\u{1B}[2Jfile: No such file or directory"),
        (["validate", "/no/\u{1B}]0;title\u{07}"], "medip validate: cannot read /no/\\u{1B}]0;title\\u{7}: No such file or directory"),
        (["measures", "--format", "\u{1B}[31m"], "medip measures: --format must be one of text, json, csv, not \"\\u{1B}[31m\""),
        (["generate", "--count", "\u{9B}1"], "medip generate: --count: not an integer: \"\\u{9B}1\""),
        (["\u{1B}[31m"], "medip: unknown command \"\\u{1B}[31m\"; see medip --help"),
        (["show", "\u{1B}[31m#1"], "medip show: no measure \"\\u{1B}[31m#1\" in the catalog"),
    ])
    func messagesNeverEchoControlCharacters(_ arguments: [String], _ start: String) {
        let result = runMedip(arguments)
        #expect(result.status != 0)
        #expect(result.err.hasPrefix(start), "\(result.err)")
        #expect(!result.err.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x07 })
    }

    /// Observation rows naming an unknown measure or target are errors with their line and the
    /// id meant; an unknown department too.
    @Test(arguments: [
        ("beijing-2026-04#6,project-managed-varieties,412", "line 3, measure: no measure \"beijing-2026-04#6\" in the catalog; did you mean beijing-2026-4#6?"),
        ("Beijing-2026-4#6,project-managed-varieties,412", "line 3, measure: no measure \"Beijing-2026-4#6\" in the catalog; did you mean beijing-2026-4#6?"),
        ("beijing-2026-4#6,project-managed-varietes,412", "line 3, key: measure beijing-2026-4#6 has no target \"project-managed-varietes\"; did you mean project-managed-varieties?"),
        ("beijing-2026-4#99,k,1", "line 3, measure: no measure \"beijing-2026-4#99\" in the catalog; did you mean beijing-2026-4#9?"),
        ("beijing-2030-1#1,k,1", "line 3, measure: no measure \"beijing-2030-1#1\" in the catalog (ids look like beijing-2026-3#8)"),
        ("national-2022-45#6,k,1", "line 3, measure: measure national-2022-45#6 is not in beijing-2026-4 (it belongs to national-2022-45)"),
    ])
    func observationsOfUnknownTargetsAreErrors(_ row: String, _ message: String) throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("observed.csv").path
        try "measure,key,value\nbeijing-2026-4#5,pilot-hospital-rd-share,6.5\n\(row)\n".write(toFile: path, atomically: false, encoding: .utf8)
        let result = runMedip(["targets", "--document", "beijing-2026-4", "--observed", path])
        #expect(result.status == 1)
        #expect(result.err == "medip targets: \(path): \(message)\n")
        #expect(result.out.isEmpty)
    }

    @Test func anUnknownDepartmentSuggestsTheNameMeant() {
        let result = runMedip(["measures", "--department", "市医保"])
        #expect(result.status == 1)
        #expect(result.err == "medip measures: no department, role or party named \"市医保\"; did you mean 市医保局?\n")
        #expect(runMedip(["measures", "--department", "市医保局"]).status == 0)
    }

    /// Exactly 100,000 newline-terminated lines are accepted, 100,001 refused.
    @Test func anObservationFileOfExactlyTheLineLimitIsRead() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("observed.csv").path
        let lines = "measure,key,value\n" + String(repeating: "# comment\n", count: Observation.maximumCSVLines - 2)
            + "beijing-2026-4#6,project-managed-varieties,412\n"
        try lines.write(toFile: path, atomically: false, encoding: .utf8)
        let accepted = runMedip(["targets", "--document", "beijing-2026-4", "--observed", path])
        #expect(accepted.status == 0, "\(accepted.err)")
        #expect(accepted.out.contains("observed 412"))
        try (lines + "# one more\n").write(toFile: path, atomically: false, encoding: .utf8)
        let refused = runMedip(["targets", "--document", "beijing-2026-4", "--observed", path])
        #expect(refused.status == 1)
        #expect(refused.err == "medip targets: \(path): line 100001: more than 100000 lines\n")
    }
}
