/// Why a case could not be decided: it is invalid, or a due date needs a working-day schedule the
/// calendar does not have.
///
/// A struct wrapping a private enum, so new kinds of failure never break a caller's `switch`.
public struct EvaluationError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Kind: Sendable, Hashable {
        case invalidCase([ValidationIssue])
        case calendar(CalendarError, DateExpression, anchor: CivilDate?, source: String?)
        case emptyWindow(from: CivilDate, through: CivilDate)
    }

    private let kind: Kind

    /// The case's error-severity validation problems (empty for other failures).
    public var issues: [ValidationIssue] {
        if case .invalidCase(let issues) = kind { return issues }
        return []
    }

    /// The calendar failure, when a due date could not be computed (e.g. no schedule for 2027).
    public var calendarError: CalendarError? {
        if case .calendar(let error, _, _, _) = kind { return error }
        return nil
    }

    /// For a calendar failure, the case field the failing date was computed from, e.g.
    /// `round.applicationDate` or `rulings[0].effectiveOn` (`nil` for the as-of date).
    public var path: String? {
        if case .calendar(_, _, _, let source) = kind { return source }
        return nil
    }

    /// The case is invalid; `issues` are its error-severity problems.
    public static func invalidCase(_ issues: [ValidationIssue]) -> EvaluationError {
        EvaluationError(kind: .invalidCase(issues))
    }

    init(calendar error: CalendarError, computing expression: DateExpression, from anchor: CivilDate? = nil, source: String? = nil) {
        kind = .calendar(error, expression, anchor: anchor, source: source)
    }

    /// A timeline's window ends before it starts (``Evaluator/timeline(_:from:through:)``).
    public static func emptyWindow(from: CivilDate, through: CivilDate) -> EvaluationError {
        EvaluationError(kind: .emptyWindow(from: from, through: through))
    }

    private init(kind: Kind) { self.kind = kind }

    /// A one-paragraph English message: the validation problems one per line, or the calendar
    /// problem, the date being computed and the case field it starts from, e.g. `cannot compute
    /// listingApplication + 15 working days from round.applicationDate (2027-03-01): no official
    /// working-day schedule for 2027`.
    public var description: String {
        switch kind {
        case .invalidCase(let issues):
            "the case is invalid (\(issues.count) problem\(issues.count == 1 ? "" : "s")):\n"
                + issues.map { "  \($0.path): \($0.message.en)" }.joined(separator: "\n")
        case .calendar(let error, let expression, let anchor, let source):
            "cannot compute \(expression)"
                + (source.map { " from \($0)" } ?? "") + (anchor.map { " (\($0))" } ?? "") + ": \(error)"
        case .emptyWindow(let from, let through):
            "the window ends (\(through)) before it starts (\(from))"
        }
    }

    /// ``description`` in `language`: in Chinese, the calendar problem reads e.g. `无法计算
    /// listingApplication + 15个工作日（自 round.applicationDate，2027-03-01 起）：没有 2027
    /// 年的官方工作日安排；请用 --schedule 或 WorkingDayCalendar.adding 提供`; validation
    /// problems are listed with their Chinese messages.
    public func text(in language: Language) -> String {
        guard language == .zh else { return description }
        switch kind {
        case .invalidCase(let issues):
            return "案件无效（\(issues.count) 个问题）：\n" + issues.map { "  \($0.path)：\($0.message.zh)" }.joined(separator: "\n")
        case .calendar(let error, let expression, let anchor, let source):
            let start = [source, anchor.map(\.description)].compactMap { $0 }.joined(separator: "，")
            let reason: String = if case .yearNotCovered(let year) = error {
                "没有 \(year) 年的官方工作日安排；请用 --schedule 或 WorkingDayCalendar.adding 提供"
            } else {
                error.localizedMessage.zh
            }
            let computed = expression.anchor.rawValue + (expression.offset.map { " + \($0.text(in: .zh))" } ?? "")
            return "无法计算 \(computed)" + (start.isEmpty ? "" : "（自 \(start) 起）") + "：" + reason
        case .emptyWindow(let from, let through):
            return "时间窗口的结束日（\(through)）早于开始日（\(from)）"
        }
    }

    /// ``description`` and its Chinese form (``text(in:)``) together, for a caller that chooses
    /// the language later.
    public var localizedMessage: LocalizedText {
        LocalizedText(zh: text(in: .zh), en: description)
    }
}
