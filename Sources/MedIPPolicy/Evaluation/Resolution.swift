/// What deciding a case resolved, before any ``Decision`` is built: which rules fire and stand,
/// and what each yields — dispositions with their merged dates, obligations grouped with their
/// due dates, consequences, flags, the time limits and holds behind conflicts — each rule as
/// its index in the regime's ``CompiledRuleSet/rules``.
///
/// ``Evaluator/resolve(_:_:asOf:documentsInForce:tracing:into:blockingPatent:)`` fills it; a
/// `Decision` is built from it (``Evaluator/decision(from:facts:caseID:regime:compiled:asOf:detail:)``),
/// and screening writes a decided line straight from it (``ScreenedLineWriter``), so both read
/// one resolution. A screening worker keeps one and refills it for every case (a timeline for
/// every date it evaluates): ``reset()`` empties the lists and keeps their storage.
struct Resolution {
    /// A disposition some standing rule yields: its date merged over those rules, whether a rule
    /// dates it by the blocking patent's term, and the patent when its term is the date.
    struct Disposition {
        let kind: DispositionKind
        var date: ResolvedDate
        var fromPatent: Bool
        var patent: BlockingPatent?
    }

    /// An obligation, as the first rule that asks it: its template (effect `ordinal` among the
    /// obligations of rule `rule`), and its due date.
    struct Obligation {
        let template: ObligationTemplate
        let rule: Int
        let ordinal: Int
        let due: CivilDate?
        let unknown: UnknownDate?
        let overdueSince: CivilDate?
    }

    /// A rule (its index) behind one part of the decision: a disposition (``part`` is the kind's
    /// slot), an obligation (its position in ``obligations``), a consequence or a flag (the
    /// kind's bit). Kept in rule order.
    struct Source {
        let part: Int
        let rule: Int
    }

    /// The dispositions yielded, in the order first met; bit `slot` of ``present`` for each.
    var dispositions: [Disposition] = []
    var present: UInt64 = 0
    /// The rules behind each disposition, ``obligations``, consequences and flags.
    var dispositionRules: [Source] = []
    var obligations: [Obligation] = []
    var obligationRules: [Source] = []
    var consequences: [Source] = []
    var flags: [Source] = []
    /// Bit per kind's bit in ``consequences`` and ``flags``.
    var consequenceKinds: UInt64 = 0
    var flagKinds: UInt64 = 0
    /// The dates by which standing rules require something, and until which they hold the
    /// product (``Evaluator/conflicts(_:_:)``).
    var deadlines: [(rule: Int, date: CivilDate)] = []
    var holds: [(rule: Int, kind: DispositionKind, date: CivilDate)] = []
    /// The disposition that wins, and the slots of the others: concurrent with it or superseded.
    var winner = DispositionKind.ordinaryProcedure
    var concurrent: UInt64 = 0
    var superseded: UInt64 = 0
    /// Whether the regime has documents in force (the basis of a disposition no rule yields).
    var documentsInForce = false
    /// Whether a disposition's date or an obligation's due date is unknown.
    var hasUnknownDate = false
    /// The rules that fire (bit `i` for rule `i`), with at most 64 rules; otherwise ``firedList``
    /// (which a trace reads either way).
    var firedMask: UInt64 = 0
    var firedList: [Bool] = []

    /// Empties every list, keeping its storage (an empty list is left alone: emptying one
    /// costs more than the check).
    mutating func reset() {
        func empty<Element>(_ list: inout [Element]) {
            if !list.isEmpty { list.removeAll(keepingCapacity: true) }
        }
        empty(&dispositions)
        empty(&dispositionRules)
        empty(&obligations)
        empty(&obligationRules)
        empty(&consequences)
        empty(&flags)
        empty(&deadlines)
        empty(&holds)
        empty(&firedList)
        (present, consequenceKinds, flagKinds, concurrent, superseded, firedMask) = (0, 0, 0, 0, 0, 0)
        winner = .ordinaryProcedure
        documentsInForce = false
        hasUnknownDate = false
    }

    /// The position in ``dispositions`` of the disposition of a kind, if a standing rule yields it.
    func position(of kind: DispositionKind) -> Int? {
        guard present & (1 << UInt64(kind.slot)) != 0 else { return nil }
        return dispositions.firstIndex { $0.kind == kind }
    }

    /// The disposition of a kind, if a standing rule yields it.
    func disposition(_ kind: DispositionKind) -> Disposition? {
        position(of: kind).map { dispositions[$0] }
    }

    /// Why a disposition of this kind stands: its rules, or — with none — no document in force
    /// or a situation the regime does not address.
    func basis(_ kind: DispositionKind) -> DispositionBasis {
        present & (1 << UInt64(kind.slot)) != 0 ? .rules : documentsInForce ? .notAddressed : .noDocumentInForce
    }

    /// Each pair of a time limit and a hold past it (``Evaluator/conflicts(_:_:)``), rules by id.
    func conflicts(_ compiled: CompiledRuleSet) -> [TimeLimitConflict] {
        guard !deadlines.isEmpty, !holds.isEmpty else { return [] }
        return Evaluator.conflicts(
            deadlines.map { (compiled.rules[$0.rule].rule.id, $0.date) },
            holds.map { (compiled.rules[$0.rule].rule.id, $0.kind, $0.date) })
    }
}

/// The patent of a case's category-3 declaration, looked up when a disposition is dated by its
/// term (``BlockingPatent/declared(_:declarations:patents:rules:)``); holds the case's two lists,
/// not the case.
struct BlockingPatentLookup {
    let declarations: [PatentLinkageDeclaration]
    let patents: [Patent]
    let rules: PatentTermRules

    init(_ facts: Case, rules: PatentTermRules) {
        (declarations, patents, self.rules) = (facts.declarations, facts.patents, rules)
    }

    func patent(_ declaration: Int) -> BlockingPatent? {
        BlockingPatent.declared(declaration, declarations: declarations, patents: patents, rules: rules)
    }
}
