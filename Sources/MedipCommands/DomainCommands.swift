import MedIPPolicy

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The `medip` subcommands of this group: case-file validation and patent-term arithmetic.
enum DomainCommands {
    /// Every subcommand of the group, in help order.
    static let all: [Subcommand] = [validate, patentExpiry]

    // MARK: validate

    static let validate = Subcommand(
        ["validate"],
        summary: LocalizedText(zh: "检查案件文件并列出每个问题", en: "Check a case file and list every problem"),
        help: LocalizedText(
            zh: """
                用法：medip validate CASE.json [--lang zh|en] [--format text|json] [--allow-unknown-keys]

                读取案件文件（见 Documentation/CaseFormat.md；"-" 表示读取标准输入），然后检查其中的事实，
                把每个问题输出为 "severity: path: message [code]"（--lang zh 时严重程度为 错误 或 警告）。
                没有错误时输出 "valid"（--lang zh 时为 "有效"；仍可能列出警告）。

                选项：
                  --lang zh|en         问题行（严重程度和信息）、结论行（有效，或错误与警告的数目）、
                                       错误信息和本帮助的语言（默认 en）；--format json 输出的每个
                                       问题都同时带有两种语言的信息
                  --format text|json   文本行（默认）或问题的 JSON 数组
                  --allow-unknown-keys 忽略案件文件格式未定义的键（默认视为错误：否则拼错的键
                                       会使一项事实被丢弃）；用于较新版本程序生成的文件

                退出状态：0 有效（允许有警告），1 文件无法读取或格式有误，或有任何错误级别的问题，
                2 用法错误。
                """,
            en: """
                USAGE: medip validate CASE.json [--lang zh|en] [--format text|json] [--allow-unknown-keys]

                Reads a case file (see Documentation/CaseFormat.md; "-" reads standard input), then
                checks its facts and prints every problem as "severity: path: message [code]".
                Prints "valid" when there is no error (warnings may be listed).

                OPTIONS:
                  --lang zh|en         the language (default en) of the issue lines (severity and message),
                                       of the verdict line (valid, or the counts of errors and warnings),
                                       of error messages and of this help; with --format json each issue
                                       carries its message in both languages
                  --format text|json   text lines (default) or a JSON array of issues
                  --allow-unknown-keys ignore keys the case-file format does not define (by
                                       default they are errors: a misspelt key would otherwise
                                       drop a fact); for files from a newer producer

                EXIT STATUS: 0 valid (warnings allowed), 1 unreadable or malformed file or any
                error-severity problem, 2 usage error.
                """)
    ) { arguments, io throws(CommandError) in
        let args = try Arguments(arguments, options: ["lang", "format"], flags: ["allow-unknown-keys"])
        try args.expectPositionals(atMost: 1)
        let path = try args.positional(0, "CASE.json")
        let language = try args.language()
        let json = try jsonFormat(args)
        let theCase = try readCase(path, io, options: decodingOptions(args))
        let issues = theCase.validate()
        let errors = issues.filter { $0.severity == .error }.count
        if json {
            io.write(try encodeText(issues) + "\n")
        } else {
            for issue in issues {
                io.print("\(issue.severity.label[language]): \(issue.text(in: language)) [\(issue.code)]")
            }
            let warnings = issues.count - errors
            if language == .zh {
                io.print(errors == 0 ? (warnings == 0 ? "有效" : "有效（\(warnings)个警告）") : "\(errors)个错误，\(warnings)个警告")
            } else if errors == 0 {
                io.print(warnings == 0 ? "valid" : "valid (\(warnings) warning\(warnings == 1 ? "" : "s"))")
            } else {
                io.print("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            }
        }
        return errors == 0 ? 0 : 1
    }

    // MARK: patent expiry

    static let patentExpiry = Subcommand(
        ["patent", "expiry"],
        summary: LocalizedText(zh: "计算专利权的届满：期限、审查延迟补偿、药品专利期限补偿上限、提前终止", en: "Compute a patent's expiry: term, adjustment, compensation ceiling, early end"),
        help: LocalizedText(
            zh: """
                用法：medip patent expiry --type TYPE --filed DATE [--adjustment-days N]
                                          [--compensation-days N] [--approved DATE]
                                          [--terminated DATE | --surrendered DATE | --invalidated DATE]
                                          [--format text|json] [--lang zh|en]
                      medip patent expiry --json PATENT.json [--format text|json] [--lang zh|en]

                按《专利法》第四十二条（2020年修正）计算专利权期限：发明专利权二十年，实用新型专利权
                十年，外观设计专利权十五年（2021-06-01 前申请的外观设计为十年），均自申请日起计算；再以日
                计入专利权期限补偿（审查延迟，第四十二条第二款）和药品专利期限补偿（第四十二条第三款），
                并给出补偿上限（补偿期限不超过五年；新药批准上市后总有效专利权期限不超过十四年）。每个
                终止日都是专利权不再受保护的第一天（《专利审查指南》第五部分第九章第2.1节：1999-09-06
                申请的专利，保护至 2009-09-05，于 2009-09-06 终止）。

                选项：
                  --type invention|utilityModel|design
                                             专利类型：发明、实用新型、外观设计
                  --filed DATE               申请日（YYYY-MM-DD）
                  --adjustment-days N        已给予的审查延迟期限补偿天数（仅限发明专利）
                  --compensation-days N      已给予的药品专利期限补偿天数
                  --approved DATE            新药获批上市的日期
                  --terminated DATE          自 DATE 起终止（例如未缴年费）
                  --surrendered DATE         自 DATE 起放弃
                  --invalidated DATE         于 DATE 被宣告全部无效
                  --json FILE                改为读取一个 Patent JSON 对象（"-" 表示标准输入）
                  --format text|json         文本（默认）或 JSON 格式的 PatentTerm

                退出状态：0 已计算，1 专利 JSON 无法读取或无效，或事实相互矛盾（天数为负、对非发明专利
                给予审查延迟补偿、药品专利期限补偿超过上限），2 用法错误。
                """,
            en: """
                USAGE: medip patent expiry --type TYPE --filed DATE [--adjustment-days N]
                                           [--compensation-days N] [--approved DATE]
                                           [--terminated DATE | --surrendered DATE | --invalidated DATE]
                                           [--format text|json] [--lang zh|en]
                       medip patent expiry --json PATENT.json [--format text|json] [--lang zh|en]

                Computes the term under Patent Law Art. 42 (2020 amendment): 20 years for an
                invention, 10 for a utility model, 15 for a design (10 for designs filed before
                2021-06-01), counted from the filing date; then term adjustment (Art. 42(2)) and drug
                term compensation (Art. 42(3)) in days, with the compensation ceiling (5 years; at
                most 14 years of term after the drug's approval). Every end date is the first day
                the patent no longer protects (CNIPA Examination Guidelines Part V Ch. 9 §2.1: a
                patent filed 1999-09-06 runs to 2009-09-05 and terminates on 2009-09-06).

                OPTIONS:
                  --type invention|utilityModel|design
                  --filed DATE               filing date (YYYY-MM-DD)
                  --adjustment-days N        term adjustment granted, days (inventions only)
                  --compensation-days N      term compensation granted, days
                  --approved DATE            the new drug's marketing-approval date
                  --terminated DATE          terminated (e.g. fees unpaid) from DATE
                  --surrendered DATE         surrendered from DATE
                  --invalidated DATE         declared wholly invalid on DATE
                  --json FILE                read a Patent JSON object instead ("-" for stdin)
                  --format text|json         text (default) or the PatentTerm as JSON

                EXIT STATUS: 0 computed, 1 unreadable/invalid patent JSON or inconsistent facts
                (negative days, adjustment on a non-invention, compensation above its ceiling),
                2 usage error.
                """)
    ) { arguments, io throws(CommandError) in
        let args = try Arguments(
            arguments,
            options: ["type", "filed", "adjustment-days", "compensation-days", "approved", "terminated",
                      "surrendered", "invalidated", "json", "format", "lang"])
        try args.expectPositionals(atMost: 0)
        let language = try args.language()
        let json = try jsonFormat(args)
        let term: PatentTerm
        var problems: [ErrorReport.Problem] = []
        if let file = args.option("json") {
            let factOptions = ["type", "filed", "adjustment-days", "compensation-days", "approved",
                               "terminated", "surrendered", "invalidated"]
            if let clash = factOptions.first(where: { args.option($0) != nil }) {
                throw .usage(zh: "--json 不能与 --\(clash) 同时使用", en: "--json cannot be combined with --\(clash)")
            }
            let bytes = try io.readFile(file, limit: CaseFile.maxBytes)
            let patent: Patent
            do throws(CaseFileError) {
                patent = try CaseFile.decode(Patent.self, from: Data(bytes))
            } catch {
                throw .decoding(error, file: file)
            }
            term = patent.term()
            problems = patent.validate(path: "patent")
                .filter { $0.severity == .error }
                .map { ErrorReport.Problem($0) }
        } else {
            guard let typeText = args.option("type"), let filedText = args.option("filed") else {
                throw .usage(zh: "需要 --type 和 --filed，或 --json FILE", en: "needs --type and --filed, or --json FILE")
            }
            guard let type = PatentType(rawValue: typeText) else {
                let quoted = typeText.escapedForMessage()
                throw .usage(
                    zh: "--type：未知的取值 \"\(quoted)\"（应为 \(PatentType.allowedValuesList) 之一）",
                    en: "--type: unknown value \"\(quoted)\" (expected \(PatentType.allowedValuesList))")
            }
            let filed = try Arguments.date(filedText, "--filed")
            let adjustment = try args.option("adjustment-days").map { text throws(CommandError) in
                try Arguments.integer(text, "--adjustment-days")
            } ?? 0
            let compensation = try args.option("compensation-days").map { text throws(CommandError) in
                try Arguments.integer(text, "--compensation-days")
            } ?? 0
            let approved = try args.option("approved").map { text throws(CommandError) in
                try Arguments.date(text, "--approved")
            }
            var history: [PatentStatusEvent] = []
            let endings: [(String, PatentStatusEventKind)] = [
                ("terminated", .terminated), ("surrendered", .surrendered), ("invalidated", .invalidatedWhole),
            ]
            let given = endings.filter { args.option($0.0) != nil }
            if given.count > 1 {
                throw .usage(
                    zh: "--terminated、--surrendered、--invalidated 最多只能给出一个",
                    en: "give at most one of --terminated, --surrendered, --invalidated")
            }
            if let (name, kind) = given.first, let text = args.option(name) {
                history.append(PatentStatusEvent(date: try Arguments.date(text, "--\(name)"), event: kind))
            }
            term = PatentTerm(
                type: type, filingDate: filed, adjustmentDays: adjustment, compensationDays: compensation,
                drugApprovalDate: approved, statusHistory: history)
            func problem(_ code: String, _ option: String, zh: String, en: String) {
                problems.append(ErrorReport.Problem(code: code, path: option, text: LocalizedText(zh: zh, en: en)))
            }
            if adjustment < 0 {
                problem("negativeDays", "--adjustment-days", zh: "期限补偿（审查延迟）天数不能为负", en: "--adjustment-days must not be negative")
            }
            if compensation < 0 {
                problem("negativeDays", "--compensation-days", zh: "药品专利期限补偿天数不能为负", en: "--compensation-days must not be negative")
            }
            if adjustment > 0 && type != .invention {
                problem("adjustmentNotInvention", "--adjustment-days", zh: "审查延迟期限补偿仅适用于发明专利", en: "term adjustment is for inventions only")
            }
            if term.compensationExceedsCeiling {
                problem(
                    "compensationAboveCeiling", "--compensation-days",
                    zh: "期限补偿\(compensation)日超过上限\(term.compensationCeilingDays)日",
                    en: "term compensation of \(compensation) days exceeds the ceiling of \(term.compensationCeilingDays) days")
            }
        }
        if json {
            io.write(try encodeText(term) + "\n")
        } else {
            io.print(describe(term, language))
        }
        if json && !problems.isEmpty {
            var error = CommandError.badInput(
                zh: problems.map(\.text.zh).joined(separator: "；"), en: problems.map(\.text.en).joined(separator: "; "),
                code: "inconsistentFacts")
            error.problems = problems
            error.complete = true
            throw error
        }
        // Not a failure report but the command's own output on standard error, in its `--lang`.
        for problem in problems {
            let location = problem.path.map { $0.hasPrefix("--") ? "" : $0 + (language == .zh ? "：" : ": ") } ?? ""
            io.error((language == .zh ? "问题：" : "problem: ") + location + problem.text[language])
        }
        return problems.isEmpty ? 0 : 1
    }

    // MARK: Helpers

    static func jsonFormat(_ args: Arguments) throws(CommandError) -> Bool {
        switch args.option("format") ?? "text" {
        case "text": false
        case "json": true
        case let other: throw ErrorReport.formatError(other)
        }
    }

    /// How `--allow-unknown-keys` asks case files to be read.
    static func decodingOptions(_ args: Arguments) -> CaseFile.DecodingOptions {
        args.flag("allow-unknown-keys") ? .allowingUnknownKeys : .strict
    }

    static func readCase(_ path: String, _ io: CommandIO, options: CaseFile.DecodingOptions) throws(CommandError) -> Case {
        let bytes = try io.readFile(path, limit: CaseFile.maxBytes)
        do throws(CaseFileError) {
            // The fast reader: exactly `CaseFile.decode`'s case or error, without paying for
            // `JSONDecoder` (most of a one-case command's run) unless the input needs it.
            return try CaseFile.decodeFast(bytes, options: options)
        } catch {
            throw .decoding(error, file: path)
        }
    }

    static func encodeText(_ value: some Encodable) throws(CommandError) -> String {
        do {
            return String(decoding: try CaseFile.encode(value), as: UTF8.self)
        } catch {
            throw .badInput(error.localizedMessage)
        }
    }

    static func describe(_ term: PatentTerm, _ language: Language) -> String {
        let zh = language == .zh
        var lines: [(String, String)] = []
        lines.append((zh ? "专利类型" : "type", "\(term.type.rawValue) (\(term.type.name.zh))"))
        lines.append((zh ? "申请日" : "filed", term.filingDate.description))
        lines.append((zh ? "法定期限" : "statutory term",
                      zh ? "\(term.statutoryYears)年，期满终止日 \(term.nominalExpiry)"
                         : "\(term.statutoryYears) years, ends \(term.nominalExpiry)"))
        lines.append((zh ? "审查延迟补偿" : "adjustment",
                      "+\(term.adjustmentDays) \(zh ? "日" : "days") → \(term.adjustedExpiry)"))
        let basis = term.ceilingSetByApprovalCap
            ? (zh ? "上市后不超过14年" : "14 years after approval")
            : (zh ? "不超过5年" : "5-year cap")
        lines.append((zh ? "药品专利期限补偿" : "compensation",
                      zh ? "+\(term.compensationDays)日（上限\(term.compensationCeilingDays)日，至 \(term.compensationCeiling)，\(basis)）"
                         : "+\(term.compensationDays) days (ceiling \(term.compensationCeilingDays) days, up to \(term.compensationCeiling); \(basis))"))
        lines.append((zh ? "届满日" : "expiry", term.expiry.description))
        if let early = term.endedEarly {
            lines.append((zh ? "提前终止" : "ended early", "\(early.date) (\(zh ? early.reason.name.zh : early.reason.name.en))"))
        }
        lines.append((zh ? "保护终止日" : "protection ends", zh ? "\(term.end)（当日起不再有效）" : "\(term.end) (first day not in force)"))
        lines.append((zh ? "最后有效日" : "last day in force", term.lastDayInForce.description))
        let width = lines.map(\.0.count).max() ?? 0
        return lines.map { $0.0 + String(repeating: " ", count: width - $0.0.count + 2) + $0.1 }
            .joined(separator: "\n")
    }
}
