import MedIPPolicy

/// A hand-written implementation of the standard rules' listing decisions: plain `if`s over a
/// `Case`, written independently of the rule language, `FactSet` and the compiled evaluator.
///
/// It exists to be disagreed with: the package's differential tests and benchmarks run it beside
/// `Evaluator/verdict(for:asOf:)` on generated cases and require the same `Verdict`
/// (disposition, date, concurrent disposition, consequences and flags) every time. It knows the
/// four documents' effective dates and the standard rules only; it does not validate.
public enum ReferenceOracle {
    /// The verdict the standard rules give a valid case on a date.
    ///
    /// - Throws: a `CalendarError` when the green channel's due date needs a year the calendar
    ///   has no schedule for.
    public static func verdict(
        for c: Case, asOf d: CivilDate, calendar: WorkingDayCalendar = .china, rules: PatentTermRules = .default
    ) throws(CalendarError) -> Verdict {
        // Documents in force.
        let national = d >= CivilDate(uncheckedYear: 2022, month: 12, day: 5)
        let beijing = c.jurisdiction == .beijing
        let bj2024 = beijing && d >= CivilDate(uncheckedYear: 2024, month: 4, day: 17)
        let bj2026_3 = beijing && d >= CivilDate(uncheckedYear: 2026, month: 3, day: 27)
        let bj2026_4 = beijing && d >= CivilDate(uncheckedYear: 2026, month: 4, day: 7)

        // Procurement status.
        var last: ProcurementStatus?
        var listed = false
        var selected = false
        var firstListedOrSelected: CivilDate?
        var lastApplication: CivilDate?
        for event in c.procurementHistory.events where event.date <= d {
            last = event.status
            if event.status == .listed || event.status == .vbpSelected, firstListedOrSelected == nil {
                firstListedOrSelected = event.date
            }
            if event.status == .listed { listed = true }
            if event.status == .delisted { listed = false }
            if event.status == .vbpSelected { selected = true }
            if event.status == .selectionCancelled { selected = false }
            if event.status == .listingApplication { lastApplication = event.date }
        }
        var roundOpen = false
        if let round = c.round { roundOpen = (round.applicationDate ?? d) <= d }
        let applying = last == .listingApplication || (roundOpen && c.round?.kind == .listing && !listed)
        let inVBP = last == .vbpParticipation
            || (roundOpen && c.round?.kind == .vbp && !selected && last != .selectionCancelled)
        let seeking = applying || inVBP
        let inProcurement = seeking || listed || selected

        // Commitments.
        var selfCommitment = false
        var breach = false
        var ownCommitment = false
        for commitment in c.commitments where commitment.date <= d {
            if commitment.kind == .listingSelfCommitment { selfCommitment = true }
            if commitment.kind == .noMarketingBeforeExpiry, let number = commitment.patent,
               let patent = c.patents.first(where: { $0.number == number }), patent.isInForce(on: d, rules: rules)
            {
                ownCommitment = true
            }
            if commitment.findings.contains(where: { $0.date <= d }) { breach = true }
        }

        // Objections and opinions.
        var pending: Set<String> = []
        var riskFound = false
        for objection in c.objections where objection.receivedOn <= d {
            if let withdrawn = objection.withdrawnOn, withdrawn <= d { continue }
            pending.insert(objection.id)
            if let outcome = objection.outcome, outcome.date <= d, outcome.finding == .riskFound { riskFound = true }
        }
        var requested = false
        var received = false
        var overdueSeen = false
        var deadline: CivilDate?
        for request in c.opinionRequests where request.requestedOn <= d && pending.contains(request.objection) {
            requested = true
            if let opinion = request.opinion, opinion.date <= d, opinion.date <= request.deadline {
                received = true
            } else {
                deadline = deadline.map { max($0, request.deadline) } ?? request.deadline
                if d > request.deadline { overdueSeen = true }
            }
        }
        let overdue = overdueSeen && !received

        // Disputes and rulings.
        var disputePending = false
        var disputeAfterListing = false
        for dispute in c.disputes where dispute.filedOn <= d {
            if dispute.resolution.map({ d < $0.date }) ?? true { disputePending = true }
            if let start = firstListedOrSelected, dispute.filedOn >= start { disputeAfterListing = true }
        }
        var infringing = false
        var infringingInForce = false
        for ruling in c.rulings where ruling.effectiveOn <= d && (ruling.setAsideOn.map { d < $0 } ?? true) {
            guard ruling.finding == .infringes else { continue }
            infringing = true
            for number in ruling.patents {
                if let patent = c.patents.first(where: { $0.number == number }), patent.isInForce(on: d, rules: rules) {
                    infringingInForce = true
                }
            }
        }

        // Patent linkage.
        let drugClass = c.product.drugClass
        let linkage = drugClass == .generic || drugClass == .biosimilar || drugClass == .sameNameSameFormulaTCM
        var category3 = false
        var category3InForce = false
        var barEnd: CivilDate?
        for declaration in c.declarations where declaration.category == .three && declaration.declaredOn <= d {
            category3 = true
            guard let number = declaration.patent, let patent = c.patents.first(where: { $0.number == number }),
                  patent.grantDate != nil, patent.isInForce(on: d, rules: rules)
            else { continue }
            category3InForce = true
            let end = patent.term(rules: rules).end  // the oracle keeps the full term computation
            barEnd = barEnd.map { max($0, end) } ?? end
        }
        var exclusivity = false
        for period in c.exclusivities {
            if let holder = period.holder, holder == c.enterprise.name || holder == c.product.marketingAuthorisationHolder { continue }
            let end = c.exclusivityEnd(period, rules: rules)
            if period.start <= d && d < end {
                exclusivity = true
                barEnd = barEnd.map { max($0, end) } ?? end
            }
        }
        let linkageBar = linkage && category3 && (category3InForce || exclusivity)

        // Innovation, attention, credit.
        let innovative = drugClass == .innovative
        let green = innovative && c.product.greenChannelQualified == true
        let rare = c.product.rareDisease || c.product.paediatric
        let key = c.attention.map { $0.largeScale && $0.highAttention && $0.ipRisk } ?? false
        let credit = c.creditEvents.contains { $0.date <= d && ($0.clearedOn.map { d < $0 } ?? true) }

        // Dispositions, most restrictive first.
        var verdict = Verdict(disposition: .admit)
        let ipRules = national || bj2026_3
        let removal = (national || bj2026_3) && infringing
        if removal && selected {
            verdict.disposition = .cancelSelection
            if listed { verdict.concurrent = .revokeListing }
        } else if removal && listed {
            verdict.disposition = .revokeListing
        } else if applying && ((national && infringing) || (bj2026_3 && infringingInForce)) {
            verdict.disposition = .refuseListing
        } else if bj2026_3 && applying && riskFound && disputePending {
            verdict.disposition = .suspendNewListingReview
        } else if bj2026_3 && seeking && linkageBar {
            verdict.disposition = .deferUntil
            verdict.date = barEnd
        } else if (national || bj2026_3 || bj2026_4) && seeking && !selfCommitment {
            verdict.disposition = .returnForCompletion
        } else if ipRules && seeking && requested && !received && !(overdue && selfCommitment) {
            verdict.disposition = .awaitOpinion
            verdict.date = deadline
        } else if ipRules && seeking && received {
            verdict.disposition = .agencyDecides
        } else if ipRules && seeking && overdue && selfCommitment {
            verdict.disposition = .admitOnSelfCommitment
        } else if applying && green && bj2026_4 {
            verdict.disposition = .greenChannel
            let roundApplication = c.round?.kind == .listing ? c.round?.applicationDate.flatMap { $0 <= d ? $0 : nil } : nil
            let application = roundApplication ?? lastApplication
            if let application { verdict.date = try calendar.endOfPeriod(.workingDays(15), from: application) }
        } else if applying && green && (bj2024 || bj2026_3) {
            verdict.disposition = .greenChannel
        }

        // Consequences, in vocabulary order.
        if (bj2026_3 || bj2026_4) && breach { verdict.consequences.append(.referToCreditEvaluation) }
        if bj2026_3 && linkage && (infringing || credit) { verdict.consequences.append(.includeInDrugSafetyCredit) }
        if (national || bj2026_3) && disputeAfterListing { verdict.consequences.append(.declaringEnterpriseBearsLiability) }

        // Flags, in vocabulary order.
        if (national && inVBP && key) || (bj2026_3 && key) { verdict.flags.append(.keyProductJointAssessment) }
        if bj2026_3 && linkageBar { verdict.flags.append(.complianceReminder) }
        if ipRules && seeking && !pending.isEmpty && !requested { verdict.flags.append(.opinionMayBeRequested) }
        if ipRules && inProcurement && disputePending { verdict.flags.append(.informPartiesOfForums) }
        if bj2026_3 && inProcurement && disputePending { verdict.flags.append(.mediationEncouraged) }
        if bj2026_3 && inProcurement && ownCommitment { verdict.flags.append(.ownCommitmentAtStake) }
        if bj2026_4 && innovative && rare { verdict.flags.append(.priorityService) }
        if bj2026_3 && applying && innovative { verdict.flags.append(.submitIPProof) }
        if bj2026_3 && (infringing || category3 || credit || disputePending) { verdict.flags.append(.shareForRiskScreening) }
        return verdict
    }
}
