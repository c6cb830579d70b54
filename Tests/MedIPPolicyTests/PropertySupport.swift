// A small seeded generator of cases, rule conditions and year schedules for the property tests
// (private to the tests: the public fixture generators live in MedIPPolicyTesting). The same
// file is compiled into the libFuzzer target by Fuzz/run.sh (with MEDIP_FUZZ defined, in the
// library's own module), where fuzz bytes seed it.
#if !MEDIP_FUZZ
import MedIPPolicy
#endif

/// SplitMix64: a tiny, fast, well-mixed deterministic generator.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Generates mostly valid cases: dates in order, references to things the case holds, values
/// within their legal ranges — so that evaluation, not validation, is exercised.
struct CaseGenerator {
    var rng: SplitMix64

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }
    mutating func pick<T>(_ values: [T]) -> T { values[int(0...(values.count - 1))] }

    /// A date between 1 January of `from` and 31 December of `to`.
    mutating func date(_ from: Int, _ to: Int) -> CivilDate {
        let low = CivilDate.daysFromCivil(year: from, month: 1, day: 1)
        let high = CivilDate.daysFromCivil(year: to, month: 12, day: 31)
        return CivilDate(uncheckedDaysSinceEpoch: int(low...high))
    }

    /// A date 0…`days` days after `date` (held at 9999-12-31).
    mutating func date(after date: CivilDate, within days: Int) -> CivilDate {
        date.saturatingAdding(days: int(0...days))
    }

    static let creditCodes = ["91110108MA01EXAMPG", "914403001922038216", "91320500MA1TEXT00P"]

    mutating func patentNumber(_ type: PatentType, year: Int) -> PatentNumber {
        let typeDigit = switch type {
        case .invention: 1
        case .utilityModel: 2
        case .design: 3
        }
        var digits = String(year).compactMap { $0.wholeNumberValue } + [typeDigit]
        for _ in 0..<7 { digits.append(int(0...9)) }
        let text = "ZL" + digits.map(String.init).joined() + "." + String(PatentNumber.checkDigit(for: digits))
        return PatentNumber(text) ?? knownPatentNumber
    }

    mutating func patent() -> Patent {
        let type = pick([PatentType.invention, .invention, .utilityModel, .design])
        let filing = date(2003, 2023)
        let number = patentNumber(type, year: filing.year)
        let grant: CivilDate? = chance(90) ? date(after: filing, within: 2_000) : nil
        var history: [PatentStatusEvent] = []
        if let grant, chance(20) {
            let ended = date(after: grant, within: 3_000)
            history.append(PatentStatusEvent(date: ended, event: pick([.terminated, .surrendered, .invalidatedWhole])))
            if chance(30) { history.append(PatentStatusEvent(date: date(after: ended, within: 300), event: .restored)) }
        }
        let compensation = type == .invention && chance(20) ? int(0...1_500) : 0
        return Patent(
            number: number, type: type, filingDate: filing, grantDate: grant, statusHistory: history,
            termAdjustmentDays: type == .invention && chance(15) ? int(0...700) : 0,
            termCompensationDays: compensation,
            drugApprovalDate: compensation > 0 ? date(2015, 2024) : nil)
    }

    mutating func makeCase() -> Case {
        let enterprise = Enterprise(
            name: pick(["示例制药有限公司", "Acme Pharma", "E"]),
            creditCode: UnifiedSocialCreditCode(pick(Self.creditCodes)) ?? knownCreditCode)
        let category = pick(ProductCategory.allCases)
        let drugClass: DrugClass? = category.isDrug ? pick(DrugClass.allCases) : nil
        let product = Product(
            id: "P-\(int(0...999))", name: "N", category: category, drugClass: drugClass,
            referenceProduct: drugClass?.declaresAgainstReference == true ? "R" : nil,
            marketingAuthorisationHolder: chance(50) ? enterprise.name : "M",
            rareDisease: chance(15), paediatric: chance(15),
            greenChannelQualified: drugClass == .innovative ? chance(60) : nil)

        var patents: [Patent] = []
        for _ in 0..<int(0...3) {
            let candidate = patent()
            if !patents.contains(where: { $0.number == candidate.number }) { patents.append(candidate) }
        }
        let numbers = patents.map(\.number)
        func somePatents(_ generator: inout CaseGenerator) -> [PatentNumber] {
            guard !numbers.isEmpty else { return [] }
            return [generator.pick(numbers)]
        }

        var declarations: [PatentLinkageDeclaration] = []
        if drugClass?.declaresAgainstReference == true {
            for _ in 0..<int(0...2) {
                let category = pick(LinkageDeclarationCategory.allCases)
                let patent: PatentNumber? = category.namesPatent ? numbers.isEmpty ? nil : pick(numbers) : nil
                if category.namesPatent && patent == nil { continue }
                if let patent, declarations.contains(where: { $0.patent == patent }) { continue }
                declarations.append(PatentLinkageDeclaration(
                    category: category, patent: patent, declaredOn: date(2020, 2026), declarant: "D"))
            }
        }

        var commitments: [Commitment] = []
        if chance(70) {
            let committed = date(2021, 2026)
            let findings: [CommitmentFinding] = chance(15)
                ? [CommitmentFinding(date: date(after: committed, within: 400), kind: pick(CommitmentFindingKind.allCases), authority: "A")]
                : []
            commitments.append(Commitment(kind: .listingSelfCommitment, date: committed, findings: findings))
        }
        if let number = numbers.first, chance(30) {
            commitments.append(Commitment(kind: .noMarketingBeforeExpiry, date: date(2020, 2026), patent: number))
        }

        var objections: [InfringementObjection] = []
        var requests: [OpinionRequest] = []
        for index in 0..<(numbers.isEmpty ? 0 : int(0...2)) {
            let received = date(2022, 2026)
            let withdrawn: CivilDate? = chance(15) ? date(after: received, within: 200) : nil
            let outcome: ObjectionOutcome? = chance(30)
                ? ObjectionOutcome(date: date(after: received, within: 200), finding: pick(ObjectionFinding.allCases)) : nil
            objections.append(InfringementObjection(
                id: "O-\(index)", receivedOn: received, receivedBy: pick(ObjectionReceiver.allCases), objector: "X",
                patents: somePatents(&self), withdrawnOn: withdrawn, outcome: outcome))
            if chance(70) {
                let requested = date(after: received, within: 30)
                let deadline = date(after: requested, within: 60)
                let opinion: IPOpinion? = chance(50)
                    ? IPOpinion(date: date(after: requested, within: 90), kind: pick(OpinionKind.allCases), finding: pick(OpinionFinding.allCases))
                    : nil
                requests.append(OpinionRequest(
                    id: "R-\(index)", objection: "O-\(index)", requestedOn: requested, deadline: deadline, opinion: opinion))
            }
        }

        var disputes: [Dispute] = []
        var rulings: [Ruling] = []
        for index in 0..<(numbers.isEmpty ? 0 : int(0...2)) {
            let filed = date(2022, 2026)
            let resolution: DisputeResolution? = chance(25)
                ? DisputeResolution(date: date(after: filed, within: 300), kind: pick(DisputeResolutionKind.allCases)) : nil
            disputes.append(Dispute(
                id: "D-\(index)", forum: pick(DisputeForum.allCases), filedOn: filed, patents: somePatents(&self),
                claimant: "X", respondent: "Y", resolution: resolution))
            if chance(50) {
                let effective = date(after: filed, within: 400)
                if let resolution, resolution.kind != .decided, resolution.date <= effective { continue }
                rulings.append(Ruling(
                    id: "J-\(index)", dispute: "D-\(index)", kind: pick(RulingKind.allCases),
                    finding: pick(RulingFinding.allCases), patents: somePatents(&self), effectiveOn: effective,
                    servedOn: chance(50) ? date(after: effective, within: 30) : nil,
                    copiedToHealthcareSecurityOn: chance(50) ? date(after: effective, within: 30) : nil,
                    setAsideOn: chance(10) ? date(after: effective, within: 300) : nil))
            }
        }

        var exclusivities: [MarketExclusivity] = []
        if chance(25) {
            let kind = pick(ExclusivityKind.allCases)
            let start = date(2022, 2026)
            exclusivities.append(MarketExclusivity(
                kind: kind, start: start, length: .months(int(0...12)),
                endedOn: chance(10) ? date(after: start, within: 200) : nil,
                challengedPatent: kind == .patentChallenge && !numbers.isEmpty && chance(50) ? pick(numbers) : nil,
                holder: chance(20) ? enterprise.name : nil))
        }

        var creditEvents: [CreditEvent] = []
        if chance(20) {
            let rated = date(2022, 2026)
            let scheme = CreditRatingScheme.scheme(forRatingOn: rated)
            creditEvents.append(CreditEvent(
                date: rated, kind: pick(CreditConductKind.allCases), scheme: scheme.id, level: pick(scheme.levels),
                authority: "A", clearedOn: chance(30) ? date(after: rated, within: 400) : nil))
        }

        var events: [ProcurementEvent] = []
        var cursor = date(2022, 2026)
        for _ in 0..<int(0...3) {
            events.append(ProcurementEvent(date: cursor, status: pick(ProcurementStatus.allCases)))
            cursor = date(after: cursor, within: 200)
        }
        let round: ProcurementRound? = chance(50)
            ? ProcurementRound(kind: pick(ProcurementRoundKind.allCases), name: "R", applicationDate: chance(80) ? date(2022, 2026) : nil)
            : nil
        let attention: RiskAttention? = chance(20)
            ? RiskAttention(largeScale: chance(70), highAttention: chance(70), ipRisk: chance(70)) : nil

        return Case(
            id: "case-\(int(0...99_999))", jurisdiction: pick(Jurisdiction.allCases), enterprise: enterprise,
            product: product, patents: patents, declarations: declarations, commitments: commitments,
            objections: objections, opinionRequests: requests, disputes: disputes, rulings: rulings,
            exclusivities: exclusivities, creditEvents: creditEvents, procurementHistory: ProcurementHistory(events),
            round: round, attention: attention)
    }

    /// An as-of date: mostly inside the covered years, sometimes before the documents.
    mutating func asOf() -> CivilDate {
        chance(90) ? date(2022, 2026) : date(2018, 2021)
    }

    /// A random condition tree of at most `depth` levels.
    mutating func condition(depth: Int = 4) -> Condition {
        if depth <= 1 || chance(40) { return .predicate(pick(Predicate.allCases)) }
        switch int(0...2) {
        case 0: return .not(condition(depth: depth - 1))
        case 1: return .all((0..<int(0...3)).map { _ in condition(depth: depth - 1) })
        default: return .any((0..<int(0...3)).map { _ in condition(depth: depth - 1) })
        }
    }

    /// A valid year schedule: a few holidays on any day, a few working weekend days.
    mutating func yearSchedule(year: Int) -> YearSchedule? {
        var entries: [YearSchedule.Entry] = []
        var used = Set<CivilDate>()
        for _ in 0..<int(0...12) {
            let day = date(year, year)
            guard used.insert(day).inserted else { continue }
            if day.isWeekend && chance(40) {
                entries.append(YearSchedule.Entry(date: day, status: .work, festival: pick(["春节", "国庆节"])))
            } else {
                entries.append(YearSchedule.Entry(date: day, status: .off, festival: pick(["元旦", "春节", "中秋节、国庆节"])))
            }
        }
        return try? YearSchedule(year: year, entries: entries)
    }
}

// Known-valid identifiers, the fallbacks of generated ones (which are valid by construction).
// swiftlint:disable force_unwrapping
private let knownPatentNumber = PatentNumber("ZL200910123456.6")!
private let knownCreditCode = UnifiedSocialCreditCode("91110108MA01EXAMPG")!
// swiftlint:enable force_unwrapping
