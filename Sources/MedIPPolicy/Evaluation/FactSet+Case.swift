extension FactSet {
    /// Establishes every predicate and anchor date of a case on a date.
    ///
    /// Each predicate's reading is documented on ``Predicate``; the choices made here where the
    /// texts leave room are:
    /// - only opinion requests for objections still on file count; an opinion counts as received
    ///   only if given on or before the deadline, and "overdue" is reported only when no opinion
    ///   was received in time for any request;
    /// - a market exclusivity bars the product unless its `holder` is the case's enterprise or the
    ///   product's marketing-authorisation holder;
    /// - patent terms use ``PatentTerm`` (end = the first day no longer protected), so the first
    ///   day a category-3 generic may be marketed is the later of the patents' and exclusivities'
    ///   ends.
    ///
    /// With `collectingEvidence` false no path strings are built: the facts and anchors are the
    /// same, and ``evidence`` stays empty.
    package init(_ facts: borrowing Case, asOf date: CivilDate, rules: PatentTermRules = .default, collectingEvidence: Bool = true) {
        self.init()
        let collect = collectingEvidence
        func list() -> EvidenceList { EvidenceList(collecting: collect) }
        anchors[.asOf] = date

        // Procurement status, walked once.
        var status: ProcurementStatus?
        var listed = false
        var selected = false
        var firstListedOrSelected: CivilDate?
        var lastApplication: CivilDate?
        var statusIndex = 0
        var lastApplicationIndex = 0
        for (index, event) in facts.procurementHistory.events.enumerated() where event.date <= date {
            status = event.status
            statusIndex = index
            switch event.status {
            case .listed:
                listed = true
                if firstListedOrSelected == nil { firstListedOrSelected = event.date }
            case .delisted: listed = false
            case .vbpSelected:
                selected = true
                if firstListedOrSelected == nil { firstListedOrSelected = event.date }
            case .selectionCancelled: selected = false
            case .listingApplication:
                lastApplication = event.date
                lastApplicationIndex = index
            case .vbpParticipation, .suspended: break
            }
        }
        let roundKind = facts.round?.kind
        let roundApplication = facts.round?.applicationDate
        let roundOpen = roundKind != nil && (roundApplication ?? date) <= date
        let applying = status == .listingApplication
            || (roundOpen && roundKind == .listing && !listed)
        let inVBP = status == .vbpParticipation
            || (roundOpen && roundKind == .vbp && !selected && status != .selectionCancelled)
        set(.applyingForListing, applying, path: roundKind == .listing ? "round" : "procurementHistory[\(statusIndex)]", collecting: collect)
        set(.participatingInVBP, inVBP, path: roundKind == .vbp ? "round" : "procurementHistory[\(statusIndex)]", collecting: collect)
        set(.listed, listed, path: "procurementHistory[\(statusIndex)]", collecting: collect)
        set(.vbpSelected, selected, path: "procurementHistory[\(statusIndex)]", collecting: collect)
        // The round's application date when it has come; otherwise the last application in the
        // history (a round announced for a later date does not move an application already made).
        if roundKind == .listing, let application = roundApplication, application <= date {
            anchors[.listingApplication] = application
            if collect { anchorSources[.listingApplication] = "round.applicationDate" }
        } else if let lastApplication {
            anchors[.listingApplication] = lastApplication
            if collect { anchorSources[.listingApplication] = "procurementHistory[\(lastApplicationIndex)].date" }
        }

        // Commitments.
        var selfCommitments = list()
        var breaches = list()
        var ownCommitments = list()
        facts.commitments.forEachInPlace { index, commitment in
            guard commitment.pointee.date <= date else { return }
            switch commitment.pointee.kind {
            case .listingSelfCommitment:
                selfCommitments.add("commitments[\(index)]")
            case .noMarketingBeforeExpiry:
                if let number = commitment.pointee.patent, facts.patentInForce(number, on: date, rules: rules) {
                    ownCommitments.add("commitments[\(index)]")
                }
            }
            for (findingIndex, finding) in commitment.pointee.findings.enumerated() where finding.date <= date {
                breaches.add("commitments[\(index)].findings[\(findingIndex)]")
            }
        }
        set(.selfCommitmentOnFile, selfCommitments)
        set(.commitmentBreachedOrFalse, breaches)
        set(.ownNoMarketingCommitmentInForce, ownCommitments)

        // Objections and opinions.
        var objectionPaths = list()
        var riskPaths = list()
        var earliestObjection: CivilDate?
        facts.objections.forEachInPlace { index, objection in
            guard objection.pointee.isPending(on: date) else { return }
            objectionPaths.add("objections[\(index)]")
            if earliestObjection.map({ objection.pointee.receivedOn < $0 }) ?? true {
                earliestObjection = objection.pointee.receivedOn
                if collect { anchorSources[.objectionReceived] = "objections[\(index)].receivedOn" }
            }
            if let outcome = objection.pointee.outcome, outcome.date <= date, outcome.finding == .riskFound {
                riskPaths.add("objections[\(index)].outcome")
            }
        }
        set(.objectionPending, objectionPaths)
        set(.objectionFoundRisk, riskPaths)
        if let earliestObjection { anchors[.objectionReceived] = earliestObjection }

        var requested = list()
        var received = list()
        var overdue = list()
        var riskOpinions = list()
        var awaitingDeadline: CivilDate?
        for (index, request) in facts.opinionRequests.enumerated()
        where request.requestedOn <= date && facts.objections.contains(where: { $0.id == request.objection && $0.isPending(on: date) }) {
            requested.add("opinionRequests[\(index)]")
            if let opinion = request.opinion, opinion.date <= date, opinion.date <= request.deadline {
                received.add("opinionRequests[\(index)].opinion")
                if opinion.finding == .infringementLikely { riskOpinions.add("opinionRequests[\(index)].opinion") }
            } else {
                if awaitingDeadline.map({ request.deadline > $0 }) ?? true {
                    awaitingDeadline = request.deadline
                    if collect { anchorSources[.opinionDeadline] = "opinionRequests[\(index)].deadline" }
                }
                if request.isOverdue(on: date) { overdue.add("opinionRequests[\(index)]") }
            }
        }
        set(.opinionRequested, requested)
        set(.opinionReceived, received)
        set(.opinionOverdue, received.isEmpty ? overdue : list())
        set(.opinionFindsInfringementRisk, riskOpinions)
        if let awaitingDeadline { anchors[.opinionDeadline] = awaitingDeadline }

        // Disputes.
        var pendingDisputes = list()
        var afterListing = list()
        var earliestDispute: CivilDate?
        facts.disputes.forEachInPlace { index, dispute in
            guard dispute.pointee.filedOn <= date else { return }
            if dispute.pointee.isPending(on: date) {
                pendingDisputes.add("disputes[\(index)]")
                if earliestDispute.map({ dispute.pointee.filedOn < $0 }) ?? true {
                    earliestDispute = dispute.pointee.filedOn
                    if collect { anchorSources[.disputeFiled] = "disputes[\(index)].filedOn" }
                }
            }
            if let start = firstListedOrSelected, dispute.pointee.filedOn >= start {
                afterListing.add("disputes[\(index)]")
            }
        }
        set(.disputeFiled, pendingDisputes)
        set(.disputeAfterListingOrSelection, afterListing)
        if let earliestDispute { anchors[.disputeFiled] = earliestDispute }

        // Rulings.
        var infringing = list()
        var infringingInForce = list()
        var unshared = list()
        var latestRuling: CivilDate?
        facts.rulings.forEachInPlace { index, ruling in
            guard ruling.pointee.isEffective(on: date) else { return }
            let shared = (ruling.pointee.servedOn.map { $0 <= date } ?? false)
                && (ruling.pointee.copiedToHealthcareSecurityOn.map { $0 <= date } ?? false)
            if !shared { unshared.add("rulings[\(index)]") }
            guard ruling.pointee.finding == .infringes else { return }
            infringing.add("rulings[\(index)]")
            if latestRuling.map({ ruling.pointee.effectiveOn > $0 }) ?? true {
                latestRuling = ruling.pointee.effectiveOn
                if collect { anchorSources[.rulingEffective] = "rulings[\(index)].effectiveOn" }
            }
            var anyInForce = false  // a loop, not a closure: a closure would capture (copy) the case
            for number in ruling.pointee.patents where facts.patentInForce(number, on: date, rules: rules) {
                anyInForce = true
                break
            }
            if anyInForce {
                infringingInForce.add("rulings[\(index)]")
            }
        }
        set(.infringementRulingEffective, infringing)
        set(.infringesPatentInForce, infringingInForce)
        set(.rulingNotYetShared, unshared)
        if let latestRuling { anchors[.rulingEffective] = latestRuling }

        // Patent linkage.
        set(.linkageApplicant, facts.product.drugClass?.declaresAgainstReference ?? false)
        var category3 = list()
        var category3InForce = list()
        var barEnd: CivilDate?
        for (index, declaration) in facts.declarations.enumerated()
        where declaration.category == .three && declaration.declaredOn <= date {
            category3.add("declarations[\(index)]")
            guard let number = declaration.patent, let end = facts.expiryIfInForce(number, on: date, rules: rules) else { continue }
            category3InForce.add("declarations[\(index)]")
            if barEnd.map({ end > $0 }) ?? true {  // in force, so no early end applies
                barEnd = end
                if collect { anchorSources[.linkageBarEnd] = "declarations[\(index)].patent" }
            }
        }
        set(.category3Declared, category3)
        set(.category3PatentInForce, category3InForce)

        var exclusivities = list()
        for (index, exclusivity) in facts.exclusivities.enumerated() {
            if let holder = exclusivity.holder, holder == facts.enterprise.name || holder == facts.product.marketingAuthorisationHolder {
                continue
            }
            let end = facts.exclusivityEnd(exclusivity, rules: rules)
            guard exclusivity.start <= date, date < end else { continue }
            exclusivities.add("exclusivities[\(index)]")
            if barEnd.map({ end > $0 }) ?? true {
                barEnd = end
                if collect { anchorSources[.linkageBarEnd] = "exclusivities[\(index)]" }
            }
        }
        set(.marketExclusivityRunning, exclusivities)
        if let barEnd { anchors[.linkageBarEnd] = barEnd }

        // Innovation, attention, credit.
        let innovative = facts.product.drugClass == .innovative
        set(.innovativeDrug, innovative)
        set(.greenChannelQualified, innovative && facts.product.greenChannelQualified == true, path: "product.greenChannelQualified", collecting: collect)
        set(.rareDiseaseOrPaediatric, facts.product.rareDisease || facts.product.paediatric)
        set(.keyProductWithIPRisk, facts.attention?.isKeyProduct ?? false, path: "attention", collecting: collect)
        var credit = list()
        for (index, event) in facts.creditEvents.enumerated() where event.isActive(on: date) {
            credit.add("creditEvents[\(index)]")
        }
        set(.creditHandled, credit)
    }
}

extension Case {
    /// Whether the patent with this number is in the case and in force.
    func patentInForce(_ number: PatentNumber, on date: CivilDate, rules: PatentTermRules) -> Bool {
        expiryIfInForce(number, on: date, rules: rules) != nil
    }

    /// The expiry of the patent with this number if it is in the case and in force on `date`.
    ///
    /// Reads the patents through their buffer, so no patent is copied (a copy retains and
    /// releases each of its strings; this runs for every patent a ruling, declaration or
    /// commitment names).
    func expiryIfInForce(_ number: PatentNumber, on date: CivilDate, rules: PatentTermRules) -> CivilDate? {
        let key = number.integerKey
        return patents.withUnsafeBufferPointer { buffer in
            guard let first = buffer.baseAddress else { return nil }
            for index in buffer.indices where first[index].number.integerKey == key {
                return Patent.expiryIfInForce(first + index, on: date, rules: rules)
            }
            return nil
        }
    }
}

extension Array {
    /// Calls `body` with each index and a pointer to the element, valid only during the call:
    /// reading fields through it copies no string or array the element holds.
    @inline(__always)
    func forEachInPlace(_ body: (Int, UnsafePointer<Element>) throws -> Void) rethrows {
        try withUnsafeBufferPointer { buffer in
            guard let first = buffer.baseAddress else { return }
            for index in buffer.indices { try body(index, first + index) }
        }
    }
}
