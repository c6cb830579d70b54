import MedIPPolicy

/// A `medip` subcommand.
///
/// Its summary and help are kept in Simplified Chinese and English (``LocalizedText``):
/// `medip --help --lang zh`, `medip help COMMAND --lang zh` and `medip COMMAND --help --lang zh`
/// print the Chinese. The English is the default and what ``summary`` and ``help`` read.
public struct Subcommand: Sendable {
    /// The words that select it, e.g. `["calendar", "add-working-days"]`.
    public var path: [String]
    /// One-line summary for `medip --help`, in both languages.
    public var localizedSummary: LocalizedText
    /// Full help in both languages: usage lines (the same in both: option names and placeholders
    /// such as `FILE` or `YYYY-MM-DD` are not translated), options, exit codes. Built when asked
    /// for, not when the command table is (many help texts quote tables — measure kinds,
    /// built-in years — that a run of another command never needs).
    public var localizedHelp: LocalizedText { makeHelp() }
    private let makeHelp: @Sendable () -> LocalizedText
    /// Runs the command with the arguments after its path; returns the exit status.
    public var run: @Sendable ([String], CommandIO) throws(CommandError) -> Int32

    /// The English one-line summary for `medip --help` (setting it changes the English only).
    public var summary: String {
        get { localizedSummary.en }
        set { localizedSummary.en = newValue }
    }

    /// The English full help: usage line, options, exit codes.
    public var help: String { localizedHelp.en }

    /// The one-line summary in `language`.
    public func summary(in language: Language) -> String { localizedSummary[language] }

    /// The full help in `language`.
    public func help(in language: Language) -> String { localizedHelp[language] }

    /// Creates a subcommand whose summary and help are given in Chinese and English; `help` is
    /// evaluated each time the help is read.
    public init(
        _ path: [String], summary: LocalizedText, help: @autoclosure @escaping @Sendable () -> LocalizedText,
        run: @escaping @Sendable ([String], CommandIO) throws(CommandError) -> Int32
    ) {
        self.path = path
        self.localizedSummary = summary
        self.makeHelp = help
        self.run = run
    }

    /// Creates a subcommand whose summary and help exist in English only: under `--lang zh`
    /// they are shown in English. Every built-in command gives both languages, with the
    /// initializer that takes ``LocalizedText``.
    public init(
        _ path: [String], summary: String, help: @autoclosure @escaping @Sendable () -> String,
        run: @escaping @Sendable ([String], CommandIO) throws(CommandError) -> Int32
    ) {
        self.init(path, summary: LocalizedText(zh: summary, en: summary), help: {
            let text = help()
            return LocalizedText(zh: text, en: text)
        }(), run: run)
    }
}

/// The `medip` command-line tool: dispatch, help and exit codes.
///
/// Exit status: 0 success, 1 bad input (unreadable or invalid file, a case with problems, an
/// unknown id), 2 usage error (unknown command or option, malformed argument). Errors go to
/// standard error, results to standard output; with `--format json` an error is one line of
/// JSON (``ErrorReport``). Unknown commands, help topics and options get a "did you mean".
public enum Medip {
    /// Every subcommand, in help order.
    public static let subcommands: [Subcommand] =
        CalendarCommands.all + DomainCommands.all + CatalogCommands.all + RuleCommands.all
        + ScreeningCommands.all + TimelineCommands.all + SchemaCommands.all + CoverageCommands.all

    /// The head of `medip --help`, before the command list.
    static let overview = LocalizedText(
        zh: """
            medip — 医药集中采购领域的知识产权保护

            用法：medip <command> [arguments] [options]
                  medip help <command>   （或：medip <command> --help）
                  medip --version        库的版本

            --lang zh|en（默认 en）选择命令为人而写的文字所用的语言：报告、列表、摘要和说明，错误信息
            （--format json 时也是），以及帮助；id、代码、JSON 键和日期在两种语言中相同。
            它放在命令之前或之后均可：
              medip --lang zh --help、medip --help --lang zh、medip help screen --lang zh、
              medip screen --help --lang zh、medip --version --lang zh。
            放在命令之前的 --lang 也是该命令自己的 --lang，与写在命令之后相同。

            使用 --format json 时，命令把失败作为一个 JSON 对象写到标准错误（code、message、
            file、path、line、column、problems、complete）；标准输出只保留结果。

            """,
        en: """
            medip — Chinese pharmaceutical IP protection in public procurement

            USAGE: medip <command> [arguments] [options]
                   medip help <command>   (or: medip <command> --help)
                   medip --version        the library version

            --lang zh|en (default en) chooses the language of the text a command writes for people:
            its reports, listings, summaries and explanations, its error messages (with --format json
            too) and its help; ids, codes, JSON keys and dates are the same in both. It may stand
            before or after the command:
              medip --lang zh --help, medip --help --lang zh, medip help screen --lang zh,
              medip screen --help --lang zh, medip --version --lang zh.
            A --lang before the command is the command's own --lang, as if written after it.

            With --format json, a command reports a failure as one JSON object on standard error
            (code, message, file, path, line, column, problems, complete); standard output keeps
            only results.

            """)

    /// Runs `medip` with the arguments after the program name and returns the exit status.
    ///
    /// `--lang zh|en` (or `--lang=zh`) may come first, before the command: it is then the
    /// command's own `--lang`, moved after the command's words (a command without `--lang`
    /// refuses it, as it would after them). On a help request (`medip`, `medip --help`,
    /// `medip help [COMMAND]`, `medip COMMAND --help`) `--lang` may stand anywhere before a `--`
    /// and chooses the language of the help; on `medip --version` it may stand before or after
    /// (the version line is the same in both languages); given twice or with another value than
    /// `zh` or `en` it is a usage error (exit 2), in either position.
    public static func main(arguments: [String], io: CommandIO) -> Int32 {
        let language = errorLanguage(arguments)
        var words = arguments
        // `medip --lang zh …`: the global position of the option.
        var leadingLanguage: [String] = []
        if let first = words.first, first == "--lang" || first.hasPrefix("--lang=") {
            leadingLanguage = Array(words.prefix(first == "--lang" ? 2 : 1))
            words.removeFirst(leadingLanguage.count)
        }
        let wantsHelp = words.isEmpty || words.first == "help" || words.contains("--help") || words.contains("-h")
        // `medip --version --lang zh`: a version request takes --lang after it too (the version
        // line has no prose, so it is the same in both languages; the option is still checked).
        let wantsVersion = words.first == "--version"
        let helpLanguage: Language
        do {
            // A leading --lang is checked here whatever follows; a help or version request's
            // everywhere.
            let languageWords = leadingLanguage + (wantsHelp || wantsVersion ? removeLanguageOptions(&words) : [])
            helpLanguage = try Arguments(languageWords, options: ["lang"]).language()
        } catch {
            return report(error, command: "medip", json: ErrorReport.wantsJSON(arguments), language: language, io)
        }
        if words.isEmpty || words == ["--help"] || words == ["-h"] || words == ["help"] {
            io.print(overviewText(helpLanguage))
            return checked(words.isEmpty ? 2 : 0, "medip", language, io)
        }
        if words == ["--version"] {
            io.print(MedIPPolicyVersion.current)
            return checked(0, "medip", language, io)
        }
        if words.first == "help" { words.removeFirst() }
        if let position = words.firstIndex(where: { $0 == "--help" || $0 == "-h" }) { words.remove(at: position) }
        let json = ErrorReport.wantsJSON(words)
        // Longest path match first.
        let match = subcommands
            .filter { words.starts(with: $0.path) }
            .max { $0.path.count < $1.path.count }
        guard let command = match else {
            let group = subcommands.filter { $0.path.first == words.first }
            if !group.isEmpty {
                let names = group.map { $0.path.dropFirst().joined(separator: " ") }
                let given = words.dropFirst().first.flatMap { $0.hasPrefix("-") ? nil : $0 }
                if wantsHelp && given == nil {
                    io.print(group.map { "  medip \($0.path.joined(separator: " "))  \($0.summary(in: helpLanguage))" }.joined(separator: "\n"))
                    return checked(0, "medip", language, io)
                }
                let suggestion = given.flatMap { $0.closestMatch(among: names) }.map { "\(words[0]) \($0)" }
                let hint = LocalizedText(
                    zh: suggestion.map { "（是否应为 \"\($0)\"？）" } ?? "", en: suggestion.map { " (did you mean \"\($0)\"?)" } ?? "")
                let group = (words.first ?? "").escapedForMessage()
                let list = names.joined(separator: ", ")
                let text: LocalizedText = if let given {
                    LocalizedText(
                        zh: "未知的 \(group) \(wantsHelp ? "帮助主题" : "子命令") \"\(given.escapedForMessage())\"\(hint.zh)；可选：\(list)",
                        en: "unknown \(group) \(wantsHelp ? "help topic" : "subcommand") \"\(given.escapedForMessage())\"\(hint.en); one of: \(list)")
                } else {
                    LocalizedText(zh: "缺少 \(group) 的子命令；可选：\(list)", en: "missing \(group) subcommand; one of: \(list)")
                }
                let error = CommandError.usage(text, code: given == nil ? "usage" : wantsHelp ? "unknownHelpTopic" : "unknownCommand")
                return report(error, command: "medip", json: json, language: language, io)
            }
            let topWords = Array(Set(subcommands.compactMap(\.path.first))).sorted()
            let suggestion = words.first.flatMap { $0.closestMatch(among: topWords) }
            let word = (words.first ?? "").escapedForMessage()
            let error = CommandError.usage(
                zh: "未知的\(wantsHelp ? "帮助主题" : "命令") \"\(word)\"" + (suggestion.map { "（是否应为 \"\($0)\"？）" } ?? "")
                    + "；见 medip --help --lang zh",
                en: "unknown \(wantsHelp ? "help topic" : "command") \"\(word)\"" + (suggestion.map { " (did you mean \"\($0)\"?)" } ?? "")
                    + "; see medip --help",
                code: wantsHelp ? "unknownHelpTopic" : "unknownCommand")
            return report(error, command: "medip", json: json, language: language, io)
        }
        let name = "medip \(command.path.joined(separator: " "))"
        if wantsHelp {
            io.print(command.help(in: helpLanguage))
            return checked(0, name, language, io)
        }
        do {
            let status = try command.run(leadingLanguage + words.dropFirst(command.path.count), io)
            // A lost write to standard output fails the command, whatever it returned.
            try io.checkOutput()
            return status
        } catch {
            return report(error, command: name, json: json, language: language, io)
        }
    }

    /// The language failures are reported in: the last `--lang` before a `--` on the command
    /// line (`--lang zh` or `--lang=zh`), English when there is none or its value is not a
    /// language (that is itself reported, in English). Read from the raw words, like
    /// ``ErrorReport/wantsJSON(_:)``, so that a failure found while parsing the arguments, or by
    /// a command that takes no `--lang`, is reported in the language asked for too.
    static func errorLanguage(_ arguments: [String]) -> Language {
        var language = Language.en
        for (index, word) in arguments.enumerated() {
            if word == "--" { break }
            let value: String? =
                if word.hasPrefix("--lang=") { String(word.dropFirst("--lang=".count)) }
                else if word == "--lang", index + 1 < arguments.count { arguments[index + 1] }
                else { nil }
            if let value { language = Language(rawValue: value) ?? .en }
        }
        return language
    }

    /// Writes a failure to standard error — one JSON object (see ``ErrorReport``) when `json`,
    /// else the message (and, for a usage error, where to find the usage) — in `language`, and
    /// returns its exit status. The one place where a failure's language is chosen.
    static func report(_ error: CommandError, command: String, json: Bool, language: Language, _ io: CommandIO) -> Int32 {
        if json {
            io.error(ErrorReport(error, command: command, language: language).jsonLine())
        } else {
            io.error("\(command): \(error.message(in: language))")
            if error.exitCode == 2 && command != "medip" {
                io.error(language == .zh ? "用法：见 \(command) --help --lang zh" : "usage: see \(command) --help")
            }
        }
        return error.exitCode
    }

    /// `status`, or 1 with a message in `language` when a write to standard output failed.
    static func checked(_ status: Int32, _ name: String, _ language: Language, _ io: CommandIO) -> Int32 {
        do {
            try io.checkOutput()
            return status
        } catch {
            return report(error, command: name, json: false, language: language, io)
        }
    }

    /// Removes every `--lang VALUE` and `--lang=VALUE` before a `--` from `words` and returns
    /// them in order (a `--lang` with no value after it is returned alone).
    static func removeLanguageOptions(_ words: inout [String]) -> [String] {
        var removed: [String] = []
        var kept: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            if word == "--" {
                kept += words[index...]
                break
            }
            if word == "--lang" {
                removed += words[index..<min(index + 2, words.count)]
                index += 2
                continue
            }
            if word.hasPrefix("--lang=") { removed.append(word) } else { kept.append(word) }
            index += 1
        }
        words = kept
        return removed
    }

    /// `medip --help` in `language`: the overview, every command with its summary, the exit codes.
    static func overviewText(_ language: Language = .en) -> String {
        let width = subcommands.map { $0.path.joined(separator: " ").count }.max() ?? 0
        let lines = subcommands.map { command -> String in
            let name = command.path.joined(separator: " ")
            return "  " + name + String(repeating: " ", count: width - name.count + 2) + command.summary(in: language)
        }
        if language == .zh {
            return overview.zh + "\n命令：\n" + lines.joined(separator: "\n")
                + "\n\n退出状态：0 成功，1 输入有误，2 用法错误。"
        }
        return overview.en + "\nCOMMANDS:\n" + lines.joined(separator: "\n")
            + "\n\nEXIT STATUS: 0 success, 1 bad input, 2 usage error."
    }
}
