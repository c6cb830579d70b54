#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// JSON encoding for command output: sorted keys, pretty or compact, dates as ISO strings.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T, pretty: Bool = true) throws(CommandError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw CommandError(exitCode: 1, message: "could not encode the output: \(error)")
        }
    }
}

/// Output format of listing commands.
enum OutputFormat: String {
    case text, json, csv, svg

    static func parse(_ arguments: Arguments, allowed: [OutputFormat] = [.text, .json]) throws(CommandError) -> OutputFormat {
        guard let text = arguments.option("format") else { return .text }
        guard let format = OutputFormat(rawValue: text), allowed.contains(format) else {
            throw .usage("--format must be one of \(allowed.map(\.rawValue).joined(separator: ", ")), not \"\(text.escapedForMessage())\"")
        }
        return format
    }
}

/// Quotes a CSV field when it holds a comma, quote or newline (RFC 4180).
func csvField(_ text: String) -> String {
    if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
    return text
}
