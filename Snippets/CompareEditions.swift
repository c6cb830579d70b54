// Compare the 2024 and 2026 editions of Beijing's high-quality-development measures as the 2026
// notice directs (以此为准: only what is inconsistent yields): where every 2024 measure stands,
// the figure and scope changes paired by meaning, and which 2026 measures are new.
//
//     swift run CompareEditions                          # beijing-2024-5 → beijing-2026-4
//     swift run CompareEditions EARLIER-DOCUMENT LATER-DOCUMENT
import Foundation
import MedIPPolicy

let arguments = CommandLine.arguments.dropFirst()
let earlier = DocumentID(rawValue: arguments.first ?? "beijing-2024-5")
let later = DocumentID(rawValue: arguments.dropFirst().first ?? "beijing-2026-4")
let catalog = Catalog.standard

do {
    let comparison = try catalog.compare(earlier, later)
    print("\(earlier) → \(later) as of \(comparison.asOf):")
    for status in EditionStatus.allCases where comparison.count(status) > 0 {
        print("  \(status.label.en): \(comparison.count(status)) measures")
    }
    print("\nFigures and scopes that changed:")
    for outcome in comparison.earlierMeasures {
        for change in outcome.changes {
            print("  \(outcome.measure) → \(change.by)  \(change.direction.label.en): "
                + "\(change.earlier?.text.zh ?? "—") → \(change.later?.text.zh ?? "—")")
        }
    }
    print("\nLapsed (dated figures whose period has ended):")
    for outcome in comparison.earlierMeasures where outcome.status == .lapsed {
        print("  \(outcome.measure)  \(outcome.lapsed.map(\.text.zh).joined(separator: "; "))")
    }
} catch {
    print("error: \(error)")
    exit(1)
}
