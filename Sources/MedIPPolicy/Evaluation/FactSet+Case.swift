extension FactSet {
    /// Establishes every predicate and anchor date of a case on a date.
    ///
    /// Each predicate's reading is documented on ``Predicate``; the choices made here where the
    /// texts leave room are:
    /// - only opinion requests for objections still on file count; an opinion counts as received
    ///   only if given on or before the deadline and once no other request is still within its
    ///   deadline unanswered, and "overdue" is reported only when no opinion was received in time
    ///   for any request and none is still within its deadline;
    /// - a market exclusivity bars the product unless its `holder` is the case's enterprise or the
    ///   product's marketing-authorisation holder;
    /// - patent terms use ``PatentTerm`` (end = the first day no longer protected), so the first
    ///   day a category-3 generic may be marketed is the later of the patents' and exclusivities'
    ///   ends.
    ///
    /// With `collectingEvidence` false no path strings are built: the facts and anchors are the
    /// same, and ``evidence`` stays empty.
    package init(_ facts: borrowing Case, asOf date: CivilDate, rules: PatentTermRules = .default, collectingEvidence: Bool = true) {
        if collectingEvidence {
            self.init(facts, asOf: date, rules: rules, evidence: EvidencePaths.self)
        } else {
            self.init(facts, asOf: date, rules: rules, evidence: EvidenceCount.self)
        }
    }

    /// Establishes the facts as ``init(_:asOf:rules:collectingEvidence:)`` does, keeping of each
    /// predicate's supporting entries what `Evidence` keeps (one specialisation each).
    private init<Evidence: EvidenceList>(_ facts: borrowing Case, asOf date: CivilDate, rules: PatentTermRules, evidence: Evidence.Type) {
        self.init()
        let collect = Evidence.collecting
        func list() -> Evidence { Evidence() }
        anchors[.asOf] = date

        // Procurement status, walked once. The case's round is one more application event — a
        // listing application or a VBP participation — dated by its application date (the as-of
        // date when it has none, though then no period is counted from it), placed after the
        // history's events of that date: an application
        // recorded as the round and the same application recorded in the history are one fact
        // and give one answer.
        var status: ProcurementStatus?
        var statusPath = ""
        var listed = false
        var selected = false
        var firstSelectedOrTraded: CivilDate?
        var lastApplication: CivilDate?
        var lastApplicationPath = ""
        // Read field by field: the nested functions below then capture no part of the case (a
        // capture of `facts`, or a closure over the round, would copy it).
        let roundKind = facts.round?.kind
        let roundApplicationDate = facts.round?.applicationDate
        let roundDated = roundApplicationDate != nil
        let roundDate = roundKind == nil ? nil : roundApplicationDate ?? date
        var roundPending = roundDate.map { $0 <= date } ?? false
        func record(_ event: ProcurementStatus, on day: CivilDate, path: @autoclosure () -> String) {
            switch event {
            case .listed: listed = true
            case .delisted: listed = false
            case .vbpSelected:
                selected = true
                if firstSelectedOrTraded == nil { firstSelectedOrTraded = day }
            case .selectionCancelled: selected = false
            case .purchaseTransaction:
                if firstSelectedOrTraded == nil { firstSelectedOrTraded = day }
                return  // not a change of standing
            case .listingApplication:
                lastApplication = day
                if collect { lastApplicationPath = path() }
            case .vbpParticipation, .suspended: break
            }
            status = event
            if collect { statusPath = path() }
        }
        func recordRound() {
            guard roundPending, let roundKind, let roundDate else { return }
            roundPending = false
            record(roundKind == .listing ? .listingApplication : .vbpParticipation, on: roundDate,
                   path: roundDated ? "round.applicationDate" : "round")
            // An undated round's application has no known date: nothing is counted from it.
            if !roundDated && roundKind == .listing { lastApplication = nil }
        }
        // Loops over indices read each element's fields in place: binding whole elements
        // (`for event in …`) would copy them, retaining and releasing every text they hold.
        let events = facts.procurementHistory.events
        for index in events.indices where events[index].date <= date {
            if let roundDate, events[index].date > roundDate { recordRound() }
            record(events[index].status, on: events[index].date, path: "procurementHistory[\(index)]")
        }
        recordRound()
        set(.applyingForListing, status == .listingApplication, path: statusPath, collecting: collect)
        set(.participatingInVBP, status == .vbpParticipation, path: statusPath, collecting: collect)
        set(.listed, listed, path: statusPath, collecting: collect)
        set(.vbpSelected, selected, path: statusPath, collecting: collect)
        if let lastApplication {
            anchors[.listingApplication] = lastApplication
            if collect {
                anchorSources[.listingApplication] = lastApplicationPath.hasPrefix("procurementHistory")
                    ? lastApplicationPath + ".date" : lastApplicationPath
            }
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
        var unrequested = list()
        var riskPaths = list()
        var earliestObjection: CivilDate?
        var earliestObjectionSource: String?
        // The closures below set locals only: a closure that touched `self` would capture it,
        // and the finished facts would then be copied out of the initializer, not moved.
        facts.objections.forEachInPlace { index, objection in
            guard objection.pointee.isPending(on: date) else { return }
            objectionPaths.add("objections[\(index)]")
            // 收到…异议的，可以请…出具意见: the discretion comes with each pending objection that
            // no request names yet, not only with the first.
            let id = objection.pointee.id
            var named = false
            facts.opinionRequests.forEachInPlace { _, request in
                if !named, request.pointee.objection == id, request.pointee.requestedOn <= date { named = true }
            }
            if !named { unrequested.add("objections[\(index)]") }
            if earliestObjection.map({ objection.pointee.receivedOn < $0 }) ?? true {
                earliestObjection = objection.pointee.receivedOn
                if collect { earliestObjectionSource = "objections[\(index)].receivedOn" }
            }
        }
        facts.objections.forEachInPlace { index, objection in
            guard let outcome = objection.pointee.outcome, outcome.date <= date, outcome.finding == .riskFound,
                  objection.pointee.withdrawnOn.map({ outcome.date < $0 }) ?? true
            else { return }
            riskPaths.add("objections[\(index)].outcome")
        }
        set(.objectionPending, objectionPaths)
        set(.objectionWithoutOpinionRequest, unrequested)
        set(.objectionFoundRisk, riskPaths)
        if let earliestObjection { anchors[.objectionReceived] = earliestObjection }
        if let earliestObjectionSource { anchorSources[.objectionReceived] = earliestObjectionSource }

        var requested = list()
        var received = list()
        var overdue = list()
        var riskOpinions = list()
        var awaitingDeadline: CivilDate?
        let requests = facts.opinionRequests
        for index in requests.indices where requests[index].requestedOn <= date && facts.objectionPending(requests[index].objection, on: date) {
            requested.add("opinionRequests[\(index)]")
            if let opinion = requests[index].opinion, opinion.date <= date, opinion.date <= requests[index].deadline {
                received.add("opinionRequests[\(index)].opinion")
                if opinion.finding == .infringementLikely { riskOpinions.add("opinionRequests[\(index)].opinion") }
            } else {
                if awaitingDeadline.map({ requests[index].deadline > $0 }) ?? true {
                    awaitingDeadline = requests[index].deadline
                    if collect { anchorSources[.opinionDeadline] = "opinionRequests[\(index)].deadline" }
                }
                if requests[index].isOverdue(on: date) { overdue.add("opinionRequests[\(index)]") }
            }
        }
        set(.opinionRequested, requested)
        // 在…规定期限内出具…作为…参考: while a requested opinion is still within its deadline the
        // authority waits for it, even with another opinion in hand; the opinions in hand are the
        // reference once nothing is awaited (reading 34).
        let stillAwaited = awaitingDeadline.map { $0 >= date } ?? false
        set(.opinionReceived, stillAwaited ? list() : received)
        // 逾期未给出参考意见: overdue only once no request is answered in time or still awaited.
        set(.opinionOverdue, received.isEmpty && !stillAwaited ? overdue : list())
        set(.opinionFindsInfringementRisk, stillAwaited ? list() : riskOpinions)
        if let awaitingDeadline { anchors[.opinionDeadline] = awaitingDeadline }

        // Disputes and rulings. A dispute decided by an effective ruling that names it has ended,
        // as if its resolution said `decided` on the ruling's effective date: one fact, one answer.
        var decidedDisputes: [String] = []
        var infringementFound: [String] = []
        facts.rulings.forEachInPlace { _, ruling in
            guard ruling.pointee.isEffective(on: date), let dispute = ruling.pointee.dispute else { return }
            decidedDisputes.append(dispute)
            if ruling.pointee.finding == .infringes { infringementFound.append(dispute) }
        }
        var pendingDisputes = list()
        var ipAdministrationDisputes = list()
        var afterSelection = list()
        var earliestDispute: CivilDate?
        var earliestDisputeSource: String?
        facts.disputes.forEachInPlace { index, dispute in
            guard dispute.pointee.filedOn <= date else { return }
            let pending = dispute.pointee.isPending(on: date) && !decidedDisputes.contains(dispute.pointee.id)
            if pending {
                pendingDisputes.add("disputes[\(index)]")
                if earliestDispute.map({ dispute.pointee.filedOn < $0 }) ?? true {
                    earliestDispute = dispute.pointee.filedOn
                    if collect { earliestDisputeSource = "disputes[\(index)].filedOn" }
                }
                if dispute.pointee.forum == .ipAdministration && !facts.courtAccepted(dispute, on: date) {
                    ipAdministrationDisputes.add("disputes[\(index)]")
                }
            }
            if let start = firstSelectedOrTraded, dispute.pointee.filedOn >= start,
               pending || infringementFound.contains(dispute.pointee.id) || facts.decidedAgainstProduct(dispute, on: date, rules: rules)
            {
                afterSelection.add("disputes[\(index)]")
            }
        }
        set(.disputeFiled, pendingDisputes)
        set(.ipAdministrationDisputePending, ipAdministrationDisputes)
        set(.disputeAfterSelectionOrTransaction, afterSelection)
        if let earliestDispute { anchors[.disputeFiled] = earliestDispute }
        if let earliestDisputeSource { anchorSources[.disputeFiled] = earliestDisputeSource }

        var infringing = list()
        var infringingInForce = list()
        var unshared = list()
        var latestRuling: CivilDate?
        var latestRulingSource: String?
        facts.rulings.forEachInPlace { index, ruling in
            guard ruling.pointee.isEffective(on: date) else { return }
            let shared = (ruling.pointee.servedOn.map { $0 <= date } ?? false)
                && (ruling.pointee.copiedToHealthcareSecurityOn.map { $0 <= date } ?? false)
            if !shared && ruling.pointee.kind == .administrativeRuling { unshared.add("rulings[\(index)]") }
            guard ruling.pointee.finding == .infringes else { return }
            infringing.add("rulings[\(index)]")
            if latestRuling.map({ ruling.pointee.effectiveOn > $0 }) ?? true {
                latestRuling = ruling.pointee.effectiveOn
                if collect { latestRulingSource = "rulings[\(index)].effectiveOn" }
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
        if let latestRulingSource { anchorSources[.rulingEffective] = latestRulingSource }

        // Patent linkage.
        set(.linkageApplicant, facts.product.drugClass?.declaresAgainstReference ?? false)
        var category3 = list()
        var category3InForce = list()
        var barEnd: CivilDate?
        let declarations = facts.declarations
        for index in declarations.indices where declarations[index].category == .three && declarations[index].declaredOn <= date {
            category3.add("declarations[\(index)]")
            guard let number = declarations[index].patent, let end = facts.expiryIfInForce(number, on: date, rules: rules) else { continue }
            category3InForce.add("declarations[\(index)]")
            if barEnd.map({ end > $0 }) ?? true {  // in force, so no early end applies
                barEnd = end
                linkageBarDeclaration = index
                if collect { anchorSources[.linkageBarEnd] = "declarations[\(index)].patent" }
            }
        }
        set(.category3Declared, category3)
        set(.category3PatentInForce, category3InForce)

        var exclusivities = list()
        let exclusivityList = facts.exclusivities
        for index in exclusivityList.indices {
            if let holder = exclusivityList[index].storedHolder,
               holder == facts.enterprise.storedName || holder == facts.product.storedMarketingAuthorisationHolder
            {
                continue
            }
            let end = facts.exclusivityEnd(exclusivityList[index], rules: rules)
            guard exclusivityList[index].start <= date, date < end else { continue }
            exclusivities.add("exclusivities[\(index)]")
            if barEnd.map({ end > $0 }) ?? true {
                barEnd = end
                linkageBarDeclaration = -1
                if collect { anchorSources[.linkageBarEnd] = "exclusivities[\(index)]" }
            }
        }
        set(.marketExclusivityRunning, exclusivities)
        if let barEnd { anchors[.linkageBarEnd] = barEnd }

        // Innovation, attention, credit.
        let innovative = facts.product.drugClass == .innovative
        set(.innovativeDrug, innovative)
        set(.drugProduct, facts.product.category.isDrug)
        set(.innovativeDevice, !facts.product.category.isDrug && facts.product.innovativeDevice,
            path: "product.innovativeDevice", collecting: collect)
        set(.greenChannelQualified, facts.product.greenChannelQualified == true, path: "product.greenChannelQualified", collecting: collect)
        set(.rareDiseaseOrPaediatric, facts.product.rareDisease || facts.product.paediatric)
        set(.keyProductWithIPRisk, facts.attention?.isKeyProduct ?? false, path: "attention", collecting: collect)
        var credit = list()
        let creditEvents = facts.creditEvents
        for index in creditEvents.indices where creditEvents[index].isActive(on: date) {
            credit.add("creditEvents[\(index)]")
        }
        set(.creditHandled, credit)
    }
}

extension Case {
    /// Whether the objection with this id is on file and pending on `date`.
    func objectionPending(_ id: String, on date: CivilDate) -> Bool {
        for index in objections.indices where objections[index].id == id && objections[index].isPending(on: date) {
            return true
        }
        return false
    }

    /// Whether a court has accepted the same dispute — a pending court dispute between the same
    /// parties over a patent this one also names — on `date`.
    func courtAccepted(_ dispute: UnsafePointer<Dispute>, on date: CivilDate) -> Bool {
        var found = false
        disputes.forEachInPlace { _, other in
            guard !found, other.pointee.forum == .court, other.pointee.isPending(on: date),
                  other.pointee.storedClaimant == dispute.pointee.storedClaimant, other.pointee.storedRespondent == dispute.pointee.storedRespondent
            else { return }
            for number in other.pointee.patents where dispute.pointee.patents.contains(number) {
                found = true
                break
            }
        }
        return found
    }

    /// Whether a dispute that ended as `decided` was decided against the product: an effective
    /// ruling that finds infringement of a patent in suit, recorded without naming the dispute.
    func decidedAgainstProduct(_ dispute: UnsafePointer<Dispute>, on date: CivilDate, rules: PatentTermRules) -> Bool {
        guard let resolution = dispute.pointee.resolution, resolution.kind == .decided, resolution.date <= date else { return false }
        var found = false
        rulings.forEachInPlace { _, ruling in
            guard !found, ruling.pointee.dispute == nil, ruling.pointee.finding == .infringes, ruling.pointee.isEffective(on: date)
            else { return }
            for number in ruling.pointee.patents where dispute.pointee.patents.contains(number) {
                found = true
                break
            }
        }
        return found
    }

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
        return patents.firstInPlace { $0.pointee.number.integerKey == key } then: { Patent.expiryIfInForce($0, on: date, rules: rules) } ?? nil
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

    /// What `read` answers for the element at `index` (`nil` when there is none), given a pointer
    /// to it, valid only during the call: reading one field this way copies that field alone,
    /// where `array[index].field` copies the whole element first (retaining, then releasing,
    /// every string and array it holds).
    @inline(__always)
    func readInPlace<Answer>(_ index: Int, _ read: (UnsafePointer<Element>) -> Answer) -> Answer? {
        withUnsafeBufferPointer { buffer in
            guard let first = buffer.baseAddress, buffer.indices.contains(index) else { return nil }
            return read(first + index)
        }
    }

    /// What `body` answers for the first element that `matches`, or `nil` when none does: both
    /// get a pointer to the element, valid only during the call, so the search copies no string
    /// or array an element holds (a copy retains and later releases each).
    @inline(__always)
    func firstInPlace<Answer>(
        _ matches: (UnsafePointer<Element>) -> Bool, then body: (UnsafePointer<Element>) -> Answer
    ) -> Answer? {
        withUnsafeBufferPointer { buffer in
            guard let first = buffer.baseAddress else { return nil }
            for index in buffer.indices where matches(first + index) { return body(first + index) }
            return nil
        }
    }
}
