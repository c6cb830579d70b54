extension Rule {
    /// The time limits the rule sets: date expressions of its green-channel disposition and of
    /// its binding obligations (``Modality/binds``).
    var timeLimits: [DateExpression] {
        effects.compactMap { effect in
            switch effect {
            case .disposition(let template) where template.kind.isDueByItsDate: template.date
            case .obligation(let template) where template.modality.binds: template.due
            default: nil
            }
        }
    }

    /// The date the rule holds the product until, if its disposition is a hold with a date
    /// (``DispositionKind/awaitOpinion``, ``DispositionKind/deferUntil``).
    var holdDate: DateExpression? {
        guard let template = disposition, template.kind.holdsUntilItsDate else { return nil }
        return template.date
    }
}

extension RuleSet {
    /// Pairs of rules that can fire together where one sets a time limit and the other holds the
    /// product until a date computed from another anchor, so nothing guarantees the hold ends
    /// within the limit — unless either rule lists the other in
    /// ``Rule/acknowledgedTimeLimitConflicts`` (the evaluator then names the conflict in each
    /// decision where the dates clash: ``Decision/conflicts``).
    ///
    /// Spends what is left of the analysis's one budget (`forms` are the rules' conditions, in
    /// rule order, already formed under it); once it is spent the remaining pairs are counted in
    /// one ``AnalysisFinding/Kind/undecided`` finding instead of being visited.
    func timeLimitConflictFindings(
        forms: [SatisfiabilityProblem.Form], constraints: SatisfiabilityProblem.Constraints, budget work: inout WorkBudget
    ) -> [AnalysisFinding] {
        var findings: [AnalysisFinding] = []
        var notDecided = 0
        var involved = Set<RuleID>()
        let limited = rules.indices.filter { !rules[$0].timeLimits.isEmpty }
        let holding = rules.indices.filter { rules[$0].holdDate != nil }
        for i in limited {
            let a = rules[i]
            let limits = a.timeLimits
            for j in holding where j != i {
                let b = rules[j]
                guard let hold = b.holdDate,
                      limits.contains(where: { $0.anchor != hold.anchor }),
                      !a.acknowledgedTimeLimitConflicts.contains(b.id), !b.acknowledgedTimeLimitConflicts.contains(a.id),
                      !a.overrides.contains(b.id), !b.overrides.contains(a.id)
                else { continue }
                guard work.spend(512) else {
                    notDecided += 1
                    involved.formUnion([a.id, b.id])
                    continue
                }
                let problem = SatisfiabilityProblem([forms[i], forms[j]], constraints: constraints)
                switch problem.normalFormAnswer(budget: &work) ?? problem.searchAnswer(budget: &work) {
                case .unsatisfiable:
                    break
                case .undecided:
                    findings.append(.undecided([a.id, b.id], "whether the time limit and the hold can apply together"))
                case .satisfiable(let witness):
                    let limit = limits.map(\.description).joined(separator: ", ")
                    findings.append(AnalysisFinding(
                        kind: .timeLimitConflict, rules: [a.id, b.id],
                        message: "the time limit \(limit) and the hold until \(hold) can apply together; nothing says the hold ends in time or which yields",
                        counterexample: witness))
                }
            }
        }
        if notDecided > 0 {
            findings.append(AnalysisFinding(
                kind: .undecided, rules: involved.sorted(),
                message: "\(notDecided) time-limit questions about these \(involved.count) rules were not decided within the work budget",
                counterexample: nil))
        }
        return findings
    }
}
