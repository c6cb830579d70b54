// Judge the quantitative targets of a document against observed figures read from a CSV file.
//
//     swift run TargetProgress                               # Snippets/observations.csv
//     swift run TargetProgress my-figures.csv beijing-2026-4
//
// The path is relative to the working directory: run it from the package root, or pass an
// absolute path. The CSV header is `measure,key,value,previous` (previous is optional).
import Foundation
import MedIPPolicy

let arguments = CommandLine.arguments.dropFirst()
let path = arguments.first ?? "Snippets/observations.csv"
let document = DocumentID(rawValue: arguments.dropFirst().first ?? "beijing-2026-4")

/// A figure rounded to two decimals, without a trailing `.0`.
func show(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
}

do {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let observations = try Observation.parseCSV(String(decoding: data, as: UTF8.self))
    let progress = try Catalog.standard.progress(of: document, observations: observations)
    // Only goals are graded: figures that are not goals (a cited ceiling, a specification) are
    // `notGraded` whether observed or not.
    for item in progress where item.status == .met || item.status == .notMet {
        let target = item.target
        let margin = item.margin.map { $0 >= 0 ? "+" + show($0) : show($0) } ?? ""
        print("\(item.status == .met ? "met    " : "NOT MET") \(item.measure) \(target.metric.en): "
            + "\(target.comparator.label.en) \(target.formattedValue) \(target.unit.en), "
            + "observed \(show(item.observed ?? 0)) (\(margin))")
    }
    let unobserved = progress.filter { $0.status == .noObservation }.count
    let notGraded = progress.filter { $0.status == .notGraded }.count
    print("\(progress.count) targets in \(document); \(unobserved) without an observation; \(notGraded) not goals, not graded")
} catch {
    print("error: \(path): \(error)")
    exit(1)
}
