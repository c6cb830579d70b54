extension WorkingDayCalendar {
    /// The last day of a legal period that starts on `start`, counted as Chinese law counts it.
    ///
    /// The start day is never counted (Civil Code Art. 201: "开始的当日不计入，自下一日开始计算").
    ///
    /// | unit | last day |
    /// |---|---|
    /// | ``PeriodUnit/workingDays`` (工作日) | ``adding(workingDays:to:)``: the Nth working day after `start` (Administrative Licensing Law Art. 82); already a working day, so no roll-forward applies |
    /// | ``PeriodUnit/days`` (日) | `start` + N calendar days |
    /// | ``PeriodUnit/weeks`` (周) | `start` + 7·N calendar days |
    /// | ``PeriodUnit/months`` (个月) | the corresponding day N months later, or that month's last day when it has none (Civil Code Art. 202): 2024-01-31 + 1 month = 2024-02-29 |
    /// | ``PeriodUnit/years`` (年) | the corresponding day N years later; 29 February becomes 28 February in a common year (Art. 202) |
    /// | ``PeriodUnit/hours`` (小时) | none: throws ``CalendarError/unsupportedUnit(_:)`` |
    ///
    /// For days, weeks, months and years, when `rollingForward` is `true` (the default) and the
    /// last day is a rest day — a statutory holiday, a rest day of the holiday notice, or a
    /// Saturday or Sunday that is not a 调休 working day — the period ends on the next working day
    /// instead (Civil Code Art. 203 para. 1: "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日";
    /// likewise Patent Law Implementing Regulations 2023 Art. 5). Pass `false` for the plain
    /// calendar date, which looks at no schedule and so works for any year.
    ///
    /// A period of 0 ends on `start` (rolled forward when `start` is a rest day, except for 0
    /// working days, which is `start` itself).
    ///
    /// - Throws: ``CalendarError/negativePeriod(_:)`` for a negative value,
    ///   ``CalendarError/unsupportedUnit(_:)`` for hours, ``CalendarError/dateOutOfRange`` when
    ///   the arithmetic leaves 0001…9999, and ``CalendarError/yearNotCovered(_:)`` when a day
    ///   that must be looked at is not covered.
    public func endOfPeriod(
        _ period: Period, from start: CivilDate, rollingForward: Bool = true
    ) throws(CalendarError) -> CivilDate {
        guard period.value >= 0 else { throw .negativePeriod(period) }
        let end: CivilDate
        switch period.unit {
        case .workingDays:
            return try adding(workingDays: period.value, to: start)
        case .hours:
            throw .unsupportedUnit(.hours)
        case .days, .weeks, .months, .years:
            do { end = try Self.calendarEnd(of: period, from: start) } catch { throw .dateOutOfRange }
        }
        return rollingForward ? try workingDay(onOrAfter: end) : end
    }

    /// `start` plus a period in days, weeks, months or years, by calendar arithmetic alone
    /// (Civil Code Arts. 201–202); `start` for any other unit.
    private static func calendarEnd(of period: Period, from start: CivilDate) throws(CivilDateError) -> CivilDate {
        switch period.unit {
        case .days:
            return try start.adding(days: period.value)
        case .weeks:
            let (days, overflow) = period.value.multipliedReportingOverflow(by: 7)
            guard !overflow else { throw .outOfRange }
            return try start.adding(days: days)
        case .months:
            return try start.adding(months: period.value)
        case .years:
            return try start.adding(years: period.value)
        case .workingDays, .hours:
            return start
        }
    }
}
