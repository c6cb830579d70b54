import MedIPPolicy

/// The options of every command that decides cases (`evaluate`, `screen`): which working-day
/// schedules the evaluator counts with, and what a date in a year without one becomes.
///
/// The schedules are loaded by ``CalendarCommands/calendar(_:_:)``, exactly as for the
/// `calendar` commands: `MEDIP_SCHEDULES` (colon-separated CSV paths) and every
/// `--schedule FILE.csv` are all added to the built-in years (``CalendarCommands/builtInYears``).
enum EvaluatorOptions {
    /// The repeatable options these commands accept.
    static let repeatable: Set<String> = ["schedule"]
    /// The flags these commands accept.
    static let flags: Set<String> = ["strict-dates"]

    /// The help lines for the options, in both languages.
    static let help = LocalizedText(
        zh: """
              --schedule FILE.csv  在内置年份（\(CalendarCommands.builtInYears)）之外添加某一年的工作日安排（例如
                                   国务院办公厅下一年度的节假日安排通知）；可重复给出。环境变量
                                   MEDIP_SCHEDULES 所列的文件（以冒号分隔）也一并添加；同一年份出现在
                                   两个文件中即为错误。格式见 medip calendar list --help --lang zh。
              --strict-dates       某个日期需要没有工作日安排的年份时失败（退出状态 1），而不是
                                   在该日期未知的情况下作出决定（默认）
            """,
        en: """
              --schedule FILE.csv  add a year's working-day schedule (e.g. the next State Council
                                   notice) to the built-in years, \(CalendarCommands.builtInYears); repeatable.
                                   The files in MEDIP_SCHEDULES (colon-separated) are added too; a
                                   year in two files is an error. Format: medip calendar --help.
              --strict-dates       fail (exit 1) when a date needs a year with no schedule, instead
                                   of deciding with that date unknown (the default)
            """)

    /// The shared evaluator when no schedule or `--strict-dates` is given, otherwise one built
    /// with the schedules' calendar and the policy asked for.
    static func evaluator(_ arguments: Arguments, _ io: CommandIO) throws(CommandError) -> Evaluator {
        let strict = arguments.flag("strict-dates")
        let variable = io.environment[CalendarCommands.schedulesVariable] ?? ""
        if !strict && variable.isEmpty && arguments.values("schedule").isEmpty { return RuleCommands.evaluator }
        return Evaluator(calendar: try CalendarCommands.calendar(arguments, io), unknownDates: strict ? .fail : .record)
    }
}
