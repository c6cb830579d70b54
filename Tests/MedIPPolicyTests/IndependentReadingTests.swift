import Foundation
import MedIPPolicyTesting
import Testing
@testable import MedIPPolicy

/// An outside reader's check of the evaluator against the four texts (shared/seeds/), clause by
/// clause: each test quotes its clause and states what the text requires at the clause's edges
/// (first and last day, who is bound, the force, what switches it on and off). Expectations come
/// from the clause; where the text is silent the library's documented reading
/// (Documentation/Readings.md, row cited) is asserted instead.
@Suite("Independent reading of the four texts")
struct IndependentReadingTests {
    static let evaluator = Evaluator()

    static func d(_ text: String) -> CivilDate { (try? CivilDate(iso8601: text)) ?? .minimum }

    /// Decides a built case, which must validate without error.
    static func decide(_ facts: Case, _ asOf: String) throws -> Decision {
        #expect(facts.validate().filter { $0.severity == .error }.isEmpty, "\(facts.validate())")
        return try evaluator.evaluate(facts, asOf: d(asOf))
    }

    static func decide(_ builder: CaseBuilder, _ asOf: String) throws -> Decision {
        try decide(builder.build(), asOf)
    }

    static func ids(_ rules: [RuleID]) -> [String] { rules.map(\.description).sorted() }
    static func flags(_ decision: Decision) -> [FlagKind] { decision.flags.map(\.kind) }
    static func consequences(_ decision: Decision) -> [ConsequenceKind] { decision.consequences.map(\.kind) }
    static func flagRules(_ decision: Decision, _ kind: FlagKind) -> [String] {
        ids(decision.flags.first { $0.kind == kind }?.rules ?? [])
    }

    /// A generic approved early enough for any date of the suite.
    static func generic(applyingOn date: String, jurisdiction: Jurisdiction = .beijing) -> CaseBuilder {
        CaseBuilder.generic().modifyingProduct { $0.approved(on: d("2022-01-10")) }
            .applyingForListing(on: d(date)).inJurisdiction(jurisdiction)
    }

    /// An innovative drug qualified for the green channel, applying for listing in Beijing.
    static func greenChannelDrug(applyingOn date: String) -> CaseBuilder {
        CaseBuilder.innovative().modifyingProduct { $0.approved(on: d("2024-01-10")) }
            .greenChannelQualified().applyingForListing(on: d(date))
    }

    /// A compound patent whose first day no longer in force is `expiry`.
    static func patent(expiring expiry: String) -> PatentBuilder { .compoundPatent(expiringOn: d(expiry)) }

    // MARK: - First day of each document (reading 25)

    /// 国知发保字〔2022〕45号（四）「企业参加集中带量采购或申报药品和医用耗材在医药集中采购平台挂网…时，须自主
    /// 承诺相关产品不存在违反《中华人民共和国专利法》等相关法律法规的情形」. The opinion bears 2022-12-05: the
    /// day before, nothing is in force; from that day a listing application without the commitment
    /// is incomplete, the enterprise is the body bound, and the force is 须 (must).
    @Test("2022 (四): no commitment is required on 2022-12-04; from 2022-12-05 the enterprise must commit")
    func nationalFirstDay() throws {
        let facts = Self.generic(applyingOn: "2022-11-28", jurisdiction: .national).withoutSelfCommitment()
        let before = try Self.decide(facts, "2022-12-04")
        #expect(before.disposition.kind == .ordinaryProcedure && before.disposition.basis == .noDocumentInForce)
        let first = try Self.decide(facts, "2022-12-05")
        #expect(first.disposition.kind == .returnForCompletion)
        #expect(Self.ids(first.disposition.rules) == ["national-2022-45#4/self-commitment-required"])
        let duty = try #require(first.obligations.first { $0.code == "submit-self-commitment" })
        #expect(duty.actor == Department.declaringEnterprise.id && duty.modality == .must)
    }

    /// Between 2022-12-05 and 2024-04-17 only the national opinion is in force, in Beijing too: a
    /// Beijing listing application without commitment is returned under 2022（四）alone.
    @Test("Beijing in 2023: the national opinion alone decides")
    func beijingIn2023() throws {
        let decision = try Self.decide(Self.generic(applyingOn: "2023-06-01").withoutSelfCommitment(), "2023-06-02")
        #expect(decision.regime.documents == [.national2022_45])
        #expect(Self.ids(decision.disposition.rules) == ["national-2022-45#4/self-commitment-required"])
    }

    /// 京医保发〔2024〕5号（十二）「完善创新医疗药械绿色通道机制，实现快速挂网」: drugs **and** devices, no time
    /// limit, Beijing only, from 2024-04-17.
    @Test("2024 (十二): an innovative device's green channel starts on 2024-04-17, in Beijing only, undated")
    func beijing2024FirstDay() throws {
        var device = CaseBuilder.consumable().modifyingProduct { $0.approved(on: Self.d("2023-06-01")).greenChannelQualified() }
            .applyingForListing(on: Self.d("2024-04-10")).build()
        device.product.innovativeDevice = true
        let before = try Self.decide(device, "2024-04-16")
        #expect(before.disposition.kind == .ordinaryProcedure && before.disposition.basis == .notAddressed)
        let first = try Self.decide(device, "2024-04-17")
        #expect(first.disposition.kind == .greenChannel && first.disposition.date == nil)
        #expect(Self.ids(first.disposition.rules) == ["beijing-2024-5#12/green-channel"])
        device.jurisdiction = .national
        #expect(try Self.decide(device, "2024-04-17").disposition.kind == .ordinaryProcedure)
    }

    /// 京医保发〔2026〕3号（九）「对于符合条件的创新药品开通绿色通道」 from 2026-03-27; 京医保发〔2026〕4号（十七）
    /// 「创新药品通过绿色通道快速挂网，办理时间不超过15个工作日」 from 2026-04-07, whose notice says
    /// 「此前发布的有关规定与本文不一致的，以此为准」: the untimed channels give way to the 15 working days.
    @Test("green channel for a drug: 2024 alone to 03-26, 2024 and 2026-3 to 04-06, 2026-4 with its date from 04-07")
    func greenChannelEditions() throws {
        let facts = Self.greenChannelDrug(applyingOn: "2026-03-20")
        let d0326 = try Self.decide(facts, "2026-03-26")
        #expect(Self.ids(d0326.disposition.rules) == ["beijing-2024-5#12/green-channel"])
        let d0327 = try Self.decide(facts, "2026-03-27")
        #expect(Self.ids(d0327.disposition.rules) == ["beijing-2024-5#12/green-channel", "beijing-2026-3#9/green-channel"])
        #expect(d0327.disposition.date == nil)
        let d0406 = try Self.decide(facts, "2026-04-06")
        #expect(d0406.disposition.date == nil && d0406.obligations.isEmpty)
        let d0407 = try Self.decide(facts, "2026-04-07")
        #expect(Self.ids(d0407.disposition.rules) == ["beijing-2026-4#17/green-channel-15-working-days"])
        #expect(d0407.disposition.kind == .greenChannel)
        // Pending on 2026-04-07 (reading 1): 15 working days after 04-07 — 04-08 is day 1, and
        // April 2026 has no holiday after Qingming, so day 15 is 04-28.
        #expect(d0407.disposition.date == Self.d("2026-04-28"))
    }

    // MARK: - 2026-4 (十七): counting 15 working days

    /// 「办理时间不超过15个工作日」: the application day is not counted (Civil Code Art. 201), statutory
    /// holidays are not working days, an adjusted working Saturday or Sunday (调休) is one. Applied
    /// Friday 2026-09-18: 09-20 (Sunday, 调休) is day 1; 09-25–27 (中秋) and 10-01–07 (国庆) are
    /// off; 10-10 (Saturday, 调休) counts; day 15 is Thursday 2026-10-15.
    @Test("15 working days across 中秋 and 国庆 with two 调休 weekend days: due 2026-10-15, overdue from 10-16")
    func greenChannelAcrossNationalDay() throws {
        let facts = Self.greenChannelDrug(applyingOn: "2026-09-18")
        let onDue = try Self.decide(facts, "2026-10-15")
        #expect(onDue.disposition.date == Self.d("2026-10-15"))
        let listing = try #require(onDue.obligations.first { $0.code == "complete-green-channel-listing" })
        #expect(listing.due == Self.d("2026-10-15") && listing.actor == Department.bjHealthcareSecurity.id)
        #expect(onDue.overdueObligations.isEmpty, "the last day itself is in time")
        let after = try Self.decide(facts, "2026-10-16")
        #expect(after.overdueObligations.map(\.code) == ["complete-green-channel-listing"])
        #expect(after.overdueObligations.first?.overdueSince == Self.d("2026-10-16"))
    }

    /// The same clause: an application on a rest day (Saturday 2026-09-19) counts from the next
    /// working day exactly like the Friday before; one on the 调休 Sunday 2026-09-20, itself a
    /// working day but the start day, is not counted, so day 15 moves to 2026-10-16.
    @Test("applied on a rest Saturday: same due day as Friday; applied on a 调休 Sunday: one working day later")
    func greenChannelStartDayKinds() throws {
        #expect(try Self.decide(Self.greenChannelDrug(applyingOn: "2026-09-19"), "2026-09-21").disposition.date == Self.d("2026-10-15"))
        #expect(try Self.decide(Self.greenChannelDrug(applyingOn: "2026-09-20"), "2026-09-21").disposition.date == Self.d("2026-10-16"))
    }

    /// The same clause across 劳动节: applied Thursday 2026-04-30, 05-01–05 are off, Saturday 05-09
    /// is a 调休 working day; day 15 is Monday 2026-05-25.
    @Test("15 working days across 劳动节 with the 05-09 调休 Saturday: due 2026-05-25")
    func greenChannelAcrossMayDay() throws {
        let decision = try Self.decide(Self.greenChannelDrug(applyingOn: "2026-04-30"), "2026-05-06")
        #expect(decision.disposition.date == Self.d("2026-05-25"))
    }

    /// An application of 2026-12-15 reaches into 2027, for which no official schedule is on file:
    /// the library must not guess a due date (reading 24) and must not call anything overdue.
    @Test("15 working days running into 2027, which has no schedule: the due date is unknown, not guessed")
    func greenChannelIntoUncoveredYear() throws {
        let decision = try Self.decide(Self.greenChannelDrug(applyingOn: "2026-12-15"), "2026-12-31")
        #expect(decision.disposition.kind == .greenChannel)
        #expect(decision.disposition.date == nil && decision.disposition.unknownDate?.year == 2027)
        #expect(decision.overdueObligations.isEmpty)
    }

    /// 「创新药品」 only (reading 30): an improved new drug, qualified or not, and an innovative
    /// drug not (or not yet) found qualified (「符合条件的」, reading 3) get no green channel.
    @Test("no green channel for an improved new drug or an unqualified innovative drug")
    func greenChannelScope() throws {
        let improved = CaseBuilder.improvedNew().greenChannelQualified().applyingForListing(on: Self.d("2026-05-11"))
        #expect(try Self.decide(improved, "2026-05-12").disposition.kind == .ordinaryProcedure)
        let unqualified = Self.greenChannelDrug(applyingOn: "2026-05-11").greenChannelQualified(nil)
        #expect(try Self.decide(unqualified, "2026-05-12").disposition.kind == .ordinaryProcedure)
    }

    /// A green-channel drug still needs its listing commitment (2022（四）「须自主承诺」): without it the
    /// application goes back; the channel does not let it through.
    @Test("a qualified innovative drug without its self-commitment is returned, not fast-tracked")
    func greenChannelNeedsCommitment() throws {
        let decision = try Self.decide(Self.greenChannelDrug(applyingOn: "2026-05-11").withoutSelfCommitment(), "2026-05-12")
        #expect(decision.disposition.kind == .returnForCompletion)
    }

    // MARK: - 2022 (四), 2026-3 (三), 2026-4 (三十): the self-commitment

    /// 2022（四）「须自主承诺」 binds from the moment the commitment is on file: the day before it was made
    /// the application is incomplete, on the day it is made it is not.
    @Test("a commitment made after the application completes it on the day it is made")
    func lateCommitment() throws {
        let facts = Self.generic(applyingOn: "2026-05-11").withSelfCommitment(on: Self.d("2026-05-20"))
        #expect(try Self.decide(facts, "2026-05-19").disposition.kind == .returnForCompletion)
        #expect(try Self.decide(facts, "2026-05-20").disposition.kind == .ordinaryProcedure)
    }

    /// 2026-4（三十）「严格落实药品企业挂网自主承诺制度」 — drug enterprises, from 2026-04-07; 2026-3（三）
    /// 「企业承诺挂网药品和医用耗材…」 — drugs and consumables, from 2026-03-27.
    @Test("a drug without commitment: 2026-4 (三十) joins on 04-07; a consumable is never under (三十)")
    func commitmentRulesByEdition() throws {
        let drug = Self.generic(applyingOn: "2026-03-20").withoutSelfCommitment()
        #expect(Self.ids(try Self.decide(drug, "2026-03-26").disposition.rules) == ["national-2022-45#4/self-commitment-required"])
        #expect(Self.ids(try Self.decide(drug, "2026-04-06").disposition.rules) == [
            "beijing-2026-3#3/self-commitment-required", "national-2022-45#4/self-commitment-required",
        ])
        #expect(Self.ids(try Self.decide(drug, "2026-04-07").disposition.rules) == [
            "beijing-2026-3#3/self-commitment-required", "beijing-2026-4#30/self-commitment-required",
            "national-2022-45#4/self-commitment-required",
        ])
        let consumable = CaseBuilder.consumable().applyingForListing(on: Self.d("2026-05-11")).withoutSelfCommitment()
        #expect(Self.ids(try Self.decide(consumable, "2026-05-12").disposition.rules) == [
            "beijing-2026-3#3/self-commitment-required", "national-2022-45#4/self-commitment-required",
        ])
    }

    /// 2026-3（三）「对经查实违反承诺或存在虚假承诺的，按照医药价格和招采信用评价制度处理」: a finding made
    /// before the document is judged by it from its first day (reading 26), and not before.
    @Test("a commitment found false on 2026-03-20 is referred to credit evaluation from 2026-03-27")
    func falseCommitmentBeforeDocument() throws {
        let facts = Self.generic(applyingOn: "2026-03-02").selfCommitmentFoundFalse(on: Self.d("2026-03-20"))
        #expect(!Self.consequences(try Self.decide(facts, "2026-03-26")).contains(.referToCreditEvaluation))
        let first = try Self.decide(facts, "2026-03-27")
        #expect(Self.consequences(first).contains(.referToCreditEvaluation))
        #expect(Self.ids(first.consequences.first { $0.kind == .referToCreditEvaluation }?.rules ?? []) == ["beijing-2026-3#3/breach-to-credit-evaluation"])
    }

    /// The same sentence's other limb, 「经查实违反承诺」: a verified breach is referred from the
    /// day it is verified, not the day before.
    @Test("a verified breach is referred to credit evaluation from the day it is verified")
    func verifiedBreach() throws {
        let facts = Self.generic(applyingOn: "2026-05-11").selfCommitmentBreached(on: Self.d("2026-06-01"))
        #expect(!Self.consequences(try Self.decide(facts, "2026-05-31")).contains(.referToCreditEvaluation))
        #expect(Self.consequences(try Self.decide(facts, "2026-06-01")).contains(.referToCreditEvaluation))
    }

    /// 2026-3（三）「且不违反企业自身针对他人专利权已作出的“专利权届满前不上市承诺”」: the own commitment
    /// matters while the patent it covers is in force; on the first day the patent no longer
    /// protects there is nothing left to breach.
    @Test("the own not-before-expiry commitment is at stake through the patent's last day, not after")
    func ownCommitmentUntilExpiry() throws {
        let covered = Self.patent(expiring: "2026-08-01")
        let facts = Self.generic(applyingOn: "2026-07-20").withNoMarketingCommitment(on: covered, madeOn: Self.d("2025-01-05"))
        #expect(Self.flagRules(try Self.decide(facts, "2026-07-31"), .ownCommitmentAtStake) == ["beijing-2026-3#3/own-commitment-at-stake"])
        #expect(!Self.flags(try Self.decide(facts, "2026-08-01")).contains(.ownCommitmentAtStake))
        // Outside Beijing the national opinion's commitment does not include the own commitment.
        #expect(!Self.flags(try Self.decide(facts.inJurisdiction(.national), "2026-07-31")).contains(.ownCommitmentAtStake))
    }

    /// 2022（四）and 2026-3（三）「产生中选结果或挂网采购交易后产生相关专利侵权纠纷的，由申报企业承担相应
    /// 责任」: a dispute accepted after a purchase transaction on the listing; the national opinion
    /// alone outside Beijing; nothing once the dispute is settled (reading 11).
    @Test("liability after a purchase transaction: cited by 2022 (四) everywhere and 2026-3 (三) in Beijing; ends with a settlement")
    func liabilityAfterTransaction() throws {
        let inSuit = Self.patent(expiring: "2031-05-20")
        let base = CaseBuilder.generic().listed(on: Self.d("2026-02-02"))
            .withProcurementEvent(.purchaseTransaction, on: Self.d("2026-03-02"))
        let disputed = base.withDispute(.filed(on: Self.d("2026-04-01"), over: inSuit))
        let beijing = try Self.decide(disputed, "2026-05-01")
        #expect(Self.ids(beijing.consequences.first { $0.kind == .declaringEnterpriseBearsLiability }?.rules ?? []) == [
            "beijing-2026-3#3/liability-after-listing", "national-2022-45#4/liability-after-listing",
        ])
        let national = try Self.decide(disputed.inJurisdiction(.national), "2026-05-01")
        #expect(Self.ids(national.consequences.first { $0.kind == .declaringEnterpriseBearsLiability }?.rules ?? []) == [
            "national-2022-45#4/liability-after-listing",
        ])
        let settled = base.withDispute(DisputeBuilder.filed(on: Self.d("2026-04-01"), over: inSuit).settled(on: Self.d("2026-04-20")))
        #expect(Self.consequences(try Self.decide(settled, "2026-04-19")).contains(.declaringEnterpriseBearsLiability))
        #expect(!Self.consequences(try Self.decide(settled, "2026-04-20")).contains(.declaringEnterpriseBearsLiability))
    }

    // MARK: - 2022 (四), 2026-3 (六): the objection procedure

    /// 2022（四）「医药集中采购机构如收到相关产品专利侵权异议的，可以请知识产权管理部门…出具咨询或侵权判定意见」:
    /// a discretion (可以) that exists while the objection is on file; withdrawn, it is gone on the
    /// day of withdrawal. Outside Beijing only the national opinion speaks; in Beijing 2026-3（六）
    /// says the same with the healthcare-security administration as receiver.
    @Test("an objection opens the discretion to ask for an opinion; the withdrawal closes it that day")
    func opinionMayBeRequested() throws {
        let objection = ObjectionBuilder.received(on: Self.d("2026-05-12"), against: Self.patent(expiring: "2031-05-20"))
            .withdrawn(on: Self.d("2026-05-20"))
        let facts = Self.generic(applyingOn: "2026-05-11").withObjection(objection)
        #expect(!Self.flags(try Self.decide(facts, "2026-05-11")).contains(.opinionMayBeRequested))
        #expect(Self.flagRules(try Self.decide(facts, "2026-05-19"), .opinionMayBeRequested) == [
            "beijing-2026-3#6/opinion-may-be-requested", "national-2022-45#4/opinion-may-be-requested",
        ])
        #expect(Self.flagRules(try Self.decide(facts.inJurisdiction(.national), "2026-05-19"), .opinionMayBeRequested) == [
            "national-2022-45#4/opinion-may-be-requested",
        ])
        #expect(!Self.flags(try Self.decide(facts, "2026-05-20")).contains(.opinionMayBeRequested))
    }

    /// 「在企业参加集中带量采购或申报平台挂网的规定期限内出具」 and 「知识产权管理部门逾期未给出参考意见的，企业自主
    /// 承诺后可以按程序参加」: the authority waits through the deadline's last day; the IP
    /// administration *may* answer (never overdue, reading 9); from the day after, the enterprise
    /// with its commitment on file proceeds.
    @Test("await the opinion through the deadline; the day after, proceed on the self-commitment")
    func awaitThroughDeadline() throws {
        let objection = ObjectionBuilder.received(on: Self.d("2026-05-12"), against: Self.patent(expiring: "2031-05-20"))
            .withOpinionRequested(on: Self.d("2026-05-13"), deadline: Self.d("2026-06-15"))
        let facts = Self.generic(applyingOn: "2026-05-11").withObjection(objection).inJurisdiction(.national)
        let last = try Self.decide(facts, "2026-06-15")
        #expect(last.disposition.kind == .awaitOpinion && last.disposition.date == Self.d("2026-06-15"))
        let opinion = try #require(last.obligations.first { $0.code == "give-opinion" })
        #expect(opinion.actor == Department.ipAdministration.id && opinion.modality == .may)
        #expect(last.overdueObligations.isEmpty)
        let next = try Self.decide(facts, "2026-06-16")
        #expect(next.disposition.kind == .admitOnSelfCommitment)
        #expect(Self.ids(next.disposition.rules) == ["national-2022-45#4/overdue-opinion-self-commitment"])
        #expect(!next.obligations.contains { $0.code == "give-opinion" })
    }

    /// 「作为是否允许相关产品参加集中带量采购或在平台挂网的参考」: an opinion given on the deadline day is in
    /// time and is a reference for the authority's decision; one given the day after is 逾期 and
    /// does not count (the enterprise proceeds on its commitment).
    @Test("an opinion on the deadline day is a reference; one a day late is overdue")
    func opinionOnAndAfterDeadline() throws {
        func facts(answeredOn: String) -> CaseBuilder {
            Self.generic(applyingOn: "2026-05-11").withObjection(
                ObjectionBuilder.received(on: Self.d("2026-05-12"), against: Self.patent(expiring: "2031-05-20"))
                    .withOpinion(requestedOn: Self.d("2026-05-13"), deadline: Self.d("2026-06-15"), answeredOn: Self.d(answeredOn), finding: .infringementLikely))
        }
        let inTime = try Self.decide(facts(answeredOn: "2026-06-15"), "2026-06-16")
        #expect(inTime.disposition.kind == .agencyDecides)
        #expect(Self.ids(inTime.disposition.rules) == ["beijing-2026-3#6/opinion-as-reference", "national-2022-45#4/opinion-as-reference"])
        let late = try Self.decide(facts(answeredOn: "2026-06-16"), "2026-06-16")
        #expect(late.disposition.kind == .admitOnSelfCommitment)
        // An opinion finding infringement likely is only a reference: it suspends nothing (reading 31).
        #expect(inTime.disposition.kind != .suspendNewListingReview)
    }

    /// 「可以请知识产权管理部门在…规定期限内出具咨询或侵权判定意见，作为是否允许相关产品参加集中带量采购或在平台
    /// 挂网的参考」: an opinion asked for is asked for so that the decision can rest on it. With one
    /// objection's opinion in hand and a second objection's opinion still within its deadline, the
    /// authority waits for the second (as reading 34 already has it when the first is overdue);
    /// once that deadline has passed unanswered, the opinion in hand is the reference.
    @Test("one opinion in hand, another still within its deadline: wait for it; then decide on the one in hand")
    func answeredAndAwaitedOpinions() throws {
        let inSuit = Self.patent(expiring: "2031-05-20")
        let facts = Self.generic(applyingOn: "2026-05-11")
            .withObjection(ObjectionBuilder.received(on: Self.d("2026-05-12"), against: inSuit)
                .withOpinion(requestedOn: Self.d("2026-05-13"), deadline: Self.d("2026-06-15"), answeredOn: Self.d("2026-05-20"), finding: .noInfringement))
            .withObjection(ObjectionBuilder.received(on: Self.d("2026-05-21"), against: inSuit)
                .withOpinionRequested(on: Self.d("2026-05-22"), deadline: Self.d("2026-06-30")))
        for asOf in ["2026-06-01", "2026-06-30"] {
            let waiting = try Self.decide(facts, asOf)
            #expect(waiting.disposition.kind == .awaitOpinion && waiting.disposition.date == Self.d("2026-06-30"))
            #expect(Self.ids(waiting.disposition.rules) == ["beijing-2026-3#6/await-opinion", "national-2022-45#4/await-opinion"])
            #expect(waiting.obligations.contains { $0.code == "give-opinion" && $0.due == Self.d("2026-06-30") && $0.modality == .may })
        }
        let after = try Self.decide(facts, "2026-07-01")
        #expect(after.disposition.kind == .agencyDecides)
        #expect(!after.obligations.contains { $0.code == "give-opinion" })
        // Before the second request, the first opinion is the reference.
        #expect(try Self.decide(facts, "2026-05-21").disposition.kind == .agencyDecides)
    }

    /// 「医药集中采购机构如收到相关产品专利侵权异议的，可以请知识产权管理部门…出具…意见」: the discretion
    /// comes with each objection received. A second objection, received while the first one's
    /// opinion is awaited, opens it again for itself (`objectionWithoutOpinionRequest`); once it
    /// is asked about too, the discretion is spent.
    @Test("a second objection without a request of its own: the discretion to ask is open for it")
    func secondObjectionWithoutRequest() throws {
        let inSuit = Self.patent(expiring: "2031-05-20")
        let facts = Self.generic(applyingOn: "2026-05-11")
            .withObjection(ObjectionBuilder.received(on: Self.d("2026-05-12"), against: inSuit)
                .withOpinionRequested(on: Self.d("2026-05-13"), deadline: Self.d("2026-06-15")))
            .withObjection(ObjectionBuilder.received(on: Self.d("2026-05-20"), against: inSuit))
        let decision = try Self.decide(facts, "2026-05-25")
        #expect(decision.disposition.kind == .awaitOpinion)
        #expect(Self.flags(decision).contains(.opinionMayBeRequested))
        // The day before the second objection, the only one on file is asked about: no discretion left.
        #expect(!Self.flags(try Self.decide(facts, "2026-05-19")).contains(.opinionMayBeRequested))
        // Once the second is asked about too, none is left either.
        let bothAsked = Self.generic(applyingOn: "2026-05-11")
            .withObjection(ObjectionBuilder.received(on: Self.d("2026-05-12"), against: inSuit)
                .withOpinionRequested(on: Self.d("2026-05-13"), deadline: Self.d("2026-06-15")))
            .withObjection(ObjectionBuilder.received(on: Self.d("2026-05-20"), against: inSuit)
                .withOpinionRequested(on: Self.d("2026-05-26"), deadline: Self.d("2026-06-30")))
        #expect(Self.flags(try Self.decide(bothAsked, "2026-05-25")).contains(.opinionMayBeRequested))
        #expect(!Self.flags(try Self.decide(bothAsked, "2026-05-26")).contains(.opinionMayBeRequested))
    }

    /// 「规定期限」 is the round's, an input (CaseFormat: the last day of the prescribed period). The
    /// texts do not say whether a last day on a statutory holiday rolls forward (Civil Code Art.
    /// 203 does so for civil periods); the library takes the date as the round sets it (Readings,
    /// row 37): a deadline of 2026-10-01 (国庆) is overdue on 10-02, and an opinion of 10-08 is late.
    @Test("an opinion deadline on a holiday is taken as set: overdue the next day, not after the holiday")
    func deadlineOnHoliday() throws {
        let facts = Self.generic(applyingOn: "2026-09-07").withObjection(
            ObjectionBuilder.received(on: Self.d("2026-09-08"), against: Self.patent(expiring: "2031-05-20"))
                .withOpinion(requestedOn: Self.d("2026-09-09"), deadline: Self.d("2026-10-01"), answeredOn: Self.d("2026-10-08"), finding: .noInfringement))
        #expect(try Self.decide(facts, "2026-10-01").disposition.kind == .awaitOpinion)
        #expect(try Self.decide(facts, "2026-10-02").disposition.kind == .admitOnSelfCommitment)
        #expect(try Self.decide(facts, "2026-10-08").disposition.kind == .admitOnSelfCommitment)
    }

    /// 2026-3（六）exists from 2026-03-27: the day before, a Beijing wait rests on 2022（四）alone.
    @Test("the Beijing wait cites 2022 (四) alone on 03-26 and 2026-3 (六) too from 03-27")
    func objectionProcedureEditions() throws {
        let objection = ObjectionBuilder.received(on: Self.d("2026-03-10"), against: Self.patent(expiring: "2031-05-20"))
            .withOpinionRequested(on: Self.d("2026-03-11"), deadline: Self.d("2026-04-30"))
        let facts = Self.generic(applyingOn: "2026-03-09").withObjection(objection)
        #expect(Self.ids(try Self.decide(facts, "2026-03-26").disposition.rules) == ["national-2022-45#4/await-opinion"])
        #expect(Self.ids(try Self.decide(facts, "2026-03-27").disposition.rules) == [
            "beijing-2026-3#6/await-opinion", "national-2022-45#4/await-opinion",
        ])
    }

    /// The objection procedure concerns products 「参加集中带量采购」 as much as listing: a VBP
    /// participant waits for the opinion the same way.
    @Test("a VBP participant waits for the opinion too")
    func vbpParticipantWaits() throws {
        let objection = ObjectionBuilder.received(on: Self.d("2026-05-12"), against: Self.patent(expiring: "2031-05-20"))
            .withOpinionRequested(on: Self.d("2026-05-13"), deadline: Self.d("2026-06-15"))
        let facts = CaseBuilder.generic().participatingInVBP(on: Self.d("2026-05-11")).withObjection(objection)
        let decision = try Self.decide(facts, "2026-06-01")
        #expect(decision.disposition.kind == .awaitOpinion && decision.disposition.date == Self.d("2026-06-15"))
    }

    // MARK: - 2022 (五), 2026-3 (七): disputes

    /// 2022（五）「医药集中采购机构可以告知相关当事人向知识产权管理部门请求处理或向人民法院起诉。知识产权管理部门
    /// 接到相关案件处理请求后，要依法依规高效处理」: a may for the agency (a flag) and a 要 duty (shall) for
    /// the IP administration, only for a request made to it, only while pending.
    @Test("a request before the IP administration: a shall duty on it while pending, none once withdrawn")
    func handleEfficiently() throws {
        let dispute = DisputeBuilder.filed(on: Self.d("2026-05-15"), in: .ipAdministration, over: Self.patent(expiring: "2031-05-20"))
            .withdrawn(on: Self.d("2026-06-10"))
        let facts = Self.generic(applyingOn: "2026-05-11", jurisdiction: .national).withDispute(dispute)
        let pending = try Self.decide(facts, "2026-06-09")
        let duty = try #require(pending.obligations.first { $0.code == "handle-dispute-efficiently" })
        #expect(duty.actor == Department.ipAdministration.id && duty.modality == .shall)
        #expect(Self.flagRules(pending, .informPartiesOfForums) == ["national-2022-45#5/guide-dispute-resolution"])
        let withdrawn = try Self.decide(facts, "2026-06-10")
        #expect(withdrawn.obligations.isEmpty && withdrawn.flags.isEmpty)
    }

    /// 2026-3（七）「建立医药集中采购领域专利侵权纠纷行政裁决快速通道…鼓励当事人通过自行和解、行政调解、人民调解
    /// 等方式及时化解专利纠纷」: in Beijing a pending dispute adds the mediation encouragement; the fast
    /// track is for administrative rulings, so a court case gets none.
    @Test("Beijing disputes: mediation encouraged for any forum, the fast track only before the IP administration")
    func beijingDisputeHandling() throws {
        let inSuit = Self.patent(expiring: "2031-05-20")
        let court = Self.generic(applyingOn: "2026-05-11").withDispute(.filed(on: Self.d("2026-05-15"), in: .court, over: inSuit))
        let inCourt = try Self.decide(court, "2026-05-20")
        #expect(Self.flagRules(inCourt, .mediationEncouraged) == ["beijing-2026-3#7/dispute-handling"])
        #expect(Self.flagRules(inCourt, .informPartiesOfForums) == ["beijing-2026-3#7/dispute-handling", "national-2022-45#5/guide-dispute-resolution"])
        #expect(inCourt.obligations.isEmpty)
        let administrative = Self.generic(applyingOn: "2026-05-11").withDispute(.filed(on: Self.d("2026-05-15"), in: .ipAdministration, over: inSuit))
        let fast = try #require(try Self.decide(administrative, "2026-05-20").obligations.first { $0.code == "fast-track-ruling" })
        #expect(fast.actor == Department.ipAdministration.id && fast.rules.map(\.description) == ["beijing-2026-3#7/fast-track-ruling"])
    }

    // MARK: - 2022 (五)(六), 2026-3 (八): rulings

    /// 2022（六）「对正在申报平台挂网的涉事产品，不予挂网」 on an administrative ruling or an effective
    /// judgment, from its effective day; 2026-3（八）tier 1 「已明确处于知识产权保护期内的产品，对侵犯该知识产权
    /// 的仿制产品不予挂网」 joins in Beijing while the patent is in force.
    @Test("refusal from the ruling's effective day; tier 1 of 2026-3 (八) only while the patent is in force")
    func refusalEdges() throws {
        let inSuit = Self.patent(expiring: "2026-08-01")
        let facts = Self.generic(applyingOn: "2026-05-11")
            .withDispute(DisputeBuilder.filed(on: Self.d("2026-03-02"), over: inSuit).decided(by: RulingBuilder.infringement(of: inSuit, effectiveOn: Self.d("2026-06-01")).asJudgment()))
        #expect(try Self.decide(facts, "2026-05-31").disposition.kind == .ordinaryProcedure)
        let effective = try Self.decide(facts, "2026-06-01")
        #expect(effective.disposition.kind == .refuseListing)
        #expect(Self.ids(effective.disposition.rules) == ["beijing-2026-3#8/refuse-infringing-copy", "national-2022-45#6/refuse-listing-after-ruling"])
        let lastDay = try Self.decide(facts, "2026-07-31")
        #expect(Self.ids(lastDay.disposition.rules).contains("beijing-2026-3#8/refuse-infringing-copy"))
        let expired = try Self.decide(facts, "2026-08-01")
        #expect(expired.disposition.kind == .refuseListing)
        #expect(Self.ids(expired.disposition.rules) == ["national-2022-45#6/refuse-listing-after-ruling"])
    }

    /// 2022（六）「对已在平台挂网或已在集中带量采购中选的涉事产品…及时采取撤网、取消中选资格等措施」 and 2026-3
    /// （八）「采取撤销挂网或取消中选资格等措施」: a product both listed and selected faces both measures
    /// together; 2022（五）「发现明确存在侵权行为的，要依法依规及时撤网」 also cites the delisting.
    @Test("listed and selected: revoke the listing and cancel the selection together, each cited")
    func listedAndSelected() throws {
        let inSuit = Self.patent(expiring: "2031-05-20")
        let facts = CaseBuilder.generic().listed(on: Self.d("2026-02-02")).thenSelectedInVBP(on: Self.d("2026-02-20"))
            .withRuling(RulingBuilder.infringement(of: inSuit, effectiveOn: Self.d("2026-06-01")).asJudgment())
        let decision = try Self.decide(facts, "2026-06-01")
        let all = [decision.disposition] + decision.concurrentDispositions
        #expect(Set(all.map(\.kind)) == [.revokeListing, .cancelSelection])
        let revoke = try #require(all.first { $0.kind == .revokeListing })
        #expect(Self.ids(revoke.rules) == [
            "beijing-2026-3#8/revoke-listing", "national-2022-45#5/delist-clear-infringement", "national-2022-45#6/delist-after-ruling",
        ])
        let cancel = try #require(all.first { $0.kind == .cancelSelection })
        #expect(Self.ids(cancel.rules) == ["beijing-2026-3#8/cancel-selection", "national-2022-45#6/cancel-selection-after-ruling"])
    }

    /// 2022（六）「对已在平台挂网…的涉事产品，协助配合执行裁决、判决结果，及时采取撤网」 and 2026-3（八）「对已挂网…
    /// 的产品，被行政裁决或生效判决认定侵权的，采取撤销挂网」 attach to the finding, not to the patent still
    /// running (unlike tier 1's 「已明确处于知识产权保护期内」): a listed product is revoked even once the
    /// patent in suit has expired.
    @Test("revocation of a listed product follows the ruling even after the patent has expired")
    func revokeAfterExpiry() throws {
        let inSuit = Self.patent(expiring: "2026-08-01")
        let facts = CaseBuilder.generic().listed(on: Self.d("2026-02-02"))
            .withRuling(RulingBuilder.infringement(of: inSuit, effectiveOn: Self.d("2026-06-01")).asJudgment())
        let decision = try Self.decide(facts, "2026-08-03")
        #expect(decision.disposition.kind == .revokeListing)
        #expect(Self.ids(decision.disposition.rules) == [
            "beijing-2026-3#8/revoke-listing", "national-2022-45#5/delist-clear-infringement", "national-2022-45#6/delist-after-ruling",
        ])
    }

    /// Once the measure is carried out (撤网 recorded), the product is no longer listed and nothing is
    /// left to revoke; a new application meets 2022（六）'s refusal instead.
    @Test("after the delisting is recorded nothing is left to revoke; a new application is refused")
    func afterDelisting() throws {
        let inSuit = Self.patent(expiring: "2031-05-20")
        let listed = CaseBuilder.generic().listed(on: Self.d("2026-02-02"))
            .withRuling(RulingBuilder.infringement(of: inSuit, effectiveOn: Self.d("2026-06-01")).asJudgment())
            .thenDelisted(on: Self.d("2026-06-05"))
        #expect(try Self.decide(listed, "2026-06-04").disposition.kind == .revokeListing)
        #expect(try Self.decide(listed, "2026-06-05").disposition.kind != .revokeListing)
        let reapplying = listed.thenReapplyingForListing(on: Self.d("2026-07-01"))
        #expect(try Self.decide(reapplying, "2026-07-01").disposition.kind == .refuseListing)
    }

    /// A ruling set aside on appeal or review no longer 「认定侵权」: the refusal ends on the day it is
    /// set aside.
    @Test("a ruling set aside stops the refusal on the day it is set aside")
    func setAsideRuling() throws {
        let inSuit = Self.patent(expiring: "2031-05-20")
        let facts = Self.generic(applyingOn: "2026-05-11")
            .withRuling(RulingBuilder.infringement(of: inSuit, effectiveOn: Self.d("2026-06-01")).setAside(on: Self.d("2026-07-01")))
        #expect(try Self.decide(facts, "2026-06-30").disposition.kind == .refuseListing)
        #expect(try Self.decide(facts, "2026-07-01").disposition.kind == .ordinaryProcedure)
    }

    /// 2022（六）「知识产权管理部门在相关涉医药专利侵权案件办结后，应当将案件办理结果送达当事人，并及时抄送医疗
    /// 保障部门」: 应当 (must), the IP administration, any result of its own case (also a finding of
    /// no infringement), until both serving and copying are done; a court judgment is not its case
    /// (reading 7).
    @Test("serve and copy: a must on the IP administration until both are done; no duty for a judgment")
    func serveAndCopy() throws {
        let inSuit = Self.patent(expiring: "2031-05-20")
        let ruling = RulingBuilder.noInfringement(of: inSuit, effectiveOn: Self.d("2026-06-01"))
            .served(on: Self.d("2026-06-03")).copiedToHealthcareSecurity(on: Self.d("2026-06-08"))
        let facts = Self.generic(applyingOn: "2026-05-11", jurisdiction: .national).withRuling(ruling)
        let open = try Self.decide(facts, "2026-06-05")
        let duty = try #require(open.obligations.first { $0.code == "serve-and-copy-result" })
        #expect(duty.actor == Department.ipAdministration.id && duty.modality == .must)
        #expect(open.disposition.kind == .ordinaryProcedure, "no infringement found: nothing is refused")
        #expect(try Self.decide(facts, "2026-06-08").obligations.isEmpty)
        let judgment = Self.generic(applyingOn: "2026-05-11", jurisdiction: .national)
            .withRuling(ruling.asJudgment().notYetCopied())
        #expect(try Self.decide(judgment, "2026-06-05").obligations.isEmpty)
    }

    /// 2026-3（八）tier 2 「对异议处理程序中被认为存在侵权风险，且已被知识产权管理部门或人民法院立案等存在知识产权
    /// 纠纷的产品，暂停审核涉事产品的新增挂网申请」: both facts, so the suspension starts on the later of
    /// the risk finding and the acceptance, and ends the day the dispute is withdrawn.
    @Test("tier 2 suspends from the later of risk finding and acceptance until the dispute ends")
    func tierTwoWindow() throws {
        let inSuit = Self.patent(expiring: "2031-05-20")
        let facts = Self.generic(applyingOn: "2026-05-11")
            .withObjection(ObjectionBuilder.received(on: Self.d("2026-05-12"), against: inSuit).foundRisk(on: Self.d("2026-05-25")))
            .withDispute(DisputeBuilder.filed(on: Self.d("2026-05-20"), over: inSuit).withdrawn(on: Self.d("2026-07-01")))
        #expect(try Self.decide(facts, "2026-05-24").disposition.kind != .suspendNewListingReview)
        #expect(try Self.decide(facts, "2026-05-25").disposition.kind == .suspendNewListingReview)
        #expect(try Self.decide(facts, "2026-06-30").disposition.kind == .suspendNewListingReview)
        #expect(try Self.decide(facts, "2026-07-01").disposition.kind != .suspendNewListingReview)
    }

    /// Tier 2's risk must be found 「在异议处理程序中」: an objection withdrawn before any outcome has
    /// found nothing.
    @Test("an objection withdrawn before its outcome found no risk: no suspension")
    func tierTwoWithdrawnObjection() throws {
        let inSuit = Self.patent(expiring: "2031-05-20")
        let facts = Self.generic(applyingOn: "2026-05-11")
            .withObjection(ObjectionBuilder.received(on: Self.d("2026-05-12"), against: inSuit).withdrawn(on: Self.d("2026-05-18")))
            .withDispute(.filed(on: Self.d("2026-05-20"), over: inSuit))
        #expect(try Self.decide(facts, "2026-06-01").disposition.kind == .ordinaryProcedure)
    }

    // MARK: - 2026-3 (四): patent linkage

    /// 「仿制药持有人在提交药品上市许可申请时作出三类声明的，相关药品在相应专利权有效期和市场独占期届满之后方可
    /// 上市」: deferred through the patent's last day in force, free on the first day it no longer
    /// protects; the reminder (「进行提示与合规指导」) lasts as long.
    @Test("category 3: deferred through the last day in force; free on the first day after")
    func linkageLastDay() throws {
        let facts = Self.generic(applyingOn: "2026-05-11").withCategory3Declaration(on: .compoundPatent(lastDayInForce: Self.d("2029-06-17")))
        let last = try Self.decide(facts, "2029-06-17")
        #expect(last.disposition.kind == .deferUntil && last.disposition.date == Self.d("2029-06-18"))
        #expect(Self.flagRules(last, .complianceReminder) == ["beijing-2026-3#4/compliance-reminder"])
        let free = try Self.decide(facts, "2029-06-18")
        #expect(free.disposition.kind == .ordinaryProcedure && !Self.flags(free).contains(.complianceReminder))
    }

    /// 「相应专利权有效期」 is the term as it actually runs: drug-patent term compensation (Patent Law
    /// Art. 42(3), granted days an input) lengthens it and so the deferral.
    @Test("term compensation lengthens the bar by the days granted")
    func linkageWithCompensation() throws {
        let compensated = Self.patent(expiring: "2029-06-18").withTermCompensation(days: 200, drugApprovedOn: Self.d("2020-03-01"))
        let decision = try Self.decide(Self.generic(applyingOn: "2026-05-11").withCategory3Declaration(on: compensated), "2026-05-12")
        #expect(decision.disposition.date == Self.d("2029-06-18").saturatingAdding(days: 200))
    }

    /// A patent that ends early (terminated for unpaid fees, wholly invalidated) no longer has a
    /// 「有效期」 to wait for: the bar ends that day; a restoration brings it back; a partial
    /// invalidation keeps the patent in force (domain-facts, firm).
    @Test("early end lifts the bar from its date; a restoration restores it; partial invalidation does not lift it")
    func linkageEarlyEnd() throws {
        let terminated = Self.patent(expiring: "2031-05-20").terminated(on: Self.d("2026-07-01"))
        let facts = Self.generic(applyingOn: "2026-05-11").withCategory3Declaration(on: terminated)
        #expect(try Self.decide(facts, "2026-06-30").disposition.kind == .deferUntil)
        #expect(try Self.decide(facts, "2026-07-01").disposition.kind == .ordinaryProcedure)
        let restored = Self.generic(applyingOn: "2026-05-11").withCategory3Declaration(on: terminated.restored(on: Self.d("2026-08-03")))
        #expect(try Self.decide(restored, "2026-08-03").disposition.date == Self.d("2031-05-20"))
        let partial = Self.generic(applyingOn: "2026-05-11").withCategory3Declaration(on: Self.patent(expiring: "2031-05-20").partiallyInvalidated(on: Self.d("2026-06-01")))
        #expect(try Self.decide(partial, "2026-06-02").disposition.date == Self.d("2031-05-20"))
    }

    /// 「专利权有效期和市场独占期届满之后」: both must have run. A challenger's exclusivity held by another
    /// generic that outlasts the patent moves the bar to its end (reading 32: 12 months from
    /// 2029-01-15 free on 2030-01-15); one held by the case's own enterprise bars nothing.
    @Test("another's exclusivity outlasting the patent moves the bar; one's own does not")
    func linkageExclusivity() throws {
        let covered = Self.patent(expiring: "2029-06-18")
        let base = Self.generic(applyingOn: "2026-05-11").withCategory3Declaration(on: covered)
        let other = base.withExclusivity(.patentChallenge(startingOn: Self.d("2029-01-15")))
        #expect(try Self.decide(other, "2029-06-18").disposition.date == Self.d("2030-01-15"))
        #expect(try Self.decide(other, "2030-01-14").disposition.kind == .deferUntil)
        #expect(try Self.decide(other, "2030-01-15").disposition.kind == .ordinaryProcedure)
        let own = base.withExclusivity(ExclusivityBuilder.patentChallenge(startingOn: Self.d("2029-01-15")).heldBy(EnterpriseBuilder.genericMaker.name))
        #expect(try Self.decide(own, "2029-06-18").disposition.kind == .ordinaryProcedure)
    }

    /// The linkage measures require the declaration of biosimilars and same-name same-formula TCM
    /// as well (reading 28), and a product barred from the market cannot take part in VBP either.
    @Test("a biosimilar, a same-formula TCM and a VBP participant are deferred like a generic")
    func linkageScope() throws {
        let covered = Self.patent(expiring: "2031-05-20")
        for builder in [CaseBuilder.biosimilar(), CaseBuilder.sameFormulaTCM(), CaseBuilder.generic().participatingInVBP(on: Self.d("2026-05-11"))] {
            let decision = try Self.decide(builder.withCategory3Declaration(on: covered), "2026-05-12")
            #expect(decision.disposition.kind == .deferUntil && decision.disposition.date == Self.d("2031-05-20"))
        }
        // Outside Beijing 2026-3 (四) does not apply.
        let national = CaseBuilder.generic().withCategory3Declaration(on: covered).inJurisdiction(.national)
        #expect(try Self.decide(national, "2026-05-12").disposition.kind == .ordinaryProcedure)
    }

    /// The challenger's exclusivity 「不得超过被挑战药品的原专利权期限」 (linkage measures Art. 11,
    /// domain-facts firm): an exclusivity of 12 months from 2030-12-01 on a challenged patent
    /// expiring 2031-05-20 ends then, and so does the bar it adds to a category-3 declaration.
    @Test("an exclusivity capped by the challenged patent's original term caps the bar too")
    func exclusivityCappedByChallengedPatent() throws {
        let challenged = Self.patent(expiring: "2031-05-20")
        let facts = Self.generic(applyingOn: "2026-05-11")
            .withCategory3Declaration(on: Self.patent(expiring: "2029-06-18"))
            .withExclusivity(ExclusivityBuilder.patentChallenge(startingOn: Self.d("2030-12-01")).challenging(challenged))
        #expect(try Self.decide(facts, "2031-01-05").disposition.date == Self.d("2031-05-20"))
        #expect(try Self.decide(facts, "2031-05-20").disposition.kind == .ordinaryProcedure)
    }

    /// 2026-3（四）「药品监督管理部门、知识产权管理部门、医疗保障部门…对仿制药企业在相应专利权有效期和市场独占期间
    /// 暂不上市声明的执行情况进行提示与合规指导」: the reminder concerns the declarant during the term
    /// whatever its procurement stage; a generic already listed is not deferred (nothing is being
    /// applied for) but is reminded.
    @Test("a listed category-3 generic is reminded during the term, not deferred")
    func listedCategory3Reminder() throws {
        let facts = CaseBuilder.generic().listed(on: Self.d("2026-02-02"))
            .withCategory3Declaration(on: Self.patent(expiring: "2031-05-20"))
        let decision = try Self.decide(facts, "2026-05-12")
        #expect(decision.disposition.kind == .ordinaryProcedure)
        #expect(Self.flagRules(decision, .complianceReminder) == ["beijing-2026-3#4/compliance-reminder"])
    }

    // MARK: - 2026-3 (五): drug-safety credit

    /// 「被医疗保障部门依据医药价格和招采信用评价制度予以处理的仿制药持有人，药品监督管理部门将其相关负面行为纳入药品
    /// 安全信用管理」: a generic holder handled under the credit system, from 2026-03-27, until the
    /// rating is cleared (reading 33); an innovative drug's holder is no 仿制药持有人.
    @Test("drug-safety credit for a generic holder rated under the credit system: from 03-27 until cleared")
    func drugSafetyCredit() throws {
        let facts = Self.generic(applyingOn: "2026-03-02")
            .withCreditEvent(CreditEventBuilder.falseCommitment(on: Self.d("2026-03-10")).cleared(on: Self.d("2026-09-01")))
        #expect(!Self.consequences(try Self.decide(facts, "2026-03-26")).contains(.includeInDrugSafetyCredit))
        #expect(Self.consequences(try Self.decide(facts, "2026-03-27")).contains(.includeInDrugSafetyCredit))
        #expect(Self.consequences(try Self.decide(facts, "2026-08-31")).contains(.includeInDrugSafetyCredit))
        #expect(!Self.consequences(try Self.decide(facts, "2026-09-01")).contains(.includeInDrugSafetyCredit))
        let innovative = CaseBuilder.innovative().withCreditEvent(.falseCommitment(on: Self.d("2026-05-01")))
        #expect(!Self.consequences(try Self.decide(innovative, "2026-05-12")).contains(.includeInDrugSafetyCredit))
    }

    /// 2026-3（五）'s first limb, 「对知识产权管理部门行政裁决认定或经人民法院生效判决认定存在专利侵权行为…的仿制药
    /// 持有人」: a biosimilar's holder found infringing (reading 28), from the ruling's effective day;
    /// the VBP selection it holds is cancelled at the same time (2022（六）, 2026-3（八）).
    @Test("a selected biosimilar found infringing: selection cancelled and drug-safety credit from the effective day")
    func biosimilarRuling() throws {
        let inSuit = Self.patent(expiring: "2031-05-20")
        let facts = CaseBuilder.biosimilar().selectedInVBP(on: Self.d("2026-02-02"))
            .withRuling(RulingBuilder.infringement(of: inSuit, effectiveOn: Self.d("2026-06-01")))
        let before = try Self.decide(facts, "2026-05-31")
        #expect(before.disposition.kind == .ordinaryProcedure && before.consequences.isEmpty)
        let effective = try Self.decide(facts, "2026-06-01")
        #expect(effective.disposition.kind == .cancelSelection)
        #expect(Self.ids(effective.consequences.first { $0.kind == .includeInDrugSafetyCredit }?.rules ?? []) == ["beijing-2026-3#5/drug-safety-credit"])
        // Once the cancellation is carried out, nothing is left to cancel.
        let carried = facts.thenSelectionCancelled(on: Self.d("2026-06-10"))
        #expect(try Self.decide(carried, "2026-06-10").disposition.kind != .cancelSelection)
    }

    // MARK: - 2022 (七), 2026-3 (一): key products

    /// 2022（七）「对拟开展集中带量采购的规模较大、关注度高的药品和医用耗材中涉及知识产权风险的产品进行重点关注」:
    /// VBP only; 2026-3（一）「尤其对采购规模较大、关注度较高的涉及知识产权风险的重点产品开展联合研判」: Beijing,
    /// any procurement, from 2026-03-27. All three marks are needed.
    @Test("key products: 2022 (七) for VBP, 2026-3 (一) in Beijing from 03-27, and only with all three marks")
    func keyProducts() throws {
        let vbp = CaseBuilder.generic().participatingInVBP(on: Self.d("2026-03-02")).asKeyProduct()
        #expect(Self.flagRules(try Self.decide(vbp.inJurisdiction(.national), "2026-05-12"), .keyProductJointAssessment) == [
            "national-2022-45#7/key-product-attention",
        ])
        let listing = Self.generic(applyingOn: "2026-03-02").asKeyProduct()
        #expect(!Self.flags(try Self.decide(listing.inJurisdiction(.national), "2026-05-12")).contains(.keyProductJointAssessment))
        #expect(!Self.flags(try Self.decide(listing, "2026-03-26")).contains(.keyProductJointAssessment))
        #expect(Self.flagRules(try Self.decide(listing, "2026-03-27"), .keyProductJointAssessment) == ["beijing-2026-3#1/joint-assessment"])
        let partial = listing.withAttention(RiskAttention(largeScale: true, highAttention: false, ipRisk: true))
        #expect(!Self.flags(try Self.decide(partial, "2026-05-12")).contains(.keyProductJointAssessment))
    }

    // MARK: - 2026-3 (九), 2026-4 (六)

    /// 2026-3（九）「引导企业在挂网环节主动提交知识产权相关证明材料，明晰专利保护期限」: a guidance flag on an
    /// innovative drug's listing application in Beijing from 2026-03-27.
    @Test("IP proof guidance for an innovative drug's listing: from 2026-03-27")
    func submitIPProof() throws {
        let facts = CaseBuilder.innovative().applyingForListing(on: Self.d("2026-03-23"))
        #expect(!Self.flags(try Self.decide(facts, "2026-03-26")).contains(.submitIPProof))
        #expect(Self.flagRules(try Self.decide(facts, "2026-03-27"), .submitIPProof) == ["beijing-2026-3#9/submit-ip-proof"])
    }

    /// 2026-4（六）「鼓励罕见病和儿童治疗用药创新，实施优先服务，推动早日上市，争取市场独占期」: innovative
    /// rare-disease or paediatric drugs, from 2026-04-07; a generic rare-disease drug is no
    /// innovation.
    @Test("priority service for innovative rare-disease and paediatric drugs from 2026-04-07")
    func priorityService() throws {
        let rare = CaseBuilder.innovative().forRareDisease()
        #expect(!Self.flags(try Self.decide(rare, "2026-04-06")).contains(.priorityService))
        #expect(Self.flagRules(try Self.decide(rare, "2026-04-07"), .priorityService) == ["beijing-2026-4#6/priority-service"])
        #expect(Self.flags(try Self.decide(CaseBuilder.innovative().paediatric(), "2026-05-12")).contains(.priorityService))
        #expect(!Self.flags(try Self.decide(CaseBuilder.generic().forRareDisease(), "2026-05-12")).contains(.priorityService))
    }
}
