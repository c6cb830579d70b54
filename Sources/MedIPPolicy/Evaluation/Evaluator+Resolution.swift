extension Evaluator {
    /// Decides from established facts: which rules fire, which are overridden, which disposition
    /// the lattice settles on, and every obligation, consequence and flag with its sources.
    package func decide(
        facts: FactSet, caseID: String, regime: Regime, compiled: CompiledRuleSet, asOf: CivilDate,
        detail: DecisionDetail = .full
    ) throws(EvaluationError) -> Decision {
        try decide(facts: facts, caseID: caseID, regime: regime, compiled: compiled, asOf: asOf, detail: detail, blockingPatent: nil)
    }

    /// Decides from established facts (the patent named by a disposition dated by its term is
    /// looked up with `blockingPatent`), resolving into `scratch` (a caller deciding many times
    /// keeps one, so its lists' storage is reused).
    func decide(
        facts: FactSet, caseID: String, regime: Regime, compiled: CompiledRuleSet, asOf: CivilDate,
        detail: DecisionDetail, blockingPatent: BlockingPatentLookup?, scratch: inout Resolution
    ) throws(EvaluationError) -> Decision {
        try resolve(
            facts, compiled, asOf: asOf, documentsInForce: !regime.documents.isEmpty, tracing: detail == .full,
            into: &scratch, blockingPatent: blockingPatent)
        return decision(from: scratch, facts: facts, caseID: caseID, regime: regime, compiled: compiled, asOf: asOf, detail: detail)
    }

    /// Decides from established facts, resolving into a resolution of its own.
    func decide(
        facts: FactSet, caseID: String, regime: Regime, compiled: CompiledRuleSet, asOf: CivilDate,
        detail: DecisionDetail, blockingPatent: BlockingPatentLookup?
    ) throws(EvaluationError) -> Decision {
        var scratch = Resolution()
        return try decide(
            facts: facts, caseID: caseID, regime: regime, compiled: compiled, asOf: asOf, detail: detail,
            blockingPatent: blockingPatent, scratch: &scratch)
    }

    /// The ``Decision`` of a resolution of `facts` under `compiled` (with the trace when
    /// `detail` is ``DecisionDetail/full``).
    func decision(
        from resolution: Resolution, facts: FactSet, caseID: String, regime: Regime, compiled: CompiledRuleSet, asOf: CivilDate,
        detail: DecisionDetail
    ) -> Decision {
        let rules = compiled.rules
        /// The ids of the rules of one part, in order (counted first: the array is made once).
        func ids(_ sources: [Resolution.Source], _ part: Int) -> [RuleID] {
            var count = 0
            for source in sources where source.part == part { count += 1 }
            var ids: [RuleID] = []
            ids.reserveCapacity(count)
            for source in sources where source.part == part { ids.append(rules[source.rule].rule.id) }
            return ids
        }
        func disposition(_ kind: DispositionKind) -> ResolvedDisposition {
            let entry = resolution.disposition(kind)
            let ruleIDs = entry == nil ? [] : ids(resolution.dispositionRules, kind.slot)
            return ResolvedDisposition(
                kind: kind, date: entry?.date.date, unknownDate: entry?.date.unknown, rules: ruleIDs,
                measures: Evaluator.measures(of: ruleIDs), basis: resolution.basis(kind), blockingPatent: entry?.patent)
        }
        func dispositions(_ slots: UInt64) -> [ResolvedDisposition] {
            var list: [ResolvedDisposition] = []
            var remaining = slots
            while remaining != 0 {
                list.append(disposition(DispositionKind(slot: remaining.trailingZeroBitCount)))
                remaining &= remaining &- 1
            }
            return list
        }
        var obligations: [ResolvedObligation] = []
        obligations.reserveCapacity(resolution.obligations.count)
        for position in resolution.obligations.indices {
            let ruleIDs = ids(resolution.obligationRules, position)
            obligations.append(ResolvedObligation(
                code: resolution.obligations[position].template.code, actor: resolution.obligations[position].template.actor,
                action: resolution.obligations[position].template.action,
                modality: resolution.obligations[position].template.modality, due: resolution.obligations[position].due,
                dueRule: resolution.obligations[position].template.due, rules: ruleIDs, measures: Evaluator.measures(of: ruleIDs),
                unknownDue: resolution.obligations[position].unknown, overdueSince: resolution.obligations[position].overdueSince))
        }
        var trace: Trace?
        if detail == .full {
            let count = rules.count
            let fired = compiled.summary == nil ? resolution.firedList : (0..<count).map { resolution.firedMask & (1 << UInt64($0)) != 0 }
            var overriddenBy = [[RuleID]](repeating: [], count: count)
            for index in 0..<count where fired[index] {
                for target in rules[index].overrides where fired[target] {
                    overriddenBy[target].append(rules[index].rule.id)
                }
            }
            trace = Evaluator.trace(facts, compiled, fired, overriddenBy)
        }
        return Decision(
            schemaVersion: Decision.currentSchemaVersion, libraryVersion: MedIPPolicyVersion.current,
            ruleSetDigest: ruleSetDigest, caseID: caseID, asOf: asOf, regime: regime,
            disposition: disposition(resolution.winner),
            concurrentDispositions: dispositions(resolution.concurrent),
            supersededDispositions: dispositions(resolution.superseded),
            obligations: obligations,
            consequences: Evaluator.grouped(resolution.consequenceKinds, ConsequenceKind.allCases) { kind, bit in
                let ruleIDs = ids(resolution.consequences, bit)
                return ResolvedConsequence(kind: kind, rules: ruleIDs, measures: Evaluator.measures(of: ruleIDs))
            },
            flags: Evaluator.grouped(resolution.flagKinds, FlagKind.allCases) { kind, bit in
                let ruleIDs = ids(resolution.flags, bit)
                return ResolvedFlag(kind: kind, rules: ruleIDs, measures: Evaluator.measures(of: ruleIDs))
            },
            conflicts: resolution.conflicts(compiled),
            trace: trace)
    }

    /// Resolves a case's established facts under a regime's compiled rules into `resolution`
    /// (emptied first): which rules fire and which of them stand (are not overridden by another
    /// that fires), what each standing rule yields with its dates, and which disposition the
    /// lattice settles on. `documentsInForce` says whether the regime has documents in force;
    /// `tracing` keeps which rules fire for a trace.
    func resolve(
        _ facts: FactSet, _ compiled: CompiledRuleSet, asOf: CivilDate, documentsInForce: Bool, tracing: Bool,
        into resolution: inout Resolution, blockingPatent: BlockingPatentLookup?
    ) throws(EvaluationError) {
        resolution.reset()
        resolution.documentsInForce = documentsInForce
        let count = compiled.rules.count
        // The effects of the rules that stand, in rule order: short lists appended only when a
        // rule yields something (no array per kind or per rule is built and thrown away).
        func collect(_ index: Int) throws(EvaluationError) {
            // Only the effects are read (copying the rule retained every part of it).
            let effects = compiled.rules[index].rule.effects
            var ordinal = 0  // the obligation's position among the rule's obligations
            for effect in effects {
                switch effect {
                case .disposition(let template):
                    let resolved = try resolve(template.date, facts, notBefore: compiled.countsFrom[index])
                    if let date = resolved.date {
                        if template.kind.isDueByItsDate { resolution.deadlines.append((index, date)) }
                        if template.kind.holdsUntilItsDate { resolution.holds.append((index, template.kind, date)) }
                    }
                    let fromPatent = template.date?.anchor == .linkageBarEnd && template.date?.offset == nil
                    resolution.dispositionRules.append(Resolution.Source(part: template.kind.slot, rule: index))
                    if let position = resolution.dispositions.firstIndex(where: { $0.kind == template.kind }) {
                        resolution.dispositions[position].date = ResolvedDate.merge(
                            resolution.dispositions[position].date, resolved, for: template.kind)
                        resolution.dispositions[position].fromPatent = resolution.dispositions[position].fromPatent || fromPatent
                    } else {
                        resolution.dispositions.append(Resolution.Disposition(kind: template.kind, date: resolved, fromPatent: fromPatent))
                        resolution.present |= 1 << UInt64(template.kind.slot)
                    }
                case .obligation(let template):
                    let resolved = try resolve(template.due, facts, notBefore: compiled.countsFrom[index])
                    let due = resolved.date
                    let position = resolution.obligations.firstIndex(where: {
                        $0.template.code == template.code && $0.template.actor == template.actor && $0.due == due
                            && $0.unknown == resolved.unknown && $0.template.modality == template.modality
                    })
                    if let position {
                        resolution.obligationRules.append(Resolution.Source(part: position, rule: index))
                    } else {
                        resolution.obligationRules.append(Resolution.Source(part: resolution.obligations.count, rule: index))
                        resolution.obligations.append(Resolution.Obligation(
                            template: template, rule: index, ordinal: ordinal, due: due, unknown: resolved.unknown,
                            overdueSince: template.modality.binds ? ResolvedObligation.overdueSince(due: due, on: asOf) : nil))
                    }
                    if template.modality.binds, let due { resolution.deadlines.append((index, due)) }
                    ordinal += 1
                case .consequence(let kind):
                    resolution.consequences.append(Resolution.Source(part: kind.bit, rule: index))
                    resolution.consequenceKinds |= 1 << UInt64(kind.bit)
                case .flag(let kind):
                    resolution.flags.append(Resolution.Source(part: kind.bit, rule: index))
                    resolution.flagKinds |= 1 << UInt64(kind.bit)
                }
            }
        }
        if let summary = compiled.summary {
            // At most 64 rules: which fire and which are overridden, from bit masks.
            let firedMask = compiled.firedMask(facts)
            resolution.firedMask = firedMask
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
            if tracing { resolution.firedList = fired }
        }
        // Entries are read where they lie, their unknown dates matched rather than compared with
        // `nil`: a copy of an entry, or of its unknown date, retained and released its strings.
        var unknownDate = false
        var datedByPatent = false
        resolution.dispositions.forEachInPlace { _, entry in
            if case .some = entry.pointee.date.unknown { unknownDate = true }
            if entry.pointee.fromPatent { datedByPatent = true }
        }
        resolution.obligations.forEachInPlace { _, entry in
            if case .some = entry.pointee.unknown { unknownDate = true }
        }
        if unknownDate { resolution.hasUnknownDate = true }
        // The patent is named only when its term is what the disposition's date is (looked up
        // only when a disposition is dated by a patent's term at all).
        if datedByPatent, facts.linkageBarDeclaration >= 0, let found = blockingPatent?.patent(facts.linkageBarDeclaration) {
            for position in resolution.dispositions.indices
            where resolution.dispositions.readInPlace(position, { $0.pointee.fromPatent && $0.pointee.date.date == found.expiry }) == true {
                resolution.dispositions[position].patent = found
            }
        }
        // Slots are in the lattice's order: by restrictiveness, then name. The most restrictive
        // disposition present wins; the others stand with it or are superseded.
        let present = resolution.present
        let winner = present == 0 ? DispositionKind.ordinaryProcedure : DispositionKind(slot: present.trailingZeroBitCount)
        resolution.winner = winner
        var others = present & (present &- 1)
        while others != 0 {
            let slot = others.trailingZeroBitCount
            others &= others &- 1
            if DispositionKind(slot: slot).isConcurrent(with: winner) {
                resolution.concurrent |= 1 << UInt64(slot)
            } else {
                resolution.superseded |= 1 << UInt64(slot)
            }
        }
    }

    /// The parts of one effect kind (consequences, flags), in the kinds' order: one per kind
    /// whose bit (its position in `kinds`) is set in `present`.
    static func grouped<Kind, Part>(_ present: UInt64, _ kinds: [Kind], _ make: (Kind, Int) -> Part) -> [Part] {
        guard present != 0 else { return [] }
        var parts: [Part] = []
        for (position, kind) in kinds.enumerated() where present & (1 << UInt64(position)) != 0 {
            parts.append(make(kind, position))
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
