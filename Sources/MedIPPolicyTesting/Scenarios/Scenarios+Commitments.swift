// Scenarios on the self-commitment, the national opinion's first day, credit findings and the
// plain admissions. Expected decisions derived by hand from the texts and RuleSet.standard.

extension Scenarios {
    /// The commitment scenarios, in order.
    public static let commitments: [Scenario] = [
        nationalDayBeforeOpinion, nationalFirstDayOfOpinion, nationalCleanApplication,
        missingSelfCommitment, falseCommitmentCredit, consumableListing,
    ]

    /// A generic applying in a national listing round on 2022-11-28 without the self-commitment,
    /// evaluated on **2022-12-04**, the day before 国知发保字〔2022〕45号 was dated.
    ///
    /// No document of the catalog is in force for the country yet, so no rule applies: the regime
    /// is empty and the platform's ordinary procedure applies, with nothing cited.
    ///
    /// Expected: `ordinaryProcedure` with basis `noDocumentInForce`, no date, regime `[]`, no
    /// obligations, consequences, flags or measures.
    public static let nationalDayBeforeOpinion = Scenario(
        name: "national-day-before-opinion",
        summary: "The day before the national opinion: nothing is in force, so an application without the self-commitment is not held.",
        measures: [M.n22(4)],
        facts: nationalApplicationWithoutCommitment.withID("scenario-national-day-before-opinion").build(),
        asOf: day(2022, 12, 4),
        expected: DecisionExpectation(
            disposition: .ordinaryProcedure, date: .undated, rules: [], basis: .noDocumentInForce, concurrent: [], consequences: [], flags: [],
            measures: [], regime: Regimes.none))

    /// The same application evaluated on **2022-12-05**, the first day of 国知发保字〔2022〕45号.
    ///
    /// (四) requires the enterprise's self-commitment (企业自主承诺) to take part or be listed; it
    /// is missing, so `self-commitment-required` fires: the application goes back for completion
    /// and the enterprise must submit the commitment.
    ///
    /// Expected: `returnForCompletion` by 2022 (四), obligation `submit-self-commitment` on the
    /// declaring enterprise; cites `national-2022-45#4` only.
    public static let nationalFirstDayOfOpinion = Scenario(
        name: "national-first-day-of-opinion",
        summary: "The national opinion's first day: an application without the self-commitment goes back for completion.",
        measures: [M.n22(4)],
        facts: nationalApplicationWithoutCommitment.withID("scenario-national-first-day-of-opinion").build(),
        asOf: day(2022, 12, 5),
        expected: DecisionExpectation(
            disposition: .returnForCompletion, date: .undated, rules: [R.n22SelfCommitment], concurrent: [],
            obligations: [O.submitSelfCommitmentNational], consequences: [], flags: [], measures: [M.n22(4)],
            regime: Regimes.national))

    /// A generic approved 2022-06-15 applying on 2022-11-28 in a national round, no self-commitment.
    private static let nationalApplicationWithoutCommitment = CaseBuilder.generic()
        .inJurisdiction(.national)
        .modifyingProduct { $0.approved(on: day(2022, 6, 15)) }
        .applyingForListing(on: day(2022, 11, 28), round: "2022年第四批药品挂网")
        .withoutSelfCommitment()

    /// A generic applying outside Beijing on 2026-05-11 with its self-commitment and nothing else,
    /// evaluated on 2026-11-23.
    ///
    /// Only 国知发保字〔2022〕45号 applies; none of its rules fires (commitment on file, no
    /// objection, dispute or ruling). The baseline: the texts do not address the case, so the
    /// platform's ordinary procedure applies, nothing cited.
    ///
    /// Expected: `ordinaryProcedure` with basis `notAddressed`, regime `[national-2022-45]`, no
    /// measures cited.
    public static let nationalCleanApplication = Scenario(
        name: "national-clean-application",
        summary: "A clean application outside Beijing: no rule fires, the ordinary procedure applies.",
        measures: [M.n22(4)],
        facts: CaseBuilder.generic().inJurisdiction(.national).withID("scenario-national-clean-application").build(),
        asOf: day(2026, 11, 23),
        expected: DecisionExpectation(
            disposition: .ordinaryProcedure, date: .undated, rules: [], basis: .notAddressed, concurrent: [], superseded: [], consequences: [], flags: [],
            measures: [], overridden: [], regime: Regimes.national))

    /// A generic applying in Beijing on 2026-05-11 without the self-commitment, evaluated on
    /// 2026-11-23.
    ///
    /// Three measures require the commitment and send the application back without it: 2022 (四),
    /// 2026-3 (三) and 2026-4 (三十). The two obligations to submit it (2022 (四), 2026-3 (三)) share
    /// code, actor and (no) due date, so they are one obligation citing both rules (a duty, `must`).
    ///
    /// Expected: `returnForCompletion` by the three rules; obligation `submit-self-commitment`; no
    /// consequences or flags.
    public static let missingSelfCommitment = Scenario(
        name: "missing-self-commitment",
        summary: "A Beijing application without the self-commitment goes back for completion under 2022 (四), 2026-3 (三) and 2026-4 (三十).",
        measures: [M.n22(4), M.b263(3), M.b264(30)],
        facts: CaseBuilder.generic().withID("scenario-missing-self-commitment").withoutSelfCommitment().build(),
        asOf: day(2026, 11, 23),
        expected: DecisionExpectation(
            disposition: .returnForCompletion, date: .undated,
            rules: [R.n22SelfCommitment, R.b263SelfCommitment, R.b264SelfCommitment], concurrent: [],
            obligations: [O.submitSelfCommitment], consequences: [], flags: [],
            measures: [M.n22(4), M.b263(3), M.b264(30)], regime: Regimes.beijingAll))

    /// A generic listed in Beijing since 2025-03-03 whose self-commitment was found false on
    /// 2026-08-01 and rated 失信 under the 2025 credit scheme on 2026-09-01; evaluated 2026-11-23.
    ///
    /// A false commitment is handled under the pricing and procurement credit evaluation (2026-3
    /// (三); 2026-4 (三十) improves that system and decides no case); a generic holder handled
    /// under it enters drug-safety credit management (2026-3 (五)). Nothing holds the listing
    /// itself: no rule addresses its standing.
    ///
    /// Expected: `ordinaryProcedure` with basis `notAddressed`; consequences
    /// `referToCreditEvaluation`, `includeInDrugSafetyCredit`; no flags or obligations.
    public static let falseCommitmentCredit = Scenario(
        name: "false-commitment-credit",
        summary: "A listed generic whose commitment was found false: credit evaluation and drug-safety credit, listing untouched.",
        measures: [M.b263(3), M.b263(5)],
        facts: CaseBuilder.generic().withID("scenario-false-commitment-credit")
            .listed(on: day(2025, 3, 3))
            .selfCommitmentFoundFalse(on: day(2026, 8, 1))
            .withCreditEvent(.falseCommitment(on: day(2026, 9, 1)))
            .build(),
        asOf: day(2026, 11, 23),
        expected: DecisionExpectation(
            disposition: .ordinaryProcedure, date: .undated, rules: [], basis: .notAddressed, concurrent: [],
            consequences: [.referToCreditEvaluation, .includeInDrugSafetyCredit], flags: [],
            measures: [M.b263(3), M.b263(5)], regime: Regimes.beijingAll))

    /// A medical consumable (医用耗材) applying in Beijing on 2026-05-11 with its self-commitment;
    /// evaluated 2026-11-23.
    ///
    /// The self-commitment covers consumables too (2022 (四)); it is on file. A consumable is not
    /// a linkage applicant or an innovative drug, and 2026-4 (三十) concerns drug enterprises only;
    /// no rule addresses it.
    ///
    /// Expected: `ordinaryProcedure` with basis `notAddressed`; nothing cited.
    public static let consumableListing = Scenario(
        name: "consumable-listing",
        summary: "A medical consumable applying in Beijing with its self-commitment: no rule addresses it, the ordinary procedure applies.",
        measures: [M.n22(4), M.b264(30)],
        facts: CaseBuilder.consumable().withID("scenario-consumable-listing").build(),
        asOf: day(2026, 11, 23),
        expected: DecisionExpectation(
            disposition: .ordinaryProcedure, date: .undated, rules: [], basis: .notAddressed, concurrent: [],
            consequences: [], flags: [], measures: [], regime: Regimes.beijingAll))
}
