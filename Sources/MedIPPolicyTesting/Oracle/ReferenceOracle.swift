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
    /// A green channel whose 15 working days need a year the calendar has no schedule for gets
    /// an unknown date (`Verdict/unknownDate`), as the evaluator's default
    /// (`UnknownDatePolicy/record`) gives it.
    ///
    /// - Throws: a `CalendarError` when the due date needs a year the calendar has no schedule
    ///   for and `unknownDates` is `UnknownDatePolicy/fail`, or leaves the years 1…9999.
    public static func verdict(
        for c: Case, asOf d: CivilDate, calendar: WorkingDayCalendar = .china, rules: PatentTermRules = .default,
        unknownDates: UnknownDatePolicy = .record
    ) throws(CalendarError) -> Verdict {
        // Documents in force.
        let national = d >= CivilDate(uncheckedYear: 2022, month: 12, day: 5)
        let beijing = c.jurisdiction == .beijing
        let bj2024 = beijing && d >= CivilDate(uncheckedYear: 2024, month: 4, day: 17)
        let bj2026_3 = beijing && d >= CivilDate(uncheckedYear: 2026, month: 3, day: 27)
        let bj2026_4 = beijing && d >= CivilDate(uncheckedYear: 2026, month: 4, day: 7)

        // Procurement status: the round is one more application event, after the history's
        // events of its date (undated: the as-of date, and no known application date).
        var last: ProcurementStatus?
        var listed = false
        var selected = false
        var firstSelectedOrTraded: CivilDate?
        var lastApplication: (date: CivilDate, field: String)?
        var events: [(date: CivilDate, status: ProcurementStatus, field: String?)] = c.procurementHistory.events.enumerated()
            .filter { $0.element.date <= d }.map { ($0.element.date, $0.element.status, "procurementHistory[\($0.offset)].date") }
        if let round = c.round, (round.applicationDate ?? d) <= d {
            let day = round.applicationDate ?? d
            let position = events.firstIndex { $0.date > day } ?? events.count
            events.insert((day, round.kind == .listing ? .listingApplication : .vbpParticipation,
                           round.applicationDate != nil ? "round.applicationDate" : nil), at: position)
        }
        for event in events {
            switch event.status {
            case .purchaseTransaction:
                if firstSelectedOrTraded == nil { firstSelectedOrTraded = event.date }
                continue
            case .vbpSelected:
                selected = true
                if firstSelectedOrTraded == nil { firstSelectedOrTraded = event.date }
            case .listed: listed = true
            case .delisted: listed = false
            case .selectionCancelled: selected = false
            case .listingApplication: lastApplication = event.field.map { (event.date, $0) }
            case .vbpParticipation, .suspended: break
            }
            last = event.status
        }
        let applying = last == .listingApplication
        let inVBP = last == .vbpParticipation
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
            if let outcome = objection.outcome, outcome.date <= d {
                if outcome.finding == .riskFound && (objection.withdrawnOn.map { outcome.date < $0 } ?? true) { riskFound = true }
                continue  // the procedure has ended
            }
            if let withdrawn = objection.withdrawnOn, withdrawn <= d { continue }
            pending.insert(objection.id)
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
        // Overdue only once nothing is awaited: every unanswered request's deadline has passed.
        let awaited = deadline.map { d <= $0 } ?? false
        let overdue = overdueSeen && !received && !awaited
        // An opinion in hand is the reference only once no other requested opinion is awaited.
        received = received && !awaited

        // Disputes and rulings.
        let effectiveRulings = c.rulings.filter { $0.effectiveOn <= d && ($0.setAsideOn.map { d < $0 } ?? true) }
        var disputePending = false
        var disputeAfterSelection = false
        for dispute in c.disputes where dispute.filedOn <= d {
            let decidedByRuling = effectiveRulings.contains { $0.dispute == dispute.id }
            let pendingNow = (dispute.resolution.map { d < $0.date } ?? true) && !decidedByRuling
            if pendingNow { disputePending = true }
            guard let start = firstSelectedOrTraded, dispute.filedOn >= start else { continue }
            let infringementFound = effectiveRulings.contains { $0.dispute == dispute.id && $0.finding == .infringes }
            var decidedAgainst = false
            if let resolution = dispute.resolution, resolution.kind == .decided, resolution.date <= d {
                decidedAgainst = effectiveRulings.contains { ruling in
                    ruling.dispute == nil && ruling.finding == .infringes && ruling.patents.contains { dispute.patents.contains($0) }
                }
            }
            if pendingNow || infringementFound || decidedAgainst { disputeAfterSelection = true }
        }
        var infringing = false
        var infringingInForce = false
        for ruling in effectiveRulings where ruling.finding == .infringes {
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
        let device = c.product.category == .medicalConsumable && c.product.innovativeDevice
        let qualified = c.product.greenChannelQualified == true
        let rare = c.product.rareDisease || c.product.paediatric
        let key = c.attention.map { $0.largeScale && $0.highAttention && $0.ipRisk } ?? false
        let credit = c.creditEvents.contains { $0.date <= d && ($0.clearedOn.map { d < $0 } ?? true) }

        // Dispositions, most restrictive first.
        var verdict = Verdict(disposition: .ordinaryProcedure)
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
        } else if applying && qualified && innovative && bj2026_4 {
            // 15 working days, counted from the later of the application and 2026-04-07.
            verdict.disposition = .greenChannel
            if let application = lastApplication {
                let start = max(application.date, CivilDate(uncheckedYear: 2026, month: 4, day: 7))
                do {
                    verdict.date = try calendar.endOfPeriod(.workingDays(15), from: start)
                } catch {
                    guard case .yearNotCovered(let year) = error, unknownDates == .record else { throw error }
                    verdict.unknownDate = UnknownDate(
                        year: year, expression: DateExpression(.listingApplication, plus: .workingDays(15)),
                        from: application.field, start: start)
                }
            }
        } else if applying && qualified && ((innovative && (bj2024 || bj2026_3)) || (device && bj2024)) {
            verdict.disposition = .greenChannel
        }

        // Consequences, in vocabulary order.
        if bj2026_3 && breach { verdict.consequences.append(.referToCreditEvaluation) }
        if bj2026_3 && linkage && (infringing || credit) { verdict.consequences.append(.includeInDrugSafetyCredit) }
        if (national || bj2026_3) && disputeAfterSelection { verdict.consequences.append(.declaringEnterpriseBearsLiability) }

        // Flags, in vocabulary order.
        if (national && inVBP && key) || (bj2026_3 && key) { verdict.flags.append(.keyProductJointAssessment) }
        if bj2026_3 && linkageBar { verdict.flags.append(.complianceReminder) }
        // The discretion to ask comes with each pending objection no request names yet.
        let askedAbout = Set(c.opinionRequests.filter { $0.requestedOn <= d }.map(\.objection))
        if ipRules && seeking && !pending.subtracting(askedAbout).isEmpty { verdict.flags.append(.opinionMayBeRequested) }
        if ipRules && inProcurement && disputePending { verdict.flags.append(.informPartiesOfForums) }
        if bj2026_3 && inProcurement && disputePending { verdict.flags.append(.mediationEncouraged) }
        if bj2026_3 && (applying || listed) && ownCommitment { verdict.flags.append(.ownCommitmentAtStake) }
        if bj2026_4 && innovative && rare { verdict.flags.append(.priorityService) }
        if bj2026_3 && applying && innovative { verdict.flags.append(.submitIPProof) }
        return verdict
    }
}
