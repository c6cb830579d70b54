/// The set of policy documents the library knows, with lookups by id.
///
/// ``standard`` holds the four built-in documents in date order. A catalog is a plain value:
/// encode it to JSON, filter it, or build your own for what-if analysis.
public struct Catalog: Sendable, Hashable, Codable {
    /// The documents, in the order given (the standard catalog is in date order).
    public var documents: [PolicyDocument]

    /// Creates a catalog from documents.
    public init(documents: [PolicyDocument]) {
        self.documents = documents
    }

    /// The four built-in documents: 国知发保字〔2022〕45号, 京医保发〔2024〕5号, 京医保发〔2026〕3号 and
    /// 京医保发〔2026〕4号 — 87 numbered measures in all.
    public static let standard = Catalog(documents: [
        .national2022_45, .beijing2024_5, .beijing2026_3, .beijing2026_4,
    ])

    /// The document with this id, or `nil`.
    public func document(_ id: DocumentID) -> PolicyDocument? {
        documents.first { $0.id == id }
    }

    /// The measure with this id, or `nil`.
    public func measure(_ id: MeasureID) -> Measure? {
        document(id.document)?.measure(id.ordinal)
    }

    /// Every measure of every document, in catalog order.
    public var allMeasures: [Measure] { documents.flatMap(\.measures) }
}
