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
    package init(_ facts: Case, asOf date: CivilDate, rules: PatentTermRules = .default) {
        self.init()
        anchors[.asOf] = date

        // Procurement status, walked once.
        var status: ProcurementStatus?
        var listed = false
        var selected = false
        var firstListedOrSelected: CivilDate?
        var lastApplication: CivilDate?
        var lastApplicationSource = ""
        var statusPaths: [String] = []
        for (index, event) in facts.procurementHistory.events.enumerated() where event.date <= date {
            status = event.status
            statusPaths = ["procurementHistory[\(index)]"]
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
                lastApplicationSource = "procurementHistory[\(index)].date"
            case .vbpParticipation, .suspended: break
            }
        }
        let round = facts.round
        let roundOpen = round.map { ($0.applicationDate ?? date) <= date } ?? false
        let applying = status == .listingApplication
            || (roundOpen && round?.kind == .listing && !listed)
        let inVBP = status == .vbpParticipation
            || (roundOpen && round?.kind == .vbp && !selected && status != .selectionCancelled)
        set(.applyingForListing, applying, evidence: applying ? (round?.kind == .listing ? ["round"] : statusPaths) : [])
        set(.participatingInVBP, inVBP, evidence: inVBP ? (round?.kind == .vbp ? ["round"] : statusPaths) : [])
        set(.listed, listed, evidence: listed ? statusPaths : [])
        set(.vbpSelected, selected, evidence: selected ? statusPaths : [])
        if round?.kind == .listing, let application = round?.applicationDate {
            anchors[.listingApplication] = application
            anchorSources[.listingApplication] = "round.applicationDate"
        } else if let lastApplication {
            anchors[.listingApplication] = lastApplication
            anchorSources[.listingApplication] = lastApplicationSource
        }

        // Commitments.
        var selfCommitments: [String] = []
        var breaches: [String] = []
        var ownCommitments: [String] = []
        for (index, commitment) in facts.commitments.enumerated() where commitment.date <= date {
            switch commitment.kind {
            case .listingSelfCommitment:
                selfCommitments.append("commitments[\(index)]")
            case .noMarketingBeforeExpiry:
                if let number = commitment.patent, let patent = facts.patent(number), patent.isInForce(on: date, rules: rules) {
                    ownCommitments.append("commitments[\(index)]")
                }
            }
            for (findingIndex, finding) in commitment.findings.enumerated() where finding.date <= date {
                breaches.append("commitments[\(index)].findings[\(findingIndex)]")
            }
        }
        set(.selfCommitmentOnFile, !selfCommitments.isEmpty, evidence: selfCommitments)
        set(.commitmentBreachedOrFalse, !breaches.isEmpty, evidence: breaches)
        set(.ownNoMarketingCommitmentInForce, !ownCommitments.isEmpty, evidence: ownCommitments)

        // Objections and opinions.
        var pendingObjections = Set<String>()
        var objectionPaths: [String] = []
        var riskPaths: [String] = []
        var earliestObjection: CivilDate?
        for (index, objection) in facts.objections.enumerated() where objection.isPending(on: date) {
            pendingObjections.insert(objection.id)
            objectionPaths.append("objections[\(index)]")
            if earliestObjection.map({ objection.receivedOn < $0 }) ?? true {
                earliestObjection = objection.receivedOn
                anchorSources[.objectionReceived] = "objections[\(index)].receivedOn"
            }
            if let outcome = objection.outcome, outcome.date <= date, outcome.finding == .riskFound {
                riskPaths.append("objections[\(index)].outcome")
            }
        }
        set(.objectionPending, !objectionPaths.isEmpty, evidence: objectionPaths)
        set(.objectionFoundRisk, !riskPaths.isEmpty, evidence: riskPaths)
        if let earliestObjection { anchors[.objectionReceived] = earliestObjection }

        var requested: [String] = []
        var received: [String] = []
        var overdue: [String] = []
        var riskOpinions: [String] = []
        var awaitingDeadline: CivilDate?
        for (index, request) in facts.opinionRequests.enumerated()
        where request.requestedOn <= date && pendingObjections.contains(request.objection) {
            requested.append("opinionRequests[\(index)]")
            if let opinion = request.opinion, opinion.date <= date, opinion.date <= request.deadline {
                received.append("opinionRequests[\(index)].opinion")
                if opinion.finding == .infringementLikely { riskOpinions.append("opinionRequests[\(index)].opinion") }
            } else {
                if awaitingDeadline.map({ request.deadline > $0 }) ?? true {
                    awaitingDeadline = request.deadline
                    anchorSources[.opinionDeadline] = "opinionRequests[\(index)].deadline"
                }
                if request.isOverdue(on: date) { overdue.append("opinionRequests[\(index)]") }
            }
        }
        set(.opinionRequested, !requested.isEmpty, evidence: requested)
        set(.opinionReceived, !received.isEmpty, evidence: received)
        set(.opinionOverdue, received.isEmpty && !overdue.isEmpty, evidence: received.isEmpty ? overdue : [])
        set(.opinionFindsInfringementRisk, !riskOpinions.isEmpty, evidence: riskOpinions)
        if let awaitingDeadline { anchors[.opinionDeadline] = awaitingDeadline }

        // Disputes.
        var pendingDisputes: [String] = []
        var afterListing: [String] = []
        var earliestDispute: CivilDate?
        for (index, dispute) in facts.disputes.enumerated() where dispute.filedOn <= date {
            if dispute.isPending(on: date) {
                pendingDisputes.append("disputes[\(index)]")
                if earliestDispute.map({ dispute.filedOn < $0 }) ?? true {
                    earliestDispute = dispute.filedOn
                    anchorSources[.disputeFiled] = "disputes[\(index)].filedOn"
                }
            }
            if let start = firstListedOrSelected, dispute.filedOn >= start {
                afterListing.append("disputes[\(index)]")
            }
        }
        set(.disputeFiled, !pendingDisputes.isEmpty, evidence: pendingDisputes)
        set(.disputeAfterListingOrSelection, !afterListing.isEmpty, evidence: afterListing)
        if let earliestDispute { anchors[.disputeFiled] = earliestDispute }

        // Rulings.
        var infringing: [String] = []
        var infringingInForce: [String] = []
        var unshared: [String] = []
        var latestRuling: CivilDate?
        for (index, ruling) in facts.rulings.enumerated() where ruling.isEffective(on: date) {
            let shared = (ruling.servedOn.map { $0 <= date } ?? false)
                && (ruling.copiedToHealthcareSecurityOn.map { $0 <= date } ?? false)
            if !shared { unshared.append("rulings[\(index)]") }
            guard ruling.finding == .infringes else { continue }
            infringing.append("rulings[\(index)]")
            if latestRuling.map({ ruling.effectiveOn > $0 }) ?? true {
                latestRuling = ruling.effectiveOn
                anchorSources[.rulingEffective] = "rulings[\(index)].effectiveOn"
            }
            if ruling.patents.contains(where: { facts.patent($0)?.isInForce(on: date, rules: rules) ?? false }) {
                infringingInForce.append("rulings[\(index)]")
            }
        }
        set(.infringementRulingEffective, !infringing.isEmpty, evidence: infringing)
        set(.infringesPatentInForce, !infringingInForce.isEmpty, evidence: infringingInForce)
        set(.rulingNotYetShared, !unshared.isEmpty, evidence: unshared)
        if let latestRuling { anchors[.rulingEffective] = latestRuling }

        // Patent linkage.
        let product = facts.product
        set(.linkageApplicant, product.drugClass?.declaresAgainstReference ?? false)
        var category3: [String] = []
        var category3InForce: [String] = []
        var barEnd: CivilDate?
        for (index, declaration) in facts.declarations.enumerated()
        where declaration.category == .three && declaration.declaredOn <= date {
            category3.append("declarations[\(index)]")
            guard let number = declaration.patent, let patent = facts.patent(number), patent.grantDate != nil else { continue }
            if patent.isInForce(on: date, rules: rules) {
                category3InForce.append("declarations[\(index)]")
                let end = patent.term(rules: rules).end
                if barEnd.map({ end > $0 }) ?? true {
                    barEnd = end
                    anchorSources[.linkageBarEnd] = "declarations[\(index)].patent"
                }
            }
        }
        set(.category3Declared, !category3.isEmpty, evidence: category3)
        set(.category3PatentInForce, !category3InForce.isEmpty, evidence: category3InForce)

        var exclusivities: [String] = []
        for (index, exclusivity) in facts.exclusivities.enumerated() {
            if let holder = exclusivity.holder, holder == facts.enterprise.name || holder == product.marketingAuthorisationHolder {
                continue
            }
            let end = facts.exclusivityEnd(exclusivity, rules: rules)
            guard exclusivity.start <= date, date < end else { continue }
            exclusivities.append("exclusivities[\(index)]")
            if barEnd.map({ end > $0 }) ?? true {
                barEnd = end
                anchorSources[.linkageBarEnd] = "exclusivities[\(index)]"
            }
        }
        set(.marketExclusivityRunning, !exclusivities.isEmpty, evidence: exclusivities)
        if let barEnd { anchors[.linkageBarEnd] = barEnd }

        // Innovation, attention, credit.
        let innovative = product.drugClass == .innovative
        set(.innovativeDrug, innovative)
        set(.greenChannelQualified, innovative && product.greenChannelQualified == true, evidence: innovative && product.greenChannelQualified == true ? ["product.greenChannelQualified"] : [])
        set(.rareDiseaseOrPaediatric, product.rareDisease || product.paediatric)
        set(.keyProductWithIPRisk, facts.attention?.isKeyProduct ?? false, evidence: facts.attention?.isKeyProduct == true ? ["attention"] : [])
        var credit: [String] = []
        for (index, event) in facts.creditEvents.enumerated() where event.isActive(on: date) {
            credit.append("creditEvents[\(index)]")
        }
        set(.creditHandled, !credit.isEmpty, evidence: credit)
    }
}
