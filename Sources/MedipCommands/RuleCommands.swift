import MedIPPolicy

/// `medip evaluate`, `rules`, `rules digest`, `analyze`: the decision-bearing rules.
enum RuleCommands {
    /// Every subcommand of the group, in help order.
    static let all: [Subcommand] = [evaluate, rules, digest, analyze]

    static let evaluator = Evaluator()

    /// Today's civil date in Beijing (UTC+8), the default as-of date of `medip evaluate`.
    static func todayInBeijing() -> CivilDate {
        (try? CivilDate.today()) ?? CivilDate.minimum
    }

    // MARK: evaluate

    static let evaluate = Subcommand(
        ["evaluate"], summary: LocalizedText(zh: "对案件作出决定：该产品在某日能否挂网，依据为何", en: "Decide a case: may this product be listed on a date, and why"),
        help: LocalizedText(
            zh: """
                用法：medip evaluate CASE.json [--as-of YYYY-MM-DD] [--format text|json] [--lang zh|en]
                                     [--allow-unknown-keys] [--schedule FILE.csv]... [--strict-dates]

                适用案件所在地区在评估日（默认：北京时间 UTC+8 的当天）施行的文件，输出处理方式、义务、
                后果和提示，每项都引用其规则和措施。暂缓挂网时，指明阻碍挂网的专利及其日期的由来（申请日
                + 法定期限、审查延迟补偿、药品专利期限补偿；JSON 中为 "blockingPatent"）。--format json
                输出完整的 Decision，包括每条规则的追踪记录。CASE.json 可为 -，表示标准输入。
                案件文件格式未定义的键视为错误，除非用 --allow-unknown-keys 忽略它（用于较新版本程序
                生成的文件）。
                义务期限落在没有工作日安排的年份（既不在内置的 \(CalendarCommands.builtInYears) 之中，也未通过
                --schedule 或 MEDIP_SCHEDULES 提供）时，报告为未知，并给出该年份及其起算的案件字段；决定的
                其余部分不受影响。

                选项：
                \(EvaluatorOptions.help.zh)

                退出状态：0 已作出决定；1 文件无法读取或解析、案件无效（列出每个问题）、--schedule 文件
                无效，或（使用 --strict-dates 时）某个义务期限所需的年份没有工作日安排；2 用法错误。
                """,
            en: """
                USAGE: medip evaluate CASE.json [--as-of YYYY-MM-DD] [--format text|json] [--lang zh|en]
                                      [--allow-unknown-keys] [--schedule FILE.csv]... [--strict-dates]

                Applies the regime in force for the case's jurisdiction on the as-of date (default:
                today's date in Beijing, UTC+8) and prints the disposition, obligations, consequences
                and flags, each citing its rule and measure. A deferral names the patent that blocks
                the listing and how its date arises (filing date + statutory term, adjustment,
                compensation; JSON "blockingPatent"). --format json prints the full Decision,
                including the trace of every rule. CASE.json may be - for standard input.
                A key the case-file format does not define is an error unless --allow-unknown-keys
                (for files from a newer producer) ignores it.
                A due date in a year with no working-day schedule (neither built in, \(CalendarCommands.builtInYears),
                nor supplied with --schedule or MEDIP_SCHEDULES) is reported as unknown, with the year
                and the case field it counts from; the rest of the decision stands.

                OPTIONS:
                \(EvaluatorOptions.help.en)

                Exit 0 with a decision; 1 when the file cannot be read or parsed, the case is invalid
                (every problem is listed), a --schedule file is invalid, or (with --strict-dates) a
                due date needs a year with no working-day schedule; 2 for a usage error.
                """)
    ) { args, io throws(CommandError) in
        let arguments = try Arguments(
            args, options: ["as-of", "format", "lang"], flags: Set(["allow-unknown-keys"]).union(EvaluatorOptions.flags),
            repeatable: EvaluatorOptions.repeatable)
        try arguments.expectPositionals(atMost: 1)
        let path = try arguments.positional(0, "CASE.json")
        let asOf = try arguments.option("as-of").map { text throws(CommandError) in try Arguments.date(text, "--as-of") } ?? todayInBeijing()
        let language = try arguments.language()
        let format = try OutputFormat.parse(arguments)
        let evaluator = try EvaluatorOptions.evaluator(arguments, io)
        let facts = try DomainCommands.readCase(path, io, options: DomainCommands.decodingOptions(arguments))
        let decision: Decision
        do {
            decision = try evaluator.evaluate(facts, asOf: asOf)
        } catch let error as EvaluationError {
            throw .evaluation(error, file: path)
        } catch {
            throw .unexpected(error)
        }
        if format == .json {
            // `JSONOutput.encode`'s bytes, by the library's hand-made writer.
            io.print(String(decoding: decision.prettyJSON(), as: UTF8.self))
        } else {
            io.print(decision.explanation(in: language))
        }
        return 0
    }

    // MARK: rules

    static let rules = Subcommand(
        ["rules"], summary: LocalizedText(zh: "列出决定规则，可只列一项措施的规则", en: "List the decision rules, optionally for one measure"),
        help: LocalizedText(
            zh: """
                用法：medip rules [--measure MEASURE-ID] [--format text|json] [--lang zh|en]

                列出随库提供的规则集中的每条规则：id、所引用的措施、条件和效果。JSON 为规则对象的数组，
                每个对象至少有 "id" 和 "measure"。
                措施未知时退出状态为 1。
                """,
            en: """
                USAGE: medip rules [--measure MEASURE-ID] [--format text|json] [--lang zh|en]

                Lists every rule of the shipped rule set: id, the measure it cites, its condition and
                effects. JSON is an array of rule objects with at least "id" and "measure".
                Exit 1 for an unknown measure.
                """)
    ) { args, io throws(CommandError) in
        let arguments = try Arguments(args, options: ["measure", "format", "lang"])
        try arguments.expectPositionals(atMost: 0)
        let language = try arguments.language()
        var selected = RuleSet.standard.rules.sorted { $0.id < $1.id }
        if let text = arguments.option("measure") {
            let id = try CatalogCommands.measure(text).id
            selected = selected.filter { $0.measure == id }
        }
        if try OutputFormat.parse(arguments) == .json {
            io.print(try JSONOutput.encode(selected))
            return 0
        }
        let zh = language == .zh
        for rule in selected {
            io.print("\(rule.id)")
            io.print("  \(rule.summary[language])")
            io.print("  \(zh ? "条件：" : "when: ")\(rule.condition)")
            for effect in rule.effects { io.print("  \(zh ? "则：" : "then: ")\(describe(effect, language))") }
            if !rule.overrides.isEmpty {
                io.print("  \(zh ? "优先于：" : "overrides: ")\(rule.overrides.map(\.description).joined(separator: ", "))")
            }
        }
        return 0
    }

    static func describe(_ effect: Effect, _ language: Language) -> String {
        switch effect {
        case .disposition(let template):
            template.kind.label[language] + (template.date.map { " [\($0)]" } ?? "")
        case .obligation(let template):
            "\(template.actor): \(template.action[language])"
                + (template.due.map { language == .zh ? " [期限 \($0)]" : " [due \($0)]" } ?? "")
        case .consequence(let kind):
            kind.label[language]
        case .flag(let kind):
            (language == .zh ? "标记：" : "flag: ") + kind.label[language]
        }
    }

    // MARK: analyze

    static let analyze = Subcommand(
        ["analyze"], summary: LocalizedText(zh: "检查规则的冲突、永不触发的规则和优先关系的循环", en: "Check the rules for conflicts, dead rules and override cycles"),
        help: LocalizedText(
            zh: """
                用法：medip analyze [RULES.json | -] [--format text|json]

                在谓词空间上检查随库提供的规则集，或 RULES.json 中的规则集（`-` 表示标准输入）：可能同时
                触发、其处理方式无法由处理方式的优先次序决定又没有优先关系的规则（附反例）、永远不会触发的
                规则、优先关系的循环、不起作用的优先关系，以及对未知措施的引用。规则集按严格方式读取（未知
                的键、未知的措施、重复的 id、对集合中不存在的规则的优先关系、评估器无法计算的偏移量，都是
                指明路径的错误，退出状态为 1）。分析有固定的工作量上限；无法判定的报告为 "undecided"。
                没有任何发现时退出状态才为 0，否则为 1。
                """,
            en: """
                USAGE: medip analyze [RULES.json | -] [--format text|json]

                Checks the shipped rule set, or the rule set in RULES.json (`-` for standard input),
                over the predicate space: rules that can fire together with dispositions the lattice
                does not settle and no override (with a counterexample), rules that can never fire,
                override cycles, vacuous overrides, and citations of unknown measures. A rule set is
                read strictly (unknown keys, unknown measures, duplicate ids, overrides of rules not
                in the set, offsets the evaluator cannot count are errors naming the path, exit 1).
                The analysis has a fixed work budget; what it cannot decide is reported as
                "undecided". Exit 0 only when there are no findings, 1 otherwise.
                """)
    ) { args, io throws(CommandError) in
        let arguments = try Arguments(args, options: ["format"])
        try arguments.expectPositionals(atMost: 1)
        let format = try OutputFormat.parse(arguments)
        var set = RuleSet.standard
        if let path = arguments.positionals.first {
            let bytes = try io.readFile(path, limit: RuleSet.maximumJSONBytes)
            do throws(RuleSetDecodingError) {
                set = try RuleSet.decode(json: Data(bytes))
            } catch {
                // `analyze` takes no --lang; the reason is the library's English (RuleSetDecodingError).
                throw CommandError.badInput(
                    zh: "\(path)：规则集无效：\(error)", en: "\(path): \(error)", code: "invalidRuleSet"
                ).at(file: path, path: error.path)
            }
        }
        let findings = set.analyze()
        if format == .json {
            io.print(try JSONOutput.encode(["findings": findings]))
        } else if findings.isEmpty {
            io.print("\(set.rules.count) rules checked: no findings")
        } else {
            for finding in findings { io.print(finding.description) }
        }
        return findings.isEmpty ? 0 : 1
    }
}
