/// Where a measure stands after a later edition of its series, read as the notice of the later
/// edition directs: "此前发布的有关规定与本文不一致的，以此为准" — only what is inconsistent yields.
///
/// Statuses of the earlier edition's measures: ``continues``, ``restated``, ``superseded``, the
/// changes (``raised``, ``lowered``, ``tightened``, ``loosened``, ``broadened``, ``narrowed``,
/// ``shifted``) and ``lapsed``. Statuses of the later edition's measures: ``new`` and
/// ``successor``. Documentation/Readings.md gives the reading and its alternatives.
public enum EditionStatus: String, StableStringEnum {
    /// Not restated by the later edition and not inconsistent with it: still in force.
    case continues
    /// Restated by the later edition with no change of figure or scope (or a figure set again
    /// for a later period).
    case restated
    /// Replaced by a later measure where the two are inconsistent.
    case superseded
    /// A time limit made shorter, or stated where there was none.
    case tightened
    /// A time limit made longer or dropped.
    case loosened
    /// A figure made larger.
    case raised
    /// A figure made smaller.
    case lowered
    /// A scope widened (more institutions, products, costs …).
    case broadened
    /// A scope narrowed.
    case narrowed
    /// A scope or figure changed in kind, neither wider nor narrower.
    case shifted
    /// Its only dated figures are for a period that ended before the as-of date, and the later
    /// edition does not restate them; the rest of the measure continues.
    case lapsed
    /// A measure of the later edition that restates or supersedes no earlier measure.
    case new
    /// A measure of the later edition that restates or supersedes earlier measures.
    case successor

    /// The status a measure takes from the first change a later edition makes to it.
    init(_ direction: EditionChange.Direction) {
        switch direction {
        case .raised: self = .raised
        case .lowered: self = .lowered
        case .tightened: self = .tightened
        case .loosened: self = .loosened
        case .broadened: self = .broadened
        case .narrowed: self = .narrowed
        case .shifted: self = .shifted
        case .renewed: self = .restated
        }
    }

    /// A short bilingual label (`continues` → 继续有效).
    public var label: LocalizedText {
        switch self {
        case .continues: LocalizedText(zh: "继续有效", en: "continues")
        case .restated: LocalizedText(zh: "重申", en: "restated")
        case .superseded: LocalizedText(zh: "被取代", en: "superseded")
        case .tightened: LocalizedText(zh: "收紧", en: "tightened")
        case .loosened: LocalizedText(zh: "放宽", en: "loosened")
        case .raised: LocalizedText(zh: "提高", en: "raised")
        case .lowered: LocalizedText(zh: "降低", en: "lowered")
        case .broadened: LocalizedText(zh: "范围扩大", en: "broadened")
        case .narrowed: LocalizedText(zh: "范围缩小", en: "narrowed")
        case .shifted: LocalizedText(zh: "调整", en: "shifted")
        case .lapsed: LocalizedText(zh: "目标已到期", en: "lapsed")
        case .new: LocalizedText(zh: "新增", en: "new")
        case .successor: LocalizedText(zh: "承接此前措施", en: "successor")
        }
    }
}

/// One figure or scope as an edition comparison shows it.
public struct ComparedItem: Sendable, Hashable, Codable {
    /// Target, time limit or scope.
    public var aspect: EditionChange.Aspect
    /// Its key within its measure.
    public var key: String
    /// What it measures or ranges over (the metric, the procedure or the scope's dimension).
    public var subject: LocalizedText
    /// The figure or scope: zh exactly as the text prints it, en in the library's words.
    public var text: LocalizedText
    /// The figure's value (a time limit's length), or `nil` for a scope.
    public var value: Double?
    /// The figure's unit (项, 个工作日 …), or `nil` for a scope.
    public var unit: String?
    /// The period of a target, or `nil` for time limits and scopes.
    public var period: TargetPeriod?
    /// The hedging word the text puts on it (力争, 争取), or `nil`.
    public var hedge: String?
    /// For a target that is not a goal (a cited ceiling, a specification), its role; `nil` for goals.
    public var role: TargetRole?

    init(_ target: Target) {
        aspect = .target
        key = target.key
        subject = target.metric
        let unitEn = target.unit.en
        text = LocalizedText(zh: target.source, en: "\(target.comparator.label.en) \(target.formattedValue) \(unitEn) (\(target.period))")
        value = target.value
        unit = target.unit.zh
        period = target.period
        hedge = target.hedge
        role = target.role.isGoal ? nil : target.role
    }

    init(_ limit: TimeLimit) {
        aspect = .timeLimit
        key = limit.key
        subject = limit.procedure
        text = LocalizedText(zh: limit.source, en: "within \(limit.limit.text(in: .en))")
        value = Double(limit.limit.value)
        unit = limit.limit.unit.zh
        period = nil
        hedge = limit.hedge
        role = nil
    }

    init(_ scope: MeasureScope) {
        aspect = .scope
        key = scope.key
        subject = scope.dimension.label
        text = scope.text
        value = nil
        unit = nil
        period = nil
        hedge = nil
        role = nil
    }
}

/// One figure or scope change a later measure makes, with both sides as printed.
public struct ComparedChange: Sendable, Hashable, Codable {
    /// Which way it changes.
    public var direction: EditionChange.Direction
    /// The later measure that makes the change.
    public var by: MeasureID
    /// The earlier figure or scope, or `nil` when the earlier measure had none.
    public var earlier: ComparedItem?
    /// The later figure or scope, or `nil` when the later measure drops it.
    public var later: ComparedItem?
}

/// Where one measure of the earlier edition stands.
public struct EarlierMeasureOutcome: Sendable, Hashable, Codable {
    /// The measure.
    public var measure: MeasureID
    /// Its heading.
    public var heading: LocalizedText
    /// One status.
    public var status: EditionStatus
    /// Why, in words.
    public var reason: LocalizedText
    /// The clause that justifies the status, exactly as printed (white space removed): the later
    /// measure's clause for restated, superseded and changed measures; the dated figure for
    /// lapsed ones; the later edition's notice (以此为准) for those that continue.
    public var clause: String
    /// The document where ``clause`` is printed.
    public var clauseIn: DocumentID
    /// The later measures that restate or supersede it, in order.
    public var by: [MeasureID]
    /// The figure and scope changes, paired by meaning, in the order the later measures give them.
    public var changes: [ComparedChange]
    /// Its dated figures whose period ended before the as-of date and that no later measure restates.
    public var lapsed: [ComparedItem]
    /// Its figures that continue unchanged (not restated, not inconsistent, not lapsed).
    public var continuing: [ComparedItem]
    /// Later measures the catalog relates to it without restating it (for the reader; not a status).
    public var related: [MeasureID]
}

/// Where one measure of the later edition stands: new, or the successor of earlier measures.
public struct LaterMeasureOutcome: Sendable, Hashable, Codable {
    /// The measure.
    public var measure: MeasureID
    /// Its heading.
    public var heading: LocalizedText
    /// ``EditionStatus/new`` or ``EditionStatus/successor``.
    public var status: EditionStatus
    /// The earlier measures it restates or supersedes (their changes are shown there, once).
    public var succeeds: [MeasureID]
    /// Its figures that pair with no earlier figure.
    public var newFigures: [ComparedItem]
    /// Earlier measures the catalog relates to it without it restating them.
    public var related: [MeasureID]
}

/// What the law is after a later edition: every measure of the earlier edition with one status
/// and its reason, and every measure of the later edition as new or successor, each fact once.
public struct EditionComparison: Sendable, Hashable, Codable {
    /// The earlier edition.
    public var earlier: DocumentID
    /// The later edition (it declares that it succeeds ``earlier``).
    public var later: DocumentID
    /// The date lapses are judged on.
    public var asOf: CivilDate
    /// The later edition's clause on earlier provisions (以此为准), in the library's words, or `nil`
    /// when it has none.
    public var basis: LocalizedText?
    /// Every measure of the earlier edition, in order.
    public var earlierMeasures: [EarlierMeasureOutcome]
    /// Every measure of the later edition, in order.
    public var laterMeasures: [LaterMeasureOutcome]

    /// How many measures (not pairs) of either edition have `status`.
    public func count(_ status: EditionStatus) -> Int {
        earlierMeasures.count { $0.status == status } + laterMeasures.count { $0.status == status }
    }
}

extension Catalog {
    /// Compares two editions of a series as of a date: where each earlier measure stands and
    /// which later measures are new.
    ///
    /// The pairing is the catalog's data: ``CrossReferenceKind/restates`` and
    /// ``CrossReferenceKind/supersedes`` references of the later measures, with their clause and
    /// ``EditionChange``s. A measure no later measure restates continues, unless its dated figures
    /// have all ended before `asOf` (lapsed).
    ///
    /// - Parameters:
    ///   - earlier: the earlier edition (e.g. `beijing-2024-5`).
    ///   - later: the later edition, which declares that it succeeds `earlier` (e.g. `beijing-2026-4`).
    ///   - asOf: the date lapses are judged on; `nil` for the date the later edition bears. An
    ///     earlier date describes the law the later edition would make, not the law then in force;
    ///     `medip diff` refuses one.
    /// - Throws: ``CatalogError/unknownDocument(_:)`` for an unknown id;
    ///   ``CatalogError/reversedEditions(earlier:later:)`` when `earlier` succeeds `later`;
    ///   ``CatalogError/notEditions(_:_:)`` when neither succeeds the other.
    public func compare(_ earlier: DocumentID, _ later: DocumentID, asOf: CivilDate? = nil) throws(CatalogError) -> EditionComparison {
        guard let old = document(earlier) else { throw .unknownDocument(earlier) }
        guard let new = document(later) else { throw .unknownDocument(later) }
        func succeeds(_ a: PolicyDocument, _ b: PolicyDocument) -> Bool {
            a.id != b.id && a.relations.contains { $0.kind == .succeedsEdition && $0.document == b.id }
        }
        guard succeeds(new, old) else {
            if succeeds(old, new) { throw .reversedEditions(earlier: later, later: earlier) }
            throw .notEditions(earlier, later)
        }
        let date = asOf ?? new.dated
        let basis = new.relations.first { $0.kind == .prevailsOverEarlierInconsistent }

        // The links the later edition makes, keyed by the earlier measure.
        struct Link { var from: Measure; var reference: CrossReference }
        var links: [MeasureID: [Link]] = [:]
        var related: [MeasureID: [MeasureID]] = [:]
        var relatedLater: [MeasureID: [MeasureID]] = [:]
        for measure in new.measures {
            for reference in measure.crossReferences where reference.document == earlier {
                guard let target = reference.measure else { continue }
                if reference.kind == .restates || reference.kind == .supersedes {
                    links[target, default: []].append(Link(from: measure, reference: reference))
                } else {
                    related[target, default: []].append(measure.id)
                    relatedLater[measure.id, default: []].append(target)
                }
            }
        }
        for measure in old.measures {
            for reference in measure.crossReferences where reference.document == later {
                guard let target = reference.measure else { continue }
                related[measure.id, default: []].append(target)
                relatedLater[target, default: []].append(measure.id)
            }
        }

        var pairedLater: [MeasureID: Set<String>] = [:]
        var succeeded: [MeasureID: [MeasureID]] = [:]
        var outcomes: [EarlierMeasureOutcome] = []
        for measure in old.measures {
            let mine = links[measure.id] ?? []
            var changes: [ComparedChange] = []
            var pairedEarlier = Set<String>()
            for link in mine {
                succeeded[link.from.id, default: []].append(measure.id)
                for change in link.reference.changes {
                    let before = change.earlier.flatMap { Self.item(change.aspect, $0, in: measure) }
                    let after = change.later.flatMap { Self.item(change.aspect, $0, in: link.from) }
                    if let key = change.earlier { pairedEarlier.insert("\(change.aspect.rawValue)|\(key)") }
                    if let key = change.later { pairedLater[link.from.id, default: []].insert("\(change.aspect.rawValue)|\(key)") }
                    changes.append(ComparedChange(direction: change.direction, by: link.from.id, earlier: before, later: after))
                }
            }
            var lapsed: [ComparedItem] = []
            var continuing: [ComparedItem] = []
            for target in measure.targets where !pairedEarlier.contains("target|\(target.key)") {
                if let end = target.periodEnd, end < date { lapsed.append(ComparedItem(target)) } else { continuing.append(ComparedItem(target)) }
            }
            for limit in measure.timeLimits where !pairedEarlier.contains("timeLimit|\(limit.key)") {
                continuing.append(ComparedItem(limit))
            }
            let by = mine.map(\.from.id).uniqued()
            let status: EditionStatus
            let reason: LocalizedText
            let clause: String
            let clauseIn: DocumentID
            if let link = mine.first(where: { $0.reference.kind == .supersedes }) ?? mine.first {
                let kind = link.reference.kind
                status = kind == .supersedes ? .superseded : (link.reference.changes.first.map { EditionStatus($0.direction) } ?? .restated)
                let who = "\(link.from.id.document)\(link.from.id.label)"
                let verb = kind == .supersedes
                    ? LocalizedText(zh: "被\(who)取代（以此为准，仅不一致处让位）", en: "superseded by \(link.from.id) where inconsistent")
                    : LocalizedText(zh: "由\(who)重述", en: "restated by \(link.from.id)")
                reason = LocalizedText(zh: "\(verb.zh)：\(link.reference.note.zh)", en: "\(verb.en): \(link.reference.note.en)")
                clause = link.reference.clause ?? ""
                clauseIn = later
            } else if !lapsed.isEmpty {
                status = .lapsed
                let years = Set(lapsed.compactMap { $0.period?.year }).sorted().map(String.init).joined(separator: "、")
                reason = LocalizedText(
                    zh: "所定\(years)年目标的期限已过（截至\(date)），\(later)未重述；措施其余内容未被重述，亦无不一致，继续有效。",
                    en: "its \(years) figures ended before \(date) and \(later) does not restate them; the rest of the measure is neither restated nor inconsistent and continues.")
                clause = measure.targets.first { $0.key == lapsed[0].key }?.source ?? ""
                clauseIn = earlier
            } else {
                status = .continues
                reason = LocalizedText(
                    zh: "\(later)未重述本条，亦无与之不一致的规定；以此为准只使不一致者让位，本条继续有效。",
                    en: "\(later) neither restates this measure nor says anything inconsistent with it; 以此为准 displaces only what is inconsistent, so it continues.")
                clause = "此前发布的有关规定与本文不一致的，以此为准"
                clauseIn = later
            }
            outcomes.append(EarlierMeasureOutcome(
                measure: measure.id, heading: measure.heading, status: status, reason: reason, clause: clause,
                clauseIn: clauseIn, by: by, changes: changes, lapsed: lapsed, continuing: continuing,
                related: (related[measure.id] ?? []).uniqued().filter { !by.contains($0) }))
        }

        let laterOutcomes = new.measures.map { measure -> LaterMeasureOutcome in
            let paired = pairedLater[measure.id] ?? []
            let figures = measure.targets.filter { !paired.contains("target|\($0.key)") }.map(ComparedItem.init)
                + measure.timeLimits.filter { !paired.contains("timeLimit|\($0.key)") }.map(ComparedItem.init)
            let predecessors = (succeeded[measure.id] ?? []).uniqued()
            return LaterMeasureOutcome(
                measure: measure.id, heading: measure.heading, status: predecessors.isEmpty ? .new : .successor,
                succeeds: predecessors, newFigures: figures,
                related: (relatedLater[measure.id] ?? []).uniqued().sorted { $0.ordinal < $1.ordinal }.filter { !predecessors.contains($0) })
        }
        return EditionComparison(
            earlier: earlier, later: later, asOf: date, basis: basis?.note,
            earlierMeasures: outcomes, laterMeasures: laterOutcomes)
    }

    /// The figure or scope `key` of `aspect` in `measure`, or `nil`.
    static func item(_ aspect: EditionChange.Aspect, _ key: String, in measure: Measure) -> ComparedItem? {
        switch aspect {
        case .target: measure.targets.first { $0.key == key }.map(ComparedItem.init)
        case .timeLimit: measure.timeLimits.first { $0.key == key }.map(ComparedItem.init)
        case .scope: measure.scope(key).map(ComparedItem.init)
        }
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
