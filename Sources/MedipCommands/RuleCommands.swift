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
        ["evaluate"], summary: "Decide a case: may this product be listed on a date, and why",
        help: """
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
            \(EvaluatorOptions.help)

            Exit 0 with a decision; 1 when the file cannot be read or parsed, the case is invalid
            (every problem is listed), a --schedule file is invalid, or (with --strict-dates) a
            due date needs a year with no working-day schedule; 2 for a usage error.
            """
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
            io.print(try JSONOutput.encode(decision))
        } else {
            io.print(decision.explanation(in: language))
        }
        return 0
    }

    // MARK: rules

    static let rules = Subcommand(
        ["rules"], summary: "List the decision rules, optionally for one measure",
        help: """
            USAGE: medip rules [--measure MEASURE-ID] [--format text|json] [--lang zh|en]

            Lists every rule of the shipped rule set: id, the measure it cites, its condition and
            effects. JSON is an array of rule objects with at least "id" and "measure".
            Exit 1 for an unknown measure.
            """
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
        ["analyze"], summary: "Check the rules for conflicts, dead rules and override cycles",
        help: """
            USAGE: medip analyze [RULES.json | -] [--format text|json]

            Checks the shipped rule set, or the rule set in RULES.json (`-` for standard input),
            over the predicate space: rules that can fire together with dispositions the lattice
            does not settle and no override (with a counterexample), rules that can never fire,
            override cycles, vacuous overrides, and citations of unknown measures. A rule set is
            read strictly (unknown keys, unknown measures, duplicate ids, overrides of rules not
            in the set, offsets the evaluator cannot count are errors naming the path, exit 1).
            The analysis has a fixed work budget; what it cannot decide is reported as
            "undecided". Exit 0 only when there are no findings, 1 otherwise.
            """
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
