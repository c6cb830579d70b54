import Foundation
import Testing
@testable import MedIPPolicy

/// Inputs the fuzzer (Fuzz/FuzzCase.swift) found or was seeded with, replayed through the same
/// invariants (`FuzzInvariants` in PropertySupport.swift) on every `swift test`: no trap, round
/// trips, evaluation of valid cases never failing but for uncovered years, determinism.
@Suite struct FuzzRegressionTests {
    static let corpusDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/corpus")

    static let corpusFiles: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpusDirectory.path)) ?? []
        return names.sorted()
    }()

    @Test func theCommittedCorpusIsThere() {
        #expect(Self.corpusFiles.count >= 5)
    }

    @Test(arguments: corpusFiles)
    func committedCorpusInputHoldsEveryInvariant(_ name: String) throws {
        let data = try Data(contentsOf: Self.corpusDirectory.appendingPathComponent(name))
        #expect(FuzzInvariants.violations(of: data) == [])
    }

    /// Generated cases (the fuzzer's `0xF5` mode) with every extreme value applied.
    @Test(arguments: 0..<64)
    func generatedCasesWithExtremeValuesHoldEveryInvariant(_ seed: Int) {
        var bytes: [UInt8] = [0xF5, 0, 0, 0, 0, 0, 0, 0, UInt8(seed)]
        bytes += (0..<16).map { UInt8(truncatingIfNeeded: seed &* 37 &+ $0 &* 17) }
        #expect(FuzzInvariants.violations(of: Data(bytes)) == [])
    }

    @Test func theExampleCasesHoldEveryInvariant() throws {
        let directory = Self.corpusDirectory.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Documentation/Examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".json") && $0 != "expected-decisions.json" }
        #expect(files.count >= 15)
        for file in files {
            let data = try Data(contentsOf: directory.appendingPathComponent(file))
            #expect(FuzzInvariants.violations(of: data) == [], "\(file)")
        }
    }
}
