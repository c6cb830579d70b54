/// Applies the rules in force to a case on a date and returns a ``Decision``.
///
/// Build one evaluator and reuse it: construction compiles every regime the catalog can produce
/// (one per jurisdiction and effective date) so that evaluation only computes the case's facts
/// and walks precompiled bit masks. An evaluator is an immutable value, safe to share across
/// tasks and threads. Evaluation is a pure function of the case, the as-of date and the
/// evaluator's catalog, rules and calendar: no clock, no global state.
///
/// ```swift
/// let evaluator = Evaluator()
/// let decision = try evaluator.evaluate(myCase, asOf: try CivilDate(iso8601: "2026-11-23"))
/// ```
public struct Evaluator: Sendable {
    /// The documents and measures.
    public let catalog: Catalog
    /// The rules (before restriction to a regime).
    public let rules: RuleSet
    /// The working-day calendar used for due dates.
    public let calendar: WorkingDayCalendar
    /// How patent terms are counted.
    public let patentTermRules: PatentTermRules
    /// What a date needing a year ``calendar`` has no schedule for becomes:
    /// ``UnknownDatePolicy/record`` (the default) decides the case and records the date as an
    /// ``UnknownDate``; ``UnknownDatePolicy/fail`` throws ``EvaluationError``.
    public let unknownDates: UnknownDatePolicy
    /// The digest of ``rules`` and ``catalog`` that every decision of this evaluator carries
    /// (``Decision/ruleSetDigest``): `sha256:` and the lower-case hexadecimal SHA-256 of their
    /// canonical JSON (``digest(catalog:rules:)`` says exactly how). Computed once, when
    /// the evaluator is built.
    public let ruleSetDigest: String

    struct Segment: Sendable {
        let from: CivilDate
        let regimeDocuments: [DocumentID]
        let compiled: CompiledRuleSet
    }

    /// Per jurisdiction, the regimes in date order; the first starts at the earliest document.
    private let segments: [[Segment]]  // indexed by Jurisdiction.slot
    private let empty = CompiledRuleSet(RuleSet([]))

    /// Compiles the regimes of a catalog and rule set.
    ///
    /// `unknownDates` says what a due date in a year `calendar` has no schedule for becomes:
    /// an ``UnknownDate`` on a decision that is still made (``UnknownDatePolicy/record``, the
    /// default), or an ``EvaluationError`` (``UnknownDatePolicy/fail``).
    public init(
        catalog: Catalog = .standard, rules: RuleSet = .standard, calendar: WorkingDayCalendar = .china,
        patentTermRules: PatentTermRules = .default, unknownDates: UnknownDatePolicy = .record
    ) {
        self.catalog = catalog
        self.rules = rules
        self.calendar = calendar
        self.patentTermRules = patentTermRules
        self.unknownDates = unknownDates
        self.ruleSetDigest = Evaluator.digest(catalog: catalog, rules: rules)
        // Sorting the rules, expanding their conditions and resolving their overrides is done
        // once; each regime then selects its rules (what compiling its restriction would give).
        let compilation = RuleCompilation(rules, documents: catalog.documents)
        var segments = [[Segment]](repeating: [], count: Jurisdiction.allCases.count)
        for jurisdiction in Jurisdiction.allCases {
            segments[jurisdiction.slot] = Regime.changeDates(for: jurisdiction, catalog: catalog).map { date in
                let regime = Regime(jurisdiction: jurisdiction, date: date, catalog: catalog)
                return Segment(
                    from: date, regimeDocuments: regime.documents,
                    compiled: CompiledRuleSet(compilation, documents: regime.documents))
            }
        }
        self.segments = segments
    }

    /// The regime in force for a jurisdiction on a date.
    public func regime(for jurisdiction: Jurisdiction, on date: CivilDate) -> Regime {
        Regime(jurisdiction: jurisdiction, date: date, catalog: catalog)
    }

    private func segment(for jurisdiction: Jurisdiction, on date: CivilDate) -> Segment? {
        segmentIndex(for: jurisdiction, on: date).map { segments[jurisdiction.slot][$0] }
    }

    /// The index in `segments[jurisdiction.slot]` of the regime in force on `date`.
    private func segmentIndex(for jurisdiction: Jurisdiction, on date: CivilDate) -> Int? {
        segments[jurisdiction.slot].withUnsafeBufferPointer { list in
            var low = 0
            var high = list.count
            while low < high {
                let middle = (low + high) / 2
                if list[middle].from <= date { low = middle + 1 } else { high = middle }
            }
            return low == 0 ? nil : low - 1
        }
    }

    /// The first day of each regime of a jurisdiction after the first, with the documents that
    /// take effect that day (for timelines).
    package func regimeChanges(for jurisdiction: Jurisdiction) -> [(date: CivilDate, documents: [DocumentID])] {
        let list = segments[jurisdiction.slot]
        return list.indices.map { index in
            let previous = index == 0 ? [] : list[index - 1].regimeDocuments
            return (list[index].from, list[index].regimeDocuments.filter { !previous.contains($0) })
        }
    }

    /// The document lists of a jurisdiction's regimes, in date order: the very arrays the
    /// decisions' ``Regime/documents`` share (for ``DecisionFragments``).
    package func regimeDocumentLists(for jurisdiction: Jurisdiction) -> [[DocumentID]] {
        segments[jurisdiction.slot].map(\.regimeDocuments)
    }

    /// The compiled rules of a jurisdiction's regimes, in date order (for ``DecisionFragments``):
    /// the position of each is its regime's in ``regimeDocumentLists(for:)``.
    func compiledRuleSets(for jurisdiction: Jurisdiction) -> [CompiledRuleSet] {
        segments[jurisdiction.slot].map(\.compiled)
    }

    /// The compiled rules of the regime in force for a jurisdiction on a date (without copying
    /// the segment, whose document list would be retained for nothing).
    package func compiledRules(for jurisdiction: Jurisdiction, on date: CivilDate) -> CompiledRuleSet {
        guard let index = segmentIndex(for: jurisdiction, on: date) else { return empty }
        return segments[jurisdiction.slot][index].compiled
    }

    /// Decides a case on a date.
    ///
    /// - Parameters:
    ///   - facts: the case.
    ///   - date: the as-of date: the regime in force then applies, and every fact is read as of it.
    ///   - detail: ``DecisionDetail/full`` (the default) includes the ``Trace``: every rule of the
    ///     regime, the facts with their evidence paths. ``DecisionDetail/summary`` leaves it out
    ///     (`trace` is `nil`), for batch screening.
    /// - Throws: ``EvaluationError`` when the case has error-severity validation problems (the
    ///   error lists every one), or — with ``unknownDates`` ``UnknownDatePolicy/fail`` — when a
    ///   due date needs a year the calendar has no schedule for. By default such a date is
    ///   recorded as an ``UnknownDate`` and the decision is made.
    public func evaluate(_ facts: Case, asOf date: CivilDate, detail: DecisionDetail = .full) throws(EvaluationError) -> Decision {
        try requireValid(facts)
        return try evaluateValidated(facts, asOf: date, detail: detail)
    }

    /// Throws ``EvaluationError/invalidCase(_:)`` with every error-severity issue of the case,
    /// validated under this evaluator's patent-term rules.
    package func requireValid(_ facts: Case) throws(EvaluationError) {
        let problems = facts.validationErrors(rules: patentTermRules)
        guard problems.isEmpty else { throw .invalidCase(problems) }
    }

    /// Decides a case already known to be valid, skipping validation — for callers that
    /// validated once and decide the same case on many dates.
    ///
    /// Deciding an invalid case this way gives an unspecified (but never crashing) decision: use
    /// ``evaluate(_:asOf:detail:)`` unless ``Case/validate(rules:)`` has reported no error.
    public func evaluateValidated(_ facts: Case, asOf date: CivilDate, detail: DecisionDetail = .full) throws(EvaluationError) -> Decision {
        var scratch = Resolution()
        return try evaluateValidated(facts, asOf: date, detail: detail, scratch: &scratch)
    }

    /// Decides a case already known to be valid as ``evaluateValidated(_:asOf:detail:)`` does,
    /// resolving into `scratch` (a timeline, deciding one case on many dates, keeps one).
    func evaluateValidated(
        _ facts: Case, asOf date: CivilDate, detail: DecisionDetail, scratch: inout Resolution
    ) throws(EvaluationError) -> Decision {
        let established = FactSet(facts, asOf: date, rules: patentTermRules, collectingEvidence: detail == .full)
        let found = segment(for: facts.jurisdiction, on: date)
        let regime = Regime(jurisdiction: facts.jurisdiction, date: date, documents: found?.regimeDocuments ?? [])
        do {
            let blocking = BlockingPatentLookup(facts, rules: patentTermRules)
            let decision = try decide(
                facts: established, caseID: facts.id, regime: regime, compiled: found?.compiled ?? empty, asOf: date,
                detail: detail, blockingPatent: blocking, scratch: &scratch)
            guard detail != .full, decision.hasUnknownDate else { return decision }
            // Decided without field names: decide again collecting them, so every unknown date
            // says which case field it is counted from (rare, so the common path never pays).
            let named = FactSet(facts, asOf: date, rules: patentTermRules, collectingEvidence: true)
            return try decide(
                facts: named, caseID: facts.id, regime: regime, compiled: found?.compiled ?? empty, asOf: date,
                detail: detail, blockingPatent: blocking, scratch: &scratch)
        } catch {
            throw withCaseField(error, facts, date)
        }
    }

    /// Resolves a case already known to be valid on a date into `resolution`, as
    /// ``evaluateValidated(_:asOf:detail:)`` resolves it for a ``DecisionDetail/summary``
    /// decision, without building the ``Decision`` (screening writes the decided line from the
    /// resolution). Returns the regime's position in ``regimeDocumentLists(for:)`` plus one, 0
    /// when no regime is in force.
    ///
    /// The facts are established without field names: when ``Resolution/hasUnknownDate``, or
    /// when this throws, the caller decides with ``evaluateValidated(_:asOf:detail:)``, which
    /// names them.
    func resolve(_ facts: Case, asOf date: CivilDate, into resolution: inout Resolution) throws(EvaluationError) -> Int {
        let established = FactSet(facts, asOf: date, rules: patentTermRules, collectingEvidence: false)
        let index = segmentIndex(for: facts.jurisdiction, on: date)
        let list = segments[facts.jurisdiction.slot]
        try resolve(
            established, index.map { list[$0].compiled } ?? empty, asOf: date,
            documentsInForce: index.map { !list[$0].regimeDocuments.isEmpty } ?? false, tracing: false,
            into: &resolution, blockingPatent: BlockingPatentLookup(facts, rules: patentTermRules))
        return index.map { $0 + 1 } ?? 0
    }

    /// The case field a date anchor of `facts` comes from (facts established again, collecting).
    func source(of anchor: DateAnchor, _ facts: Case, _ date: CivilDate) -> String? {
        FactSet(facts, asOf: date, rules: patentTermRules, collectingEvidence: true).anchorSources[anchor]
    }

    /// A calendar failure found without evidence collection names no case field; the facts are
    /// established again, collecting, so the error says where the failing date came from (rare,
    /// so the common path never pays for the field names).
    func withCaseField(_ error: EvaluationError, _ facts: Case, _ date: CivilDate) -> EvaluationError {
        guard error.calendarError != nil, error.path == nil else { return error }
        let named = FactSet(facts, asOf: date, rules: patentTermRules, collectingEvidence: true)
        do {
            _ = try decide(
                facts: named, caseID: facts.id, regime: Regime(jurisdiction: facts.jurisdiction, date: date, documents: []),
                compiled: compiledRules(for: facts.jurisdiction, on: date), asOf: date, detail: .summary)
        } catch {
            return error
        }
        return error
    }
}

/// How much of a ``Decision`` the evaluator builds.
public enum DecisionDetail: String, StableStringEnum {
    /// Everything, including the ``Trace`` of every rule and the facts' evidence paths.
    case full
    /// The disposition, obligations, consequences and flags with their citations; no trace.
    case summary
}

extension Jurisdiction {
    /// The jurisdiction's index in the evaluator's segment table.
    var slot: Int {
        switch self {
        case .national: 0
        case .beijing: 1
        }
    }
}

extension Regime {
    /// A regime with an explicit document list (as the evaluator precomputes them).
    init(jurisdiction: Jurisdiction, date: CivilDate, documents: [DocumentID]) {
        self.jurisdiction = jurisdiction
        self.date = date
        self.documents = documents
    }
}

