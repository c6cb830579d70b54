// Scenarios on the objection procedure: 国知发保字〔2022〕45号 (四) and 京医保发〔2026〕3号 (六).
// Expected decisions derived by hand from the texts and RuleSet.standard.

extension Scenarios {
    /// The objection-procedure scenarios, in order.
    public static let objections: [Scenario] = [
        objectionOpinionMayBeRequested, objectionAwaitingOpinion, objectionOpinionDeadlineDay,
        objectionOverdueOpinion, objectionOverdueWithoutSelfCommitment, objectionOpinionReceived,
        objectionLateOpinion, objectionRiskFoundWithoutDispute,
    ]

    /// The medical-use patent the objections rely on: filed 2011-04-02, granted 2014-04-02, in
    /// force until it expires on 2031-04-02.
    static let objectionPatent = PatentBuilder.medicalUsePatent(expiringOn: day(2031, 4, 2))

    /// The preset generic (applying in Beijing on 2026-05-11, self-commitment that day) with an
    /// objection received on 2026-06-01.
    private static func genericWithObjection(
        _ name: String, _ change: (ObjectionBuilder) -> ObjectionBuilder = { $0 }
    ) -> CaseBuilder {
        CaseBuilder.generic().withID("scenario-\(name)")
            .withObjection(change(.received(on: day(2026, 6, 1), against: objectionPatent)))
    }

    /// The objection as requested: opinion asked for on 2026-06-03, deadline 2026-06-30.
    private static func requested(_ objection: ObjectionBuilder) -> ObjectionBuilder {
        objection.withOpinionRequested(on: day(2026, 6, 3), deadline: day(2026, 6, 30))
    }

    private static let objectionMeasures: Set<MeasureID> = [M.n22(4), M.b263(6)]

    /// An objection received on 2026-06-01 against an applying generic, no opinion requested;
    /// evaluated 2026-06-10.
    ///
    /// On an objection the authority *may* ask the IP administration for an opinion within the
    /// round's period (2022 (四), 2026-3 (六)): a flag, not a hold.
    ///
    /// Expected: `ordinaryProcedure` with basis `notAddressed` (a flag decides nothing); flag
    /// `opinionMayBeRequested`.
    public static let objectionOpinionMayBeRequested = Scenario(
        name: "objection-opinion-may-be-requested",
        summary: "An objection with no opinion requested: the authority may ask for one; nothing holds the product.",
        measures: [M.n22(4), M.b263(6)],
        facts: genericWithObjection("objection-opinion-may-be-requested").build(),
        asOf: day(2026, 6, 10),
        expected: DecisionExpectation(
            disposition: .ordinaryProcedure, date: .undated, rules: [], basis: .notAddressed, concurrent: [],
            consequences: [], flags: [.opinionMayBeRequested], measures: objectionMeasures, regime: Regimes.beijingAll))

    /// The opinion was requested on 2026-06-03 with the round's deadline 2026-06-30; evaluated
    /// 2026-06-20, before the deadline.
    ///
    /// Once requested, the agency waits for the opinion until the deadline (2022 (四), 2026-3 (六));
    /// the IP administration *may* give it by then (可以; the texts foresee no answer, so it is a
    /// power, not a duty, and never overdue).
    ///
    /// Expected: `awaitOpinion` until 2026-06-30; obligation `give-opinion` due 2026-06-30,
    /// modality `may`, not overdue.
    public static let objectionAwaitingOpinion = Scenario(
        name: "objection-awaiting-opinion",
        summary: "An opinion requested and not yet due: the agency awaits it until the round's deadline.",
        measures: [M.n22(4), M.b263(6)],
        facts: genericWithObjection("objection-awaiting-opinion", requested).build(),
        asOf: day(2026, 6, 20),
        expected: DecisionExpectation(
            disposition: .awaitOpinion, date: .on(day(2026, 6, 30)), rules: [R.n22AwaitOpinion, R.b263AwaitOpinion],
            concurrent: [], obligations: [O.giveOpinion(due: day(2026, 6, 30))],
            consequences: [], flags: [], measures: objectionMeasures, overridden: [], regime: Regimes.beijingAll))

    /// The same request evaluated on the deadline day itself, 2026-06-30: the opinion is due that
    /// day, not yet overdue.
    ///
    /// Expected: still `awaitOpinion` until 2026-06-30.
    public static let objectionOpinionDeadlineDay = Scenario(
        name: "objection-opinion-deadline-day",
        summary: "On the deadline day the opinion is not yet overdue: the agency still awaits it.",
        measures: [M.n22(4), M.b263(6)],
        facts: genericWithObjection("objection-opinion-deadline-day", requested).build(),
        asOf: day(2026, 6, 30),
        expected: DecisionExpectation(
            disposition: .awaitOpinion, date: .on(day(2026, 6, 30)), rules: [R.n22AwaitOpinion, R.b263AwaitOpinion],
            concurrent: [], obligations: [O.giveOpinion(due: day(2026, 6, 30))],
            consequences: [], flags: [], measures: objectionMeasures, overridden: [], regime: Regimes.beijingAll))

    /// The same request evaluated on 2026-07-01, the day after the deadline, with no opinion given.
    ///
    /// The opinion is overdue (逾期未给出); the enterprise, having made its self-commitment, may
    /// proceed (2022 (四), 2026-3 (六)). That exception overrides both await rules, so their
    /// disposition and the `give-opinion` obligation drop out.
    ///
    /// Expected: `admitOnSelfCommitment`; overridden `await-opinion` of both documents.
    public static let objectionOverdueOpinion = Scenario(
        name: "objection-overdue-opinion",
        summary: "The opinion is overdue: the enterprise proceeds on its self-commitment; the await rules are overridden.",
        measures: [M.n22(4), M.b263(6)],
        facts: genericWithObjection("objection-overdue-opinion", requested).build(),
        asOf: day(2026, 7, 1),
        expected: DecisionExpectation(
            disposition: .admitOnSelfCommitment, date: .undated, rules: [R.n22OverdueOpinion, R.b263OverdueOpinion],
            concurrent: [], superseded: [], consequences: [], flags: [],
            measures: objectionMeasures, overridden: [R.n22AwaitOpinion, R.b263AwaitOpinion], regime: Regimes.beijingAll))

    /// An overdue opinion (deadline 2026-06-30, evaluated 2026-07-01) for an applicant **without**
    /// the self-commitment.
    ///
    /// The overdue exception needs the self-commitment, so it does not fire; the missing
    /// commitment sends the application back (2022 (四), 2026-3 (三), 2026-4 (三十)). The wait
    /// for the opinion ran until its deadline (规定期限内) and has lapsed: no `awaitOpinion` is
    /// left, not even set aside, and no `give-opinion` discretion (Readings, row 35). On
    /// 2026-06-30 both were there, with `returnForCompletion` already the disposition. The
    /// overdue clause itself (企业自主承诺后可以按程序参加) is cited on the commitment it names as the
    /// way forward.
    ///
    /// Expected: `returnForCompletion`, nothing superseded; obligation `submit-self-commitment`
    /// citing the commitment rules and both overdue clauses.
    public static let objectionOverdueWithoutSelfCommitment = Scenario(
        name: "objection-overdue-without-self-commitment",
        summary: "An overdue opinion does not help an applicant without the self-commitment: it goes back for completion.",
        measures: [M.n22(4), M.b263(3), M.b263(6), M.b264(30)],
        facts: genericWithObjection("objection-overdue-without-self-commitment", requested).withoutSelfCommitment().build(),
        asOf: day(2026, 7, 1),
        expected: DecisionExpectation(
            disposition: .returnForCompletion, date: .undated,
            rules: [R.n22SelfCommitment, R.b263SelfCommitment, R.b264SelfCommitment], concurrent: [],
            superseded: [],
            obligations: [O.submitSelfCommitmentAfterOverdueOpinion],
            consequences: [], flags: [],
            measures: [M.n22(4), M.b263(3), M.b263(6), M.b264(30)], overridden: [],
            regime: Regimes.beijingAll))

    /// The IP administration answered on 2026-06-25, within the deadline, that infringement is
    /// likely; evaluated 2026-07-01.
    ///
    /// An opinion given in time is a reference; the agency decides (2022 (四), 2026-3 (六)).
    ///
    /// Expected: `agencyDecides`; no flags or consequences.
    public static let objectionOpinionReceived = Scenario(
        name: "objection-opinion-received",
        summary: "An opinion given in time is a reference: the agency decides.",
        measures: [M.n22(4), M.b263(6)],
        facts: genericWithObjection("objection-opinion-received") {
            $0.withOpinion(requestedOn: day(2026, 6, 3), deadline: day(2026, 6, 30), answeredOn: day(2026, 6, 25), finding: .infringementLikely)
        }.build(),
        asOf: day(2026, 7, 1),
        expected: DecisionExpectation(
            disposition: .agencyDecides, date: .undated, rules: [R.n22OpinionAsReference, R.b263OpinionAsReference],
            concurrent: [], consequences: [], flags: [], measures: objectionMeasures,
            overridden: [], regime: Regimes.beijingAll))

    /// The IP administration answered on 2026-07-03, after the 2026-06-30 deadline; evaluated
    /// 2026-07-10.
    ///
    /// An opinion after the deadline is not one "given within the period": the opinion was overdue
    /// and the enterprise proceeds on its self-commitment, exactly as if none had come.
    ///
    /// Expected: `admitOnSelfCommitment`; overridden `await-opinion` of both documents.
    public static let objectionLateOpinion = Scenario(
        name: "objection-late-opinion",
        summary: "An opinion given after the deadline counts as overdue: the enterprise proceeds on its self-commitment.",
        measures: [M.n22(4), M.b263(6)],
        facts: genericWithObjection("objection-late-opinion") {
            $0.withOpinion(requestedOn: day(2026, 6, 3), deadline: day(2026, 6, 30), answeredOn: day(2026, 7, 3), finding: .noInfringement)
        }.build(),
        asOf: day(2026, 7, 10),
        expected: DecisionExpectation(
            disposition: .admitOnSelfCommitment, date: .undated, rules: [R.n22OverdueOpinion, R.b263OverdueOpinion],
            concurrent: [], consequences: [], flags: [], measures: objectionMeasures,
            overridden: [R.n22AwaitOpinion, R.b263AwaitOpinion], regime: Regimes.beijingAll))

    /// The objection procedure found infringement risk on 2026-07-15, but no dispute was filed;
    /// evaluated 2026-08-01.
    ///
    /// 2026-3 (八) tier 2 suspends review only for a product found at risk **and** in an accepted
    /// dispute; one condition is not enough. The objection procedure ended with its outcome, so no
    /// opinion can be requested any more; no rule addresses the application.
    ///
    /// Expected: `ordinaryProcedure` with basis `notAddressed`; no flags, nothing cited.
    public static let objectionRiskFoundWithoutDispute = Scenario(
        name: "objection-risk-found-without-dispute",
        summary: "Risk found in the objection procedure but no dispute accepted: review is not suspended.",
        measures: [M.n22(4), M.b263(6), M.b263(8)],
        facts: genericWithObjection("objection-risk-found-without-dispute") { $0.foundRisk(on: day(2026, 7, 15)) }.build(),
        asOf: day(2026, 8, 1),
        expected: DecisionExpectation(
            disposition: .ordinaryProcedure, date: .undated, rules: [], basis: .notAddressed, concurrent: [],
            consequences: [], flags: [], measures: [], regime: Regimes.beijingAll))
}
