/// A deterministic, seeded source of valid cases in a realistic mix that reaches every
/// disposition.
///
/// Each case is built for one disposition (drawn from the ``CaseMix``): the generator picks the
/// facts that lead to it under the shipped rules — a category-3 declaration on a patent in force
/// for `deferUntil`, an objection found risky plus an accepted dispute for
/// `suspendNewListingReview`, an infringement ruling for the removals, and so on — and an as-of
/// date on which they hold, then adds harmless variety (key-product flags, credit ratings, settled
/// disputes, pending disputes before an IP administration or a court, purchase transactions under
/// a listing, declarations of other categories). Green-channel cases include innovative medical
/// devices (京医保发〔2024〕5号（十二）'s untimed channel). ``GeneratedCase/expectation`` records the
/// disposition and, where the generator can tell without a working-day count, its date.
///
/// The same seed gives the same cases, byte for byte in their JSON form, on every platform:
/// randomness comes only from ``FixtureRandom``. Generation draws identifiers from precomputed
/// pools and costs a few small allocations per case, so a million cases for a benchmark take
/// seconds.
///
/// ```swift
/// var generator = CaseGenerator(seed: 2026)
/// let one = generator.next()                       // a GeneratedCase
/// for generated in CaseGenerator(seed: 7).prefix(10_000) { … }
/// ```
public struct CaseGenerator: Sequence, Sendable, Hashable {
    /// The seed.
    public let seed: UInt64
    /// The mix of intended dispositions.
    public let mix: CaseMix
    /// Whether each case is varied past its archetype (``init(seed:mix:diverse:)``).
    public let diverse: Bool
    var random: FixtureRandom
    private var index = 0
    private let kinds: [DispositionKind]
    private let cumulative: [Int]

    /// Creates a generator; the same seed, mix and diversity give the same sequence.
    ///
    /// With `diverse` false (the default) each case holds the facts of its archetype and a
    /// little harmless variety, so a whole corpus shows few distinct fact combinations (a few
    /// dozen predicate vectors). With `diverse` true each case then also gets, independently and
    /// at random, more facts of every kind the rules read — a commitment added or taken away,
    /// objections with or without a risk finding and with opinions on time, late or pending,
    /// pending disputes, rulings either way and possibly set aside, category-3 declarations on
    /// patents in force or expired, another holder's exclusivity, a procurement standing
    /// changed, the other jurisdiction, a green-channel qualification — and the as-of date moves
    /// up to a year either way: thousands of distinct predicate vectors per 100,000 cases
    /// (``PredicateVector``). Every diverse case still validates (a variation that would not is
    /// dropped for the archetype's facts), but its ``GeneratedCase/expectation`` is empty: only an
    /// oracle can say what it decides.
    public init(seed: UInt64, mix: CaseMix = .realistic, diverse: Bool = false) {
        self.seed = seed
        self.mix = mix
        self.diverse = diverse
        random = FixtureRandom(seed: seed)
        (kinds, cumulative) = mix.table
    }

    /// The next case.
    public mutating func next() -> GeneratedCase {
        let position = index
        index += 1
        let roll = random.uniform(below: cumulative.last ?? 1)
        let kind = kinds[cumulative.firstIndex { roll < $0 } ?? 0]
        var draft = makeDraft(for: kind, index: position)
        if diverse { diversify(&draft) }
        return GeneratedCase(index: position, facts: draft.finish(), asOf: draft.asOf, intended: kind, expectation: draft.expectation)
    }

    /// The next `count` cases.
    public mutating func next(_ count: Int) -> [GeneratedCase] {
        var cases: [GeneratedCase] = []
        cases.reserveCapacity(Swift.max(0, count))
        for _ in 0..<Swift.max(0, count) { cases.append(next()) }
        return cases
    }

    /// An endless iterator over the cases from the generator's current position.
    public func makeIterator() -> Iterator { Iterator(generator: self) }

    /// Iterates a ``CaseGenerator``; never ends.
    public struct Iterator: IteratorProtocol, Sendable, Hashable {
        var generator: CaseGenerator
        /// The next case (never `nil`).
        public mutating func next() -> GeneratedCase? { generator.next() }
    }
}

// MARK: - Building one case

/// The product classes a generated case may be about.
private enum GeneratedClass: CaseIterable {
    case generic, innovative, improvedNew, biosimilar, tcm, consumable
}

/// A case being generated and what it should decide.
struct GeneratorDraft {
    var facts: Case
    var asOf: CivilDate
    var expectation: DecisionExpectation
    var events: [ProcurementEvent] = []

    mutating func finish() -> Case {
        facts.procurementHistory = ProcurementHistory(events)
        return facts
    }
}

extension CaseGenerator {
    private static let start2023 = Int(day(2023, 1, 1).daysSinceEpoch)
    private static let start2024_5 = Int(day(2024, 4, 17).daysSinceEpoch)
    private static let start2026_3 = Int(day(2026, 3, 27).daysSinceEpoch)
    private static let start2026_4 = day(2026, 4, 7)
    private static let end2026 = Int(day(2026, 12, 31).daysSinceEpoch)
    private static let lastGreenChannelAsOf = Int(day(2026, 11, 30).daysSinceEpoch)

    mutating func date(_ low: Int, _ high: Int) -> CivilDate {
        CivilDate(uncheckedDaysSinceEpoch: low + random.uniform(below: Swift.max(1, high - low + 1)))
    }

    mutating func daysBefore(_ date: CivilDate, _ low: Int, _ high: Int) -> CivilDate {
        date.plus(days: -random.uniform(in: low...Swift.max(low, high)))
    }

    private mutating func pick(_ names: [String]) -> String { random.element(of: names) ?? "" }

    /// A case of `klass` in `jurisdiction` with its product approved before `application`; no
    /// procurement history yet.
    private mutating func base(
        _ klass: GeneratedClass, _ jurisdiction: Jurisdiction, application: CivilDate, index: Int, asOf: CivilDate
    ) -> GeneratorDraft {
        let enterprise = GeneratorPools.enterprises[random.uniform(below: GeneratorPools.enterprises.count)]
        let approved = daysBefore(application, 30, 400)
        let category: ProductCategory
        let drugClass: DrugClass?
        let name: String
        var reference: String?
        switch klass {
        case .generic:
            (category, drugClass, name) = (.chemicalDrug, .generic, pick(GeneratorPools.genericNames))
            reference = name + "（原研）"
        case .innovative:
            (category, drugClass, name) = (.chemicalDrug, .innovative, pick(GeneratorPools.innovativeNames))
        case .improvedNew:
            (category, drugClass, name) = (.chemicalDrug, .improvedNew, pick(GeneratorPools.improvedNames))
        case .biosimilar:
            (category, drugClass, name) = (.biologicalDrug, .biosimilar, pick(GeneratorPools.biosimilarNames))
            reference = name + "（原研）"
        case .tcm:
            (category, drugClass, name) = (.traditionalChineseMedicine, .sameNameSameFormulaTCM, pick(GeneratorPools.tcmNames))
            reference = name + "（原研）"
        case .consumable:
            (category, drugClass, name) = (.medicalConsumable, nil, pick(GeneratorPools.consumableNames))
        }
        let product = Product(
            id: "P" + String(index, radix: 36), name: name, category: category, drugClass: drugClass,
            referenceProduct: reference, marketingAuthorisationHolder: enterprise.name,
            approvalNumber: GeneratorPools.approvalNumber(category, year: approved.year, pick: random.uniform(below: 8)),
            approvalDate: approved)
        let facts = Case(id: "G" + String(index, radix: 36), jurisdiction: jurisdiction, enterprise: enterprise, product: product)
        return GeneratorDraft(facts: facts, asOf: asOf, expectation: DecisionExpectation())
    }

    /// The registrable category of a reference-drug patent for a product of `category`.
    private static func linkageCategory(for category: ProductCategory) -> LinkagePatentCategory? {
        switch category {
        case .chemicalDrug: .chemicalCompound
        case .biologicalDrug: .biologicSequenceStructure
        case .traditionalChineseMedicine: .tcmComposition
        case .medicalConsumable: nil
        }
    }

    /// Adds the patent in `slot` (registered for the product's category) unless present; returns
    /// its number.
    @discardableResult
    func addPatent(_ slot: Int, to draft: inout GeneratorDraft) -> PatentNumber {
        let entry = GeneratorPools.patents[slot]
        if !draft.facts.patents.contains(where: { $0.number == entry.number }) {
            let category = Self.linkageCategory(for: draft.facts.product.category)
            draft.facts.patents.append(Patent(
                number: entry.number, type: .invention, holder: GeneratorPools.originator, filingDate: entry.filing,
                grantDate: entry.grant, registrableCategory: category, registeredOnPlatform: category != nil))
        }
        return entry.number
    }

    mutating func anyPatentSlot() -> Int { random.uniform(below: GeneratorPools.patents.count) }

    mutating func patentSlot(inForceOn date: CivilDate) -> Int {
        let first = GeneratorPools.firstPatent(expiringAfter: date)
        return first + random.uniform(below: Swift.max(1, GeneratorPools.patents.count - first))
    }

    private enum Stage { case applying, vbp, listed, selected }

    /// Puts the product at `stage` from `date`, with the self-commitment made then (unless
    /// `commitment` is false).
    private mutating func enter(_ stage: Stage, on date: CivilDate, _ draft: inout GeneratorDraft, commitment: Bool = true) {
        switch stage {
        case .applying:
            let name = pick(GeneratorPools.listingRounds)
            draft.events.append(ProcurementEvent(date: date, status: .listingApplication, round: name))
            draft.facts.round = ProcurementRound(kind: .listing, name: name, applicationDate: date)
        case .vbp:
            let name = pick(GeneratorPools.vbpRounds)
            draft.events.append(ProcurementEvent(date: date, status: .vbpParticipation, round: name))
            draft.facts.round = ProcurementRound(kind: .vbp, name: name, applicationDate: date)
        case .listed:
            draft.events.append(ProcurementEvent(date: date, status: .listed))
        case .selected:
            draft.events.append(ProcurementEvent(date: date, status: .vbpSelected))
        }
        if commitment {
            draft.facts.commitments.append(Commitment(kind: .listingSelfCommitment, date: date))
        }
    }

    /// Variety that changes no disposition: key-product flags, an active credit rating, rare
    /// disease or paediatric marks.
    private mutating func addNoise(_ draft: inout GeneratorDraft, since: CivilDate) {
        if random.percent(10) {
            draft.facts.attention = RiskAttention(largeScale: true, highAttention: true, ipRisk: random.percent(80))
        }
        if random.percent(8) {
            let rated = date(Int(since.daysSinceEpoch), Int(draft.asOf.daysSinceEpoch))
            let scheme = CreditRatingScheme.scheme(forRatingOn: rated)
            draft.facts.creditEvents.append(CreditEvent(
                date: rated, kind: random.percent(50) ? .priceGouging : .biddingMisconduct, scheme: scheme.id,
                level: scheme.id == .nhsa2020 ? .moderate : .dishonest, authority: GeneratorPools.beijingAuthority))
        }
        if random.percent(10) { draft.facts.product.rareDisease = true }
        if random.percent(5) { draft.facts.product.paediatric = true }
    }

    private mutating func makeDraft(for kind: DispositionKind, index: Int) -> GeneratorDraft {
        switch kind {
        case .admit, .ordinaryProcedure: return admit(index)
        case .greenChannel: return greenChannel(index)
        case .admitOnSelfCommitment, .agencyDecides, .awaitOpinion: return objection(kind, index)
        case .returnForCompletion: return returnForCompletion(index)
        case .deferUntil: return deferUntil(index)
        case .suspendNewListingReview: return suspend(index)
        case .refuseListing, .revokeListing, .cancelSelection: return removal(kind, index)
        default: return admit(index)  // not reached: every kind of this version has its archetype above
        }
    }

    private mutating func jurisdiction() -> Jurisdiction { random.percent(50) ? .beijing : .national }

    // MARK: Archetypes

    private mutating func admit(_ index: Int) -> GeneratorDraft {
        let asOf = date(Self.start2023, Self.end2026)
        let klass = random.element(of: GeneratedClass.allCases) ?? .generic
        let stage = random.element(of: [Stage.applying, .vbp, .listed, .selected]) ?? .applying
        let since = stage == .applying || stage == .vbp ? daysBefore(asOf, 0, 200) : daysBefore(asOf, 30, 700)
        var draft = base(klass, jurisdiction(), application: since, index: index, asOf: asOf)
        enter(stage, on: since, &draft)
        addNoise(&draft, since: since)
        if stage == .listed, random.percent(30) {
            // A purchase transaction under the listing: an event beside the standing, which it does
            // not change.
            draft.events.append(ProcurementEvent(date: date(Int(since.daysSinceEpoch), Int(asOf.daysSinceEpoch)), status: .purchaseTransaction))
        }
        if random.percent(12) {
            // A pending dispute before an IP administration, a court or (over the same patent) both:
            // flags, obligations and possibly liability, never a hold on the product (no objection
            // found risk here).
            let number = addPatent(anyPatentSlot(), to: &draft)
            let forums: [DisputeForum] = switch random.uniform(below: 3) {
            case 0: [.ipAdministration]
            case 1: [.court]
            default: [.ipAdministration, .court]
            }
            for (offset, forum) in forums.enumerated() {
                draft.facts.disputes.append(Dispute(
                    id: "DSP-P\(offset + 1)", forum: forum, filedOn: date(Int(since.daysSinceEpoch), Int(asOf.daysSinceEpoch)),
                    patents: [number], claimant: GeneratorPools.originator, respondent: draft.facts.enterprise.name))
            }
        }
        if random.percent(10) {
            // A dispute settled before the as-of date: no longer pending.
            let number = addPatent(anyPatentSlot(), to: &draft)
            let filed = daysBefore(asOf, 10, 300)
            draft.facts.disputes.append(Dispute(
                id: "DSP-1", forum: .court, filedOn: filed, patents: [number], claimant: GeneratorPools.originator,
                respondent: draft.facts.enterprise.name,
                resolution: DisputeResolution(date: date(Int(filed.daysSinceEpoch), Int(asOf.daysSinceEpoch)), kind: .settled)))
        }
        if draft.facts.product.drugClass?.declaresAgainstReference == true, random.percent(15) {
            let number = addPatent(anyPatentSlot(), to: &draft)
            draft.facts.declarations.append(PatentLinkageDeclaration(
                category: .fourPointTwo, patent: number, declaredOn: draft.facts.product.approvalDate?.plus(years: -1) ?? since,
                declarant: draft.facts.product.marketingAuthorisationHolder))
        }
        draft.expectation = DecisionExpectation(disposition: .ordinaryProcedure, date: .undated)
        return draft
    }

    private mutating func greenChannel(_ index: Int) -> GeneratorDraft {
        let asOf = date(Self.start2024_5, Self.lastGreenChannelAsOf)
        let application = daysBefore(asOf, 0, 40)
        // One in five is an innovative medical device: 2024 (十二) covers 创新医疗药械, the 2026 channels
        // drugs only, so a device keeps the untimed channel after 2026-04-07 too.
        let device = random.percent(20)
        var draft = base(device ? .consumable : .innovative, .beijing, application: application, index: index, asOf: asOf)
        draft.facts.product.greenChannelQualified = true
        draft.facts.product.innovativeDevice = device
        enter(.applying, on: application, &draft)
        addNoise(&draft, since: application)
        // Before 2026-4 the channel has no time limit; from it, for drugs, 15 working days counted
        // from the later of the application and 2026-04-07 (not checked here).
        draft.expectation = DecisionExpectation(
            disposition: .greenChannel, date: device || asOf < Self.start2026_4 ? .undated : nil)
        return draft
    }

    private mutating func returnForCompletion(_ index: Int) -> GeneratorDraft {
        let asOf = date(Self.start2023, Self.end2026)
        let application = daysBefore(asOf, 0, 200)
        let klass = random.element(of: GeneratedClass.allCases) ?? .generic
        var draft = base(klass, jurisdiction(), application: application, index: index, asOf: asOf)
        enter(random.percent(70) ? .applying : .vbp, on: application, &draft, commitment: false)
        if random.percent(20) {
            // A pending objection with no opinion requested only adds a flag.
            let number = addPatent(anyPatentSlot(), to: &draft)
            draft.facts.objections.append(InfringementObjection(
                id: "OBJ-1", receivedOn: date(Int(application.daysSinceEpoch), Int(asOf.daysSinceEpoch)),
                receivedBy: .procurementAgency, objector: GeneratorPools.originator, patents: [number]))
        }
        draft.expectation = DecisionExpectation(disposition: .returnForCompletion, date: .undated)
        return draft
    }

    /// Await the opinion, the agency decides, or admit on the self-commitment after an overdue one.
    private mutating func objection(_ kind: DispositionKind, _ index: Int) -> GeneratorDraft {
        let asOf = date(Self.start2023 + 120, Self.end2026)
        let requested: CivilDate
        let deadline: CivilDate
        var opinion: IPOpinion?
        switch kind {
        case .awaitOpinion:
            requested = daysBefore(asOf, 0, 25)
            deadline = asOf.plus(days: random.uniform(in: 0...30))
            if random.percent(20) {
                // Answered only after the as-of date: not yet received.
                opinion = IPOpinion(date: asOf.plus(days: random.uniform(in: 1...20)), kind: .consultation, finding: .inconclusive)
            }
        case .agencyDecides:
            requested = daysBefore(asOf, 5, 60)
            deadline = requested.plus(days: random.uniform(in: 10...40))
            let last = Swift.min(deadline, asOf)
            opinion = IPOpinion(
                date: date(Int(requested.daysSinceEpoch), Int(last.daysSinceEpoch)), kind: .infringementDetermination,
                finding: random.element(of: OpinionFinding.allCases) ?? .inconclusive)
        default:  // admitOnSelfCommitment
            requested = daysBefore(asOf, 20, 90)
            let gap = requested.days(to: asOf)
            deadline = requested.plus(days: random.uniform(in: 5...Swift.max(5, gap - 1)))
            if random.percent(30) {
                // Answered after the deadline: still overdue.
                opinion = IPOpinion(date: deadline.plus(days: random.uniform(in: 1...30)), kind: .consultation, finding: .noInfringement)
            }
        }
        let received = daysBefore(requested, 0, 10)
        let application = daysBefore(received, 0, 100)
        var draft = base(random.element(of: GeneratedClass.allCases) ?? .generic, jurisdiction(), application: application, index: index, asOf: asOf)
        enter(random.percent(70) ? .applying : .vbp, on: application, &draft)
        let number = addPatent(anyPatentSlot(), to: &draft)
        draft.facts.objections.append(InfringementObjection(
            id: "OBJ-1", receivedOn: received, receivedBy: random.percent(50) ? .procurementAgency : .healthcareSecurity,
            objector: GeneratorPools.originator, patents: [number]))
        draft.facts.opinionRequests.append(OpinionRequest(
            id: "REQ-1", objection: "OBJ-1", requestedOn: requested, deadline: deadline, authority: GeneratorPools.ipOffice,
            opinion: opinion))
        addNoise(&draft, since: application)
        draft.expectation = DecisionExpectation(disposition: kind, date: kind == .awaitOpinion ? .on(deadline) : .undated)
        return draft
    }

    private mutating func deferUntil(_ index: Int) -> GeneratorDraft {
        let asOf = date(Self.start2026_3, Self.end2026)
        let application = daysBefore(asOf, 0, 200)
        let klass = random.element(of: [GeneratedClass.generic, .generic, .generic, .biosimilar, .tcm]) ?? .generic
        var draft = base(klass, .beijing, application: application, index: index, asOf: asOf)
        enter(.applying, on: application, &draft)
        let slot = patentSlot(inForceOn: asOf)
        let number = addPatent(slot, to: &draft)
        let declared = draft.facts.product.approvalDate?.plus(years: -1) ?? application
        draft.facts.declarations.append(PatentLinkageDeclaration(
            category: .three, patent: number, declaredOn: declared, declarant: draft.facts.product.marketingAuthorisationHolder))
        var barEnd = GeneratorPools.patents[slot].expiry
        if random.percent(25) {
            // Another enterprise's 12-month exclusivity, running on the as-of date.
            let start = daysBefore(asOf, 0, 300)
            draft.facts.exclusivities.append(MarketExclusivity(
                kind: .patentChallenge, start: start, length: .months(12), holder: GeneratorPools.firstChallenger))
            barEnd = Swift.max(barEnd, start.plus(months: 12))
        }
        if random.percent(20) {
            let other = anyPatentSlot()
            if GeneratorPools.patents[other].number != number {
                let second = addPatent(other, to: &draft)
                draft.facts.declarations.append(PatentLinkageDeclaration(
                    category: .fourPointTwo, patent: second, declaredOn: declared,
                    declarant: draft.facts.product.marketingAuthorisationHolder))
            }
        }
        addNoise(&draft, since: application)
        draft.expectation = DecisionExpectation(disposition: .deferUntil, date: .on(barEnd))
        return draft
    }

    private mutating func suspend(_ index: Int) -> GeneratorDraft {
        let asOf = date(Self.start2026_3, Self.end2026)
        let received = daysBefore(asOf, 5, 120)
        let application = daysBefore(received, 0, 60)
        let klass = random.element(of: [GeneratedClass.generic, .improvedNew, .biosimilar, .tcm, .consumable]) ?? .generic
        var draft = base(klass, .beijing, application: application, index: index, asOf: asOf)
        enter(.applying, on: application, &draft)
        let number = addPatent(anyPatentSlot(), to: &draft)
        draft.facts.objections.append(InfringementObjection(
            id: "OBJ-1", receivedOn: received, receivedBy: .healthcareSecurity, objector: GeneratorPools.originator,
            patents: [number],
            outcome: ObjectionOutcome(date: date(Int(received.daysSinceEpoch), Int(asOf.daysSinceEpoch)), finding: .riskFound)))
        draft.facts.disputes.append(Dispute(
            id: "DSP-1", forum: random.percent(50) ? .court : .ipAdministration,
            filedOn: date(Int(received.daysSinceEpoch), Int(asOf.daysSinceEpoch)), patents: [number],
            claimant: GeneratorPools.originator, respondent: draft.facts.enterprise.name))
        addNoise(&draft, since: application)
        draft.expectation = DecisionExpectation(disposition: .suspendNewListingReview, date: .undated)
        return draft
    }

    /// Refuse listing, revoke the listing, or cancel the selection after an infringement ruling.
    private mutating func removal(_ kind: DispositionKind, _ index: Int) -> GeneratorDraft {
        let asOf = date(Self.start2023 + 120, Self.end2026)
        let stage: Stage = switch kind {
        case .refuseListing: .applying
        case .revokeListing: .listed
        default: .selected
        }
        let since = stage == .applying ? daysBefore(asOf, 0, 200) : daysBefore(asOf, 100, 900)
        let klass = random.element(of: GeneratedClass.allCases) ?? .generic
        var draft = base(klass, jurisdiction(), application: since, index: index, asOf: asOf)
        enter(stage, on: since, &draft)
        if stage == .listed, random.percent(30) {
            // Purchases under the listing (they change no standing; with a dispute filed after
            // them the declaring enterprise bears liability).
            draft.events.append(ProcurementEvent(date: date(Int(since.daysSinceEpoch), Int(asOf.daysSinceEpoch)), status: .purchaseTransaction))
        }
        let number = addPatent(anyPatentSlot(), to: &draft)
        let effective = stage == .applying ? daysBefore(asOf, 0, 300) : date(Int(since.daysSinceEpoch), Int(asOf.daysSinceEpoch))
        let shared = random.percent(70) ? effective : nil
        var ruling = Ruling(
            id: "RUL-1", kind: random.percent(50) ? .administrativeRuling : .effectiveJudgment, finding: .infringes,
            patents: [number], effectiveOn: effective, servedOn: shared, copiedToHealthcareSecurityOn: shared)
        if random.percent(50) {
            draft.facts.disputes.append(Dispute(
                id: "DSP-1", forum: ruling.kind == .administrativeRuling ? .ipAdministration : .court,
                filedOn: daysBefore(effective, 30, 300), patents: [number], claimant: GeneratorPools.originator,
                respondent: draft.facts.enterprise.name, resolution: DisputeResolution(date: effective, kind: .decided)))
            ruling.dispute = "DSP-1"
        }
        draft.facts.rulings.append(ruling)
        addNoise(&draft, since: since)
        draft.expectation = DecisionExpectation(disposition: kind, date: .undated)
        return draft
    }
}
