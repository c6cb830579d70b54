extension Evaluator {
    /// Decides from established facts: which rules fire, which are overridden, which disposition
    /// the lattice settles on, and every obligation, consequence and flag with its sources.
    package func decide(
        facts: FactSet, caseID: String, regime: Regime, compiled: CompiledRuleSet, asOf: CivilDate,
        detail: DecisionDetail = .full, blockingPatent: (Int) -> BlockingPatent? = { _ in nil }
    ) throws(EvaluationError) -> Decision {
        let count = compiled.rules.count
        var fired = [Bool](repeating: false, count: count)
        var stands = [Bool](repeating: false, count: count)
        if let summary = compiled.summary {
            // At most 64 rules: which fire and which are overridden, from bit masks.
            let mask = compiled.firedMask(facts)
            for index in 0..<count where mask & (1 << UInt64(index)) != 0 {
                fired[index] = true
                stands[index] = summary.overriddenBy[index] & mask == 0
            }
        } else {
            for index in 0..<count { fired[index] = compiled.fires(index, facts) }
            stands = fired
            for index in 0..<count where fired[index] {
                for target in compiled.rules[index].overrides where fired[target] { stands[target] = false }
            }
        }

        // Collect the effects of the rules that stand, in rule order; per kind by slot, not by
        // dictionary.
        var dispositions = [(date: ResolvedDate, rules: [RuleID], fromPatent: Bool)?](
            repeating: nil, count: DispositionKind.allCases.count)
        var obligations: [ResolvedObligation] = []
        var consequences = [[RuleID]](repeating: [], count: ConsequenceKind.allCases.count)
        var flags = [[RuleID]](repeating: [], count: FlagKind.allCases.count)
        var deadlines: [(rule: RuleID, date: CivilDate)] = []
        var holds: [(rule: RuleID, kind: DispositionKind, date: CivilDate)] = []
        for index in 0..<count where stands[index] {
            let rule = compiled.rules[index].rule
            for effect in rule.effects {
                switch effect {
                case .disposition(let template):
                    let resolved = try resolve(template.date, facts, notBefore: compiled.countsFrom[index])
                    if let date = resolved.date {
                        if template.kind.isDueByItsDate { deadlines.append((rule.id, date)) }
                        if template.kind.holdsUntilItsDate { holds.append((rule.id, template.kind, date)) }
                    }
                    let slot = template.kind.slot
                    let fromPatent = template.date?.anchor == .linkageBarEnd && template.date?.offset == nil
                    if var existing = dispositions[slot] {
                        existing.rules.append(rule.id)
                        existing.date = ResolvedDate.merge(existing.date, resolved, for: template.kind)
                        existing.fromPatent = existing.fromPatent || fromPatent
                        dispositions[slot] = existing
                    } else {
                        dispositions[slot] = (resolved, [rule.id], fromPatent)
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
                    consequences[kind.bit].append(rule.id)
                case .flag(let kind):
                    flags[kind.bit].append(rule.id)
                }
            }
        }

        func resolved(_ kind: DispositionKind) -> ResolvedDisposition {
            let entry = dispositions[kind.slot]
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
        // Slots are in the lattice's order: by restrictiveness, then name.
        let ranked = DispositionKind.bySlot.filter { dispositions[$0.slot] != nil }
        let winner = ranked.first ?? .ordinaryProcedure
        let concurrent = ranked.dropFirst().filter { $0.isConcurrent(with: winner) }
        let superseded = ranked.dropFirst().filter { !$0.isConcurrent(with: winner) }

        var trace: Trace?
        if detail == .full {
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
            concurrentDispositions: concurrent.map(resolved),
            supersededDispositions: superseded.map(resolved),
            obligations: obligations,
            consequences: ConsequenceKind.allCases.compactMap { kind in
                consequences[kind.bit].isEmpty ? nil
                    : ResolvedConsequence(kind: kind, rules: consequences[kind.bit], measures: Evaluator.measures(of: consequences[kind.bit]))
            },
            flags: FlagKind.allCases.compactMap { kind in
                flags[kind.bit].isEmpty ? nil
                    : ResolvedFlag(kind: kind, rules: flags[kind.bit], measures: Evaluator.measures(of: flags[kind.bit]))
            },
            conflicts: Evaluator.conflicts(deadlines, holds),
            trace: trace)
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
