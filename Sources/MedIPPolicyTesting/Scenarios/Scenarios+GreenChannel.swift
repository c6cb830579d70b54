// Scenarios on innovative drugs: the green channel of 京医保发〔2024〕5号 (十二), 〔2026〕3号 (九) and
// 〔2026〕4号 (十七), and priority service (2026-4 (六)). Expected decisions derived by hand; the
// working-day due dates were counted by hand on the official schedule
// (shared/reference/cn-holidays-2022-2026.csv), not by the library.

extension Scenarios {
    /// The green-channel scenarios, in order.
    public static let greenChannel: [Scenario] = [
        greenChannelDayBefore2024_5, greenChannelFirstDay2024_5, greenChannelDayBefore2026_4,
        greenChannelSpringFestival, greenChannelRareDiseaseNationalDay, innovativeWithoutGreenChannel,
    ]

    /// A qualifying innovative drug approved 2024-03-15 applying in Beijing's green channel on
    /// 2024-04-10.
    private static let greenChannel2024 = CaseBuilder.innovative()
        .modifyingProduct { $0.approved(on: day(2024, 3, 15)) }
        .greenChannelQualified()
        .applyingForListing(on: day(2024, 4, 10), round: "2024年创新药绿色通道")

    /// The 2024 green-channel application evaluated on **2024-04-16**, the day before
    /// 京医保发〔2024〕5号.
    ///
    /// Only the national opinion is in force in Beijing; with the self-commitment on file none of
    /// its rules fires. No green channel exists yet.
    ///
    /// Expected: `ordinaryProcedure` with basis `notAddressed`, regime `[national-2022-45]`,
    /// nothing cited.
    public static let greenChannelDayBefore2024_5 = Scenario(
        name: "green-channel-day-before-2024-5",
        summary: "The day before 2024-5: no green channel exists; a qualifying innovative drug goes the ordinary way.",
        measures: [M.b24(12)],
        facts: greenChannel2024.withID("scenario-green-channel-day-before-2024-5").build(),
        asOf: day(2024, 4, 16),
        expected: DecisionExpectation(
            disposition: .ordinaryProcedure, date: .undated, rules: [], basis: .notAddressed, concurrent: [], consequences: [], flags: [],
            measures: [], regime: Regimes.national))

    /// The same application on **2024-04-17**, the first day of 京医保发〔2024〕5号.
    ///
    /// (十二): qualifying innovative drugs and devices (创新医疗药械) are listed fast through the green
    /// channel — with no time limit stated.
    ///
    /// Expected: `greenChannel` with no date, by 2024 (十二); regime
    /// `[national-2022-45, beijing-2024-5]`.
    public static let greenChannelFirstDay2024_5 = Scenario(
        name: "green-channel-first-day-2024-5",
        summary: "2024-5's first day: a qualifying innovative drug gets the green channel, untimed.",
        measures: [M.b24(12)],
        facts: greenChannel2024.withID("scenario-green-channel-first-day-2024-5").build(),
        asOf: day(2024, 4, 17),
        expected: DecisionExpectation(
            disposition: .greenChannel, date: .undated, rules: [R.b24GreenChannel], concurrent: [],
            consequences: [], flags: [], measures: [M.b24(12)],
            overridden: [], regime: Regimes.beijing2024))

    /// A qualifying innovative drug (approved 2026-03-20) applying on 2026-03-30, evaluated on
    /// **2026-04-06**, the day before 京医保发〔2026〕4号.
    ///
    /// The green channel of 2024 (十二) and 2026-3 (九) applies, with no time limit; 2026-3 (九)
    /// also guides the enterprise to submit IP proof.
    ///
    /// Expected: `greenChannel` with no date, by 2024 (十二) and 2026-3 (九); flag `submitIPProof`.
    public static let greenChannelDayBefore2026_4 = Scenario(
        name: "green-channel-day-before-2026-4",
        summary: "The day before 2026-4: the green channel applies with no time limit.",
        measures: [M.b24(12), M.b263(9), M.b264(17)],
        facts: CaseBuilder.innovative().withID("scenario-green-channel-day-before-2026-4").greenChannelQualified()
            .applyingForListing(on: day(2026, 3, 30), round: "2026年创新药绿色通道").build(),
        asOf: day(2026, 4, 6),
        expected: DecisionExpectation(
            disposition: .greenChannel, date: .undated, rules: [R.b24GreenChannel, R.b263GreenChannel], concurrent: [],
            consequences: [], flags: [.submitIPProof],
            measures: [M.b24(12), M.b263(9)], overridden: [], regime: Regimes.beijing2026_3))

    /// A qualifying innovative drug (approved 2026-01-16) applying on **2026-02-10**, still pending
    /// when 京医保发〔2026〕4号 takes effect; evaluated on 2026-04-07.
    ///
    /// (十七) limits the green channel to 15 working days and prevails over the untimed channel of
    /// 2024 (十二) and 2026-3 (九), which it overrides for drugs. A time limit cannot run before the
    /// text that sets it (`Rule/timeLimitStart`): the 15 working days count from the later of the
    /// application (2026-02-10, just before the Spring Festival) and 2026-04-07, the first day of
    /// 2026-4 — not across the Spring Festival. After 2026-04-07 (a Tuesday; the start day is not
    /// counted; Qingming 04-04 to 04-06 is already over and no make-up day falls in April):
    /// 04-08 to 04-10 (3); 04-13 to 04-17 (8); 04-20 to 04-24 (13); 04-27 (14), 04-28 (15) — due
    /// **2026-04-28**, not overdue on 2026-04-07.
    ///
    /// Expected: `greenChannel` due 2026-04-28 by 2026-4 (十七); obligation
    /// `complete-green-channel-listing` (`commit`) due 2026-04-28, not overdue; overridden 2024 (十二)
    /// and 2026-3 (九)'s `green-channel`; flag `submitIPProof`.
    public static let greenChannelSpringFestival = Scenario(
        name: "green-channel-spring-festival",
        summary: "2026-4's first day: an application of 2026-02-10 still pending gets 15 working days counted from 2026-04-07, not across the Spring Festival — 2026-04-28.",
        measures: [M.b264(17)],
        facts: CaseBuilder.innovative().withID("scenario-green-channel-spring-festival")
            .modifyingProduct { $0.approved(on: day(2026, 1, 16)) }
            .greenChannelQualified()
            .applyingForListing(on: day(2026, 2, 10), round: "2026年创新药绿色通道").build(),
        asOf: day(2026, 4, 7),
        expected: DecisionExpectation(
            disposition: .greenChannel, date: .on(day(2026, 4, 28)), rules: [R.b264GreenChannel], basis: .rules,
            concurrent: [],
            obligations: [
                ObligationExpectation(
                    "complete-green-channel-listing", actor: Actor.bjHealthcareSecurity, due: .on(day(2026, 4, 28)),
                    rules: [R.b264GreenChannel], overdue: false, modality: .commit),
            ],
            consequences: [], flags: [.submitIPProof], measures: [M.b263(9), M.b264(17)],
            overridden: [R.b24GreenChannel, R.b263GreenChannel], regime: Regimes.beijingAll))

    /// A qualifying innovative **rare-disease** drug applying on 2026-09-28 (a Monday); evaluated
    /// 2026-10-09.
    ///
    /// 15 working days across the National Day holiday: 09-29, 09-30 (2); rest days 10-01 to
    /// 10-07; 10-08, 10-09, the make-up Saturday 10-10 (5); 10-12 to 10-16 (10); 10-19 to 10-23
    /// (15) — due **2026-10-23**. Rare-disease innovation also gets priority service
    /// (2026-4 (六)).
    ///
    /// Expected: `greenChannel` due 2026-10-23; flags `priorityService`, `submitIPProof`.
    public static let greenChannelRareDiseaseNationalDay = Scenario(
        name: "green-channel-rare-disease-national-day",
        summary: "A rare-disease innovative drug: priority service, and the green channel due 15 working days later across National Day.",
        measures: [M.b264(6), M.b264(17)],
        facts: CaseBuilder.innovative().withID("scenario-green-channel-rare-disease-national-day")
            .greenChannelQualified().forRareDisease()
            .applyingForListing(on: day(2026, 9, 28), round: "2026年创新药绿色通道").build(),
        asOf: day(2026, 10, 9),
        expected: DecisionExpectation(
            disposition: .greenChannel, date: .on(day(2026, 10, 23)), rules: [R.b264GreenChannel], concurrent: [],
            obligations: [
                ObligationExpectation(
                    "complete-green-channel-listing", actor: Actor.bjHealthcareSecurity, due: .on(day(2026, 10, 23)),
                    overdue: false, modality: .commit),
            ],
            consequences: [], flags: [.priorityService, .submitIPProof],
            measures: [M.b263(9), M.b264(6), M.b264(17)],
            overridden: [R.b24GreenChannel, R.b263GreenChannel], regime: Regimes.beijingAll))

    /// An innovative drug applying in Beijing on 2026-05-11 whose green-channel qualification was
    /// not assessed; evaluated 2026-11-23.
    ///
    /// The texts give the green channel to *qualifying* innovative drugs; without qualification it
    /// does not apply. The enterprise is still guided to submit IP proof (2026-3 (九)).
    ///
    /// Expected: `ordinaryProcedure` with basis `notAddressed`; flag `submitIPProof`.
    public static let innovativeWithoutGreenChannel = Scenario(
        name: "innovative-without-green-channel",
        summary: "An innovative drug not qualified for the green channel goes the ordinary way and is guided to submit IP proof.",
        measures: [M.b263(9)],
        facts: CaseBuilder.innovative().withID("scenario-innovative-without-green-channel").build(),
        asOf: day(2026, 11, 23),
        expected: DecisionExpectation(
            disposition: .ordinaryProcedure, date: .undated, rules: [], basis: .notAddressed, concurrent: [],
            consequences: [], flags: [.submitIPProof], measures: [M.b263(9)], regime: Regimes.beijingAll))
}
