import Foundation
import HTTPTypes
import Hummingbird
import MedIPPolicy
import NIOCore
import Testing

@testable import MedipServiceCore

/// `Query`: a parameter the endpoint does not define or one given twice is a 400 naming it, a
/// malformed value a 400 naming the parameter, and the message is in the language asked for.
@Suite struct QueryTests {
    private func request(_ uri: String) -> Request {
        Request(head: HTTPRequest(method: .get, scheme: nil, authority: nil, path: uri), body: RequestBody(buffer: ByteBuffer()))
    }

    /// The error `body` throws, if it is a ``ServiceError``.
    private func failure(_ body: () throws -> Void) -> ServiceError? {
        do {
            try body()
            return nil
        } catch {
            return error as? ServiceError
        }
    }

    @Test func unknownParameterIsNamedWithTheKnownOnes() throws {
        let error = try #require(failure { _ = try Query(request("/x?asOf=2026-01-05&colour=red"), allowed: ["asOf", "lang"]) })
        #expect(error.status == 400)
        #expect(error.code == "unknownParameter")
        #expect(error.path == "colour")
        #expect(error.message.contains("\"colour\""))
        #expect(error.message.contains("asOf, lang"))
        let none = try #require(failure { _ = try Query(request("/x?a=1"), allowed: []) })
        #expect(none.code == "unknownParameter" && none.path == "a")
        #expect(!none.message.contains("known:"))
    }

    @Test func repeatedParameterIsAnErrorEvenWithTheSameValue() throws {
        for uri in ["/x?asOf=2026-01-05&asOf=2026-01-05", "/x?asOf=2026-01-05&asOf=2026-01-06"] {
            let error = try #require(failure { _ = try Query(request(uri), allowed: ["asOf"]) })
            #expect(error.status == 400)
            #expect(error.code == "repeatedParameter")
            #expect(error.path == "asOf")
        }
    }

    @Test(arguments: ["2026-02-30", "2026-1-5", "20260105", "", "2026-01-05T00:00"])
    func badDateNamesTheParameterAndTheLibrarysReason(_ text: String) throws {
        let query = try Query(request("/x?asOf=\(text)"), allowed: ["asOf"])
        let error = try #require(failure { _ = try query.date("asOf") })
        #expect(error.status == 400)
        #expect(error.code == "invalidQuery")
        #expect(error.path == "asOf")
        // The library's own reason for refusing the text, in each language.
        var reason: CivilDateError?
        do throws(CivilDateError) { _ = try CivilDate(iso8601: text) } catch { reason = error }
        let libraryError = try #require(reason)
        #expect(error.message.contains(String(describing: libraryError)))
        #expect(error.localized(.zh).message.contains(libraryError.localizedMessage.zh))
    }

    @Test func goodDateIsTheLibrarysDate() throws {
        let query = try Query(request("/x?asOf=2024-02-29"), allowed: ["asOf"])
        #expect(try query.date("asOf") == CivilDate(year: 2024, month: 2, day: 29))
        #expect(try query.date("absent") == nil)
        let missing = try #require(failure { _ = try query.requiredDate("from") })
        #expect(missing.code == "invalidQuery" && missing.path == "from" && missing.status == 400)
    }

    @Test(arguments: ["1.5", "+3", " 3", "3 ", "1e3", "0x10", "٣", "-", "99999999999999999999", ""])
    func badIntegerIsRefused(_ text: String) throws {
        let escaped = text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
        let query = try Query(request("/x?count=\(escaped)"), allowed: ["count"])
        let error = try #require(failure { _ = try query.integer("count") })
        #expect(error.status == 400)
        #expect(error.code == "invalidQuery")
        #expect(error.path == "count")
    }

    @Test(arguments: [("0", 0), ("-7", -7), ("250", 250), ("007", 7)])
    func integerIsRead(_ text: String, _ value: Int) throws {
        #expect(try Query(request("/x?count=\(text)"), allowed: ["count"]).integer("count") == value)
    }

    @Test func flagAndChoiceAreExact() throws {
        #expect(try Query(request("/x?f=true"), allowed: ["f"]).flag("f"))
        #expect(try !Query(request("/x?f=false"), allowed: ["f"]).flag("f"))
        #expect(try !Query(request("/x"), allowed: ["f"]).flag("f"))
        for text in ["TRUE", "1", "yes", ""] {
            let query = try Query(request("/x?f=\(text)"), allowed: ["f"])
            let error = try #require(failure { _ = try query.flag("f") })
            #expect(error.code == "invalidQuery" && error.path == "f")
        }
        #expect(try Query(request("/x?detail=summary"), allowed: ["detail"]).choice("detail", DecisionDetail.self) == .summary)
        let query = try Query(request("/x?detail=brief"), allowed: ["detail"])
        let error = try #require(failure { _ = try query.choice("detail", DecisionDetail.self) })
        #expect(error.code == "invalidQuery" && error.path == "detail")
        for value in DecisionDetail.allCases { #expect(error.message.contains(value.rawValue)) }
    }

    @Test func requestedLanguageIsChineseOnlyForExactlyZh() {
        #expect(Query.requestedLanguage(request("/x?lang=zh")) == .zh)
        #expect(Query.requestedLanguage(request("/x?bad=1&lang=zh")) == .zh)
        #expect(Query.requestedLanguage(request("/x?lang=ZH")) == .en)
        #expect(Query.requestedLanguage(request("/x?lang=en")) == .en)
        #expect(Query.requestedLanguage(request("/x")) == .en)
    }

    // MARK: Through the routes: status, code, path and the language of the whole body

    /// One query error as the service answers it: in Chinese under `lang=zh` (wholly: no English
    /// word but the names in `allowed`), in English otherwise.
    private func check(
        _ uri: String, method: HTTPRequest.Method = .get, status: Int, code: String, path: String, allowed: Set<String>
    ) async throws {
        let app = Support.application()
        try await app.test { client in
            for language in ["en", "zh"] {
                let separator = uri.contains("?") ? "&" : "?"
                let response = try await client.execute(uri: uri + separator + "lang=\(language)", method: method)
                let body = try Support.object(response)
                #expect(Int(response.status.code) == status, "\(uri)")
                #expect(body["status"] as? Int == status)
                #expect(body["code"] as? String == code, "\(uri)")
                #expect(body["path"] as? String == path, "\(uri)")
                let message = try #require(body["message"] as? String)
                if language == "zh" {
                    #expect(Support.hasChinese(message), "\(uri): \(message)")
                    #expect(Support.englishWords(in: message, allowing: allowed).isEmpty, "\(uri): \(message)")
                } else {
                    #expect(!Support.hasChinese(message), "\(uri): \(message)")
                    #expect(message.contains(path), "\(uri): \(message)")
                }
            }
        }
    }

    @Test func queryErrorsOfTheDecisionEndpoint() async throws {
        let names: Set<String> = ["asOf", "detail", "lang", "allowUnknownKeys", "full", "summary", "YYYY-MM-DD"]
        try await check("/v1/decisions?colour=red", method: .post, status: 400, code: "unknownParameter", path: "colour", allowed: names)
        try await check("/v1/decisions?detail=full&detail=full", method: .post, status: 400, code: "repeatedParameter", path: "detail", allowed: names)
        try await check("/v1/decisions?asOf=2026-13-01", method: .post, status: 400, code: "invalidQuery", path: "asOf", allowed: names)
        try await check("/v1/decisions?detail=brief", method: .post, status: 400, code: "invalidQuery", path: "detail", allowed: names)
        try await check("/v1/decisions?allowUnknownKeys=yes", method: .post, status: 400, code: "invalidQuery", path: "allowUnknownKeys", allowed: names.union(["true", "false"]))
    }

    @Test func queryErrorsOfTheCalendarEndpoint() async throws {
        let names: Set<String> = ["from", "count", "lang", "YYYY-MM-DD"]
        try await check("/v1/calendar/working-days?from=2026-01-05&count=1x", status: 400, code: "invalidQuery", path: "count", allowed: names)
        try await check("/v1/calendar/working-days?count=3", status: 400, code: "invalidQuery", path: "from", allowed: names)
        try await check("/v1/calendar/working-days?from=2026-01-05", status: 400, code: "invalidQuery", path: "count", allowed: names)
        try await check("/v1/calendar/working-days?from=2026-01-05&count=1&count=2", status: 400, code: "repeatedParameter", path: "count", allowed: names)
    }

    @Test func anInvalidLangIsAnErrorInEnglish() async throws {
        let app = Support.application()
        try await app.test { client in
            let response = try await client.execute(uri: "/v1/calendar/working-days?from=2026-01-05&count=1&lang=fr", method: .get)
            let body = try Support.object(response)
            #expect(response.status == .badRequest)
            #expect(body["code"] as? String == "invalidQuery")
            #expect(body["path"] as? String == "lang")
            #expect(!Support.hasChinese(try #require(body["message"] as? String)))
        }
    }
}
