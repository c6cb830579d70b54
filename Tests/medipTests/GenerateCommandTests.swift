import Foundation
import MedIPPolicy
import Testing

/// `medip generate --as-of` writes valid cases on every date it accepts, and refuses the dates
/// near the ends of the calendar where moved cases would not be valid.
@Suite struct GenerateCommandTests {
    /// At both ends of the supported range (and in the middle) every generated case decodes and
    /// validates: screening it on the same date reports no decoding or validation failure.
    @Test(arguments: ["0100-01-01", "0100-01-02", "2026-06-01", "9950-12-30", "9950-12-31"])
    func everyCaseIsValidAtTheExtremes(_ date: String) throws {
        let generated = runMedip(["generate", "--count", "1500", "--seed", "3", "--as-of", date])
        #expect(generated.status == 0, "\(generated.err)")
        let lines = generated.out.split(separator: "\n")
        #expect(lines.count == 1_500)
        let screened = runMedip(["screen", "-", "--as-of", date], stdin: Array(generated.out.utf8))
        #expect(screened.status == 0)
        #expect(screened.err.hasPrefix("screened 1500 cases: "), "\(screened.err)")
        for (index, line) in screened.out.split(separator: "\n").enumerated() {
            #expect(!line.contains(#""stage":"decoding""#) && !line.contains(#""stage":"validation""#), "line \(index + 1) on \(date): \(line.prefix(400))")
        }
    }

    /// Outside the range the command refuses with a usage error naming it, writing nothing.
    @Test(arguments: ["0001-01-01", "0099-12-31", "9951-01-01", "9999-12-31"])
    func datesOutsideTheRangeAreRefused(_ date: String) {
        let result = runMedip(["generate", "--count", "10", "--as-of", date])
        #expect(result.status == 2)
        #expect(result.err.hasPrefix("medip generate: --as-of \(date) is outside 0100-01-01…9950-12-31"), "\(result.err)")
        #expect(result.out.isEmpty)
    }
}
