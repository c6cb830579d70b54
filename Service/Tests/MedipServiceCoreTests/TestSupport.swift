import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HTTPTypes
import Hummingbird
import Logging
import MedIPPolicy
import NIOCore
import ServiceLifecycle
import Testing

@testable import MedipServiceCore

/// What the tests share: the repository's example case files, a service to test over HTTP on a
/// loopback port, and readers of JSON bodies.
enum Support {
    /// The repository's root (this file is `Service/Tests/MedipServiceCoreTests/TestSupport.swift`).
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// One example case file of `Documentation/Examples` with the as-of date its expected
    /// decision is stated for (`expected-decisions.json`).
    struct Example: Sendable, CustomStringConvertible {
        var file: String
        var asOf: CivilDate
        var bytes: Data
        var description: String { file }
    }

    /// Every example listed in `Documentation/Examples/expected-decisions.json`.
    static func examples() throws -> [Example] {
        let folder = repository.appending(path: "Documentation/Examples")
        let index = try Data(contentsOf: folder.appending(path: "expected-decisions.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: index) as? [String: Any])
        let entries = try #require(object["examples"] as? [[String: Any]])
        return try entries.map { entry in
            let file = try #require(entry["file"] as? String)
            let asOf = try CivilDate(iso8601: try #require(entry["asOf"] as? String))
            return Example(file: file, asOf: asOf, bytes: try Data(contentsOf: folder.appending(path: file)))
        }
    }

    /// A logger that stays quiet unless something is badly wrong.
    static var quietLogger: Logger {
        var logger = Logger(label: "medip-service-tests")
        logger.logLevel = .critical
        return logger
    }

    /// A service with `configuration`, as `medip-service` builds it, ready to be served in a test.
    static func application(
        _ configuration: ServiceConfiguration = ServiceConfiguration(screeningJobs: 2), decisionLog: DecisionLog? = nil
    ) -> LiveApplication {
        let service = DecisionService(configuration: configuration, decisionLog: decisionLog, metrics: ServiceMetrics(), logger: quietLogger)
        return LiveApplication(router: service.router())
    }

    /// Headers with a content type.
    static func contentType(_ type: String) -> HTTPFields {
        var headers = HTTPFields()
        headers[.contentType] = type
        return headers
    }

    /// The bytes of a response body.
    static func bytes(_ response: LiveResponse) -> [UInt8] {
        Array(response.body.readableBytesView)
    }

    /// A response body read as a JSON object.
    static func object(_ response: LiveResponse) throws -> [String: Any] {
        try object(Data(bytes(response)))
    }

    /// Bytes read as a JSON object.
    static func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The value as `medip … --format json` prints it: the library's writer, pretty, then a newline.
    static func printed(_ value: some Encodable) throws -> [UInt8] {
        Array(try CaseFile.encode(value)) + [0x0A]
    }

    /// The keys of the top-level object of a JSON text in the order they are written.
    static func keyOrder(_ json: [UInt8]) -> [String] {
        var keys: [String] = []
        var depth = 0
        var index = 0
        while index < json.count {
            let byte = json[index]
            if byte == UInt8(ascii: "\"") {
                var end = index + 1
                while json[end] != UInt8(ascii: "\"") { end += json[end] == UInt8(ascii: "\\") ? 2 : 1 }
                var after = end + 1
                while after < json.count, json[after] == 0x20 || json[after] == 0x0A { after += 1 }
                if depth == 1, after < json.count, json[after] == UInt8(ascii: ":") {
                    keys.append(String(decoding: json[(index + 1)..<end], as: UTF8.self))
                }
                index = end + 1
                continue
            }
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { depth += 1 }
            if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") { depth -= 1 }
            index += 1
        }
        return keys
    }

    /// The runs of two or more ASCII letters in `text` outside double quotes (which hold echoed
    /// input) that are not in `allowed`: words of English left in a message that should be fully
    /// Chinese.
    static func englishWords(in text: String, allowing allowed: Set<String>) -> [String] {
        var words: [String] = []
        var word = ""
        var quoted = false
        for character in text + " " {
            if character == "\"" { quoted.toggle() }
            if !quoted, character.isASCII, character.isLetter || character.isNumber || character == "-" || character == "/" || character == "_" {
                word.append(character)
                continue
            }
            if word.filter(\.isLetter).count >= 2, !allowed.contains(word) { words.append(word) }
            word = ""
        }
        return words
    }

    /// Whether `text` holds a CJK ideograph.
    static func hasChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }
}

/// A router served for one test over real HTTP: Hummingbird's HTTP/1.1 server on 127.0.0.1, at a
/// port the system picks, with Foundation's `URLSession` as the client.
///
/// The tests once ran the router in process through HummingbirdTesting; that module brings
/// AsyncHTTPClient and with it BoringSSL, HTTP/2 and swift-crypto, which took about 220 of CI's
/// seconds to compile for a client the toolchain already has. Served this way, a request also
/// passes through the server's own parsing and writing, as a platform's does.
struct LiveApplication {
    /// The routes to serve.
    let router: Router<BasicRequestContext>

    /// Serves the router, runs `body` with a client of it, then shuts the server down gracefully
    /// and answers what `body` answered (or throws what it threw).
    func test<Value>(_ body: (LiveClient) async throws -> Value) async throws -> Value {
        let (ports, announce) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                announce.yield(channel.localAddress?.port ?? 0)
                announce.finish()
            },
            logger: Support.quietLogger
        )
        let services = ServiceGroup(
            configuration: ServiceGroupConfiguration(services: [app], gracefulShutdownSignals: [], logger: Support.quietLogger)
        )
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask {
                defer { announce.finish() }
                try await services.run()
            }
            var announced = ports.makeAsyncIterator()
            guard let port = await announced.next(), port > 0 else {
                await services.triggerGracefulShutdown()
                try await tasks.waitForAll()
                throw LiveServerError.notServing
            }
            let client = LiveClient(port: port)
            let outcome: Result<Value, any Error>
            do {
                outcome = .success(try await body(client))
            } catch {
                outcome = .failure(error)
            }
            client.close()
            await services.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return try outcome.get()
        }
    }
}

/// Why a served test could not run.
enum LiveServerError: Error {
    /// The server stopped before it announced its port.
    case notServing
    /// The URI does not make a URL.
    case invalidURI(String)
    /// The answer was not an HTTP response.
    case notHTTP
}

/// A client of one served router: sends a request and collects the whole response.
struct LiveClient: Sendable {
    /// The port the server listens on, on 127.0.0.1.
    let port: Int
    private let session: URLSession

    init(port: Int) {
        self.port = port
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        session = URLSession(configuration: configuration)
    }

    /// Sends `method` to `uri` (a path with its query, percent-encoded as it is to be sent) with
    /// `headers` and `body`, and answers the status, the headers and the body received.
    func execute(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil) async throws -> LiveResponse {
        guard let url = URL(string: "http://127.0.0.1:\(port)\(uri)") else { throw LiveServerError.invalidURI(uri) }
        var request = URLRequest(url: url)
        request.httpMethod = method.rawValue
        for field in headers { request.addValue(field.value, forHTTPHeaderField: field.name.rawName) }
        if let body { request.httpBody = Data(body.readableBytesView) }
        let (data, answer) = try await session.data(for: request)
        guard let http = answer as? HTTPURLResponse else { throw LiveServerError.notHTTP }
        var fields = HTTPFields()
        for (name, value) in http.allHeaderFields {
            guard let name = name as? String, let value = value as? String, let fieldName = HTTPField.Name(name) else { continue }
            fields.append(HTTPField(name: fieldName, value: value))
        }
        return LiveResponse(status: HTTPResponse.Status(code: http.statusCode), headers: fields, body: ByteBuffer(bytes: data))
    }

    /// Lets the session's connections go once the requests sent are answered.
    func close() {
        session.finishTasksAndInvalidate()
    }
}

/// One response as a served test received it.
struct LiveResponse: Sendable {
    /// The status code.
    var status: HTTPResponse.Status
    /// The header fields.
    var headers: HTTPFields
    /// The whole body.
    var body: ByteBuffer
}
