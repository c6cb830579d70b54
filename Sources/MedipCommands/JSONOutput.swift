import MedIPPolicy

/// JSON encoding for command output: sorted keys, pretty or compact, dates as ISO strings.
enum JSONOutput {
    /// The value's JSON through ``CaseFile/encode(_:pretty:)``, the library's writer, so that
    /// `medip … --format json` and `medip-service` write the same bytes for the same value.
    static func encode<T: Encodable>(_ value: T, pretty: Bool = true) throws(CommandError) -> String {
        do throws(CaseFileError) {
            return String(decoding: try CaseFile.encode(value, pretty: pretty), as: UTF8.self)
        } catch {
            let reason = error.localizedMessage
            throw .badInput(zh: "无法编码输出：\(reason.zh)", en: "could not encode the output: \(reason.en)")
        }
    }
}

/// Output format of listing commands.
enum OutputFormat: String {
    case text, json, csv, markdown, svg

    static func parse(_ arguments: Arguments, allowed: [OutputFormat] = [.text, .json]) throws(CommandError) -> OutputFormat {
        try parse(arguments, allowed: allowed, default: .text)
    }

    /// The `--format` option read as one of `allowed` (of any format type, e.g. a command's
    /// own), `default` when it is absent; a usage error naming the formats otherwise.
    static func parse<Format: RawRepresentable & Equatable>(
        _ arguments: Arguments, allowed: [Format], default: Format
    ) throws(CommandError) -> Format where Format.RawValue == String {
        guard let text = arguments.option("format") else { return `default` }
        guard let format = Format(rawValue: text), allowed.contains(format) else {
            let formats = allowed.map(\.rawValue).joined(separator: ", ")
            let quoted = text.escapedForMessage()
            throw .usage(
                zh: "--format 必须是以下之一：\(formats)，不能是 \"\(quoted)\"",
                en: "--format must be one of \(formats), not \"\(quoted)\"")
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
