import Foundation
import Testing
@testable import MedIPPolicy

/// One shared evaluator used from many tasks at once gives exactly the sequential results.
/// `.ci/tsan.sh` runs this suite under ThreadSanitizer (`swift test --sanitize=thread --filter
/// Concurrency`), which fails on any data race.
@Suite struct ConcurrencyTests {
    static let tasks = 8
    static let evaluationsPerTask = 200

    /// The example cases with their expected as-of dates.
    static func examples() throws -> [(Case, CivilDate)] {
        let directory = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Documentation/Examples")
        struct Entry: Decodable { var file: String; var asOf: CivilDate }
        struct Manifest: Decodable { var examples: [Entry] }
        let manifest = try JSONDecoder().decode(
            Manifest.self, from: Data(contentsOf: directory.appendingPathComponent("expected-decisions.json")))
        return try manifest.examples.map { entry in
            (try CaseFile.decode(Data(contentsOf: directory.appendingPathComponent(entry.file))), entry.asOf)
        }
    }

    @Test func oneEvaluatorSharedByManyTasksGivesTheSequentialResults() async throws {
        let inputs = try Self.examples()
        #expect(inputs.count >= 15)
        let evaluator = Evaluator()
        let sequential = try inputs.map { try CaseFile.encode(try evaluator.evaluate($0.0, asOf: $0.1)) }

        let results = try await withThrowingTaskGroup(of: [(Int, Data)].self) { group in
            for task in 0..<Self.tasks {
                group.addTask {
                    var produced: [(Int, Data)] = []
                    for step in 0..<Self.evaluationsPerTask {
                        let index = (task * 7 + step) % inputs.count
                        let (theCase, date) = inputs[index]
                        produced.append((index, try CaseFile.encode(try evaluator.evaluate(theCase, asOf: date))))
                    }
                    return produced
                }
            }
            var all: [(Int, Data)] = []
            for try await produced in group { all += produced }
            return all
        }
        #expect(results.count == Self.tasks * Self.evaluationsPerTask)
        for (index, bytes) in results {
            #expect(bytes == sequential[index], "example \(index) differs when evaluated concurrently")
        }
    }

    @Test func decodingValidatingAndCalendarQueriesRunConcurrently() async throws {
        let texts = try Self.examples().map { try CaseFile.encode($0.0) }
        let calendar = WorkingDayCalendar.china
        let start = try CivilDate(iso8601: "2026-09-28")
        let expectedDue = try calendar.adding(workingDays: 15, to: start)
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for task in 0..<Self.tasks {
                group.addTask {
                    var ok = true
                    for step in 0..<50 {
                        let data = texts[(task + step) % texts.count]
                        guard let theCase = try? CaseFile.decode(data) else { return false }
                        ok = ok && theCase.validate().allSatisfy { $0.severity == .warning }
                        ok = ok && (try? calendar.adding(workingDays: 15, to: start)) == expectedDue
                        ok = ok && Evaluator().rules.rules.count == RuleSet.standard.rules.count
                    }
                    return ok
                }
            }
            var all: [Bool] = []
            for await outcome in group { all.append(outcome) }
            return all
        }
        #expect(outcomes == Array(repeating: true, count: Self.tasks))
    }

    @Test func screeningFromManyTasksAtOnceGivesTheSequentialResults() async throws {
        let examples = try Self.examples()
        let evaluator = Evaluator()
        let asOf = CivilDate(uncheckedYear: 2026, month: 11, day: 23)
        let lines: [[UInt8]] = try examples.map { Array(try CaseFile.encode($0.0, pretty: false)) }
        func screenAll(jobs: Int) throws -> [[UInt8]] {
            var input = lines.map { $0[...] }.makeIterator()
            var output: [[UInt8]] = []
            let screener = Screener(evaluator: evaluator, asOf: asOf, jobs: jobs, batchSize: 5)
            _ = try screener.screenJSONLines(readLine: { input.next() }, write: { output += $0.outputLines })
            return output
        }
        let sequential = try screenAll(jobs: 1)
        let results = try await withThrowingTaskGroup(of: [[UInt8]].self) { group in
            for _ in 0..<Self.tasks { group.addTask { try screenAll(jobs: 3) } }
            var all: [[[UInt8]]] = []
            for try await result in group { all.append(result) }
            return all
        }
        #expect(results.count == Self.tasks)
        #expect(results.allSatisfy { $0 == sequential })
    }
}
