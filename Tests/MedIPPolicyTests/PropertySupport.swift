// A small seeded generator of cases, rule conditions and year schedules for the property tests
// (private to the tests: the public fixture generators live in MedIPPolicyTesting). The same
// file is compiled into the libFuzzer target by Fuzz/run.sh (with MEDIP_FUZZ defined, in the
// library's own module), where fuzz bytes seed it.
#if !MEDIP_FUZZ
import Foundation
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

    /// Applies extreme values chosen by `bytes` (at most 16) to a generated case.
    mutating func applyExtremes(to theCase: inout Case, choosing bytes: Data) {
        let extremes = [0, 1, -1, Int.max, Int.min, 36_500, 3_650_000, Int(Int32.max), Int(Int32.min)]
        let dates = [CivilDate.minimum, .maximum, CivilDate(uncheckedYear: 2026, month: 12, day: 31),
                     CivilDate(uncheckedYear: 2027, month: 1, day: 1), CivilDate(uncheckedYear: 2021, month: 12, day: 31)]
        for byte in bytes.prefix(16) {
            let value = extremes[Int(byte >> 4) % extremes.count]
            let date = dates[Int(byte >> 4) % dates.count]
            switch byte & 0x0F {
            case 0 where !theCase.patents.isEmpty: theCase.patents[0].termAdjustmentDays = value
            case 1 where !theCase.patents.isEmpty: theCase.patents[0].termCompensationDays = value
            case 2 where !theCase.patents.isEmpty: theCase.patents[0].filingDate = date
            case 3 where !theCase.exclusivities.isEmpty: theCase.exclusivities[0].length.value = value
            case 4 where !theCase.exclusivities.isEmpty: theCase.exclusivities[0].start = date
            case 5 where !theCase.opinionRequests.isEmpty: theCase.opinionRequests[0].deadline = date
            case 6 where !theCase.rulings.isEmpty: theCase.rulings[0].effectiveOn = date
            case 7: theCase.round = ProcurementRound(kind: .listing, name: "R", applicationDate: date)
            case 8: theCase.procurementHistory.events.append(ProcurementEvent(date: date, status: .listingApplication))
            case 9 where !theCase.disputes.isEmpty: theCase.disputes[0].filedOn = date
            case 10 where !theCase.patents.isEmpty: theCase.patents[0].grantDate = date
            case 11: theCase.patents.append(patent())
            case 12 where !theCase.objections.isEmpty: theCase.objections[0].receivedOn = date
            case 13 where !theCase.exclusivities.isEmpty: theCase.exclusivities[0].length.unit = pick(PeriodUnit.allCases)
            case 14 where !theCase.patents.isEmpty: theCase.patents[0].drugApprovalDate = date
            default: break
            }
        }
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

/// The fuzz target's invariants, as a function from input bytes to the violations found (empty
/// when every invariant holds). The fuzzer traps on a violation; FuzzRegressionTests replays
/// Fuzz/corpus/ through the same checks.
struct FuzzInvariants {
    var violations: [String] = []

    static let evaluator = Evaluator()

    /// Runs every check on `data` and returns what failed.
    static func violations(of data: Data) -> [String] {
        var checker = FuzzInvariants()
        checker.run(data)
        return checker.violations
    }

    /// Fixed as-of dates: before any document, inside each regime, and past the covered years.
    static let dates: [CivilDate] = [
        CivilDate(uncheckedYear: 2019, month: 1, day: 1),
        CivilDate(uncheckedYear: 2023, month: 6, day: 15),
        CivilDate(uncheckedYear: 2026, month: 4, day: 1),
        CivilDate(uncheckedYear: 2026, month: 11, day: 23),
        CivilDate(uncheckedYear: 2031, month: 1, day: 1),
    ]

    mutating func fail(_ message: String) {
        violations.append(message)
    }

    mutating func run(_ data: Data) {
        // Inputs starting with 0xF5 (never the first byte of UTF-8 JSON) seed the case generator
        // of Tests/MedIPPolicyTests/PropertySupport.swift instead, which reaches evaluation far
        // more often than mutated bytes do; the decoded-bytes path below still runs on the
        // generated case's JSON.
        if data.first == 0xF5 {
            var seed: UInt64 = 0
            for byte in data.dropFirst().prefix(8) { seed = seed << 8 | UInt64(byte) }
            var generator = CaseGenerator(seed: seed)
            var generated = generator.makeCase()
            generator.applyExtremes(to: &generated, choosing: data.dropFirst(9))
            guard let json = try? CaseFile.encode(generated, pretty: false) else { return fail("cannot encode a generated case") }
            return run(json)
        }
        Self.otherReaders(data)
        let theCase: Case
        do {
            theCase = try CaseFile.decode(data)
        } catch {
            // Every decoding failure carries a code from the documented list.
            if !CaseFileError.Code.all.contains(error.code) { fail("undocumented code \(error.code)") }
            if error.message.isEmpty { fail("an error without a message at \(error.path)") }
            return
        }
        roundTrip(theCase)
        let issues = theCase.validate()
        let errors = issues.filter { $0.severity == .error }
        for date in Self.dates {
            evaluate(theCase, on: date, errors: errors)
        }
        screen(theCase, on: CivilDate(uncheckedYear: 2026, month: 11, day: 23))
    }

    /// The screening path agrees with direct evaluation: `screenJSONLines` on the case's compact
    /// JSON writes exactly the line `JSONEncoder` writes for the decision (or a failure line for
    /// a case that cannot be decided), and the verdict fast path equals the decision's verdict.
    mutating func screen(_ theCase: Case, on date: CivilDate) {
        guard let line = try? CaseFile.encode(theCase, pretty: false), line.count <= CaseFile.maxBytes else { return }
        var pending: ArraySlice<UInt8>? = Array(line)[...]
        var output: [UInt8] = []
        do {
            _ = try Screener(evaluator: Self.evaluator, asOf: date, jobs: 1).screenJSONLines(
                readLine: {
                    defer { pending = nil }
                    return pending
                },
                write: { output += $0 })
        } catch {
            return fail("screening threw: \(error)")
        }
        guard let decision = try? Self.evaluator.evaluate(theCase, asOf: date, detail: .summary) else {
            if (try? JSONDecoder().decode(ScreenedLine.self, from: Data(output)))?.error == nil {
                fail("screening did not report an undecidable case as a failure")
            }
            return
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let reference = try? encoder.encode(ScreenedLine(line: 1, decision: decision, error: nil)) else {
            return fail("cannot encode a screened line")
        }
        if output != Array(reference) + [0x0A] { fail("the screened line differs from JSONEncoder's on \(date)") }
        if let verdict = try? Self.evaluator.verdict(for: theCase, asOf: date), verdict != Verdict(decision) {
            fail("the verdict differs from the decision's on \(date)")
        }
    }

    mutating func roundTrip(_ theCase: Case) {
        let first: Data
        do { first = try CaseFile.encode(theCase, pretty: false) } catch { return fail("cannot encode a decoded case: \(error)") }
        let again: Case
        do { again = try CaseFile.decode(first) } catch {
            if error.code == .tooLarge && first.count > CaseFile.maxBytes { return }
            return fail("re-decoding failed: \(error)\n\(String(decoding: first, as: UTF8.self))")
        }
        if again != theCase { return fail("round trip changed the case:\n\(String(decoding: first, as: UTF8.self))") }
        let second: Data
        do { second = try CaseFile.encode(again, pretty: false) } catch { return fail("cannot re-encode: \(error)") }
        if second != first { fail("re-encoding is not byte-identical") }
    }

    mutating func evaluate(_ theCase: Case, on date: CivilDate, errors: [ValidationIssue]) {
        let decision: Decision
        do {
            decision = try Self.evaluator.evaluate(theCase, asOf: date)
        } catch {
            if !errors.isEmpty {
                if error.issues != errors { fail("invalidCase issues differ from validate()") }
                return
            }
            switch error.calendarError {
            case .yearNotCovered?:
                return
            case .dateOutOfRange? where Self.hasDateNearTheEnd(theCase):
                // A due date counted from a date in the last days of 9999 (fuzz input
                // crash-098e1032…): year 10000 is as uncovered as 2031, past CivilDate's range.
                return
            default:
                return fail("a valid case failed to evaluate on \(date): \(error)")
            }
        }
        if !errors.isEmpty { return fail("an invalid case was evaluated: \(errors)") }
        let encoded: Data
        do { encoded = try CaseFile.encode(decision, pretty: false) } catch { return fail("cannot encode a decision: \(error)") }
        do {
            let repeated = try Self.evaluator.evaluate(theCase, asOf: date)
            let reencoded = try CaseFile.encode(repeated, pretty: false)
            if reencoded != encoded { fail("evaluation is not deterministic on \(date)") }
        } catch {
            fail("second evaluation threw: \(error)")
        }
        do {
            let decoded = try JSONDecoder().decode(Decision.self, from: encoded)
            if decoded != decision { fail("decision JSON round trip changed the decision") }
        } catch {
            fail("decision JSON does not decode: \(error)")
        }
        _ = decision.explanation(in: .en)
        _ = decision.explanation(in: .zh)
    }

    /// Whether the case holds a date in December 9999, from which a due date can leave the
    /// representable range.
    static func hasDateNearTheEnd(_ theCase: Case) -> Bool {
        guard let json = try? CaseFile.encode(theCase, pretty: false) else { return false }
        return json.firstRange(of: Data("\"9999-12-".utf8)) != nil
    }

    static func otherReaders(_ data: Data) {
        _ = try? RuleSet.decode(json: data)
        let text = String(decoding: data, as: UTF8.self)
        _ = try? YearSchedule.parseCSV(text)
        _ = try? Observation.parseCSV(text)
    }
}

// Known-valid identifiers, the fallbacks of generated ones (which are valid by construction).
// swiftlint:disable force_unwrapping
private let knownPatentNumber = PatentNumber("ZL200910123456.6")!
private let knownCreditCode = UnifiedSocialCreditCode("91110108MA01EXAMPG")!
// swiftlint:enable force_unwrapping
