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

    /// The help lines for the options.
    static let help = """
          --schedule FILE.csv  add a year's working-day schedule (e.g. the next State Council
                               notice) to the built-in years, \(CalendarCommands.builtInYears); repeatable.
                               The files in MEDIP_SCHEDULES (colon-separated) are added too; a
                               year in two files is an error. Format: medip calendar --help.
          --strict-dates       fail (exit 1) when a date needs a year with no schedule, instead
                               of deciding with that date unknown (the default)
        """

    /// The shared evaluator when no schedule or `--strict-dates` is given, otherwise one built
    /// with the schedules' calendar and the policy asked for.
    static func evaluator(_ arguments: Arguments, _ io: CommandIO) throws(CommandError) -> Evaluator {
        let strict = arguments.flag("strict-dates")
        let variable = io.environment[CalendarCommands.schedulesVariable] ?? ""
        if !strict && variable.isEmpty && arguments.values("schedule").isEmpty { return RuleCommands.evaluator }
        return Evaluator(calendar: try CalendarCommands.calendar(arguments, io), unknownDates: strict ? .fail : .record)
    }
}
