// Scenarios on key products (2022 (七), 2026-3 (一)) and patent linkage (2026-3 (三)(四)).
// Expected decisions derived by hand from the texts and RuleSet.standard.

extension Scenarios {
    /// The key-product scenarios, in order.
    public static let keyProducts: [Scenario] = [keyProductNationalVBP, keyProductBeijingListing]

    /// The patent-linkage scenarios, in order.
    public static let linkage: [Scenario] = [
        category3Deferred, category3LastDayOfPatent, category3DayAfterPatentExpiry, category3OwnCommitment,
        category3ExclusivityOutlastsPatent, category3PatentInvalidated, category3DayBefore2026_3,
        category3FirstDay2026_3, biosimilarCategory3,
    ]

    /// Outside Beijing, a generic taking part in a VBP round from 2026-05-11, flagged large in
    /// scale, high in attention and with IP risk; evaluated 2026-11-23.
    ///
    /// 2022 (七): products planned for VBP that are large, high-attention and carry IP risk get
    /// focused attention and advance assessment — a flag, not a disposition.
    ///
    /// Expected: `ordinaryProcedure` (basis `notAddressed`); flag `keyProductJointAssessment` by
    /// 2022 (七).
    public static let keyProductNationalVBP = Scenario(
        name: "key-product-national-vbp",
        summary: "A key product in a VBP round outside Beijing is flagged for joint assessment (2022 (七)).",
        measures: [M.n22(7)],
        facts: CaseBuilder.generic().withID("scenario-key-product-national-vbp").inJurisdiction(.national)
            .participatingInVBP(on: day(2026, 5, 11)).asKeyProduct().build(),
        asOf: day(2026, 11, 23),
        expected: DecisionExpectation(
            disposition: .ordinaryProcedure, date: .undated, rules: [], basis: .notAddressed, concurrent: [], consequences: [],
            flags: [.keyProductJointAssessment], measures: [M.n22(7)], regime: Regimes.national))

    /// A key product applying for **listing** (not VBP) in Beijing on 2026-05-11; evaluated
    /// 2026-11-23.
    ///
    /// 2022 (七) is about products planned for VBP, so it does not fire; 2026-3 (一) covers key
    /// products with IP risk in general: joint assessment across departments.
    ///
    /// Expected: `ordinaryProcedure` (basis `notAddressed`); flag `keyProductJointAssessment` by
    /// 2026-3 (一).
    public static let keyProductBeijingListing = Scenario(
        name: "key-product-beijing-listing",
        summary: "A key product applying for listing in Beijing is flagged for joint assessment (2026-3 (一)), not under 2022 (七).",
        measures: [M.n22(7), M.b263(1)],
        facts: CaseBuilder.generic().withID("scenario-key-product-beijing-listing").asKeyProduct().build(),
        asOf: day(2026, 11, 23),
        expected: DecisionExpectation(
            disposition: .ordinaryProcedure, date: .undated, rules: [], basis: .notAddressed, concurrent: [],
            consequences: [], flags: [.keyProductJointAssessment], measures: [M.b263(1)],
            regime: Regimes.beijingAll))

    /// The measures cited while a category-3 bar holds an applying generic in Beijing.
    private static let deferredMeasures: Set<MeasureID> = [M.b263(4)]

    /// A compound patent filed 2009-06-18, granted 2012-06-18, expiring 2029-06-18.
    static let compoundPatent2029 = PatentBuilder.compoundPatent(expiringOn: day(2029, 6, 18))

    /// A compound patent filed 2006-09-01: last day in force 2026-08-31, expiring 2026-09-01.
    static let compoundPatentEnding2026 = PatentBuilder.compoundPatent(lastDayInForce: day(2026, 8, 31))

    /// The preset generic (applying in Beijing on 2026-05-11) with a category-3 declaration, made
    /// 2025-01-20, on the compound patent expiring 2029-06-18; evaluated 2026-11-23.
    ///
    /// 2026-3 (四): a generic with a category-3 declaration may be marketed — and so listed — only
    /// after the patent term and market exclusivity expire; the holder is reminded meanwhile.
    ///
    /// Expected: `deferUntil` 2029-06-18 (the first day the patent no longer protects); flag
    /// `complianceReminder`.
    public static let category3Deferred = Scenario(
        name: "category3-deferred",
        summary: "A category-3 generic is deferred until the day after the patent's last day in force.",
        measures: [M.b263(4)],
        facts: CaseBuilder.generic().withID("scenario-category3-deferred")
            .withCategory3Declaration(on: compoundPatent2029).build(),
        asOf: day(2026, 11, 23),
        expected: DecisionExpectation(
            disposition: .deferUntil, date: .on(day(2029, 6, 18)), rules: [R.b263MarketAfterExpiry], concurrent: [],
            consequences: [], flags: [.complianceReminder],
            measures: deferredMeasures, regime: Regimes.beijingAll))

    /// A category-3 generic whose compound patent (filed 2006-09-01) is in force through
    /// 2026-08-31, evaluated **on 2026-08-31**, the patent's last day.
    ///
    /// Expected: `deferUntil` 2026-09-01; flag `complianceReminder`.
    public static let category3LastDayOfPatent = Scenario(
        name: "category3-last-day-of-patent",
        summary: "On the patent's last day in force the category-3 generic is still deferred, until the next day.",
        measures: [M.b263(4)],
        facts: CaseBuilder.generic().withID("scenario-category3-last-day-of-patent")
            .withCategory3Declaration(on: compoundPatentEnding2026).build(),
        asOf: day(2026, 8, 31),
        expected: DecisionExpectation(
            disposition: .deferUntil, date: .on(day(2026, 9, 1)), rules: [R.b263MarketAfterExpiry], concurrent: [],
            consequences: [], flags: [.complianceReminder],
            measures: deferredMeasures, regime: Regimes.beijingAll))

    /// The same generic evaluated **on 2026-09-01**, the day after the patent's last day in force.
    ///
    /// No patent or exclusivity bars it any longer and the holder is no longer reminded: no rule
    /// addresses the application, so the ordinary procedure applies.
    ///
    /// Expected: `ordinaryProcedure` with basis `notAddressed`; no flags, nothing cited.
    public static let category3DayAfterPatentExpiry = Scenario(
        name: "category3-day-after-patent-expiry",
        summary: "The day after the patent's last day the category-3 generic is no longer deferred.",
        measures: [M.b263(4)],
        facts: CaseBuilder.generic().withID("scenario-category3-day-after-patent-expiry")
            .withCategory3Declaration(on: compoundPatentEnding2026).build(),
        asOf: day(2026, 9, 1),
        expected: DecisionExpectation(
            disposition: .ordinaryProcedure, date: .undated, rules: [], basis: .notAddressed, concurrent: [],
            consequences: [], flags: [], measures: [], regime: Regimes.beijingAll))

    /// As ``category3Deferred`` with, in addition, the enterprise's own commitment (made
    /// 2025-01-20 to the drug regulator) not to market before the compound patent expires.
    ///
    /// 2026-3 (三): the listing commitment must not breach the enterprise's own not-before-expiry
    /// commitment, whose patent is still in force — a flag beside the deferral.
    ///
    /// Expected: `deferUntil` 2029-06-18; flags `complianceReminder`, `ownCommitmentAtStake`.
    public static let category3OwnCommitment = Scenario(
        name: "category3-own-commitment",
        summary: "A category-3 generic that also committed not to market before expiry: deferred, and its own commitment is at stake.",
        measures: [M.b263(3), M.b263(4)],
        facts: CaseBuilder.generic().withID("scenario-category3-own-commitment")
            .withCategory3Declaration(on: compoundPatent2029)
            .withNoMarketingCommitment(on: compoundPatent2029, madeOn: day(2025, 1, 20))
            .build(),
        asOf: day(2026, 11, 23),
        expected: DecisionExpectation(
            disposition: .deferUntil, date: .on(day(2029, 6, 18)), rules: [R.b263MarketAfterExpiry], concurrent: [],
            consequences: [],
            flags: [.complianceReminder, .ownCommitmentAtStake],
            measures: [M.b263(3), M.b263(4)], regime: Regimes.beijingAll))

    /// A category-3 generic whose compound patent expired on 2026-03-01, while another generic's
    /// 12-month patent-challenge exclusivity runs from 2026-01-15 to 2027-01-14; evaluated
    /// 2026-11-23.
    ///
    /// 2026-3 (四) requires both the patent term **and** the market exclusivity to have expired:
    /// the later end governs.
    ///
    /// Expected: `deferUntil` 2027-01-15; flag `complianceReminder`.
    public static let category3ExclusivityOutlastsPatent = Scenario(
        name: "category3-exclusivity-outlasts-patent",
        summary: "The patent has expired but a market exclusivity runs: the category-3 generic waits for the later end.",
        measures: [M.b263(4)],
        facts: CaseBuilder.generic().withID("scenario-category3-exclusivity-outlasts-patent")
            .withCategory3Declaration(on: .compoundPatent(expiringOn: day(2026, 3, 1)))
            .withExclusivity(.patentChallenge(startingOn: day(2026, 1, 15)))
            .build(),
        asOf: day(2026, 11, 23),
        expected: DecisionExpectation(
            disposition: .deferUntil, date: .on(day(2027, 1, 15)), rules: [R.b263MarketAfterExpiry], concurrent: [],
            consequences: [], flags: [.complianceReminder],
            measures: deferredMeasures, regime: Regimes.beijingAll))

    /// A category-3 generic whose compound patent (expiring 2031-05-20) was declared wholly
    /// invalid on 2026-07-01; evaluated 2026-11-23.
    ///
    /// An invalidated patent no longer protects, so nothing bars marketing.
    ///
    /// Expected: `ordinaryProcedure` with basis `notAddressed`; no flags, nothing cited.
    public static let category3PatentInvalidated = Scenario(
        name: "category3-patent-invalidated",
        summary: "The category-3 patent was declared wholly invalid: the generic is no longer deferred.",
        measures: [M.b263(4)],
        facts: CaseBuilder.generic().withID("scenario-category3-patent-invalidated")
            .withCategory3Declaration(on: compoundPatent2031.invalidated(on: day(2026, 7, 1)))
            .build(),
        asOf: day(2026, 11, 23),
        expected: DecisionExpectation(
            disposition: .ordinaryProcedure, date: .undated, rules: [], basis: .notAddressed, concurrent: [],
            consequences: [], flags: [], measures: [], regime: Regimes.beijingAll))

    /// A category-3 generic (compound patent expiring 2029-06-18) applying on 2026-02-02.
    private static let earlyCategory3 = CaseBuilder.generic()
        .applyingForListing(on: day(2026, 2, 2), round: "2026年第一批药品挂网")
        .withCategory3Declaration(on: compoundPatent2029)

    /// The early category-3 application evaluated on **2026-03-26**, the day before
    /// 京医保发〔2026〕3号.
    ///
    /// Before 2026-3 no rule connects patent linkage with listing: the documents in force do not
    /// address the case.
    ///
    /// Expected: `ordinaryProcedure` with basis `notAddressed`, regime
    /// `[national-2022-45, beijing-2024-5]`; nothing cited.
    public static let category3DayBefore2026_3 = Scenario(
        name: "category3-day-before-2026-3",
        summary: "The day before 2026-3: a category-3 generic is not held back by patent linkage.",
        measures: [M.b263(4)],
        facts: earlyCategory3.withID("scenario-category3-day-before-2026-3").build(),
        asOf: day(2026, 3, 26),
        expected: DecisionExpectation(
            disposition: .ordinaryProcedure, date: .undated, rules: [], basis: .notAddressed, concurrent: [],
            consequences: [], flags: [], measures: [], regime: Regimes.beijing2024))

    /// The same application on **2026-03-27**, the first day of 京医保发〔2026〕3号.
    ///
    /// Expected: `deferUntil` 2029-06-18; flag `complianceReminder`;
    /// regime `[national-2022-45, beijing-2024-5, beijing-2026-3]`.
    public static let category3FirstDay2026_3 = Scenario(
        name: "category3-first-day-2026-3",
        summary: "2026-3's first day: the same category-3 generic is deferred until its patent expires.",
        measures: [M.b263(4)],
        facts: earlyCategory3.withID("scenario-category3-first-day-2026-3").build(),
        asOf: day(2026, 3, 27),
        expected: DecisionExpectation(
            disposition: .deferUntil, date: .on(day(2029, 6, 18)), rules: [R.b263MarketAfterExpiry], concurrent: [],
            consequences: [], flags: [.complianceReminder],
            measures: deferredMeasures, regime: Regimes.beijing2026_3))

    /// A biosimilar (生物类似药) applying in Beijing on 2026-05-11 with a category-3 declaration on
    /// the reference biologic's sequence patent, expiring 2028-10-10; evaluated 2026-11-23.
    ///
    /// Patent linkage covers biosimilars as well as chemical generics: the same bar as
    /// ``category3Deferred``.
    ///
    /// Expected: `deferUntil` 2028-10-10; flag `complianceReminder`.
    public static let biosimilarCategory3 = Scenario(
        name: "biosimilar-category3",
        summary: "A biosimilar with a category-3 declaration is deferred like a chemical generic.",
        measures: [M.b263(4)],
        facts: CaseBuilder.biosimilar().withID("scenario-biosimilar-category3")
            .withCategory3Declaration(on: .sequencePatent(expiringOn: day(2028, 10, 10))).build(),
        asOf: day(2026, 11, 23),
        expected: DecisionExpectation(
            disposition: .deferUntil, date: .on(day(2028, 10, 10)), rules: [R.b263MarketAfterExpiry], concurrent: [],
            consequences: [], flags: [.complianceReminder],
            measures: deferredMeasures, regime: Regimes.beijingAll))
}
