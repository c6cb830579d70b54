extension Evaluator {
    /// Decides from established facts: which rules fire, which are overridden, which disposition
    /// the lattice settles on, and every obligation, consequence and flag with its sources.
    package func decide(
        facts: FactSet, caseID: String, regime: Regime, compiled: CompiledRuleSet, asOf: CivilDate,
        detail: DecisionDetail = .full, blockingPatent: (Int) -> BlockingPatent? = { _ in nil }
    ) throws(EvaluationError) -> Decision {
        let count = compiled.rules.count
        // The effects of the rules that stand, in rule order: short lists appended only when a
        // rule yields something (no array per kind or per rule is built and thrown away).
        var dispositions: [DispositionEntry] = []
        var present: UInt64 = 0  // bit `slot` for each disposition kind in `dispositions`
        var obligations: [ResolvedObligation] = []
        var consequences: [SourcedRule] = []
        var flags: [SourcedRule] = []
        var deadlines: [(rule: RuleID, date: CivilDate)] = []
        var holds: [(rule: RuleID, kind: DispositionKind, date: CivilDate)] = []
        func collect(_ index: Int) throws(EvaluationError) {
            let rule = compiled.rules[index].rule
            for effect in rule.effects {
                switch effect {
                case .disposition(let template):
                    let resolved = try resolve(template.date, facts, notBefore: compiled.countsFrom[index])
                    if let date = resolved.date {
                        if template.kind.isDueByItsDate { deadlines.append((rule.id, date)) }
                        if template.kind.holdsUntilItsDate { holds.append((rule.id, template.kind, date)) }
                    }
                    let fromPatent = template.date?.anchor == .linkageBarEnd && template.date?.offset == nil
                    if let position = dispositions.firstIndex(where: { $0.kind == template.kind }) {
                        dispositions[position].rules.append(rule.id)
                        dispositions[position].date = ResolvedDate.merge(dispositions[position].date, resolved, for: template.kind)
                        dispositions[position].fromPatent = dispositions[position].fromPatent || fromPatent
                    } else {
                        dispositions.append(DispositionEntry(kind: template.kind, date: resolved, rules: [rule.id], fromPatent: fromPatent))
                        present |= 1 << UInt64(template.kind.slot)
                    }
                case .obligation(let template):
                    let resolved = try resolve(template.due, facts, notBefore: compiled.countsFrom[index])
                    let due = resolved.date
                    if let position = obligations.firstIndex(where: {
                        $0.code == template.code && $0.actor == template.actor && $0.due == due && $0.unknownDue == resolved.unknown
                            && $0.modality == template.modality
                    }) {
                        obligations[position].rules.append(rule.id)
                        if !obligations[position].measures.contains(rule.measure) { obligations[position].measures.append(rule.measure) }
                    } else {
                        obligations.append(ResolvedObligation(
                            code: template.code, actor: template.actor, action: template.action, modality: template.modality,
                            due: due, dueRule: template.due, rules: [rule.id], measures: [rule.measure],
                            unknownDue: resolved.unknown,
                            overdueSince: template.modality.binds ? ResolvedObligation.overdueSince(due: due, on: asOf) : nil))
                    }
                    if template.modality.binds, let due { deadlines.append((rule.id, due)) }
                case .consequence(let kind):
                    consequences.append(SourcedRule(kind: kind.bit, rule: rule.id))
                case .flag(let kind):
                    flags.append(SourcedRule(kind: kind.bit, rule: rule.id))
                }
            }
        }
        // Which rules fire and which of them stand (are not overridden by another that fires).
        var firedMask: UInt64 = 0
        var firedList: [Bool] = []  // with more than 64 rules, or for the trace
        if let summary = compiled.summary {
            // At most 64 rules: which fire and which are overridden, from bit masks.
            firedMask = compiled.firedMask(facts)
            var remaining = firedMask
            while remaining != 0 {
                let index = remaining.trailingZeroBitCount
                remaining &= remaining &- 1
                if summary.overriddenBy[index] & firedMask == 0 { try collect(index) }
            }
        } else {
            var fired = [Bool](repeating: false, count: count)
            for index in 0..<count { fired[index] = compiled.fires(index, facts) }
            var stands = fired
            for index in 0..<count where fired[index] {
                for target in compiled.rules[index].overrides where fired[target] { stands[target] = false }
            }
            for index in 0..<count where stands[index] { try collect(index) }
            firedList = fired
        }

        func resolved(_ kind: DispositionKind) -> ResolvedDisposition {
            let entry = dispositions.first { $0.kind == kind }
            let rules = entry?.rules ?? []
            // The patent is named only when its term is what the disposition's date is.
            var patent: BlockingPatent?
            if let entry, entry.fromPatent, let date = entry.date.date, facts.linkageBarDeclaration >= 0,
               let found = blockingPatent(facts.linkageBarDeclaration), found.expiry == date {
                patent = found
            }
            return ResolvedDisposition(
                kind: kind, date: entry?.date.date, unknownDate: entry?.date.unknown, rules: rules,
                measures: Evaluator.measures(of: rules),
                basis: entry != nil ? .rules : regime.documents.isEmpty ? .noDocumentInForce : .notAddressed,
                blockingPatent: patent)
        }
        // Slots are in the lattice's order: by restrictiveness, then name. The most restrictive
        // disposition present wins; the others stand with it or are superseded.
        let winner = present == 0 ? DispositionKind.ordinaryProcedure : DispositionKind.bySlot[present.trailingZeroBitCount]
        var concurrent: [ResolvedDisposition] = []
        var superseded: [ResolvedDisposition] = []
        var others = present & (present &- 1)
        while others != 0 {
            let kind = DispositionKind.bySlot[others.trailingZeroBitCount]
            others &= others &- 1
            if kind.isConcurrent(with: winner) { concurrent.append(resolved(kind)) } else { superseded.append(resolved(kind)) }
        }

        var trace: Trace?
        if detail == .full {
            let fired = compiled.summary == nil ? firedList : (0..<count).map { firedMask & (1 << UInt64($0)) != 0 }
            var overriddenBy = [[RuleID]](repeating: [], count: count)
            for index in 0..<count where fired[index] {
                for target in compiled.rules[index].overrides where fired[target] {
                    overriddenBy[target].append(compiled.rules[index].rule.id)
                }
            }
            trace = Evaluator.trace(facts, compiled, fired, overriddenBy)
        }
        return Decision(
            schemaVersion: Decision.currentSchemaVersion, libraryVersion: MedIPPolicyVersion.current,
            ruleSetDigest: ruleSetDigest, caseID: caseID, asOf: asOf, regime: regime,
            disposition: resolved(winner),
            concurrentDispositions: concurrent,
            supersededDispositions: superseded,
            obligations: obligations,
            consequences: Evaluator.grouped(consequences, ConsequenceKind.allCases) { kind, rules in
                ResolvedConsequence(kind: kind, rules: rules, measures: Evaluator.measures(of: rules))
            },
            flags: Evaluator.grouped(flags, FlagKind.allCases) { kind, rules in
                ResolvedFlag(kind: kind, rules: rules, measures: Evaluator.measures(of: rules))
            },
            conflicts: Evaluator.conflicts(deadlines, holds),
            trace: trace)
    }

    /// The parts of one effect kind (consequences, flags), in the kinds' order, each with its
    /// rules in rule order; `sourced` holds each (kind's position in `kinds`, rule) as collected.
    static func grouped<Kind, Part>(_ sourced: [SourcedRule], _ kinds: [Kind], _ make: (Kind, [RuleID]) -> Part) -> [Part] {
        guard !sourced.isEmpty else { return [] }
        var parts: [Part] = []
        for (position, kind) in kinds.enumerated() {
            var rules: [RuleID] = []
            for entry in sourced where entry.kind == position { rules.append(entry.rule) }
            if !rules.isEmpty { parts.append(make(kind, rules)) }
        }
        return parts
    }

    /// Each pair of a time limit and a hold past it, once per pair of rules (the earliest
    /// deadline and latest hold of the pair), ordered by deadline rule then hold rule.
    static func conflicts(
        _ deadlines: [(rule: RuleID, date: CivilDate)], _ holds: [(rule: RuleID, kind: DispositionKind, date: CivilDate)]
    ) -> [TimeLimitConflict] {
        guard !deadlines.isEmpty, !holds.isEmpty else { return [] }
        var found: [TimeLimitConflict] = []
        for deadline in deadlines {
            for hold in holds where hold.rule != deadline.rule && hold.date > deadline.date {
                if let position = found.firstIndex(where: { $0.deadlineRule == deadline.rule && $0.holdRule == hold.rule }) {
                    found[position].deadline = min(found[position].deadline, deadline.date)
                    found[position].holdUntil = max(found[position].holdUntil, hold.date)
                } else {
                    found.append(TimeLimitConflict(
                        deadlineRule: deadline.rule, deadlineMeasure: deadline.rule.measure, deadline: deadline.date,
                        holdRule: hold.rule, holdMeasure: hold.rule.measure, holdKind: hold.kind, holdUntil: hold.date))
                }
            }
        }
        return found.sorted { ($0.deadlineRule, $0.holdRule) < ($1.deadlineRule, $1.holdRule) }
    }

    /// The trace: every rule of the regime, fired or not, and every fact.
    static func trace(_ facts: FactSet, _ compiled: CompiledRuleSet, _ fired: [Bool], _ overriddenBy: [[RuleID]]) -> Trace {
        var firedTrace: [Trace.Fired] = []
        var notFired: [Trace.NotFired] = []
        for index in 0..<compiled.rules.count {
            let rule = compiled.rules[index].rule
            if fired[index] {
                firedTrace.append(Trace.Fired(
                    rule: rule.id, measure: rule.measure,
                    facts: compiled.reasons(index, facts).map { Fact(predicate: $0, holds: facts.holds($0), evidence: facts.evidence[$0] ?? []) },
                    overriddenBy: overriddenBy[index]))
            } else {
                notFired.append(Trace.NotFired(
                    rule: rule.id, measure: rule.measure,
                    failure: rule.condition.firstFailure { facts.holds($0) }))
            }
        }
        let allFacts = Predicate.allCases.map { Fact(predicate: $0, holds: facts.holds($0), evidence: facts.evidence[$0] ?? []) }
        return Trace(fired: firedTrace, notFired: notFired, facts: allFacts)
    }

    /// The date a date expression gives on these facts: known, unknown (a year the calendar has
    /// no schedule for, under ``UnknownDatePolicy/record``), or neither when the case lacks the
    /// anchor.
    ///
    /// A period (an expression with an offset) starts from the later of the anchor and
    /// `notBefore` — the first day of the rule's document, under
    /// ``TimeLimitStart/laterOfAnchorAndEffectiveDate`` — so no time limit runs from before the
    /// document that sets it existed.
    func resolve(_ expression: DateExpression?, _ facts: FactSet, notBefore: CivilDate? = nil) throws(EvaluationError) -> ResolvedDate {
        guard let expression, let recorded = facts.anchors[expression.anchor] else { return .none }
        guard let offset = expression.offset else { return ResolvedDate(date: recorded, unknown: nil) }
        let anchor = notBefore.map { max($0, recorded) } ?? recorded
        do {
            return ResolvedDate(date: try calendar.endOfPeriod(offset, from: anchor), unknown: nil)
        } catch {
            let source = facts.anchorSources[expression.anchor]
            if case .yearNotCovered(let year) = error, unknownDates == .record {
                return ResolvedDate(date: nil, unknown: UnknownDate(year: year, expression: expression, from: source, start: anchor))
            }
            throw EvaluationError(calendar: error, computing: expression, from: anchor, source: source)
        }
    }

    /// Two dates of the same disposition from different rules: the later for holds (defer,
    /// await), the earlier for due dates (green channel).
    static func merge(_ a: CivilDate?, _ b: CivilDate?, for kind: DispositionKind) -> CivilDate? {
        guard let a else { return b }
        guard let b else { return a }
        return kind == .greenChannel ? min(a, b) : max(a, b)
    }

    /// The measures of `rules`, each once, in the rules' order. The lists are short (the rules
    /// behind one part of a decision), so a linear check beats hashing each measure id.
    static func measures(of rules: [RuleID]) -> [MeasureID] {
        var measures: [MeasureID] = []
        measures.reserveCapacity(rules.count)
        for rule in rules where !measures.contains(rule.measure) { measures.append(rule.measure) }
        return measures
    }
}

/// A disposition collected while deciding: its kind, its date so far, the rules that yield it
/// and whether a rule dates it by the blocking patent's term.
struct DispositionEntry {
    let kind: DispositionKind
    var date: ResolvedDate
    var rules: [RuleID]
    var fromPatent: Bool
}

/// A consequence or flag collected while deciding: the kind's position in its `allCases` (its
/// bit) and the rule that yields it.
struct SourcedRule {
    let kind: Int
    let rule: RuleID
}
