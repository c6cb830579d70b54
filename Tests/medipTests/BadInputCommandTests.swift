import Foundation
import MedIPPolicy
import Testing

/// Hostile and malformed case files through `medip validate` and `medip evaluate` (read from
/// standard input): exit status 1, an error on standard error that names the path, and nothing
/// on standard output. (Facts that decode but contradict each other are `validate`'s report, so
/// it prints them on standard output; `evaluate` refuses them on standard error.)
@Suite struct BadInputCommandTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        /// What standard error must contain: the path and the start of the message.
        var error: String
        /// Whether the problem is found by validation (after decoding) rather than reading.
        var validation: Bool = false
        var testDescription: String { name }
    }

    static let example: String = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Documentation/Examples/generic-category3-listing.json").path
        return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }()

    /// The example with the first `target` replaced by raw bytes.
    static func replacing(_ target: String, _ replacement: [UInt8]) -> [UInt8] {
        var bytes = Array(example.utf8)
        guard let range = bytes.firstRange(of: Array(target.utf8)) else { return [] }
        bytes.replaceSubrange(range, with: replacement)
        return bytes
    }

    static func replacing(_ target: String, _ replacement: String) -> [UInt8] {
        replacing(target, Array(replacement.utf8))
    }

    static let rows: [Row] = [
        Row(name: "empty input", bytes: [], error: "-: the document is not valid JSON: the document is empty"),
        Row(name: "binary junk", bytes: [0x00, 0xFF, 0x13, 0x37], error: "-: the document starts with a NUL byte"),
        Row(name: "UTF-16 text", bytes: [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00], error: "-: the document is UTF-16 or UTF-32"),
        Row(name: "invalid UTF-8 in a name", bytes: replacing(#""name": "示例替尼片 100mg""#, Array(#""name": ""#.utf8) + [0xFF] + Array(#"""#.utf8)), error: "-: product.name: invalid UTF-8"),
        Row(name: "raw NUL in a string", bytes: replacing(#""id": "P-0001""#, Array(#""id": "P"#.utf8) + [0] + Array(#"""#.utf8)), error: "-: product.id: the document is not valid JSON: control character"),
        Row(name: "truncated", bytes: Array(Array(example.utf8).prefix(300)), error: "-: product: the document is not valid JSON: the document ends inside a string"),
        Row(name: "trailing garbage", bytes: Array((example + "}").utf8), error: "-: the document is not valid JSON: unexpected '}' after the document's value"),
        Row(name: "an array", bytes: Array("[]".utf8), error: "-: wrong type: expected"),
        Row(name: "a rule set", bytes: Array(#"{"rules": []}"#.utf8), error: "-: rules: unknown key \"rules\""),
        Row(name: "unknown top-level key", bytes: replacing(#""patents":"#, #""patent":"#), error: "-: patent: unknown key \"patent\" (did you mean \"patents\"?)"),
        Row(name: "unknown nested key with a suggestion", bytes: replacing(#""registeredOnPlatform": true"#, #""termAdjustmentDay": 30"#), error: "-: patents[0].termAdjustmentDay: unknown key \"termAdjustmentDay\" (did you mean \"termAdjustmentDays\"?)"),
        Row(name: "term adjustment 364.99999999999999999", bytes: replacing(#""registeredOnPlatform": true"#, #""termAdjustmentDays": 364.99999999999999999"#), error: "-: patents[0].termAdjustmentDays: the number 364.99999999999999999 is not an integer"),
        Row(name: "term adjustment 1e-400", bytes: replacing(#""registeredOnPlatform": true"#, #""termAdjustmentDays": 1e-400"#), error: "-: patents[0].termAdjustmentDays: the number 1e-400 is not an integer"),
        Row(name: "term adjustment 12.0000000000000000001", bytes: replacing(#""registeredOnPlatform": true"#, #""termAdjustmentDays": 12.0000000000000000001"#), error: "-: patents[0].termAdjustmentDays: the number 12.0000000000000000001 is not an integer"),
        Row(name: "escape sequence in a key", bytes: replacing(#""schemaVersion": 1"#, #""schemaVersion": 1, "\u001b[31mx": 1"#), error: #"-: \u{1B}[31mx: unknown key "\u{1B}[31mx""#),
        Row(name: "escape sequence in a value", bytes: replacing(#""category": "chemicalDrug""#, #""category": "\u001b[2J""#), error: #"-: product.category: unknown value "\u{1B}[2J""#),
        Row(name: "schemaVersion 1e400", bytes: replacing(#""schemaVersion": 1"#, #""schemaVersion": 1e400"#), error: "-: schemaVersion: the number 1e400 is not an integer"),
        Row(name: "schemaVersion 2", bytes: replacing(#""schemaVersion": 1"#, #""schemaVersion": 2"#), error: "-: schemaVersion: schema version 2 is not supported"),
        Row(name: "Int overflow", bytes: replacing(#""registeredOnPlatform": true"#, #""termAdjustmentDays": 99999999999999999999"#), error: "-: patents[0].termAdjustmentDays: the number 99999999999999999999 is not an integer"),
        Row(name: "duplicate key", bytes: replacing(#""id": "P-0001","#, #""id": "P-0001", "id": "P-0002","#), error: "-: product.id: the key \"id\" appears more than once"),
        Row(name: "impossible date", bytes: replacing(#""approvalDate": "2026-02-10""#, #""approvalDate": "2026-02-30""#), error: "-: product.approvalDate: day 30 does not exist in 2026-02"),
        Row(name: "unknown enum value", bytes: replacing(#""category": "chemicalDrug""#, #""category": "vaccine""#), error: "-: product.category: unknown value \"vaccine\""),
        Row(name: "wrong type", bytes: replacing(#""registeredOnPlatform": true"#, #""registeredOnPlatform": "yes""#), error: "-: patents[0].registeredOnPlatform: wrong type: expected true or false"),
        Row(name: "very long string", bytes: replacing(#""title": "一种激酶抑制剂化合物""#, #""title": ""# + String(repeating: "长", count: 5_000) + #"""#), error: "-: patents[0].title: a string longer than the limit of 4096 bytes"),
        Row(name: "deep nesting", bytes: Array(String(repeating: "[", count: 100_000).utf8), error: "-: [0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: objects and arrays nest deeper than 16 levels"),
        Row(name: "more than 1 MiB", bytes: [UInt8](repeating: UInt8(ascii: " "), count: CaseFile.maxBytes + 1), error: "-: the input is larger than 1048576 bytes"),
        Row(name: "declaration on an unknown patent", bytes: replacing(#""patent": "ZL201110234567.1""#, #""patent": "ZL201520456789.1""#), error: "declarations[1].patent: no such patent in this case: ZL201520456789.1", validation: true),
        Row(name: "grant before filing", bytes: replacing(#""grantDate": "2014-08-20""#, #""grantDate": "2010-08-20""#), error: "patents[1].grantDate: grant date 2010-08-20 is before the filing date 2011-04-02", validation: true),
        Row(name: "NUL escaped in the enterprise name", bytes: replacing(#""name": "示例制药有限公司""#, #""name": "示例\u0000制药""#), error: "enterprise.name: contains the control character U+0000", validation: true),
    ]

    /// The command-line findings of issue 12: each is an error with its exit status and a
    /// message naming what was wrong (standard input stands in for a file where one is needed).
    struct CommandRow: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        var stdin: String = ""
        var status: Int32
        /// The start of standard error.
        var error: String
        var testDescription: String { name }
    }

    static let commandRows: [CommandRow] = [
        CommandRow(name: "--as-of twice", arguments: ["screen", "-", "--as-of", "2026-11-23", "--as-of", "2026-11-24"], status: 2, error: "medip screen: --as-of is given more than once"),
        CommandRow(name: "--verdicts twice", arguments: ["screen", "-", "--as-of", "2026-11-23", "--verdicts", "--verdicts"], status: 2, error: "medip screen: --verdicts is given more than once"),
        CommandRow(name: "--count twice", arguments: ["generate", "--count", "1", "--count=2"], status: 2, error: "medip generate: --count is given more than once"),
        CommandRow(name: "misspelt option", arguments: ["screen", "-", "--as-of", "2026-11-23", "--summary-jsn", "x"], status: 2, error: "medip screen: unknown option --summary-jsn; did you mean --summary-json?"),
        CommandRow(name: "results and summary both on standard output", arguments: ["screen", "-", "--as-of", "2026-11-23", "--summary-json", "-"], status: 2, error: "medip screen: standard output and --summary-json - are both standard output"),
        CommandRow(name: "observed measure with a leading zero", arguments: ["targets", "--document", "beijing-2026-4", "--observed", "-"], stdin: "measure,key,value\nbeijing-2026-04#6,project-managed-varieties,412\n", status: 1, error: "medip targets: -: line 2, measure: no measure \"beijing-2026-04#6\" in the catalog; did you mean beijing-2026-4#6?"),
        CommandRow(name: "observed measure in capitals", arguments: ["targets", "--document", "beijing-2026-4", "--observed", "-"], stdin: "measure,key,value\nBeijing-2026-4#6,project-managed-varieties,412\n", status: 1, error: "medip targets: -: line 2, measure: no measure \"Beijing-2026-4#6\" in the catalog; did you mean beijing-2026-4#6?"),
        CommandRow(name: "observed unknown target", arguments: ["targets", "--document", "beijing-2026-4", "--observed", "-"], stdin: "measure,key,value\n\nbeijing-2026-4#6,varieties,412\n", status: 1, error: "medip targets: -: line 3, key: measure beijing-2026-4#6 has no target \"varieties\""),
        CommandRow(name: "department short of its short name", arguments: ["measures", "--department", "市医保"], status: 1, error: "medip measures: no department, role or party named \"市医保\"; did you mean 市医保局?"),
        CommandRow(name: "generate on 0001-01-01", arguments: ["generate", "--count", "1", "--as-of", "0001-01-01"], status: 2, error: "medip generate: --as-of 0001-01-01 is outside 0100-01-01…9950-12-31"),
        CommandRow(name: "generate on 9999-12-31", arguments: ["generate", "--count", "1", "--as-of", "9999-12-31"], status: 2, error: "medip generate: --as-of 9999-12-31 is outside 0100-01-01…9950-12-31"),
        CommandRow(name: "terminal escape in --as-of", arguments: ["evaluate", "-", "--as-of", "\u{1B}[2J2026-11-23"], status: 2, error: "medip evaluate: --as-of: not an ISO 8601 date (expected YYYY-MM-DD): \"\\u{1B}[2J2026-11-23\""),
        CommandRow(name: "terminal escape in a path", arguments: ["validate", "\u{1B}[31m.json"], status: 1, error: "medip validate: cannot read \\u{1B}[31m.json: No such file or directory"),
        CommandRow(name: "terminal escape in an observation", arguments: ["targets", "--document", "beijing-2026-4", "--observed", "-"], stdin: "measure,key,value\nbeijing-2026-4#6,\u{1B}[31mred,412\n", status: 1, error: "medip targets: -: line 2, key: measure beijing-2026-4#6 has no target \"\\u{1B}[31mred\""),
    ]

    @Test(arguments: commandRows)
    func commandRejects(_ row: CommandRow) {
        let result = runMedip(row.arguments, stdin: Array(row.stdin.utf8))
        #expect(result.status == row.status)
        #expect(result.err.hasPrefix(row.error), "\(result.err)")
        #expect(!result.err.unicodeScalars.contains { $0.value == 0x1B })
        #expect(result.out.isEmpty, "\(result.out)")
    }

    @Test func everyRowHasItsInput() {
        #expect(Self.rows.allSatisfy { !$0.bytes.isEmpty || $0.name == "empty input" })
    }

    @Test(arguments: rows)
    func validateRejects(_ row: Row) {
        let result = runMedip(["validate", "-"], stdin: row.bytes)
        #expect(result.status == 1)
        if row.validation {
            #expect(result.out.contains("error: " + row.error), "\(result.out)")
            #expect(result.err.isEmpty, "\(result.err)")
        } else {
            #expect(result.err.hasPrefix("medip validate: " + row.error), "\(result.err)")
            #expect(result.out.isEmpty, "\(result.out)")
        }
    }

    @Test(arguments: rows)
    func evaluateRejects(_ row: Row) {
        let result = runMedip(["evaluate", "-", "--as-of", "2026-11-23"], stdin: row.bytes)
        #expect(result.status == 1)
        if row.validation {
            #expect(result.err.hasPrefix("medip evaluate: the case is invalid:\n"), "\(result.err)")
            #expect(result.err.contains("  " + row.error), "\(result.err)")
        } else {
            #expect(result.err.hasPrefix("medip evaluate: " + row.error), "\(result.err)")
        }
        #expect(result.out.isEmpty, "\(result.out)")
    }

    @Test func aYearWithNoScheduleIsUnknownOrWithStrictDatesBadInputNamingTheYear() {
        let text = caseNeedingTheSchedule2027
        // By default the case is decided and the due date is unknown, naming the year.
        let decided = runMedip(["evaluate", "-", "--as-of", "2027-03-02"], stdin: Array(text.utf8))
        #expect(decided.status == 0, "\(decided.err)")
        #expect(decided.out.contains("green channel: fast listing (due date unknown: no working-day schedule for 2027"))
        // --strict-dates keeps the old failure.
        let result = runMedip(["evaluate", "-", "--as-of", "2027-03-02", "--strict-dates"], stdin: Array(text.utf8))
        #expect(result.status == 1)
        #expect(result.err.hasPrefix("medip evaluate: cannot compute listingApplication + "), "\(result.err)")
        #expect(result.err.contains(" from round.applicationDate (2027-03-01): no official working-day schedule for 2027"), "\(result.err)")
        #expect(result.out.isEmpty)
        #expect(runMedip(["validate", "-"], stdin: Array(text.utf8)).status == 0)
    }

    @Test func anEndlessFileIsCutAtTheLimit() {
        let result = runMedip(["evaluate", "/dev/zero", "--as-of", "2026-11-23"])
        #expect(result.status == 1)
        #expect(result.err == "medip evaluate: /dev/zero: the input is larger than \(CaseFile.maxBytes) bytes (the limit)\n")
        #expect(result.out.isEmpty)
    }

    @Test func aDirectoryIsNotACaseFile() {
        let result = runMedip(["validate", "/"])
        #expect(result.status == 1)
        #expect(result.err.hasPrefix("medip validate: cannot read /"), "\(result.err)")
        #expect(result.out.isEmpty)
    }

    @Test func oversizedCalendarAndObservationFilesAreRefused() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("medip-big-\(UInt32.random(in: 0...UInt32.max)).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let big = Data(repeating: UInt8(ascii: "#"), count: Observation.maximumCSVBytes + 1)
        try big.write(to: URL(fileURLWithPath: path))
        let schedule = runMedip(["calendar", "add-working-days", "2026-01-05", "3", "--schedule", path])
        #expect(schedule.status == 1)
        #expect(schedule.err.contains("\(path): the input is larger than \(YearSchedule.maximumCSVBytes) bytes"), "\(schedule.err)")
        let observed = runMedip(["targets", "--document", "beijing-2026-4", "--observed", path])
        #expect(observed.status == 1)
        #expect(observed.err.contains("\(path): the input is larger than \(Observation.maximumCSVBytes) bytes"), "\(observed.err)")
    }
}
