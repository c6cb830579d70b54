/// A filter over the catalog's measures; every field left `nil` matches everything.
///
/// Used by ``Catalog/measures(matching:)`` and by `medip measures`. Text matching is on the
/// measure's headings, summaries, provisions, targets and time limits, in both languages,
/// case-insensitively for English.
public struct MeasureQuery: Sendable, Hashable, Codable {
    /// Only these documents.
    public var documents: Set<DocumentID>?
    /// Only measures whose responsible departments include one that this name denotes (full
    /// official name, short form as printed, English name, or registry id).
    public var department: String?
    /// Only measures that name this department, role or party anywhere (responsible or actor).
    public var actor: String?
    /// Only measures of this kind.
    public var kind: MeasureKind?
    /// Only measures containing this text (zh or en).
    public var keyword: String?
    /// Only measures with a target or time limit in this unit (zh as printed, e.g. `项`, or en,
    /// e.g. `working days`).
    public var unit: String?
    /// Only measures with a provision of this force.
    public var modality: Modality?

    /// Creates a query.
    public init(
        documents: Set<DocumentID>? = nil, department: String? = nil, actor: String? = nil,
        kind: MeasureKind? = nil, keyword: String? = nil, unit: String? = nil, modality: Modality? = nil
    ) {
        self.documents = documents
        self.department = department
        self.actor = actor
        self.kind = kind
        self.keyword = keyword
        self.unit = unit
        self.modality = modality
    }
}

/// A provision together with the measure it belongs to.
public struct CitedProvision: Sendable, Hashable, Codable {
    /// The measure the provision is part of.
    public var measure: MeasureID
    /// The provision.
    public var provision: Provision

    /// Creates a cited provision.
    public init(measure: MeasureID, provision: Provision) {
        self.measure = measure
        self.provision = provision
    }
}

extension Catalog {
    /// The measures matching a query, in catalog order.
    ///
    /// - Throws: ``CatalogError/unknownDepartment(_:suggestion:)`` when the department or actor
    ///   names no entry of ``Department/registry`` (`市医保` → did you mean 市医保局?), rather
    ///   than matching nothing.
    public func measures(matching query: MeasureQuery) throws(CatalogError) -> [Measure] {
        let departmentIDs = try query.department.map { name throws(CatalogError) in try Department.ids(named: name) }
        let actorIDs = try query.actor.map { name throws(CatalogError) in try Department.ids(named: name) }
        let keyword = query.keyword?.trimmedWhitespace.lowercased()
        let unit = query.unit?.trimmedWhitespace.lowercased()
        return allMeasures.filter { measure in
            if let documents = query.documents, !documents.contains(measure.document) { return false }
            if let departmentIDs, departmentIDs.isDisjoint(with: measure.departments) { return false }
            if let actorIDs {
                let named = Set(measure.departments + measure.actors + measure.provisions.flatMap(\.actors))
                if actorIDs.isDisjoint(with: named) { return false }
            }
            if let kind = query.kind, !measure.kinds.contains(kind) { return false }
            if let modality = query.modality, !measure.provisions.contains(where: { $0.modality == modality }) {
                return false
            }
            if let unit, !unit.isEmpty {
                let units = measure.targets.flatMap { [$0.unit.zh.lowercased(), $0.unit.en.lowercased()] }
                    + measure.timeLimits.flatMap { [$0.limit.unit.zh, $0.limit.unit.en, $0.limit.unit.rawValue.lowercased()] }
                if !units.contains(where: { $0 == unit || $0.hasSuffix(unit) }) { return false }
            }
            if let keyword, !keyword.isEmpty, !measure.searchableText.contains(keyword) { return false }
            return true
        }
    }

    /// What a department, role or party is given to do, optionally only in one document and
    /// with one force — "what must the IP administration do under beijing-2026-3?" is
    /// `provisions(for: "知识产权管理部门", in: .beijing2026_3, modality: .must)`.
    public func provisions(
        for actor: String, in document: DocumentID? = nil, modality: Modality? = nil
    ) -> [CitedProvision] {
        let ids = Set(Department.search(actor).map(\.id))
        guard !ids.isEmpty else { return [] }
        return allMeasures
            .filter { document == nil || $0.document == document }
            .flatMap { measure in
                measure.provisions
                    .filter { !ids.isDisjoint(with: $0.actors) && (modality == nil || $0.modality == modality) }
                    .map { CitedProvision(measure: measure.id, provision: $0) }
            }
    }
}

extension Department {
    /// The ids of the registry entries a name denotes.
    /// - Throws: ``CatalogError/unknownDepartment(_:suggestion:)`` when it denotes none.
    static func ids(named name: String) throws(CatalogError) -> Set<DepartmentID> {
        let found = Set(search(name).map(\.id))
        guard found.isEmpty else { return found }
        let names = registry.flatMap { [$0.name.zh, $0.shortName, $0.name.en, $0.id.rawValue] }
        throw .unknownDepartment(name, suggestion: closestDepartmentName(to: name.trimmedWhitespace, among: names))
    }

    /// A close registry name: one that contains the text or that it contains (市医保 → 市医保局),
    /// else the nearest by edits.
    private static func closestDepartmentName(to text: String, among names: [String]) -> String? {
        guard !text.isEmpty else { return nil }
        let containing = names.filter { $0.contains(text) || ($0.count > 1 && text.contains($0)) }
        if let shortest = containing.min(by: { ($0.count, $0) < ($1.count, $1) }) { return shortest }
        return text.closestMatch(among: names)
    }
}

extension Measure {
    /// Every piece of text of the measure, lower-cased, for keyword search.
    var searchableText: String {
        var parts = [heading.zh, heading.en, summary.zh, summary.en]
        for provision in provisions {
            parts += [provision.action.zh, provision.action.en]
            if let figure = provision.measure { parts += [figure.zh, figure.en] }
        }
        for target in targets { parts += [target.metric.zh, target.metric.en, target.source] }
        for limit in timeLimits { parts += [limit.procedure.zh, limit.procedure.en, limit.source] }
        return parts.joined(separator: "\n").lowercased()
    }
}
