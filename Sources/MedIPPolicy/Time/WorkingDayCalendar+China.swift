extension WorkingDayCalendar {
    /// The official working-day calendar of the People's Republic of China for 2022–2026.
    ///
    /// Built into the library from the annual notices of the General Office of the State Council on
    /// the arrangement of certain holidays (国务院办公厅关于20XX年部分节假日安排的通知), as recorded in
    /// the reference file `cn-holidays-2022-2026.csv`: the rest days (`off`) and the Saturdays and
    /// Sundays made working days (调休上班, `work`) of each year, with their festivals. Nothing is
    /// read at run time. Saturdays and Sundays are rest days unless a notice makes them working
    /// days.
    ///
    /// Covered years: 2022–2026 (``coveredYears``). A question about another year throws
    /// ``CalendarError/yearNotCovered(_:)``; supply the year with ``adding(_:)``, e.g. from the
    /// year's notice via ``YearSchedule/parseCSV(_:)``.
    public static let china = WorkingDayCalendar(uncheckedSchedules: chinaSchedules)
}
