/// One change a `Timeline` should contain: its date and, where given, the disposition from
/// then on, the aspects that change, the kinds of cause and the obligations that become overdue.
public struct ChangeExpectation: Sendable, Hashable, CustomStringConvertible {
    /// The first day of the new decision.
    public var date: CivilDate
    /// The disposition from ``date``; `nil` is not checked.
    public var disposition: DispositionKind?
    /// The aspects that change, exactly; `nil` is not checked.
    public var aspects: Set<TimelineAspect>?
    /// The kinds of cause that fall on ``date``, exactly; `nil` is not checked.
    public var causes: Set<TimelineCauseKind>?
    /// The codes of obligations overdue from ``date``, exactly; `nil` is not checked.
    public var overdue: Set<String>?
    /// The documents taking effect on ``date``, exactly; `nil` is not checked.
    public var documents: Set<DocumentID>?

    /// Creates an expectation; the parts left `nil` are not checked.
    public init(
        on date: CivilDate, disposition: DispositionKind? = nil, aspects: Set<TimelineAspect>? = nil,
        causes: Set<TimelineCauseKind>? = nil, overdue: Set<String>? = nil, documents: Set<DocumentID>? = nil
    ) {
        self.date = date
        self.disposition = disposition
        self.aspects = aspects
        self.causes = causes
        self.overdue = overdue
        self.documents = documents
    }

    /// `2029-06-18 → listAfterLinkageBar`.
    public var description: String {
        date.description + (disposition.map { " → \($0.rawValue)" } ?? "")
    }
}

/// The parts of a `Timeline` a test cares about: the first disposition and the exact list of
/// change dates, each with what is expected of it. Framework-neutral, like ``DecisionExpectation``:
/// ``mismatches(in:)`` returns one ``Mismatch`` per difference, empty when the timeline agrees.
///
/// | part | comparison |
/// |---|---|
/// | ``initial`` | the first segment's decision, with ``DecisionExpectation/mismatches(in:)`` |
/// | ``changes`` | the change dates exactly (`changes` lists them); then each expected change's parts |
public struct TimelineExpectation: Sendable, Hashable {
    /// What the decision on the window's first day should be; `nil` is not checked.
    public var initial: DecisionExpectation?
    /// Every change, in date order; `nil` is not checked.
    public var changes: [ChangeExpectation]?

    /// Creates an expectation; the parts left `nil` are not checked.
    public init(initial: DecisionExpectation? = nil, changes: [ChangeExpectation]? = nil) {
        self.initial = initial
        self.changes = changes
    }

    /// Every way `timeline` differs from the expectation; empty when it agrees.
    public func mismatches(in timeline: Timeline) -> [Mismatch] {
        var found: [Mismatch] = []
        if let initial, let first = timeline.segments.first {
            found += initial.mismatches(in: first.decision).map {
                Mismatch(field: "initial.\($0.field)", expected: $0.expected, actual: $0.actual)
            }
        }
        guard let changes else { return found }
        let actual = timeline.changes
        let expectedDates = changes.map(\.date.description)
        let actualDates = actual.map(\.date.description)
        if expectedDates != actualDates {
            found.append(Mismatch(
                field: "changes", expected: "[" + expectedDates.joined(separator: ", ") + "]",
                actual: "[" + actualDates.joined(separator: ", ") + "]"))
        }
        for expected in changes {
            guard let change = actual.first(where: { $0.date == expected.date }) else { continue }
            let field = "changes[\(expected.date)]"
            if let disposition = expected.disposition, disposition != change.dispositionAfter {
                found.append(Mismatch(
                    field: field + ".disposition", expected: disposition.rawValue, actual: change.dispositionAfter.rawValue))
            }
            if let aspects = expected.aspects,
               let problem = Mismatch.compare(field + ".aspects", expected: aspects, actual: Set(change.aspects), \.rawValue) {
                found.append(problem)
            }
            if let causes = expected.causes,
               let problem = Mismatch.compare(field + ".causes", expected: causes, actual: Set(change.causes.map(\.kind)), \.rawValue) {
                found.append(problem)
            }
            if let overdue = expected.overdue,
               let problem = Mismatch.compare(field + ".overdue", expected: overdue, actual: Set(change.obligationsOverdue), { $0 }) {
                found.append(problem)
            }
            if let documents = expected.documents,
               let problem = Mismatch.compare(
                   field + ".documents", expected: documents, actual: Set(change.documentsTakingEffect), \.rawValue) {
                found.append(problem)
            }
        }
        return found
    }

    /// Every date of `timeline`'s window on which `Evaluator.evaluate(_:asOf:detail:)` does not
    /// give the segment's decision — the exactness property, checked day by day (slow by design:
    /// one evaluation per day). Empty when the timeline is exact; at most `limit` mismatches.
    public static func dayByDayMismatches(
        of timeline: Timeline, for facts: Case, evaluator: Evaluator, limit: Int = 5
    ) -> [Mismatch] {
        var found: [Mismatch] = []
        for segment in timeline.segments {
            var day = segment.from
            while day <= segment.through, found.count < limit {
                do {
                    let decision = try evaluator.evaluateValidated(facts, asOf: day, detail: .summary)
                    if !decision.hasSameOutcome(as: segment.decision) {
                        found.append(Mismatch(
                            field: "\(facts.id) @ \(day)",
                            expected: "the segment from \(segment.from): \(segment.decision.disposition.kind.rawValue)",
                            actual: decision.disposition.kind.rawValue + (decision.disposition.kind == segment.decision.disposition.kind
                                ? " (other parts differ)" : "")))
                    }
                } catch {
                    found.append(Mismatch(field: "\(facts.id) @ \(day)", expected: "a decision", actual: error.description))
                }
                guard day < segment.through else { break }
                day = CivilDate(uncheckedDaysSinceEpoch: Int(day.daysSinceEpoch) + 1)
            }
        }
        return found
    }
}
