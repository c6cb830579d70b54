/// Why a case could not be decided: it is invalid, or a due date needs a working-day schedule the
/// calendar does not have.
///
/// A struct wrapping a private enum, so new kinds of failure never break a caller's `switch`.
public struct EvaluationError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Kind: Sendable, Hashable {
        case invalidCase([ValidationIssue])
        case calendar(CalendarError, DateExpression)
    }

    private let kind: Kind

    /// The case's error-severity validation problems (empty for other failures).
    public var issues: [ValidationIssue] {
        if case .invalidCase(let issues) = kind { return issues }
        return []
    }

    /// The calendar failure, when a due date could not be computed (e.g. no schedule for 2027).
    public var calendarError: CalendarError? {
        if case .calendar(let error, _) = kind { return error }
        return nil
    }

    /// The case is invalid; `issues` are its error-severity problems.
    public static func invalidCase(_ issues: [ValidationIssue]) -> EvaluationError {
        EvaluationError(kind: .invalidCase(issues))
    }

    init(calendar error: CalendarError, computing expression: DateExpression) {
        kind = .calendar(error, expression)
    }

    private init(kind: Kind) { self.kind = kind }

    /// A one-paragraph English message: the validation problems one per line, or the calendar
    /// problem and the date being computed.
    public var description: String {
        switch kind {
        case .invalidCase(let issues):
            "the case is invalid (\(issues.count) problem\(issues.count == 1 ? "" : "s")):\n"
                + issues.map { "  \($0.path): \($0.message.en)" }.joined(separator: "\n")
        case .calendar(let error, let expression):
            "cannot compute \(expression): \(error)"
        }
    }
}
