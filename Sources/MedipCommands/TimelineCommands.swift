import MedIPPolicy

/// `medip timeline`: how a case's decision changes over a window of dates (early warning, 预警).
enum TimelineCommands {
    /// Every subcommand of the group, in help order.
    static let all: [Subcommand] = [timeline]

    static let timeline = Subcommand(
        ["timeline"], summary: LocalizedText(zh: "预警：案件的决定在一段时间内如何变化，原因为何", en: "Early warning: how a case's decision changes over a window, and why"),
        help: LocalizedText(
            zh: """
                用法：medip timeline CASE.json [--from YYYY-MM-DD] [--through YYYY-MM-DD]
                                     [--format text|json|svg] [--lang zh|en]
                                     [--allow-unknown-keys] [--schedule FILE.csv]... [--strict-dates]

                输出 --from（默认：北京时间 UTC+8 的当天）的决定，再列出其后直到 --through（默认：--from
                之后一年）决定发生变化的每个日期：变化了什么（处理方式、产生或逾期的义务、后果、提示、
                适用文件），以及使其变化的有日期的事实或规则（专利权最后有效日、市场独占期届满、意见的
                规定期限、按工作日计算的义务期限、文件施行的第一天）。一个时段中每一天的决定，都与
                `medip evaluate --as-of` 在该日给出的决定相同。时间线假定事实如所记录：不预测任何未记录的
                未来事件。
                --format json 输出 Timeline；--format svg 以 --lang 的语言把它画出来（专利权期限、市场
                独占期、各项期限和处理方式画在同一条日期轴上，并标出每个文件的施行日期）。CASE.json 可为
                -，表示标准输入。

                选项：
                \(EvaluatorOptions.help.zh)

                退出状态：0 已生成时间线；1 文件无法读取或解析、案件无效、--schedule 文件无效，或（使用
                --strict-dates 时）某个义务期限所需的年份没有工作日安排；2 用法错误（包括 --through 早于
                --from）。
                """,
            en: """
                USAGE: medip timeline CASE.json [--from YYYY-MM-DD] [--through YYYY-MM-DD]
                                      [--format text|json|svg] [--lang zh|en]
                                      [--allow-unknown-keys] [--schedule FILE.csv]... [--strict-dates]

                Prints the decision on --from (default: today's date in Beijing, UTC+8), then every
                later date up to --through (default: one year after --from) on which it changes:
                what changed (disposition, obligations arising or overdue, consequences, flags, the
                documents in force) and the dated fact or rule that makes it change (a patent's last
                day in force, an exclusivity's end, an opinion deadline, a due date counted in
                working days, a document's first day). The decision on every date of a segment is
                the one `medip evaluate --as-of` gives on that date. The timeline assumes the facts
                as recorded: no unrecorded future event is foreseen.
                --format json prints the Timeline; --format svg draws it (patents' terms, market
                exclusivities, deadlines and the disposition on one date axis, each document's
                effective date marked) in the --lang language. CASE.json may be - for standard input.

                OPTIONS:
                \(EvaluatorOptions.help.en)

                Exit 0 with a timeline; 1 when the file cannot be read or parsed, the case is invalid,
                a --schedule file is invalid, or (with --strict-dates) a due date needs a year with
                no working-day schedule; 2 for a usage error (including --through before --from).
                """)
    ) { args, io throws(CommandError) in
        let arguments = try Arguments(
            args, options: ["from", "through", "format", "lang"], flags: Set(["allow-unknown-keys"]).union(EvaluatorOptions.flags),
            repeatable: EvaluatorOptions.repeatable)
        try arguments.expectPositionals(atMost: 1)
        let path = try arguments.positional(0, "CASE.json")
        let from = try arguments.option("from").map { text throws(CommandError) in try Arguments.date(text, "--from") }
            ?? RuleCommands.todayInBeijing()
        let through = try arguments.option("through").map { text throws(CommandError) in try Arguments.date(text, "--through") }
            ?? from.saturatingAdding(years: 1)
        guard from <= through else {
            throw .usage(zh: "--through（\(through)）早于 --from（\(from)）", en: "--through (\(through)) is before --from (\(from))")
        }
        let language = try arguments.language()
        let format = try OutputFormat.parse(arguments, allowed: [.text, .json, .svg])
        let evaluator = try EvaluatorOptions.evaluator(arguments, io)
        let facts = try DomainCommands.readCase(path, io, options: DomainCommands.decodingOptions(arguments))
        let timeline: Timeline
        do {
            timeline = try evaluator.timeline(facts, from: from, through: through)
        } catch let error as EvaluationError {
            throw .evaluation(error, file: path)
        } catch {
            throw .unexpected(error)
        }
        switch format {
        case .json: io.print(try JSONOutput.encode(timeline))
        case .svg: io.print(TimelineSVG(timeline: timeline, facts: facts, evaluator: evaluator, language: language).render())
        case .text, .csv, .markdown: io.print(timeline.explanation(in: language))
        }
        return 0
    }
}
