import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import MedIPPolicy
import NIOCore
import Testing

@testable import MedipServiceCore

/// What the tests share: the repository's example case files, a service to test in process, and
/// readers of JSON bodies.
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

    /// A service with `configuration`, as `medip-service` builds it, as an application to test.
    static func application(
        _ configuration: ServiceConfiguration = ServiceConfiguration(screeningJobs: 2), decisionLog: DecisionLog? = nil
    ) -> some ApplicationProtocol {
        let service = DecisionService(configuration: configuration, decisionLog: decisionLog, metrics: ServiceMetrics(), logger: quietLogger)
        return Application(router: service.router(), logger: quietLogger)
    }

    /// Headers with a content type.
    static func contentType(_ type: String) -> HTTPFields {
        var headers = HTTPFields()
        headers[.contentType] = type
        return headers
    }

    /// The bytes of a response body.
    static func bytes(_ response: TestResponse) -> [UInt8] {
        Array(response.body.readableBytesView)
    }

    /// A response body read as a JSON object.
    static func object(_ response: TestResponse) throws -> [String: Any] {
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
