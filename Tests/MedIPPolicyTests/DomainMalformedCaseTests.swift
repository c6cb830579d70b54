import Foundation
import Testing
import MedIPPolicy

/// One malformed variant of the base case and the problem it must produce.
struct MalformedCase: Sendable, CustomTestStringConvertible {
    var name: String
    var edits: [(String, String)]
    var code: String
    var path: String
    var testDescription: String { name }

    init(_ name: String, _ edits: [(String, String)], _ code: String, _ path: String) {
        self.name = name
        self.edits = edits
        self.code = code
        self.path = path
    }
}

@Suite struct DomainMalformedCaseTests {
    static let decodingRows: [MalformedCase] = [
        .init("unknown patent type", [("patents.0.type", #""foo""#)], "unknownEnumValue", "patents[0].type"),
        .init("unknown declaration category", [("declarations.0.category", #""5""#)], "unknownEnumValue", "declarations[0].category"),
        .init("unknown jurisdiction", [("jurisdiction", #""CN-SH""#)], "unknownEnumValue", "jurisdiction"),
        .init("unknown ruling finding", [("rulings.0.finding", #""guilty""#)], "unknownEnumValue", "rulings[0].finding"),
        .init("unknown procurement status", [("procurementHistory.1.status", #""sold""#)], "unknownEnumValue", "procurementHistory[1].status"),
        .init("date as number", [("patents.0.filingDate", "20090618")], "wrongType", "patents[0].filingDate"),
        .init("impossible date", [("patents.0.grantDate", #""2012-02-30""#)], "invalidValue", "patents[0].grantDate"),
        .init("slashed date", [("product.approvalDate", #""2026/02/10""#)], "invalidValue", "product.approvalDate"),
        .init("missing credit code", [("enterprise.creditCode", deleteMarker)], "missingField", "enterprise.creditCode"),
        .init("missing product", [("product", deleteMarker)], "missingField", "product"),
        .init("null product name", [("product.name", "null")], "nullValue", "product.name"),
        .init("corrupted credit code", [("enterprise.creditCode", #""91110108MA01EXAMPH""#)], "invalidCreditCode", "enterprise.creditCode"),
        .init("wrong patent check digit", [("patents.1.number", #""ZL201110234567.2""#)], "invalidPatentNumber", "patents[1].number"),
        .init("health-product approval number", [("product.approvalNumber", #""国药准字B20260001""#)], "invalidApprovalNumber", "product.approvalNumber"),
        .init("schema version 2", [("schemaVersion", "2")], "unsupportedSchemaVersion", "schemaVersion"),
        .init("patents list as string", [("objections.0.patents", #""ZL201110234567.1""#)], "wrongType", "objections[0].patents"),
        .init("unknown period unit", [("exclusivities.0.length.unit", #""fortnights""#)], "unknownEnumValue", "exclusivities[0].length.unit"),
        .init("flag as string", [("patents.0.registeredOnPlatform", #""yes""#)], "wrongType", "patents[0].registeredOnPlatform"),
    ]

    static let validationRows: [MalformedCase] = [
        .init("grant before filing", [("patents.0.grantDate", #""2008-01-01""#)], "grantBeforeFiling", "patents[0].grantDate"),
        .init("declaration names unknown patent", [("declarations.0.patent", #""ZL201520456789.1""#)], "unknownPatent", "declarations[0].patent"),
        .init("objection names unknown patent", [("objections.0.patents.0", #""ZL201520456789.1""#)], "unknownPatent", "objections[0].patents[0]"),
        .init("opinion request names unknown objection", [("opinionRequests.0.objection", #""O-9""#)], "unknownObjection", "opinionRequests[0].objection"),
        .init("ruling names unknown dispute", [("rulings.0.dispute", #""D-9""#)], "unknownDispute", "rulings[0].dispute"),
        .init("ruling before dispute filed", [("rulings.0.effectiveOn", #""2026-05-01""#)], "rulingBeforeDisputeFiled", "rulings[0].effectiveOn"),
        .init("dispute resolved before filing", [("disputes.0.resolution", #"{"date": "2026-05-01", "kind": "settled"}"#)], "resolutionBeforeFiling", "disputes[0].resolution.date"),
        .init("duplicate objection id", [("objections.1", #"{"id": "O-1", "receivedOn": "2026-05-11", "receivedBy": "procurementAgency", "objector": "Z", "patents": ["ZL201110234567.1"]}"#)], "duplicateID", "objections[1].id"),
        .init("duplicate patent number", [("patents.1.number", #""ZL200910123456.6""#)], "duplicatePatentNumber", "patents[1].number"),
        .init("opinion deadline before request", [("opinionRequests.0.deadline", #""2026-05-01""#)], "deadlineBeforeRequest", "opinionRequests[0].deadline"),
        .init("opinion before request", [("opinionRequests.0.opinion", #"{"date": "2026-05-01", "kind": "consultation", "finding": "inconclusive"}"#)], "opinionBeforeRequest", "opinionRequests[0].opinion.date"),
        .init("request before objection", [("opinionRequests.0.requestedOn", #""2026-05-10""#)], "requestBeforeObjection", "opinionRequests[0].requestedOn"),
        .init("exclusivity too long", [("exclusivities.0.length", #"{"value": 13, "unit": "months"}"#)], "exclusivityTooLong", "exclusivities[0].length"),
        .init("rare-disease exclusivity too long", [("exclusivities.0.kind", #""rareDisease""#), ("exclusivities.0.length", #"{"value": 8, "unit": "years"}"#)], "exclusivityTooLong", "exclusivities[0].length"),
        .init("exclusivity in working days", [("exclusivities.0.length", #"{"value": 10, "unit": "workingDays"}"#)], "invalidExclusivityLength", "exclusivities[0].length"),
        .init("exclusivity ended before start", [("exclusivities.0.endedOn", #""2025-12-31""#)], "exclusivityEndedBeforeStart", "exclusivities[0].endedOn"),
        .init("negative adjustment", [("patents.0.termAdjustmentDays", "-1")], "negativeTermAdjustment", "patents[0].termAdjustmentDays"),
        .init("negative compensation", [("patents.1.termCompensationDays", "-5")], "negativeTermCompensation", "patents[1].termCompensationDays"),
        .init("compensation above ceiling", [("patents.1.termCompensationDays", "2000")], "compensationAboveCeiling", "patents[1].termCompensationDays"),
        .init("adjustment on utility model", [("patents.0.type", #""utilityModel""#), ("patents.0.termAdjustmentDays", "30")], "termAdjustmentOnNonInvention", "patents[0].termAdjustmentDays"),
        .init("type disagrees with number", [("patents.0.type", #""design""#)], "patentTypeMismatch", "patents[0].type"),
        .init("status event before filing", [("patents.0.statusHistory", #"[{"date": "2008-01-01", "event": "terminated"}]"#)], "statusEventBeforeFiling", "patents[0].statusHistory[0].date"),
        .init("status history out of order", [("patents.0.statusHistory", #"[{"date": "2015-01-01", "event": "terminated"}, {"date": "2014-01-01", "event": "restored"}]"#)], "statusHistoryOutOfOrder", "patents[0].statusHistory[1].date"),
        .init("granted event disagrees", [("patents.0.statusHistory", #"[{"date": "2012-03-08", "event": "granted"}]"#)], "grantEventMismatch", "patents[0].statusHistory[0].date"),
        .init("procurement history out of order", [("procurementHistory.1.date", #""2026-01-01""#)], "procurementHistoryOutOfOrder", "procurementHistory[1].date"),
        .init("category-3 declaration without patent", [("declarations.0.patent", deleteMarker)], "missingPatent", "declarations[0].patent"),
        .init("not-before-expiry commitment without patent", [("commitments.0.patent", deleteMarker)], "missingPatent", "commitments[0].patent"),
        .init("drug without class", [("product.drugClass", deleteMarker)], "missingDrugClass", "product.drugClass"),
        .init("consumable with drug class", [("product.category", #""medicalConsumable""#)], "drugClassOnConsumable", "product.drugClass"),
        .init("declaration by innovative drug", [("product.drugClass", #""innovative""#)], "declarationByNonGeneric", "declarations[0].category"),
        .init("credit level of another scheme", [("creditEvents.0.level", #""serious""#)], "creditLevelNotInScheme", "creditEvents[0].level"),
        .init("credit cleared before rating", [("creditEvents.0.clearedOn", #""2026-01-01""#)], "clearedBeforeRating", "creditEvents[0].clearedOn"),
        .init("ruling set aside before effect", [("rulings.0.setAsideOn", #""2026-08-01""#)], "setAsideBeforeEffective", "rulings[0].setAsideOn"),
        .init("objection withdrawn before received", [("objections.0.withdrawnOn", #""2026-05-01""#)], "withdrawnBeforeReceived", "objections[0].withdrawnOn"),
        .init("finding before commitment", [("commitments.0.findings", #"[{"date": "2024-01-01", "kind": "verifiedBreach", "authority": "A"}]"#)], "findingBeforeCommitment", "commitments[0].findings[0].date"),
        .init("blank product name", [("product.name", #"" ""#)], "emptyText", "product.name"),
    ]

    @Test func baseCaseIsClean() throws {
        let theCase = try CaseFile.decode(try editedJSON([]))
        #expect(theCase.validate() == [])
        #expect(theCase.isValid)
    }

    @Test(arguments: decodingRows)
    func decodingFailsWithCodeAndPath(_ row: MalformedCase) throws {
        let data = try editedJSON(row.edits)
        do {
            let theCase = try CaseFile.decode(data)
            Issue.record("decoded unexpectedly: \(theCase.id)")
        } catch {
            #expect(error.code.rawValue == row.code, "\(error)")
            #expect(error.path == row.path, "\(error)")
            #expect(error.description.hasPrefix(row.path + ": "))
        }
    }

    @Test(arguments: validationRows)
    func validationReportsCodeAndPath(_ row: MalformedCase) throws {
        let theCase = try CaseFile.decode(try editedJSON(row.edits))
        let issues = theCase.validate()
        #expect(issues.contains { $0.code.rawValue == row.code && $0.path == row.path }, "\(issues)")
    }

    @Test func declarationByInnovativeDrugIsOnlyAWarning() throws {
        let theCase = try CaseFile.decode(try editedJSON([("product.drugClass", #""innovative""#), ("product.referenceProduct", deleteMarker)]))
        let issues = theCase.validate()
        #expect(!issues.isEmpty)
        #expect(issues.allSatisfy { $0.severity == .warning })
        #expect(theCase.isValid)
    }

    @Test func reportsEveryProblemAtOnce() throws {
        let theCase = try CaseFile.decode(try editedJSON([
            ("patents.0.grantDate", #""2008-01-01""#),
            ("declarations.0.patent", #""ZL201520456789.1""#),
            ("opinionRequests.0.deadline", #""2026-05-01""#),
            ("rulings.0.dispute", #""D-9""#),
            ("exclusivities.0.length", #"{"value": 2, "unit": "years"}"#),
            ("procurementHistory.1.date", #""2026-01-01""#),
        ]))
        let found = Set(theCase.validate().map { "\($0.code):\($0.path)" })
        let expected: Set = [
            "grantBeforeFiling:patents[0].grantDate", "unknownPatent:declarations[0].patent",
            "deadlineBeforeRequest:opinionRequests[0].deadline", "unknownDispute:rulings[0].dispute",
            "exclusivityTooLong:exclusivities[0].length", "procurementHistoryOutOfOrder:procurementHistory[1].date",
        ]
        #expect(expected.isSubset(of: found), "\(found)")
        #expect(theCase.validate().filter { $0.severity == .error }.count >= 6)
    }

    @Test func messagesAreBilingual() throws {
        let theCase = try CaseFile.decode(try editedJSON([("declarations.0.patent", #""ZL201520456789.1""#)]))
        let issue = try #require(theCase.validate().first)
        #expect(issue.text(in: .en) == "declarations[0].patent: no such patent in this case: ZL201520456789.1")
        #expect(issue.message.zh.contains("没有专利"))
    }

    @Test func unknownEnumValueListsAllowedValues() throws {
        let data = try editedJSON([("patents.0.type", #""foo""#)])
        do {
            _ = try CaseFile.decode(data)
            Issue.record("decoded unexpectedly")
        } catch {
            #expect(error.description == #"patents[0].type: unknown value "foo" (expected invention, utilityModel, design)"#)
        }
    }

    @Test func limitsAreEnforcedBeforeDecoding() throws {
        let many = (0...CaseFile.maxArrayLength).map { _ in #"{"date": "2026-01-01", "status": "listed"}"# }
        let big = try editedJSON([("procurementHistory", "[" + many.joined(separator: ",") + "]")])
        #expect(throws: CaseFileError(code: .tooManyElements, path: "procurementHistory",
                                      message: "more than 1000 elements (the limit per array)")) {
            try CaseFile.decode(big)
        }
        let long = try editedJSON([("product.name", "\"" + String(repeating: "x", count: CaseFile.maxStringBytes + 1) + "\"")])
        do {
            _ = try CaseFile.decode(long)
            Issue.record("decoded unexpectedly")
        } catch {
            #expect(error.code == .stringTooLong)
            #expect(error.path == "product.name")
        }
        let deep = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        #expect(throws: CaseFileError.self) { try CaseFile.decode(Data(deep.utf8)) }
        do { _ = try CaseFile.decode(Data(deep.utf8)) } catch { #expect(error.code == .tooDeep) }
        let huge = Data(repeating: UInt8(ascii: " "), count: CaseFile.maxBytes + 1)
        do { _ = try CaseFile.decode(huge) } catch { #expect(error.code == .tooLarge) }
        do { _ = try CaseFile.decode(Data("{\"schemaVersion\": 1,".utf8)) } catch {
            #expect(error.code == .malformedJSON)
            #expect(error.path == "")
        }
    }

    @Test func minimalCaseDefaultsArrays() throws {
        let minimal = #"""
        {"schemaVersion": 1, "id": "m", "jurisdiction": "CN",
         "enterprise": {"name": "E", "creditCode": "914403001922038216"},
         "product": {"id": "p", "name": "n", "category": "medicalConsumable", "marketingAuthorisationHolder": "E",
                     "approvalNumber": "国械注准20153460251"}}
        """#
        let theCase = try CaseFile.decode(Data(minimal.utf8))
        #expect(theCase.patents.isEmpty && theCase.procurementHistory.isEmpty && theCase.round == nil)
        #expect(theCase.validate() == [])
    }

    @Test(arguments: exampleFiles)
    func examplesAreValid(_ path: String) throws {
        let theCase = try CaseFile.decode(try repositoryFile(path))
        #expect(theCase.validate() == [])
    }
}
