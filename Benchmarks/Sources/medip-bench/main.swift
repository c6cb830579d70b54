// medip-bench: the Swift measurements of Benchmarks/README.md. Figures are printed, never
// asserted by timing; agreement between implementations is asserted (exit 1 on disagreement).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MedIPPolicy
import MedIPPolicyTesting

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, _ fallback: Int) -> Int {
    guard let index = arguments.firstIndex(of: "--\(name)"), index + 1 < arguments.count,
          let value = Int(arguments[index + 1]) else { return fallback }
    return value
}
/// A date from components known to be valid.
func day(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
    (try? CivilDate(year: year, month: month, day: day)) ?? .minimum
}
/// `date` moved by `days`.
func shift(_ date: CivilDate, _ days: Int) -> CivilDate { (try? date.adding(days: days)) ?? date }
let asOf = day(2026, 11, 23)

/// Nanoseconds of monotonic time.
func now() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
}

/// Runs `body` over `items` in batches and returns the median, 10th and 90th percentile
/// nanoseconds per item across batches.
func measure<T>(_ items: [T], batch: Int = 1_000, rounds: Int = 5, _ body: (T) -> Void) -> (median: Double, p10: Double, p90: Double) {
    var perItem: [Double] = []
    for _ in 0..<rounds {
        var start = 0
        while start < items.count {
            let end = min(items.count, start + batch)
            // Through the buffer so the harness lends each item rather than copying it (a copy
            // of a case retains and releases every string and array in it, which is not the
            // measured code's cost).
            let elapsed = items.withUnsafeBufferPointer { buffer in
                let begin = now()
                for index in start..<end { body(buffer[index]) }
                return now() - begin
            }
            perItem.append(Double(elapsed) / Double(end - start))
            start = end
        }
    }
    perItem.sort()
    return (perItem[perItem.count / 2], perItem[perItem.count / 10], perItem[perItem.count * 9 / 10])
}

func format(_ nanoseconds: Double) -> String {
    nanoseconds >= 1_000 ? String(format: "%.2f µs", nanoseconds / 1_000) : String(format: "%.0f ns", nanoseconds)
}

/// The issue's "typical case": 8 patents, 2 declarations, 1 objection, 1 dispute, 2 rulings — a
/// Beijing generic, listed and VBP-selected, with varied dates per copy.
func typicalCase(_ serial: Int) -> Case {
    let base = day(2012, 1, 10)
    let patents: [Patent] = (0..<8).map { index in
        let filed = shift(base, 97 * index + serial % 300)
        return Patent(
            number: FixtureIdentifiers.patentNumber(filedOn: filed, serial: 100 + index),
            holder: "原研药业股份有限公司", filingDate: filed, grantDate: shift(filed, 1_100),
            registrableCategory: index < 3 ? .chemicalCompound : .chemicalMedicalUse,
            registeredOnPlatform: index < 3)
    }
    let numbers = patents.map(\.number)
    let enterprise = Enterprise(name: "示例制药有限公司", creditCode: FixtureIdentifiers.creditCode(serial: serial % 5_000))
    let product = Product(
        id: "P-\(serial)", name: "示例替尼片", category: .chemicalDrug, drugClass: .generic, referenceProduct: "原研片",
        marketingAuthorisationHolder: enterprise.name,
        approvalNumber: FixtureIdentifiers.approvalNumber(for: .chemicalDrug, year: 2024, serial: 1 + serial % 9_000),
        approvalDate: day(2024, 6, 1))
    let listedOn = day(2025, 3, 1)
    let filed = day(2025, 9, 1 + serial % 28)
    return Case(
        id: "typical-\(serial)", jurisdiction: .beijing, enterprise: enterprise, product: product, patents: patents,
        declarations: [
            PatentLinkageDeclaration(category: .fourPointTwo, patent: numbers[0], declaredOn: day(2023, 5, 5), declarant: enterprise.name),
            PatentLinkageDeclaration(category: .three, patent: numbers[1], declaredOn: day(2023, 5, 5), declarant: enterprise.name),
        ],
        commitments: [Commitment(kind: .listingSelfCommitment, date: day(2025, 2, 20))],
        objections: [InfringementObjection(id: "O-1", receivedOn: day(2025, 6, 2), receivedBy: .healthcareSecurity, objector: "原研药业股份有限公司", patents: [numbers[2]])],
        disputes: [Dispute(id: "D-1", forum: .court, filedOn: filed, patents: [numbers[2]], claimant: "原研药业股份有限公司", respondent: enterprise.name)],
        rulings: [
            Ruling(id: "R-1", kind: .administrativeRuling, finding: serial % 2 == 0 ? .infringes : .doesNotInfringe, patents: [numbers[3]], effectiveOn: day(2026, 2, 2), servedOn: day(2026, 2, 4), copiedToHealthcareSecurityOn: day(2026, 2, 6)),
            Ruling(id: "R-2", kind: .effectiveJudgment, finding: .doesNotInfringe, patents: [numbers[4]], effectiveOn: day(2026, 5, 9)),
        ],
        procurementHistory: [
            ProcurementEvent(date: day(2025, 2, 20), status: .listingApplication),
            ProcurementEvent(date: listedOn, status: .listed),
            ProcurementEvent(date: day(2025, 8, 1), status: .vbpSelected),
        ])
}

func evaluatorBenchmark() {
    let count = option("count", 20_000)
    let cases = (0..<count).map(typicalCase)
    let evaluator = Evaluator()
    guard cases.allSatisfy({ $0.isValid }) else {
        print("typical cases are not valid")
        exit(1)
    }
    var sink = 0
    let oracle = measure(cases) { sink &+= (try? ReferenceOracle.verdict(for: $0, asOf: asOf))?.disposition.restrictiveness ?? 0 }
    let verdict = measure(cases) { sink &+= (try? evaluator.verdict(for: $0, asOf: asOf))?.disposition.restrictiveness ?? 0 }
    let summary = measure(cases) { sink &+= (try? evaluator.evaluate($0, asOf: asOf, detail: .summary))?.obligations.count ?? 0 }
    let full = measure(cases) { sink &+= (try? evaluator.evaluate($0, asOf: asOf))?.trace?.fired.count ?? 0 }
    let validate = measure(cases) { sink &+= $0.validate().count }
    print("evaluator vs hand-written oracle — typical case (8 patents, 2 declarations, 1 objection, 1 dispute, 2 rulings), \(count) cases, median of batches [p10–p90]")
    print("  oracle (plain ifs)              \(format(oracle.median)) [\(format(oracle.p10))–\(format(oracle.p90))]")
    print("  evaluator.verdict               \(format(verdict.median)) [\(format(verdict.p10))–\(format(verdict.p90))]  ratio \(String(format: "%.2f", verdict.median / oracle.median))×")
    print("  evaluate(detail: .summary)      \(format(summary.median))  (validation + citations, no trace)")
    print("  evaluate (full trace)           \(format(full.median))  (validation + citations + trace)")
    print("  validate() alone                \(format(validate.median))")
    if sink == 42 { print("") }
}

func differential() {
    let count = option("count", 1_000_000)
    let evaluator = Evaluator()
    let diverse = arguments.contains("--diverse")
    var generator = CaseGenerator(seed: UInt64(option("seed", 2026)), diverse: diverse)
    var disagreements = 0
    var seenKinds = Set<DispositionKind>()
    let begin = now()
    for index in 0..<count {
        let generated = generator.next()
        let expected = try? ReferenceOracle.verdict(for: generated.facts, asOf: generated.asOf)
        let actual = try? evaluator.verdict(for: generated.facts, asOf: generated.asOf)
        if expected != actual {
            disagreements += 1
            if disagreements <= 5 {
                print("disagreement at case \(index) (\(generated.facts.id) @ \(generated.asOf)): oracle \(String(describing: expected)) evaluator \(String(describing: actual))")
            }
        }
        if let kind = actual?.disposition { seenKinds.insert(kind) }
    }
    let seconds = Double(now() - begin) / 1e9
    // `admit` is no standard rule's disposition (a case no rule decides goes the ordinary
    // procedure), so every other kind must be reached.
    let reachable = Set(DispositionKind.allCases).subtracting([.admit])
    print("differential: \(count) generated\(diverse ? " diverse" : "") cases, \(disagreements) disagreements, \(seenKinds.intersection(reachable).count)/\(reachable.count) reachable dispositions seen, \(String(format: "%.1f", seconds)) s")
    if disagreements > 0 || !reachable.isSubset(of: seenKinds) { exit(1) }
}

/// How many distinct predicate vectors (fact combinations as the rules read them) a corpus of
/// `--count` generated cases holds, realistic and diverse.
func diversity() {
    let count = option("count", 100_000)
    let seed = UInt64(option("seed", 2026))
    let realistic = PredicateVector.distinctCount(in: CaseGenerator(seed: seed), count: count)
    let diverse = PredicateVector.distinctCount(in: CaseGenerator(seed: seed, diverse: true), count: count)
    print("distinct predicate vectors in \(count) generated cases: \(realistic) realistic (`medip generate`), \(diverse) diverse (`medip generate --diverse`)")
}

func calendarBenchmark() {
    let count = option("count", 1_000_000)
    let calendar = WorkingDayCalendar.china
    var random = FixtureRandom(seed: 7)
    let first = day(2022, 1, 1)
    let starts = (0..<count).map { _ in (shift(first, random.uniform(below: 1_400)), random.uniform(in: 1...60)) }
    var sink: Int32 = 0
    let deadline = measure(starts, batch: 10_000) { sink &+= (try? calendar.adding(workingDays: $0.1, to: $0.0))?.daysSinceEpoch ?? 0 }
    let between = measure(starts, batch: 10_000) { sink &+= Int32(truncatingIfNeeded: (try? calendar.workingDays(from: $0.0, to: shift($0.0, $0.1))) ?? 0) }
    let period = measure(starts, batch: 10_000) { sink &+= (try? calendar.endOfPeriod(.days($0.1), from: $0.0))?.daysSinceEpoch ?? 0 }
    print("calendar — \(count) computations over 2022–2026, median of batches")
    print("  adding(workingDays:to:)   \(format(deadline.median)) per deadline")
    print("  workingDays(from:to:)     \(format(between.median))")
    print("  endOfPeriod(.days(n))     \(format(period.median)) (with holiday roll-forward)")
    if sink == 42 { print("") }
}

/// Where screening time goes: each stage over the same generated JSON Lines, one core.
func stages() {
    let count = option("count", 20_000)
    var generator = CaseGenerator(seed: 2026)
    let lines: [[UInt8]] = (0..<count).compactMap { _ in
        let generated = generator.next()
        let facts = generated.facts.shifted(byDays: generated.asOf.days(to: asOf))
        return (try? CaseFile.encode(facts, pretty: false)).map { Array($0) }
    }
    let bytes = lines.reduce(0) { $0 + $1.count }
    let cases = lines.compactMap { try? CaseFile.decodeLine($0[...]) }
    let evaluator = Evaluator()
    let decisions = cases.compactMap { try? evaluator.evaluate($0, asOf: asOf, detail: .summary) }
    var sink = 0
    let foundation = measure(lines) { sink &+= (try? CaseFile.decode(Data($0)))?.patents.count ?? 0 }
    let fast = measure(lines) { sink &+= (try? CaseFile.decodeLine($0[...]))?.patents.count ?? 0 }
    let validate = measure(cases) { sink &+= $0.validate().count }
    let verdict = measure(cases) { sink &+= (try? evaluator.verdict(for: $0, asOf: asOf))?.flags.count ?? 0 }
    let summary = measure(cases) { sink &+= (try? evaluator.evaluateValidated($0, asOf: asOf, detail: .summary))?.obligations.count ?? 0 }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let encode = measure(decisions) { sink &+= (try? encoder.encode(ScreenedLine(line: 1, decision: $0, error: nil)))?.count ?? 0 }
    let record = measure(decisions) { var summary = ScreeningSummary(); summary.record($0); sink &+= summary.total }
    print("screening stages — \(count) generated cases, \(bytes / count) bytes each, one core, median per case")
    print("  decode (Foundation JSONDecoder)   \(format(foundation.median))")
    print("  decode (CaseFile.decodeLine)      \(format(fast.median))")
    print("  validate                          \(format(validate.median))")
    print("  verdict (no citations)            \(format(verdict.median))")
    print("  decision, summary detail          \(format(summary.median))  (citations, obligations; no validation)")
    print("  encode output line (JSONEncoder)  \(format(encode.median))")
    print("  summary counts                    \(format(record.median))")
    if sink == 42 { print("") }
}

/// `medip-bench parse FILE`: the parse step alone, timed as run.sh times orjson's and
/// pysimdjson's parse of the same lines — the file read and split into lines first (untimed), then
/// every line decoded by `CaseFile.decodeLine`, the public reader (a new case per line, freed at
/// once; nothing kept). Prints the seconds of the loop; exits 1 if any line fails to decode (the
/// corpus is generated, so every line is a valid case).
func parseOnly() {
    guard arguments.count == 2, let data = FileManager.default.contents(atPath: arguments[1]) else {
        FileHandle.standardError.write(Data("usage: medip-bench parse FILE (a readable JSON Lines file)\n".utf8))
        exit(2)
    }
    let bytes = [UInt8](data)
    // The lines' ranges, found with `memchr` as `medip screen` finds them.
    let lines = bytes.withUnsafeBufferPointer { buffer -> [Range<Int>] in
        guard let base = buffer.baseAddress else { return [] }
        var ranges: [Range<Int>] = []
        var start = 0
        while start < buffer.count {
            var end = buffer.count
            if let found = memchr(base + start, 0x0A, buffer.count - start) {
                end = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            }
            if end > start { ranges.append(start..<end) }
            start = end + 1
        }
        return ranges
    }
    var failures = 0
    var sink = 0
    let begin = now()
    for line in lines {
        do {
            sink &+= try CaseFile.decodeLine(bytes[line]).patents.count
        } catch {
            failures += 1
        }
    }
    let seconds = Double(now() - begin) / 1e9
    guard failures == 0 else {
        FileHandle.standardError.write(Data("medip-bench parse: \(failures) of \(lines.count) lines did not decode\n".utf8))
        exit(1)
    }
    print(seconds)
    FileHandle.standardError.write(Data("\(lines.count) lines, \(sink) patents\n".utf8))
}

/// Runs `body` over `--count` typical cases `--rounds` times for a profiler, lending each case
/// (no copy), and prints a sink so the work is not optimised away.
func profile(_ body: (Case) -> Int) {
    let cases = (0..<option("count", 2_000)).map(typicalCase)
    var sink = 0
    for _ in 0..<option("rounds", 5) {
        cases.withUnsafeBufferPointer { buffer in
            for index in buffer.indices { sink &+= body(buffer[index]) }
        }
    }
    print("profiled \(sink)")
}

switch arguments.first {
case "stages": stages()
case "evaluator": evaluatorBenchmark()
case "differential": differential()
case "calendar": calendarBenchmark()
case "timeline-property": timelineProperty()
case "timeline": timelineBenchmark()
case "profile-screen": profileScreening(horizon: false)
case "profile-screen-horizon": profileScreening(horizon: true)
case "profile-timeline":
    let evaluator = Evaluator()
    profile { (try? evaluator.timeline($0, from: shift(asOf, -913), through: shift(asOf, 912)))?.segments.count ?? 0 }
case "diversity": diversity()
case "parse": parseOnly()
case "profile-validate":
    // Loops for profilers (callgrind, perf) over typical cases; nothing else is timed.
    profile { facts in facts.validate().count }
case "profile-evaluate":
    // What `timeline` times as one evaluation: validation included.
    let evaluator = Evaluator()
    profile { (try? evaluator.evaluate($0, asOf: asOf, detail: .summary))?.obligations.count ?? 0 }
case "profile-decision":
    let evaluator = Evaluator()
    profile { (try? evaluator.evaluateValidated($0, asOf: asOf, detail: .summary))?.obligations.count ?? 0 }
case "profile-verdict":
    let evaluator = Evaluator()
    profile { (try? evaluator.verdict(for: $0, asOf: asOf))?.disposition.restrictiveness ?? 0 }
default:
    print("""
        usage: medip-bench evaluator [--count N]      evaluator vs the hand-written oracle, per typical case
               medip-bench differential [--count N] [--diverse]
                                                      evaluator and oracle agree on N generated cases (exit 1 if not)
               medip-bench diversity [--count N]      distinct predicate vectors in N realistic and N diverse cases
               medip-bench calendar [--count N]       working-day deadline computations
               medip-bench timeline [--count N]       a timeline's cost against one evaluation; a horizon's cost in screening
               medip-bench timeline-property [--count N]  timelines equal day-by-day evaluation on N generated cases (exit 1 if not)
               medip-bench stages [--count N]         where screening time goes, stage by stage
               medip-bench parse FILE                 seconds to decode every line of FILE (in memory) with CaseFile.decodeLine
               medip-bench profile-verdict|profile-decision|profile-evaluate|profile-validate|profile-timeline [--count N] [--rounds R]
               medip-bench profile-screen|profile-screen-horizon [--count N] [--rounds R]  one worker, for callgrind
                                                      loops over typical cases for perf or callgrind
        """)
}
