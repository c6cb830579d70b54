import Hummingbird
import MedIPPolicy

/// A request's query parameters, read strictly: a parameter the endpoint does not define, or one
/// given twice, is a 400 error naming it; values are checked by the accessors.
struct Query {
    private var values: [String: String] = [:]

    /// Reads the query of `request`, allowing only `allowed` names.
    init(_ request: Request, allowed: Set<String>) throws(ServiceError) {
        for (key, value) in request.uri.queryParameters {
            let name = String(key)
            guard allowed.contains(name) else {
                let list = allowed.sorted().joined(separator: ", ")
                throw ServiceError(
                    status: 400, code: "unknownParameter",
                    en: "unknown query parameter \"\(name.escapedForMessage())\" (\(allowed.isEmpty ? "this endpoint takes none" : "known: " + list))",
                    zh: "未知的查询参数 \"\(name.escapedForMessage())\"（\(allowed.isEmpty ? "此端点不接受查询参数" : "可用：" + list)）",
                    path: name)
            }
            guard values[name] == nil else {
                throw ServiceError(
                    status: 400, code: "repeatedParameter", en: "query parameter \(name) is given twice",
                    zh: "查询参数 \(name) 重复给出", path: name)
            }
            values[name] = String(value)
        }
    }

    /// The raw value of a parameter.
    subscript(name: String) -> String? { values[name] }

    /// A `YYYY-MM-DD` date.
    func date(_ name: String) throws(ServiceError) -> CivilDate? {
        guard let text = values[name] else { return nil }
        do {
            return try CivilDate(iso8601: text)
        } catch {
            throw ServiceError(
                status: 400, code: "invalidQuery",
                en: "\(name) must be a date YYYY-MM-DD, not \"\(text.escapedForMessage())\": \(error)",
                zh: "\(name) 应为 YYYY-MM-DD 格式的日期，而不是 \"\(text.escapedForMessage())\"：\(error.localizedMessage.zh)",
                path: name)
        }
    }

    /// A required `YYYY-MM-DD` date.
    func requiredDate(_ name: String) throws(ServiceError) -> CivilDate {
        guard let date = try date(name) else {
            throw ServiceError(
                status: 400, code: "invalidQuery", en: "missing query parameter \(name)=YYYY-MM-DD",
                zh: "缺少查询参数 \(name)=YYYY-MM-DD", path: name)
        }
        return date
    }

    /// An integer.
    func integer(_ name: String) throws(ServiceError) -> Int? {
        guard let text = values[name] else { return nil }
        guard let value = Int(text), text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) else {
            throw ServiceError(
                status: 400, code: "invalidQuery", en: "\(name) must be an integer, not \"\(text.escapedForMessage())\"",
                zh: "\(name) 应为整数，而不是 \"\(text.escapedForMessage())\"", path: name)
        }
        return value
    }

    /// `true` or `false` (absent: `false`).
    func flag(_ name: String) throws(ServiceError) -> Bool {
        switch values[name] {
        case nil, "false": return false
        case "true": return true
        case let text?:
            throw ServiceError(
                status: 400, code: "invalidQuery", en: "\(name) must be true or false, not \"\(text.escapedForMessage())\"",
                zh: "\(name) 应为 true 或 false，而不是 \"\(text.escapedForMessage())\"", path: name)
        }
    }

    /// One of a string enumeration's values.
    func choice<Value: RawRepresentable & CaseIterable>(_ name: String, _ type: Value.Type) throws(ServiceError) -> Value?
    where Value.RawValue == String {
        guard let text = values[name] else { return nil }
        guard let value = Value(rawValue: text) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
            throw ServiceError(
                status: 400, code: "invalidQuery", en: "\(name) must be one of \(allowed), not \"\(text.escapedForMessage())\"",
                zh: "\(name) 应为 \(Value.allCases.map(\.rawValue).joined(separator: "、")) 之一，而不是 \"\(text.escapedForMessage())\"", path: name)
        }
        return value
    }

    /// The language a request asks for, read before its query is checked, so that even an error
    /// in the query answers in it: Chinese when a `lang` parameter is exactly `zh`, otherwise
    /// English (the endpoint then checks `lang` strictly with the rest, see ``language()``).
    static func requestedLanguage(_ request: Request) -> Language {
        request.uri.queryParameters.contains { $0.key == "lang" && $0.value == "zh" } ? .zh : .en
    }

    /// The language of messages: `lang=zh|en`, default English.
    func language() throws(ServiceError) -> Language {
        try choice("lang", Language.self) ?? .en
    }
}
