extension CaseBuilder {
    /// The date `SelfCommitmentPlan/onApplication` resolves to.
    var applicationDate: CivilDate {
        round?.applicationDate ?? procurementEvents.map(\.date).min() ?? CaseBuilder.defaultApplicationDate
    }

    /// The case. Never traps; see ``buildValidated(strict:)`` for a checked build.
    public func build() -> Case {
        let builtProduct = product.build()
        let builtEnterprise = enterprise.build()

        // Patents: explicit ones first, then those referred to, once per number.
        var patentList: [Patent] = []
        var seen = Set<PatentNumber>()
        func add(_ builders: [PatentBuilder]) {
            for builder in builders {
                let patent = builder.build()
                if seen.insert(patent.number).inserted { patentList.append(patent) }
            }
        }
        add(patents)
        add(declarations.compactMap(\.patent))
        add(commitments.compactMap(\.patent))
        add(objections.flatMap(\.patents))
        add(disputes.flatMap { $0.patents + ($0.ruling?.patents ?? []) })
        add(rulings.flatMap(\.patents))
        add(exclusivities.compactMap(\.challengedPatent))

        let declarationDate = builtProduct.approvalDate?.plus(years: -1) ?? day(2025, 1, 20)
        let builtDeclarations = declarations.map {
            $0.build(defaultDate: declarationDate, defaultDeclarant: builtProduct.marketingAuthorisationHolder)
        }

        var builtCommitments: [Commitment] = []
        switch selfCommitment {
        case .onApplication:
            builtCommitments.append(Commitment(kind: .listingSelfCommitment, date: applicationDate, findings: selfCommitmentFindings))
        case .on(let date):
            builtCommitments.append(Commitment(kind: .listingSelfCommitment, date: date, findings: selfCommitmentFindings))
        case .absent:
            break
        }
        builtCommitments += commitments.map { $0.build() }

        var builtObjections: [InfringementObjection] = []
        var builtRequests: [OpinionRequest] = []
        for (index, objection) in objections.enumerated() {
            var built = objection.build()
            built.id = objection.id ?? "OBJ-\(index + 1)"
            builtObjections.append(built)
            for request in objection.opinionRequests {
                var builtRequest = request.build()
                builtRequest.id = request.id ?? "REQ-\(builtRequests.count + 1)"
                builtRequest.objection = request.objection ?? built.id
                builtRequests.append(builtRequest)
            }
        }
        for request in opinionRequests {
            var builtRequest = request.build()
            builtRequest.id = request.id ?? "REQ-\(builtRequests.count + 1)"
            builtRequests.append(builtRequest)
        }

        var builtDisputes: [Dispute] = []
        var builtRulings: [Ruling] = []
        for (index, dispute) in disputes.enumerated() {
            let built = dispute.build(defaultID: "DSP-\(index + 1)", defaultRespondent: builtEnterprise.name)
            builtDisputes.append(built)
            if let ruling = dispute.ruling {
                var builtRuling = ruling.build()
                builtRuling.id = ruling.id ?? "RUL-\(builtRulings.count + 1)"
                builtRuling.dispute = ruling.dispute ?? built.id
                builtRulings.append(builtRuling)
            }
        }
        for ruling in rulings {
            var builtRuling = ruling.build()
            builtRuling.id = ruling.id ?? "RUL-\(builtRulings.count + 1)"
            builtRulings.append(builtRuling)
        }

        var events = procurementEvents
        // A stable sort by date: events of one date keep the order they were added in.
        events = events.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)

        return Case(
            id: id, jurisdiction: jurisdiction, enterprise: builtEnterprise, product: builtProduct,
            patents: patentList, declarations: builtDeclarations, commitments: builtCommitments,
            objections: builtObjections, opinionRequests: builtRequests, disputes: builtDisputes,
            rulings: builtRulings, exclusivities: exclusivities.map { $0.build() },
            creditEvents: creditEvents.map { $0.build() }, procurementHistory: ProcurementHistory(events),
            round: round, attention: attention)
    }

    /// The case, checked: throws when `Case/validate(rules:)` reports an error (or, with
    /// `strict`, any issue at all, warnings included).
    ///
    /// - Throws: ``FixtureValidationError`` listing the issues.
    public func buildValidated(strict: Bool = false) throws(FixtureValidationError) -> Case {
        let facts = build()
        let issues = facts.validate().filter { strict || $0.severity == .error }
        guard issues.isEmpty else { throw FixtureValidationError(caseID: facts.id, issues: issues) }
        return facts
    }
}

/// A built fixture case that does not validate: the issues `Case/validate(rules:)` reported.
public struct FixtureValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The case's id.
    public var caseID: String
    /// The issues that made the build fail.
    public var issues: [ValidationIssue]

    /// Creates an error.
    public init(caseID: String, issues: [ValidationIssue]) {
        self.caseID = caseID
        self.issues = issues
    }

    /// The case id and one line per issue: `path: message (code)`.
    public var description: String {
        "fixture case \(caseID) does not validate:\n"
            + issues.map { "  \($0.path): \($0.message.en) (\($0.code))" }.joined(separator: "\n")
    }
}
