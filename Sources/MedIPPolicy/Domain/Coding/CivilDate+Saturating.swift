extension CivilDate {
    /// `self` plus `days`, held at 0001-01-01…9999-12-31 instead of throwing, for computed
    /// domain dates that must never trap on absurd input (validation reports the input).
    package func saturatingAdding(days: Int) -> CivilDate {
        (try? adding(days: days)) ?? (days < 0 ? .minimum : .maximum)
    }

    /// `self` plus `years` (Civil Code Art. 203 month-end rule), saturating like
    /// ``saturatingAdding(days:)``.
    package func saturatingAdding(years: Int) -> CivilDate {
        (try? adding(years: years)) ?? (years < 0 ? .minimum : .maximum)
    }

    /// `self` plus `months`, saturating like ``saturatingAdding(days:)``.
    package func saturatingAdding(months: Int) -> CivilDate {
        (try? adding(months: months)) ?? (months < 0 ? .minimum : .maximum)
    }

    /// `self` plus a period in days, weeks, months or years; `nil` for working days and hours,
    /// which need a calendar or are not date arithmetic.
    package func saturatingAdding(_ period: Period) -> CivilDate? {
        switch period.unit {
        case .days: saturatingAdding(days: period.value)
        case .weeks:
            period.value.multipliedReportingOverflow(by: 7).overflow
                ? (period.value < 0 ? .minimum : .maximum)
                : saturatingAdding(days: period.value * 7)
        case .months: saturatingAdding(months: period.value)
        case .years: saturatingAdding(years: period.value)
        case .workingDays, .hours: nil
        }
    }
}
