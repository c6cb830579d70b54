// List the measures a department is responsible for, and what the texts tell it to do.
//
//     swift run DepartmentMeasures                    # 市医保局 (Beijing healthcare security)
//     swift run DepartmentMeasures 市药监局 beijing-2026-4
//
// The name may be the full official name, the short form the texts print, the English name or
// the registry id (Department.registry).
import Foundation
import MedIPPolicy

let arguments = CommandLine.arguments.dropFirst()
let name = arguments.first ?? "市医保局"
let document = arguments.dropFirst().first.map { DocumentID(rawValue: $0) }

guard let department = Department.search(name).first else {
    print("error: no department, role or party named \(name)")
    exit(1)
}
let catalog = Catalog.standard
let query = MeasureQuery(documents: document.map { [$0] }, department: name)
let measures: [Measure]
do { measures = try catalog.measures(matching: query) } catch {
    print("error: \(error)")
    exit(1)
}
print("\(department.name.zh) (\(department.name.en)): responsible for \(measures.count) measures")
for measure in measures {
    print("  \(measure.id)\t\(measure.id.label)\(measure.heading.zh)")
}

// What the texts give it to do, by force (须/应当 = must, 要 = shall, 可以 = may, 鼓励 = encourage …).
let provisions = catalog.provisions(for: name, in: document)
print("\nProvisions naming it: \(provisions.count)")
for modality in Modality.allCases {
    let some = provisions.filter { $0.provision.modality == modality }
    guard !some.isEmpty else { continue }
    print("  \(modality.label.en) (\(modality.label.zh)): \(some.count)")
    if modality != .commit {  // plain statements of what will be done are only counted
        for cited in some { print("    \(cited.measure): \(cited.provision.action.en)") }
    }
}
