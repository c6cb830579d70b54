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

    /// The committed corpus and the examples through each per-layer target (Fuzz/run.sh runs
    /// them with MEDIP_FUZZ_TARGET).
    @Test(arguments: FuzzTarget.allCases)
    func committedCorpusHoldsEveryTargetsInvariants(_ target: FuzzTarget) throws {
        let examples = Self.corpusDirectory.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Documentation/Examples")
        var inputs = try Self.corpusFiles.map { try Data(contentsOf: Self.corpusDirectory.appendingPathComponent($0)) }
        inputs += try FileManager.default.contentsOfDirectory(atPath: examples.path)
            .filter { $0.hasSuffix(".json") && $0 != "expected-decisions.json" }.sorted()
            .map { try Data(contentsOf: examples.appendingPathComponent($0)) }
        #expect(inputs.count >= 25)
        for (index, input) in inputs.enumerated() {
            #expect(FuzzInvariants.violations(of: input, target: target) == [], "input \(index)")
        }
    }

    /// The validation target's text oracle: generated cases whose texts are set from the bytes
    /// (invisible, control, blank and visible text) hold its invariants, and the oracle finds
    /// what the validator must report.
    @Test func theValidationTargetChecksTextAgainstTheUnicodeProperties() {
        let texts: [[UInt8]] = [
            [1] + Array("\u{FEFF}".utf8), [3] + Array("\u{202E}".utf8), [0] + Array("\u{200B}\u{200D}".utf8),
            [4] + Array("\u{85}".utf8), [2] + Array(" \t".utf8), [9] + Array("\u{2060}".utf8), [1] + Array("E".utf8),
            [3] + [0xC0, 0x80],  // invalid UTF-8, repaired to U+FFFD: visible
        ]
        for (index, text) in texts.enumerated() {
            var bytes: [UInt8] = [0xF5, 0, 0, 0, 0, 0, 0, 0, UInt8(index + 1)] + [UInt8](repeating: 0x0F, count: 16)
            bytes += text
            #expect(FuzzInvariants.violations(of: Data(bytes), target: .validate) == [], "text \(index)")
        }
        var bytes: [UInt8] = [0xF5, 0, 0, 0, 0, 0, 0, 0, 1] + [UInt8](repeating: 0x0F, count: 16) + texts[0]
        bytes += [0xFF] + texts[3]
        var issues: [ValidationIssue] = []
        if var generated = FuzzInvariants.generatedCase(Data(bytes)) {
            FuzzInvariants.applyTexts(to: &generated, from: Data(bytes))
            issues = generated.validate()
        }
        #expect(issues.contains { $0.code == .invisibleText && $0.path == "enterprise.name" })
        #expect(issues.contains { $0.code == .controlCharacter && $0.path == "product.marketingAuthorisationHolder" })
        #expect(FuzzInvariants.expectedTextCode("\u{FEFF}") == .invisibleText)
        #expect(FuzzInvariants.expectedTextCode("\u{85}") == .controlCharacter)
        #expect(FuzzInvariants.expectedTextCode(" ") == .emptyText)
        #expect(FuzzInvariants.expectedTextCode("E\u{202E}") == nil)
    }

    /// crash-098e1032…: a generated innovative drug in a listing round whose application date
    /// is 9999-12-31. Once that date has come, the green channel's due date (application + 15
    /// working days) falls past 9999-12-31, so evaluation throws `dateOutOfRange` rather than
    /// `yearNotCovered`. The library's answer stands (CivilDate ends at 9999); the invariant
    /// accepts it for due dates counted from December 9999. Before the round's date (on
    /// 2031-01-01) the application in the history counts, whose due date falls in a year with
    /// no schedule: unknown by default, an error when strict, and both name that entry.
    @Test func aDueDatePast9999IsACalendarErrorNamingItsField() throws {
        let input = try Data(contentsOf: Self.corpusDirectory.appendingPathComponent("crash-098e1032-due-date-past-9999"))
        #expect(input.first == 0xF5)
        var seed: UInt64 = 0
        for byte in input.dropFirst().prefix(8) { seed = seed << 8 | UInt64(byte) }
        var generator = CaseGenerator(seed: seed)
        var theCase = generator.makeCase()
        generator.applyExtremes(to: &theCase, choosing: input.dropFirst(9))
        #expect(theCase.isValid)
        #expect(theCase.round?.applicationDate == .maximum)
        do {
            let decision = try Evaluator().evaluate(theCase, asOf: .maximum)
            Issue.record("evaluated: \(decision.disposition.kind)")
        } catch {
            #expect(error.calendarError == .dateOutOfRange)
            #expect(error.path == "round.applicationDate")
            #expect(error.description == "cannot compute listingApplication + 15 working days from round.applicationDate (9999-12-31): date arithmetic left the range 0001-01-01…9999-12-31")
        }
        // By default the year without a schedule leaves the date unknown, naming the entry.
        let decided = try Evaluator().evaluate(theCase, asOf: CivilDate(iso8601: "2031-01-01"))
        let unknown = (decided.supersededDispositions.compactMap(\.unknownDate) + decided.obligations.compactMap(\.unknownDue)).first
        #expect(decided.hasUnknownDate)
        #expect(unknown?.from?.hasPrefix("procurementHistory[") == true, "\(decided)")
        do {
            let decision = try Evaluator(unknownDates: .fail).evaluate(theCase, asOf: CivilDate(iso8601: "2031-01-01"))
            Issue.record("evaluated: \(decision.disposition.kind)")
        } catch let error as EvaluationError {
            guard case .yearNotCovered? = error.calendarError else {
                Issue.record("expected a year without a schedule, got \(error)")
                return
            }
            #expect(error.path?.hasPrefix("procurementHistory[") == true)
        }
        #expect(FuzzInvariants.violations(of: input) == [])
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
