import Foundation
import MedIPPolicy
import MedIPPolicyTesting
import MedipCommands
import Testing

/// What `--lang` governs, as the help describes it — error messages, help and a command's text
/// output, not its data — and `medip --version` with `--lang` in either position.
@Suite struct LangOptionTests {
    /// The description of `--lang` in a help's option list: its line and the lines continuing it.
    static func langDescription(_ help: String) -> String? {
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.trimmingPrefix(while: \.isWhitespace).hasPrefix("--lang zh|en ") }) else { return nil }
        let indent = lines[start].prefix(while: \.isWhitespace).count
        let continuation = lines[(start + 1)...].prefix { line in
            let leading = line.prefix(while: \.isWhitespace).count
            return leading > indent + 2 && !line.trimmingPrefix(while: \.isWhitespace).hasPrefix("--")
        }
        return ([lines[start]] + continuation).joined(separator: "\n")
    }

    /// Every help that describes `--lang` says it chooses the language of the help itself too,
    /// and of error messages, in both languages.
    @Test(arguments: Medip.subcommands.map(\.path))
    func everyLangDescriptionNamesTheHelpAndTheErrors(_ path: [String]) throws {
        let command = try #require(Medip.subcommands.first { $0.path == path })
        let english = Self.langDescription(command.help(in: .en))
        let chinese = Self.langDescription(command.help(in: .zh))
        #expect((english == nil) == (chinese == nil), "\(path)")
        if let english, let chinese {
            #expect(english.contains("this help") && english.contains("error messages"), "\(english)")
            #expect(chinese.contains("本帮助") && chinese.contains("错误信息"), "\(chinese)")
        }
    }

    @Test func theOverviewSaysWhatLangGovernsInBothLanguages() {
        let english = runMedip(["--help"]).out
        let chinese = runMedip(["--help", "--lang", "zh"]).out
        #expect(english.contains("--lang zh|en (default en) chooses the language"))
        #expect(english.contains("medip --version --lang zh"))
        #expect(chinese.contains("--lang zh|en（默认 en）选择"))
        #expect(chinese.contains("medip --version --lang zh"))
    }

    /// The calendar commands: their output is the same dates and numbers in both languages; a
    /// failure's message and the help follow `--lang`.
    @Test func calendarOutputIsTheSameInBothLanguages() throws {
        for arguments in [["calendar", "add-working-days", "2026-09-28", "5"], ["calendar", "between", "2026-09-28", "2026-10-12"],
                          ["calendar", "list", "--from", "2026-09-28", "--to", "2026-10-09"]] {
            let english = runMedip(arguments + ["--lang", "en"])
            let chinese = runMedip(arguments + ["--lang", "zh"])
            #expect(english.status == 0 && !english.out.isEmpty)
            #expect(chinese.out == english.out, "\(arguments)")
        }
        let failure = runMedip(["calendar", "add-working-days", "2026-02-30", "5", "--lang", "zh"])
        #expect(failure.status != 0 && hasChinese(failure.err))
        #expect(!hasChinese(runMedip(["calendar", "add-working-days", "2026-02-30", "5"]).err))
    }

    /// `validate`: the issue lines and the verdict line follow `--lang`; the JSON issues carry
    /// both languages and are the same bytes either way.
    @Test func validateTextFollowsLangAndItsJSONDoesNot() throws {
        let generated = Array(InvalidCaseGenerator(seed: 9, kinds: InvalidCaseGenerator.validationCodes.map { .validation($0) }).prefix(1))
        let invalid = try #require(generated.first)
        let issues = try #require(invalid.facts).validate()
        #expect(!issues.isEmpty)
        let bytes = Array(invalid.caseFile)
        let english = runMedip(["validate", "-", "--lang", "en"], stdin: bytes)
        let chinese = runMedip(["validate", "-", "--lang", "zh"], stdin: bytes)
        for issue in issues {
            #expect(english.out.contains(issue.message.en) && english.out.contains(issue.severity.rawValue + ": "))
            #expect(chinese.out.contains(issue.message.zh))
        }
        // The verdict line (the last): English words under en, none under zh.
        let englishVerdict = String(english.out.split(separator: "\n").last ?? "")
        let chineseVerdict = String(chinese.out.split(separator: "\n").last ?? "")
        #expect(englishVerdict.contains("error") || englishVerdict.hasPrefix("valid"), "\(englishVerdict)")
        #expect(hasChinese(chineseVerdict) && chineseVerdict.allSatisfy { !$0.isASCII || !$0.isLetter }, "\(chineseVerdict)")
        let jsonEnglish = runMedip(["validate", "-", "--format", "json", "--lang", "en"], stdin: bytes)
        let jsonChinese = runMedip(["validate", "-", "--format", "json", "--lang", "zh"], stdin: bytes)
        #expect(!jsonEnglish.out.isEmpty && jsonChinese.out == jsonEnglish.out)
    }

    // MARK: medip --version

    /// The version line is the library's version, which has no prose: the same under either
    /// language, with `--lang` before or after `--version`.
    @Test(arguments: [
        ["--version"], ["--version", "--lang", "zh"], ["--lang", "zh", "--version"], ["--version", "--lang=zh"], ["--lang=zh", "--version"],
        ["--version", "--lang", "en"], ["--lang", "en", "--version"],
    ])
    func versionTakesLangInEitherPosition(_ arguments: [String]) {
        let result = runMedip(arguments)
        #expect(result.status == 0)
        #expect(result.err.isEmpty)
        #expect(result.out == MedIPPolicyVersion.current + "\n")
    }

    @Test(arguments: [
        ["--version", "--lang", "xx"], ["--lang", "xx", "--version"], ["--version", "--lang"],
        ["--version", "--lang", "zh", "--lang", "en"], ["--lang", "zh", "--version", "--lang", "zh"],
    ])
    func aBadOrRepeatedLangOnVersionIsAUsageError(_ arguments: [String]) {
        let result = runMedip(arguments)
        #expect(result.status == 2)
        #expect(result.out.isEmpty)
        #expect(result.err.contains("--lang"))
    }

    @Test func somethingElseAfterVersionIsStillAnError() {
        let result = runMedip(["--version", "--lang", "zh", "extra"])
        #expect(result.status == 2)
        #expect(result.out.isEmpty)
    }
}
