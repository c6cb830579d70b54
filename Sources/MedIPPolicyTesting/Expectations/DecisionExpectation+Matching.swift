extension DecisionExpectation {
    /// Every difference between this expectation and `decision`, one ``Mismatch`` per part, in
    /// the order the parts are listed on ``DecisionExpectation``; empty when the decision matches.
    public func mismatches(in decision: Decision) -> [Mismatch] {
        var found: [Mismatch] = []
        let actual = decision.disposition
        if let disposition, disposition != actual.kind {
            found.append(Mismatch(field: "disposition", expected: disposition.rawValue, actual: actual.kind.rawValue))
        }
        if let dispositionDate, !dispositionDate.matches(actual.date) {
            found.append(Mismatch(
                field: "disposition.date", expected: dispositionDate.description,
                actual: actual.date.map(\.description) ?? "no date"))
        }
        if let dispositionRules, let mismatch = Mismatch.compare(
            "disposition.rules", expected: dispositionRules, actual: Set(actual.rules), \.description)
        {
            found.append(mismatch)
        }
        if let dispositionBasis, dispositionBasis != actual.basis {
            found.append(Mismatch(field: "disposition.basis", expected: dispositionBasis.rawValue, actual: actual.basis.rawValue))
        }
        if let concurrentDispositions, let mismatch = Mismatch.compare(
            "concurrentDispositions", expected: concurrentDispositions,
            actual: Set(decision.concurrentDispositions.map(\.kind)), \.rawValue)
        {
            found.append(mismatch)
        }
        if let supersededDispositions, let mismatch = Mismatch.compare(
            "supersededDispositions", expected: supersededDispositions,
            actual: Set(decision.supersededDispositions.map(\.kind)), \.rawValue)
        {
            found.append(mismatch)
        }
        for obligation in obligations {
            found += Self.mismatches(obligation, in: decision.obligations, asOf: decision.asOf)
        }
        if let consequences, let mismatch = Mismatch.compare(
            "consequences", expected: consequences, actual: Set(decision.consequences.map(\.kind)), \.rawValue)
        {
            found.append(mismatch)
        }
        if let flags, let mismatch = Mismatch.compare(
            "flags", expected: flags, actual: Set(decision.flags.map(\.kind)), \.rawValue)
        {
            found.append(mismatch)
        }
        if let citedMeasures, let mismatch = Mismatch.compare(
            "citedMeasures", expected: citedMeasures, actual: Set(decision.citedMeasures), \.description)
        {
            found.append(mismatch)
        }
        if let overriddenRules {
            if let trace = decision.trace {
                if let mismatch = Mismatch.compare(
                    "overriddenRules", expected: overriddenRules, actual: Set(trace.overridden.map(\.rule)), \.description)
                {
                    found.append(mismatch)
                }
            } else {
                found.append(Mismatch(
                    field: "overriddenRules", expected: Mismatch.list(overriddenRules.map(\.description)),
                    actual: "no trace (the decision was made without one)"))
            }
        }
        if let regime, regime != decision.regime.documents {
            found.append(Mismatch(
                field: "regime", expected: "[" + regime.map(\.rawValue).joined(separator: ", ") + "]",
                actual: "[" + decision.regime.documents.map(\.rawValue).joined(separator: ", ") + "]"))
        }
        return found
    }

    /// The mismatches for one expected obligation: absent, or present with another actor, due
    /// date, rules, overdue status or modality.
    private static func mismatches(
        _ expected: ObligationExpectation, in obligations: [ResolvedObligation], asOf: CivilDate
    ) -> [Mismatch] {
        let field = "obligations[\(expected.code)]"
        let candidates = obligations.filter { $0.code == expected.code }
        guard !candidates.isEmpty else {
            let present = obligations.map(\.code)
            return [Mismatch(
                field: "obligations", expected: "to include \(expected)",
                actual: present.isEmpty ? "no obligations" : Mismatch.list(present))]
        }
        // The best candidate is one matching everything specified; otherwise report against the first.
        func problems(_ obligation: ResolvedObligation) -> [Mismatch] {
            var found: [Mismatch] = []
            if let actor = expected.actor, actor != obligation.actor {
                found.append(Mismatch(field: "\(field).actor", expected: actor.rawValue, actual: obligation.actor.rawValue))
            }
            if let due = expected.due, !due.matches(obligation.due) {
                found.append(Mismatch(
                    field: "\(field).due", expected: due.description, actual: obligation.due.map(\.description) ?? "no date"))
            }
            if let rules = expected.rules, let mismatch = Mismatch.compare(
                "\(field).rules", expected: rules, actual: Set(obligation.rules), \.description)
            {
                found.append(mismatch)
            }
            if let overdue = expected.overdue, obligation.isOverdue(on: asOf) != overdue {
                found.append(Mismatch(
                    field: "\(field).overdue", expected: overdue ? "overdue" : "not overdue",
                    actual: obligation.isOverdue(on: asOf) ? "overdue on \(asOf)" : "not overdue on \(asOf)"))
            }
            if let modality = expected.modality, modality != obligation.modality {
                found.append(Mismatch(field: "\(field).modality", expected: modality.rawValue, actual: obligation.modality.rawValue))
            }
            return found
        }
        let reports = candidates.map(problems)
        if reports.contains(where: \.isEmpty) { return [] }
        return reports.min { $0.count < $1.count } ?? []
    }
}
