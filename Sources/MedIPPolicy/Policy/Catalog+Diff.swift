/// A change to one figure (target or time limit) between two editions.
public struct FigureChange: Sendable, Hashable, Codable {
    /// Whether the figure is a target or a time limit.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A quantitative target.
        case target
        /// A procedural time limit.
        case timeLimit
    }

    /// What changed.
    public enum Change: String, Sendable, Hashable, Codable {
        /// The figure is only in the newer edition.
        case added
        /// The figure is only in the older edition.
        case removed
        /// The figure is in both with a different value, unit, comparator or period.
        case changed
    }

    /// Target or time limit.
    public var kind: Kind
    /// Added, removed or changed.
    public var change: Change
    /// The figure's key (shared by both editions when they pair).
    public var key: String
    /// What the figure measures (from the newer edition where it has one).
    public var label: LocalizedText
    /// The older figure as printed (white space removed), or `nil` when added.
    public var old: String?
    /// The newer figure as printed, or `nil` when removed.
    public var new: String?
    /// The older value, or `nil`.
    public var oldValue: Double?
    /// The newer value, or `nil`.
    public var newValue: Double?
}

/// Two measures of different editions that correspond, with the figures that changed.
public struct MatchedMeasures: Sendable, Hashable, Codable {
    /// The measure in the older edition.
    public var old: MeasureID
    /// The measure in the newer edition.
    public var new: MeasureID
    /// The kind of correspondence the catalog records.
    public var relation: CrossReferenceKind
    /// Figures added, removed or changed between the two.
    public var figureChanges: [FigureChange]
}

/// What changed between two editions of a series (e.g. `beijing-2024-5` → `beijing-2026-4`).
///
/// Measures correspond where the catalog records an edition-counterpart or supersession
/// cross-reference between them, in either direction.
public struct EditionDiff: Sendable, Hashable, Codable {
    /// The older document.
    public var from: DocumentID
    /// The newer document.
    public var to: DocumentID
    /// Corresponding measures, ordered by the older measure then the newer.
    public var matched: [MatchedMeasures]
    /// Measures of the older edition with no counterpart.
    public var onlyInFrom: [MeasureID]
    /// Measures of the newer edition with no counterpart.
    public var onlyInTo: [MeasureID]

    /// Every figure change across the matched measures.
    public var figureChanges: [FigureChange] { matched.flatMap(\.figureChanges) }
}

/// Why a catalog question could not be answered: an id, name or key that the catalog does not
/// have. Each message names what was asked for (quoted safely) and, where one is close, the
/// known id or name it probably meant.
public enum CatalogError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No document with this id in the catalog.
    case unknownDocument(DocumentID)
    /// No measure with this id in the catalog; `suggestion` is a close known id.
    case unknownMeasure(String, suggestion: String? = nil)
    /// The measure has no target with this key; `suggestion` is a close key of the measure.
    case unknownTarget(MeasureID, key: String, suggestion: String? = nil)
    /// The measure belongs to another document than the one asked about.
    case measureOfAnotherDocument(MeasureID, asked: DocumentID)
    /// No department, role or party in ``Department/registry`` has this name; `suggestion` is a
    /// close name (e.g. 市医保局 for 市医保).
    case unknownDepartment(String, suggestion: String? = nil)

    /// A one-line message naming the id.
    public var description: String {
        func hint(_ suggestion: String?) -> String {
            suggestion.map { "; did you mean \($0.escapedForMessage())?" } ?? ""
        }
        switch self {
        case .unknownDocument(let id):
            return "no document \"\(id.rawValue.escapedForMessage())\" in the catalog (known: national-2022-45, beijing-2024-5, beijing-2026-3, beijing-2026-4)"
        case .unknownMeasure(let id, let suggestion):
            return "no measure \"\(id.escapedForMessage())\" in the catalog"
                + (suggestion == nil ? " (ids look like beijing-2026-3#8)" : hint(suggestion))
        case .unknownTarget(let measure, let key, let suggestion):
            return "measure \(measure) has no target \"\(key.escapedForMessage())\"" + hint(suggestion)
        case .measureOfAnotherDocument(let measure, let asked):
            return "measure \(measure) is not in \(asked) (it belongs to \(measure.document))"
        case .unknownDepartment(let name, let suggestion):
            return "no department, role or party named \"\(name.escapedForMessage())\"" + hint(suggestion)
        }
    }
}

extension Catalog {
    /// The differences between two documents' measures: corresponding measures and their
    /// figure changes, and the measures found in only one of them.
    ///
    /// - Throws: ``CatalogError/unknownDocument(_:)`` when either id is not in the catalog.
    public func diff(from old: DocumentID, to new: DocumentID) throws(CatalogError) -> EditionDiff {
        guard let oldDocument = document(old) else { throw .unknownDocument(old) }
        guard let newDocument = document(new) else { throw .unknownDocument(new) }
        var pairs: [MatchedMeasures] = []
        var seen = Set<[MeasureID]>()
        func record(_ a: Measure, _ b: Measure, _ kind: CrossReferenceKind) {
            guard seen.insert([a.id, b.id]).inserted else { return }
            pairs.append(MatchedMeasures(old: a.id, new: b.id, relation: kind, figureChanges: Self.figureChanges(a, b)))
        }
        let pairing: Set<CrossReferenceKind> = [.editionCounterpart, .supersedes]
        for measure in oldDocument.measures {
            for reference in measure.crossReferences where reference.document == new && pairing.contains(reference.kind) {
                if let target = reference.measure.flatMap({ newDocument.measure($0.ordinal) }) {
                    record(measure, target, reference.kind)
                }
            }
        }
        for measure in newDocument.measures {
            for reference in measure.crossReferences where reference.document == old && pairing.contains(reference.kind) {
                if let source = reference.measure.flatMap({ oldDocument.measure($0.ordinal) }) {
                    record(source, measure, reference.kind)
                }
            }
        }
        pairs.sort { ($0.old.ordinal, $0.new.ordinal) < ($1.old.ordinal, $1.new.ordinal) }
        let matchedOld = Set(pairs.map(\.old))
        let matchedNew = Set(pairs.map(\.new))
        return EditionDiff(
            from: old, to: new, matched: pairs,
            onlyInFrom: oldDocument.measures.map(\.id).filter { !matchedOld.contains($0) },
            onlyInTo: newDocument.measures.map(\.id).filter { !matchedNew.contains($0) })
    }

    static func figureChanges(_ old: Measure, _ new: Measure) -> [FigureChange] {
        var changes: [FigureChange] = []
        let oldTargets = Dictionary(old.targets.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let newTargets = Dictionary(new.targets.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        for target in new.targets {
            if let before = oldTargets[target.key] {
                if before.value != target.value || before.unit != target.unit
                    || before.comparator != target.comparator || before.period != target.period
                {
                    changes.append(FigureChange(
                        kind: .target, change: .changed, key: target.key, label: target.metric,
                        old: before.source, new: target.source, oldValue: before.value, newValue: target.value))
                }
            } else {
                changes.append(FigureChange(
                    kind: .target, change: .added, key: target.key, label: target.metric,
                    old: nil, new: target.source, oldValue: nil, newValue: target.value))
            }
        }
        for target in old.targets where newTargets[target.key] == nil {
            changes.append(FigureChange(
                kind: .target, change: .removed, key: target.key, label: target.metric,
                old: target.source, new: nil, oldValue: target.value, newValue: nil))
        }
        let oldLimits = Dictionary(old.timeLimits.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let newLimits = Dictionary(new.timeLimits.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        for limit in new.timeLimits {
            if let before = oldLimits[limit.key] {
                if before.limit != limit.limit || before.bound != limit.bound {
                    changes.append(FigureChange(
                        kind: .timeLimit, change: .changed, key: limit.key, label: limit.procedure,
                        old: before.source, new: limit.source,
                        oldValue: Double(before.limit.value), newValue: Double(limit.limit.value)))
                }
            } else {
                changes.append(FigureChange(
                    kind: .timeLimit, change: .added, key: limit.key, label: limit.procedure,
                    old: nil, new: limit.source, oldValue: nil, newValue: Double(limit.limit.value)))
            }
        }
        for limit in old.timeLimits where newLimits[limit.key] == nil {
            changes.append(FigureChange(
                kind: .timeLimit, change: .removed, key: limit.key, label: limit.procedure,
                old: limit.source, new: nil, oldValue: Double(limit.limit.value), newValue: nil))
        }
        return changes
    }
}
