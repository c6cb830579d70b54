/// A date of a decision that cannot be known yet, and why: the period it ends needs a year for
/// which the calendar has no working-day schedule (the State Council publishes each year's
/// notice near the end of the year before).
///
/// The decision still stands — its disposition, obligations, consequences and flags are certain —
/// and only this date is missing. Supply the year with ``WorkingDayCalendar/adding(_:)`` (or
/// `medip --schedule FILE.csv`) and evaluate again to get it. An evaluator built with
/// ``UnknownDatePolicy/fail`` throws ``EvaluationError`` instead.
///
/// JSON: `{"expression": {"anchor": "listingApplication", "offset": {"unit": "workingDays",
/// "value": 15}}, "from": "round.applicationDate", "reason": "noWorkingDaySchedule",
/// "start": "2026-12-21", "year": 2027}` (`from` absent when the period starts from the as-of
/// date).
public struct UnknownDate: Sendable, Hashable, Codable {
    /// The first year the period needs and no schedule covers.
    public var year: Int
    /// The date being computed, e.g. `listingApplication + 15 working days`.
    public var expression: DateExpression
    /// The case field the period is counted from, e.g. `round.applicationDate` or
    /// `procurementHistory[2].date`; `nil` when it is not a case field.
    public var from: String?
    /// The day the period is counted from: the anchor's date, or the first day of the rule's
    /// document when that is later.
    public var start: CivilDate
    /// Why the date is unknown.
    public var reason: UnknownDateReason

    /// Creates an unknown date.
    public init(year: Int, expression: DateExpression, from: String?, start: CivilDate, reason: UnknownDateReason = .noWorkingDaySchedule) {
        self.year = year
        self.expression = expression
        self.from = from
        self.start = start
        self.reason = reason
    }

    /// The earliest day the date can be: periods count forward, so it lies in ``year`` or later.
    var earliest: CivilDate {
        (try? CivilDate(year: year, month: 1, day: 1)) ?? .maximum
    }

    /// One line saying what is unknown and how to supply it.
    public var message: LocalizedText {
        LocalizedText(
            zh: "期限未知：缺少 \(year) 年工作日安排；请用 --schedule 或 WorkingDayCalendar.adding 提供",
            en: "due date unknown: no working-day schedule for \(year); supply it with --schedule / WorkingDayCalendar.adding")
    }
}

/// Why a date of a decision is unknown.
public enum UnknownDateReason: String, StableStringEnum {
    /// The period needs a year the working-day calendar has no official schedule for.
    case noWorkingDaySchedule
}

/// What an ``Evaluator`` does when a date needs a year its calendar has no schedule for.
public enum UnknownDatePolicy: String, StableStringEnum {
    /// Decide anyway and record the date as unknown (``UnknownDate``): the default.
    case record
    /// Throw ``EvaluationError`` and make no decision (the behaviour of earlier releases; `medip
    /// --strict-dates`).
    case fail
}

/// A date an evaluator resolved: known, unknown (with why), or absent (`nil` both: the case lacks
/// the anchor or the effect has no date).
struct ResolvedDate: Hashable, Sendable {
    var date: CivilDate?
    var unknown: UnknownDate?

    static let none = ResolvedDate(date: nil, unknown: nil)

    /// Two dates of the same disposition from different rules: the later for holds (defer,
    /// await), the earlier for due dates (green channel). An unknown date loses only to a
    /// known due date before its year; otherwise the merged date is unknown (the first).
    static func merge(_ a: ResolvedDate, _ b: ResolvedDate, for kind: DispositionKind) -> ResolvedDate {
        switch (a.unknown, b.unknown) {
        case (nil, nil):
            return ResolvedDate(date: Evaluator.merge(a.date, b.date, for: kind), unknown: nil)
        case (let unknown?, nil), (nil, let unknown?):
            let known = a.unknown == nil ? a.date : b.date
            guard let known else { return ResolvedDate(date: nil, unknown: unknown) }
            return kind == .greenChannel && known < unknown.earliest ? ResolvedDate(date: known, unknown: nil)
                : ResolvedDate(date: nil, unknown: unknown)
        case (.some, .some):
            return a
        }
    }
}
