/// A named case with a known timeline: the facts, a window of dates, and the changes the texts
/// require inside it — early warning (预警) with hand-derived dates.
///
/// Every expected change date was derived by hand from the texts, the shipped rules and the
/// working-day schedule, and written down as a literal. A platform's test suite can run them
/// against its own integration, as it runs ``Scenario``s:
///
/// ```swift
/// for scenario in Scenarios.timelines {
///     let timeline = try evaluator.timeline(scenario.facts, from: scenario.from, through: scenario.through)
///     let problems = scenario.expected.mismatches(in: timeline)   // empty when it agrees
/// }
/// ```
public struct TimelineScenario: Sendable, Hashable, Identifiable, CustomStringConvertible {
    /// A stable kebab-case name, e.g. `timeline-objection-deadline`; never changes.
    public var name: String
    /// One sentence on what the scenario shows.
    public var summary: String
    /// The facts.
    public var facts: Case
    /// The window's first day.
    public var from: CivilDate
    /// The window's last day (inclusive).
    public var through: CivilDate
    /// The timeline the texts require.
    public var expected: TimelineExpectation

    /// Creates a scenario.
    public init(name: String, summary: String, facts: Case, from: CivilDate, through: CivilDate, expected: TimelineExpectation) {
        self.name = name
        self.summary = summary
        self.facts = facts
        self.from = from
        self.through = through
        self.expected = expected
    }

    /// The scenario's ``name``.
    public var id: String { name }

    /// `name from … through …`.
    public var description: String { "\(name) \(from)…\(through)" }

    /// Builds the timeline with `evaluator` and compares; an evaluation error is reported as a
    /// mismatch of the field `timeline`.
    public func check(using evaluator: Evaluator = Scenarios.evaluator) -> [Mismatch] {
        do {
            return expected.mismatches(in: try evaluator.timeline(facts, from: from, through: through))
        } catch {
            return [Mismatch(field: "timeline", expected: "a timeline", actual: "error: \(error)")]
        }
    }
}

extension Scenarios {
    /// The timeline scenarios, in order.
    public static let timelines: [TimelineScenario] = [
        timelineCategory3PatentExpiry, timelineObjectionDeadline, timelineGreenChannelSpringFestival,
        timelineCategory3Regime2026,
    ]

    /// ``category3LastDayOfPatent``'s generic (compound patent in force through 2026-08-31) from
    /// 2026-08-01 to 2026-12-31.
    ///
    /// Expected: one change, on **2026-09-01** (the patent's first day out of force, the day after
    /// its last day): `deferUntil` → `ordinaryProcedure`, the reminder ends; cause
    /// `patentTermEnds`.
    public static let timelineCategory3PatentExpiry = TimelineScenario(
        name: "timeline-category3-patent-expiry",
        summary: "A deferred category-3 generic becomes listable on the day after its patent's last day.",
        facts: category3LastDayOfPatent.facts, from: day(2026, 8, 1), through: day(2026, 12, 31),
        expected: TimelineExpectation(
            initial: DecisionExpectation(disposition: .deferUntil, date: .on(day(2026, 9, 1))),
            changes: [
                ChangeExpectation(
                    on: day(2026, 9, 1), disposition: .ordinaryProcedure, aspects: [.disposition, .flags],
                    causes: [.patentTermEnds]),
            ]))

    /// ``objectionAwaitingOpinion``'s facts (objection 2026-06-01, opinion requested 2026-06-03,
    /// deadline 2026-06-30, none given) from 2026-06-02 to 2026-07-31.
    ///
    /// Expected: on 2026-06-02 the authority may request an opinion (flag); on **2026-06-03**
    /// the request makes the agency wait until 2026-06-30; on **2026-07-01**, the day after the
    /// deadline, the enterprise proceeds on its self-commitment. Nothing changes on 2026-06-30.
    public static let timelineObjectionDeadline = TimelineScenario(
        name: "timeline-objection-deadline",
        summary: "An objection's opinion request holds the product until the deadline; the day after, it proceeds on its self-commitment.",
        facts: objectionAwaitingOpinion.facts, from: day(2026, 6, 2), through: day(2026, 7, 31),
        expected: TimelineExpectation(
            initial: DecisionExpectation(disposition: .ordinaryProcedure, flags: [.opinionMayBeRequested]),
            changes: [
                ChangeExpectation(
                    on: day(2026, 6, 3), disposition: .awaitOpinion, aspects: [.disposition, .obligations, .flags],
                    causes: [.recordedEvent]),
                ChangeExpectation(
                    on: day(2026, 7, 1), disposition: .admitOnSelfCommitment, aspects: [.disposition, .obligations],
                    causes: [.opinionDeadlinePasses]),
            ]))

    /// ``greenChannelSpringFestival``'s application (2026-02-10, just before the Spring Festival)
    /// from 2026-02-01 to 2026-05-31.
    ///
    /// Expected: green channel from **2026-02-10** (2024-5 (十二), untimed); 2026-3 (九) joins on
    /// **2026-03-27** with its IP-proof flag; on **2026-04-07** 2026-4 (十七) takes over with
    /// 15 working days counted from 2026-04-07 — due 2026-04-28; overdue from **2026-04-29**.
    public static let timelineGreenChannelSpringFestival = TimelineScenario(
        name: "timeline-green-channel-spring-festival",
        summary: "A green-channel application pending across the Spring Festival and two new documents falls due 2026-04-28, overdue from 2026-04-29.",
        facts: greenChannelSpringFestival.facts, from: day(2026, 2, 1), through: day(2026, 5, 31),
        expected: TimelineExpectation(
            initial: DecisionExpectation(disposition: .ordinaryProcedure),
            changes: [
                ChangeExpectation(on: day(2026, 2, 10), disposition: .greenChannel, aspects: [.disposition], causes: [.recordedEvent]),
                ChangeExpectation(
                    on: day(2026, 3, 27), disposition: .greenChannel, aspects: [.regime, .dispositionRules, .flags],
                    causes: [.documentTakesEffect], documents: [.beijing2026_3]),
                ChangeExpectation(
                    on: day(2026, 4, 7), disposition: .greenChannel,
                    aspects: [.regime, .dispositionDate, .dispositionRules, .obligations],
                    causes: [.documentTakesEffect], documents: [.beijing2026_4]),
                ChangeExpectation(
                    on: day(2026, 4, 29), disposition: .greenChannel, aspects: [.overdue], causes: [.dueDatePasses],
                    overdue: ["complete-green-channel-listing"]),
            ]))

    /// ``category3DayBefore2026_3``'s generic (applying 2026-02-02, compound patent expiring
    /// 2029-06-18) from 2026-03-20 to 2026-04-30.
    ///
    /// Expected: deferred from **2026-03-27**, 2026-3's first day (`deferUntil` 2029-06-18, with
    /// the reminder); on **2026-04-07** only the documents in force change.
    public static let timelineCategory3Regime2026 = TimelineScenario(
        name: "timeline-category3-regime-2026",
        summary: "Patent linkage holds a category-3 generic back from 2026-3's first day; 2026-4 changes nothing else.",
        facts: category3DayBefore2026_3.facts, from: day(2026, 3, 20), through: day(2026, 4, 30),
        expected: TimelineExpectation(
            initial: DecisionExpectation(disposition: .ordinaryProcedure, flags: []),
            changes: [
                ChangeExpectation(
                    on: day(2026, 3, 27), disposition: .deferUntil, aspects: [.regime, .disposition, .flags],
                    causes: [.documentTakesEffect], documents: [.beijing2026_3]),
                ChangeExpectation(
                    on: day(2026, 4, 7), disposition: .deferUntil, aspects: [.regime], causes: [.documentTakesEffect],
                    documents: [.beijing2026_4]),
            ]))
}
