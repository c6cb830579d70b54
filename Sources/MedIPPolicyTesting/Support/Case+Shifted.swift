import MedIPPolicy

extension Case {
    /// The same case with every date in it moved by `days` calendar days (negative moves back).
    ///
    /// Every fact keeps its distance from every other, so a case generated for one as-of date
    /// can be screened on another: `generated.facts.shifted(byDays: generated.asOf.days(to: d))`
    /// reads on `d` as it did on its own date — except where a document's effective date or a
    /// holiday falls differently. Dates that would leave 0001…9999 stay where they are.
    public func shifted(byDays days: Int) -> Case {
        guard days != 0 else { return self }
        func move(_ date: CivilDate) -> CivilDate { (try? date.adding(days: days)) ?? date }
        func move(_ date: CivilDate?) -> CivilDate? { date.map(move) }
        var result = self
        result.product.approvalDate = move(product.approvalDate)
        for index in result.patents.indices {
            result.patents[index].filingDate = move(patents[index].filingDate)
            result.patents[index].grantDate = move(patents[index].grantDate)
            result.patents[index].substantiveExaminationRequestDate = move(patents[index].substantiveExaminationRequestDate)
            result.patents[index].drugApprovalDate = move(patents[index].drugApprovalDate)
            for event in result.patents[index].statusHistory.indices {
                result.patents[index].statusHistory[event].date = move(patents[index].statusHistory[event].date)
            }
        }
        for index in result.declarations.indices { result.declarations[index].declaredOn = move(declarations[index].declaredOn) }
        for index in result.commitments.indices {
            result.commitments[index].date = move(commitments[index].date)
            for finding in result.commitments[index].findings.indices {
                result.commitments[index].findings[finding].date = move(commitments[index].findings[finding].date)
            }
        }
        for index in result.objections.indices {
            result.objections[index].receivedOn = move(objections[index].receivedOn)
            result.objections[index].withdrawnOn = move(objections[index].withdrawnOn)
            result.objections[index].outcome?.date = move(objections[index].outcome?.date ?? objections[index].receivedOn)
        }
        for index in result.opinionRequests.indices {
            result.opinionRequests[index].requestedOn = move(opinionRequests[index].requestedOn)
            result.opinionRequests[index].deadline = move(opinionRequests[index].deadline)
            result.opinionRequests[index].opinion?.date = move(opinionRequests[index].opinion?.date ?? opinionRequests[index].requestedOn)
        }
        for index in result.disputes.indices {
            result.disputes[index].filedOn = move(disputes[index].filedOn)
            result.disputes[index].resolution?.date = move(disputes[index].resolution?.date ?? disputes[index].filedOn)
        }
        for index in result.rulings.indices {
            result.rulings[index].effectiveOn = move(rulings[index].effectiveOn)
            result.rulings[index].servedOn = move(rulings[index].servedOn)
            result.rulings[index].copiedToHealthcareSecurityOn = move(rulings[index].copiedToHealthcareSecurityOn)
            result.rulings[index].setAsideOn = move(rulings[index].setAsideOn)
        }
        for index in result.exclusivities.indices {
            result.exclusivities[index].start = move(exclusivities[index].start)
            result.exclusivities[index].endedOn = move(exclusivities[index].endedOn)
        }
        for index in result.creditEvents.indices {
            result.creditEvents[index].date = move(creditEvents[index].date)
            result.creditEvents[index].clearedOn = move(creditEvents[index].clearedOn)
        }
        for index in result.procurementHistory.events.indices {
            result.procurementHistory.events[index].date = move(procurementHistory.events[index].date)
        }
        result.round?.applicationDate = move(round?.applicationDate)
        return result
    }
}
