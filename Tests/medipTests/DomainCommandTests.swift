import Foundation
import Testing
import MedipCommands

private func examplePath(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Documentation/Examples/\(name)").path
}

private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

@Suite struct DomainCommandTests {
    @Test(arguments: ["generic-category3-listing.json", "objection-overdue-opinion.json", "infringement-judgment-listed.json"])
    func examplesValidate(_ name: String) {
        let result = runMedip(["validate", examplePath(name)])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out == "valid\n")
    }

    @Test func validateListsEveryProblemAndExitsOne() throws {
        var text = try String(contentsOfFile: examplePath("generic-category3-listing.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"grantDate\": \"2012-03-07\"", with: "\"grantDate\": \"2008-03-07\"")
        text = text.replacingOccurrences(of: "\"patent\": \"ZL201110234567.1\"", with: "\"patent\": \"ZL201520456789.1\"")
        let result = runMedip(["validate", "-"], stdin: bytes(text))
        #expect(result.status == 1)
        #expect(result.out.contains("error: patents[0].grantDate: grant date 2008-03-07 is before the filing date 2009-06-18 [grantBeforeFiling]"))
        #expect(result.out.contains("error: declarations[1].patent: no such patent in this case: ZL201520456789.1 [unknownPatent]"))
        #expect(result.out.contains("3 errors"))
        let zh = runMedip(["validate", "-", "--lang", "zh"], stdin: bytes(text))
        #expect(zh.out.contains("patents[0].grantDate: 授权日2008-03-07早于申请日2009-06-18"))
        let json = runMedip(["validate", "-", "--format", "json"], stdin: bytes(text))
        #expect(json.status == 1)
        #expect(json.out.contains("\"code\" : \"grantBeforeFiling\""))
    }

    @Test func warningsAloneAreValid() throws {
        var text = try String(contentsOfFile: examplePath("generic-category3-listing.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"drugClass\": \"generic\"", with: "\"drugClass\": \"innovative\"")
        let result = runMedip(["validate", "-"], stdin: bytes(text))
        #expect(result.status == 0)
        #expect(result.out.contains("warning: declarations[0].category:"))
        #expect(result.out.hasSuffix("valid (2 warnings)\n"))
    }

    @Test func malformedFilesExitOneNamingThePath() throws {
        var text = try String(contentsOfFile: examplePath("generic-category3-listing.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"type\": \"invention\"", with: "\"type\": \"foo\"")
        let result = runMedip(["validate", "-"], stdin: bytes(text))
        #expect(result.status == 1)
        #expect(result.err.contains(#"patents[0].type: unknown value "foo" (expected invention, utilityModel, design)"#))
        let broken = runMedip(["validate", "-"], stdin: bytes("{\"schemaVersion\": 1,"))
        #expect(broken.status == 1)
        #expect(broken.err.contains("not valid JSON"))
        let missing = runMedip(["validate", "/nonexistent/case.json"])
        #expect(missing.status == 1)
        #expect(missing.err.contains("cannot read /nonexistent/case.json"))
    }

    @Test func validateUsageErrorsExitTwo() {
        #expect(runMedip(["validate"]).status == 2)
        #expect(runMedip(["validate", "a.json", "--format", "xml"]).status == 2)
        #expect(runMedip(["validate", "a.json", "--lang", "fr"]).status == 2)
        #expect(runMedip(["validate", "a.json", "b.json"]).status == 2)
    }

    @Test func patentExpiryBreakdown() {
        let result = runMedip(["patent", "expiry", "--type", "invention", "--filed", "2010-05-06"])
        #expect(result.status == 0)
        #expect(result.out.contains("statutory term     20 years, ends 2030-05-06"))
        #expect(result.out.contains("last day in force  2030-05-05"))
        let compensated = runMedip([
            "patent", "expiry", "--type", "invention", "--filed", "2010-05-06", "--adjustment-days", "100",
            "--compensation-days", "200", "--approved", "2024-01-01", "--format", "json",
        ])
        #expect(compensated.status == 0)
        #expect(compensated.out.contains("\"expiry\" : \"2031-03-02\""))
        #expect(compensated.out.contains("\"adjustedExpiry\" : \"2030-08-14\""))
    }

    @Test func patentExpiryEarlyEndAndDesignRule() {
        let terminated = runMedip(["patent", "expiry", "--type", "invention", "--filed", "2010-05-06", "--terminated", "2020-01-01"])
        #expect(terminated.status == 0)
        #expect(terminated.out.contains("ended early        2020-01-01 (terminated)"))
        #expect(terminated.out.contains("last day in force  2019-12-31"))
        let design = runMedip(["patent", "expiry", "--type", "design", "--filed", "2021-05-31", "--lang", "zh"])
        #expect(design.out.contains("10年，期满终止日 2031-05-31"))
    }

    @Test func patentExpiryInconsistentFactsExitOne() {
        let over = runMedip([
            "patent", "expiry", "--type", "invention", "--filed", "2010-05-06", "--compensation-days", "400",
            "--approved", "2017-01-01",
        ])
        #expect(over.status == 1)
        #expect(over.err.contains("exceeds the ceiling of 240 days"))
        let utility = runMedip(["patent", "expiry", "--type", "utilityModel", "--filed", "2015-01-01", "--adjustment-days", "5"])
        #expect(utility.status == 1)
    }

    @Test func patentExpiryFromJSON() {
        let json = #"{"number": "ZL200910123456.6", "filingDate": "2009-06-18", "grantDate": "2012-03-07", "statusHistory": [{"date": "2015-01-01", "event": "surrendered"}]}"#
        let result = runMedip(["patent", "expiry", "--json", "-"], stdin: bytes(json))
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("ended early        2015-01-01 (surrendered)"))
        let bad = runMedip(["patent", "expiry", "--json", "-"], stdin: bytes(#"{"number": "ZL200910123456.7", "filingDate": "2009-06-18"}"#))
        #expect(bad.status == 1)
        #expect(bad.err.contains("number: invalid patent number: check digit expected 6, got 7"))
    }

    @Test func patentExpiryUsageErrorsExitTwo() {
        #expect(runMedip(["patent", "expiry"]).status == 2)
        #expect(runMedip(["patent", "expiry", "--type", "petty", "--filed", "2010-01-01"]).status == 2)
        #expect(runMedip(["patent", "expiry", "--type", "invention", "--filed", "2010-02-30"]).status == 2)
        #expect(runMedip(["patent", "expiry", "--type", "invention", "--filed", "2010-01-01", "--terminated", "2012-01-01",
                          "--surrendered", "2013-01-01"]).status == 2)
        #expect(runMedip(["patent", "expiry", "--json", "-", "--type", "invention"]).status == 2)
        #expect(runMedip(["patent", "expiry", "--type", "invention", "--filed", "2010-01-01", "--compensation-days", "x"]).status == 2)
    }
}
