import MedIPPolicy

/// `medip screen --horizon DATE | --within N[d|w|m|y] [--changes-only]`: screening with early
/// warning. Kept apart from the plain screening path, whose output it leaves byte for byte as it is.
extension ScreeningCommands {
    /// The options and flag the horizon adds to `medip screen`.
    static let horizonOptions: Set<String> = ["horizon", "within"]
    static let horizonFlags: Set<String> = ["changes-only"]

    /// The help lines for the horizon options, in both languages.
    static let horizonHelp = LocalizedText(
        zh: """
              --horizon YYYY-MM-DD 另外找出每个案件在此日期（含）之前的下一次变化（预警）：每个已作出
                                   决定的行增加 "nextChange"（日期、变化的方面、变化前后的处理方式、
                                   原因），摘要按变化类型和月份统计将发生变化的案件
              --within N[d|w|m|y]  同上，截止日为 --as-of 之后 N 天（周、月、年），例如 --within 30d
                                   （N：数字，1…36500，截止日不晚于 9999-12-31）；不能与 --horizon 同用
              --changes-only       给出截止日时，只写出决定在截止日前发生变化的案件（以及失败的案件）；
                                   不能与 --verdicts 同用。给出截止日时，--summary-json 的内容为
                                   {"screening": 通常的摘要, "horizon": {"through", "changing", "byKind", "byMonth"}}
            """,
        en: """
              --horizon YYYY-MM-DD also find each case's next change on or before this date (early
                                   warning): every decided line gains "nextChange" (date, aspects,
                                   disposition before/after, causes), and the summary counts the
                                   cases that change by kind and by month
              --within N[d|w|m|y]  the same with the horizon N days (weeks, months, years) after
                                   --as-of, e.g. --within 30d (N: digits, 1…36500, ending on or
                                   before 9999-12-31); not with --horizon
              --changes-only       with a horizon, write only the cases whose decision changes
                                   within it (and the cases that failed); not with --verdicts.
                                   With a horizon, --summary-json holds {"screening": the usual
                                   summary, "horizon": {"through", "changing", "byKind", "byMonth"}}
            """)

    /// The horizon the options ask for, or `nil` without --horizon / --within.
    static func horizon(_ arguments: Arguments, asOf: CivilDate) throws(CommandError) -> ScreeningHorizon? {
        let changesOnly = arguments.flag("changes-only")
        let through: CivilDate
        switch (arguments.option("horizon"), arguments.option("within")) {
        case (nil, nil):
            if changesOnly { throw .usage(zh: "--changes-only 需要 --horizon 或 --within", en: "--changes-only needs --horizon or --within") }
            return nil
        case (let text?, nil):
            through = try Arguments.date(text, "--horizon")
        case (nil, let text?):
            through = try within(text, from: asOf)
        case (_?, _?):
            throw .usage(zh: "--horizon 与 --within 不能同时使用", en: "--horizon and --within exclude each other")
        }
        guard through >= asOf else {
            throw .usage(zh: "--horizon（\(through)）早于 --as-of（\(asOf)）", en: "--horizon (\(through)) is before --as-of (\(asOf))")
        }
        if arguments.flag("verdicts") {
            throw .usage(
                zh: "--horizon 和 --within 输出的是决定；不能与 --verdicts 同时使用",
                en: "--horizon and --within write decisions; not with --verdicts")
        }
        return ScreeningHorizon(through: through, changesOnly: changesOnly)
    }

    /// `N` followed by `d`, `w`, `m` or `y`, counted from `from` in calendar days, weeks,
    /// months or years (a month or year ends on the corresponding day, or the month's last day).
    static func within(_ text: String, from: CivilDate) throws(CommandError) -> CivilDate {
        let units: [Character: PeriodUnit] = ["d": .days, "w": .weeks, "m": .months, "y": .years]
        let digits = text.dropLast()
        guard let last = text.last, let unit = units[last], !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let value = Int(digits), value >= 1
        else {
            let quoted = text.escapedForMessage()
            throw .usage(
                zh: "--within 必须是正整数后接 d、w、m 或 y（例如 30d），不能是 \"\(quoted)\"",
                en: "--within must be a positive whole number followed by d, w, m or y (e.g. 30d), not \"\(quoted)\"")
        }
        guard value <= 36_500 else {
            let quoted = text.escapedForMessage()
            throw .usage(zh: "--within 最多为其单位的 36500 倍，不能是 \(quoted)", en: "--within must be at most 36500 of its unit, not \(quoted)")
        }
        let date: CivilDate
        do throws(CivilDateError) {
            switch unit {
            case .weeks: date = try from.adding(days: value * 7)
            case .months: date = try from.adding(months: value)
            case .years: date = try from.adding(years: value)
            default: date = try from.adding(days: value)
            }
        } catch {
            let quoted = text.escapedForMessage()
            throw .usage(
                zh: "从 --as-of \(from) 起算 --within \(quoted) 超过了 9999-12-31",
                en: "--within \(quoted) from --as-of \(from) goes past 9999-12-31")
        }
        return date
    }

    /// Runs the screening with a horizon and writes the summaries; returns the exit status.
    static func screenWithHorizon(
        _ horizon: ScreeningHorizon, screener: Screener, reader: LineReader, writer: BufferedWriter,
        progress: ProgressBar, summaryPath: String?, strict: Bool, language: Language, io: CommandIO
    ) throws(CommandError) -> Int32 {
        let result = try runScreening(writer: writer, progress: progress, summaryPath: summaryPath, io: io) {
            try screener.screenJSONLines(
                horizon: horizon,
                runs: reader,
                write: { bytes in try writer.write(bytes) },
                progress: { lines, bytes in progress.update(lines: lines, bytes: bytes) })
        } record: { HorizonSummaryFile(screening: $0.summary, horizon: $0.ahead) }
        io.error(render(result.summary, language))
        io.error(render(result.ahead, asOf: screener.asOf, language))
        return strict && result.summary.failed > 0 ? 1 : 0
    }

    /// The `--summary-json` file with a horizon: the screening summary and what lies ahead.
    struct HorizonSummaryFile: Encodable {
        var screening: ScreeningSummary
        var horizon: HorizonSummary
    }
}
