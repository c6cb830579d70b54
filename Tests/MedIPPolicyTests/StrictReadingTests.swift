import Foundation
import Testing
@testable import MedIPPolicy

/// Strict reading: unknown keys and inexact integers are errors with paths, text from the input
/// is escaped in messages, and the one escape hatch (`allowingUnknownKeys`) works both ways.
@Suite struct StrictReadingTests {
    /// An example case file with `target` (which must occur once or more) replaced.
    static func example(_ name: String, replacing target: String, with replacement: String) throws -> Data {
        let text = try String(contentsOf: exampleURL(name), encoding: .utf8)
        #expect(text.contains(target), "\(name) has no \(target)")
        return Data(text.replacingOccurrences(of: target, with: replacement).utf8)
    }

    static func exampleURL(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Documentation/Examples/\(name)")
    }

    static func error(_ data: Data, options: CaseFile.DecodingOptions = .strict) -> CaseFileError? {
        do {
            _ = try CaseFile.decode(data, options: options)
            return nil
        } catch {
            return error
        }
    }

    // MARK: Unknown keys

    @Test func aMisspeltRulingsIsAnErrorNotAnAdmission() throws {
        let data = try Self.example("infringement-judgment-listed.json", replacing: #""rulings""#, with: #""ruling""#)
        let error = try #require(Self.error(data))
        #expect(error.code == .unknownKey)
        #expect(error.path == "ruling")
        #expect(error.description == #"ruling: unknown key "ruling" (did you mean "rulings"?)"#)
        #expect(throws: error) { try CaseFile.decodeFast(data) }

        // The escape hatch reads the file, and the misspelt fact is gone: that is why it is off
        // by default. The strict reading of the original decides to revoke the listing.
        let lenient = try CaseFile.decode(data, options: .allowingUnknownKeys)
        #expect(lenient.rulings.isEmpty)
        let original = try CaseFile.decode(Data(contentsOf: Self.exampleURL("infringement-judgment-listed.json")))
        #expect(!original.rulings.isEmpty)
        #expect(lenient == { var copy = original; copy.rulings = []; return copy }())
    }

    @Test func aMisspeltGreenChannelFlagIsAnError() throws {
        let data = try Self.example("green-channel-national-day.json", replacing: "greenChannelQualified", with: "greenChanelQualified")
        let error = try #require(Self.error(data))
        #expect(error.code == .unknownKey)
        #expect(error.path == "product.greenChanelQualified")
        #expect(error.message.contains(#"did you mean "greenChannelQualified"?"#))
        let lenient = try CaseFile.decode(data, options: .allowingUnknownKeys)
        #expect(lenient.product.greenChannelQualified == nil)
    }

    @Test func aNestedUnknownKeyNamesItsPathAndTheNearestKey() throws {
        let data = Data(baseCaseJSON.replacingOccurrences(of: #""termCompensationDays": 100"#, with: #""termCompensationDay": 100"#).utf8)
        let error = try #require(Self.error(data))
        #expect(error.code == .unknownKey)
        #expect(error.path == "patents[1].termCompensationDay")
        #expect(error.message == #"unknown key "termCompensationDay" (did you mean "termCompensationDays"?)"#)
    }

    @Test func anUnknownKeyFarFromEveryKeyListsTheKeys() throws {
        let data = Data(baseCaseJSON.replacingOccurrences(of: #""id": "t""#, with: #""id": "t", "notes": "x", "zzz": 1"#).utf8)
        let error = try #require(Self.error(data))
        // The first unknown key in string order, so the answer does not depend on hashing.
        #expect(error.path == "notes")
        #expect(error.message.hasPrefix(#"unknown key "notes" (expected one of schemaVersion, id, jurisdiction"#))
        #expect(error.message.hasSuffix("; 1 more unknown key in this object"))
    }

    @Test func suggestionsNeedACloseKey() {
        let keys = ["rulings", "round", "id", "termAdjustmentDays", "greenChannelQualified"]
        #expect(UnknownKeyMessage.suggestion(for: "ruling", among: keys) == "rulings")
        #expect(UnknownKeyMessage.suggestion(for: "Rulings", among: keys) == "rulings")
        #expect(UnknownKeyMessage.suggestion(for: "termAdjustmentDay", among: keys) == "termAdjustmentDays")
        #expect(UnknownKeyMessage.suggestion(for: "greenChanelQualifed", among: keys) == "greenChannelQualified")
        #expect(UnknownKeyMessage.suggestion(for: "ix", among: keys) == "id")
        #expect(UnknownKeyMessage.suggestion(for: "xy", among: keys) == nil)
        #expect(UnknownKeyMessage.suggestion(for: "notes", among: keys) == nil)
        #expect(UnknownKeyMessage.editDistance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars)) == 3)
    }

    @Test func theSchemaKeyIsAcceptedAndIgnored() throws {
        let data = Data(baseCaseJSON.replacingOccurrences(of: #""id": "t""#, with: #""$schema": "case.schema.json", "id": "t""#).utf8)
        let withSchema = try CaseFile.decode(data)
        #expect(withSchema == (try CaseFile.decode(Data(baseCaseJSON.utf8))))
        #expect(CaseReader.read([UInt8](data)) == withSchema)
        let notAString = Data(baseCaseJSON.replacingOccurrences(of: #""id": "t""#, with: #""$schema": 1, "id": "t""#).utf8)
        #expect(Self.error(notAString)?.path == "$schema")
    }

    @Test func everyDomainObjectRejectsUnknownKeys() throws {
        // One unknown key in each kind of object of the base case (and the green-channel flag).
        let paths: [(String, String)] = [
            ("enterprise", "enterprise.x"), ("product", "product.x"), ("patents.0", "patents[0].x"),
            ("declarations.0", "declarations[0].x"),
            ("commitments.0", "commitments[0].x"), ("objections.0", "objections[0].x"),
            ("opinionRequests.0", "opinionRequests[0].x"), ("disputes.0", "disputes[0].x"),
            ("rulings.0", "rulings[0].x"), ("exclusivities.0", "exclusivities[0].x"),
            ("exclusivities.0.length", "exclusivities[0].length.x"), ("creditEvents.0", "creditEvents[0].x"),
            ("procurementHistory.0", "procurementHistory[0].x"), ("round", "round.x"), ("attention", "attention.x"),
        ]
        for (object, path) in paths {
            let data = try editedJSON([(object + ".x", "1")])
            let error = Self.error(data)
            #expect(error?.code == .unknownKey, "\(object): \(String(describing: error))")
            #expect(error?.path == path, "\(object): \(String(describing: error))")
            #expect(throws: CaseFileError.self) { try CaseFile.decodeFast(data) }
            #expect(Self.error(data, options: .allowingUnknownKeys) == nil, "\(object): the escape hatch did not ignore it")
        }
    }

    @Test func nestedObjectsOfTheFactsRejectUnknownKeysToo() throws {
        let values: [(String, String, String)] = [
            (#"{"kind": "drugRegulator", "name": "N", "x": 1}"#, "commitments.0.addressee", "commitments[0].addressee.x"),
            (#"[{"date": "2026-05-01", "kind": "foundFalse", "authority": "A", "x": 1}]"#, "commitments.0.findings", "commitments[0].findings[0].x"),
            (#"{"date": "2026-05-01", "finding": "riskFound", "x": 1}"#, "objections.0.outcome", "objections[0].outcome.x"),
            (#"{"date": "2026-05-01", "kind": "withdrawn", "x": 1}"#, "disputes.0.resolution", "disputes[0].resolution.x"),
            (#"[{"date": "2015-01-01", "event": "terminated", "x": 1}]"#, "patents.0.statusHistory", "patents[0].statusHistory[0].x"),
            (#"{"date": "2026-05-01", "kind": "consultation", "finding": "infringementLikely", "x": 1}"#, "opinionRequests.0.opinion", "opinionRequests[0].opinion.x"),
        ]
        for (value, object, path) in values {
            let error = Self.error(try editedJSON([(object, value)]))
            #expect(error?.code == .unknownKey, "\(object): \(String(describing: error))")
            #expect(error?.path == path, "\(object): \(String(describing: error))")
        }
    }

    @Test func aBareJSONDecoderIsStrictAboutKeysAndTheUserInfoOpensTheHatch() throws {
        let json = Data(#"{"date": "2026-05-01", "status": "listed", "rounds": "R"}"#.utf8)
        do {
            _ = try JSONDecoder().decode(ProcurementEvent.self, from: json)
            Issue.record("a bare JSONDecoder ignored an unknown key")
        } catch let DecodingError.dataCorrupted(context) {
            #expect((context.underlyingError as? DomainValueError)?.code == .unknownKey)
            #expect(CaseFile.path(context.codingPath) == "rounds")
            #expect(context.debugDescription == #"unknown key "rounds" (did you mean "round"?)"#)
        }
        let decoder = JSONDecoder()
        decoder.userInfo = CaseFile.userInfo(for: .allowingUnknownKeys)
        #expect(try decoder.decode(ProcurementEvent.self, from: json) == ProcurementEvent(date: try CivilDate(iso8601: "2026-05-01"), status: .listed))
        #expect(CaseFile.userInfo(for: .strict).isEmpty)
    }

    // MARK: Integers

    @Test(arguments: ["364.99999999999999999", "1e-400", "12.0000000000000000001", "12.0", "1e2", "1E2", "-0.0", "100e-2"])
    func anInexactIntegerIsAnErrorNeverRounded(_ written: String) throws {
        let data = Data(baseCaseJSON.replacingOccurrences(of: #""termCompensationDays": 100"#, with: #""termCompensationDays": \#(written)"#).utf8)
        let error = try #require(Self.error(data))
        #expect(error.code == .numberOutOfRange)
        #expect(error.path == "patents[1].termCompensationDays")
        #expect(error.message.hasPrefix("the number \(written) is not an integer"))
        #expect(throws: error) { try CaseFile.decodeFast(data) }
        #expect(Self.error(data, options: .allowingUnknownKeys) == error, "the escape hatch is for keys only")
    }

    @Test func inexactIntegersAreCaughtEverywhereAnIntegerIsRead() throws {
        let rows: [(String, String, String)] = [
            (#""schemaVersion": 1"#, #""schemaVersion": 1.0"#, "schemaVersion"),
            (#""value": 12"#, #""value": 12.0000000000000000001"#, "exclusivities[0].length.value"),
            (#""termCompensationDays": 100"#, #""termCompensationDays": 100, "termAdjustmentDays": 364.99999999999999999"#, "patents[1].termAdjustmentDays"),
        ]
        for (target, replacement, path) in rows {
            let data = Data(baseCaseJSON.replacingOccurrences(of: target, with: replacement).utf8)
            let error = Self.error(data)
            #expect(error?.code == .numberOutOfRange, "\(replacement): \(String(describing: error))")
            #expect(error?.path == path, "\(replacement): \(String(describing: error))")
        }
    }

    @Test func numbersInIgnoredKeysNeedNotBeIntegers() throws {
        let data = Data(baseCaseJSON.replacingOccurrences(of: #""id": "t""#, with: #""id": "t", "score": 12.5"#).utf8)
        #expect(Self.error(data)?.path == "score")
        #expect(Self.error(data, options: .allowingUnknownKeys) == nil)
    }

    // MARK: Schedules

    @Test func yearSchedulesReadStrictly() throws {
        let valid = #"{"year": 2027, "entries": [{"date": "2027-01-01", "status": "off", "festival": "元旦"}]}"#
        #expect(try CaseFile.decode(YearSchedule.self, from: Data(valid.utf8)).year == 2027)
        let rows: [(String, CaseFileError.Code, String)] = [
            (valid.replacingOccurrences(of: #""festival""#, with: #""festivl""#), .unknownKey, "entries[0].festivl"),
            (valid.replacingOccurrences(of: #""year""#, with: #""years""#), .unknownKey, "years"),
            (valid.replacingOccurrences(of: "2027,", with: "2027.0,"), .numberOutOfRange, "year"),
            (valid.replacingOccurrences(of: "2027,", with: "2.027e3,"), .numberOutOfRange, "year"),
        ]
        for (text, code, path) in rows {
            do {
                _ = try CaseFile.decode(YearSchedule.self, from: Data(text.utf8))
                Issue.record("read \(text)")
            } catch {
                #expect(error.code == code, "\(text): \(error)")
                #expect(error.path == path, "\(text): \(error)")
            }
        }
        let calendar = #"{"schedules": [\#(valid)], "note": 1}"#
        #expect(throws: CaseFileError.self) { try CaseFile.decode(WorkingDayCalendar.self, from: Data(calendar.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(DayKind.self, from: Data(#"{"kind": "workingDay", "x": 1}"#.utf8)) }
    }

    // MARK: Escaping

    @Test func textFromTheInputIsEscapedInMessagesAndPaths() throws {
        let hostile: [(String, String, String)] = [
            (#""id": "t""#, #""id": "t", "\u001b[31mred\u0007": 1"#, #"\u{1B}[31mred\u{7}"#),
            (#""id": "t""#, #""id": "t", "\u202Eevil": 1"#, #"\u{202E}evil"#),
        ]
        for (target, replacement, shown) in hostile {
            let error = try #require(Self.error(Data(baseCaseJSON.replacingOccurrences(of: target, with: replacement).utf8)))
            #expect(error.path == shown)
            #expect(error.description.contains(shown))
            #expect(!error.description.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E }, "\(error)")
        }
        let values: [(String, String)] = [
            (#""category": "chemicalDrug""#, #""category": "\u001b[2J\u001b[Hvaccine""#),
            (#""jurisdiction": "CN-BJ""#, #""jurisdiction": "\u001b]0;pwned\u0007""#),
            (#""number": "ZL201110234567.1""#, #""number": "ZL2011\u001b[31m""#),
            (#""filingDate": "2011-04-02""#, #""filingDate": "\u001b[31m2011""#),
        ]
        for (target, replacement) in values {
            let data = Data(baseCaseJSON.replacingOccurrences(of: target, with: replacement).utf8)
            let error = try #require(Self.error(data), "\(replacement)")
            #expect(!error.description.unicodeScalars.contains { $0.value < 0x20 }, "\(error)")
            #expect(error.description.contains(#"\u{1B}"#), "\(error)")
        }
        // A repeated hostile key, reported by the bounds scanner.
        let repeated = Data(baseCaseJSON.replacingOccurrences(of: #""id": "t""#, with: #""id": "t", "\u001b": 1, "\u001b": 2"#).utf8)
        let error = try #require(Self.error(repeated))
        #expect(error.code == .duplicateKey)
        #expect(error.description == #"\u{1B}: the key "\u{1B}" appears more than once in the object"#)
    }
}
