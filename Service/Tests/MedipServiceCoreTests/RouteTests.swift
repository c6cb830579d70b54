import Foundation
import HTTPTypes
import Hummingbird
import MedIPPolicy
import MedIPPolicyTesting
import NIOCore
import Testing

@testable import MedipServiceCore

/// The routes served over HTTP (`LiveApplication`): what a decision, a screening
/// or an error looks like to a caller, checked against the library's own answers.
@Suite struct RouteTests {
    private let evaluator = Evaluator()

    private func post(_ client: LiveClient, _ uri: String, _ body: Data, type: String = "application/json") async throws -> LiveResponse {
        try await client.execute(uri: uri, method: .post, headers: Support.contentType(type), body: ByteBuffer(bytes: body))
    }

    /// Every example case, both levels of detail: the body is byte for byte the library's
    /// decision as `medip evaluate --format json` prints it, with the rule-set digest header.
    @Test func decisionsAreTheEvaluatorsDecisions() async throws {
        let examples = try Support.examples()
        #expect(examples.count >= 20)
        let app = Support.application()
        let evaluator = evaluator
        try await app.test { client in
            for example in examples {
                for detail in DecisionDetail.allCases {
                    let decision = try evaluator.evaluate(try CaseFile.decode(example.bytes), asOf: example.asOf, detail: detail)
                    let response = try await post(client, "/v1/decisions?asOf=\(example.asOf)&detail=\(detail.rawValue)", example.bytes)
                    #expect(response.status == .ok, "\(example)")
                    #expect(Support.bytes(response) == (try Support.printed(decision)), "\(example) \(detail)")
                    #expect(response.headers[HTTPField.Name.ruleSetDigest] == evaluator.ruleSetDigest)
                    #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                }
            }
        }
    }

    /// Case files the fixture generator breaks: a decoding problem is a 400 (413 for size) with
    /// the reader's code, path and message; a validation problem a 422 with every issue, or, if
    /// only a warning, the decision — in the language asked for.
    @Test func brokenCasesAnswerAsTheLibraryDoes() async throws {
        let app = Support.application()
        let evaluator = evaluator
        let asOf = try CivilDate(year: 2026, month: 11, day: 23)
        try await app.test { client in
            for invalid in InvalidCaseGenerator(seed: 3).prefix(80) {
                for language in [Language.en, .zh] {
                    let response = try await post(client, "/v1/decisions?asOf=\(asOf)&lang=\(language.rawValue)", invalid.caseFile)
                    let body = try Support.object(response)
                    var outcome: Result<Decision, any Error>
                    do {
                        let facts = try CaseFile.decode(invalid.caseFile)
                        outcome = .success(try evaluator.evaluate(facts, asOf: asOf))
                    } catch {
                        outcome = .failure(error)
                    }
                    switch outcome {
                    case .success(let decision):
                        #expect(response.status == .ok)
                        #expect(Support.bytes(response) == (try Support.printed(decision)))
                    case .failure(let error as CaseFileError):
                        #expect(Int(response.status.code) == (error.code == .tooLarge ? 413 : 400), "\(invalid.problem)")
                        #expect(body["code"] as? String == error.code.rawValue, "\(invalid.problem)")
                        if error.code != .tooLarge {
                            #expect(body["path"] as? String == (error.path.isEmpty ? nil : error.path), "\(invalid.problem)")
                            #expect(body["message"] as? String == error.text(in: language), "\(invalid.problem)")
                        }
                        #expect(body["complete"] as? Bool == false)
                    case .failure(let error as EvaluationError):
                        #expect(response.status.code == 422, "\(invalid.problem)")
                        #expect(body["code"] as? String == "invalidCase")
                        #expect(body["complete"] as? Bool == true)
                        let problems = try #require(body["problems"] as? [[String: Any]])
                        #expect(problems.map { $0["code"] as? String } == error.issues.map(\.code.rawValue), "\(invalid.problem)")
                        #expect(problems.map { $0["message"] as? String } == error.issues.map { $0.message[language] })
                        #expect(problems.map { $0["path"] as? String } == error.issues.map { $0.path.isEmpty ? nil : $0.path })
                    case .failure(let error):
                        Issue.record("unexpected library error \(error)")
                    }
                }
            }
        }
    }

    /// A screening's lines are those the library's screener writes for the same lines — blank
    /// lines skipped and counted, CRLF, an unreadable line reported in place.
    @Test func screeningIsTheScreenersOutput() async throws {
        let examples = Array(try Support.examples().prefix(6))
        let asOf = try CivilDate(year: 2026, month: 11, day: 23)
        var body: [UInt8] = []
        for (index, example) in examples.enumerated() {
            let compact = Array(try CaseFile.encode(try CaseFile.decode(example.bytes), pretty: false))
            body += compact + Array((index % 2 == 0 ? "\n" : "\r\n").utf8)
            if index == 2 { body += Array("\n   \n{\"schemaVersion\": 1, \"oops\"\n".utf8) }
        }
        body += [0xFF, 0xFE, 0x7B, 0x0A]  // not UTF-8: the reader's error, in place
        body += Array("{\"schemaVersion\": 2}".utf8)  // no final newline
        // The library's screener on the same lines, split here.
        var lines = body.split(separator: 0x0A, omittingEmptySubsequences: false)[...]
        var expected: [UInt8] = []
        _ = try Screener(evaluator: evaluator, asOf: asOf, jobs: 1, detail: .summary).screenJSONLines(
            readLine: {
                guard var line = lines.popFirst() else { return nil }
                if !lines.isEmpty, line.last == 0x0D { line = line.dropLast() }
                return line
            },
            write: { expected += $0 })
        let app = Support.application()
        try await app.test { [body, expected] client in
            for type in DecisionService.jsonLinesTypes {
                let response = try await post(client, "/v1/screenings?asOf=\(asOf)", Data(body), type: type)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/x-ndjson")
                #expect(Support.bytes(response) == expected, "\(type)")
            }
        }
        #expect(expected.filter { $0 == 0x0A }.count == examples.count + 3)
    }

    /// A case of exactly `CaseFile.maxBytes` before a CRLF is decided (the `\r` is not part of
    /// the line); one byte more is `tooLarge`, in place — as the library's screener answers.
    @Test func aLineAtTheSizeLimitIsDecidedWithCRLF() async throws {
        let example = try #require(try Support.examples().first)
        let compact = Array(try CaseFile.encode(try CaseFile.decode(example.bytes), pretty: false))
        // JSON whitespace inside the object pads the case to the limit.
        let padded = [compact[0]] + [UInt8](repeating: 0x20, count: CaseFile.maxBytes - compact.count) + compact.dropFirst()
        #expect(padded.count == CaseFile.maxBytes)
        let tooLong = [UInt8(ascii: " ")] + padded
        let body = padded + [0x0D, 0x0A] + tooLong + [0x0D, 0x0A]
        var expected: [UInt8] = []
        var lines = [padded[...], tooLong[...]][...]
        _ = try Screener(evaluator: evaluator, asOf: example.asOf, jobs: 1, detail: .summary).screenJSONLines(
            readLine: { lines.popFirst() }, write: { expected += $0 })
        let app = Support.application()
        try await app.test { [expected] client in
            let response = try await post(client, "/v1/screenings?asOf=\(example.asOf)", Data(body), type: "application/x-ndjson")
            #expect(response.status == .ok)
            let output = Support.bytes(response)
            #expect(output == expected)
            let first = try Support.object(Data(output.prefix { $0 != 0x0A }))
            #expect(first["decision"] != nil)
        }
    }

    @Test func screeningOfAPrettyDocumentIsRefusedBeforeAnyOutput() async throws {
        let example = try #require(try Support.examples().first)
        let app = Support.application()
        try await app.test { client in
            let response = try await post(client, "/v1/screenings?asOf=\(example.asOf)", example.bytes, type: "application/x-ndjson")
            #expect(response.status == .badRequest)
            let body = try Support.object(response)
            #expect(body["code"] as? String == "notJSONLines")
            #expect(body["line"] as? Int == 1)
        }
    }

    @Test func unknownEndpointAndWrongMethodAreJSON404() async throws {
        let app = Support.application()
        try await app.test { client in
            for (method, uri) in [(HTTPRequest.Method.get, "/v2/decisions"), (.get, "/v1/decisions"), (.delete, "/v1/measures"), (.post, "/health")] {
                for language in ["en", "zh"] {
                    let response = try await client.execute(uri: uri + "?lang=\(language)", method: method)
                    // Hummingbird's router answers 404 for a method a path does not take (it has no 405).
                    #expect(response.status == .notFound, "\(method) \(uri)")
                    let body = try Support.object(response)
                    #expect(body["status"] as? Int == 404)
                    #expect(body["code"] as? String == "notFound")
                    let message = try #require(body["message"] as? String)
                    #expect(message.contains("\(method) \(uri)"))
                    #expect(Support.hasChinese(message) == (language == "zh"), "\(message)")
                    #expect(response.headers[HTTPField.Name.requestID] != nil)
                }
            }
        }
    }

    @Test func methodNotAllowedFromTheRouterIsJSON405() async throws {
        // Hummingbird 2.28.1's router raises no 405 itself; the error middleware still turns one
        // (from a handler or a later router) into the service's JSON, in the language asked for.
        let router = Router()
        router.add(middleware: ErrorMiddleware(metrics: ServiceMetrics()))
        router.put("v1/rules") { _, _ -> Response in throw HTTPError(.methodNotAllowed) }
        let app = LiveApplication(router: router)
        try await app.test { client in
            for language in ["en", "zh"] {
                let response = try await client.execute(uri: "/v1/rules?lang=\(language)", method: .put)
                #expect(response.status == .methodNotAllowed)
                let body = try Support.object(response)
                #expect(body["status"] as? Int == 405)
                #expect(body["code"] as? String == "methodNotAllowed")
                #expect(Support.hasChinese(try #require(body["message"] as? String)) == (language == "zh"))
            }
        }
    }

    @Test func oversizedAndMistypedBodies() async throws {
        let example = try #require(try Support.examples().first)
        let limit = example.bytes.count - 1
        let app = Support.application(ServiceConfiguration(limits: ServiceLimits(maxCaseBytes: limit), screeningJobs: 1))
        try await app.test { client in
            for language in ["en", "zh"] {
                let large = try await post(client, "/v1/decisions?asOf=\(example.asOf)&lang=\(language)", example.bytes)
                #expect(large.status == .contentTooLarge)
                let body = try Support.object(large)
                #expect(body["code"] as? String == "tooLarge")
                let message = try #require(body["message"] as? String)
                #expect(message.contains("\(example.bytes.count)") && message.contains("\(limit)"))
                #expect(Support.hasChinese(message) == (language == "zh"))
                #expect((body["problems"] as? [[String: Any]])?.first?["message"] as? String == message)

                for type in ["text/plain", "application/x-ndjson", ""] {
                    let wrong = try await post(client, "/v1/decisions?asOf=\(example.asOf)&lang=\(language)", Data("{}".utf8), type: type)
                    #expect(wrong.status == .unsupportedMediaType, "\(type)")
                    let body = try Support.object(wrong)
                    #expect(body["code"] as? String == "unsupportedMediaType")
                    #expect(body["path"] as? String == "Content-Type")
                    #expect(Support.hasChinese(try #require(body["message"] as? String)) == (language == "zh"))
                }
            }
            // A parameter of the content type does not matter; its case does not either.
            let fine = try await post(client, "/v1/decisions?asOf=\(example.asOf)", Data("{}".utf8), type: "Application/JSON; charset=utf-8")
            #expect(fine.status != .unsupportedMediaType)
            let screening = try await post(client, "/v1/screenings?asOf=\(example.asOf)", Data("{}\n".utf8), type: "application/json")
            #expect(screening.status == .unsupportedMediaType)
        }
    }

    @Test func catalogAndCalendarAnswerFromTheEvaluator() async throws {
        let app = Support.application()
        let evaluator = evaluator
        try await app.test { client in
            let measure = try #require(evaluator.catalog.allMeasures.last)
            let encodedID = measure.id.description.replacingOccurrences(of: "#", with: "%23")
            let found = try await client.execute(uri: "/v1/measures/\(encodedID)", method: .get)
            #expect(found.status == .ok)
            #expect(Support.bytes(found) == (try Support.printed(measure)))
            let missing = try await client.execute(uri: "/v1/measures/nowhere-1%231", method: .get)
            #expect(missing.status == .notFound)
            #expect(try Support.object(missing)["code"] as? String == "unknownMeasure")

            let from = try CivilDate(year: 2026, month: 9, day: 28)
            for count in [0, 1, 5, -3, 40] {
                let response = try await client.execute(uri: "/v1/calendar/working-days?from=\(from)&count=\(count)", method: .get)
                #expect(response.status == .ok)
                let body = try Support.object(response)
                #expect(body["date"] as? String == (try evaluator.calendar.adding(workingDays: count, to: from)).description, "\(count)")
            }
            let beyond = try await client.execute(uri: "/v1/calendar/working-days?from=2026-12-01&count=400&lang=zh", method: .get)
            #expect(beyond.status.code == 422)
            let body = try Support.object(beyond)
            #expect(body["code"] as? String == "calendar")
            #expect(Support.hasChinese(try #require(body["message"] as? String)))

            let health = try Support.object(try await client.execute(uri: "/health", method: .get))
            #expect(health["ruleSetDigest"] as? String == evaluator.ruleSetDigest)
            #expect(health["libraryVersion"] as? String == MedIPPolicyVersion.current)
            #expect(health["calendarYears"] as? [Int] == [evaluator.calendar.coveredYears.lowerBound, evaluator.calendar.coveredYears.upperBound])
            #expect(health["decisionLog"] as? Bool == false)
        }
    }

    @Test func requestIDIsEchoedOnlyWhenItIsAPlainToken() async throws {
        let app = Support.application()
        try await app.test { client in
            for (given, echoed) in [("abc-1.2_3", true), (String(repeating: "a", count: 128), true), (String(repeating: "a", count: 129), false), ("has space", false), ("ünïcode", false)] {
                var headers = HTTPFields()
                headers[HTTPField.Name.requestID] = given
                let response = try await client.execute(uri: "/health", method: .get, headers: headers)
                let id = try #require(response.headers[HTTPField.Name.requestID])
                #expect((id == given) == echoed, "\(given)")
                #expect(!id.isEmpty)
            }
        }
    }
}
