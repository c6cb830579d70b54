import MedIPPolicy

/// The `medip calendar` subcommands: the official Chinese working-day calendar.
///
/// Every command uses ``WorkingDayCalendar/china`` (its built-in years, ``builtInYears``),
/// extended with the years of the `--schedule FILE.csv` files and `MEDIP_SCHEDULES` when given. A date in a year with no schedule is bad input (exit 1).
enum CalendarCommands {
    /// Every subcommand of the group, in help order.
    static let all: [Subcommand] = [list, addWorkingDays, addDays, between]

    /// The most a `calendar list` may span, in years.
    static let maximumListYears = 10

    /// The years the built-in schedule covers, e.g. `2022–2026`: help texts name them from the
    /// data, so adding a year changes no text.
    static let builtInYears = yearRange(WorkingDayCalendar.china.coveredYears)

    /// The `--schedule` option's help lines, in both languages.
    static let scheduleOption = LocalizedText(
        zh: """
              --schedule FILE.csv  在内置年份（\(builtInYears)）之外，从 CSV 文件添加年份
                                   （表头 date,status,festival；每行 YYYY-MM-DD,off|work,节日；
                                   以 # 开头的行为注释）。可重复给出；环境变量 MEDIP_SCHEDULES
                                   所列的文件（以冒号分隔）也一并添加。这些年份须紧接已覆盖的
                                   范围、中间不留空缺；内置年份的行须与内置安排一致；同一年份
                                   出现在两个文件中即为错误。
            """,
        en: """
              --schedule FILE.csv  add years to the built-in ones, \(builtInYears), read from a CSV file
                                   (header date,status,festival; rows YYYY-MM-DD,off|work,节日;
                                   lines starting with # are comments). Repeatable; the files named
                                   by the environment variable MEDIP_SCHEDULES (colon-separated) are
                                   added too. The years must continue the covered range without a
                                   gap; rows for a built-in year must match it; a year in two
                                   files is an error.
            """)

    /// The `--lang` option of the calendar commands: their output is dates and numbers, so it
    /// chooses the language of a failure's message and of the help only.
    static let langOption = LocalizedText(
        zh: """
              --lang zh|en         错误信息和本帮助的语言（默认 en）；输出无论哪种语言都是日期和数字
            """,
        en: """
              --lang zh|en         the language of error messages and of this help (default en); the
                                   output is dates and numbers either way
            """)

    /// The exit codes of the calendar commands, in both languages.
    static let exitCodes = LocalizedText(
        zh: """
            退出状态：
              0  成功
              1  输入有误：日期所在年份没有工作日安排，或 --schedule 文件无法读取或无效
              2  用法错误：日期或整数格式有误、缺少参数、未知的选项
            """,
        en: """
            EXIT STATUS:
              0  success
              1  bad input: a date in a year with no schedule, an unreadable or invalid --schedule file
              2  usage error: malformed date or integer, missing argument, unknown option
            """)

    // MARK: list

    /// The examples of `calendar list`: commands and their output, the same in both languages.
    static let listExamples = """
          medip calendar list --from 2026-02-13 --to 2026-02-16
            2026-02-13 working
            2026-02-14 working
            2026-02-15 rest
            2026-02-16 rest
          medip calendar list --from 2026-02-14 --to 2026-02-15 --verbose
            2026-02-14 working adjustedWorkingDay 春节
            2026-02-15 rest holiday 春节
        """

    static let list = Subcommand(
        ["calendar", "list"],
        summary: LocalizedText(zh: "逐日列出一段日期中每一天是工作日还是休息日", en: "list each date of a range as a working day or a rest day"),
        help: LocalizedText(
            zh: """
                用法：medip calendar list --from YYYY-MM-DD --to YYYY-MM-DD [--verbose] [--schedule FILE.csv] [--lang zh|en]

                按官方安排（调休的周六、周日为工作日，法定节假日为休息日），从 --from 到 --to（含两端）
                每个日期输出一行："YYYY-MM-DD working"（工作日）或 "YYYY-MM-DD rest"（休息日）。
                一次最多 \(maximumListYears) 年。

                选项：
                  --from DATE          列出的第一个日期
                  --to DATE            列出的最后一个日期（不早于 --from）
                  --verbose            加上日期的类型（workingDay、weekendRestDay、holiday、
                                       adjustedWorkingDay），节假日和调休日另加节日名称
                \(scheduleOption.zh)
                \(langOption.zh)

                示例：
                \(listExamples)

                \(exitCodes.zh)
                """,
            en: """
                USAGE: medip calendar list --from YYYY-MM-DD --to YYYY-MM-DD [--verbose] [--schedule FILE.csv] [--lang zh|en]

                Prints one line per date from --from to --to inclusive: "YYYY-MM-DD working" or
                "YYYY-MM-DD rest", on the official schedule (调休 Saturdays and Sundays are working days,
                statutory holidays are rest days). At most \(maximumListYears) years at a time.

                OPTIONS:
                  --from DATE          first date listed
                  --to DATE            last date listed (not before --from)
                  --verbose            add the kind of day (workingDay, weekendRestDay, holiday,
                                       adjustedWorkingDay) and, for holidays and 调休 days, the festival
                \(scheduleOption.en)
                \(langOption.en)

                EXAMPLES:
                \(listExamples)

                \(exitCodes.en)
                """),
        run: { words, io throws(CommandError) in
            let arguments = try Arguments(words, options: ["from", "to", "lang"], flags: ["verbose"], repeatable: ["schedule"])
            _ = try arguments.language()
            try arguments.expectPositionals(atMost: 0)
            guard let fromText = arguments.option("from") else { throw .usage(zh: "缺少 --from DATE", en: "missing --from DATE") }
            guard let toText = arguments.option("to") else { throw .usage(zh: "缺少 --to DATE", en: "missing --to DATE") }
            let from = try Arguments.date(fromText, "--from")
            let to = try Arguments.date(toText, "--to")
            guard from <= to else { throw .usage(zh: "--to \(to) 早于 --from \(from)", en: "--to \(to) is before --from \(from)") }
            if let limit = try? from.adding(years: maximumListYears), to > limit {
                throw .usage(
                    zh: "范围 \(from)…\(to) 超过 \(maximumListYears) 年；一次最多列出 \(maximumListYears) 年",
                    en: "the range \(from)…\(to) is over \(maximumListYears) years; list at most \(maximumListYears) years at a time")
            }
            let calendar = try calendar(arguments, io)
            let verbose = arguments.flag("verbose")
            var output = ""
            var day = Int(from.daysSinceEpoch)
            while day <= Int(to.daysSinceEpoch) {
                let date = CivilDate(uncheckedDaysSinceEpoch: day)
                let kind = try answer(calendar) { () throws(CalendarError) in try calendar.kind(of: date) }
                output += "\(date) \(kind.isWorkingDay ? "working" : "rest")"
                if verbose {
                    output += " \(kind.name)"
                    if let festival = kind.festival { output += " \(festival)" }
                }
                output += "\n"
                day += 1
            }
            io.write(output)
            return 0
        })

    // MARK: add-working-days

    static let addWorkingDays = Subcommand(
        ["calendar", "add-working-days"],
        summary: LocalizedText(zh: "某一日期之后第 N 个工作日的日期", en: "the date N working days (工作日) after a date"),
        help: LocalizedText(
            zh: """
                用法：medip calendar add-working-days DATE N [--schedule FILE.csv] [--lang zh|en]

                输出 DATE 之后第 N 个工作日的日期，按“N个工作日”计算：DATE 当日不计入（《民法典》
                第二百零一条）；跳过法定节假日和通常的周末，调休上班的周六、周日计入（《行政许可法》
                第八十二条）。结果总是工作日。N 为负数时向前倒数（DATE 之前的第 |N| 个工作日）；
                N = 0 时输出 DATE。

                参数：
                  DATE                 起算日期，YYYY-MM-DD（不计入）
                  N                    工作日数，整数

                选项：
                \(scheduleOption.zh)
                \(langOption.zh)

                示例：
                  medip calendar add-working-days 2026-02-10 15     →  2026-03-09  （跨春节）
                  medip calendar add-working-days 2025-12-25 10     →  2026-01-09  （2026-01-04 是调休上班的周日）

                \(exitCodes.zh)
                """,
            en: """
                USAGE: medip calendar add-working-days DATE N [--schedule FILE.csv] [--lang zh|en]

                Prints the date N working days after DATE, counted as "N个工作日": DATE itself is not
                counted (Civil Code Art. 201); statutory holidays and ordinary weekends are skipped and
                调休 working Saturdays and Sundays count (Administrative Licensing Law Art. 82). The
                result is always a working day. A negative N counts backward (the |N|th working day
                before DATE); N = 0 prints DATE.

                ARGUMENTS:
                  DATE                 the start date, YYYY-MM-DD (not counted)
                  N                    the number of working days, an integer

                OPTIONS:
                \(scheduleOption.en)
                \(langOption.en)

                EXAMPLES:
                  medip calendar add-working-days 2026-02-10 15     →  2026-03-09  (across 春节)
                  medip calendar add-working-days 2025-12-25 10     →  2026-01-09  (2026-01-04 is a 调休 Sunday)

                \(exitCodes.en)
                """),
        run: { words, io throws(CommandError) in
            let arguments = try Arguments(words, options: ["lang"], repeatable: ["schedule"])
            _ = try arguments.language()
            try arguments.expectPositionals(atMost: 2)
            let start = try Arguments.date(try arguments.positional(0, "DATE"), "DATE")
            let count = try Arguments.integer(try arguments.positional(1, "N"), "N")
            let calendar = try calendar(arguments, io)
            let end = try answer(calendar) { () throws(CalendarError) in try calendar.adding(workingDays: count, to: start) }
            io.print(end.description)
            return 0
        })

    // MARK: add-days

    static let addDays = Subcommand(
        ["calendar", "add-days"],
        summary: LocalizedText(zh: "N日期间的最后一日，遇休息日顺延", en: "the last day of an N-day (N日) period, rolled forward past rest days"),
        help: LocalizedText(
            zh: """
                用法：medip calendar add-days DATE N [--no-roll-forward] [--schedule FILE.csv] [--lang zh|en]

                输出自 DATE 起 N 个自然日（N日）期间的最后一日：DATE 当日不计入（《民法典》第二百零一条），
                故期间于 DATE + N 届满；该日为休息日（法定节假日，或不是调休上班日的周六、周日）时，
                以其后的第一个工作日为期间的最后一日（《民法典》第二百零三条）。

                参数：
                  DATE                 起算日期，YYYY-MM-DD（不计入）
                  N                    自然日数，不小于 0 的整数

                选项：
                  --no-roll-forward    直接输出 DATE + N，不因休息日顺延（无需工作日安排，
                                       任何年份均可）
                \(scheduleOption.zh)
                \(langOption.zh)

                示例：
                  medip calendar add-days 2026-02-05 10                    →  2026-02-24  （02-15 为春节）
                  medip calendar add-days 2026-02-05 10 --no-roll-forward  →  2026-02-15

                \(exitCodes.zh)
                """,
            en: """
                USAGE: medip calendar add-days DATE N [--no-roll-forward] [--schedule FILE.csv] [--lang zh|en]

                Prints the last day of a period of N calendar days (N日) starting on DATE: DATE is not
                counted (Civil Code Art. 201), so the period ends on DATE + N; when that day is a rest
                day (a statutory holiday, or a Saturday or Sunday that is not a 调休 working day) the
                period ends on the next working day instead (Civil Code Art. 203).

                ARGUMENTS:
                  DATE                 the start date, YYYY-MM-DD (not counted)
                  N                    the number of calendar days, an integer ≥ 0

                OPTIONS:
                  --no-roll-forward    print plain DATE + N, without moving off a rest day (no
                                       schedule needed, so any year works)
                \(scheduleOption.en)
                \(langOption.en)

                EXAMPLES:
                  medip calendar add-days 2026-02-05 10                    →  2026-02-24  (02-15 is 春节)
                  medip calendar add-days 2026-02-05 10 --no-roll-forward  →  2026-02-15

                \(exitCodes.en)
                """),
        run: { words, io throws(CommandError) in
            let arguments = try Arguments(words, options: ["lang"], flags: ["no-roll-forward"], repeatable: ["schedule"])
            _ = try arguments.language()
            try arguments.expectPositionals(atMost: 2)
            let start = try Arguments.date(try arguments.positional(0, "DATE"), "DATE")
            let count = try Arguments.integer(try arguments.positional(1, "N"), "N")
            guard count >= 0 else { throw .usage(zh: "N：天数期限不能为负数：\(count)", en: "N: a period of days cannot be negative: \(count)") }
            let calendar = try calendar(arguments, io)
            let rollingForward = !arguments.flag("no-roll-forward")
            let end = try answer(calendar) { () throws(CalendarError) in
                try calendar.endOfPeriod(.days(count), from: start, rollingForward: rollingForward)
            }
            io.print(end.description)
            return 0
        })

    // MARK: between

    static let between = Subcommand(
        ["calendar", "between"],
        summary: LocalizedText(zh: "某一日期之后至另一日期的工作日数", en: "the number of working days after one date up to another"),
        help: LocalizedText(
            zh: """
                用法：medip calendar between DATE1 DATE2 [--schedule FILE.csv] [--lang zh|en]

                输出 (DATE1, DATE2] 中的工作日数：DATE1 不计入，DATE2 是工作日时计入。DATE2 早于
                DATE1 时为负数（即 (DATE2, DATE1] 中工作日数的相反数）；两者相同时为 0。

                参数：
                  DATE1                起算日期，YYYY-MM-DD（不计入）
                  DATE2                截止日期，YYYY-MM-DD（计入）

                选项：
                \(scheduleOption.zh)
                \(langOption.zh)

                示例：
                  medip calendar between 2026-02-10 2026-03-09   →  15
                  medip calendar between 2025-09-30 2025-10-08   →  0   （国庆节、中秋节）

                \(exitCodes.zh)
                """,
            en: """
                USAGE: medip calendar between DATE1 DATE2 [--schedule FILE.csv] [--lang zh|en]

                Prints the number of working days in (DATE1, DATE2]: DATE1 not counted, DATE2 counted
                if it is a working day. Negative when DATE2 is before DATE1 (minus the working days in
                (DATE2, DATE1]); 0 when they are equal.

                ARGUMENTS:
                  DATE1                the start date, YYYY-MM-DD (not counted)
                  DATE2                the end date, YYYY-MM-DD (counted)

                OPTIONS:
                \(scheduleOption.en)
                \(langOption.en)

                EXAMPLES:
                  medip calendar between 2026-02-10 2026-03-09   →  15
                  medip calendar between 2025-09-30 2025-10-08   →  0   (国庆节、中秋节)

                \(exitCodes.en)
                """),
        run: { words, io throws(CommandError) in
            let arguments = try Arguments(words, options: ["lang"], repeatable: ["schedule"])
            _ = try arguments.language()
            try arguments.expectPositionals(atMost: 2)
            let from = try Arguments.date(try arguments.positional(0, "DATE1"), "DATE1")
            let to = try Arguments.date(try arguments.positional(1, "DATE2"), "DATE2")
            let calendar = try calendar(arguments, io)
            let count = try answer(calendar) { () throws(CalendarError) in try calendar.workingDays(from: from, to: to) }
            io.print(String(count))
            return 0
        })

    // MARK: Shared

    /// The environment variable naming schedule CSV files for every command, colon-separated.
    static let schedulesVariable = "MEDIP_SCHEDULES"

    /// The built-in calendar, extended with the years of the schedule files: those named by
    /// `MEDIP_SCHEDULES` (colon-separated), then every `--schedule FILE.csv`, all added.
    ///
    /// Rows for built-in years must equal the built-in schedule (so the reference CSV with a new
    /// year appended works); any other year may come from one file only (a year in two files,
    /// or twice in one, is an error naming both); together the new years must continue the
    /// range. Problems are bad input (exit 1) naming the file and line; an empty entry in
    /// `MEDIP_SCHEDULES` (`a.csv::b.csv`) is an error too.
    static func calendar(_ arguments: Arguments, _ io: CommandIO) throws(CommandError) -> WorkingDayCalendar {
        let builtIn = WorkingDayCalendar.china
        var paths: [String] = []
        if let variable = io.environment[schedulesVariable], !variable.isEmpty {
            let entries = variable.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard !entries.contains("") else {
                throw .badInput(
                    zh: "\(schedulesVariable) 中有空项；请用单个冒号分隔 CSV 路径",
                    en: "\(schedulesVariable) has an empty entry; separate CSV paths with single colons")
            }
            paths = entries
        }
        paths += arguments.values("schedule")
        guard !paths.isEmpty else { return builtIn }
        var newYears: [(schedule: YearSchedule, path: String)] = []
        for path in paths {
            let bytes = try io.readFile(path, limit: YearSchedule.maximumCSVBytes)
            guard let text = String(bytes: bytes, encoding: .utf8) else {
                throw .badInput(LocalizedText(zh: "不是 UTF-8 文本", en: "not UTF-8 text").labelled(path.escapedForMessage()))
            }
            let schedules: [YearSchedule]
            do { schedules = try YearSchedule.parseCSV(text) } catch {
                throw .badInput(error.localizedMessage.labelled(path.escapedForMessage()))
            }
            for schedule in schedules {
                if let existing = builtIn.schedule(for: schedule.year) {
                    guard existing == schedule else {
                        let covered = yearRange(builtIn.coveredYears)
                        throw .badInput(LocalizedText(
                            zh: "\(schedule.year) 年的行与内置的官方安排不同；--schedule 只能添加 \(covered) 以外的年份",
                            en: "the rows for \(schedule.year) differ from the built-in official schedule; "
                                + "--schedule can only add years outside \(covered)"
                        ).labelled(path.escapedForMessage()))
                    }
                } else if let earlier = newYears.first(where: { $0.schedule.year == schedule.year }) {
                    let other = earlier.path.escapedForMessage()
                    throw .badInput(LocalizedText(
                        zh: "\(schedule.year) 年已由 \(other) 给出；每一年只能在一个安排文件中给出",
                        en: "\(schedule.year) is already given by \(other); give each year in one schedule file only"
                    ).labelled(path.escapedForMessage()))
                } else {
                    newYears.append((schedule, path))
                }
            }
        }
        do { return try builtIn.adding(contentsOf: newYears.map(\.schedule)) } catch {
            let files = Array(Set(newYears.map(\.path))).sorted().map { $0.escapedForMessage() }.joined(separator: ", ")
            throw .badInput(error.localizedMessage.labelled(files))
        }
    }

    /// Runs a calendar query, turning its error into bad input (exit 1); an uncovered year says
    /// which years are covered and how to add one.
    static func answer<Result>(
        _ calendar: WorkingDayCalendar, _ query: () throws(CalendarError) -> Result
    ) throws(CommandError) -> Result {
        do { return try query() } catch {
            if case .yearNotCovered(let year) = error {
                let covered = yearRange(calendar.coveredYears)
                throw .badInput(
                    zh: "没有 \(year) 年的官方工作日安排（已覆盖：\(covered)）；请用 --schedule FILE.csv 提供",
                    en: "no official working-day schedule for \(year) (covered: \(covered)); supply one with --schedule FILE.csv",
                    code: "calendar")
            }
            throw .badInput(error.localizedMessage, code: "calendar")
        }
    }

    /// `2022–2026`, or `2022` for a single year.
    static func yearRange(_ years: ClosedRange<Int>) -> String {
        years.lowerBound == years.upperBound ? "\(years.lowerBound)" : "\(years.lowerBound)–\(years.upperBound)"
    }
}
