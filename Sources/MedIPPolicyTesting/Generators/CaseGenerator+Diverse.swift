import MedIPPolicy

// The variations of a diverse ``CaseGenerator``: facts of every kind the rules read, each added
// independently at random, so that the corpus covers many combinations of predicates.

extension CaseGenerator {
    /// Varies `draft` past its archetype; keeps the archetype when the variation would not
    /// validate. The expectation is cleared: the facts no longer say what the case decides.
    mutating func diversify(_ draft: inout GeneratorDraft) {
        let original = draft
        let asOf = draft.asOf.plus(days: random.uniform(in: -365...365))
        let since = daysBefore(asOf, 0, 400)
        draft.asOf = asOf
        if random.percent(30) {
            draft.facts.jurisdiction = draft.facts.jurisdiction == .beijing ? .national : .beijing
        }
        if random.percent(35) {
            if draft.facts.commitments.isEmpty {
                draft.facts.commitments.append(Commitment(kind: .listingSelfCommitment, date: date(Int(since.daysSinceEpoch), Int(asOf.daysSinceEpoch))))
            } else {
                draft.facts.commitments.removeAll()
            }
        }
        if random.percent(35) {
            let statuses: [ProcurementStatus] = [.listingApplication, .vbpParticipation, .listed, .vbpSelected, .delisted, .selectionCancelled]
            for _ in 0..<random.uniform(in: 1...2) {
                let status = random.element(of: statuses) ?? .listed
                draft.events.append(ProcurementEvent(date: date(Int(since.daysSinceEpoch), Int(asOf.daysSinceEpoch)), status: status))
            }
        }
        if random.percent(40) {
            let number = addPatent(anyPatentSlot(), to: &draft)
            let received = daysBefore(asOf, 0, 200)
            let outcome = random.percent(40)
                ? ObjectionOutcome(date: date(Int(received.daysSinceEpoch), Int(asOf.daysSinceEpoch)), finding: random.percent(60) ? .riskFound : .noRisk)
                : nil
            let id = "OBJ-V\(draft.facts.objections.count + 1)"
            draft.facts.objections.append(InfringementObjection(
                id: id, receivedOn: received, receivedBy: random.percent(50) ? .procurementAgency : .healthcareSecurity,
                objector: GeneratorPools.originator, patents: [number], outcome: outcome))
            if random.percent(60) {
                let requested = date(Int(received.daysSinceEpoch), Int(asOf.daysSinceEpoch))
                let deadline = requested.plus(days: random.uniform(in: 5...60))
                let opinion: IPOpinion? = switch random.uniform(below: 3) {
                case 0: nil
                case 1: IPOpinion(date: requested.plus(days: random.uniform(in: 0...70)), kind: .consultation, finding: .inconclusive)
                default: IPOpinion(date: requested.plus(days: random.uniform(in: 0...30)), kind: .infringementDetermination,
                                   finding: random.element(of: OpinionFinding.allCases) ?? .inconclusive)
                }
                draft.facts.opinionRequests.append(OpinionRequest(
                    id: "REQ-V\(draft.facts.opinionRequests.count + 1)", objection: id, requestedOn: requested,
                    deadline: deadline, authority: GeneratorPools.ipOffice, opinion: opinion))
            }
        }
        if random.percent(30) {
            let number = addPatent(anyPatentSlot(), to: &draft)
            draft.facts.disputes.append(Dispute(
                id: "DSP-V\(draft.facts.disputes.count + 1)", forum: random.percent(50) ? .court : .ipAdministration,
                filedOn: daysBefore(asOf, -30, 300), patents: [number], claimant: GeneratorPools.originator,
                respondent: draft.facts.enterprise.name))
        }
        if random.percent(30) {
            let number = addPatent(anyPatentSlot(), to: &draft)
            let effective = daysBefore(asOf, -30, 500)
            draft.facts.rulings.append(Ruling(
                id: "RUL-V\(draft.facts.rulings.count + 1)", kind: random.percent(50) ? .administrativeRuling : .effectiveJudgment,
                finding: random.percent(70) ? .infringes : .doesNotInfringe, patents: [number], effectiveOn: effective,
                setAsideOn: random.percent(20) ? effective.plus(days: random.uniform(in: 1...200)) : nil))
        }
        if draft.facts.product.drugClass?.declaresAgainstReference == true, random.percent(35) {
            let slot = random.percent(50) ? patentSlot(inForceOn: asOf) : anyPatentSlot()
            let number = addPatent(slot, to: &draft)
            draft.facts.declarations.append(PatentLinkageDeclaration(
                category: .three, patent: number, declaredOn: draft.facts.product.approvalDate?.plus(years: -1) ?? since,
                declarant: draft.facts.product.marketingAuthorisationHolder))
            if random.percent(40) {
                let start = daysBefore(asOf, -60, 400)
                draft.facts.exclusivities.append(MarketExclusivity(
                    kind: .patentChallenge, start: start, length: .months(12),
                    holder: random.percent(80) ? GeneratorPools.firstChallenger : draft.facts.enterprise.name))
            }
        }
        if draft.facts.product.drugClass == .innovative, random.percent(50) {
            draft.facts.product.greenChannelQualified = random.percent(70)
        }
        draft.expectation = DecisionExpectation()
        var candidate = draft
        if !candidate.finish().isValid { draft = original }
        draft.expectation = DecisionExpectation()
    }
}
