// Compare the 2024 and 2026 editions of Beijing's high-quality-development measures:
// which measures correspond, which figures changed, and which measures are new or gone.
//
//     swift run CompareEditions                          # beijing-2024-5 → beijing-2026-4
//     swift run CompareEditions OLD-DOCUMENT NEW-DOCUMENT
import Foundation
import MedIPPolicy

let arguments = CommandLine.arguments.dropFirst()
let old = DocumentID(rawValue: arguments.first ?? "beijing-2024-5")
let new = DocumentID(rawValue: arguments.dropFirst().first ?? "beijing-2026-4")
let catalog = Catalog.standard

do {
    let diff = try catalog.diff(from: old, to: new)
    print("\(old) → \(new): \(diff.matched.count) corresponding measures, "
        + "\(diff.onlyInFrom.count) only in \(old), \(diff.onlyInTo.count) only in \(new)")
    print("\nFigures that changed:")
    for pair in diff.matched {
        for change in pair.figureChanges where change.change == .changed {
            print("  \(pair.old) → \(pair.new)  \(change.label.en): \(change.old ?? "—") → \(change.new ?? "—")")
        }
    }
    print("\nNew in \(new):")
    for id in diff.onlyInTo {
        print("  \(id)  \(catalog.measure(id)?.heading.zh ?? "")")
    }
} catch {
    print("error: \(error)")
    exit(1)
}
