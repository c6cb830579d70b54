import Foundation
import MedIPPolicyTesting
import Testing
@testable import MedIPPolicy

/// A second outside reader's check, of what a decision obliges and cites rather than of its
/// disposition (which `IndependentReadingTests` covers): for every obligation the standard rules
/// can produce, the body the clause names, the force of the clause's own word, the due date where
/// the text sets one; for every consequence and flag, the facts that start and stop it; and, on
/// a given day and in a given jurisdiction, the measures a decision cites. Each test quotes its
/// clause from shared/seeds/ and states what the text requires; where the text is silent the
/// library's documented reading (Documentation/Readings.md, row cited) is asserted.
@Suite("Independent reading: obligations, consequences, flags, citations")
struct IndependentObligationTests {
    /// The first review's helpers (`d`, `decide`, `ids`, `flags`, case builders), shared.
    typealias R = IndependentReadingTests

    static func texts(_ measures: [MeasureID]) -> [String] { measures.map(\.description).sorted() }
    static func obligation(_ decision: Decision, _ code: String) -> ResolvedObligation? {
        decision.obligations.first { $0.code == code }
    }
    static func consequenceRules(_ decision: Decision, _ kind: ConsequenceKind) -> [String] {
        R.ids(decision.consequences.first { $0.kind == kind }?.rules ?? [])
    }

    static let inSuit = R.patent(expiring: "2031-05-20")

    // MARK: - give-opinion: 2022（四）, 2026-3（六）

    /// 国知发保字〔2022〕45号（四）「医药集中采购机构如收到相关产品专利侵权异议的，可以请知识产权管理部门在企业参加
    /// 集中带量采购或申报平台挂网的规定期限内出具咨询或侵权判定意见」: the body that gives the opinion is the
    /// 知识产权管理部门; the word is 可以 (a discretion of the asking body, and 「逾期未给出参考意见的」
    /// foresees no answer), so the opinion is at most a *may* (reading 9) due by the round's
    /// deadline, never overdue. Nothing is asked of it before a request is made.
    @Test("give-opinion: the IP administration, may, due the round's deadline, never overdue; only once requested")
    func giveOpinionShape() throws {
        let objection = ObjectionBuilder.received(on: R.d("2026-05-12"), against: Self.inSuit)
            .withOpinionRequested(on: R.d("2026-05-14"), deadline: R.d("2026-06-15"))
        let facts = R.generic(applyingOn: "2026-05-11", jurisdiction: .national).withObjection(objection)
        #expect(Self.obligation(try R.decide(facts, "2026-05-13"), "give-opinion") == nil, "not yet requested")
        let asked = try R.decide(facts, "2026-05-14")
        let opinion = try #require(Self.obligation(asked, "give-opinion"))
        #expect(opinion.actor == Department.ipAdministration.id)
        #expect(opinion.modality == .may && !opinion.modality.binds)
        #expect(opinion.due == R.d("2026-06-15") && opinion.dueRule == DateExpression(.opinionDeadline))
        #expect(opinion.overdueSince == nil && opinion.unknownDue == nil)
        #expect(Self.texts(opinion.measures) == ["national-2022-45#4"])
        #expect(asked.obligations.map(\.code) == ["give-opinion"], "the enterprise has its commitment on file; no other duty")
        // On its own last day it is still in time and, as a may, is never listed as overdue.
        #expect(try R.decide(facts, "2026-06-15").overdueObligations.isEmpty)
    }

    /// 京医保发〔2026〕3号（六）restates the procedure with the 医疗保障部门 as receiver: in Beijing from
    /// 2026-03-27 the same opinion is asked under both clauses, so one obligation cites both
    /// measures (reading 38: whichever body received the objection), and the day before only
    /// 2022（四）.
    @Test("give-opinion in Beijing: one obligation citing 2022 (四) and, from 03-27, 2026-3 (六)")
    func giveOpinionCitations() throws {
        let objection = ObjectionBuilder.received(on: R.d("2026-03-10"), against: Self.inSuit)
            .receivedBy(.procurementAgency)
            .withOpinionRequested(on: R.d("2026-03-11"), deadline: R.d("2026-04-30"))
        let facts = R.generic(applyingOn: "2026-03-09").withObjection(objection)
        let before = try #require(Self.obligation(try R.decide(facts, "2026-03-26"), "give-opinion"))
        #expect(Self.texts(before.measures) == ["national-2022-45#4"])
        let after = try R.decide(facts, "2026-03-27")
        #expect(after.obligations.filter { $0.code == "give-opinion" }.count == 1)
        let merged = try #require(Self.obligation(after, "give-opinion"))
        #expect(Self.texts(merged.measures) == ["beijing-2026-3#6", "national-2022-45#4"])
        #expect(R.ids(merged.rules) == ["beijing-2026-3#6/await-opinion", "national-2022-45#4/await-opinion"])
    }

    /// 「企业参加集中带量采购或申报平台挂网的规定期限内」: the opinion belongs to an application. An
    /// objection against a product that is only listed (no application, no VBP round) opens no
    /// discretion to ask and asks nothing of the IP administration.
    @Test("an objection against a product only listed: no discretion to ask, no opinion obligation")
    func objectionOnListedProduct() throws {
        let objection = ObjectionBuilder.received(on: R.d("2026-05-12"), against: Self.inSuit)
            .withOpinionRequested(on: R.d("2026-05-14"), deadline: R.d("2026-06-15"))
        let facts = CaseBuilder.generic().listed(on: R.d("2026-02-02")).withObjection(objection)
        let decision = try R.decide(facts, "2026-05-20")
        #expect(!R.flags(decision).contains(.opinionMayBeRequested))
        #expect(Self.obligation(decision, "give-opinion") == nil)
        #expect(decision.disposition.kind != .awaitOpinion)
    }

    /// The opinion is asked for the objection (「收到相关产品专利侵权异议的，可以请…出具…意见」): when the
    /// objection is withdrawn, or its procedure ends with an outcome (reading 12), there is nothing
    /// left to give an opinion on; the IP administration's *may* ends that day, before the deadline.
    @Test("give-opinion ends the day the objection is withdrawn or the procedure ends, before the deadline")
    func giveOpinionEndsWithObjection() throws {
        let requested = ObjectionBuilder.received(on: R.d("2026-05-12"), against: Self.inSuit)
            .withOpinionRequested(on: R.d("2026-05-13"), deadline: R.d("2026-06-30"))
        for objection in [requested.withdrawn(on: R.d("2026-06-01")), requested.foundNoRisk(on: R.d("2026-06-01"))] {
            let facts = R.generic(applyingOn: "2026-05-11").withObjection(objection)
            #expect(Self.obligation(try R.decide(facts, "2026-05-31"), "give-opinion")?.due == R.d("2026-06-30"))
            let ended = try R.decide(facts, "2026-06-01")
            #expect(Self.obligation(ended, "give-opinion") == nil && ended.disposition.kind != .awaitOpinion)
        }
    }

    // MARK: - submit-self-commitment: 2022（四）, 2026-3（三）（六）

    /// 2022（四）「企业参加集中带量采购或申报药品和医用耗材在医药集中采购平台挂网…时，须自主承诺相关产品不存在违反
    /// 《中华人民共和国专利法》等相关法律法规的情形」: the enterprise (申报企业), 须 (must), no date. A VBP
    /// participant outside Beijing owes it under 2022（四）alone.
    @Test("2022 (四): the declaring enterprise must commit, without a date, for VBP as for listing")
    func nationalCommitmentDuty() throws {
        for builder in [
            R.generic(applyingOn: "2026-05-11", jurisdiction: .national),
            CaseBuilder.generic().participatingInVBP(on: R.d("2026-05-11")).inJurisdiction(.national),
        ] {
            let decision = try R.decide(builder.withoutSelfCommitment(), "2026-05-12")
            let duty = try #require(Self.obligation(decision, "submit-self-commitment"))
            #expect(duty.actor == Department.declaringEnterprise.id && duty.modality == .must)
            #expect(duty.due == nil && duty.dueRule == nil && duty.overdueSince == nil)
            #expect(Self.texts(duty.measures) == ["national-2022-45#4"])
            #expect(duty.action.zh.contains("专利法"))
        }
    }

    /// 京医保发〔2026〕3号（三）「企业承诺挂网药品和医用耗材不存在违反《中华人民共和国专利法》等相关法律法规的情形，且不违反
    /// 企业自身针对他人专利权已作出的“专利权届满前不上市承诺”等」: from 2026-03-27 a Beijing listing
    /// commitment must cover both limbs. The enterprise's single commitment duty cites 2022（四）
    /// and 2026-3（三）, and its action must state what 2026-3（三）adds — otherwise the Beijing
    /// enterprise is told to make the narrower national commitment only.
    @Test("Beijing listing from 03-27: one commitment duty citing both clauses, stating the own-commitment limb")
    func beijingCommitmentDuty() throws {
        let facts = R.generic(applyingOn: "2026-03-20").withoutSelfCommitment()
        let before = try #require(Self.obligation(try R.decide(facts, "2026-03-26"), "submit-self-commitment"))
        #expect(Self.texts(before.measures) == ["national-2022-45#4"])
        #expect(!before.action.zh.contains("专利权届满前不上市承诺"))
        let decision = try R.decide(facts, "2026-04-07")
        #expect(decision.obligations.filter { $0.code == "submit-self-commitment" }.count == 1)
        let duty = try #require(Self.obligation(decision, "submit-self-commitment"))
        #expect(duty.actor == Department.declaringEnterprise.id && duty.modality == .must)
        #expect(Self.texts(duty.measures) == ["beijing-2026-3#3", "national-2022-45#4"])
        #expect(duty.action.zh.contains("专利法") && duty.action.zh.contains("专利权届满前不上市承诺"))
        #expect(duty.action.en.contains("not-before-expiry"))
        // 2026-4（三十）「严格落实药品企业挂网自主承诺制度」 enforces the system; it returns the application
        // but states no commitment of its own content, so it is not cited on the duty (reading 4).
        #expect(!duty.measures.contains(MeasureID(.beijing2026_4, 30)))
        #expect(decision.disposition.measures.contains(MeasureID(.beijing2026_4, 30)))
    }

    /// Reading 27: 2026-3（三）is the listing commitment. A Beijing VBP participant without a
    /// commitment owes 2022（四）'s commitment only, in its words.
    @Test("Beijing VBP participant: the commitment duty cites 2022 (四) only, without the own-commitment limb")
    func beijingVBPCommitmentDuty() throws {
        let facts = CaseBuilder.generic().participatingInVBP(on: R.d("2026-05-11")).withoutSelfCommitment()
        let duty = try #require(Self.obligation(try R.decide(facts, "2026-05-12"), "submit-self-commitment"))
        #expect(Self.texts(duty.measures) == ["national-2022-45#4"])
        #expect(!duty.action.zh.contains("专利权届满前不上市承诺"))
    }

    /// 「须自主承诺」 has no force before the opinion's date (reading 25) and is discharged on the day
    /// the commitment is on file.
    @Test("the commitment duty starts on 2022-12-05 and ends the day the commitment is made")
    func commitmentDutyEdges() throws {
        let early = R.generic(applyingOn: "2022-11-28", jurisdiction: .national).withoutSelfCommitment()
        #expect(try R.decide(early, "2022-12-04").obligations.isEmpty)
        #expect(Self.obligation(try R.decide(early, "2022-12-05"), "submit-self-commitment") != nil)
        let late = R.generic(applyingOn: "2026-05-11").withSelfCommitment(on: R.d("2026-05-20"))
        #expect(Self.obligation(try R.decide(late, "2026-05-19"), "submit-self-commitment") != nil)
        #expect(try R.decide(late, "2026-05-20").obligations.isEmpty)
    }

    /// 2022（四）, 2026-3（六）「知识产权管理部门逾期未给出参考意见的，企业自主承诺后可以按程序参加集中带量采购或
    /// 在平台挂网」: a Beijing VBP participant whose opinion is overdue and who has not committed owes
    /// the commitment the clause names as its way forward (reading 35); the duty cites both
    /// objection clauses and 2022（四）'s commitment sentence, once.
    @Test("overdue opinion, no commitment: one commitment duty citing both objection clauses")
    func commitAfterOverdueOpinion() throws {
        let objection = ObjectionBuilder.received(on: R.d("2026-05-12"), against: Self.inSuit)
            .withOpinionRequested(on: R.d("2026-05-13"), deadline: R.d("2026-06-15"))
        let facts = CaseBuilder.generic().participatingInVBP(on: R.d("2026-05-11")).withoutSelfCommitment().withObjection(objection)
        let decision = try R.decide(facts, "2026-06-16")
        #expect(decision.obligations.map(\.code) == ["submit-self-commitment"], "the opinion's may has lapsed")
        let duty = try #require(Self.obligation(decision, "submit-self-commitment"))
        #expect(duty.actor == Department.declaringEnterprise.id && duty.modality == .must)
        #expect(R.ids(duty.rules) == [
            "beijing-2026-3#6/commit-after-overdue-opinion", "national-2022-45#4/commit-after-overdue-opinion",
            "national-2022-45#4/self-commitment-required",
        ])
        #expect(Self.texts(duty.measures) == ["beijing-2026-3#6", "national-2022-45#4"])
    }

    // MARK: - 2022（五）, 2026-3（七）: the IP administration's dispute duties

    /// 2022（五）「知识产权管理部门接到相关案件处理请求后，要依法依规高效处理」: the duty is the IP
    /// administration's, with 要 (shall) and no date (高效 is no time limit). In Beijing 2026-3（七）
    /// does not restate it: the duty cites 2022（五）only; 2026-3（七）'s own (the fast track, 建立…,
    /// a commitment) is a separate obligation.
    @Test("handle efficiently: shall, undated, 2022 (五) only; the Beijing fast track is a separate commit")
    func disputeDutiesInBeijing() throws {
        let facts = R.generic(applyingOn: "2026-05-11")
            .withDispute(.filed(on: R.d("2026-05-15"), in: .ipAdministration, over: Self.inSuit))
        let decision = try R.decide(facts, "2026-05-20")
        let handle = try #require(Self.obligation(decision, "handle-dispute-efficiently"))
        #expect(handle.actor == Department.ipAdministration.id && handle.modality == .shall && handle.due == nil)
        #expect(Self.texts(handle.measures) == ["national-2022-45#5"])
        let fast = try #require(Self.obligation(decision, "fast-track-ruling"))
        #expect(fast.actor == Department.ipAdministration.id && fast.modality == .commit && fast.due == nil)
        #expect(Self.texts(fast.measures) == ["beijing-2026-3#7"])
        // Before 2026-3 is in force, or outside Beijing, there is no fast track.
        let early = R.generic(applyingOn: "2026-03-02")
            .withDispute(.filed(on: R.d("2026-03-05"), in: .ipAdministration, over: Self.inSuit))
        #expect(try R.decide(early, "2026-03-26").obligations.map(\.code) == ["handle-dispute-efficiently"])
        #expect(try R.decide(early, "2026-03-27").obligations.map(\.code).sorted() == ["fast-track-ruling", "handle-dispute-efficiently"])
        #expect(try R.decide(facts.inJurisdiction(.national), "2026-05-20").obligations.map(\.code) == ["handle-dispute-efficiently"])
    }

    /// Reading 8: once a court has accepted the same dispute (same parties, a shared patent), no
    /// administrative ruling is available, so neither the IP administration's duty to handle the
    /// request nor the fast track arises; the agency's discretion to point the parties to a forum
    /// (可以告知) still does.
    @Test("a request to the IP administration with the same dispute before a court: no IP-office duty")
    func parallelCourtDispute() throws {
        let facts = R.generic(applyingOn: "2026-05-11")
            .withDispute(DisputeBuilder.filed(on: R.d("2026-05-15"), in: .ipAdministration, over: Self.inSuit).withID("D-IP"))
            .withDispute(DisputeBuilder.filed(on: R.d("2026-05-18"), in: .court, over: Self.inSuit).withID("D-COURT"))
        #expect(try R.decide(facts, "2026-05-17").obligations.map(\.code).sorted() == ["fast-track-ruling", "handle-dispute-efficiently"])
        let both = try R.decide(facts, "2026-05-18")
        #expect(both.obligations.isEmpty)
        #expect(R.flags(both).contains(.informPartiesOfForums))
    }

    /// 2022（五）「在集中带量采购或挂网采购过程中，如出现专利侵权纠纷」: the duties and the discretion
    /// belong to procurement. A product neither applying, participating, listed nor selected
    /// raises none of them.
    @Test("a dispute over a product outside procurement: no forum flag, no handling duty")
    func disputeOutsideProcurement() throws {
        let facts = CaseBuilder.generic().notInProcurement()
            .withDispute(.filed(on: R.d("2026-05-15"), in: .ipAdministration, over: Self.inSuit))
        let decision = try R.decide(facts, "2026-05-20")
        #expect(decision.obligations.isEmpty && decision.flags.isEmpty)
    }

    // MARK: - 2022（六）: serve and copy

    /// 2022（六）「知识产权管理部门在相关涉医药专利侵权案件办结后，应当将案件办理结果送达当事人，并及时抄送医疗保障
    /// 部门」: two acts, both required (并), 应当 (must), no number of days (及时); so no due date and
    /// never overdue. The duty stands while either act is missing and cites 2022（六）alone, in
    /// Beijing too (2026-3 restates no such duty).
    @Test("serve and copy: must, undated, while either act is missing; cites 2022 (六) alone")
    func serveAndCopyEachLimb() throws {
        let ruling = RulingBuilder.infringement(of: Self.inSuit, effectiveOn: R.d("2026-06-01"))
        let servedOnly = R.generic(applyingOn: "2026-05-11")
            .withRuling(ruling.served(on: R.d("2026-06-02")).notYetCopied())
        let duty = try #require(Self.obligation(try R.decide(servedOnly, "2026-09-01"), "serve-and-copy-result"))
        #expect(duty.actor == Department.ipAdministration.id && duty.modality == .must)
        #expect(duty.due == nil && duty.overdueSince == nil)
        #expect(Self.texts(duty.measures) == ["national-2022-45#6"])
        let copiedOnly = R.generic(applyingOn: "2026-05-11")
            .withRuling(ruling.notYetServed().copiedToHealthcareSecurity(on: R.d("2026-06-02")))
        #expect(Self.obligation(try R.decide(copiedOnly, "2026-09-01"), "serve-and-copy-result") != nil)
        // The day before the ruling takes effect the case is not 办结: nothing to serve.
        #expect(Self.obligation(try R.decide(servedOnly, "2026-05-31"), "serve-and-copy-result") == nil)
    }

    /// The service duty concerns the IP administration's case, whatever the product's procurement
    /// stage: 「相关涉医药专利侵权案件办结后」 does not wait for an application.
    @Test("serve and copy for a product outside procurement as well")
    func serveAndCopyOutsideProcurement() throws {
        let facts = CaseBuilder.generic().notInProcurement().inJurisdiction(.national)
            .withRuling(RulingBuilder.infringement(of: Self.inSuit, effectiveOn: R.d("2026-06-01")).notYetServed().notYetCopied())
        let decision = try R.decide(facts, "2026-06-02")
        #expect(decision.obligations.map(\.code) == ["serve-and-copy-result"])
    }

    // MARK: - 2026-4（十七）: the green channel's 15 working days

    /// 京医保发〔2026〕4号（十七）「创新药品通过绿色通道快速挂网，办理时间不超过15个工作日」: the text names no
    /// department (reading 19); the listing platform is the 市医保局's (2024（十二）names it for the
    /// same channel), so the duty is on it. No modal word: a commitment (reading 9), binding. Due
    /// the 15th working day after the application (the application day not counted), overdue
    /// from the next calendar day. Applied Monday 2026-05-11: day 15 is Monday 2026-06-01.
    @Test("green channel: 市医保局, commit, due the 15th working day, overdue from the next day")
    func greenChannelDuty() throws {
        let facts = R.greenChannelDrug(applyingOn: "2026-05-11")
        let onTime = try R.decide(facts, "2026-06-01")
        let duty = try #require(Self.obligation(onTime, "complete-green-channel-listing"))
        #expect(duty.actor == Department.bjHealthcareSecurity.id && duty.modality == .commit && duty.modality.binds)
        #expect(duty.due == R.d("2026-06-01") && duty.overdueSince == nil)
        #expect(duty.dueRule == DateExpression(.listingApplication, plus: .workingDays(15)))
        #expect(Self.texts(duty.measures) == ["beijing-2026-4#17"])
        let late = try R.decide(facts, "2026-06-02")
        #expect(late.overdueObligations.map(\.code) == ["complete-green-channel-listing"])
        #expect(Self.obligation(late, "complete-green-channel-listing")?.overdueSince == R.d("2026-06-02"))
        // Still overdue (and still since 06-02) weeks later while the application stands.
        #expect(Self.obligation(try R.decide(facts, "2026-07-15"), "complete-green-channel-listing")?.overdueSince == R.d("2026-06-02"))
    }

    /// The duty is to complete the listing: on the day the product is listed there is nothing
    /// left to complete, even if that day is after the 15 working days.
    @Test("green channel: the duty ends on the day of listing")
    func greenChannelDutyEndsOnListing() throws {
        let facts = R.greenChannelDrug(applyingOn: "2026-05-11").thenListed(on: R.d("2026-06-05"))
        #expect(Self.obligation(try R.decide(facts, "2026-06-04"), "complete-green-channel-listing")?.overdueSince == R.d("2026-06-02"))
        let listed = try R.decide(facts, "2026-06-05")
        #expect(Self.obligation(listed, "complete-green-channel-listing") == nil && listed.overdueObligations.isEmpty)
    }

    /// Reading 1: an application pending when 2026-4 takes effect counts its 15 working days from
    /// 2026-04-07 (04-08 is day 1; day 15 is 04-28), so nothing is overdue on 04-07 and the duty
    /// is overdue from 04-29. Before 04-07 there is no time limit and so no duty.
    @Test("a March application pending on 04-07: no duty on 04-06; due 04-28; overdue from 04-29")
    func greenChannelDutyPendingOnFirstDay() throws {
        let facts = R.greenChannelDrug(applyingOn: "2026-03-16")
        #expect(Self.obligation(try R.decide(facts, "2026-04-06"), "complete-green-channel-listing") == nil)
        let first = try #require(Self.obligation(try R.decide(facts, "2026-04-07"), "complete-green-channel-listing"))
        #expect(first.due == R.d("2026-04-28") && first.overdueSince == nil)
        #expect(Self.obligation(try R.decide(facts, "2026-04-29"), "complete-green-channel-listing")?.overdueSince == R.d("2026-04-29"))
    }

    /// A period running into 2027 (no working-day schedule on file): the duty stands, its due date
    /// is unknown, and it is not called overdue (reading 24).
    @Test("green channel into 2027: the duty has an unknown due date and is never overdue")
    func greenChannelDutyUnknownDue() throws {
        let decision = try R.decide(R.greenChannelDrug(applyingOn: "2026-12-15"), "2027-02-01")
        let duty = try #require(Self.obligation(decision, "complete-green-channel-listing"))
        #expect(duty.due == nil && duty.unknownDue?.year == 2027 && duty.overdueSince == nil)
        #expect(decision.overdueObligations.isEmpty && decision.hasUnknownDate)
    }

    /// 2024（十二）「完善创新医疗药械绿色通道机制，实现快速挂网」 sets no time limit: an innovative device
    /// keeps that channel (reading 2) with no duty and no date; outside Beijing no channel at all.
    @Test("an innovative device's green channel carries no duty and no date; none outside Beijing")
    func deviceGreenChannelNoDuty() throws {
        var device = CaseBuilder.consumable().modifyingProduct { $0.approved(on: R.d("2023-06-01")).greenChannelQualified() }
            .applyingForListing(on: R.d("2026-05-11")).build()
        device.product.innovativeDevice = true
        let decision = try R.evaluator.evaluate(device, asOf: R.d("2026-06-15"))
        #expect(decision.disposition.kind == .greenChannel && decision.disposition.date == nil)
        #expect(decision.obligations.isEmpty)
        #expect(decision.citedMeasures == [MeasureID(.beijing2024_5, 12)])
        let drugNational = try R.decide(R.greenChannelDrug(applyingOn: "2026-05-11").inJurisdiction(.national), "2026-05-12")
        #expect(drugNational.obligations.isEmpty && drugNational.disposition.kind == .ordinaryProcedure)
    }

    /// 国知发保字〔2022〕45号（六）「对正在申报平台挂网的涉事产品，不予挂网」: a green-channel drug found
    /// infringing is refused, so there is no listing for the 市医保局 to complete: no listing duty,
    /// nothing overdue, and the channel is set aside by the refusal (an explicit exception), not
    /// merely outranked. Before the ruling takes effect the duty stands.
    @Test("a green-channel drug refused after a ruling: no listing duty, nothing overdue")
    func greenChannelRefused() throws {
        let facts = R.greenChannelDrug(applyingOn: "2026-05-11")
            .withRuling(RulingBuilder.infringement(of: Self.inSuit, effectiveOn: R.d("2026-06-03")).asJudgment())
        #expect(Self.obligation(try R.decide(facts, "2026-06-02"), "complete-green-channel-listing")?.overdueSince == R.d("2026-06-02"))
        let refused = try R.decide(facts, "2026-06-10")
        #expect(refused.disposition.kind == .refuseListing)
        #expect(refused.obligations.isEmpty && refused.overdueObligations.isEmpty)
        #expect(!refused.supersededDispositions.contains { $0.kind == .greenChannel })
        #expect(!refused.citedMeasures.contains(MeasureID(.beijing2026_4, 17)))
        let setAside = try #require(refused.trace?.overridden.first { $0.rule.description == "beijing-2026-4#17/green-channel-15-working-days" })
        #expect(R.ids(setAside.overriddenBy) == ["national-2022-45#6/refuse-listing-after-ruling"])
    }

    /// 京医保发〔2026〕3号（八）「…暂停审核涉事产品的新增挂网申请」: while review is suspended the 市医保局
    /// cannot be late in completing it; the suspension sets the channel and its duty aside until
    /// the dispute ends (the texts do not say whether the 15 working days pause: once the
    /// suspension ends the period is counted from the application again, reading 1's anchor).
    @Test("a green-channel drug whose review is suspended: no listing duty while suspended")
    func greenChannelSuspended() throws {
        let facts = R.greenChannelDrug(applyingOn: "2026-05-11")
            .withObjection(ObjectionBuilder.received(on: R.d("2026-05-12"), against: Self.inSuit).foundRisk(on: R.d("2026-05-13")))
            .withDispute(DisputeBuilder.filed(on: R.d("2026-05-12"), over: Self.inSuit).withdrawn(on: R.d("2026-06-20")))
        let suspended = try R.decide(facts, "2026-06-10")
        #expect(suspended.disposition.kind == .suspendNewListingReview)
        #expect(Self.obligation(suspended, "complete-green-channel-listing") == nil && suspended.overdueObligations.isEmpty)
        let resumed = try R.decide(facts, "2026-06-20")
        #expect(resumed.disposition.kind == .greenChannel)
        #expect(Self.obligation(resumed, "complete-green-channel-listing")?.due == R.d("2026-06-01"))
    }

    /// The 15 working days against the wait for an opinion (reading 15): the texts do not say which
    /// yields. The wait is the disposition, the listing duty keeps its date and becomes overdue,
    /// and the decision names the conflict with both rules and dates.
    @Test("green channel and an opinion deadline after the 15th day: the conflict is named, the duty kept")
    func greenChannelConflict() throws {
        let objection = ObjectionBuilder.received(on: R.d("2026-05-12"), against: Self.inSuit)
            .withOpinionRequested(on: R.d("2026-05-13"), deadline: R.d("2026-06-30"))
        let decision = try R.decide(R.greenChannelDrug(applyingOn: "2026-05-11").withObjection(objection), "2026-06-10")
        #expect(decision.disposition.kind == .awaitOpinion && decision.disposition.date == R.d("2026-06-30"))
        let duty = try #require(Self.obligation(decision, "complete-green-channel-listing"))
        #expect(duty.due == R.d("2026-06-01") && duty.overdueSince == R.d("2026-06-02"))
        #expect(Set(decision.conflicts.map(\.holdRule.description)) == ["beijing-2026-3#6/await-opinion", "national-2022-45#4/await-opinion"])
        #expect(decision.conflicts.allSatisfy {
            $0.deadlineRule.description == "beijing-2026-4#17/green-channel-15-working-days"
                && $0.deadline == R.d("2026-06-01") && $0.holdUntil == R.d("2026-06-30") && $0.holdKind == .awaitOpinion
        })
    }

    // MARK: - Consequences

    /// 京医保发〔2026〕3号（三）「对经查实违反承诺或存在虚假承诺的，按照医药价格和招采信用评价制度处理」 is the only
    /// clause with a credit referral; 国知发保字〔2022〕45号 has none. Outside Beijing a false
    /// commitment is referred nowhere by these texts.
    @Test("credit referral: Beijing 2026-3 (三) only; no consequence outside Beijing")
    func creditReferralJurisdiction() throws {
        let facts = R.generic(applyingOn: "2026-05-11").selfCommitmentFoundFalse(on: R.d("2026-05-20"))
        let beijing = try R.decide(facts, "2026-05-20")
        #expect(Self.consequenceRules(beijing, .referToCreditEvaluation) == ["beijing-2026-3#3/breach-to-credit-evaluation"])
        #expect(beijing.consequences.first { $0.kind == .referToCreditEvaluation }?.measures == [MeasureID(.beijing2026_3, 3)])
        let national = try R.decide(facts.inJurisdiction(.national), "2026-05-20")
        #expect(national.consequences.isEmpty)
    }

    /// 2026-3（三）「…按照医药价格和招采信用评价制度处理」 and （五）「被医疗保障部门依据医药价格和招采信用评价制度予以
    /// 处理的仿制药持有人…纳入药品安全信用管理」: the referral stands from the finding on (reading 43), the
    /// drug-safety credit from the recorded handling until the rating is cleared (reading 33).
    @Test("credit: the referral stands after handling and clearing; drug-safety credit ends with the clearing")
    func creditReferralAndHandling() throws {
        let facts = R.generic(applyingOn: "2026-05-11").selfCommitmentFoundFalse(on: R.d("2026-05-20"))
            .withCreditEvent(CreditEventBuilder.falseCommitment(on: R.d("2026-06-01")).cleared(on: R.d("2026-09-01")))
        #expect(R.consequences(try R.decide(facts, "2026-05-20")) == [.referToCreditEvaluation])
        #expect(R.consequences(try R.decide(facts, "2026-06-01")) == [.referToCreditEvaluation, .includeInDrugSafetyCredit])
        #expect(R.consequences(try R.decide(facts, "2026-09-01")) == [.referToCreditEvaluation])
    }

    /// 2026-3（五）「对知识产权管理部门行政裁决认定或经人民法院生效判决认定存在专利侵权行为…的仿制药持有人，药品监督
    /// 管理部门将其相关负面行为纳入药品安全信用管理」: a generic's holder found infringing by an
    /// administrative ruling, whether or not it ever made a category-3 declaration, from the
    /// ruling's effective day; the finding gone (set aside), the basis is gone.
    @Test("drug-safety credit: a generic found infringing by an administrative ruling, until it is set aside")
    func drugSafetyCreditFromRuling() throws {
        let facts = CaseBuilder.generic().listed(on: R.d("2026-02-02"))
            .withRuling(RulingBuilder.infringement(of: Self.inSuit, effectiveOn: R.d("2026-06-01")).setAside(on: R.d("2026-09-01")))
        #expect(!R.consequences(try R.decide(facts, "2026-05-31")).contains(.includeInDrugSafetyCredit))
        let found = try R.decide(facts, "2026-06-01")
        #expect(Self.consequenceRules(found, .includeInDrugSafetyCredit) == ["beijing-2026-3#5/drug-safety-credit"])
        #expect(!R.consequences(try R.decide(facts, "2026-09-01")).contains(.includeInDrugSafetyCredit))
        #expect(!R.consequences(try R.decide(facts.inJurisdiction(.national), "2026-06-01")).contains(.includeInDrugSafetyCredit))
    }

    /// Same clause: 「仿制药持有人」. An innovative drug's holder found infringing is no generic holder
    /// (its listing is revoked, but no drug-safety credit follows from this clause); nor is a
    /// consumable's.
    @Test("drug-safety credit: not for an innovative drug's holder or a consumable's maker found infringing")
    func drugSafetyCreditScope() throws {
        for builder in [CaseBuilder.innovative(), CaseBuilder.consumable()] {
            let facts = builder.listed(on: R.d("2026-02-02"))
                .withRuling(RulingBuilder.infringement(of: Self.inSuit, effectiveOn: R.d("2026-06-01")))
            let decision = try R.decide(facts, "2026-06-01")
            #expect(decision.disposition.kind == .revokeListing)
            #expect(!R.consequences(decision).contains(.includeInDrugSafetyCredit))
        }
    }

    /// A ruling that took effect before 2026-3 existed is judged by it from its first day (reading
    /// 26): the holder enters drug-safety credit management from 2026-03-27, not before.
    @Test("drug-safety credit for a ruling of 2026-03-02: from 2026-03-27")
    func drugSafetyCreditFirstDay() throws {
        let facts = CaseBuilder.generic().listed(on: R.d("2026-02-02"))
            .withRuling(RulingBuilder.infringement(of: Self.inSuit, effectiveOn: R.d("2026-03-02")).asJudgment())
        #expect(!R.consequences(try R.decide(facts, "2026-03-26")).contains(.includeInDrugSafetyCredit))
        #expect(R.consequences(try R.decide(facts, "2026-03-27")).contains(.includeInDrugSafetyCredit))
    }

    /// 2022（四）「产生中选结果或挂网采购交易后产生相关专利侵权纠纷的，由申报企业承担相应责任」: the dispute must
    /// arise after the selection. Accepted the day before selection, it does not engage the
    /// clause; on the day of selection it does (reading 40).
    @Test("liability: a dispute accepted the day before selection does not count; one on the day does")
    func liabilitySelectionEdge() throws {
        let selected = CaseBuilder.generic().modifyingProduct { $0.approved(on: R.d("2021-01-10")) }
            .participatingInVBP(on: R.d("2026-01-05")).thenSelectedInVBP(on: R.d("2026-02-20"))
        let before = selected.withDispute(.filed(on: R.d("2026-02-19"), over: Self.inSuit))
        #expect(!R.consequences(try R.decide(before, "2026-05-01")).contains(.declaringEnterpriseBearsLiability))
        let onDay = selected.withDispute(.filed(on: R.d("2026-02-20"), over: Self.inSuit))
        let decision = try R.decide(onDay.inJurisdiction(.national), "2026-02-20")
        #expect(Self.consequenceRules(decision, .declaringEnterpriseBearsLiability) == ["national-2022-45#4/liability-after-listing"])
    }

    /// Same clause: 「挂网采购交易后」, not 挂网 alone (reading 11); and a dispute that ends in a ruling
    /// of no infringement leaves nothing to answer for from the ruling's effective day.
    @Test("liability: not for listing without a transaction; ends with a ruling of no infringement")
    func liabilityListingAndOutcome() throws {
        let listedOnly = CaseBuilder.generic().listed(on: R.d("2026-02-02")).withDispute(.filed(on: R.d("2026-04-01"), over: Self.inSuit))
        #expect(!R.consequences(try R.decide(listedOnly, "2026-05-01")).contains(.declaringEnterpriseBearsLiability))
        let traded = CaseBuilder.generic().listed(on: R.d("2026-02-02"))
            .withProcurementEvent(.purchaseTransaction, on: R.d("2026-03-02"))
            .withDispute(DisputeBuilder.filed(on: R.d("2026-04-01"), over: Self.inSuit)
                .decided(by: RulingBuilder.noInfringement(of: Self.inSuit, effectiveOn: R.d("2026-07-01")).asJudgment()))
        #expect(R.consequences(try R.decide(traded, "2026-06-30")).contains(.declaringEnterpriseBearsLiability))
        #expect(!R.consequences(try R.decide(traded, "2026-07-01")).contains(.declaringEnterpriseBearsLiability))
    }

    // MARK: - Flags

    /// 2022（五）「如出现专利侵权纠纷，医药集中采购机构可以告知相关当事人…」 and 2026-3（七）: a discretion while a
    /// dispute is live; mediated, it is gone that day. Before 2022-12-05 no text speaks.
    @Test("forum flag: from 2022-12-05, while the dispute is live; gone the day it is mediated")
    func informPartiesEdges() throws {
        let early = R.generic(applyingOn: "2022-11-28", jurisdiction: .national).withDispute(.filed(on: R.d("2022-11-30"), over: Self.inSuit))
        #expect(try R.decide(early, "2022-12-04").flags.isEmpty)
        #expect(R.flagRules(try R.decide(early, "2022-12-05"), .informPartiesOfForums) == ["national-2022-45#5/guide-dispute-resolution"])
        let mediated = R.generic(applyingOn: "2026-05-11")
            .withDispute(DisputeBuilder.filed(on: R.d("2026-05-15"), over: Self.inSuit).mediated(on: R.d("2026-06-10")))
        #expect(R.flags(try R.decide(mediated, "2026-06-09")).contains(.mediationEncouraged))
        let done = try R.decide(mediated, "2026-06-10")
        #expect(!R.flags(done).contains(.informPartiesOfForums) && !R.flags(done).contains(.mediationEncouraged))
    }

    /// 2026-3（七）「鼓励当事人通过自行和解、行政调解、人民调解等方式及时化解专利纠纷」: Beijing only, from
    /// 2026-03-27; the national opinion encourages no mediation.
    @Test("mediation encouraged: Beijing from 2026-03-27 only")
    func mediationEdges() throws {
        let facts = R.generic(applyingOn: "2026-03-02").withDispute(.filed(on: R.d("2026-03-05"), over: Self.inSuit))
        #expect(!R.flags(try R.decide(facts, "2026-03-26")).contains(.mediationEncouraged))
        #expect(R.flagRules(try R.decide(facts, "2026-03-27"), .mediationEncouraged) == ["beijing-2026-3#7/dispute-handling"])
        #expect(!R.flags(try R.decide(facts.inJurisdiction(.national), "2026-05-01")).contains(.mediationEncouraged))
    }

    /// Reading 36: 2026-3（三）'s own not-before-expiry commitment is part of the listing commitment:
    /// a listed product carries it, a VBP participant with no listing does not.
    @Test("own commitment at stake: for a listed product, not for a VBP participant alone")
    func ownCommitmentStages() throws {
        let covered = PatentBuilder.compoundPatent(expiringOn: R.d("2029-01-01"))
        let listed = CaseBuilder.generic().listed(on: R.d("2026-02-02")).withNoMarketingCommitment(on: covered, madeOn: R.d("2025-01-05"))
        #expect(R.flagRules(try R.decide(listed, "2026-05-01"), .ownCommitmentAtStake) == ["beijing-2026-3#3/own-commitment-at-stake"])
        let vbp = CaseBuilder.generic().participatingInVBP(on: R.d("2026-05-11")).withNoMarketingCommitment(on: covered, madeOn: R.d("2025-01-05"))
        #expect(!R.flags(try R.decide(vbp, "2026-05-12")).contains(.ownCommitmentAtStake))
    }

    /// 2026-3（四）「对仿制药企业在相应专利权有效期和市场独占期间暂不上市声明的执行情况进行提示与合规指导」: the
    /// reminder runs while either period runs — past the patent's end while another's
    /// exclusivity still bars the product, ending the day the exclusivity ends; Beijing only.
    @Test("compliance reminder lasts through another's exclusivity after the patent; Beijing only")
    func complianceReminderThroughExclusivity() throws {
        let facts = R.generic(applyingOn: "2026-05-11")
            .withCategory3Declaration(on: PatentBuilder.compoundPatent(expiringOn: R.d("2029-06-18")))
            .withExclusivity(.patentChallenge(startingOn: R.d("2029-01-15")))
        #expect(R.flags(try R.decide(facts, "2029-06-18")).contains(.complianceReminder))
        #expect(R.flags(try R.decide(facts, "2030-01-14")).contains(.complianceReminder))
        #expect(!R.flags(try R.decide(facts, "2030-01-15")).contains(.complianceReminder))
        #expect(!R.flags(try R.decide(facts.inJurisdiction(.national), "2026-05-12")).contains(.complianceReminder))
    }

    /// 2026-4（六）「鼓励罕见病和儿童治疗用药创新，实施优先服务」: a Beijing measure; 创新 read as
    /// innovative drugs only (reading 30), so an improved new drug for a rare disease gets none.
    @Test("priority service: not outside Beijing, not for an improved new drug")
    func priorityServiceScope() throws {
        #expect(!R.flags(try R.decide(CaseBuilder.innovative().forRareDisease().inJurisdiction(.national), "2026-05-12")).contains(.priorityService))
        #expect(!R.flags(try R.decide(CaseBuilder.improvedNew().forRareDisease(), "2026-05-12")).contains(.priorityService))
        let paediatric = try R.decide(CaseBuilder.innovative().paediatric(), "2026-05-12")
        #expect(paediatric.flags.first { $0.kind == .priorityService }?.measures == [MeasureID(.beijing2026_4, 6)])
    }

    /// 2026-3（九）「引导企业在挂网环节主动提交知识产权相关证明材料」: 在挂网环节 — at the listing stage. A listed
    /// innovative drug with no application pending, a national case, and a generic's listing
    /// (the measure is 支持创新药品挂网交易, reading 42) do not raise it.
    @Test("IP-proof guidance: only for an innovative drug's listing application in Beijing")
    func submitIPProofScope() throws {
        #expect(!R.flags(try R.decide(CaseBuilder.innovative().listed(on: R.d("2026-04-01")), "2026-05-12")).contains(.submitIPProof))
        #expect(!R.flags(try R.decide(CaseBuilder.innovative().inJurisdiction(.national), "2026-05-12")).contains(.submitIPProof))
        #expect(!R.flags(try R.decide(R.generic(applyingOn: "2026-05-11"), "2026-05-12")).contains(.submitIPProof))
    }

    /// 2022（七）「对拟开展集中带量采购的…产品进行重点关注」: a product about to be procured; once selected the
    /// round is over and 2022（七）no longer applies (outside Beijing nothing else does), and before
    /// 2022-12-05 nothing does.
    @Test("key product: 2022 (七) not for a product already selected, nor before 2022-12-05")
    func keyProductEdges() throws {
        let selected = CaseBuilder.generic().selectedInVBP(on: R.d("2026-02-02")).asKeyProduct().inJurisdiction(.national)
        #expect(!R.flags(try R.decide(selected, "2026-05-12")).contains(.keyProductJointAssessment))
        let early = CaseBuilder.generic().modifyingProduct { $0.approved(on: R.d("2021-01-10")) }
            .participatingInVBP(on: R.d("2022-11-28")).asKeyProduct().inJurisdiction(.national)
        #expect(try R.decide(early, "2022-12-04").flags.isEmpty)
        #expect(R.flags(try R.decide(early, "2022-12-05")).contains(.keyProductJointAssessment))
    }

    // MARK: - Citations and regimes

    /// Reading 25 and the four texts' dates: 2022-12-05, 2024-04-17, 2026-03-27, 2026-04-07; the
    /// Beijing documents govern Beijing only; 2026-4's 以此为准 displaces only what is inconsistent
    /// (reading 16), so 2024-5 stays in force beside it.
    @Test("documents in force on each first day and the day before, Beijing and national")
    func regimeFirstDays() throws {
        let facts = R.generic(applyingOn: "2022-11-28")
        let expected: [(String, [DocumentID])] = [
            ("2022-12-04", []), ("2022-12-05", [.national2022_45]), ("2024-04-16", [.national2022_45]),
            ("2024-04-17", [.national2022_45, .beijing2024_5]), ("2026-03-26", [.national2022_45, .beijing2024_5]),
            ("2026-03-27", [.national2022_45, .beijing2024_5, .beijing2026_3]),
            ("2026-04-06", [.national2022_45, .beijing2024_5, .beijing2026_3]),
            ("2026-04-07", [.national2022_45, .beijing2024_5, .beijing2026_3, .beijing2026_4]),
        ]
        for (date, documents) in expected {
            #expect(Set(try R.decide(facts, date).regime.documents) == Set(documents), "\(date)")
            let national = try R.decide(facts.inJurisdiction(.national), date).regime.documents
            #expect(national == documents.filter { $0 == .national2022_45 }, "\(date)")
        }
    }

    /// A case with something for nearly every rule (no commitment until 2026-03-01, found false on
    /// 2026-03-20, an objection with an overdue
    /// opinion, disputes before the IP administration and a court, an unshared ruling, a key
    /// product, a credit handling, a category-3 declaration), decided on every
    /// first day and the day before, in both jurisdictions: every measure any part of the decision
    /// cites belongs to a document in force there that day, and each part cites exactly the
    /// measures of its rules.
    @Test("every cited measure is of a document in force in the case's jurisdiction on the day")
    func citationsWithinRegime() throws {
        let base = CaseBuilder.generic().modifyingProduct { $0.approved(on: R.d("2021-01-10")) }
            .participatingInVBP(on: R.d("2022-11-28")).withSelfCommitment(on: R.d("2026-03-01")).asKeyProduct()
            .withCategory3Declaration(on: Self.inSuit)
            .withObjection(ObjectionBuilder.received(on: R.d("2022-11-29"), against: Self.inSuit)
                .withOpinionRequested(on: R.d("2022-11-30"), deadline: R.d("2023-01-31")))
            .withDispute(.filed(on: R.d("2022-11-30"), in: .ipAdministration, over: Self.inSuit))
            .withRuling(RulingBuilder.noInfringement(of: PatentBuilder.compoundPatent(expiringOn: R.d("2030-01-01")), effectiveOn: R.d("2022-11-30")).notYetCopied())
            .selfCommitmentFoundFalse(on: R.d("2026-03-20"))
            .withCreditEvent(.falseCommitment(on: R.d("2022-11-30")))
        let days = ["2022-12-04", "2022-12-05", "2024-04-16", "2024-04-17", "2026-03-26", "2026-03-27", "2026-04-06", "2026-04-07", "2026-06-01"]
        for jurisdiction in [Jurisdiction.beijing, .national] {
            for day in days {
                let decision = try R.decide(base.inJurisdiction(jurisdiction), day)
                let inForce = Set(decision.regime.documents)
                #expect(decision.citedMeasures.allSatisfy { inForce.contains($0.document) }, "\(jurisdiction) \(day): \(decision.citedMeasures)")
                for (rules, measures) in [(decision.disposition.rules, decision.disposition.measures)]
                    + decision.obligations.map({ ($0.rules, $0.measures) })
                    + decision.consequences.map({ ($0.rules, $0.measures) }) + decision.flags.map({ ($0.rules, $0.measures) }) {
                    #expect(Set(rules.map(\.measure)) == Set(measures) && measures.count == Set(measures).count, "\(jurisdiction) \(day)")
                }
                if day == "2022-12-04" { #expect(decision.citedMeasures.isEmpty) }
            }
        }
        // On 2026-03-26 in Beijing, nothing of 2026-3 is cited; on 03-27 its clauses join. The
        // objection clauses are not among them: the category-3 deferral is the disposition, and
        // the overdue opinion's admission on the commitment yields to it (superseded, not cited).
        let d0326 = try R.decide(base, "2026-03-26").citedMeasures
        #expect(!d0326.contains { $0.document == .beijing2026_3 || $0.document == .beijing2026_4 })
        let d0327 = try R.decide(base, "2026-03-27").citedMeasures
        #expect(Set(d0327.filter { $0.document == .beijing2026_3 }) == Set([1, 3, 4, 5, 7].map { MeasureID(.beijing2026_3, $0) }), "\(d0327)")
    }

    /// The green channel for a drug across the editions: 2024（十二）to 03-26; 2024（十二）and 2026-3
    /// （九）to 04-06; from 04-07 2026-4（十七）, whose 以此为准 displaces the untimed channels for drugs,
    /// so 2024（十二）is no longer cited; 2026-3（九）stays cited for its IP-proof guidance.
    @Test("a green-channel drug cites 2024 (十二) to 04-06 and not from 04-07")
    func greenChannelCitations() throws {
        let facts = R.greenChannelDrug(applyingOn: "2026-03-16")
        #expect(try R.decide(facts, "2026-03-26").citedMeasures == [MeasureID(.beijing2024_5, 12)])
        #expect(try R.decide(facts, "2026-04-06").citedMeasures == [MeasureID(.beijing2024_5, 12), MeasureID(.beijing2026_3, 9)])
        let d0407 = try R.decide(facts, "2026-04-07")
        #expect(d0407.citedMeasures == [MeasureID(.beijing2026_3, 9), MeasureID(.beijing2026_4, 17)])
        #expect(R.flagRules(d0407, .submitIPProof) == ["beijing-2026-3#9/submit-ip-proof"])
    }

    /// The decision's JSON carries each obligation's body, force and dates as decided:
    /// `overdueSince` only on an overdue binding duty, never on the IP administration's *may*.
    @Test("decision JSON: the overdue 市医保局 duty carries overdueSince; the opinion's may does not")
    func obligationJSON() throws {
        let objection = ObjectionBuilder.received(on: R.d("2026-05-12"), against: Self.inSuit)
            .withOpinionRequested(on: R.d("2026-05-13"), deadline: R.d("2026-06-30"))
        let decision = try R.decide(R.greenChannelDrug(applyingOn: "2026-05-11").withObjection(objection), "2026-06-10")
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(decision)) as? [String: Any]
        let obligations = try #require(json?["obligations"] as? [[String: Any]])
        let listing = try #require(obligations.first { $0["code"] as? String == "complete-green-channel-listing" })
        #expect(listing["actor"] as? String == "bj-healthcare-security" && listing["modality"] as? String == "commit")
        #expect(listing["due"] as? String == "2026-06-01" && listing["overdueSince"] as? String == "2026-06-02")
        let opinion = try #require(obligations.first { $0["code"] as? String == "give-opinion" })
        #expect(opinion["actor"] as? String == "ip-administration" && opinion["modality"] as? String == "may")
        #expect(opinion["due"] as? String == "2026-06-30" && opinion["overdueSince"] == nil && opinion["unknownDue"] == nil)
    }

    // MARK: - Over time (readings 22, 23)

    /// 2026-4（十七）「办理时间不超过15个工作日」: the 15th working day is still in time; the decision
    /// changes on the next day, when the 市医保局's commitment becomes overdue (aspect `overdue`),
    /// and not on the due date itself.
    @Test("timeline: the green-channel duty becomes overdue on the day after the 15th working day")
    func greenChannelTimeline() throws {
        let timeline = try R.evaluator.timeline(R.greenChannelDrug(applyingOn: "2026-05-11").build(), from: R.d("2026-05-11"), through: R.d("2026-06-30"))
        let overdue = timeline.changes.filter { $0.aspects.contains(.overdue) }
        #expect(overdue.map(\.date) == [R.d("2026-06-02")])
        #expect(!timeline.changes.contains { $0.date == R.d("2026-06-01") })
    }

    /// 2022（四）「可以请…出具…意见」 and 「逾期未给出参考意见的…」: the opinion is a *may*; its deadline
    /// makes nothing overdue. The decision changes on the day after the deadline because the wait
    /// ends (the obligation with it), never with an `overdue` aspect.
    @Test("timeline: the opinion's deadline never makes anything overdue; the wait ends the day after")
    func opinionTimeline() throws {
        let objection = ObjectionBuilder.received(on: R.d("2026-05-12"), against: Self.inSuit)
            .withOpinionRequested(on: R.d("2026-05-13"), deadline: R.d("2026-06-15"))
        let facts = R.generic(applyingOn: "2026-05-11", jurisdiction: .national).withObjection(objection).build()
        let timeline = try R.evaluator.timeline(facts, from: R.d("2026-05-11"), through: R.d("2026-07-31"))
        #expect(!timeline.changes.contains { $0.aspects.contains(.overdue) })
        let end = try #require(timeline.changes.first { $0.date == R.d("2026-06-16") })
        #expect(end.aspects.contains(.obligations) && end.dispositionAfter == .admitOnSelfCommitment)
    }

    /// 2026-3（三）「企业承诺挂网药品和医用耗材…」: a consumable's listing commitment in Beijing carries both
    /// limbs and cites 2022（四）and 2026-3（三）; 2026-4（三十）(药品企业) is cited neither on the duty
    /// nor on the return (reading 4).
    @Test("a Beijing consumable's commitment duty: 2022 (四) and 2026-3 (三), not 2026-4 (三十)")
    func consumableCommitmentDuty() throws {
        let facts = CaseBuilder.consumable().applyingForListing(on: R.d("2026-05-11")).withoutSelfCommitment()
        let decision = try R.decide(facts, "2026-05-12")
        let duty = try #require(Self.obligation(decision, "submit-self-commitment"))
        #expect(Self.texts(duty.measures) == ["beijing-2026-3#3", "national-2022-45#4"])
        #expect(duty.action.zh.contains("专利权届满前不上市承诺"))
        #expect(!decision.citedMeasures.contains { $0.document == .beijing2026_4 })
    }

    // MARK: - Explanations in Chinese

    /// The Chinese explanation names the body and the force in Chinese: 市医保局 with the
    /// commitment (承诺) for 2026-4（十七）, its due date and 已逾期 once late; the consequence and
    /// flag labels in Chinese; no English word of the English explanation.
    @Test("explanation in Chinese: green channel duty of 市医保局, overdue, in Chinese throughout")
    func explanationGreenChannelZh() throws {
        let decision = try R.decide(R.greenChannelDrug(applyingOn: "2026-05-11"), "2026-06-02")
        let zh = decision.explanation(in: .zh)
        #expect(zh.contains("市医保局（承诺）"), "\(zh)")
        #expect(zh.contains("在15个工作日内办结绿色通道挂网（期限 2026-06-01，已逾期）"), "\(zh)")
        for word in ["due", "overdue", "Obligations", "commits", "Flags", "Beijing"] {
            #expect(!zh.contains(word), "\(word) in \(zh)")
        }
    }

    /// 2022（四）可以 (the IP administration's opinion), 2022（五）要 (handling), 2022（六）应当 (serving):
    /// each body and word appears in Chinese in the explanation.
    @Test("explanation in Chinese: 知识产权管理部门 with 可以, 要 and 须／应当 for its three duties")
    func explanationIPAdministrationZh() throws {
        let facts = R.generic(applyingOn: "2026-05-11", jurisdiction: .national)
            .withObjection(ObjectionBuilder.received(on: R.d("2026-05-12"), against: Self.inSuit)
                .withOpinionRequested(on: R.d("2026-05-13"), deadline: R.d("2026-06-15")))
            .withDispute(.filed(on: R.d("2026-05-15"), in: .ipAdministration, over: Self.inSuit))
            .withRuling(RulingBuilder.noInfringement(of: PatentBuilder.compoundPatent(expiringOn: R.d("2030-01-01")), effectiveOn: R.d("2026-05-20")).notYetCopied())
        let decision = try R.decide(facts, "2026-05-25")
        #expect(decision.obligations.map(\.code) == ["give-opinion", "handle-dispute-efficiently", "serve-and-copy-result"])
        let zh = decision.explanation(in: .zh)
        #expect(zh.contains("知识产权管理部门（可以）：在规定期限内出具咨询或侵权判定意见（期限 2026-06-15）"), "\(zh)")
        #expect(!zh.contains("可以：可以") && !zh.contains("（可以）：可以"), "the force is said once: \(zh)")
        let en = decision.explanation(in: .en)
        #expect(en.contains("(may): give the consultation or infringement-determination opinion within the prescribed period"), "\(en)")
        #expect(zh.contains("知识产权管理部门（要）：依法依规高效处理"), "\(zh)")
        #expect(zh.contains("知识产权管理部门（须／应当）：将案件办理结果送达当事人并及时抄送医疗保障部门"), "\(zh)")
        #expect(!zh.contains("已逾期"))
        #expect(zh.contains("全国"))
    }
}
