/// Why a case file (or another domain JSON document) could not be read: a stable ``code``, the
/// JSON ``path`` of the offending value and a readable ``message``.
///
/// ``description`` prints `path: message`, e.g.
/// `patents[2].type: unknown value "foo" (expected invention, utilityModel, design)`.
/// The path uses the case file's camelCase keys, `[n]` for array elements (from 0), and is
/// empty for a problem with the document as a whole (too large, not JSON).
public struct CaseFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable camelCase identifier for a kind of reading problem.
    public struct Code: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible,
        ExpressibleByStringLiteral
    {
        /// The code text.
        public let rawValue: String
        /// Wraps a code.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// Wraps a literal code.
        public init(stringLiteral value: String) { rawValue = value }
        /// The code text.
        public var description: String { rawValue }

        /// The document is larger than ``CaseFile/maxBytes``.
        public static let tooLarge: Code = "tooLarge"
        /// Objects and arrays nest deeper than ``CaseFile/maxDepth``.
        public static let tooDeep: Code = "tooDeep"
        /// An array has more than ``CaseFile/maxArrayLength`` elements, or an object more members.
        public static let tooManyElements: Code = "tooManyElements"
        /// A string (or key) is longer than ``CaseFile/maxStringBytes`` UTF-8 bytes.
        public static let stringTooLong: Code = "stringTooLong"
        /// The document is not well-formed JSON (the message gives the line and column).
        public static let malformedJSON: Code = "malformedJSON"
        /// The document is not UTF-8: invalid UTF-8 sequences, or UTF-16 / UTF-32 text.
        public static let invalidEncoding: Code = "invalidEncoding"
        /// An object has the same key twice (after unescaping).
        public static let duplicateKey: Code = "duplicateKey"
        /// A number does not fit its field: a fraction, an exponent or more than 64 bits where an
        /// integer is expected (`12.0`, `1e2`, `364.99999999999999999` included: integers are
        /// never rounded), or a magnitude beyond any number (`1e400`).
        public static let numberOutOfRange: Code = "numberOutOfRange"
        /// An object has a key the format does not define (the message suggests the nearest
        /// known key); ``CaseFile/DecodingOptions/allowsUnknownKeys`` ignores such keys instead.
        public static let unknownKey: Code = "unknownKey"
        /// A required field is absent.
        public static let missingField: Code = "missingField"
        /// A required field is `null`.
        public static let nullValue: Code = "nullValue"
        /// A value has the wrong JSON type (a number where a string is expected, …).
        public static let wrongType: Code = "wrongType"
        /// A string is not one of an enumeration's allowed values.
        public static let unknownEnumValue: Code = "unknownEnumValue"
        /// A value has the right type but is not acceptable (an impossible date, …).
        public static let invalidValue: Code = "invalidValue"
        /// A unified social credit code fails its format or check character.
        public static let invalidCreditCode: Code = "invalidCreditCode"
        /// A patent number fails its format or check digit.
        public static let invalidPatentNumber: Code = "invalidPatentNumber"
        /// A drug or device approval number does not have an accepted form.
        public static let invalidApprovalNumber: Code = "invalidApprovalNumber"
        /// ``Case/schemaVersion`` is not ``Case/currentSchemaVersion``.
        public static let unsupportedSchemaVersion: Code = "unsupportedSchemaVersion"
        /// A value could not be encoded (should not happen for valid domain values).
        public static let encodingFailed: Code = "encodingFailed"

        /// Every code above, for documentation and tests.
        public static let all: [Code] = [
            tooLarge, tooDeep, tooManyElements, stringTooLong, malformedJSON, invalidEncoding,
            duplicateKey, numberOutOfRange, unknownKey, missingField,
            nullValue, wrongType, unknownEnumValue, invalidValue, invalidCreditCode,
            invalidPatentNumber, invalidApprovalNumber, unsupportedSchemaVersion, encodingFailed,
        ]
    }

    /// What kind of problem it is.
    public var code: Code
    /// Where it is, e.g. `patents[2].type`; empty for the document as a whole.
    public var path: String
    /// A one-line English message.
    public var message: String

    /// Creates an error.
    public init(code: Code, path: String, message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    /// `path: message`, or the message alone when the path is empty.
    public var description: String { path.isEmpty ? message : "\(path): \(message)" }

    /// ``message`` in Simplified Chinese and English: `en` is ``message`` unchanged (what a
    /// platform may already store), `zh` its Chinese form, e.g. `未知的键 "ruling"（是否应为
    /// "rulings"？）` for `unknown key "ruling" (did you mean "rulings"?)`. Keys, values, paths
    /// and numbers quoted in the message are kept as written. ``code`` and ``path`` do not
    /// depend on the language.
    public var localizedMessage: LocalizedText {
        MessageTemplate.localized(message, with: Self.templates, fallback: Self.chineseSummary(of: code))
    }

    /// ``description`` in `language`: `path: message`, the message in that language
    /// (`path：message` in Chinese), or the message alone when the path is empty.
    public func text(in language: Language) -> String {
        let text = localizedMessage[language]
        guard !path.isEmpty else { return text }
        return language == .zh ? "\(path)：\(text)" : "\(path): \(text)"
    }

    /// The Chinese forms of the reader's messages, then the library's (nested messages, such as
    /// an invalid patent number's reason, are translated with the same list).
    static let templates: [MessageTemplate] = [
        .init("the document has {0} bytes; the limit is {1}", "文件有 {0} 字节，超过上限 {1} 字节"),
        .init("cannot read the document: {0}", "无法读取文件：{0}"),
        .init("cannot encode: {0}", "无法编码：{0}"),
        .init(
            "the number {0} is not an integer from {1} to {2} (write digits only: no fraction, no exponent)",
            "数字 {0} 不是 {1} 至 {2} 之间的整数（只写数字：不带小数，不用指数）"),
        .init("wrong type: expected {0*}", "类型错误：应为{0*}"),
        .init("null where {0*} is required", "此处应为{0*}，不能是 null"),
        .init("required field is missing", "缺少必填字段"),
        .init("a string", "字符串"), .init("true or false", " true 或 false"), .init("an integer", "整数"),
        .init("a number", "数字"), .init("an array", "数组"), .init("an object", "对象"),
        .init("a value of type {0}", " {0} 类型的值"),
        .init(
            "the document is UTF-16 or UTF-32 (it starts with a byte-order mark); case files must be UTF-8",
            "文件是 UTF-16 或 UTF-32 文本（以字节顺序标记开头）；案件文件必须是 UTF-8"),
        .init(
            "the document starts with a NUL byte (UTF-16 or UTF-32 text?); case files must be UTF-8",
            "文件以 NUL 字节开头（可能是 UTF-16 或 UTF-32 文本）；案件文件必须是 UTF-8"),
        .init("the document is not valid JSON: {0*} (line {1}, column {2})", "文件不是有效的 JSON：{0*}（第 {1} 行第 {2} 列）"),
        .init("the document is not valid JSON ({0})", "文件不是有效的 JSON（{0}）"),
        .init("the document is not valid JSON", "文件不是有效的 JSON"),
        .init("the document ends inside a string", "文件在字符串中间结束"),
        .init("\\u must be followed by four hexadecimal digits", "\\u 后必须是四位十六进制数字"),
        .init("unpaired UTF-16 surrogate escape", "不成对的 UTF-16 代理项转义"),
        .init("invalid escape {0*} in a string", "字符串中有无效的转义 {0*}"),
        .init("control character {0*} in a string (write it as an escape)", "字符串中有控制字符 {0*}（请写成转义形式）"),
        .init("the document is empty (no value)", "文件为空（没有值）"),
        .init("the document ends inside {0*}", "文件在{0*}中间结束"),
        .init("unexpected {0*} after the document's value", "文件的值之后多出 {0*}"),
        .init("expected ':' after a key, found {0*}", "键之后应为 ':'，实际为 {0*}"),
        .init("expected ',' or {0}, found {1*}", "应为 ',' 或 {0}，实际为 {1*}"),
        .init("expected a key in quotes, found {0*}", "应为带引号的键，实际为 {0*}"),
        .init("a key outside an object", "键出现在对象之外"),
        .init("a malformed number", "数字格式错误"),
        .init("expected a value, found {0*}", "应为一个值，实际为 {0*}"),
        .init("the end of the document", "文件末尾"),
        .init("byte 0x{0}", "字节 0x{0}"),
        .init("a string longer than the limit of {0} bytes", "字符串超过 {0} 字节的上限"),
        .init("invalid UTF-8 (byte 0x{0} at offset {1})", "无效的 UTF-8（偏移 {1} 处的字节 0x{0}）"),
        .init("more than {0} elements (the limit per array)", "数组元素超过 {0} 个（每个数组的上限）"),
        .init("more than {0} members (the limit per object)", "对象成员超过 {0} 个（每个对象的上限）"),
        .init("the key \"{0}\" appears more than once in the object", "键 \"{0}\" 在同一对象中出现了不止一次"),
        .init("objects and arrays nest deeper than {0} levels", "对象和数组的嵌套超过 {0} 层"),
    ] + MessageTemplate.library

    /// A Chinese summary of a kind of problem, for a message no form matches (then the English
    /// message follows it in parentheses).
    static func chineseSummary(of code: Code) -> String {
        let summaries: [Code: String] = [
            .tooLarge: "文件过大", .tooDeep: "嵌套过深", .tooManyElements: "元素过多",
            .stringTooLong: "字符串过长", .malformedJSON: "JSON 格式错误", .invalidEncoding: "编码无效",
            .duplicateKey: "键重复", .numberOutOfRange: "数字超出范围", .unknownKey: "未知的键",
            .missingField: "缺少字段", .nullValue: "值为 null", .wrongType: "类型错误",
            .unknownEnumValue: "未知的取值", .invalidValue: "取值无效", .invalidCreditCode: "统一社会信用代码无效",
            .invalidPatentNumber: "专利号无效", .invalidApprovalNumber: "批准文号无效",
            .unsupportedSchemaVersion: "不支持的 schemaVersion", .encodingFailed: "编码失败",
        ]
        return summaries[code] ?? "无法读取"
    }
}
