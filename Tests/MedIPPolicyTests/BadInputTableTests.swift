import Foundation
import Testing
@testable import MedIPPolicy

/// Where a bad input must be stopped, and with which error.
enum BadInputOutcome: Sendable, Hashable {
    /// `CaseFile.decode` throws this code at this path.
    case decoding(CaseFileError.Code, String)
    /// The case decodes; `validate()` reports an error of this code at this path, and
    /// evaluation refuses the case with it.
    case validation(ValidationCode, String)
    /// The case is valid; evaluation on the date decides it with the due date unknown for the
    /// year (the default), and a strict evaluator (`unknownDates: .fail`) throws a calendar
    /// error for the year naming the field.
    case uncoveredYear(Int, asOf: String, path: String)
}

/// One hostile or malformed input and the specific error it must produce.
struct BadInput: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    var outcome: BadInputOutcome
    var testDescription: String { name }

    init(_ name: String, _ bytes: [UInt8], _ outcome: BadInputOutcome) {
        self.name = name
        self.bytes = bytes
        self.outcome = outcome
    }

    /// The base case with edits (see ``editedJSON(_:base:)``).
    init(_ name: String, edits: [(String, String)], _ outcome: BadInputOutcome) {
        self.init(name, (try? [UInt8](editedJSON(edits))) ?? [], outcome)
    }

    /// The base case's text with `target` replaced by `replacement` (raw bytes, for what
    /// JSONSerialization cannot write).
    init(_ name: String, replacing target: String, with replacement: [UInt8], _ outcome: BadInputOutcome) {
        var bytes = [UInt8](compactBaseCase.utf8)
        if let range = bytes.firstRange(of: Array(target.utf8)) {
            bytes.replaceSubrange(range, with: replacement)
        } else {
            bytes = []  // makes the row fail loudly: the target must exist
        }
        self.init(name, bytes, outcome)
    }
}

/// The base case on one line with known spacing, for byte-level replacements.
let compactBaseCase: String = {
    guard let object = try? JSONSerialization.jsonObject(with: Data(baseCaseJSON.utf8)),
          let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    else { return "" }
    return String(decoding: data, as: UTF8.self)
}()

private func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

/// A minimal valid case file with `product` and `extra` members spliced in.
private func minimal(id: String = #""m""#, extra: String = "") -> [UInt8] {
    utf8(#"{"schemaVersion": 1, "id": \#(id), "jurisdiction": "CN", "enterprise": {"name": "E", "creditCode": "914403001922038216"}, "product": {"id": "p", "name": "n", "category": "medicalConsumable", "marketingAuthorisationHolder": "E"}\#(extra)}"#)
}

/// The green-channel example moved into 2027, a year with no working-day schedule.
private let greenChannel2027 = utf8(#"""
{"schemaVersion": 1, "id": "g", "jurisdiction": "CN-BJ",
 "enterprise": {"name": "E", "creditCode": "91320500MA1TEXT00P"},
 "product": {"id": "P", "name": "N", "category": "chemicalDrug", "drugClass": "innovative",
             "marketingAuthorisationHolder": "E", "greenChannelQualified": true},
 "commitments": [{"kind": "listingSelfCommitment", "date": "2027-03-01"}],
 "procurementHistory": [{"date": "2027-03-01", "status": "listingApplication"}],
 "round": {"kind": "listing", "name": "R", "applicationDate": "2027-03-01"}}
"""#)

@Suite struct BadInputTableTests {
    static let rows: [BadInput] = [
        // Not JSON at all.
        .init("empty file", [], .decoding(.malformedJSON, "")),
        .init("white space only", utf8(" \n\t "), .decoding(.malformedJSON, "")),
        .init("byte-order mark only", [0xEF, 0xBB, 0xBF], .decoding(.malformedJSON, "")),
        .init("binary junk starting with NUL", [0x00, 0x01, 0x02, 0xFF, 0x7B], .decoding(.invalidEncoding, "")),
        .init("JPEG header", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46], .decoding(.invalidEncoding, "")),
        .init("UTF-16LE with byte-order mark", [0xFF, 0xFE] + utf8("{}").flatMap { [$0, 0] }, .decoding(.invalidEncoding, "")),
        .init("UTF-16BE without byte-order mark", utf8("{}").flatMap { [0, $0] }, .decoding(.invalidEncoding, "")),
        .init("plain text", utf8("this is not a case"), .decoding(.malformedJSON, "")),
        .init("two documents", utf8("{} {}"), .decoding(.malformedJSON, "")),
        .init("single quotes", utf8("{'schemaVersion': 1}"), .decoding(.malformedJSON, "")),
        .init("comment", utf8("// case\n{}"), .decoding(.malformedJSON, "")),
        .init("truncated", Array(utf8(compactBaseCase).prefix(200)), .decoding(.malformedJSON, "creditEvents[0].kind")),
        .init("trailing comma in array", replacing: #""patents":["ZL201110234567.1"]"#, with: utf8(#""patents":["ZL201110234567.1",]"#), .decoding(.malformedJSON, "disputes[0].patents[1]")),
        .init("NaN", replacing: #""schemaVersion":1"#, with: utf8(#""schemaVersion":NaN"#), .decoding(.malformedJSON, "schemaVersion")),
        .init("leading zero", replacing: #""termCompensationDays":100"#, with: utf8(#""termCompensationDays":0100"#), .decoding(.malformedJSON, "patents[1].termCompensationDays")),
        .init("misspelt literal", replacing: #""registeredOnPlatform":true"#, with: utf8(#""registeredOnPlatform":ture"#), .decoding(.malformedJSON, "patents[0].registeredOnPlatform")),
        .init("NUL byte between tokens", replacing: #""id":"t","#, with: utf8(#""id":"t","#) + [0], .decoding(.malformedJSON, "")),
        .init("raw NUL byte in a string", replacing: #""id":"t""#, with: utf8(#""id":"t"#) + [0] + utf8(#"""#), .decoding(.malformedJSON, "id")),
        .init("raw newline in a string", replacing: #""name":"N""#, with: utf8("\"name\":\"N\nN\""), .decoding(.malformedJSON, "round.name")),
        .init("invalid escape", replacing: #""objector":"X""#, with: utf8(#""objector":"\x41""#), .decoding(.malformedJSON, "objections[0].objector")),
        .init("unpaired surrogate escape", replacing: #""claimant":"X""#, with: utf8(#""claimant":"\ud800""#), .decoding(.malformedJSON, "disputes[0].claimant")),
        .init("invalid UTF-8 in a string", replacing: #""objector":"X""#, with: utf8(#""objector":""#) + [0xC3, 0x28] + utf8(#"""#), .decoding(.invalidEncoding, "objections[0].objector")),
        .init("overlong UTF-8 in a string", replacing: #""declarant":"D""#, with: utf8(#""declarant":""#) + [0xC0, 0xAF] + utf8(#"""#), .decoding(.invalidEncoding, "declarations[0].declarant")),
        .init("UTF-8-encoded surrogate", replacing: #""respondent":"Y""#, with: utf8(#""respondent":""#) + [0xED, 0xA0, 0x80] + utf8(#"""#), .decoding(.invalidEncoding, "disputes[0].respondent")),

        // JSON that is not a case.
        .init("an array", utf8("[]"), .decoding(.wrongType, "")),
        .init("a string", utf8(#""case""#), .decoding(.wrongType, "")),
        .init("null", utf8("null"), .decoding(.nullValue, "")),
        .init("an empty object", utf8("{}"), .decoding(.missingField, "schemaVersion")),
        .init("a rule set", utf8(#"{"rules": []}"#), .decoding(.unknownKey, "rules")),

        // Unknown keys: an error at the key's path, never a silently dropped fact.
        .init("unknown top-level key (rulings misspelt)", edits: [], .decoding(.unknownKey, "ruling")).replacing(#""rulings":"#, #""ruling":"#),
        .init("unknown nested key with a suggestion", edits: [], .decoding(.unknownKey, "patents[0].termAdjustmentDay")).replacing(#""registeredOnPlatform":true"#, #""termAdjustmentDay":30"#),
        .init("green channel misspelt", edits: [("product.greenChanelQualified", "true")], .decoding(.unknownKey, "product.greenChanelQualified")),
        .init("unknown key deep in a ruling", edits: [("rulings.0.effectiveDate", #""2026-05-01""#)], .decoding(.unknownKey, "rulings[0].effectiveDate")),
        .init("escape sequence in a key", edits: [], .decoding(.unknownKey, #"\u{1B}[31mred"#)).replacing(#""id":"t","#, #""id":"t","\u001b[31mred":1,"#),

        // Integers written inexactly: never rounded through Double.
        .init("term adjustment 364.99999999999999999", edits: [], .decoding(.numberOutOfRange, "patents[0].termAdjustmentDays")).replacing(#""registeredOnPlatform":true"#, #""termAdjustmentDays":364.99999999999999999"#),
        .init("term compensation 1e-400", edits: [], .decoding(.numberOutOfRange, "patents[1].termCompensationDays")).replacing(#""termCompensationDays":100"#, #""termCompensationDays":1e-400"#),
        .init("exclusivity length 12.0000000000000000001", edits: [], .decoding(.numberOutOfRange, "exclusivities[0].length.value")).replacing(#""value":12"#, #""value":12.0000000000000000001"#),
        .init("exclusivity length 12.0", edits: [], .decoding(.numberOutOfRange, "exclusivities[0].length.value")).replacing(#""value":12"#, #""value":12.0"#),
        .init("term compensation 1e2", edits: [], .decoding(.numberOutOfRange, "patents[1].termCompensationDays")).replacing(#""termCompensationDays":100"#, #""termCompensationDays":1e2"#),

        // Numbers out of range.
        .init("schemaVersion 1e400", edits: [], .decoding(.numberOutOfRange, "schemaVersion")).replacing(#""schemaVersion":1"#, #""schemaVersion":1e400"#),
        .init("schemaVersion 2^64", edits: [], .decoding(.numberOutOfRange, "schemaVersion")).replacing(#""schemaVersion":1"#, #""schemaVersion":18446744073709551616"#),
        .init("schemaVersion 1.5", edits: [], .decoding(.numberOutOfRange, "schemaVersion")).replacing(#""schemaVersion":1"#, #""schemaVersion":1.5"#),
        .init("term compensation Int.max + 1", edits: [], .decoding(.numberOutOfRange, "patents[1].termCompensationDays")).replacing(#""termCompensationDays":100"#, #""termCompensationDays":9223372036854775808"#),
        .init("exclusivity length -1e19", edits: [], .decoding(.numberOutOfRange, "exclusivities[0].length.value")).replacing(#""value":12"#, #""value":-1e19"#),
        .init("schemaVersion as string", edits: [("schemaVersion", #""1""#)], .decoding(.wrongType, "schemaVersion")),
        .init("schemaVersion 0", edits: [("schemaVersion", "0")], .decoding(.unsupportedSchemaVersion, "schemaVersion")),
        .init("schemaVersion Int.max", edits: [("schemaVersion", "9223372036854775807")], .decoding(.unsupportedSchemaVersion, "schemaVersion")),

        // Wrong types and nulls.
        .init("enterprise as array", edits: [("enterprise", "[]")], .decoding(.wrongType, "enterprise")),
        .init("null jurisdiction", edits: [("jurisdiction", "null")], .decoding(.nullValue, "jurisdiction")),
        .init("date as object", edits: [("disputes.0.filedOn", #"{"y": 2026}"#)], .decoding(.wrongType, "disputes[0].filedOn")),
        .init("term days as string", edits: [("patents.0.termAdjustmentDays", #""30""#)], .decoding(.wrongType, "patents[0].termAdjustmentDays")),

        // Impossible dates.
        .init("month 13", edits: [("disputes.0.filedOn", #""2026-13-01""#)], .decoding(.invalidValue, "disputes[0].filedOn")),
        .init("29 February in a common year", edits: [("rulings.0.effectiveOn", #""2025-02-29""#)], .decoding(.invalidValue, "rulings[0].effectiveOn")),
        .init("year 0", edits: [("patents.1.filingDate", #""0000-01-01""#)], .decoding(.invalidValue, "patents[1].filingDate")),
        .init("date with time", edits: [("objections.0.receivedOn", #""2026-05-11T08:00:00""#)], .decoding(.invalidValue, "objections[0].receivedOn")),
        .init("date without padding", edits: [("round.applicationDate", #""2026-4-15""#)], .decoding(.invalidValue, "round.applicationDate")),

        // Unknown enumeration values.
        .init("unknown product category", edits: [("product.category", #""vaccine""#)], .decoding(.unknownEnumValue, "product.category")),
        .init("escape sequence in a value", edits: [("product.category", #""\u001b[2Jvaccine""#)], .decoding(.unknownEnumValue, "product.category")),
        .init("unknown objection receiver", edits: [("objections.0.receivedBy", #""mayor""#)], .decoding(.unknownEnumValue, "objections[0].receivedBy")),
        .init("unknown dispute forum", edits: [("disputes.0.forum", #""arbitration""#)], .decoding(.unknownEnumValue, "disputes[0].forum")),
        .init("unknown credit scheme", edits: [("creditEvents.0.scheme", #""fico""#)], .decoding(.unknownEnumValue, "creditEvents[0].scheme")),
        .init("unknown round kind", edits: [("round.kind", #""auction""#)], .decoding(.unknownEnumValue, "round.kind")),
        .init("enum value in the wrong case", edits: [("rulings.0.kind", #""EffectiveJudgment""#)], .decoding(.unknownEnumValue, "rulings[0].kind")),

        // Identifiers.
        .init("short patent number", edits: [("patents.0.number", #""ZL20091012345""#)], .decoding(.invalidPatentNumber, "patents[0].number")),
        .init("credit code with I", edits: [("enterprise.creditCode", #""91110108MA01EXAMPI""#)], .decoding(.invalidCreditCode, "enterprise.creditCode")),

        // Limits.
        .init("document over 1 MiB", utf8(#"{"id": ""# + String(repeating: " ", count: CaseFile.maxBytes) + #""}"#), .decoding(.tooLarge, "")),
        .init("100,000 nested arrays", [UInt8](repeating: UInt8(ascii: "["), count: 100_000), .decoding(.tooDeep, Array(repeating: "[0]", count: 16).joined())),
        .init("100,000 nested objects", utf8(String(repeating: #"{"a":"#, count: 100_000)), .decoding(.tooDeep, Array(repeating: "a", count: 16).joined(separator: "."))),
        .init("1,001 patents", edits: [("patents", "[" + Array(repeating: "{}", count: 1_001).joined(separator: ",") + "]")], .decoding(.tooManyElements, "patents")),
        .init("1,001 members in one object", minimal(extra: ", \"x\": {" + (0...1_000).map { #""k\#($0)": 0"# }.joined(separator: ",") + "}"), .decoding(.tooManyElements, "x")),
        .init("very long id", edits: [("id", "\"" + String(repeating: "x", count: 100_000) + "\"")], .decoding(.stringTooLong, "id")),
        .init("very long key", minimal(extra: ", \"" + String(repeating: "k", count: CaseFile.maxStringBytes + 1) + "\": 1"), .decoding(.stringTooLong, "")),
        .init("duplicate key", minimal(extra: #", "id": "n""#), .decoding(.duplicateKey, "id")),
        .init("duplicate key written with an escape", minimal(extra: #", "\u0069d": "n""#), .decoding(.duplicateKey, "id")),

        // Facts that decode but contradict each other.
        .init("ruling effective before its dispute was filed", edits: [("rulings.1", #"{"id": "J-2", "dispute": "D-1", "kind": "administrativeRuling", "finding": "infringes", "patents": ["ZL201110234567.1"], "effectiveOn": "2026-05-19"}"#)], .validation(.rulingBeforeDisputeFiled, "rulings[1].effectiveOn")),
        .init("dispute resolved before filing", edits: [("disputes.0.resolution", #"{"date": "2020-01-01", "kind": "withdrawn"}"#)], .validation(.resolutionBeforeFiling, "disputes[0].resolution.date")),
        .init("declaration on an unknown patent", edits: [("declarations.1", #"{"category": "4.1", "patent": "ZL201520456789.1", "declaredOn": "2024-05-20", "declarant": "D"}"#)], .validation(.unknownPatent, "declarations[1].patent")),
        .init("exclusivity challenges an unknown patent", edits: [("exclusivities.0.challengedPatent", #""ZL201520456789.1""#)], .validation(.unknownPatent, "exclusivities[0].challengedPatent")),
        .init("duplicate dispute id", edits: [("disputes.1", #"{"id": "D-1", "forum": "ipAdministration", "filedOn": "2026-06-01", "patents": ["ZL201110234567.1"], "claimant": "X", "respondent": "Y"}"#)], .validation(.duplicateID, "disputes[1].id")),
        .init("duplicate ruling id", edits: [("rulings.1", #"{"id": "J-1", "kind": "administrativeRuling", "finding": "doesNotInfringe", "patents": ["ZL201110234567.1"], "effectiveOn": "2026-09-02"}"#)], .validation(.duplicateID, "rulings[1].id")),
        .init("negative exclusivity", edits: [("exclusivities.0.length.value", "-1")], .validation(.invalidExclusivityLength, "exclusivities[0].length")),
        .init("exclusivity of a million years", edits: [("exclusivities.0.length", #"{"value": 1000000, "unit": "years"}"#)], .validation(.exclusivityTooLong, "exclusivities[0].length")),
        .init("exclusivity of Int.max weeks", edits: [("exclusivities.0.length", #"{"value": 9223372036854775807, "unit": "weeks"}"#)], .validation(.exclusivityTooLong, "exclusivities[0].length")),
        .init("exclusivity of Int.min days", edits: [("exclusivities.0.length", #"{"value": -9223372036854775808, "unit": "days"}"#)], .validation(.invalidExclusivityLength, "exclusivities[0].length")),
        .init("term adjustment past 9999", edits: [("patents.0.termAdjustmentDays", "9223372036854775807")], .validation(.dateOutOfRange, "patents[0].termAdjustmentDays")),
        .init("term compensation past 9999", edits: [("patents.1.termCompensationDays", "4000000")], .validation(.dateOutOfRange, "patents[1].termCompensationDays")),
        .init("filing date in 9990", edits: [("patents.0.filingDate", #""9990-01-01""#), ("patents.0.grantDate", deleteMarker)], .validation(.dateOutOfRange, "patents[0].filingDate")),
        .init("negative term compensation", edits: [("patents.1.termCompensationDays", "-9223372036854775808")], .validation(.negativeTermCompensation, "patents[1].termCompensationDays")),
        .init("empty id", edits: [("id", #""""#)], .validation(.emptyText, "id")),
        .init("escaped NUL in the enterprise name", edits: [], .validation(.controlCharacter, "enterprise.name")).replacing(#""name":"示例制药有限公司""#, #""name":"示例\u0000制药""#),
        .init("escaped escape character in an id", edits: [("objections.0.id", #""O-1\u001b[2J""#), ("opinionRequests.0.objection", #""O-1\u001b[2J""#)], .validation(.controlCharacter, "objections[0].id")),
        // Text that shows nothing (issue 12): invisible format characters, and U+0085, which is
        // white space but first a control character.
        .init("enterprise name of only a byte-order mark", edits: [("enterprise.name", #""\uFEFF""#)], .validation(.invisibleText, "enterprise.name")),
        .init("product name of only a right-to-left override", edits: [("product.name", #""\u202E""#)], .validation(.invisibleText, "product.name")),
        .init("id of zero-width characters", edits: [("id", #""\u200B\u200C\u200D""#)], .validation(.invisibleText, "id")),
        .init("holder of a word joiner between spaces", edits: [("product.marketingAuthorisationHolder", #"" \u2060\u3000""#)], .validation(.invisibleText, "product.marketingAuthorisationHolder")),
        .init("claimant of isolates and a soft hyphen", edits: [("disputes.0.claimant", #""\u2066\u00AD\u2069""#)], .validation(.invisibleText, "disputes[0].claimant")),
        .init("round name of a tag character", edits: [("round.name", #""\uDB40\uDC41""#)], .validation(.invisibleText, "round.name")),
        .init("enterprise name of only U+0085", edits: [("enterprise.name", #""\u0085""#)], .validation(.controlCharacter, "enterprise.name")),
        .init("product name of a tab between spaces", edits: [("product.name", #"" \t ""#)], .validation(.controlCharacter, "product.name")),

        // Valid facts, unknown years.
        .init("green channel applied in 2027 (no schedule)", greenChannel2027, .uncoveredYear(2027, asOf: "2027-03-02", path: "round.applicationDate")),
    ]

    static let evaluator = Evaluator()
    static let strictEvaluator = Evaluator(unknownDates: .fail)

    @Test func thereAreAtLeastFiftyRows() {
        #expect(Self.rows.count >= 50)
        #expect(Set(Self.rows.map(\.name)).count == Self.rows.count, "row names are unique")
        #expect(Self.rows.allSatisfy { !$0.bytes.isEmpty || $0.name == "empty file" }, "every replacement target exists")
    }

    @Test(arguments: rows)
    func badInputIsRejectedWithItsCodeAndPath(_ row: BadInput) throws {
        let data = Data(row.bytes)
        switch row.outcome {
        case .decoding(let code, let path):
            do {
                let theCase = try CaseFile.decode(data)
                Issue.record("decoded unexpectedly: \(theCase.id)")
            } catch {
                #expect(error.code == code, "\(error)")
                #expect(error.path == path, "\(error)")
                #expect(!error.message.isEmpty)
                #expect(error.description == (path.isEmpty ? error.message : "\(path): \(error.message)"))
            }
        case .validation(let code, let path):
            let theCase = try CaseFile.decode(data)
            let errors = theCase.validate().filter { $0.severity == .error }
            #expect(errors.contains { $0.code == code && $0.path == path }, "\(errors)")
            let date = try CivilDate(iso8601: "2026-11-23")
            do {
                _ = try Self.evaluator.evaluate(theCase, asOf: date)
                Issue.record("an invalid case was evaluated")
            } catch {
                #expect(error.issues == errors)
            }
        case .uncoveredYear(let year, let asOf, let path):
            let theCase = try CaseFile.decode(data)
            #expect(theCase.validate().allSatisfy { $0.severity == .warning })
            let date = try CivilDate(iso8601: asOf)
            let decision = try Self.evaluator.evaluate(theCase, asOf: date)
            #expect(decision.disposition.date == nil)
            #expect(decision.disposition.unknownDate?.year == year)
            #expect(decision.disposition.unknownDate?.from == path)
            #expect(decision.hasUnknownDate)
            do {
                let decision = try Self.strictEvaluator.evaluate(theCase, asOf: date)
                Issue.record("evaluated unexpectedly: \(decision.disposition.kind)")
            } catch {
                #expect(error.calendarError == .yearNotCovered(year), "\(error)")
                #expect(error.path == path, "\(error)")
                #expect(error.description.contains("no official working-day schedule for \(year)"))
            }
        }
    }

    @Test func everyAnchorNamesTheCaseFieldItComesFrom() throws {
        let theCase = try CaseFile.decode(Data(compactBaseCase.utf8))
        let facts = FactSet(theCase, asOf: try CivilDate(iso8601: "2026-11-23"))
        #expect(facts.anchorSources == [
            .listingApplication: "round.applicationDate",
            .objectionReceived: "objections[0].receivedOn",
            .opinionDeadline: "opinionRequests[0].deadline",
            .rulingEffective: "rulings[0].effectiveOn",
            .linkageBarEnd: "declarations[0].patent",
        ])
        // The judgment names its dispute, which it decided on 2026-09-01; before then the dispute
        // is pending and its filing date is an anchor.
        let before = FactSet(theCase, asOf: try CivilDate(iso8601: "2026-08-01"))
        #expect(before.anchorSources[.disputeFiled] == "disputes[0].filedOn")
        let present = Set(DateAnchor.allCases.filter { facts.anchors[$0] != nil })
        #expect(present == Set(facts.anchorSources.keys).union([.asOf]))
    }

    @Test func aUTF8ByteOrderMarkIsSkipped() throws {
        let plain = try CaseFile.decode(Data(compactBaseCase.utf8))
        let marked = try CaseFile.decode(Data([0xEF, 0xBB, 0xBF] + compactBaseCase.utf8))
        #expect(plain == marked)
    }

    @Test func escapedNULInAnOptionalTextRoundTrips() throws {
        let data = Data(minimal(extra: #", "patents": [{"number": "ZL200910123456.6", "filingDate": "2009-06-18", "title": "a\u0000b"}]"#))
        let theCase = try CaseFile.decode(data)
        #expect(theCase.patents.first?.title == "a\u{0}b")
        let again = try CaseFile.decode(try CaseFile.encode(theCase))
        #expect(again == theCase)
    }

    @Test func ruleSetJSONIsBoundedAndCheckedLikeCaseFiles() throws {
        func failure(_ text: String) -> RuleSetDecodingError? {
            do { _ = try RuleSet.decode(json: Data(text.utf8)); return nil } catch { return error }
        }
        let deep = failure(String(repeating: "[", count: 100_000))
        #expect(deep?.message == "objects and arrays nest deeper than \(RuleSet.maximumJSONDepth) levels")
        #expect(failure(#"{"rules": [], "rules": []}"#) == RuleSetDecodingError(
            path: "rules", message: #"the key "rules" appears more than once in the object"#))
        #expect(failure("{\"rules\": [\u{0}]}")?.message.hasPrefix("the document is not valid JSON: expected a value, found byte 0x00") == true)
        let rule = try String(decoding: CaseFile.encode(try #require(RuleSet.standard.rules.first { rule in
            rule.effects.contains { if case .obligation(let o) = $0 { o.due?.offset != nil } else { false } }
        }), pretty: false), as: UTF8.self)
        let huge = try #require(rule.firstRange(of: #""value":"#)).upperBound
        let number = rule[..<huge] + "1e400" + rule[huge...].drop { $0.isNumber }
        let error = try #require(failure(#"{"rules": [\#(number)]}"#))
        #expect(error.message == "the number 1e400 is not an integer from \(Int.min) to \(Int.max)")
        #expect(error.path.hasPrefix("rules[0].effects["))
        #expect(error.path.hasSuffix(".offset.value"))
        let wide = "{\"rules\": [" + Array(repeating: "0", count: RuleSet.maximumRules + 1).joined(separator: ",") + "]}"
        #expect(failure(wide) == RuleSetDecodingError(path: "rules", message: "more than 10000 elements (the limit per array)"))
    }

    @Test func csvReadersRefuseOversizedTextBeforeReadingRows() {
        let tooBig = String(repeating: "#", count: YearSchedule.maximumCSVBytes + 1)
        #expect(throws: CalendarError.malformedCSV(
            line: 1, field: "text", reason: "the text has \(YearSchedule.maximumCSVBytes + 1) bytes; the limit is \(YearSchedule.maximumCSVBytes)")) {
            try YearSchedule.parseCSV(tooBig)
        }
        let tooLong = "date,status,festival\n" + String(repeating: "\n", count: YearSchedule.maximumCSVLines)
        #expect(throws: CalendarError.malformedCSV(line: YearSchedule.maximumCSVLines + 1, field: "text", reason: "more than 20000 lines")) {
            try YearSchedule.parseCSV(tooLong)
        }
        let atTheLimit = "date,status,festival\n" + String(repeating: "#\n", count: YearSchedule.maximumCSVLines - 1)
        #expect((try? YearSchedule.parseCSV(atTheLimit)) == [])
        let observations = String(repeating: "#", count: Observation.maximumCSVBytes + 1)
        do {
            _ = try Observation.parseCSV(observations)
            Issue.record("accepted")
        } catch {
            #expect(error.line == 1)
            #expect(error.message == "the text has \(Observation.maximumCSVBytes + 1) bytes; the limit is \(Observation.maximumCSVBytes)")
        }
    }

    @Test func theScannerStopsAtTheFirstProblemInOnePass() {
        // A megabyte of opening brackets is rejected at depth 17, not after reading it all.
        let bytes = [UInt8](repeating: UInt8(ascii: "["), count: CaseFile.maxBytes)
        do {
            try JSONBoundsScanner(maxDepth: 16, maxArrayLength: 1_000, maxStringBytes: 4_096).scan(bytes)
            Issue.record("accepted")
        } catch {
            #expect(error.code == .tooDeep)
        }
    }
}

extension BadInput {
    /// This row with `target` replaced by `replacement` in the compact base case.
    fileprivate func replacing(_ target: String, _ replacement: String) -> BadInput {
        BadInput(name, replacing: target, with: Array(replacement.utf8), outcome)
    }
}

/// Tests/Fixtures/synthetic-2027-schedule.csv: a made-up embedder schedule for 2027 (not the
/// State Council's notice), for tests that supply a year the library does not have.
let synthetic2027ScheduleURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/synthetic-2027-schedule.csv")
