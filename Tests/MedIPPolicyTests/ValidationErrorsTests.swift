import Foundation
import Testing
import MedIPPolicy

/// The evaluator checks a case with `validationErrors`, which builds no warning: it must find
/// exactly the errors `validate()` reports, in the same order, whatever the case.
@Suite struct ValidationErrorsTests {
    @Test func errorsAloneAreValidatesErrorsInOrder() {
        var random = SplitMix64(seed: 2026)
        var withErrors = 0
        var withWarnings = 0
        for seed in 0..<3_000 {
            var generator = CaseGenerator(seed: UInt64(seed))
            var theCase = generator.makeCase()
            // Extreme values make many cases invalid, and some carry warnings only.
            let extremes = Data((0..<16).map { _ in UInt8.random(in: 0...255, using: &random) })
            if seed % 3 != 0 { generator.applyExtremes(to: &theCase, choosing: extremes) }
            let issues = theCase.validate()
            let errors = issues.filter { $0.severity == .error }
            #expect(theCase.validationErrors() == errors, "seed \(seed)")
            #expect(theCase.isValid == errors.isEmpty, "seed \(seed)")
            if !errors.isEmpty { withErrors += 1 }
            if issues.contains(where: { $0.severity == .warning }) { withWarnings += 1 }
        }
        // The sample must hold both kinds, or the comparison proves nothing.
        #expect(withErrors > 100, "cases with errors: \(withErrors)")
        #expect(withWarnings > 100, "cases with warnings: \(withWarnings)")
    }
}
