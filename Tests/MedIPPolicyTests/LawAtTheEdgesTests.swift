import Foundation
import Testing
@testable import MedIPPolicy

/// Issue 13's edges, each decided from its clause: transitions, product scope, one fact one
/// answer, actors, modality, consequences, flags, "no rule applies", impossible facts and
/// conflicting time limits.
@Suite("The law at its edges")
struct LawAtTheEdgesTests {
    static let evaluator = Evaluator()

    static func day(_ text: String) -> CivilDate { (try? CivilDate(iso8601: text)) ?? .minimum }

    /// An innovative drug applying for listing in Beijing through the green channel.
    static func innovative(appliedOn applied: String) throws -> Case {
        var theCase = try CaseFile.decode(Data(try String(contentsOf: examples.appendingPathComponent("green-channel-regime-change.json"), encoding: .utf8).utf8))
        let date = day(applied)
        theCase.product.approvalDate = day("2025-12-01")
        theCase.commitments = [Commitment(kind: .listingSelfCommitment, date: date)]
        theCase.procurementHistory = [ProcurementEvent(date: date, status: .listingApplication)]
        theCase.round = ProcurementRound(kind: .listing, name: "北京市创新药绿色通道", applicationDate: date)
        return theCase
    }

    static let examples: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Documentation/Examples")

    // MARK: 1. Transitions

    @Test("a green-channel application pending when 2026-4 took effect is counted from 2026-04-07")
    func springFestivalApplication() throws {
        let theCase = try Self.innovative(appliedOn: "2026-02-16")  // 2026 Spring Festival
        let onFirstDay = try Self.evaluator.evaluate(theCase, asOf: Self.day("2026-04-07"))
        let due = try WorkingDayCalendar.china.adding(workingDays: 15, to: Self.day("2026-04-07"))
        #expect(onFirstDay.disposition.kind == .greenChannel)
        #expect(onFirstDay.disposition.date == due)
        #expect(onFirstDay.overdueObligations.isEmpty)
        let listing = try #require(onFirstDay.obligations.first { $0.code == "complete-green-channel-listing" })
        #expect(listing.due == due && listing.overdueSince == nil)
        // Before 2026-04-07 the untimed channels of 2024 (十二) and 2026-3 (九) apply.
        let before = try Self.evaluator.evaluate(theCase, asOf: Self.day("2026-04-06"))
        #expect(before.disposition.kind == .greenChannel && before.disposition.date == nil)
        // After the due date it is overdue, from the day after.
        let late = try Self.evaluator.evaluate(theCase, asOf: due.saturatingAdding(days: 1))
        #expect(late.overdueObligations.map(\.code) == ["complete-green-channel-listing"])
        // The alternative reading counts from the application itself.
        let retroactive = RuleSet(RuleSet.standard.rules.map { rule in
            var rule = rule
            rule.timeLimitStart = .anchor
            return rule
        })
        let alternative = try Evaluator(rules: retroactive).evaluate(theCase, asOf: Self.day("2026-04-07"))
        #expect(alternative.disposition.date == (try WorkingDayCalendar.china.adding(workingDays: 15, to: Self.day("2026-02-16"))))
        #expect(!alternative.overdueObligations.isEmpty)
    }

    // MARK: 2. Product scope

    @Test("an innovative device keeps the 2024 green channel after 2026-04-07; a drug gets 15 working days")
    func deviceAndDrug() throws {
        let drug = try Self.innovative(appliedOn: "2026-05-06")
        var device = drug
        device.product.category = .medicalConsumable
        device.product.drugClass = nil
        device.product.approvalNumber = nil
        device.product.innovativeDevice = true
        #expect(device.validate().filter { $0.severity == .error }.isEmpty, "\(device.validate())")
        for asOf in ["2026-05-07", "2026-03-01"].map(Self.day) {
            let decision = try Self.evaluator.evaluate(device, asOf: max(asOf, Self.day("2026-05-06")))
            #expect(decision.disposition.kind == .greenChannel)
            #expect(decision.disposition.date == nil)
            #expect(decision.disposition.rules == [RuleID("beijing-2024-5#12/green-channel")].compactMap { $0 })
        }
        let drugDecision = try Self.evaluator.evaluate(drug, asOf: Self.day("2026-05-07"))
        #expect(drugDecision.disposition.kind == .greenChannel)
        #expect(drugDecision.disposition.date == (try WorkingDayCalendar.china.adding(workingDays: 15, to: Self.day("2026-05-06"))))
        // A device not marked innovative gets no green channel.
        device.product.innovativeDevice = false
        let plain = try Self.evaluator.evaluate(device, asOf: Self.day("2026-05-07"))
        #expect(plain.disposition.kind == .ordinaryProcedure && plain.disposition.basis == .notAddressed)
    }

    // MARK: 3. One fact, one answer

    @Test("a listed product's new application suspends the same whether recorded as round or history")
    func roundAndHistoryAgree() throws {
        var theCase = try Self.innovative(appliedOn: "2026-04-20")
        theCase.product.drugClass = .generic
        theCase.product.greenChannelQualified = nil
        theCase.product.referenceProduct = "参比"
        theCase.procurementHistory = [ProcurementEvent(date: Self.day("2026-01-10"), status: .listed)]
        theCase.objections = [InfringementObjection(
            id: "O-1", receivedOn: Self.day("2026-04-21"), receivedBy: .healthcareSecurity, objector: "专利权人",
            patents: [theCase.patents[0].number], outcome: ObjectionOutcome(date: Self.day("2026-05-10"), finding: .riskFound))]
        theCase.disputes = [Dispute(
            id: "D-1", forum: .court, filedOn: Self.day("2026-05-12"), patents: [theCase.patents[0].number],
            claimant: "专利权人", respondent: theCase.enterprise.name)]
        var asHistory = theCase
        asHistory.round = nil
        asHistory.procurementHistory.events.append(ProcurementEvent(date: Self.day("2026-04-20"), status: .listingApplication))
        let asOf = Self.day("2026-06-01")
        let a = try Self.evaluator.evaluate(theCase, asOf: asOf, detail: .summary)
        let b = try Self.evaluator.evaluate(asHistory, asOf: asOf, detail: .summary)
        #expect(a.disposition.kind == .suspendNewListingReview)
        #expect(a == b)
    }

    // MARK: 4. Actors

    @Test("a court case calls for no IP-administration duty; a request to the IP administration does")
    func courtAndAdministrativeCases() throws {
        var theCase = try Self.innovative(appliedOn: "2026-05-06")
        theCase.product.greenChannelQualified = nil
        let number = theCase.patents[0].number
        theCase.disputes = [Dispute(id: "D-1", forum: .court, filedOn: Self.day("2026-05-08"), patents: [number], claimant: "X", respondent: "Y")]
        theCase.rulings = [Ruling(id: "J-1", kind: .effectiveJudgment, finding: .doesNotInfringe, patents: [number], effectiveOn: Self.day("2026-05-20"))]
        let court = try Self.evaluator.evaluate(theCase, asOf: Self.day("2026-06-01"))
        #expect(court.obligations.filter { $0.actor == "ip-administration" }.isEmpty, "\(court.obligations.map(\.code))")
        #expect(court.flags.map(\.kind).contains(.informPartiesOfForums))

        theCase.disputes[0].forum = .ipAdministration
        theCase.rulings = [Ruling(id: "J-1", dispute: "D-1", kind: .administrativeRuling, finding: .doesNotInfringe, patents: [number], effectiveOn: Self.day("2026-07-01"))]
        let administrative = try Self.evaluator.evaluate(theCase, asOf: Self.day("2026-06-01"))
        #expect(Set(administrative.obligations.map(\.code)) == ["handle-dispute-efficiently", "fast-track-ruling"])
        // Once a court has accepted the same dispute, no administrative ruling is available.
        theCase.disputes.append(Dispute(id: "D-2", forum: .court, filedOn: Self.day("2026-05-20"), patents: [number], claimant: "X", respondent: "Y"))
        let both = try Self.evaluator.evaluate(theCase, asOf: Self.day("2026-06-01"))
        #expect(both.obligations.filter { $0.actor == "ip-administration" }.isEmpty)
        // The administrative ruling, once effective, is to be served and copied.
        theCase.disputes.removeLast()
        let closed = try Self.evaluator.evaluate(theCase, asOf: Self.day("2026-07-02"))
        #expect(closed.obligations.map(\.code) == ["serve-and-copy-result"])
        #expect(closed.obligations.first?.modality == .must)
    }

    // MARK: 5, 7, 10. Modality, flags, conflicts

    @Test("waiting for the opinion is a discretion, never overdue; it ends with the procedure; it conflicts with the green channel")
    func opinionDiscretionAndConflict() throws {
        var theCase = try Self.innovative(appliedOn: "2026-05-06")
        let number = theCase.patents[0].number
        theCase.objections = [InfringementObjection(id: "O-1", receivedOn: Self.day("2026-05-07"), receivedBy: .healthcareSecurity, objector: "X", patents: [number])]
        theCase.opinionRequests = [OpinionRequest(id: "R-1", objection: "O-1", requestedOn: Self.day("2026-05-08"), deadline: Self.day("2026-07-31"))]
        let waiting = try Self.evaluator.evaluate(theCase, asOf: Self.day("2026-06-30"))
        #expect(waiting.disposition.kind == .awaitOpinion)
        let opinion = try #require(waiting.obligations.first { $0.code == "give-opinion" })
        #expect(opinion.modality == .may && !opinion.isOverdue(on: Self.day("2026-12-31")))
        let due = try WorkingDayCalendar.china.adding(workingDays: 15, to: Self.day("2026-05-06"))
        #expect(waiting.conflicts.map(\.deadlineRule) == Array(repeating: RuleID("beijing-2026-4#17/green-channel-15-working-days"), count: 2).compactMap { $0 })
        #expect(waiting.conflicts.allSatisfy { $0.deadline == due && $0.holdUntil == Self.day("2026-07-31") && $0.holdKind == .awaitOpinion })
        #expect(Set(waiting.conflicts.map(\.holdMeasure)) == [MeasureID(.national2022_45, 4), MeasureID(.beijing2026_3, 6)])
        #expect(waiting.explanation(in: .en).contains("Conflicting time limits"))
        #expect(waiting.explanation(in: .zh).contains("时限冲突"))
        // The procedure ends with its outcome: no wait, no "may be requested" flag.
        theCase.opinionRequests = []
        theCase.objections[0].outcome = ObjectionOutcome(date: Self.day("2026-05-20"), finding: .noRisk)
        let ended = try Self.evaluator.evaluate(theCase, asOf: Self.day("2026-06-01"))
        #expect(!ended.flags.map(\.kind).contains(.opinionMayBeRequested))
        #expect(ended.disposition.kind == .greenChannel && ended.conflicts.isEmpty)
    }

    @Test("the analyser reports an unacknowledged time-limit conflict and not an acknowledged one")
    func analyserConflictFinding() throws {
        let green = try #require(RuleSet.standard.rules.first { $0.id.description == "beijing-2026-4#17/green-channel-15-working-days" })
        let awaits = RuleSet.standard.rules.filter { $0.id.slug == "await-opinion" }
        #expect(awaits.count == 2)
        var unacknowledged = green
        unacknowledged.acknowledgedTimeLimitConflicts = []
        let findings = RuleSet([unacknowledged] + awaits).analyze().filter { $0.kind == .timeLimitConflict }
        #expect(findings.count == 2)
        #expect(findings.allSatisfy { $0.rules.first == green.id && $0.counterexample != nil })
        #expect(RuleSet([green] + awaits).analyze().filter { $0.kind == .timeLimitConflict }.isEmpty)
        #expect(RuleSet.standard.analyze().isEmpty)
    }

    // MARK: 6. Consequences

    @Test("liability follows selection or a purchase transaction, not listing, and not a no-infringement ruling")
    func liability() throws {
        var theCase = try Self.innovative(appliedOn: "2026-01-05")
        theCase.product.greenChannelQualified = nil
        let number = theCase.patents[0].number
        theCase.round = nil
        theCase.procurementHistory = [
            ProcurementEvent(date: Self.day("2026-01-05"), status: .listingApplication),
            ProcurementEvent(date: Self.day("2026-02-01"), status: .listed),
        ]
        theCase.disputes = [Dispute(id: "D-1", forum: .court, filedOn: Self.day("2026-05-08"), patents: [number], claimant: "X", respondent: "Y")]
        func liable(_ c: Case, _ on: String) throws -> Bool {
            try Self.evaluator.evaluate(c, asOf: Self.day(on)).consequences.map(\.kind).contains(.declaringEnterpriseBearsLiability)
        }
        #expect(try !liable(theCase, "2026-06-01"), "listing alone")
        theCase.procurementHistory.events.append(ProcurementEvent(date: Self.day("2026-03-01"), status: .purchaseTransaction))
        #expect(try liable(theCase, "2026-06-01"))
        #expect(try Self.evaluator.evaluate(theCase, asOf: Self.day("2026-06-01")).disposition.kind == .ordinaryProcedure,
                "a transaction does not change the standing")
        theCase.rulings = [Ruling(id: "J-1", dispute: "D-1", kind: .effectiveJudgment, finding: .doesNotInfringe, patents: [number], effectiveOn: Self.day("2026-07-01"))]
        #expect(try !liable(theCase, "2026-07-02"), "no infringement found")
        theCase.rulings[0].finding = .infringes
        #expect(try liable(theCase, "2026-07-02"))
    }

    // MARK: 8. No rule applies

    @Test("before any document, and at a stage no rule addresses, the ordinary procedure applies")
    func ordinaryProcedure() throws {
        var theCase = try Self.innovative(appliedOn: "2022-11-01")
        theCase.product.approvalDate = Self.day("2022-10-01")
        let before = try Self.evaluator.evaluate(theCase, asOf: Self.day("2022-11-20"))
        #expect(before.disposition.kind == .ordinaryProcedure && before.disposition.basis == .noDocumentInForce)
        #expect(before.explanation(in: .zh).contains("无生效文件"))
        var vbp = try Self.innovative(appliedOn: "2026-05-06")
        vbp.product.greenChannelQualified = nil
        vbp.round = ProcurementRound(kind: .vbp, name: "第十一批", applicationDate: Self.day("2026-05-06"))
        vbp.procurementHistory = []
        vbp.rulings = [Ruling(id: "J-1", kind: .effectiveJudgment, finding: .infringes, patents: [vbp.patents[0].number], effectiveOn: Self.day("2026-05-20"))]
        let decision = try Self.evaluator.evaluate(vbp, asOf: Self.day("2026-06-01"))
        #expect(decision.disposition.kind == .ordinaryProcedure && decision.disposition.basis == .notAddressed)
        #expect(decision.explanation(in: .en).contains("do not address this situation"))
        #expect(!decision.disposition.kind.isAdmission)
    }

    // MARK: 9. Impossible facts

    @Test("a category-3 patent without a grant date and an application before approval are errors")
    func impossibleFacts() throws {
        var theCase = try Self.innovative(appliedOn: "2026-05-06")
        theCase.product.approvalDate = Self.day("2026-06-01")
        #expect(theCase.validate().contains { $0.code == .applicationBeforeApproval && $0.path == "round.applicationDate" && $0.severity == .error })
        #expect(theCase.validate().contains { $0.code == .applicationBeforeApproval && $0.path == "procurementHistory[0].date" })
        var generic = try Self.innovative(appliedOn: "2026-05-06")
        generic.product.drugClass = .generic
        generic.product.referenceProduct = "参比"
        generic.product.greenChannelQualified = nil
        generic.patents[0].grantDate = nil
        generic.declarations = [PatentLinkageDeclaration(category: .three, patent: generic.patents[0].number, declaredOn: Self.day("2025-01-01"), declarant: "D")]
        #expect(generic.validate().contains { $0.code == .category3PatentNotGranted && $0.path == "declarations[0].patent" && $0.severity == .error })
        var drug = try Self.innovative(appliedOn: "2026-05-06")
        drug.product.innovativeDevice = true
        #expect(drug.validate().contains { $0.code == .innovativeDeviceNotConsumable && $0.severity == .error })
    }
}
