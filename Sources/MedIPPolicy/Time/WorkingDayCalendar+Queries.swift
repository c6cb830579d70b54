extension WorkingDayCalendar {
    /// Whether `date` is a working day (工作日): a Monday–Friday not made a rest day, or a 调休
    /// Saturday or Sunday. Statutory holidays are not working days (Administrative Licensing Law
    /// Art. 82). O(1).
    ///
    /// - Throws: ``CalendarError/yearNotCovered(_:)`` with `date`'s year when it is not covered.
    public func isWorkingDay(_ date: CivilDate) throws(CalendarError) -> Bool {
        let offset = Int(date.daysSinceEpoch) - startDay
        guard offset >= 0, offset < dayCount else { throw uncovered(offset) }
        return prefix[offset + 1] != prefix[offset]
    }

    /// What `date` is on the schedule: ordinary working day, weekend rest day, holiday (with its
    /// festival) or 调休 working day (with its festival). O(log n) in the year's entries.
    ///
    /// - Throws: ``CalendarError/yearNotCovered(_:)`` with `date`'s year when it is not covered.
    public func kind(of date: CivilDate) throws(CalendarError) -> DayKind {
        let offset = Int(date.daysSinceEpoch) - startDay
        guard offset >= 0, offset < dayCount, let schedule = schedule(for: date.year),
              let kind = schedule.kind(of: date)
        else { throw uncovered(offset) }
        return kind
    }

    /// The first working day after `date` (never `date` itself). O(1).
    ///
    /// - Throws: ``CalendarError/yearNotCovered(_:)`` when the days after `date` run out of the
    ///   covered range before a working day is found.
    public func nextWorkingDay(after date: CivilDate) throws(CalendarError) -> CivilDate {
        try adding(workingDays: 1, to: date)
    }

    /// The last working day before `date` (never `date` itself). O(1).
    ///
    /// - Throws: ``CalendarError/yearNotCovered(_:)`` when the days before `date` run out of the
    ///   covered range before a working day is found.
    public func previousWorkingDay(before date: CivilDate) throws(CalendarError) -> CivilDate {
        try adding(workingDays: -1, to: date)
    }

    /// `date` when it is a working day, otherwise the first working day after it: the roll-forward
    /// of Civil Code Art. 203 para. 1 (a period whose last day is a statutory holiday ends on the
    /// day after the holiday). O(1).
    ///
    /// - Throws: ``CalendarError/yearNotCovered(_:)`` when `date`, or the days after it up to the
    ///   next working day, are not covered.
    public func workingDay(onOrAfter date: CivilDate) throws(CalendarError) -> CivilDate {
        try isWorkingDay(date) ? date : adding(workingDays: 1, to: date)
    }

    /// The date `n` working days from `start`, counted as "N个工作日" are: the start day is not
    /// counted (Civil Code Art. 201), only working days are (Administrative Licensing Law Art. 82).
    ///
    /// - `n > 0`: the `n`th working day after `start`; the result `r` is a working day with
    ///   exactly `n` working days in `(start, r]`, i.e. `workingDays(from: start, to: r) == n`.
    ///   `start` may itself be a rest day: 1 working day from a Saturday is the next Monday (or the
    ///   next 调休 working day).
    /// - `n < 0`: the `|n|`th working day before `start`; the result `r` is a working day with
    ///   exactly `|n|` working days in `[r, start)`.
    /// - `n == 0`: `start`, whatever kind of day it is.
    ///
    /// Only the days between `start` (excluded) and the result are looked at, so `start` may lie
    /// just outside the covered years. O(1): an index into the precomputed list of working days.
    ///
    /// - Throws: ``CalendarError/yearNotCovered(_:)`` naming the first uncovered year the count
    ///   reaches (the year after the covered range when counting forward past it, the year before
    ///   it when counting backward), or ``CalendarError/dateOutOfRange`` past 0001…9999.
    public func adding(workingDays n: Int, to start: CivilDate) throws(CalendarError) -> CivilDate {
        if n == 0 { return start }
        let offset = Int(start.daysSinceEpoch) - startDay
        if n > 0 {
            // Looks at offsets offset+1 … result.
            guard offset + 1 >= 0, offset + 1 < dayCount else { throw uncovered(offset + 1) }
            let done = Int(prefix[offset + 1])  // working days at offsets ≤ offset
            guard n <= workingOffsets.count - done else { throw uncovered(dayCount) }
            return date(atOffset: workingOffsets[done + n - 1])
        } else {
            // Looks at offsets offset-1 down to the result.
            guard offset - 1 >= 0, offset - 1 < dayCount else { throw uncovered(offset - 1) }
            let before = Int(prefix[offset])  // working days at offsets < offset
            guard n.magnitude <= UInt(before) else { throw uncovered(-1) }
            return date(atOffset: workingOffsets[before - Int(n.magnitude)])
        }
    }

    /// The number of working days in `(from, to]`: the start day excluded, the end day included
    /// (Civil Code Art. 201), holidays excluded (Administrative Licensing Law Art. 82).
    ///
    /// Negative when `to < from`: then it is minus the number of working days in `(to, from]`, so
    /// the count is a difference of positions and adds up: `workingDays(from: a, to: b) +
    /// workingDays(from: b, to: c) == workingDays(from: a, to: c)`. Zero when `from == to`.
    ///
    /// For `from ≤ to` and `to` a working day, ``adding(workingDays:to:)`` inverts it:
    /// `adding(workingDays: workingDays(from: a, to: b), to: a) == b`.
    ///
    /// Only the days in the half-open span are looked at; O(1) (a difference of two prefix counts).
    ///
    /// - Throws: ``CalendarError/yearNotCovered(_:)`` naming the first uncovered year the span
    ///   reaches, walking from `from` towards `to`.
    public func workingDays(from: CivilDate, to: CivilDate) throws(CalendarError) -> Int {
        let a = Int(from.daysSinceEpoch) - startDay
        let b = Int(to.daysSinceEpoch) - startDay
        if a == b { return 0 }
        if a < b {
            // Looks at a+1 … b.
            guard a + 1 >= 0 else { throw uncovered(a + 1) }
            guard b < dayCount else { throw uncovered(max(a + 1, dayCount)) }
            return Int(prefix[b + 1] - prefix[a + 1])
        } else {
            // Looks at a down to b+1.
            guard a < dayCount else { throw uncovered(a) }
            guard b + 1 >= 0 else { throw uncovered(min(a, -1)) }
            return -Int(prefix[a + 1] - prefix[b + 1])
        }
    }

    // MARK: Internals

    /// The date at a covered day offset.
    @inline(__always)
    func date(atOffset offset: Int32) -> CivilDate {
        CivilDate(uncheckedDaysSinceEpoch: startDay + Int(offset))
    }

    /// The error for a query that reached the uncovered day at `offset` (from ``startDay``).
    func uncovered(_ offset: Int) -> CalendarError {
        let year = CivilDate.civilFromDays(startDay + offset).year
        return (1...9999).contains(year) ? .yearNotCovered(year) : .dateOutOfRange
    }
}
