import MedIPPolicy

/// The parsed arguments of one command: positionals, `--option value` pairs and `--flag`s.
///
/// Options may also be written `--option=value`. Unknown options (with a "did you mean" when one
/// is close), missing values, surplus positionals and an option or flag given twice are usage
/// errors (exit 2) naming the argument. Only options declared `repeatable` may be given more
/// than once; ``values(_:)`` returns all their values in order.
public struct Arguments: Sendable {
    /// Positional arguments in order.
    public private(set) var positionals: [String]
    private var options: [String: [String]]
    private var flags: Set<String>

    /// Parses `arguments` for a command that accepts the given options and flags (names
    /// without `--`); the options in `repeatable` may be given more than once.
    public init(
        _ arguments: [String], options allowedOptions: Set<String> = [], flags allowedFlags: Set<String> = [],
        repeatable: Set<String> = []
    ) throws(CommandError) {
        positionals = []
        options = [:]
        flags = []
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("--") || argument == "-" {
                positionals.append(argument)
                continue
            }
            if argument == "--" { onlyPositionals = true; continue }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if allowedFlags.contains(name) {
                guard inlineValue == nil else { throw .usage(zh: "--\(name) 不带值", en: "--\(name) takes no value") }
                guard flags.insert(name).inserted else {
                    throw .usage(zh: "--\(name) 给了不止一次", en: "--\(name) is given more than once")
                }
            } else if allowedOptions.contains(name) || repeatable.contains(name) {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < arguments.count else { throw .usage(zh: "--\(name) 需要一个值", en: "--\(name) needs a value") }
                    value = arguments[index]
                    index += 1
                }
                if options[name] != nil && !repeatable.contains(name) {
                    throw .usage(zh: "--\(name) 给了不止一次（它只取一个值）", en: "--\(name) is given more than once (it takes one value)")
                }
                options[name, default: []].append(value)
            } else {
                let known = allowedFlags.union(allowedOptions).union(repeatable)
                let nearest = Arguments.nearestOption(to: name, among: known)
                throw .usage(
                    zh: "未知的选项 --\(name.escapedForMessage())" + (nearest.map { "；是否应为 --\($0)？" } ?? ""),
                    en: "unknown option --\(name.escapedForMessage())" + (nearest.map { "; did you mean --\($0)?" } ?? ""),
                    code: "unknownOption")
            }
        }
    }

    /// The option meant by a misspelt or shortened `name`, for a "did you mean": the closest
    /// by edits (`asof` → `as-of`), else the one equal to it without hyphens, else the only one
    /// it begins (`dep` → `department`), else the only one whose letters it takes in order from
    /// the same first letter (`dept` → `department`); `nil` when none or several fit.
    static func nearestOption(to name: String, among known: Set<String>) -> String? {
        let sorted = known.sorted()
        if let close = name.closestMatch(among: sorted) { return close }
        let bare = name.lowercased().filter { $0 != "-" }
        guard bare.count >= 2 else { return nil }
        if let same = sorted.first(where: { $0.filter { $0 != "-" } == bare }) { return same }
        func only(_ fits: (String) -> Bool) -> String? {
            let found = sorted.filter(fits)
            return found.count == 1 ? found[0] : nil
        }
        if let prefixed = only({ $0.filter { $0 != "-" }.hasPrefix(bare) }) { return prefixed }
        return only { candidate in
            let letters = Array(candidate.filter { $0 != "-" })
            guard letters.first == bare.first else { return false }
            var position = 0
            for character in bare {
                guard let found = letters[position...].firstIndex(of: character) else { return false }
                position = found + 1
            }
            return true
        }
    }

    /// Whether a flag was given.
    public func flag(_ name: String) -> Bool { flags.contains(name) }
    /// An option's value, or `nil` (the last one for a repeatable option).
    public func option(_ name: String) -> String? { options[name]?.last }
    /// Every value of an option, in the order given (empty when it was not given).
    public func values(_ name: String) -> [String] { options[name] ?? [] }

    /// The positional at `index`, or a usage error naming `what`.
    public func positional(_ index: Int, _ what: String) throws(CommandError) -> String {
        guard index < positionals.count else { throw .usage(zh: "缺少 \(what)", en: "missing \(what)") }
        return positionals[index]
    }

    /// Fails with a usage error when more than `count` positionals were given.
    public func expectPositionals(atMost count: Int) throws(CommandError) {
        if positionals.count > count {
            let argument = positionals[count].escapedForMessage()
            throw .usage(zh: "多余的参数 \"\(argument)\"", en: "unexpected argument \"\(argument)\"")
        }
    }

    /// Parses a date argument, naming `what` in the error (exit 2).
    public static func date(_ text: String, _ what: String) throws(CommandError) -> CivilDate {
        do { return try CivilDate(iso8601: text) } catch {
            // The text is quoted escaped: a control or bidi character is never echoed raw.
            guard text.escapedForMessage(limit: .max) == text else {
                let quoted = text.escapedForMessage()
                throw .usage(
                    zh: "\(what)：不是 ISO 8601 日期（应为 YYYY-MM-DD）：\"\(quoted)\"",
                    en: "\(what): not an ISO 8601 date (expected YYYY-MM-DD): \"\(quoted)\"")
            }
            throw .usage(zh: "\(what)：\(error.localizedMessage.zh)", en: "\(what): \(error.description)")
        }
    }

    /// Parses an integer argument, naming `what` in the error (exit 2).
    public static func integer(_ text: String, _ what: String) throws(CommandError) -> Int {
        guard let value = Int(text) else {
            let quoted = text.escapedForMessage()
            throw .usage(zh: "\(what)：不是整数：\"\(quoted)\"", en: "\(what): not an integer: \"\(quoted)\"")
        }
        return value
    }

    /// The `--lang` option as a ``Language`` (default English).
    public func language() throws(CommandError) -> Language {
        guard let text = option("lang") else { return .en }
        guard let language = Language(rawValue: text) else {
            let quoted = text.escapedForMessage()
            throw .usage(zh: "--lang 只能是 zh 或 en，不能是 \"\(quoted)\"", en: "--lang must be zh or en, not \"\(quoted)\"")
        }
        return language
    }
}
