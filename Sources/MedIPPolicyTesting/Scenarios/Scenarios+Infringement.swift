// Scenarios on disputes, rulings and the three tiers of 京医保发〔2026〕3号 (八), with the national
// opinion's (五)(六). Expected decisions derived by hand from the texts and RuleSet.standard.

extension Scenarios {
    /// The dispute and ruling scenarios, in order.
    public static let infringement: [Scenario] = [
        suspendDayBefore2026_3, suspendFirstDay2026_3, refuseInfringingCopy, refuseAfterRulingOnExpiredPatent,
        listedAndSelectedJudgment, selectedProductJudgmentNational, listedProductJudgmentNational,
        rulingNotYetCopied, rulingNoInfringement, delistedAppealing, delistedAppealSucceeds,
        pendingDisputeListed, settledDispute,
    ]

    /// A composition patent filed 2013-07-01, granted 2016-07-01, expiring 2033-07-01.
    static let compositionPatent = PatentBuilder.compositionPatent(expiringOn: day(2033, 7, 1))
    /// A compound patent filed 2011-05-20, granted 2014-05-20, expiring 2031-05-20.
    static let compoundPatent2031 = PatentBuilder.compoundPatent(expiringOn: day(2031, 5, 20))

    /// A generic applying in Beijing on 2026-02-02 whose objection (received 2026-03-02) was found
    /// to carry infringement risk on 2026-03-16, and against which a court accepted a dispute on
    /// 2026-03-20.
    private static let riskAndDispute = CaseBuilder.generic()
        .applyingForListing(on: day(2026, 2, 2), round: "2026年第一批药品挂网")
        .withObjection(.received(on: day(2026, 3, 2), against: compositionPatent).foundRisk(on: day(2026, 3, 16)))
        .withDispute(.filed(on: day(2026, 3, 20), in: .court, over: compositionPatent))

    /// Risk found in the objection procedure and a dispute accepted by a court, evaluated on
    /// **2026-03-26**, the day before 京医保发〔2026〕3号.
    ///
    /// The national opinion has no suspension tier. The objection procedure ended with its outcome
    /// (risk found, 2026-03-16), so no opinion can be requested any more; the agency may point the
    /// parties to the forums (2022 (五)). The dispute is before a court, not an IP administration,
    /// so the IP administration has no request to handle. Nothing holds the application.
    ///
    /// Expected: `ordinaryProcedure` with basis `notAddressed`, regime
    /// `[national-2022-45, beijing-2024-5]`; flag `informPartiesOfForums`; no obligations.
    public static let suspendDayBefore2026_3 = Scenario(
        name: "suspend-day-before-2026-3",
        summary: "The day before 2026-3: risk found and a dispute accepted, but no suspension tier exists yet.",
        measures: [M.n22(4), M.n22(5), M.b263(8)],
        facts: riskAndDispute.withID("scenario-suspend-day-before-2026-3").build(),
        asOf: day(2026, 3, 26),
        expected: DecisionExpectation(
            disposition: .ordinaryProcedure, date: .undated, rules: [], basis: .notAddressed, concurrent: [],
            consequences: [], flags: [.informPartiesOfForums], measures: [M.n22(5)], regime: Regimes.beijing2024))

    /// The same facts on **2026-03-27**, the first day of 京医保发〔2026〕3号.
    ///
    /// Tier 2 of (八): found at risk (the finding survives the end of the objection procedure)
    /// **and** in an accepted dispute, so review of the new listing application is suspended.
    /// (七) adds its forum and mediation flags. The dispute is before a court: neither 2022 (五)'s
    /// efficient handling nor (七)'s fast track for administrative rulings applies.
    ///
    /// Expected: `suspendNewListingReview`; flags `informPartiesOfForums`, `mediationEncouraged`;
    /// no obligations.
    public static let suspendFirstDay2026_3 = Scenario(
        name: "suspend-first-day-2026-3",
        summary: "2026-3's first day: risk found and a dispute accepted suspend review of the new listing application (八, tier 2).",
        measures: [M.b263(7), M.b263(8)],
        facts: riskAndDispute.withID("scenario-suspend-first-day-2026-3").build(),
        asOf: day(2026, 3, 27),
        expected: DecisionExpectation(
            disposition: .suspendNewListingReview, date: .undated, rules: [R.b263Suspend], basis: .rules, concurrent: [],
            consequences: [], flags: [.informPartiesOfForums, .mediationEncouraged],
            measures: [M.n22(5), M.b263(7), M.b263(8)],
            regime: Regimes.beijing2026_3))

    /// A generic applying in Beijing on 2026-05-11 after an administrative ruling, effective
    /// 2026-04-20 and served and copied that day, found that it infringes a compound patent in
    /// force until 2031-05-19; evaluated 2026-11-23.
    ///
    /// Tier 1 of 2026-3 (八): an infringing copy of a product clearly within its protection period
    /// is not listed; 2022 (六) refuses listing after the ruling too. The generic holder found
    /// infringing enters drug-safety credit management (2026-3 (五)).
    ///
    /// Expected: `refuseListing` by 2022 (六) and 2026-3 (八); consequence
    /// `includeInDrugSafetyCredit`; no flags.
    public static let refuseInfringingCopy = Scenario(
        name: "refuse-infringing-copy",
        summary: "Tier 1: a copy found infringing a patent in force is not listed.",
        measures: [M.n22(6), M.b263(5), M.b263(8)],
        facts: CaseBuilder.generic().withID("scenario-refuse-infringing-copy")
            .withRuling(.infringement(of: compoundPatent2031, effectiveOn: day(2026, 4, 20)))
            .build(),
        asOf: day(2026, 11, 23),
        expected: DecisionExpectation(
            disposition: .refuseListing, date: .undated, rules: [R.n22RefuseAfterRuling, R.b263RefuseCopy],
            concurrent: [], consequences: [.includeInDrugSafetyCredit],
            flags: [], measures: [M.n22(6), M.b263(5), M.b263(8)],
            regime: Regimes.beijingAll))

    /// As ``refuseInfringingCopy``, but the patent (filed 2006-07-01) expired on 2026-07-01, after
    /// the ruling of 2026-03-10 and before the evaluation on 2026-11-23.
    ///
    /// 2026-3 (八) tier 1 is about products *clearly within* their protection period: no longer
    /// so. 2022 (六) refuses listing on the ruling alone, which still stands. The difference shows
    /// in the rules behind the refusal.
    ///
    /// Expected: `refuseListing` by 2022 (六) only; consequence `includeInDrugSafetyCredit`.
    public static let refuseAfterRulingOnExpiredPatent = Scenario(
        name: "refuse-after-ruling-on-expired-patent",
        summary: "A ruling on a patent that has since expired: 2022 (六) still refuses listing; 2026-3 (八) tier 1 does not apply.",
        measures: [M.n22(6), M.b263(8)],
        facts: CaseBuilder.generic().withID("scenario-refuse-after-ruling-on-expired-patent")
            .withRuling(.infringement(of: .compoundPatent(expiringOn: day(2026, 7, 1)), effectiveOn: day(2026, 3, 10)))
            .build(),
        asOf: day(2026, 11, 23),
        expected: DecisionExpectation(
            disposition: .refuseListing, date: .undated, rules: [R.n22RefuseAfterRuling], concurrent: [],
            consequences: [.includeInDrugSafetyCredit], flags: [],
            measures: [M.n22(6), M.b263(5)], regime: Regimes.beijingAll))

    /// A generic listed in Beijing on 2025-03-03 and selected in VBP on 2025-09-01; a court
    /// accepted the originator's dispute on 2026-01-12 and an effective judgment of 2026-08-18
    /// found infringement; evaluated 2026-11-23.
    ///
    /// Tier 3 of 2026-3 (八) with 2022 (五)(六): the selection is cancelled **and** the listing
    /// revoked — two rank-0 dispositions that stand together (`cancelSelection` is reported first,
    /// `revokeListing` as concurrent). The dispute arose after the selection result (产生中选结果后),
    /// so the declaring enterprise bears liability (2022 (四), 2026-3 (三)); the generic holder
    /// enters drug-safety credit (五).
    ///
    /// Expected: `cancelSelection` with concurrent `revokeListing`; consequences
    /// `declaringEnterpriseBearsLiability`, `includeInDrugSafetyCredit`.
    public static let listedAndSelectedJudgment = Scenario(
        name: "listed-and-selected-judgment",
        summary: "Tier 3: a listed and selected product found infringing loses its selection and its listing.",
        measures: [M.n22(4), M.n22(5), M.n22(6), M.b263(3), M.b263(5), M.b263(8)],
        facts: CaseBuilder.generic().withID("scenario-listed-and-selected-judgment")
            .listed(on: day(2025, 3, 3)).thenSelectedInVBP(on: day(2025, 9, 1))
            .withDispute(.filed(on: day(2026, 1, 12), in: .court, over: compoundPatent2031)
                .decided(by: RulingBuilder.infringement(of: compoundPatent2031, effectiveOn: day(2026, 8, 18)).asJudgment()))
            .build(),
        asOf: day(2026, 11, 23),
        expected: DecisionExpectation(
            disposition: .cancelSelection, date: .undated, rules: [R.n22CancelSelection, R.b263CancelSelection],
            concurrent: [.revokeListing],
            consequences: [.declaringEnterpriseBearsLiability, .includeInDrugSafetyCredit], flags: [],
            measures: [M.n22(4), M.n22(5), M.n22(6), M.b263(3), M.b263(5), M.b263(8)],
            regime: Regimes.beijingAll))

    /// Outside Beijing, a product selected in VBP on 2025-06-30 is found infringing by an
    /// effective judgment of 2026-09-01 (no dispute record); evaluated 2026-11-23.
    ///
    /// 2022 (六): a selected product found infringing loses its selection. Not listed, so nothing
    /// to delist; no dispute after selection is on record, so no liability consequence.
    ///
    /// Expected: `cancelSelection` by 2022 (六), nothing concurrent; regime `[national-2022-45]`.
    public static let selectedProductJudgmentNational = Scenario(
        name: "selected-product-judgment-national",
        summary: "Outside Beijing, a VBP-selected product found infringing loses its selection (2022 (六)).",
        measures: [M.n22(6)],
        facts: CaseBuilder.generic().withID("scenario-selected-product-judgment-national").inJurisdiction(.national)
            .selectedInVBP(on: day(2025, 6, 30))
            .withRuling(RulingBuilder.infringement(of: compositionPatent, effectiveOn: day(2026, 9, 1)).asJudgment())
            .build(),
        asOf: day(2026, 11, 23),
        expected: DecisionExpectation(
            disposition: .cancelSelection, date: .undated, rules: [R.n22CancelSelection], concurrent: [],
            consequences: [], flags: [], measures: [M.n22(6)], regime: Regimes.national))

    /// Outside Beijing, a product listed on 2025-01-10; a court accepted a dispute on 2025-09-01
    /// and an effective judgment of 2026-07-15 (served that day, copied on 2026-07-20) found
    /// infringement; evaluated 2026-11-23.
    ///
    /// 2022 (五) delists a product whose infringement is clearly established and (六) delists on
    /// the judgment. The dispute arose after listing but with no selection and no purchase
    /// transaction on record, and 2022 (四)'s liability attaches to those (产生中选结果或挂网采购交易后),
    /// not to listing alone: no liability consequence. A court judgment is not a case the IP
    /// administration handled, so nothing is owed under (六)'s serving and copying either.
    ///
    /// Expected: `revokeListing` by 2022 (五)(六); no consequences.
    public static let listedProductJudgmentNational = Scenario(
        name: "listed-product-judgment-national",
        summary: "Outside Beijing, a listed product found infringing by an effective judgment is delisted (2022 (五)(六)).",
        measures: [M.n22(4), M.n22(5), M.n22(6)],
        facts: CaseBuilder.generic().withID("scenario-listed-product-judgment-national").inJurisdiction(.national)
            .listed(on: day(2025, 1, 10))
            .withDispute(.filed(on: day(2025, 9, 1), in: .court, over: compoundPatent2031)
                .decided(by: RulingBuilder.infringement(of: compoundPatent2031, effectiveOn: day(2026, 7, 15))
                    .asJudgment().copiedToHealthcareSecurity(on: day(2026, 7, 20))))
            .build(),
        asOf: day(2026, 11, 23),
        expected: DecisionExpectation(
            disposition: .revokeListing, date: .undated, rules: [R.n22DelistClear, R.n22DelistAfterRuling],
            concurrent: [], consequences: [], flags: [],
            measures: [M.n22(5), M.n22(6)], regime: Regimes.national))

    /// A generic listed in Beijing since 2025-04-01; an administrative ruling effective 2026-10-09
    /// found infringement of a medical-use patent in force; it was served on 2026-10-12 but not
    /// copied to the healthcare-security administration; evaluated 2026-11-23.
    ///
    /// Tier 3 of 2026-3 (八) and 2022 (五)(六) revoke the listing. Until the result is both served
    /// and copied, the IP administration owes that (2022 (六)).
    ///
    /// Expected: `revokeListing`; obligation `serve-and-copy-result` (`must`); consequence
    /// `includeInDrugSafetyCredit`; no flags.
    public static let rulingNotYetCopied = Scenario(
        name: "ruling-not-yet-copied",
        summary: "A listed product found infringing is delisted; the ruling still has to be copied to the healthcare-security administration.",
        measures: [M.n22(5), M.n22(6), M.b263(8)],
        facts: CaseBuilder.generic().withID("scenario-ruling-not-yet-copied")
            .listed(on: day(2025, 4, 1))
            .withRuling(.infringement(of: .medicalUsePatent(expiringOn: day(2032, 11, 30)), effectiveOn: day(2026, 10, 9))
                .served(on: day(2026, 10, 12)).notYetCopied())
            .build(),
        asOf: day(2026, 11, 23),
        expected: DecisionExpectation(
            disposition: .revokeListing, date: .undated,
            rules: [R.n22DelistClear, R.n22DelistAfterRuling, R.b263RevokeListing], concurrent: [],
            obligations: [O.serveAndCopy], consequences: [.includeInDrugSafetyCredit],
            flags: [],
            measures: [M.n22(5), M.n22(6), M.b263(5), M.b263(8)], regime: Regimes.beijingAll))

    /// As ``rulingNotYetCopied`` but the ruling finds **no** infringement.
    ///
    /// Nothing happens to the listing; the IP administration still owes serving and copying the
    /// result (2022 (六)). No rule addresses the listing's standing.
    ///
    /// Expected: `ordinaryProcedure` with basis `notAddressed`; obligation `serve-and-copy-result`;
    /// no consequences or flags.
    public static let rulingNoInfringement = Scenario(
        name: "ruling-no-infringement",
        summary: "A ruling finding no infringement leaves the listing alone; the result must still be copied.",
        measures: [M.n22(6)],
        facts: CaseBuilder.generic().withID("scenario-ruling-no-infringement")
            .listed(on: day(2025, 4, 1))
            .withRuling(.noInfringement(of: .medicalUsePatent(expiringOn: day(2032, 11, 30)), effectiveOn: day(2026, 10, 9))
                .served(on: day(2026, 10, 12)).notYetCopied())
            .build(),
        asOf: day(2026, 11, 23),
        expected: DecisionExpectation(
            disposition: .ordinaryProcedure, date: .undated, rules: [], basis: .notAddressed, concurrent: [],
            obligations: [O.serveAndCopy], consequences: [], flags: [],
            measures: [M.n22(6)], regime: Regimes.beijingAll))

    /// A generic listed 2025-01-10, found infringing by an administrative ruling effective
    /// 2026-05-20 on the dispute accepted 2026-01-15, delisted 2026-06-01; while appealing it
    /// applies again on 2026-09-01.
    private static let delistedAndReapplying = CaseBuilder.generic()
        .listed(on: day(2025, 1, 10))
        .thenDelisted(on: day(2026, 6, 1))
        .thenReapplyingForListing(on: day(2026, 9, 1), round: "2026年第三批药品挂网")

    private static let appealedRuling = RulingBuilder.infringement(of: compoundPatent2031, effectiveOn: day(2026, 5, 20))

    /// The delisted product appealing and re-applying, evaluated 2026-11-23 with the ruling still
    /// effective (an appeal does not set it aside).
    ///
    /// A product applying for listing after a ruling of infringement is not listed (2022 (六));
    /// the patent is in force, so 2026-3 (八) tier 1 refuses too. The dispute arose after the
    /// first listing, but liability attaches to a selection or a purchase transaction, neither on
    /// record (2022 (四), 2026-3 (三)); the generic holder enters drug-safety credit (五).
    ///
    /// Expected: `refuseListing`; consequence `includeInDrugSafetyCredit`.
    public static let delistedAppealing = Scenario(
        name: "delisted-appealing",
        summary: "A delisted product re-applying while it appeals: the ruling stands, so the new application is refused.",
        measures: [M.n22(6), M.b263(5), M.b263(8)],
        facts: delistedAndReapplying.withID("scenario-delisted-appealing")
            .withDispute(.filed(on: day(2026, 1, 15), in: .ipAdministration, over: compoundPatent2031).decided(by: appealedRuling))
            .build(),
        asOf: day(2026, 11, 23),
        expected: DecisionExpectation(
            disposition: .refuseListing, date: .undated, rules: [R.n22RefuseAfterRuling, R.b263RefuseCopy],
            concurrent: [], consequences: [.includeInDrugSafetyCredit], flags: [],
            measures: [M.n22(6), M.b263(5), M.b263(8)],
            regime: Regimes.beijingAll))

    /// As ``delistedAppealing`` but the ruling was set aside on appeal on 2026-10-15.
    ///
    /// From that day the ruling no longer counts: no refusal, no drug-safety credit and nothing
    /// left to copy. The dispute arose after listing only (no selection, no purchase transaction)
    /// and ended without a standing finding of infringement: no liability.
    ///
    /// Expected: `ordinaryProcedure` with basis `notAddressed`; no consequences or flags.
    public static let delistedAppealSucceeds = Scenario(
        name: "delisted-appeal-succeeds",
        summary: "The ruling is set aside on appeal: the re-application is no longer refused.",
        measures: [M.n22(4), M.n22(6), M.b263(3)],
        facts: delistedAndReapplying.withID("scenario-delisted-appeal-succeeds")
            .withDispute(.filed(on: day(2026, 1, 15), in: .ipAdministration, over: compoundPatent2031)
                .decided(by: appealedRuling.setAside(on: day(2026, 10, 15))))
            .build(),
        asOf: day(2026, 11, 23),
        expected: DecisionExpectation(
            disposition: .ordinaryProcedure, date: .undated, rules: [], basis: .notAddressed, concurrent: [],
            consequences: [], flags: [], measures: [], regime: Regimes.beijingAll))

    /// A generic listed in Beijing since 2025-03-03; the originator's dispute was accepted by an IP
    /// administration on 2026-05-10 and is pending on 2026-11-23.
    ///
    /// A pending dispute before an IP administration: the parties may be pointed to the forums
    /// (2022 (五), 2026-3 (七)), mediation is encouraged, and the IP administration shall handle it
    /// efficiently (2022 (五)) on the fast track for administrative rulings (2026-3 (七)). It arose
    /// after listing but with no selection or purchase transaction on record, so no liability
    /// (2022 (四), 2026-3 (三)). A dispute alone does not hold a listed product.
    ///
    /// Expected: `ordinaryProcedure` with basis `notAddressed`; obligations
    /// `handle-dispute-efficiently` (`shall`), `fast-track-ruling` (`commit`); flags
    /// `informPartiesOfForums`, `mediationEncouraged`; no consequences.
    public static let pendingDisputeListed = Scenario(
        name: "pending-dispute-listed",
        summary: "A pending dispute before an IP administration over a listed product: forums, mediation, efficient handling on the fast track; the listing stands.",
        measures: [M.n22(5), M.b263(7)],
        facts: CaseBuilder.generic().withID("scenario-pending-dispute-listed")
            .listed(on: day(2025, 3, 3))
            .withDispute(.filed(on: day(2026, 5, 10), in: .ipAdministration, over: compoundPatent2031))
            .build(),
        asOf: day(2026, 11, 23),
        expected: DecisionExpectation(
            disposition: .ordinaryProcedure, date: .undated, rules: [], basis: .notAddressed, concurrent: [],
            obligations: [O.handleDispute, O.fastTrack],
            consequences: [], flags: [.informPartiesOfForums, .mediationEncouraged],
            measures: [M.n22(5), M.b263(7)], regime: Regimes.beijingAll))

    /// As ``pendingDisputeListed`` but filed in court and settled by the parties on 2026-08-01.
    ///
    /// A settled dispute is no longer pending (2026-3 (七)): no forum or mediation flags. It arose
    /// after listing only and was settled without a finding of infringement: no liability.
    ///
    /// Expected: `ordinaryProcedure` with basis `notAddressed`; no consequences or flags.
    public static let settledDispute = Scenario(
        name: "settled-dispute",
        summary: "A settled dispute no longer counts as pending, and leaves no liability.",
        measures: [M.n22(4), M.b263(3), M.b263(7)],
        facts: CaseBuilder.generic().withID("scenario-settled-dispute")
            .listed(on: day(2025, 3, 3))
            .withDispute(.filed(on: day(2026, 5, 10), in: .court, over: compoundPatent2031).settled(on: day(2026, 8, 1)))
            .build(),
        asOf: day(2026, 11, 23),
        expected: DecisionExpectation(
            disposition: .ordinaryProcedure, date: .undated, rules: [], basis: .notAddressed, concurrent: [],
            consequences: [], flags: [], measures: [], regime: Regimes.beijingAll))
}
