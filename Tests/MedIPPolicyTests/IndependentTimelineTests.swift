import Foundation
import MedIPPolicyTesting
import Testing
@testable import MedIPPolicy

/// A third outside reader's check, of decisions over time rather than on single dates (which
/// `IndependentReadingTests` and `IndependentObligationTests` cover): `Evaluator.timeline` must put
/// a change on exactly the day the text makes something begin or end — a document's first day, the
/// first overdue day of a working-day period, the day after an opinion deadline, the day after a
/// patent's last day in force, the first day after an exclusivity — with a cause naming that
/// fact, and on no other day; and on dates past 2026, where no official working-day schedule is
/// on file, it must not guess. Each test quotes its clause from shared/seeds/ and states what the
/// text requires; where the text is silent the library's documented reading
/// (Documentation/Readings.md, row cited; Documentation/Time.md) is asserted. Every timeline is
/// also spot-checked against `evaluate` on chosen days (the segment on a day is that day's
/// decision).
@Suite("Independent reading: decisions over time")
struct IndependentTimelineTests {
    /// The first review's helpers (`d`, `decide`, case builders), shared.
    typealias R = IndependentReadingTests

    static let inSuit = R.patent(expiring: "2031-05-20")

    /// The timeline of a built case over `from…through`, after checking that the segment on each
    /// of `days` has the outcome `evaluate` gives on that day, and that the segments tile the window.
    static func timeline(_ builder: CaseBuilder, _ from: String, _ through: String, spotChecking days: [String]) throws -> Timeline {
        let facts = builder.build()
        #expect(facts.validate().filter { $0.severity == .error }.isEmpty, "\(facts.validate())")
        let timeline = try R.evaluator.timeline(facts, from: R.d(from), through: R.d(through))
        #expect(timeline.segments.first?.from == R.d(from) && timeline.segments.last?.through == R.d(through))
        for (earlier, later) in zip(timeline.segments, timeline.segments.dropFirst()) {
            #expect(earlier.through.saturatingAdding(days: 1) == later.from, "segments tile the window")
        }
        for day in days {
            let segment = try #require(timeline.segment(on: R.d(day)), "\(day) is in the window")
            let decision = try R.evaluator.evaluate(facts, asOf: R.d(day))
            #expect(segment.decision.hasSameOutcome(as: decision), "segment on \(day) = evaluate(\(day))")
        }
        return timeline
    }

    /// ``timeline(_:_:_:spotChecking:)`` of a generic applying for listing on `from`, the window's
    /// first day, with one objection.
    static func objectionTimeline(
        _ objection: ObjectionBuilder, from: String, through: String, jurisdiction: Jurisdiction = .beijing,
        spotChecking days: [String]
    ) throws -> Timeline {
        try timeline(R.generic(applyingOn: from, jurisdiction: jurisdiction).withObjection(objection), from, through, spotChecking: days)
    }

    static func dates(_ timeline: Timeline) -> [String] { timeline.changes.map(\.date.description) }
    static func change(_ timeline: Timeline, on date: String) -> TimelineChange? {
        timeline.changes.first { $0.date == R.d(date) }
    }
    static func causeKinds(_ change: TimelineChange?) -> [TimelineCauseKind] { change?.causes.map(\.kind) ?? [] }

    // MARK: - Documents taking effect (reading 25)

    /// 国知发保字〔2022〕45号（四）「企业参加集中带量采购或申报药品和医用耗材在医药集中采购平台挂网…时，须自主
    /// 承诺相关产品不存在违反《中华人民共和国专利法》等相关法律法规的情形」, dated 2022-12-05; the three
    /// Beijing documents (京医保发〔2024〕5号 2024-04-17, 〔2026〕3号 2026-03-27, 〔2026〕4号 2026-04-07)
    /// bind in Beijing from their dates. A Beijing generic applying without a commitment from
    /// 2022-11-01 changes on exactly those four days (nothing else of the case has a date in the
    /// window), each change caused by its document; the commitment is required from 2022-12-05.
    @Test("a Beijing listing without commitment changes on 2022-12-05, 2024-04-17, 2026-03-27, 2026-04-07 only")
    func beijingDocumentDays() throws {
        let timeline = try Self.timeline(
            R.generic(applyingOn: "2022-11-01").withoutSelfCommitment(), "2022-11-01", "2026-12-31",
            spotChecking: ["2022-11-01", "2022-12-04", "2022-12-05", "2024-04-16", "2024-04-17", "2026-03-26", "2026-03-27", "2026-04-06", "2026-04-07", "2026-12-31"])
        #expect(Self.dates(timeline) == ["2022-12-05", "2024-04-17", "2026-03-27", "2026-04-07"])
        let expected: [String: DocumentID] = [
            "2022-12-05": .national2022_45, "2024-04-17": .beijing2024_5, "2026-03-27": .beijing2026_3, "2026-04-07": .beijing2026_4,
        ]
        for (date, document) in expected {
            let change = try #require(Self.change(timeline, on: date))
            #expect(change.documentsTakingEffect == [document], "\(date)")
            #expect(change.causes.contains { $0.kind == .documentTakesEffect && $0.document == document && $0.date == R.d(date) })
        }
        // Before the opinion the application is not incomplete for want of a commitment; from it, it is.
        let first = try #require(Self.change(timeline, on: "2022-12-05"))
        #expect(first.obligationsAdded.contains("submit-self-commitment"))
        #expect(timeline.segment(on: R.d("2022-12-04"))?.decision.obligations.isEmpty == true)
        // 京医保发〔2024〕5号 says nothing of a generic's commitment: only the documents in force
        // change. 2026-4（三十）「严格落实药品企业挂网自主承诺制度」 joins the grounds of the return on
        // 04-07 without changing what is decided.
        #expect(Self.change(timeline, on: "2024-04-17")?.aspects == [.regime])
        let last = try #require(Self.change(timeline, on: "2026-04-07"))
        #expect(last.aspects.contains(.dispositionRules) && !last.aspects.contains(.disposition))
        #expect(last.dispositionAfter == .returnForCompletion)
    }

    /// The same case outside Beijing: only the national opinion binds (the three others are 北京市
    /// measures). Its one change is 2022-12-05; the Beijing documents' days pass unmarked.
    @Test("the same listing outside Beijing changes on 2022-12-05 only")
    func nationalDocumentDays() throws {
        let timeline = try Self.timeline(
            R.generic(applyingOn: "2022-11-01", jurisdiction: .national).withoutSelfCommitment(), "2022-11-01", "2026-12-31",
            spotChecking: ["2022-12-04", "2022-12-05", "2024-04-17", "2026-03-27", "2026-04-07"])
        #expect(Self.dates(timeline) == ["2022-12-05"])
        #expect(Self.change(timeline, on: "2022-12-05")?.documentsTakingEffect == [.national2022_45])
    }

    /// 2024（十二）green channel for 「创新医疗药械」, 2026-3（九）, then 2026-4（十七）「创新药品通过绿色通道
    /// 快速挂网,办理时间不超过15个工作日」: a qualified innovative drug applying 2026-03-20 is
    /// fast-tracked without a date until 2026-04-07; from then 15 working days run from 04-07
    /// (reading 1: the later of anchor and first day): 04-08 is day 1, day 15 is 04-28 (no holiday
    /// after 清明). Changes on 03-27 (a second document behind the channel), 04-07 (the date and the
    /// 市医保局's duty) and 04-29 (overdue) — not on 04-28, the last day in time.
    @Test("a green-channel drug pending across 03-27 and 04-07: changes on 03-27, 04-07, 04-29")
    func greenChannelAcrossEditions() throws {
        let timeline = try Self.timeline(
            R.greenChannelDrug(applyingOn: "2026-03-20"), "2026-03-20", "2026-06-30",
            spotChecking: ["2026-03-26", "2026-03-27", "2026-04-06", "2026-04-07", "2026-04-28", "2026-04-29", "2026-06-30"])
        #expect(Self.dates(timeline) == ["2026-03-27", "2026-04-07", "2026-04-29"])
        let editions = try #require(Self.change(timeline, on: "2026-04-07"))
        #expect(editions.dispositionDateBefore == nil && editions.dispositionDateAfter == R.d("2026-04-28"))
        #expect(editions.obligationsAdded == ["complete-green-channel-listing"])
        let overdue = try #require(Self.change(timeline, on: "2026-04-29"))
        #expect(overdue.aspects.contains(.overdue) && overdue.obligationsOverdue == ["complete-green-channel-listing"])
        #expect(overdue.causes.contains { $0.kind == .dueDatePasses && $0.date == R.d("2026-04-28") && $0.obligation == "complete-green-channel-listing" })
    }

    // MARK: - 2026-4 (十七): the 15 working days over time

    /// 「办理时间不超过15个工作日」 across 劳动节: applied Thursday 2026-04-30; 05-01–05 are 法定节假日;
    /// 05-06 is day 1, Saturday 05-09 is a 调休 working day (day 4), day 15 is Monday 05-25. The
    /// decision changes once, on 05-26, the first overdue day, because that due date passes; the
    /// holiday, the 调休 Saturday and the due day itself change nothing.
    @Test("green channel across 劳动节 and the 05-09 调休 Saturday: one change, on 05-26")
    func greenChannelOverdueAcrossMayDay() throws {
        let timeline = try Self.timeline(
            R.greenChannelDrug(applyingOn: "2026-04-30"), "2026-04-30", "2026-07-31",
            spotChecking: ["2026-05-01", "2026-05-09", "2026-05-25", "2026-05-26", "2026-07-31"])
        #expect(Self.dates(timeline) == ["2026-05-26"])
        let change = try #require(timeline.changes.first)
        #expect(change.aspects.contains(.overdue) && change.obligationsOverdue == ["complete-green-channel-listing"])
        #expect(Self.causeKinds(change) == [.dueDatePasses] && change.causes.first?.date == R.d("2026-05-25"))
        #expect(change.dispositionBefore == .greenChannel && change.dispositionAfter == .greenChannel)
    }

    /// The same clause across 中秋 and 国庆: applied Friday 2026-09-18; Sunday 09-20 (调休) is day 1,
    /// 09-21–24 days 2–5, 09-25–27 off, 09-28–30 days 6–8, 10-01–07 off, Saturday 10-10 (调休) day
    /// 9, 10-08–09 days 10–11 counted before it … day 15 is 10-15. The first overdue day is 10-16.
    @Test("green channel across 中秋, 国庆 and two 调休 weekend days: the change falls on 10-16")
    func greenChannelOverdueAcrossNationalDay() throws {
        let timeline = try Self.timeline(
            R.greenChannelDrug(applyingOn: "2026-09-18"), "2026-09-18", "2026-11-30",
            spotChecking: ["2026-09-20", "2026-10-07", "2026-10-10", "2026-10-15", "2026-10-16"])
        #expect(Self.dates(timeline) == ["2026-10-16"])
        #expect(timeline.changes.first?.causes.first { $0.kind == .dueDatePasses }?.date == R.d("2026-10-15"))
        #expect(timeline.nextChange(after: R.d("2026-09-18"), through: R.d("2026-10-15")) == nil)
    }

    /// 「办理时间不超过15个工作日」 ends with the listing: a listing recorded on day 10 (2026-05-19 for
    /// an application of 04-30) ends the duty that day, so nothing becomes overdue afterwards.
    @Test("green channel listed in time: a change on the listing day, none on the would-be overdue day")
    func greenChannelListedInTime() throws {
        let timeline = try Self.timeline(
            R.greenChannelDrug(applyingOn: "2026-04-30").thenListed(on: R.d("2026-05-19")), "2026-04-30", "2026-07-31",
            spotChecking: ["2026-05-18", "2026-05-19", "2026-05-26"])
        #expect(Self.dates(timeline) == ["2026-05-19"])
        let listed = try #require(timeline.changes.first)
        #expect(listed.obligationsRemoved == ["complete-green-channel-listing"])
        #expect(Self.causeKinds(listed) == [.recordedEvent])
        #expect(!timeline.changes.contains { $0.aspects.contains(.overdue) })
    }

    // MARK: - 2022 (四), 2026-3 (六): objections and opinions over time

    /// 2022（四）「医药集中采购机构如收到相关产品专利侵权异议的，可以请知识产权管理部门在…规定期限内出具咨询或侵权
    /// 判定意见…知识产权管理部门逾期未给出参考意见的，企业自主承诺后可以按程序参加集中带量采购或在平台挂网」:
    /// an objection received 05-12 opens the discretion to ask (a change that day); the request of
    /// 05-13 makes the case wait (a change that day); the deadline 06-15 is still in time; on 06-16,
    /// 「逾期未给出」, the enterprise proceeds on its commitment — a change caused by the deadline
    /// passing, with the deadline as the cause's date and the request's deadline field.
    @Test("objection 05-12, request 05-13, deadline 06-15: changes on 05-12, 05-13 and 06-16")
    func opinionDeadlinePasses() throws {
        let objection = ObjectionBuilder.received(on: R.d("2026-05-12"), against: Self.inSuit)
            .withOpinionRequested(on: R.d("2026-05-13"), deadline: R.d("2026-06-15"))
        let timeline = try Self.objectionTimeline(
            objection, from: "2026-05-11", through: "2026-08-31", jurisdiction: .national,
            spotChecking: ["2026-05-11", "2026-05-12", "2026-05-13", "2026-06-15", "2026-06-16"])
        #expect(Self.dates(timeline) == ["2026-05-12", "2026-05-13", "2026-06-16"])
        #expect(Self.change(timeline, on: "2026-05-12")?.flagsAdded.contains(.opinionMayBeRequested) == true)
        #expect(Self.change(timeline, on: "2026-05-13")?.dispositionAfter == .awaitOpinion)
        let passed = try #require(Self.change(timeline, on: "2026-06-16"))
        #expect(passed.dispositionBefore == .awaitOpinion && passed.dispositionAfter == .admitOnSelfCommitment)
        let cause = try #require(passed.causes.first { $0.kind == .opinionDeadlinePasses })
        #expect(cause.date == R.d("2026-06-15") && cause.field?.hasSuffix("deadline") == true)
    }

    /// 2026-3（六）restates the procedure in Beijing from 2026-03-27; the opinion 「作为是否允许相关产品
    /// …在平台挂网的参考」 arrives 06-05, before the deadline: the wait ends that day (a recorded
    /// event), and the deadline's passing afterwards changes nothing — there is no 「逾期未给出」.
    @Test("an opinion arriving before the deadline: the change is on its day, none the day after the deadline")
    func opinionArrives() throws {
        let objection = ObjectionBuilder.received(on: R.d("2026-05-12"), against: Self.inSuit)
            .withOpinion(requestedOn: R.d("2026-05-13"), deadline: R.d("2026-06-15"), answeredOn: R.d("2026-06-05"), finding: .noInfringement)
        let timeline = try Self.objectionTimeline(
            objection, from: "2026-05-11", through: "2026-08-31",
            spotChecking: ["2026-06-04", "2026-06-05", "2026-06-16"])
        #expect(Self.dates(timeline) == ["2026-05-12", "2026-05-13", "2026-06-05"])
        let arrived = try #require(Self.change(timeline, on: "2026-06-05"))
        #expect(arrived.dispositionBefore == .awaitOpinion && arrived.dispositionAfter != .awaitOpinion)
        #expect(Self.causeKinds(arrived).contains(.recordedEvent))
        #expect(arrived.causes.contains { $0.date == R.d("2026-06-05") })
    }

    /// 「收到相关产品专利侵权异议的」: the procedure is for the objection. Withdrawn 06-01, it ends that day
    /// (a recorded event); the deadline's passing on 06-16 is no longer a change.
    @Test("an objection withdrawn on 06-01: the wait ends that day; 06-16 passes unmarked")
    func objectionWithdrawn() throws {
        let objection = ObjectionBuilder.received(on: R.d("2026-05-12"), against: Self.inSuit)
            .withOpinionRequested(on: R.d("2026-05-13"), deadline: R.d("2026-06-15")).withdrawn(on: R.d("2026-06-01"))
        let timeline = try Self.objectionTimeline(
            objection, from: "2026-05-11", through: "2026-08-31",
            spotChecking: ["2026-05-31", "2026-06-01", "2026-06-16"])
        #expect(Self.dates(timeline) == ["2026-05-12", "2026-05-13", "2026-06-01"])
        let withdrawn = try #require(Self.change(timeline, on: "2026-06-01"))
        #expect(withdrawn.dispositionBefore == .awaitOpinion && withdrawn.dispositionAfter != .awaitOpinion)
        #expect(withdrawn.flagsRemoved.contains(.opinionMayBeRequested) || withdrawn.obligationsRemoved.contains("give-opinion"))
        #expect(Self.causeKinds(withdrawn) == [.recordedEvent] && withdrawn.causes.first?.date == R.d("2026-06-01"))
    }

    /// 「规定期限」 is a date the procuring body sets, not a count of working days: a deadline of
    /// 2027-01-15 needs no 2027 schedule. The wait runs through 2027-01-15 and ends on 2027-01-16.
    @Test("an opinion deadline in 2027 is a set date: the wait ends on 2027-01-16, nothing unknown")
    func opinionDeadlineIn2027() throws {
        let objection = ObjectionBuilder.received(on: R.d("2026-12-01"), against: Self.inSuit)
            .withOpinionRequested(on: R.d("2026-12-02"), deadline: R.d("2027-01-15"))
        let timeline = try Self.objectionTimeline(
            objection, from: "2026-11-30", through: "2027-03-31", jurisdiction: .national,
            spotChecking: ["2027-01-15", "2027-01-16", "2027-03-31"])
        #expect(Self.dates(timeline) == ["2026-12-01", "2026-12-02", "2027-01-16"])
        #expect(Self.causeKinds(Self.change(timeline, on: "2027-01-16")) == [.opinionDeadlinePasses])
        #expect(timeline.segments.allSatisfy { !$0.decision.hasUnknownDate })
    }

    // MARK: - 2022 (六), 2026-3 (八): rulings over time

    /// 2022（六）「对正在申报平台挂网的涉事产品，不予挂网」 from the ruling's effective day 06-01; set aside
    /// 07-01 it no longer finds infringement. Two changes, each on the recorded day: refused from
    /// 06-01, back to the ordinary procedure on 07-01.
    @Test("a ruling effective 06-01 and set aside 07-01: refused from 06-01, not from 07-01")
    func rulingTakesEffectAndIsSetAside() throws {
        let facts = R.generic(applyingOn: "2026-05-11")
            .withRuling(RulingBuilder.infringement(of: Self.inSuit, effectiveOn: R.d("2026-06-01")).setAside(on: R.d("2026-07-01")))
        let timeline = try Self.timeline(facts, "2026-05-11", "2026-09-30", spotChecking: ["2026-05-31", "2026-06-01", "2026-06-30", "2026-07-01"])
        #expect(Self.dates(timeline) == ["2026-06-01", "2026-07-01"])
        let effective = try #require(Self.change(timeline, on: "2026-06-01"))
        #expect(effective.dispositionAfter == .refuseListing && Set(Self.causeKinds(effective)) == [.recordedEvent])
        #expect(effective.causes.contains { $0.field == "rulings[0].effectiveOn" && $0.date == R.d("2026-06-01") })
        let setAside = try #require(Self.change(timeline, on: "2026-07-01"))
        #expect(setAside.dispositionBefore == .refuseListing && setAside.dispositionAfter == .ordinaryProcedure)
        #expect(setAside.causes.map(\.date) == [R.d("2026-07-01")] && setAside.causes.first?.field?.hasPrefix("rulings[0]") == true)
    }

    /// 2026-3（八）tier 1 「已明确处于知识产权保护期内的产品，对侵犯该知识产权的仿制产品不予挂网」 holds while
    /// the patent is in force; 2022（六）'s refusal follows the ruling regardless. A patent whose last
    /// day in force is 2026-07-31: the refusal stands throughout, and on 08-01 only its grounds
    /// change (tier 1 leaves), caused by the patent's term ending on 07-31.
    @Test("refusal after a ruling: on the day after the patent's last day only the grounds change")
    func refusalGroundsAfterExpiry() throws {
        let patent = PatentBuilder.compoundPatent(lastDayInForce: R.d("2026-07-31"))
        let facts = R.generic(applyingOn: "2026-05-11")
            .withRuling(RulingBuilder.infringement(of: patent, effectiveOn: R.d("2026-06-01")).asJudgment())
        let timeline = try Self.timeline(facts, "2026-06-01", "2026-09-30", spotChecking: ["2026-07-31", "2026-08-01"])
        #expect(Self.dates(timeline) == ["2026-08-01"])
        let ended = try #require(timeline.changes.first)
        #expect(ended.dispositionBefore == .refuseListing && ended.dispositionAfter == .refuseListing)
        #expect(ended.aspects.contains(.dispositionRules) && !ended.aspects.contains(.disposition))
        #expect(ended.causes.contains { $0.kind == .patentTermEnds && $0.date == R.d("2026-07-31") })
    }

    // MARK: - 2026-3 (四): patent term and exclusivity over time

    /// 2026-3（四）「作出三类声明的,相关药品在相应专利权有效期和市场独占期届满之后方可上市」: with a patent
    /// whose last day in force is 2029-06-17, the deferral holds through that day and ends on
    /// 2029-06-18; the timeline's change falls on 06-18 (not 06-17), caused by the term ending, its
    /// date the last day in force. The dates are calendar dates: nothing about 2029 is unknown.
    @Test("category 3: the change falls on the day after the patent's last day in force, in 2029")
    func patentExpiresIn2029() throws {
        let facts = R.generic(applyingOn: "2026-05-11").withCategory3Declaration(on: .compoundPatent(lastDayInForce: R.d("2029-06-17")))
        let timeline = try Self.timeline(facts, "2029-01-01", "2029-12-31", spotChecking: ["2029-01-01", "2029-06-17", "2029-06-18", "2029-12-31"])
        #expect(Self.dates(timeline) == ["2029-06-18"])
        let free = try #require(timeline.changes.first)
        #expect(free.dispositionBefore == .deferUntil && free.dispositionAfter == .ordinaryProcedure)
        #expect(free.dispositionDateBefore == R.d("2029-06-18"))
        #expect(free.causes.contains { $0.kind == .patentTermEnds && $0.date == R.d("2029-06-17") && $0.field?.hasPrefix("patents[") == true })
        #expect(free.flagsRemoved.contains(.complianceReminder))
        #expect(timeline.segments.allSatisfy { !$0.decision.hasUnknownDate })
    }

    /// 「相应专利权有效期」 is the term as it runs: 200 days of drug-patent term compensation (Patent Law
    /// Art. 42(3)) move the first free day from 2029-06-18 to 2030-01-04 (12 days to 06-30, then
    /// 31+31+30+31+30+31 to 12-31 = 196, and 4 more). The change falls on 2030-01-04, caused by the
    /// term ending on 2030-01-03, and nothing happens on 2029-06-18.
    @Test("term compensation of 200 days: the deferral ends on 2030-01-04, not on 2029-06-18")
    func compensatedTermOverTime() throws {
        let patent = R.patent(expiring: "2029-06-18").withTermCompensation(days: 200, drugApprovedOn: R.d("2020-03-01"))
        let timeline = try Self.timeline(
            R.generic(applyingOn: "2026-05-11").withCategory3Declaration(on: patent), "2029-01-01", "2030-12-31",
            spotChecking: ["2029-06-18", "2030-01-03", "2030-01-04"])
        #expect(Self.dates(timeline) == ["2030-01-04"])
        #expect(timeline.changes.first?.causes.contains { $0.kind == .patentTermEnds && $0.date == R.d("2030-01-03") } == true)
        #expect(timeline.changes.first?.dispositionAfter == .ordinaryProcedure)
    }

    /// The same clause, 「专利权有效期和市场独占期届满之后」: another generic's challenge exclusivity
    /// (reading 32: 12 months from 2029-01-15, so its last day is 2030-01-14) outlasts the patent
    /// (first day no longer in force 2029-06-18). The market stays closed on 2029-06-18; it opens on
    /// 2030-01-15, a change caused by the exclusivity ending, and not on 2030-01-14.
    @Test("an exclusivity outlasting the patent: the deferral ends on 2030-01-15, caused by the exclusivity")
    func exclusivityEnds() throws {
        let facts = R.generic(applyingOn: "2026-05-11").withCategory3Declaration(on: R.patent(expiring: "2029-06-18"))
            .withExclusivity(.patentChallenge(startingOn: R.d("2029-01-15")))
        let timeline = try Self.timeline(facts, "2029-06-01", "2030-03-31", spotChecking: ["2029-06-17", "2029-06-18", "2030-01-14", "2030-01-15"])
        #expect(timeline.segment(on: R.d("2029-06-18"))?.decision.disposition.kind == .deferUntil)
        #expect(!Self.dates(timeline).contains("2030-01-14"))
        let open = try #require(Self.change(timeline, on: "2030-01-15"))
        #expect(open.dispositionBefore == .deferUntil && open.dispositionAfter == .ordinaryProcedure)
        #expect(open.dispositionDateBefore == R.d("2030-01-15"))
        #expect(open.causes.contains { $0.kind == .exclusivityEnds && $0.field?.hasPrefix("exclusivities[") == true })
        #expect(Self.dates(timeline).last == "2030-01-15")
    }

    // MARK: - Past 2026: no schedule (reading 24, Time.md)

    /// 「办理时间不超过15个工作日」 for an application of Thursday 2026-12-10: 12-11 is day 1 and the
    /// working days of December after it (11, 14–18, 21–25, 28–31) are exactly 15, so day 15 is
    /// 2026-12-31 — known from the 2026 schedule alone. The first overdue day, 2027-01-01, is the
    /// day after it, which needs no 2027 schedule: the change must be there, not unknown.
    @Test("due on 2026-12-31: overdue from 2027-01-01 without a 2027 schedule")
    func dueOnTheLastCoveredDay() throws {
        let timeline = try Self.timeline(
            R.greenChannelDrug(applyingOn: "2026-12-10"), "2026-12-10", "2027-02-28",
            spotChecking: ["2026-12-31", "2027-01-01", "2027-02-28"])
        #expect(Self.dates(timeline) == ["2027-01-01"])
        #expect(timeline.changes.first?.obligationsOverdue == ["complete-green-channel-listing"])
        #expect(timeline.segments.allSatisfy { !$0.decision.hasUnknownDate })
        #expect(timeline.segment(on: R.d("2026-12-10"))?.decision.disposition.date == R.d("2026-12-31"))
    }

    /// One day later, 2026-12-11: the December working days after it are 14, so day 15 falls in
    /// 2027, whose 国务院办公厅 notice is not on file. The text counts working days; without the
    /// year's holidays the day cannot be known (Time.md: the calendar never guesses). Documented
    /// reading: the case is still decided, the due date is unknown with year 2027, and nothing
    /// becomes overdue anywhere in the window — not even months later.
    @Test("applied 2026-12-11: the due date is unknown (2027), and no overdue change in a window to 2027-12-31")
    func dueDateUnknownIn2027() throws {
        let timeline = try Self.timeline(
            R.greenChannelDrug(applyingOn: "2026-12-11"), "2026-12-11", "2027-12-31",
            spotChecking: ["2026-12-31", "2027-01-04", "2027-06-30", "2027-12-31"])
        #expect(timeline.changes.isEmpty)
        let decision = try #require(timeline.segments.first?.decision)
        #expect(decision.disposition.kind == .greenChannel && decision.disposition.date == nil)
        #expect(decision.disposition.unknownDate?.year == 2027 && decision.disposition.unknownDate?.reason == .noWorkingDaySchedule)
        let duty = try #require(decision.obligations.first { $0.code == "complete-green-channel-listing" })
        #expect(duty.due == nil && duty.overdueSince == nil && duty.unknownDue?.year == 2027)
        // Strict evaluation refuses instead of guessing; the 12-10 case needs no 2027 schedule.
        #expect(throws: EvaluationError.self) {
            try Evaluator(unknownDates: .fail).timeline(R.greenChannelDrug(applyingOn: "2026-12-11").build(), from: R.d("2026-12-11"), through: R.d("2027-03-31"))
        }
        #expect(throws: Never.self) {
            try Evaluator(unknownDates: .fail).timeline(R.greenChannelDrug(applyingOn: "2026-12-10").build(), from: R.d("2026-12-10"), through: R.d("2027-03-31"))
        }
    }

    /// An application lodged in 2027 (2027-01-05): every working day of its 15 lies in a year with no
    /// notice on file. The timeline changes on the application day (a recorded event, a calendar
    /// date, known); the channel's due date is unknown (reading 24), not a guessed Monday–Friday
    /// count, and no later change is invented.
    @Test("an application of 2027-01-05: a change on its day, the due date unknown, nothing later")
    func applicationIn2027() throws {
        let timeline = try Self.timeline(
            R.greenChannelDrug(applyingOn: "2027-01-05"), "2026-12-01", "2027-06-30",
            spotChecking: ["2027-01-04", "2027-01-05", "2027-01-27", "2027-06-30"])
        #expect(Self.dates(timeline) == ["2027-01-05"])
        let applied = try #require(timeline.changes.first)
        #expect(applied.dispositionAfter == .greenChannel && applied.dispositionDateAfter == nil)
        #expect(applied.causes.contains { $0.kind == .recordedEvent && $0.date == R.d("2027-01-05") })
        let decision = try #require(timeline.segment(on: R.d("2027-01-05"))?.decision)
        #expect(decision.disposition.unknownDate?.year == 2027 && decision.overdueObligations.isEmpty)
    }

    /// 「办理时间不超过15个工作日」 with its due date unknown (application 2026-12-11): the listing on
    /// 2027-01-20 is a recorded calendar date and ends the duty; the timeline marks it that day,
    /// with the listing as its cause, though the due date itself was never known.
    @Test("an unknown due date ended by a listing on 2027-01-20: the change is on the listing day")
    func unknownDueEndedByListing() throws {
        let timeline = try Self.timeline(
            R.greenChannelDrug(applyingOn: "2026-12-11").thenListed(on: R.d("2027-01-20")), "2026-12-11", "2027-03-31",
            spotChecking: ["2027-01-19", "2027-01-20"])
        #expect(Self.dates(timeline) == ["2027-01-20"])
        let listed = try #require(timeline.changes.first)
        #expect(listed.dispositionBefore == .greenChannel && listed.obligationsRemoved == ["complete-green-channel-listing"])
        #expect(Self.causeKinds(listed) == [.recordedEvent] && listed.causes.first?.date == R.d("2027-01-20"))
        #expect(!listed.aspects.contains(.overdue))
    }

    /// With a 2027 schedule supplied (here an illustrative one: 元旦 2027-01-01 off), the count is
    /// the text's: after 2026-12-11, the 14 December working days, then 2027-01-04 is day 15; the
    /// first overdue day is 2027-01-05 and the timeline changes there.
    @Test("applied 2026-12-11 with a 2027 schedule supplied: due 2027-01-04, overdue from 2027-01-05")
    func dueDateWithSuppliedSchedule() throws {
        let schedule = try YearSchedule.parseCSV("date,status,festival\n2027-01-01,off,元旦\n")
        let evaluator = Evaluator(calendar: try WorkingDayCalendar.china.adding(contentsOf: schedule))
        let facts = R.greenChannelDrug(applyingOn: "2026-12-11").build()
        let timeline = try evaluator.timeline(facts, from: R.d("2026-12-11"), through: R.d("2027-03-31"))
        #expect(Self.dates(timeline) == ["2027-01-05"])
        #expect(timeline.segments.first?.decision.disposition.date == R.d("2027-01-04"))
        #expect(timeline.changes.first?.causes.first?.date == R.d("2027-01-04"))
        for day in ["2027-01-04", "2027-01-05"] {
            let decision = try evaluator.evaluate(facts, asOf: R.d(day))
            #expect(timeline.segment(on: R.d(day))?.decision.hasSameOutcome(as: decision) == true)
        }
    }

    // MARK: - More edges over time

    /// 「办理时间不超过15个工作日」 for an application lodged on a 法定节假日, 2026-10-01 (国庆): the start
    /// day is not counted and the holiday days are not working days; 10-08 is day 1, 10-09 day 2,
    /// Saturday 10-10 (调休) day 3, 10-12–16 days 4–8, 10-19–23 days 9–13, 10-26 day 14, 10-27 day
    /// 15. The timeline's only change is 10-28, the first overdue day.
    @Test("green channel applied on 国庆 (10-01): due 10-27, the change on 10-28")
    func greenChannelAppliedOnHoliday() throws {
        let timeline = try Self.timeline(
            R.greenChannelDrug(applyingOn: "2026-10-01"), "2026-10-01", "2026-12-31",
            spotChecking: ["2026-10-08", "2026-10-27", "2026-10-28"])
        #expect(timeline.segments.first?.decision.disposition.date == R.d("2026-10-27"))
        #expect(Self.dates(timeline) == ["2026-10-28"])
        #expect(timeline.changes.first?.causes.contains { $0.kind == .dueDatePasses && $0.date == R.d("2026-10-27") } == true)
    }

    /// A window that opens after the duty is already overdue (the 04-30 application, due 05-25):
    /// the first segment already shows the duty overdue since 05-26, and no change is invented on
    /// the window's first day or later.
    @Test("a window opening after the due date: overdue in the first segment, no change")
    func windowOpeningWhenOverdue() throws {
        let timeline = try Self.timeline(
            R.greenChannelDrug(applyingOn: "2026-04-30"), "2026-06-01", "2026-06-30", spotChecking: ["2026-06-01", "2026-06-30"])
        #expect(timeline.changes.isEmpty && timeline.segments.count == 1)
        let overdue = timeline.segments.first?.decision.overdueObligations ?? []
        #expect(overdue.map(\.code) == ["complete-green-channel-listing"] && overdue.first?.overdueSince == R.d("2026-05-26"))
    }

    /// 2022（四）「在…规定期限内出具」 with a deadline the round set on 2026-10-01 (国庆). The texts do not
    /// roll the deadline past the holiday; the library takes the date as set (Readings, row 37):
    /// the wait ends on 10-02, caused by the deadline passing. An opinion arriving 10-08, after
    /// 「逾期未给出」, does not bring the wait back.
    @Test("an opinion deadline on 国庆: the wait ends 10-02; a late opinion on 10-08 does not restore it")
    func deadlineOnHolidayOverTime() throws {
        let objection = ObjectionBuilder.received(on: R.d("2026-09-08"), against: Self.inSuit)
            .withOpinion(requestedOn: R.d("2026-09-09"), deadline: R.d("2026-10-01"), answeredOn: R.d("2026-10-08"), finding: .noInfringement)
        let timeline = try Self.objectionTimeline(
            objection, from: "2026-09-07", through: "2026-11-30",
            spotChecking: ["2026-10-01", "2026-10-02", "2026-10-08"])
        let passed = try #require(Self.change(timeline, on: "2026-10-02"))
        #expect(passed.dispositionBefore == .awaitOpinion && passed.dispositionAfter == .admitOnSelfCommitment)
        #expect(passed.causes.contains { $0.kind == .opinionDeadlinePasses && $0.date == R.d("2026-10-01") })
        #expect(!Self.dates(timeline).contains("2026-10-01"))
        #expect(timeline.segment(on: R.d("2026-10-08"))?.decision.disposition.kind == .admitOnSelfCommitment)
    }

    /// 2026-3（四）「专利权有效期…届满之后方可上市」: a patent terminated early (unpaid fees) on 2026-07-01
    /// no longer has a term to wait for — the deferral ends that day; restored on 2026-08-03 it
    /// has one again. Two changes, each on the recorded day, each caused by the patent's event.
    @Test("category 3: a patent terminated 07-01 and restored 08-03 ends and restores the deferral on those days")
    func patentTerminatedAndRestored() throws {
        let patent = Self.inSuit.terminated(on: R.d("2026-07-01")).restored(on: R.d("2026-08-03"))
        let timeline = try Self.timeline(
            R.generic(applyingOn: "2026-05-11").withCategory3Declaration(on: patent), "2026-05-11", "2026-12-31",
            spotChecking: ["2026-06-30", "2026-07-01", "2026-08-02", "2026-08-03"])
        #expect(Self.dates(timeline) == ["2026-07-01", "2026-08-03"])
        let ended = try #require(Self.change(timeline, on: "2026-07-01"))
        #expect(ended.dispositionBefore == .deferUntil && ended.dispositionAfter == .ordinaryProcedure)
        #expect(ended.causes.contains { $0.date == R.d("2026-07-01") && $0.field?.hasPrefix("patents[0]") == true })
        let back = try #require(Self.change(timeline, on: "2026-08-03"))
        #expect(back.dispositionAfter == .deferUntil && back.dispositionDateAfter == R.d("2031-05-20"))
    }

    /// 「市场独占期届满之后」: an exclusivity ended early (2029-09-01) is over from that day; with the
    /// patent already past (first free day 2029-06-18), the market opens on 2029-09-01 — caused by
    /// the exclusivity's end — and not on the 12-month date 2030-01-15.
    @Test("an exclusivity ended early on 2029-09-01 opens the market that day, not on 2030-01-15")
    func exclusivityEndedEarly() throws {
        let facts = R.generic(applyingOn: "2026-05-11").withCategory3Declaration(on: R.patent(expiring: "2029-06-18"))
            .withExclusivity(ExclusivityBuilder.patentChallenge(startingOn: R.d("2029-01-15")).endedEarly(on: R.d("2029-09-01")))
        let timeline = try Self.timeline(facts, "2029-06-01", "2030-03-31", spotChecking: ["2029-08-31", "2029-09-01", "2030-01-15"])
        let open = try #require(Self.change(timeline, on: "2029-09-01"))
        #expect(open.dispositionBefore == .deferUntil && open.dispositionAfter == .ordinaryProcedure)
        #expect(open.causes.contains { $0.field?.hasPrefix("exclusivities[0]") == true })
        #expect(!Self.dates(timeline).contains("2030-01-15"))
    }

    /// 2026-3（三）「对经查实违反承诺或存在虚假承诺的，按照医药价格和招采信用评价制度处理」: a commitment found
    /// false on 2026-03-20, before the document, is referred from its first day (reading 26). The
    /// timeline adds the referral on 2026-03-27, caused by the document, not on 03-20.
    @Test("a false commitment found 03-20: the credit referral arrives on 03-27 with the document")
    func falseCommitmentReferral() throws {
        let timeline = try Self.timeline(
            R.generic(applyingOn: "2026-03-02").selfCommitmentFoundFalse(on: R.d("2026-03-20")), "2026-03-02", "2026-05-31",
            spotChecking: ["2026-03-20", "2026-03-26", "2026-03-27"])
        let referral = try #require(timeline.changes.first { $0.consequencesAdded.contains(.referToCreditEvaluation) })
        #expect(referral.date == R.d("2026-03-27"))
        #expect(referral.causes.contains { $0.kind == .documentTakesEffect && $0.document == .beijing2026_3 })
        #expect(Self.change(timeline, on: "2026-03-20")?.consequencesAdded.contains(.referToCreditEvaluation) != true)
    }

    // MARK: - Consistency

    /// The timeline is a compression of daily decisions: over a window with many dated facts (a
    /// green-channel duty going overdue, an objection and its deadline, a ruling set aside), the
    /// segment on every day equals `evaluate` on that day.
    @Test("a busy window: every day's evaluate equals the timeline's segment")
    func dayByDayConsistency() throws {
        let objection = ObjectionBuilder.received(on: R.d("2026-05-12"), against: Self.inSuit)
            .withOpinionRequested(on: R.d("2026-05-13"), deadline: R.d("2026-06-15"))
        let facts = R.greenChannelDrug(applyingOn: "2026-03-20").withObjection(objection)
            .withRuling(RulingBuilder.infringement(of: Self.inSuit, effectiveOn: R.d("2026-06-20")).setAside(on: R.d("2026-07-10")))
            .build()
        let timeline = try R.evaluator.timeline(facts, from: R.d("2026-03-01"), through: R.d("2026-08-31"))
        #expect(TimelineExpectation.dayByDayMismatches(of: timeline, for: facts, evaluator: R.evaluator).isEmpty)
        #expect(timeline.changes.count >= 5)
        #expect(timeline.evaluations < 184, "built from candidate dates, not day by day")
    }
}
