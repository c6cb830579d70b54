/// How a case's decision changes over a window of dates — early warning (预警, 京医保发〔2026〕3号（二）
/// 涉知识产权侵权风险筛查预警机制): the decision on the first day, then each later date on which it
/// changes, with what changed and why.
///
/// A timeline is a list of ``TimelineSegment``s that tile the window `from…through` without gap
/// or overlap. On every date of a segment, ``Evaluator/evaluate(_:asOf:detail:)`` gives the
/// segment's decision (up to its as-of date; see ``Decision/hasSameOutcome(as:)``).
///
/// The timeline **assumes the facts as recorded** (``assumption``): a future event the case does
/// not record — an opinion not yet given, a ruling not yet made — is not foreseen; only the dates
/// the case and the law already hold (a patent's last day, an exclusivity's end, an opinion
/// deadline, a due date counted in working days, a document's first day) move the decision.
///
/// Built by ``Evaluator/timeline(_:from:through:)``. Decoding a stored timeline is strict like
/// reading a case file: an unknown key in the timeline, a segment, a change or a cause is an
/// error naming its path, and segments that do not tile the window are refused. The decision in
/// each segment is read as ``Decision`` reads one: its `schemaVersion` and audit fields are
/// checked, but ``Decision`` does not (yet) refuse keys it does not know.
public struct Timeline: Sendable, Hashable, Codable {
    /// The case's id.
    public var caseID: String
    /// The first day of the window.
    public var from: CivilDate
    /// The last day of the window (inclusive).
    public var through: CivilDate
    /// The segments in date order; the first starts on ``from``, the last ends on ``through``.
    public var segments: [TimelineSegment]
    /// How many dates the evaluator decided to build the timeline (the window's first day and
    /// the candidate change dates): a measure of its cost, never the window's length in days.
    public var evaluations: Int

    /// Creates a timeline from its parts (normally obtained from ``Evaluator/timeline(_:from:through:)``).
    public init(caseID: String, from: CivilDate, through: CivilDate, segments: [TimelineSegment], evaluations: Int) {
        self.caseID = caseID
        self.from = from
        self.through = through
        self.segments = segments
        self.evaluations = evaluations
    }

    /// The changes in date order: every segment's ``TimelineSegment/change`` but the first's.
    public var changes: [TimelineChange] { segments.compactMap(\.change) }

    /// The segment that contains `date`, or `nil` outside the window.
    public func segment(on date: CivilDate) -> TimelineSegment? {
        guard date >= from, date <= through else { return nil }
        var low = 0
        var high = segments.count
        while low < high {
            let middle = (low + high) / 2
            if segments[middle].from <= date { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : segments[low - 1]
    }

    /// The first change after `date` and on or before `horizon`, or `nil` when the decision
    /// stays as it is until then.
    public func nextChange(after date: CivilDate, through horizon: CivilDate) -> TimelineChange? {
        changes.first { $0.date > date && $0.date <= horizon }
    }

    /// What every timeline assumes: the facts as recorded, no unrecorded future event.
    public static let assumption = LocalizedText(
        zh: "假定案件事实如所记录：未记录的未来事件（尚未出具的意见、尚未作出的裁决等）不作预测；仅依据已记录的日期和政策文件的施行日期推算。",
        en: "Assumes the facts as recorded: no unrecorded future event (an opinion not yet given, a ruling not yet made) is foreseen; only the dates the case and the documents already hold are counted.")
}

/// One stretch of a ``Timeline`` over which the decision does not change.
public struct TimelineSegment: Sendable, Hashable, Codable {
    /// The segment's first day.
    public var from: CivilDate
    /// The segment's last day (inclusive).
    public var through: CivilDate
    /// The decision on ``from`` (summary detail, no trace); the decision on every later day of
    /// the segment differs from it only in its as-of date.
    public var decision: Decision
    /// What changed on ``from`` compared with the previous segment; `nil` for the first segment.
    public var change: TimelineChange?

    /// Creates a segment.
    public init(from: CivilDate, through: CivilDate, decision: Decision, change: TimelineChange?) {
        self.from = from
        self.through = through
        self.decision = decision
        self.change = change
    }

    /// The number of days in the segment.
    public var days: Int { Int(through.daysSinceEpoch - from.daysSinceEpoch) + 1 }
}

/// A part of a decision that a ``TimelineChange`` can change.
public enum TimelineAspect: String, StableStringEnum {
    /// The documents in force (施行): a document takes effect.
    case regime
    /// The disposition's kind (or its concurrent or superseded dispositions).
    case disposition
    /// The disposition's date (hold-until or due-by date), its kind unchanged.
    case dispositionDate
    /// The rules (and so the measures) behind the disposition, its kind and date unchanged —
    /// e.g. a later document's rule takes over the same disposition.
    case dispositionRules
    /// Obligations arise or end, or their due dates move.
    case obligations
    /// A binding obligation becomes overdue (逾期): the day after its due date.
    case overdue
    /// Consequences for the enterprise arise or end.
    case consequences
    /// Flags arise or end.
    case flags
    /// Time-limit conflicts arise or end.
    case conflicts

    /// The aspect's name.
    public var label: LocalizedText {
        switch self {
        case .regime: LocalizedText(zh: "适用文件", en: "documents in force")
        case .disposition: LocalizedText(zh: "处理方式", en: "disposition")
        case .dispositionDate: LocalizedText(zh: "处理期限", en: "disposition date")
        case .dispositionRules: LocalizedText(zh: "处理依据", en: "rules behind the disposition")
        case .obligations: LocalizedText(zh: "义务", en: "obligations")
        case .overdue: LocalizedText(zh: "逾期", en: "overdue")
        case .consequences: LocalizedText(zh: "后果", en: "consequences")
        case .flags: LocalizedText(zh: "提示", en: "flags")
        case .conflicts: LocalizedText(zh: "期限冲突", en: "time-limit conflicts")
        }
    }
}

/// What makes a decision change on a date.
public enum TimelineCauseKind: String, StableStringEnum {
    /// A policy document's first day in force (its ``PolicyDocument/effective`` date).
    case documentTakesEffect
    /// A patent's term ends: the change falls on the day after its last day in force.
    case patentTermEnds
    /// A market-exclusivity period (市场独占期) ends: the change falls on its first day not covered.
    case exclusivityEnds
    /// An opinion request's prescribed deadline (规定期限) passes: the change falls on the day after it.
    case opinionDeadlinePasses
    /// A binding obligation's due date passes: the change falls on the day after it.
    case dueDatePasses
    /// An event the case records happens on its date (a grant, an application, a ruling taking
    /// effect, a withdrawal …).
    case recordedEvent

    /// The kind's name.
    public var label: LocalizedText {
        switch self {
        case .documentTakesEffect: LocalizedText(zh: "文件施行", en: "a document takes effect")
        case .patentTermEnds: LocalizedText(zh: "专利权期限届满", en: "a patent's term ends")
        case .exclusivityEnds: LocalizedText(zh: "市场独占期届满", en: "a market exclusivity ends")
        case .opinionDeadlinePasses: LocalizedText(zh: "意见规定期限届满", en: "an opinion deadline passes")
        case .dueDatePasses: LocalizedText(zh: "义务期限届满", en: "a due date passes")
        case .recordedEvent: LocalizedText(zh: "已记录的事件", en: "a recorded event")
        }
    }
}

/// The fact or rule that makes a decision change on a date.
public struct TimelineCause: Sendable, Hashable, Codable {
    /// What kind of date it is.
    public var kind: TimelineCauseKind
    /// The fact's own date: the last day in force, the last day of an exclusivity, the deadline,
    /// the due date, the event's date or the document's first day. The change falls on this
    /// date, or on the day after it for the kinds that say so.
    public var date: CivilDate
    /// The case field the date comes from, e.g. `patents[0]`, `opinionRequests[1].deadline`;
    /// `nil` for a document or a due date.
    public var field: String?
    /// The document that takes effect (``TimelineCauseKind/documentTakesEffect``).
    public var document: DocumentID?
    /// The rule whose due date passes (``TimelineCauseKind/dueDatePasses``).
    public var rule: RuleID?
    /// The obligation code whose due date passes (``TimelineCauseKind/dueDatePasses``).
    public var obligation: String?

    /// Creates a cause.
    public init(
        kind: TimelineCauseKind, date: CivilDate, field: String? = nil, document: DocumentID? = nil, rule: RuleID? = nil,
        obligation: String? = nil
    ) {
        self.kind = kind
        self.date = date
        self.field = field
        self.document = document
        self.rule = rule
        self.obligation = obligation
    }

    /// One line saying what the cause is, e.g. "patents[0]: last day in force 2029-06-17".
    public var label: LocalizedText {
        let date = self.date.description
        let source = field ?? document?.rawValue ?? rule?.description ?? ""
        let prefix = source.isEmpty ? "" : source + ": "
        switch kind {
        case .documentTakesEffect:
            return LocalizedText(zh: "\(prefix)\(date) 起施行", en: "\(prefix)in force from \(date)")
        case .patentTermEnds:
            return LocalizedText(zh: "\(prefix)专利权最后有效日 \(date)", en: "\(prefix)last day in force \(date)")
        case .exclusivityEnds:
            return LocalizedText(zh: "\(prefix)市场独占期最后一日 \(date)", en: "\(prefix)last day of market exclusivity \(date)")
        case .opinionDeadlinePasses:
            return LocalizedText(zh: "\(prefix)规定期限 \(date) 届满", en: "\(prefix)opinion deadline \(date) passed")
        case .dueDatePasses:
            let code = obligation.map { " \($0)" } ?? ""
            return LocalizedText(zh: "\(prefix)义务\(code)期限 \(date) 届满", en: "\(prefix)obligation\(code) due \(date) passed")
        case .recordedEvent:
            return LocalizedText(zh: "\(prefix)\(date) 的记录事件", en: "\(prefix)event recorded on \(date)")
        }
    }
}

/// What changed between two consecutive segments of a ``Timeline``, and why.
public struct TimelineChange: Sendable, Hashable, Codable {
    /// The first day of the new decision.
    public var date: CivilDate
    /// The parts of the decision that changed, in ``TimelineAspect`` order.
    public var aspects: [TimelineAspect]
    /// The disposition the day before.
    public var dispositionBefore: DispositionKind
    /// The disposition from ``date``.
    public var dispositionAfter: DispositionKind
    /// The disposition's date the day before (`nil` when it has none or it is unknown).
    public var dispositionDateBefore: CivilDate?
    /// The disposition's date from ``date`` (`nil` when it has none or it is unknown).
    public var dispositionDateAfter: CivilDate?
    /// The documents that take effect on ``date``.
    public var documentsTakingEffect: [DocumentID]
    /// The codes of obligations that arise on ``date``.
    public var obligationsAdded: [String]
    /// The codes of obligations that end on ``date``.
    public var obligationsRemoved: [String]
    /// The codes of binding obligations overdue from ``date``.
    public var obligationsOverdue: [String]
    /// The consequences that arise on ``date``.
    public var consequencesAdded: [ConsequenceKind]
    /// The consequences that end on ``date``.
    public var consequencesRemoved: [ConsequenceKind]
    /// The flags that arise on ``date``.
    public var flagsAdded: [FlagKind]
    /// The flags that end on ``date``.
    public var flagsRemoved: [FlagKind]
    /// The dated facts and rules that fall on ``date`` (see ``TimelineCauseKind`` for which fall
    /// on the day after their own date).
    public var causes: [TimelineCause]

    /// Creates a change from its parts (normally obtained from ``Evaluator/timeline(_:from:through:)``).
    public init(
        date: CivilDate, aspects: [TimelineAspect], dispositionBefore: DispositionKind, dispositionAfter: DispositionKind,
        documentsTakingEffect: [DocumentID] = [], obligationsAdded: [String] = [], obligationsRemoved: [String] = [],
        obligationsOverdue: [String] = [], consequencesAdded: [ConsequenceKind] = [], consequencesRemoved: [ConsequenceKind] = [],
        flagsAdded: [FlagKind] = [], flagsRemoved: [FlagKind] = [], causes: [TimelineCause] = []
    ) {
        self.date = date
        self.aspects = aspects
        self.dispositionBefore = dispositionBefore
        self.dispositionAfter = dispositionAfter
        self.dispositionDateBefore = nil
        self.dispositionDateAfter = nil
        self.documentsTakingEffect = documentsTakingEffect
        self.obligationsAdded = obligationsAdded
        self.obligationsRemoved = obligationsRemoved
        self.obligationsOverdue = obligationsOverdue
        self.consequencesAdded = consequencesAdded
        self.consequencesRemoved = consequencesRemoved
        self.flagsAdded = flagsAdded
        self.flagsRemoved = flagsRemoved
        self.causes = causes
    }

    /// The change between two decisions of the same case, dated `date`.
    init(date: CivilDate, from before: Decision, to after: Decision, causes: [TimelineCause]) {
        func difference<T: Equatable>(_ a: [T], _ b: [T]) -> [T] { a.filter { !b.contains($0) } }
        let beforeObligations = before.obligations.map(\.code)
        let afterObligations = after.obligations.map(\.code)
        let overdue = after.obligations.filter { obligation in
            obligation.overdueSince != nil
                && before.obligations.contains { $0.code == obligation.code && $0.overdueSince == nil }
        }.map(\.code)
        let documents = difference(after.regime.documents, before.regime.documents)
        self.init(
            date: date, aspects: [], dispositionBefore: before.disposition.kind, dispositionAfter: after.disposition.kind,
            documentsTakingEffect: documents,
            obligationsAdded: difference(afterObligations, beforeObligations),
            obligationsRemoved: difference(beforeObligations, afterObligations),
            obligationsOverdue: overdue,
            consequencesAdded: difference(after.consequences.map(\.kind), before.consequences.map(\.kind)),
            consequencesRemoved: difference(before.consequences.map(\.kind), after.consequences.map(\.kind)),
            flagsAdded: difference(after.flags.map(\.kind), before.flags.map(\.kind)),
            flagsRemoved: difference(before.flags.map(\.kind), after.flags.map(\.kind)),
            causes: causes)
        dispositionDateBefore = before.disposition.date
        dispositionDateAfter = after.disposition.date
        var aspects: [TimelineAspect] = []
        if before.regime.documents != after.regime.documents { aspects.append(.regime) }
        let kindsBefore = [before.disposition.kind] + before.concurrentDispositions.map(\.kind) + before.supersededDispositions.map(\.kind)
        let kindsAfter = [after.disposition.kind] + after.concurrentDispositions.map(\.kind) + after.supersededDispositions.map(\.kind)
        let allBefore = [before.disposition] + before.concurrentDispositions + before.supersededDispositions
        let allAfter = [after.disposition] + after.concurrentDispositions + after.supersededDispositions
        if kindsBefore != kindsAfter {
            aspects.append(.disposition)
        } else {
            if allBefore.map(\.date) != allAfter.map(\.date) || allBefore.map(\.unknownDate) != allAfter.map(\.unknownDate) {
                aspects.append(.dispositionDate)
            }
            if allBefore.map(\.rules) != allAfter.map(\.rules) || allBefore.map(\.basis) != allAfter.map(\.basis) {
                aspects.append(.dispositionRules)
            }
        }
        let withoutOverdue: (Decision) -> [ResolvedObligation] = { decision in
            decision.obligations.map { obligation in
                var copy = obligation
                copy.overdueSince = nil
                return copy
            }
        }
        if withoutOverdue(before) != withoutOverdue(after) { aspects.append(.obligations) }
        if !overdue.isEmpty { aspects.append(.overdue) }
        if before.consequences != after.consequences { aspects.append(.consequences) }
        if before.flags != after.flags { aspects.append(.flags) }
        if before.conflicts != after.conflicts { aspects.append(.conflicts) }
        self.aspects = aspects
    }
}

extension Decision {
    /// Whether two decisions say the same thing — disposition, obligations (with their due and
    /// overdue dates), consequences, flags, conflicts and the documents in force — whatever
    /// their as-of dates and traces: what a ``Timeline`` calls "no change".
    public func hasSameOutcome(as other: Decision) -> Bool {
        disposition == other.disposition && obligations == other.obligations && consequences == other.consequences
            && flags == other.flags && concurrentDispositions == other.concurrentDispositions
            && supersededDispositions == other.supersededDispositions && conflicts == other.conflicts
            && regime.documents == other.regime.documents && regime.jurisdiction == other.regime.jurisdiction
            && caseID == other.caseID && ruleSetDigest == other.ruleSetDigest
    }
}
