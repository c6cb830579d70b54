import MedIPPolicy
import MedipCommands
import Testing

/// The help texts under `--lang zh`: every command's help and summary, and the overview, are
/// Chinese (usage lines, option names, placeholders, ids and JSON keys aside) and name the same
/// options as the English; the English stays the default; `--lang` is accepted before and after
/// the command words, and a bad value is a usage error in both positions.
@Suite struct ChineseHelpTests {
    static let paths = Medip.subcommands.map(\.path)

    /// English prose words beyond the error-message predicate's, for longer texts. None of them is
    /// a command name, an option value, a placeholder (lowercased: file, date, n, id, arguments,
    /// options…) or an unquoted JSON key.
    static let proseWords: Set<Substring> = [
        "a", "or", "when", "each", "every", "on", "at", "by", "as", "it", "its", "are", "if", "this", "that", "which",
        "only", "all", "default", "prints", "reads", "writes", "lists", "per", "without", "instead", "either", "way",
        "also", "same", "examples", "exit", "success", "error", "output", "input", "otherwise", "than", "then", "where",
        "any", "can", "may",
    ]

    /// The section headings of the English help, none of which a Chinese help may keep.
    static let englishHeadings = ["USAGE:", "OPTIONS:", "ARGUMENTS:", "EXAMPLES:", "EXIT STATUS", "COMMANDS:"]

    /// The lines of a Chinese help that are the literal output of `medip calendar list`
    /// ("2026-02-14 working adjustedWorkingDay 春节"): data, the same in both languages.
    static func isCalendarOutput(_ line: Substring) -> Bool {
        line.trimmingPrefix(while: \.isWhitespace).wholeMatch(of: #/\d{4}-\d{2}-\d{2} (working|rest)( .*)?/#) != nil
    }

    /// The English prose words left in a Chinese text, line by line.
    static func englishProse(_ text: String) -> [String] {
        text.split(separator: "\n").filter { !isCalendarOutput($0) }.compactMap { line in
            let words = englishWords(in: String(line), extra: proseWords)
            return words.isEmpty ? nil : "\(words) in: \(line)"
        }
    }

    /// The `--option` names a help text mentions.
    static func options(_ text: String) -> Set<String> {
        Set(text.matches(of: #/--[a-z][a-z0-9-]*/#).map { String($0.output) })
    }

    /// The usage lines: from the first line to the first empty one.
    static func usage(_ text: String) -> [Substring] {
        Array(text.split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty })
    }

    static func command(_ path: [String]) throws -> Subcommand {
        try #require(Medip.subcommands.first { $0.path == path })
    }

    @Test(arguments: paths)
    func theChineseHelpHasNoEnglishProse(_ path: [String]) throws {
        let result = runMedip(path + ["--help", "--lang", "zh"])
        #expect(result.status == 0 && result.err.isEmpty)
        let help = try Self.command(path).help(in: .zh)
        #expect(result.out == help + "\n")
        #expect(hasChinese(help))
        #expect(Self.englishProse(help).isEmpty, "\(Self.englishProse(help))")
        for heading in Self.englishHeadings { #expect(!help.contains(heading)) }
    }

    @Test(arguments: paths)
    func theChineseHelpNamesTheSameOptionsAndUsageAsTheEnglish(_ path: [String]) throws {
        let command = try Self.command(path)
        let zh = command.help(in: .zh)
        let en = command.help(in: .en)
        #expect(Self.options(zh) == Self.options(en))
        #expect(!Self.options(en).isEmpty || path == ["schema"] || path == ["coverage"])
        // The usage lines are the English ones under 用法：, one column less indented (用法： is six
        // columns wide, USAGE: seven).
        let zhUsage = Self.usage(zh)
        let enUsage = Self.usage(en)
        #expect(zhUsage.count == enUsage.count)
        #expect(zhUsage.first.map(String.init) == enUsage.first.map { "用法：" + $0.dropFirst("USAGE: ".count) })
        for (chinese, english) in zip(zhUsage.dropFirst(), enUsage.dropFirst()) {
            #expect(" " + chinese == english)
        }
    }

    @Test(arguments: paths)
    func theEnglishHelpIsTheDefaultAndUnchanged(_ path: [String]) throws {
        let command = try Self.command(path)
        let result = runMedip(path + ["--help"])
        #expect(result.status == 0 && result.err.isEmpty)
        #expect(result.out == command.help + "\n")
        #expect(command.help == command.localizedHelp.en && command.help(in: .en) == command.help)
        #expect(command.help.hasPrefix("USAGE: medip " + path.joined(separator: " ")))
        #expect(!hasChinese(Self.usage(command.help).joined()))
        #expect(runMedip(path + ["--help", "--lang", "en"]).out == result.out)
        #expect(runMedip(["help"] + path).out == result.out)
    }

    @Test(arguments: paths)
    func theChineseSummaryHasNoEnglishProse(_ path: [String]) throws {
        let command = try Self.command(path)
        let summary = command.summary(in: .zh)
        #expect(hasChinese(summary))
        #expect(Self.englishProse(summary).isEmpty, "\(summary)")
        #expect(command.summary == command.localizedSummary.en && command.summary != summary)
    }

    @Test func theChineseOverviewListsEveryCommandWithItsChineseSummary() throws {
        let result = runMedip(["--help", "--lang", "zh"])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("medip — 医药集中采购领域的知识产权保护\n"))
        #expect(Self.englishProse(result.out).isEmpty, "\(Self.englishProse(result.out))")
        for heading in Self.englishHeadings { #expect(!result.out.contains(heading)) }
        for command in Medip.subcommands {
            let name = command.path.joined(separator: " ")
            #expect(result.out.split(separator: "\n").contains { $0.hasPrefix("  " + name + " ") && $0.hasSuffix(command.summary(in: .zh)) })
        }
        let english = runMedip(["--help"])
        #expect(english.out.hasPrefix("medip — Chinese pharmaceutical IP protection in public procurement\n"))
        #expect(english.out.contains("\nUSAGE: medip <command> [arguments] [options]\n"))
        #expect(english.out.hasSuffix("\nEXIT STATUS: 0 success, 1 bad input, 2 usage error.\n"))
        for command in Medip.subcommands { #expect(english.out.contains(command.summary)) }
        // The group listing, in both languages.
        let group = runMedip(["calendar", "--help", "--lang", "zh"]).out
        let addWorkingDays = try Self.command(["calendar", "add-working-days"])
        #expect(group.contains("  medip calendar add-working-days  \(addWorkingDays.summary(in: .zh))\n"))
        #expect(Self.englishProse(group).isEmpty)
        #expect(runMedip(["calendar", "--help"]).out.contains("  medip calendar list  list each date"))
    }

    /// Every accepted position of `--lang` on a help request, and what it must print.
    @Test(arguments: [
        (["--lang", "zh", "--help"], "overview"), (["--help", "--lang", "zh"], "overview"), (["--lang=zh", "--help"], "overview"),
        (["--help", "--lang=zh"], "overview"), (["-h", "--lang", "zh"], "overview"), (["help", "--lang", "zh"], "overview"),
        (["--lang", "zh", "help"], "overview"),
        (["help", "screen", "--lang", "zh"], "screen"), (["--lang", "zh", "help", "screen"], "screen"),
        (["screen", "--help", "--lang", "zh"], "screen"), (["--lang", "zh", "screen", "--help"], "screen"),
        (["screen", "--lang", "zh", "--help"], "screen"), (["--lang=zh", "screen", "-h"], "screen"),
        (["help", "calendar", "add-days", "--lang", "zh"], "calendar add-days"),
        (["--lang", "zh", "calendar", "add-days", "--help"], "calendar add-days"),
    ])
    func langIsAcceptedBeforeAndAfterTheCommand(_ arguments: [String], _ topic: String) throws {
        let result = runMedip(arguments)
        #expect(result.status == 0 && result.err.isEmpty)
        let expected = topic == "overview"
            ? runMedip(["--help", "--lang", "zh"]).out
            : try Self.command(topic.split(separator: " ").map(String.init)).help(in: .zh) + "\n"
        #expect(result.out == expected)
        #expect(hasChinese(result.out))
    }

    @Test func langAloneIsTheChineseOverviewAsAUsageError() {
        let result = runMedip(["--lang", "zh"])
        #expect(result.status == 2)
        #expect(result.out == runMedip(["--help", "--lang", "zh"]).out)
    }

    /// A bad, missing or repeated `--lang` is a usage error before and after the command.
    @Test(arguments: [
        ["--lang", "xx", "--help"], ["--help", "--lang", "xx"], ["--lang=xx", "--help"], ["--help", "--lang=xx"],
        ["help", "screen", "--lang", "xx"], ["--lang", "xx", "help", "screen"], ["screen", "--help", "--lang", "xx"],
        ["--lang", "xx", "screen", "--help"], ["--lang", "xx", "documents"], ["documents", "--lang", "xx"],
    ])
    func aBadLangIsAUsageErrorInEitherPosition(_ arguments: [String]) {
        let result = runMedip(arguments)
        #expect(result.status == 2)
        #expect(result.out.isEmpty)
        #expect(result.err.contains("--lang must be zh or en, not \"xx\""))
    }

    @Test(arguments: [["--help", "--lang"], ["--lang"], ["--lang", "zh", "--help", "--lang", "en"], ["screen", "--help", "--lang", "zh", "--lang=zh"]])
    func aMissingOrRepeatedLangIsAUsageError(_ arguments: [String]) {
        let result = runMedip(arguments)
        #expect(result.status == 2)
        #expect(result.out.isEmpty)
        #expect(result.err.contains("--lang"))
    }

    @Test func aLeadingLangIsTheCommandsOwn() {
        #expect(runMedip(["--lang", "zh", "documents"]).out == runMedip(["documents", "--lang", "zh"]).out)
        #expect(runMedip(["--lang=zh", "show"]).err.contains("缺少 MEASURE-ID"))
        // Given twice, once before and once after, as after the command twice.
        #expect(runMedip(["--lang", "zh", "documents", "--lang", "zh"]).status == 2)
        // A command without --lang refuses it in either position, in Chinese.
        let before = runMedip(["--lang", "zh", "schema"])
        #expect(before.status == 2 && before.err == runMedip(["schema", "--lang", "zh"]).err)
        #expect(before.err.contains("未知的选项 --lang"))
        #expect(before.err.contains("用法：见 medip schema --help --lang zh"))
        // A JSON error report is Chinese too.
        #expect(runMedip(["--lang", "zh", "show", "--format", "json"]).err.contains("\"message\":\"缺少 MEASURE-ID\""))
    }

    @Test func anEnglishOnlySubcommandShowsItsEnglishUnderChinese() {
        var legacy = Subcommand(["x"], summary: "an x", help: "USAGE: medip x") { _, _ in 0 }
        #expect(legacy.summary(in: .zh) == "an x" && legacy.help(in: .zh) == "USAGE: medip x")
        legacy.summary = "an x, renamed"
        #expect(legacy.summary(in: .en) == "an x, renamed" && legacy.summary(in: .zh) == "an x")
        let both = Subcommand(["x"], summary: LocalizedText(zh: "甲", en: "a"), help: LocalizedText(zh: "用法：medip x", en: "USAGE: medip x")) { _, _ in 0 }
        #expect(both.summary == "a" && both.summary(in: .zh) == "甲" && both.help == "USAGE: medip x")
    }
}
