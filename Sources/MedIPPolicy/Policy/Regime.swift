/// What is in force for a jurisdiction on a date: the documents, and the rules citing them.
///
/// National documents apply in every jurisdiction; Beijing documents in Beijing only; each
/// from its effective date. A case evaluated on a date before a document took effect is decided
/// without it. Supersession is data: where a later document prevails over an earlier one
/// (此前发布的有关规定与本文不一致的，以此为准), its rules name the earlier rules they replace
/// in ``Rule/overrides`` — e.g. 京医保发〔2026〕4号（十七）'s 15-working-day green channel replaces
/// 京医保发〔2024〕5号（十二）'s untimed fast listing from 2026-04-07.
public struct Regime: Sendable, Hashable, Codable {
    /// The jurisdiction.
    public var jurisdiction: Jurisdiction
    /// The date the regime describes.
    public var date: CivilDate
    /// The documents in force, in catalog order.
    public var documents: [DocumentID]

    /// The regime the catalog establishes for a jurisdiction on a date.
    public init(jurisdiction: Jurisdiction, date: CivilDate, catalog: Catalog = .standard) {
        self.jurisdiction = jurisdiction
        self.date = date
        self.documents = catalog.documents
            .filter { jurisdiction.isGoverned(by: $0.jurisdiction) && $0.isInForce(on: date) }
            .map(\.id)
    }

    /// The rules of `rules` that cite a measure of a document in force.
    public func rules(from rules: RuleSet = .standard) -> RuleSet {
        rules.restricted(to: Set(documents))
    }

    /// The dates on which the regime for `jurisdiction` changes (each document's effective date
    /// that applies there), ascending.
    public static func changeDates(for jurisdiction: Jurisdiction, catalog: Catalog = .standard) -> [CivilDate] {
        // Sorted, then repeats dropped (not through a `Set`: every evaluator's start asks this).
        let dates = catalog.documents.filter { jurisdiction.isGoverned(by: $0.jurisdiction) }.map(\.effective).sorted()
        return dates.indices.compactMap { index in index > 0 && dates[index - 1] == dates[index] ? nil : dates[index] }
    }
}
