import Testing
@testable import MedIPPolicy

/// The two pieces `medip-service` builds its audit records and screening output from:
/// ``CaseFile/digest(_:)`` and ``ScreenedLine/appendJSONLine(to:)``.
@Suite struct AuditRecordTests {
    /// The digest is `sha256:` and the FIPS 180-4 digest of the bytes as given.
    @Test func theCaseDigestIsTheSHA256OfTheBytes() throws {
        #expect(CaseFile.digest(Array("abc".utf8)) == "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(CaseFile.digest([UInt8]()) == "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let compact = Array(try CaseFile.encode(try DecisionAuditTests.exampleCase(), pretty: false))
        let pretty = Array(try CaseFile.encode(try DecisionAuditTests.exampleCase()))
        // The same case in other bytes is another document for audit.
        #expect(CaseFile.digest(compact) != CaseFile.digest(pretty))
        #expect(CaseFile.digest(compact[...]) == "sha256:" + SHA256.hexDigest(compact))
    }

    /// A line appended by hand is the line the screener writes for the same input, for a
    /// decision without and with its trace and for a failure.
    @Test(arguments: [DecisionDetail.summary, .full])
    func anAppendedLineIsWhatTheScreenerWrites(_ detail: DecisionDetail) throws {
        let screener = Screener(evaluator: DecisionAuditTests.evaluator, asOf: DecisionAuditTests.asOf, jobs: 1, detail: detail)
        let inputs: [[UInt8]] = [
            Array(try CaseFile.encode(try DecisionAuditTests.exampleCase(), pretty: false)),
            Array("{}".utf8),
            Array(#"{"schemaVersion": 1,"#.utf8),
        ]
        for input in inputs {
            var pending: [ArraySlice<UInt8>] = [input[...]]
            var written: [UInt8] = []
            _ = try screener.screenJSONLines(readLine: { pending.isEmpty ? nil : pending.removeFirst() }, write: { written += $0 })
            var appended: [UInt8] = []
            switch screener.screen(json: input[...]) {
            case .success(let decision): ScreenedLine(line: 1, decision: decision, error: nil).appendJSONLine(to: &appended)
            case .failure(let failure): ScreenedLine(line: 1, decision: nil, error: failure).appendJSONLine(to: &appended)
            }
            #expect(appended == written)
            #expect(appended.last == 0x0A && appended.filter { $0 == 0x0A }.count == 1)
        }
    }
}
