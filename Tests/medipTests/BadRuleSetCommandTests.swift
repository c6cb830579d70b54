import Foundation
import MedIPPolicy
import Testing

/// Hostile and malformed rule sets through `medip analyze -` (read from standard input): exit
/// status 1, an error on standard error naming the path, nothing on standard output.
@Suite struct BadRuleSetCommandTests {
    static func rule(_ fields: String) -> String {
        #"{"rules":[{"id":"beijing-2026-3#8/x","summary":{"zh":"","en":""},"condition":"listed","effects":[],\#(fields)}]}"#
    }

    static let rows: [(name: String, json: String, error: String)] = [
        ("not JSON", "{", "-: the document is not valid JSON"),
        ("unknown key", #"{"rules":[],"version":1}"#, #"-: version: unknown key "version""#),
        ("misspelt key", rule(#""overide":[]"#), #"-: rules[0].overide: unknown key "overide" (did you mean "overrides"?)"#),
        ("unknown measure", #"{"rules":[{"id":"beijing-2026-3#99/x","summary":{"zh":"","en":""},"condition":"listed","effects":[]}]}"#,
         "-: rules[0].id: cites beijing-2026-3#99, but beijing-2026-3 has no measure 99"),
        ("hours offset", rule(#""measure":"beijing-2026-3#8","overrides":[]"#).replacingOccurrences(
            of: #""effects":[]"#, with: #""effects":[{"disposition":{"kind":"greenChannel","date":{"anchor":"asOf","offset":{"value":2,"unit":"hours"}}}}]"#),
         "-: rules[0].effects[0].disposition.date.offset.unit: the unit hours cannot be counted in dates"),
        ("inexact integer", rule(#""overrides":[]"#).replacingOccurrences(
            of: #""effects":[]"#, with: #""effects":[{"disposition":{"kind":"greenChannel","date":{"anchor":"asOf","offset":{"value":15.0000000001,"unit":"days"}}}}]"#),
         "-: rules[0].effects[0].disposition.date.offset.value: the number 15.0000000001 is not an integer"),
        ("override not in the set", rule(#""overrides":["beijing-2026-3#8/y"]"#), "-: rules[0].overrides[0]: overrides beijing-2026-3#8/y, which the set does not hold"),
        ("duplicate key", #"{"rules":[],"rules":[]}"#, #"-: rules: the key "rules" appears more than once"#),
    ]

    @Test(arguments: rows.indices)
    func badRuleSetsAreRefusedWithTheirPath(_ index: Int) {
        let row = Self.rows[index]
        let result = runMedip(["analyze", "-"], stdin: Array(row.json.utf8))
        #expect(result.status == 1, "\(row.name)")
        #expect(result.out.isEmpty, "\(row.name)")
        #expect(result.err.contains(row.error), "\(row.name): \(result.err)")
    }

    @Test func aRuleSetFileIsAnalysed() throws {
        let clean = runMedip(["analyze", "-"], stdin: Array(try JSONEncoder().encode(RuleSet.standard)))
        #expect(clean.status == 0)
        #expect(clean.out == "\(RuleSet.standard.rules.count) rules checked: no findings\n")
        let conflicting = #"{"rules":["#
            + #"{"id":"national-2022-45#4/wait","summary":{"zh":"","en":""},"condition":"opinionRequested","effects":[{"disposition":{"kind":"awaitOpinion"}}]},"#
            + #"{"id":"national-2022-45#4/go","summary":{"zh":"","en":""},"condition":"opinionOverdue","effects":[{"disposition":{"kind":"admitOnSelfCommitment"}}]}]}"#
        let result = runMedip(["analyze", "-", "--format", "json"], stdin: Array(conflicting.utf8))
        #expect(result.status == 1)
        #expect(result.out.contains(#""kind":"conflict""#) || result.out.contains(#""kind" : "conflict""#), "\(result.out)")
        #expect(runMedip(["analyze", "a.json", "b.json"]).status == 2)
    }
}
