extension Evaluator {
    /// How the decision on a case changes from `from` through `through` (inclusive): early warning
    /// (预警).
    ///
    /// The timeline's first segment holds the decision on `from`; each later segment starts on a
    /// date on which the decision changes (``Decision/hasSameOutcome(as:)`` is false) and says
    /// what changed and which dated facts or rules fall on that date.
    ///
    /// **Exact.** On every date of a segment, ``evaluate(_:asOf:detail:)`` gives the segment's
    /// decision (up to its as-of date). **Cheap.** The evaluator decides the case only on
    /// candidate dates, never day by day: the days the case's recorded dates make a fact begin or
    /// end (an event's date, a patent's expiry, an exclusivity's end, the day after an opinion
    /// deadline), the days a document of the jurisdiction takes effect, and the day after each
    /// binding obligation's due date found on the way. Only a custom rule set that counts a due
    /// date from ``DateAnchor/asOf`` makes every day a candidate (its due date moves daily).
    ///
    /// The timeline assumes the facts as recorded (``Timeline/assumption``). A due date in a year
    /// the calendar has no schedule for is unknown, as in ``evaluate(_:asOf:detail:)``: the
    /// obligation never becomes overdue within the timeline (under ``UnknownDatePolicy/fail`` the
    /// first such date throws, as evaluation on that date would).
    ///
    /// - Throws: ``EvaluationError`` when the case is invalid, when `through` is before `from`
    ///   (``EvaluationError/emptyWindow(from:through:)``), or when deciding a date throws.
    public func timeline(_ facts: Case, from: CivilDate, through: CivilDate) throws(EvaluationError) -> Timeline {
        try requireValid(facts)
        return try timelineValidated(facts, from: from, through: through)
    }

    /// ``timeline(_:from:through:)`` for a case already known to be valid (as
    /// ``evaluateValidated(_:asOf:detail:)``).
    public func timelineValidated(_ facts: Case, from: CivilDate, through: CivilDate) throws(EvaluationError) -> Timeline {
        var scratch = Resolution()
        return try timelineValidated(facts, from: from, through: through, scratch: &scratch)
    }

    /// ``timelineValidated(_:from:through:)``, every evaluation resolving into `scratch` (a
    /// screening worker lends its own, reused from line to line).
    func timelineValidated(
        _ facts: Case, from: CivilDate, through: CivilDate, scratch: inout Resolution
    ) throws(EvaluationError) -> Timeline {
        guard from <= through else { throw .emptyWindow(from: from, through: through) }
        var causes: [Int32: [TimelineCause]] = [:]
        // The candidate days after `from`, ascending; `next` is the first not yet decided, and
        // `decided` the last day decided (a day found on the way is a candidate only after it).
        var candidates: [Int32] = []
        var next = 0
        let start = from.daysSinceEpoch
        let end = through.daysSinceEpoch
        var decided = start
        func note(_ day: CivilDate, _ cause: @autoclosure () -> TimelineCause?) {
            let key = day.daysSinceEpoch
            guard key > decided, key <= end else { return }
            var low = next
            var high = candidates.count
            while low < high {
                let middle = (low + high) / 2
                if candidates[middle] < key { low = middle + 1 } else { high = middle }
            }
            if low == candidates.count || candidates[low] != key { candidates.insert(key, at: low) }
            if let cause = cause(), !(causes[key]?.contains(cause) ?? false) { causes[key, default: []].append(cause) }
        }
        facts.forEachDatedFact(rules: patentTermRules, wants: { $0.daysSinceEpoch > start && $0.daysSinceEpoch <= end }) { day, cause in
            note(day, cause)
        }
        for (date, documents) in regimeChanges(for: facts.jurisdiction) where date.daysSinceEpoch > start && date.daysSinceEpoch <= end {
            if documents.isEmpty { note(date, nil) }
            for document in documents {
                note(date, TimelineCause(kind: .documentTakesEffect, date: date, document: document))
            }
        }
        if rules.countsFromTheAsOfDate {
            candidates = Array(start + 1...end)
        }
        func noteDueDates(_ decision: Decision) {
            for obligation in decision.obligations where obligation.modality.binds {
                guard let due = obligation.due else { continue }
                note(due.saturatingAdding(days: 1), TimelineCause(
                    kind: .dueDatePasses, date: due, rule: obligation.rules.first, obligation: obligation.code))
            }
        }

        var current = try evaluateValidated(facts, asOf: from, detail: .summary, scratch: &scratch)
        var evaluations = 1
        noteDueDates(current)
        var segments: [TimelineSegment] = []
        var segmentStart = from
        var pendingChange: TimelineChange?
        while next < candidates.count {
            let key = candidates[next]
            next += 1
            decided = key
            let date = CivilDate(uncheckedDaysSinceEpoch: Int(key))
            let decision = try evaluateValidated(facts, asOf: date, detail: .summary, scratch: &scratch)
            evaluations += 1
            noteDueDates(decision)
            guard !decision.hasSameOutcome(as: current) else { continue }
            segments.append(TimelineSegment(
                from: segmentStart, through: date.saturatingAdding(days: -1), decision: current, change: pendingChange))
            let dayCauses = (causes[key] ?? []).sorted { ($0.kind.rawValue, $0.field ?? "") < ($1.kind.rawValue, $1.field ?? "") }
            pendingChange = TimelineChange(date: date, from: current, to: decision, causes: dayCauses)
            segmentStart = date
            current = decision
        }
        segments.append(TimelineSegment(from: segmentStart, through: through, decision: current, change: pendingChange))
        return Timeline(caseID: facts.id, from: from, through: through, segments: segments, evaluations: evaluations)
    }
}

extension RuleSet {
    /// Whether a rule counts a date from ``DateAnchor/asOf`` (no standard rule does): such a date
    /// moves every day, so a timeline must look at every day.
    var countsFromTheAsOfDate: Bool {
        rules.contains { rule in
            rule.effects.contains { effect in
                switch effect {
                case .disposition(let template): template.date?.anchor == .asOf
                case .obligation(let template): template.due?.anchor == .asOf
                case .consequence, .flag: false
                }
            }
        }
    }
}

extension Case {
    /// Calls `body` with every date `wants` on which a fact the evaluator reads may begin or
    /// end, and the cause to report when the decision changes then (no field path is built for
    /// a date not wanted). The dates are the ones ``FactSet`` compares the as-of date with: an event's
    /// own date (`date <= asOf`), the first day after a period (`asOf < end`), and the day after
    /// an opinion deadline (`asOf > deadline`).
    func forEachDatedFact(rules: PatentTermRules, wants: (CivilDate) -> Bool, _ body: (CivilDate, TimelineCause) -> Void) {
        func event(_ date: CivilDate?, _ field: @autoclosure () -> String) {
            guard let date, wants(date) else { return }
            body(date, TimelineCause(kind: .recordedEvent, date: date, field: field()))
        }
        func period(_ date: CivilDate, _ cause: @autoclosure () -> TimelineCause) {
            guard wants(date) else { return }
            body(date, cause())
        }
        for (index, patent) in patents.enumerated() {
            event(patent.grantDate, "patents[\(index)].grantDate")
            for (entry, status) in patent.statusHistory.enumerated() {
                event(status.date, "patents[\(index)].statusHistory[\(entry)]")
            }
            let expiry = patent.expiry(rules: rules)
            period(expiry, TimelineCause(kind: .patentTermEnds, date: expiry.saturatingAdding(days: -1), field: "patents[\(index)]"))
        }
        for (index, declaration) in declarations.enumerated() {
            event(declaration.declaredOn, "declarations[\(index)].declaredOn")
        }
        for (index, commitment) in commitments.enumerated() {
            event(commitment.date, "commitments[\(index)].date")
            for (entry, finding) in commitment.findings.enumerated() {
                event(finding.date, "commitments[\(index)].findings[\(entry)].date")
            }
        }
        for (index, objection) in objections.enumerated() {
            event(objection.receivedOn, "objections[\(index)].receivedOn")
            event(objection.withdrawnOn, "objections[\(index)].withdrawnOn")
            event(objection.outcome?.date, "objections[\(index)].outcome.date")
        }
        for (index, request) in opinionRequests.enumerated() {
            event(request.requestedOn, "opinionRequests[\(index)].requestedOn")
            event(request.opinion?.date, "opinionRequests[\(index)].opinion.date")
            period(request.deadline.saturatingAdding(days: 1), TimelineCause(
                kind: .opinionDeadlinePasses, date: request.deadline, field: "opinionRequests[\(index)].deadline"))
        }
        for (index, dispute) in disputes.enumerated() {
            event(dispute.filedOn, "disputes[\(index)].filedOn")
            event(dispute.resolution?.date, "disputes[\(index)].resolution.date")
        }
        for (index, ruling) in rulings.enumerated() {
            event(ruling.effectiveOn, "rulings[\(index)].effectiveOn")
            event(ruling.servedOn, "rulings[\(index)].servedOn")
            event(ruling.copiedToHealthcareSecurityOn, "rulings[\(index)].copiedToHealthcareSecurityOn")
            event(ruling.setAsideOn, "rulings[\(index)].setAsideOn")
        }
        for (index, exclusivity) in exclusivities.enumerated() {
            event(exclusivity.start, "exclusivities[\(index)].start")
            let end = exclusivityEnd(exclusivity, rules: rules)
            period(end, TimelineCause(kind: .exclusivityEnds, date: end.saturatingAdding(days: -1), field: "exclusivities[\(index)]"))
        }
        for (index, credit) in creditEvents.enumerated() {
            event(credit.date, "creditEvents[\(index)].date")
            event(credit.clearedOn, "creditEvents[\(index)].clearedOn")
        }
        for (index, entry) in procurementHistory.events.enumerated() {
            event(entry.date, "procurementHistory[\(index)].date")
        }
        event(round?.applicationDate, "round.applicationDate")
    }
}
