import Foundation
import HTTPTypes
import Hummingbird
import MedIPPolicy
import MedIPPolicyTesting
import NIOCore
import Testing

@testable import MedipServiceCore

/// `ServiceError`: the JSON body of every error response, its Chinese form, and the errors made
/// from the library's reading and validation failures.
@Suite struct ServiceErrorTests {
    @Test func bodyIsOneSortedLineWithoutUnknownFields() throws {
        let error = ServiceError(status: 415, code: "unsupportedMediaType", en: "wrong type", zh: "类型不对", path: "Content-Type")
        let response = error.response(requestID: "req-1")
        #expect(response.status.code == 415)
        #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        #expect(response.headers[HTTPField.Name.requestID] == "req-1")
        let line = error.jsonLine()
        #expect(line.last == 0x0A)
        #expect(!line.dropLast().contains(0x0A))
        let object = try Support.object(Data(line))
        // Absent fields are absent (not null); the Chinese form is not a field.
        #expect(Set(object.keys) == ["status", "code", "message", "path", "problems"])
        #expect(object["status"] as? Int == 415)
        #expect(object["message"] as? String == "wrong type")
        #expect((object["problems"] as? [Any])?.isEmpty == true)
        #expect(Support.keyOrder(line) == object.keys.sorted())
    }

    @Test func responseCarriesTheRequestIDAndTheLanguageAsked() async throws {
        var failure = ServiceError(status: 413, code: "tooLarge", en: "too big", zh: "太大")
        failure.problems = [
            .init(code: "tooLarge", path: nil, severity: "error", message: "too big"),
            .init(code: "other", path: "a", severity: "warning", message: "something else"),
        ]
        let error = failure
        let router = Router()
        router.get("error") { request, _ in
            error.response(requestID: "abc", language: request.uri.queryParameters["lang"] == "zh" ? .zh : .en)
        }
        try await LiveApplication(router: router).test { client in
            for (language, message) in [("en", "too big"), ("zh", "太大")] {
                let response = try await client.execute(uri: "/error?lang=\(language)", method: .get)
                #expect(response.status == .contentTooLarge)
                #expect(response.headers[HTTPField.Name.requestID] == "abc")
                let object = try Support.object(response)
                #expect(object["requestId"] as? String == "abc")
                #expect(object["message"] as? String == message)
                let problems = try #require(object["problems"] as? [[String: Any]])
                // A problem that repeats the message follows it into Chinese; another stays as it is.
                #expect(problems.map { $0["message"] as? String } == [message, "something else"])
                #expect(problems[0]["path"] == nil && problems[1]["path"] as? String == "a")
            }
        }
    }

    @Test func errorWithoutChineseFormStaysAsItIs() {
        let error = ServiceError(status: 404, code: "unknownMeasure", message: "no measure", path: "id")
        #expect(error.localized(.zh).message == "no measure")
        #expect(error.localized(.en).message == "no measure")
    }

    /// Every decoding problem the fixture generator makes: the error carries the reader's code,
    /// path and message (in each language), line and column, and `complete: false`.
    @Test func decodingErrorsCarryTheReadersFacts() throws {
        var seen: Set<String> = []
        for invalid in InvalidCaseGenerator(seed: 11, kinds: InvalidCaseGenerator.decodingCodes.map { .decoding($0) }).prefix(60) {
            var thrown: CaseFileError?
            do throws(CaseFileError) { _ = try CaseFile.decode(invalid.caseFile) } catch { thrown = error }
            let reading = try #require(thrown, "\(invalid.problem)")
            seen.insert(reading.code.rawValue)
            for language in [Language.en, .zh] {
                let error = ServiceError(decoding: reading, language: language)
                #expect(error.status == (reading.code == .tooLarge ? 413 : 400))
                #expect(error.code == reading.code.rawValue)
                #expect(error.path == (reading.path.isEmpty ? nil : reading.path))
                #expect(error.message == reading.text(in: language))
                #expect(error.problems.map(\.message) == [reading.localizedMessage[language]])
                #expect(error.complete == false)
                // Line and column: those the English message states, whatever the language.
                let stated = reading.message.firstMatch(of: /line (\d+), column (\d+)/).map { (Int($0.1) ?? -1, Int($0.2) ?? -1) }
                #expect(error.line == stated?.0 && error.column == stated?.1, "\(reading.message)")
            }
        }
        #expect(seen.count >= 5, "the generator drew too few kinds: \(seen)")
    }

    @Test func malformedJSONHasLineAndColumn() throws {
        var thrown: CaseFileError?
        do throws(CaseFileError) { _ = try CaseFile.decode(Data("{\n  \"schemaVersion\": 1,\n  \"id\": ]\n}".utf8)) } catch { thrown = error }
        let error = ServiceError(decoding: try #require(thrown))
        #expect(error.line == 3)
        #expect(error.column != nil)
    }

    /// Every validation problem the generator makes that stops a decision: 422 with each issue of
    /// the evaluator's error, in the language asked for, and `complete: true`.
    @Test func validationErrorsListEveryIssue() throws {
        let evaluator = Evaluator()
        let asOf = try CivilDate(year: 2026, month: 11, day: 23)
        var checked = 0
        for invalid in InvalidCaseGenerator(seed: 5, kinds: InvalidCaseGenerator.validationCodes.map { .validation($0) }).prefix(60) {
            let facts = try #require(invalid.facts)
            var thrown: EvaluationError?
            do throws(EvaluationError) { _ = try evaluator.evaluate(facts, asOf: asOf) } catch { thrown = error }
            guard let evaluation = thrown else { continue }  // a warning alone does not stop a decision
            checked += 1
            for language in [Language.en, .zh] {
                let error = ServiceError(evaluation: evaluation, language: language)
                #expect(error.status == 422)
                #expect(error.code == "invalidCase")
                #expect(error.complete == true)
                #expect(error.message == evaluation.text(in: language))
                #expect(error.problems.map(\.code) == evaluation.issues.map(\.code.rawValue))
                #expect(error.problems.map(\.message) == evaluation.issues.map { $0.message[language] })
                #expect(error.problems.map(\.severity) == evaluation.issues.map(\.severity.rawValue))
            }
        }
        #expect(checked >= 10)
    }

    @Test func lineAndColumnAreReadOnlyWhenBothAreThere() {
        #expect(ServiceError.lineAndColumn(in: "unexpected ] at line 12, column 7").map { [$0.0, $0.1] } == [12, 7])
        #expect(ServiceError.lineAndColumn(in: "at line 12") == nil)
        #expect(ServiceError.lineAndColumn(in: "at line x, column 2") == nil)
        #expect(ServiceError.lineAndColumn(in: "no position") == nil)
    }
}
