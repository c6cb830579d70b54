import MedIPPolicy

/// A `medip` subcommand.
public struct Subcommand: Sendable {
    /// The words that select it, e.g. `["calendar", "add-working-days"]`.
    public var path: [String]
    /// One-line summary for `medip --help`.
    public var summary: String
    /// Full help: usage line, options, exit codes. Built when asked for, not when the command
    /// table is (many help texts quote tables — measure kinds, built-in years — that a run of
    /// another command never needs).
    public var help: String { makeHelp() }
    private let makeHelp: @Sendable () -> String
    /// Runs the command with the arguments after its path; returns the exit status.
    public var run: @Sendable ([String], CommandIO) throws(CommandError) -> Int32

    /// Creates a subcommand; `help` is evaluated each time ``help`` is read.
    public init(
        _ path: [String], summary: String, help: @autoclosure @escaping @Sendable () -> String,
        run: @escaping @Sendable ([String], CommandIO) throws(CommandError) -> Int32
    ) {
        self.path = path
        self.summary = summary
        self.makeHelp = help
        self.run = run
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

    static let overview = """
        medip — Chinese pharmaceutical IP protection in public procurement

        USAGE: medip <command> [arguments] [options]
               medip help <command>   (or: medip <command> --help)
               medip --version        the library version

        With --format json, a command reports a failure as one JSON object on standard error
        (code, message, file, path, line, column, problems, complete); standard output keeps
        only results.

        """

    /// Runs `medip` with the arguments after the program name and returns the exit status.
    public static func main(arguments: [String], io: CommandIO) -> Int32 {
        let language = errorLanguage(arguments)
        if arguments.isEmpty || arguments == ["--help"] || arguments == ["-h"] || arguments == ["help"] {
            io.print(overviewText())
            return checked(arguments.isEmpty ? 2 : 0, "medip", language, io)
        }
        if arguments == ["--version"] {
            io.print(MedIPPolicyVersion.current)
            return checked(0, "medip", language, io)
        }
        var words = arguments
        var wantsHelp = false
        if words.first == "help" {
            words.removeFirst()
            wantsHelp = true
        }
        if let position = words.firstIndex(where: { $0 == "--help" || $0 == "-h" }) {
            words.remove(at: position)
            wantsHelp = true
        }
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
                    io.print(group.map { "  medip \($0.path.joined(separator: " "))  \($0.summary)" }.joined(separator: "\n"))
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
                    + "；见 medip --help",
                en: "unknown \(wantsHelp ? "help topic" : "command") \"\(word)\"" + (suggestion.map { " (did you mean \"\($0)\"?)" } ?? "")
                    + "; see medip --help",
                code: wantsHelp ? "unknownHelpTopic" : "unknownCommand")
            return report(error, command: "medip", json: json, language: language, io)
        }
        let name = "medip \(command.path.joined(separator: " "))"
        if wantsHelp {
            io.print(command.help)
            return checked(0, name, language, io)
        }
        do {
            let status = try command.run(Array(words.dropFirst(command.path.count)), io)
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
                io.error(language == .zh ? "用法：见 \(command) --help" : "usage: see \(command) --help")
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

    static func overviewText() -> String {
        let width = subcommands.map { $0.path.joined(separator: " ").count }.max() ?? 0
        let lines = subcommands.map { command -> String in
            let name = command.path.joined(separator: " ")
            return "  " + name + String(repeating: " ", count: width - name.count + 2) + command.summary
        }
        return overview + "\nCOMMANDS:\n" + lines.joined(separator: "\n")
            + "\n\nEXIT STATUS: 0 success, 1 bad input, 2 usage error."
    }
}
