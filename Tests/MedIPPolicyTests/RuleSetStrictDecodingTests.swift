import Foundation
import Testing
@testable import MedIPPolicy

/// Rule-set JSON is read as strictly as case files: every defect the evaluator or the analyser
/// would trip over later is a decoding error with its path.
@Suite struct RuleSetStrictDecodingTests {
    /// `{"rules": [ … ]}` with one rule whose fields can be replaced.
    static func set(
        id: String = "beijing-2026-3#8/x", summary: String = #"{"zh":"","en":""}"#, condition: String = #""listed""#,
        effects: String = "[]", extra: String = "", more: String = ""
    ) -> String {
        #"{"rules":[{"id":"\#(id)","summary":\#(summary),"condition":\#(condition),"effects":\#(effects)\#(extra)}\#(more)]}"#
    }

    static func disposition(_ offset: String) -> String {
        #"[{"disposition":{"kind":"greenChannel","date":{"anchor":"listingApplication","offset":\#(offset)}}}]"#
    }

    static func obligation(actor: String = "ip-administration", due: String = #"{"anchor":"asOf","offset":{"value":15,"unit":"workingDays"}}"#) -> String {
        #"[{"obligation":{"code":"c","actor":"\#(actor)","action":{"zh":"","en":""},"due":\#(due)}}]"#
    }

    static let rows: [(json: String, path: String, message: String)] = [
        // Citations the catalog does not hold.
        (set(id: "beijing-2026-3#99/x"), "rules[0].id", "cites beijing-2026-3#99, but beijing-2026-3 has no measure 99 in the catalog (it has 13)"),
        (set(id: "shanghai-2026-1#1/x"), "rules[0].id", "cites shanghai-2026-1#1, but the catalog holds no document shanghai-2026-1"),
        // Offsets the evaluator cannot count.
        (set(effects: disposition(#"{"value":4,"unit":"hours"}"#)), "rules[0].effects[0].disposition.date.offset.unit",
         "the unit hours cannot be counted in dates (expected workingDays, days, weeks, months, years)"),
        (set(effects: obligation(due: #"{"anchor":"asOf","offset":{"value":-3,"unit":"days"}}"#)), "rules[0].effects[0].obligation.due.offset.value",
         "the offset -3 is negative; a date offset counts forward from its anchor"),
        (set(effects: disposition(#"{"value":0,"unit":"workingDays"}"#)), "rules[0].effects[0].disposition.date.offset.value",
         "an offset of 0 is the anchor itself; leave the offset out"),
        (set(effects: disposition(#"{"value":101,"unit":"years"}"#)), "rules[0].effects[0].disposition.date.offset.value",
         "the offset 101 is more than 100 years (the limit for that unit)"),
        // Integers are exact.
        (set(effects: disposition(#"{"value":15.0000000001,"unit":"workingDays"}"#)), "rules[0].effects[0].disposition.date.offset.value",
         "the number 15.0000000001 is not an integer from \(Int.min) to \(Int.max)"),
        (set(effects: disposition(#"{"value":15.0,"unit":"workingDays"}"#)), "rules[0].effects[0].disposition.date.offset.value",
         "the number 15.0 is not an integer from \(Int.min) to \(Int.max)"),
        (set(effects: disposition(#"{"value":1.5e1,"unit":"workingDays"}"#)), "rules[0].effects[0].disposition.date.offset.value",
         "the number 1.5e1 is not an integer from \(Int.min) to \(Int.max)"),
        // Across the rules.
        (set(extra: #","overrides":["beijing-2026-3#8/missing"]"#), "rules[0].overrides[0]", "overrides beijing-2026-3#8/missing, which the set does not hold"),
        (set(more: #",{"id":"beijing-2026-3#8/x","summary":{"zh":"","en":""},"condition":"listed","effects":[]}"#), "rules[1].id",
         "the id beijing-2026-3#8/x is already used by rules[0]"),
        (set(effects: #"[{"disposition":{"kind":"admit"}},{"flag":"complianceReminder"},{"disposition":{"kind":"refuseListing"}}]"#), "rules[0].effects[2]",
         "a second disposition (effects[0] is one); a rule yields at most one"),
        (set(effects: obligation(actor: "no-such-office")), "rules[0].effects[0].obligation.actor", "unknown actor no-such-office (not in Department.registry)"),
        // Unknown keys, with a suggestion where one is close.
        (#"{"rule":[]}"#, "rule", #"unknown key "rule" (did you mean "rules"?)"#),
        (set(extra: #","overide":[]"#), "rules[0].overide", #"unknown key "overide" (did you mean "overrides"?)"#),
        (set(extra: #","acknowledgedTimeLimitConflicts":["beijing-2026-3#8/missing"]"#), "rules[0].acknowledgedTimeLimitConflicts[0]", "acknowledges a time-limit conflict with beijing-2026-3#8/missing, which the set does not hold"),
        (set(extra: ",\"\\u001b[31m\":1"), "rules[0].\\u{1B}[31m", #"unknown key "\u{1B}[31m" (expected "id", "measure", "summary", "condition", "effects", "overrides", "timeLimitStart", "acknowledgedTimeLimitConflicts")"#),
        (set(extra: #","note":"x""#), "rules[0].note", #"unknown key "note" (expected "id", "measure", "summary", "condition", "effects", "overrides", "timeLimitStart", "acknowledgedTimeLimitConflicts")"#),
        (set(summary: #"{"zh":"","en":"","EN":""}"#), "rules[0].summary.EN", #"unknown key "EN" (did you mean "en"?)"#),
        (set(condition: #"{"all":["listed"],"comment":"x"}"#), "rules[0].condition.comment", #"unknown key "comment" (expected "all", "any", "not")"#),
        (set(condition: #"{"any":["listd"]}"#), "rules[0].condition.any[0]", #"unknown predicate "listd" (did you mean "listed"?)"#),
        (set(effects: #"[{"flagg":"complianceReminder"}]"#), "rules[0].effects[0].flagg", #"unknown key "flagg" (did you mean "flag"?)"#),
        (set(effects: #"[{"disposition":{"kind":"admit","dates":null}}]"#), "rules[0].effects[0].disposition.dates", #"unknown key "dates" (did you mean "date"?)"#),
        (set(effects: disposition(#"{"value":1,"unit":"days","units":"days"}"#)), "rules[0].effects[0].disposition.date.offset.units",
         #"unknown key "units" (did you mean "unit"?)"#),
        (set(effects: #"[{"disposition":{"kind":"greenChannel","date":{"anchor":"asOf","ofset":null}}}]"#), "rules[0].effects[0].disposition.date.ofset",
         #"unknown key "ofset" (did you mean "offset"?)"#),
        (set(effects: #"[{"obligation":{"code":"c","actor":"ip-administration","action":{"zh":"","en":""},"deu":null}}]"#),
         "rules[0].effects[0].obligation.deu", #"unknown key "deu" (did you mean "due"?)"#),
        (set(effects: #"[{"obligation":{"code":"c","actor":"ip-administration","action":{"zh":"","en":"","zhh":""}}}]"#),
         "rules[0].effects[0].obligation.action.zhh", #"unknown key "zhh" (did you mean "zh"?)"#),
    ]

    @Test(arguments: rows)
    func eachDefectIsAnErrorAtItsPath(_ row: (json: String, path: String, message: String)) {
        do {
            let set = try RuleSet.decode(json: Data(row.json.utf8))
            Issue.record("decoded \(set.rules.map(\.id))")
        } catch {
            #expect(error.path == row.path, "\(error)")
            #expect(error.message == row.message, "\(error)")
        }
    }

    @Test func theBaseRowsDecode() throws {
        for json in [Self.set(), Self.set(effects: Self.disposition(#"{"value":15,"unit":"workingDays"}"#)), Self.set(effects: Self.obligation())] {
            #expect(try RuleSet.decode(json: Data(json.utf8)).rules.count == 1)
        }
    }

    /// The Codable path (any decoder, without ``RuleSet/decode(json:catalog:)``) checks the same
    /// content; only number exactness is the bounded reader's.
    @Test func plainDecodableChecksTheSameContent() {
        for row in Self.rows where !row.message.hasPrefix("the number") {
            do {
                _ = try JSONDecoder().decode(RuleSet.self, from: Data(row.json.utf8))
                Issue.record("decoded \(row.json)")
            } catch let error as DecodingError {
                #expect(RuleSetDecodingError(error) == RuleSetDecodingError(path: row.path, message: row.message))
            } catch {
                Issue.record("\(error)")
            }
        }
    }

    @Test func citationsAreCheckedAgainstTheCatalogGiven() throws {
        let data = try JSONEncoder().encode(RuleSet.standard)
        let without2026 = Catalog(documents: Catalog.standard.documents.filter { $0.id != .beijing2026_3 })
        do {
            _ = try RuleSet.decode(json: data, catalog: without2026)
            Issue.record("decoded rules citing a document the catalog lacks")
        } catch {
            #expect(error.message.contains("the catalog holds no document beijing-2026-3"), "\(error)")
        }
        // The same catalog through any decoder's userInfo.
        let decoder = JSONDecoder()
        decoder.userInfo[RuleSet.catalogUserInfoKey] = without2026
        #expect(throws: DecodingError.self) { try decoder.decode(RuleSet.self, from: data) }
        // A rule for a measure only a custom catalog holds decodes against that catalog.
        let json = Data(Self.set(id: "beijing-2026-3#8/x").utf8)
        #expect(throws: RuleSetDecodingError.self) { try RuleSet.decode(json: json, catalog: without2026) }
        #expect(try RuleSet.decode(json: json, catalog: .standard).rules.count == 1)
        #expect(try RuleSet.decode(json: data) == RuleSet.standard)
    }

    /// A rule set built in Swift can carry the same defects; `analyze()` reports each.
    @Test func programmaticRuleSetsReportTheSameDefectsAsFindings() throws {
        func rule(_ slug: String, _ effects: [Effect], measure: MeasureID = MeasureID(.beijing2026_3, 8), overrides: [RuleID] = []) -> Rule {
            Rule(id: RuleID(measure, slug), summary: LocalizedText(zh: "", en: ""), condition: .predicate(.listed), effects: effects, overrides: overrides)
        }
        let set = RuleSet([
            rule("hours", [.disposition(DispositionTemplate(.greenChannel, date: DateExpression(.asOf, plus: .hours(4))))]),
            rule("negative", [.obligation(ObligationTemplate(code: "c", actor: Department.ipAdministration.id, action: LocalizedText(zh: "", en: ""), due: DateExpression(.asOf, plus: .days(-1))))]),
            rule("zero", [.flag(.complianceReminder), .disposition(DispositionTemplate(.deferUntil, date: DateExpression(.asOf, plus: .workingDays(0))))]),
            rule("fine", [.disposition(DispositionTemplate(.greenChannel, date: DateExpression(.asOf, plus: .workingDays(15))))]),
            rule("x", [], measure: MeasureID(.beijing2026_3, 99), overrides: [RuleID(MeasureID(.beijing2026_3, 8), "missing")]),
            rule("fine", []),
        ])
        let findings = set.analyze()
        let offsets = findings.filter { $0.kind == .invalidOffset }
        #expect(offsets.map(\.rules) == ["beijing-2026-3#8/hours", "beijing-2026-3#8/negative", "beijing-2026-3#8/zero"].compactMap(RuleID.init).map { [$0] })
        #expect(offsets.first?.message == "disposition greenChannel date asOf + 4 hours: the unit hours cannot be counted in dates (expected workingDays, days, weeks, months, years)")
        #expect(Set(findings.map(\.kind)).isSuperset(of: [.invalidOffset, .unknownMeasure, .unknownOverride, .duplicateID]))
        #expect(findings.first { $0.kind == .unknownMeasure }?.message == "cites beijing-2026-3#99, but beijing-2026-3 has no measure 99 in the catalog (it has 13)")
        // Its JSON is refused when read back, at the first defect.
        do {
            let data = try JSONEncoder().encode(set)
            _ = try RuleSet.decode(json: data)
            Issue.record("decoded a defective set")
        } catch let error as RuleSetDecodingError {
            #expect(error.path == "rules[0].effects[0].disposition.date.offset.unit", "\(error)")
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func spellingSuggestionsAreCloseOrAbsent() {
        #expect(RuleDecoding.closestSpelling(to: "overide", among: ["overrides", "effects"]) == "overrides")
        #expect(RuleDecoding.closestSpelling(to: "Summary", among: ["summary"]) == "summary")
        #expect(RuleDecoding.closestSpelling(to: "xyz", among: ["rules"]) == nil)
        #expect(RuleDecoding.editDistance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars)) == 3)
        #expect(RuleDecoding.editDistance(Array("deu".unicodeScalars), Array("due".unicodeScalars)) == 1)
        #expect(RuleDecoding.closestSpelling(to: "deu", among: ["code", "actor", "action", "due"]) == "due")
    }
}
