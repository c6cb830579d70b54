// Timelines (early warning): the exactness property at scale, and what a timeline and a
// screening horizon cost.
#if canImport(Dispatch)
import Dispatch
#endif
import Foundation
import MedIPPolicy
import MedIPPolicyTesting

/// The timeline of each of `--count` generated cases (default 10,000) over a five-year window
/// around its as-of date equals day-by-day evaluation on every day; exit 1 on any mismatch.
func timelineProperty() {
    let count = option("count", 10_000)
    let seed = UInt64(option("seed", 16))
    let evaluator = Evaluator()
    let cases = Array(CaseGenerator(seed: seed, mix: .uniform).prefix(count))
    let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    final class Tally: @unchecked Sendable {
        let lock = NSLock()
        var mismatches: [String] = []
        var changes = 0
        var evaluations = 0
        var days = 0
        var failures = 0
    }
    let tally = Tally()
    let begin = now()
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
        var mismatches: [String] = []
        var changes = 0
        var evaluations = 0
        var days = 0
        var failures = 0
        for index in stride(from: worker, to: cases.count, by: workers) {
            let generated = cases[index]
            let from = shift(generated.asOf, -913)
            let through = shift(from, 1_825)
            do {
                let timeline = try evaluator.timeline(generated.facts, from: from, through: through)
                mismatches += TimelineExpectation.dayByDayMismatches(of: timeline, for: generated.facts, evaluator: evaluator, limit: 2)
                    .map(\.description)
                changes += timeline.changes.count
                evaluations += timeline.evaluations
                days += 1_826
            } catch {
                failures += 1
                mismatches.append("\(generated.facts.id): \(error)")
            }
        }
        tally.lock.lock()
        tally.mismatches += mismatches
        tally.changes += changes
        tally.evaluations += evaluations
        tally.days += days
        tally.failures += failures
        tally.lock.unlock()
    }
    let seconds = Double(now() - begin) / 1e9
    print("timeline property: \(count) generated cases, five-year windows (\(tally.days) days), \(tally.changes) changes, "
        + "\(tally.evaluations) evaluations by the timelines (\(String(format: "%.1f", Double(tally.evaluations) / Double(max(count, 1)))) per case) "
        + "against \(tally.days) day by day, \(tally.mismatches.count) mismatches, \(String(format: "%.1f", seconds)) s on \(workers) workers")
    for line in tally.mismatches.prefix(5) { print("  \(line)") }
    if !tally.mismatches.isEmpty { exit(1) }
}

/// What a timeline costs against one evaluation, and what a horizon costs a screening.
func timelineBenchmark() {
    let count = option("count", 2_000)
    let evaluator = Evaluator()
    let typical = (0..<count).map(typicalCase)
    let generated = Array(CaseGenerator(seed: 16, mix: .realistic).prefix(count)).map(\.facts)
    var sink = 0
    let single = measure(typical, batch: 200) { sink &+= (try? evaluator.evaluate($0, asOf: asOf, detail: .summary))?.obligations.count ?? 0 }
    let year = measure(typical, batch: 200) {
        sink &+= (try? evaluator.timeline($0, from: asOf, through: shift(asOf, 365)))?.segments.count ?? 0
    }
    let fiveYears = measure(typical, batch: 200) {
        sink &+= (try? evaluator.timeline($0, from: shift(asOf, -913), through: shift(asOf, 912)))?.segments.count ?? 0
    }
    let evaluations = typical.prefix(200).map { (try? evaluator.timeline($0, from: shift(asOf, -913), through: shift(asOf, 912)))?.evaluations ?? 0 }
    let generatedSingle = measure(generated, batch: 200) { sink &+= (try? evaluator.evaluate($0, asOf: asOf, detail: .summary))?.obligations.count ?? 0 }
    let generatedYear = measure(generated, batch: 200) {
        sink &+= (try? evaluator.timeline($0, from: asOf, through: shift(asOf, 365)))?.segments.count ?? 0
    }
    print("timeline vs one evaluation, \(count) cases, median of batches [p10–p90]")
    print("  typical case: evaluate(.summary)       \(format(single.median)) [\(format(single.p10))–\(format(single.p90))]")
    print("  typical case: timeline, 1 year          \(format(year.median)) [\(format(year.p10))–\(format(year.p90))]  \(String(format: "%.1f", year.median / single.median))× one evaluation")
    print("  typical case: timeline, 5 years         \(format(fiveYears.median)) [\(format(fiveYears.p10))–\(format(fiveYears.p90))]  \(String(format: "%.1f", fiveYears.median / single.median))× (\(String(format: "%.1f", Double(evaluations.reduce(0, +)) / Double(max(evaluations.count, 1)))) evaluations per timeline; day by day would be 1,826)")
    print("  generated cases: evaluate(.summary)    \(format(generatedSingle.median))")
    print("  generated cases: timeline, 1 year       \(format(generatedYear.median))  \(String(format: "%.1f", generatedYear.median / generatedSingle.median))×")

    // Screening throughput with and without a horizon (JSON Lines in memory, all cores).
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let lines: [[UInt8]] = generated.compactMap { try? Array(encoder.encode($0)) }
    let screener = Screener(evaluator: evaluator, asOf: asOf)
    func run(_ body: (inout Int, @escaping () -> ArraySlice<UInt8>?) throws -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            var position = 0
            var bytes = 0
            let begin = now()
            try? body(&bytes) {
                guard position < lines.count else { return nil }
                defer { position += 1 }
                return lines[position][...]
            }
            best = min(best, Double(now() - begin) / 1e9)
            sink &+= bytes
        }
        return Double(lines.count) / best
    }
    let plain = run { bytes, next in
        _ = try screener.screenJSONLines(readLine: next, write: { bytes += $0.count })
    }
    let horizon = run { bytes, next in
        _ = try screener.screenJSONLines(horizon: ScreeningHorizon(through: shift(asOf, 365)), readLine: next, write: { bytes += $0.count })
    }
    print("screening \(lines.count) generated cases on \(screener.jobs) workers (best of 3)")
    print("  without a horizon                       \(String(format: "%.0f", plain)) cases/s")
    print("  --horizon one year                      \(String(format: "%.0f", horizon)) cases/s  (\(String(format: "%.1f", plain / horizon))× slower)")
    if sink == 42 { print("") }
}

/// Screens `--count` generated cases (default 2,000) on one worker, with a one-year horizon when
/// `horizon` is true, and times nothing: for callgrind, to count the instructions a horizon adds
/// per case.
func profileScreening(horizon: Bool) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let lines: [[UInt8]] = CaseGenerator(seed: 16, mix: .realistic).prefix(option("count", 2_000)).compactMap { try? Array(encoder.encode($0.facts)) }
    let screener = Screener(evaluator: Evaluator(), asOf: asOf, jobs: 1)
    var bytes = 0
    for _ in 0..<option("rounds", 1) {
        var position = 0
        let next = { () -> ArraySlice<UInt8>? in
            guard position < lines.count else { return nil }
            defer { position += 1 }
            return lines[position][...]
        }
        if horizon {
            _ = try? screener.screenJSONLines(horizon: ScreeningHorizon(through: shift(asOf, 365)), readLine: next, write: { bytes += $0.count })
        } else {
            _ = try? screener.screenJSONLines(readLine: next, write: { bytes += $0.count })
        }
    }
    print("profiled \(bytes) bytes")
}
