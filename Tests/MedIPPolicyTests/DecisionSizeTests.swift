import Foundation
import Testing
import MedIPPolicy

/// The storage figures Getting Started states ("Store the decision and its citations"): a
/// decision evaluated with `detail: .summary` is about 1 KB of compact JSON, the full trace
/// several times that. Measured on every example of Documentation/Examples/.
@Suite struct DecisionSizeTests {
    @Test func summaryDecisionsAreAboutAKilobyteAndAFractionOfTheFullTrace() throws {
        var summaryBytes: [Int] = []
        var fullBytes: [Int] = []
        for example in ExampleDecisionTests.examples {
            let data = try Data(contentsOf: ExampleDecisionTests.directory.appendingPathComponent(example.file))
            let facts = try CaseFile.decode(data)
            let evaluator = Evaluator()
            let summary = try evaluator.evaluate(facts, asOf: example.asOf, detail: .summary)
            let full = try evaluator.evaluate(facts, asOf: example.asOf, detail: .full)
            #expect(summary.trace == nil)
            summaryBytes.append(try CaseFile.encode(summary, pretty: false).count)
            fullBytes.append(try CaseFile.encode(full, pretty: false).count)
        }
        try #require(!summaryBytes.isEmpty)
        let meanSummary = summaryBytes.reduce(0, +) / summaryBytes.count
        let meanFull = fullBytes.reduce(0, +) / fullBytes.count
        print("decision sizes over \(summaryBytes.count) examples: summary mean \(meanSummary) B (\(summaryBytes.min() ?? 0)–\(summaryBytes.max() ?? 0)), full mean \(meanFull) B (\(fullBytes.min() ?? 0)–\(fullBytes.max() ?? 0))")
        // Loose bounds, so that the article's "about 1 KB" and "several times more" stay true.
        #expect(meanSummary < 2_048)
        #expect(meanFull > 4 * meanSummary)
    }
}
