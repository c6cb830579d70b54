extension Rule {
    /// The time limits the rule sets: date expressions of its green-channel disposition and of
    /// its binding obligations (``Modality/binds``).
    var timeLimits: [DateExpression] {
        effects.compactMap { effect in
            switch effect {
            case .disposition(let template) where template.kind == .greenChannel: template.date
            case .obligation(let template) where template.modality.binds: template.due
            default: nil
            }
        }
    }

    /// The date the rule holds the product until, if its disposition is a hold with a date
    /// (``DispositionKind/awaitOpinion``, ``DispositionKind/deferUntil``).
    var holdDate: DateExpression? {
        guard let template = disposition, template.kind == .awaitOpinion || template.kind == .deferUntil else { return nil }
        return template.date
    }
}

extension RuleSet {
    /// Pairs of rules that can fire together where one sets a time limit and the other holds the
    /// product until a date computed from another anchor, so nothing guarantees the hold ends
    /// within the limit — unless either rule lists the other in
    /// ``Rule/acknowledgedTimeLimitConflicts`` (the evaluator then names the conflict in each
    /// decision where the dates clash: ``Decision/conflicts``).
    func timeLimitConflictFindings(constraints: [PredicateConstraint]) -> [AnalysisFinding] {
        var findings: [AnalysisFinding] = []
        for a in rules {
            let limits = a.timeLimits
            guard !limits.isEmpty else { continue }
            for b in rules where b.id != a.id {
                guard let hold = b.holdDate,
                      limits.contains(where: { $0.anchor != hold.anchor }),
                      !a.acknowledgedTimeLimitConflicts.contains(b.id), !b.acknowledgedTimeLimitConflicts.contains(a.id),
                      !a.overrides.contains(b.id), !b.overrides.contains(a.id)
                else { continue }
                switch Self.satisfiability([a.condition, b.condition], constraints: constraints) {
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
        return findings
    }
}
