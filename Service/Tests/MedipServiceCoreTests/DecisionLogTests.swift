import Foundation
import HTTPTypes
import MedIPPolicy
import NIOCore
import Testing

@testable import MedipServiceCore

/// The decision log: its line format, that a decision is logged before it is answered, that a
/// failed write is reported (to the caller and as a 503), rotation and the repair of a torn line.
@Suite struct DecisionLogTests {
    /// A fresh folder for one test's files.
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "medip-service-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func lines(_ path: String) throws -> [String] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.isEmpty || text.hasSuffix("\n"))
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    @Test func entryIsOneSortedLineWithTheDecisionAsTheLibraryWritesIt() throws {
        let example = try #require(try Support.examples().first)
        let evaluator = Evaluator()
        let decision = try evaluator.evaluate(try CaseFile.decode(example.bytes), asOf: example.asOf, detail: .summary)
        for line in [nil, 42] {
            let entry = DecisionLogEntry(
                time: "2026-12-06T01:02:03.004Z", requestId: "r-1", endpoint: line == nil ? "decisions" : "screenings", line: line,
                caseDigest: CaseFile.digest(example.bytes), asOf: example.asOf, ruleSetDigest: evaluator.ruleSetDigest, decision: decision)
            let bytes = try entry.jsonLine()
            #expect(bytes.last == 0x0A && !bytes.dropLast().contains(0x0A))
            let object = try Support.object(Data(bytes))
            var keys: Set<String> = ["time", "requestId", "endpoint", "caseDigest", "asOf", "ruleSetDigest", "decision"]
            if line != nil { keys.insert("line") }
            #expect(Set(object.keys) == keys)
            #expect(Support.keyOrder(bytes) == object.keys.sorted())
            #expect(object["line"] as? Int == line)
            #expect(object["asOf"] as? String == example.asOf.description)
            #expect((object["caseDigest"] as? String)?.hasPrefix("sha256:") == true)
            // The decision as the library encodes it, embedded compact.
            let decisionJSON = String(decoding: try CaseFile.encode(decision, pretty: false), as: UTF8.self)
            #expect(String(decoding: bytes, as: UTF8.self).contains("\"decision\":" + decisionJSON))
        }
    }

    /// The spliced line is `JSONEncoder`'s encoding of the whole entry, byte for byte: every
    /// example, summary and full detail (a trace), with and without a line number, and texts
    /// that need escaping in every string field.
    @Test func entryLineIsJSONEncodersBytesOfTheWholeEntry() throws {
        let evaluator = Evaluator()
        let odd = "a\"b\\c/d\u{01}\n中文 🧪"
        var compared = 0
        for example in try Support.examples() {
            for detail in [DecisionDetail.summary, .full] {
                let decision = try evaluator.evaluate(try CaseFile.decode(example.bytes), asOf: example.asOf, detail: detail)
                for (line, text) in [(nil, "r-1"), (7, odd)] as [(Int?, String)] {
                    let entry = DecisionLogEntry(
                        time: text, requestId: text, endpoint: text, line: line, caseDigest: text, asOf: example.asOf,
                        ruleSetDigest: text, decision: decision)
                    #expect(try entry.jsonLine() == Array(try CaseFile.encode(entry, pretty: false)) + [0x0A], "\(example.file) \(detail)")
                    compared += 1
                }
            }
        }
        #expect(compared >= 8)
    }

    @Test func timestampIsUTCWithMilliseconds() throws {
        #expect(Timestamp(seconds: 0, milliseconds: 7).iso8601 == "1970-01-01T00:00:00.007Z")
        // 2026-12-05T22:57:05Z: days since 1970 by the library's own calendar arithmetic.
        let days = Int(try CivilDate(year: 2026, month: 12, day: 5).daysSinceEpoch)
        let stamp = Timestamp(seconds: days * 86_400 + 22 * 3_600 + 57 * 60 + 5, milliseconds: 123)
        #expect(stamp.iso8601 == "2026-12-05T22:57:05.123Z")
        #expect(stamp.compact == "20261205T225705Z")
        #expect(Timestamp.now().iso8601.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/) != nil)
    }

    /// Decisions through the route are in the log, each line naming the request, the case's
    /// digest and the decision the response carried.
    @Test func decisionsAreLoggedAsAnswered() async throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appending(path: "decisions.jsonl").path
        let log = try DecisionLog(configuration: DecisionLogConfiguration(path: path), logger: Support.quietLogger)
        let examples = Array(try Support.examples().prefix(3))
        let app = Support.application(ServiceConfiguration(decisionLog: DecisionLogConfiguration(path: path)), decisionLog: log)
        let answered = try await app.test { client in
            var answered: [[String: Any]] = []
            for (index, example) in examples.enumerated() {
                var headers = Support.contentType("application/json")
                headers[HTTPField.Name.requestID] = "log-test-\(index)"
                let response = try await client.execute(
                    uri: "/v1/decisions?asOf=\(example.asOf)&detail=summary", method: .post, headers: headers, body: ByteBuffer(bytes: example.bytes))
                #expect(response.status == .ok)
                answered.append(try Support.object(response))
            }
            return answered.map { SendableBox($0) }
        }
        await log.shutdown()
        let logged = try lines(path)
        #expect(logged.count == examples.count)
        for (index, line) in logged.enumerated() {
            let entry = try Support.object(Data(line.utf8))
            #expect(entry["requestId"] as? String == "log-test-\(index)")
            #expect(entry["endpoint"] as? String == "decisions")
            #expect(entry["caseDigest"] as? String == CaseFile.digest(examples[index].bytes))
            #expect(entry["asOf"] as? String == examples[index].asOf.description)
            #expect(entry["ruleSetDigest"] as? String == Evaluator().ruleSetDigest)
            let decision = try #require(entry["decision"] as? [String: Any])
            #expect(NSDictionary(dictionary: decision).isEqual(to: answered[index].value))
        }
    }

    /// A write that fails (`/dev/full`: no space left) is reported to the caller, and the route
    /// answers 503 `decisionLogFailed` instead of the decision.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full"))
    func failedWriteIsReported() async throws {
        let configuration = DecisionLogConfiguration(path: "/dev/full")
        let log = try DecisionLog(configuration: configuration, logger: Support.quietLogger)
        var failure: (any Error)?
        do { try await log.append(Array("{}\n".utf8)) } catch { failure = error }
        let error = try #require(failure as? DecisionLogError)
        #expect(error.message.hasPrefix("cannot write /dev/full: "))
        #expect(error.message.count > "cannot write /dev/full: ".count)  // the system's reason

        let example = try #require(try Support.examples().first)
        let app = Support.application(ServiceConfiguration(decisionLog: configuration), decisionLog: log)
        try await app.test { client in
            for language in ["en", "zh"] {
                let response = try await client.execute(
                    uri: "/v1/decisions?asOf=\(example.asOf)&lang=\(language)", method: .post, headers: Support.contentType("application/json"),
                    body: ByteBuffer(bytes: example.bytes))
                #expect(response.status == .serviceUnavailable)
                let body = try Support.object(response)
                #expect(body["code"] as? String == "decisionLogFailed")
                #expect(body["disposition"] == nil)
                let message = try #require(body["message"] as? String)
                #expect(message.contains("/dev/full"))
                #expect(Support.hasChinese(message) == (language == "zh"))
            }
        }
        await log.shutdown()
    }

    @Test func closedLogRefusesAppends() async throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let log = try DecisionLog(configuration: DecisionLogConfiguration(path: directory.appending(path: "log").path), logger: Support.quietLogger)
        await log.shutdown()
        await #expect(throws: DecisionLogError.self) { try await log.append(Array("{}\n".utf8)) }
    }

    @Test func unopenableLogIsAnErrorNamingThePath() throws {
        let path = "/nonexistent-folder-\(UUID().uuidString)/log.jsonl"
        #expect {
            _ = try DecisionLog(configuration: DecisionLogConfiguration(path: path), logger: Support.quietLogger)
        } throws: { error in
            (error as? DecisionLogError)?.message.contains(path) == true
        }
    }

    @Test func rotationNumbersAfterTheHighestExistingFile() async throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appending(path: "log").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: path + ".3"))
        try Data("not-a-rotation\n".utf8).write(to: URL(fileURLWithPath: path + ".3x"))
        #expect(DecisionLog.rotatedSequences(of: path) == [3])
        let log = try DecisionLog(configuration: DecisionLogConfiguration(path: path, rotateBytes: 10), logger: Support.quietLogger)
        try await log.append(Array("first-line\n".utf8))  // 11 bytes: over the limit on its own, into an empty file
        try await log.append(Array("second\n".utf8))  // would pass 10: the file is rotated first
        await log.shutdown()
        #expect(try lines(path + ".4") == ["first-line"])
        #expect(try lines(path) == ["second"])
        #expect(try lines(path + ".3") == ["old"])
    }

    @Test func tornLastLineIsMovedAside() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appending(path: "log").path
        try Data("{\"a\":1}\n{\"b\":2}\n{\"c\":".utf8).write(to: URL(fileURLWithPath: path))
        let recovery = try #require(try DecisionLog.recover(path: path))
        #expect(recovery.keptBytes == 16)
        #expect(recovery.partialBytes == 5)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"a\":1}\n{\"b\":2}\n")
        #expect(try String(contentsOfFile: recovery.quarantinePath, encoding: .utf8) == "{\"c\":")
        #expect(recovery.quarantinePath.hasPrefix(path + ".partial-"))
        // Whole now: nothing more to do; a file with no newline at all is all partial.
        #expect(try DecisionLog.recover(path: path) == nil)
        #expect(try DecisionLog.recover(path: directory.appending(path: "absent").path) == nil)
        let noNewline = directory.appending(path: "torn").path
        try Data("{\"x\"".utf8).write(to: URL(fileURLWithPath: noNewline))
        #expect(try DecisionLog.recover(path: noNewline)?.keptBytes == 0)
        #expect(try String(contentsOfFile: noNewline, encoding: .utf8).isEmpty)
    }
}

/// A value handed out of a `@Sendable` test closure (read on the same task afterwards).
struct SendableBox<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
