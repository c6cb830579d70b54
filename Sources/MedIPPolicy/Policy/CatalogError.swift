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
    /// The two documents compared are editions of one series, but in the wrong order: the first
    /// is the later edition (it succeeds the second).
    case reversedEditions(earlier: DocumentID, later: DocumentID)
    /// The two documents compared are not editions of one series (neither declares that it
    /// succeeds the other).
    case notEditions(DocumentID, DocumentID)

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
        case .reversedEditions(let earlier, let later):
            return "\(later) is the later edition and \(earlier) the earlier: compare them as \(earlier) \(later)"
        case .notEditions(let a, let b):
            return "\(a) and \(b) are not editions of one series (neither declares that it succeeds the other); only editions can be compared"
        }
    }
}


extension CatalogError {
    /// ``description`` in Simplified Chinese and English, e.g. `目录中没有措施
    /// "beijing-2026-3#88"（编号形如 beijing-2026-3#8）` / `no measure "beijing-2026-3#88" in the
    /// catalog (ids look like beijing-2026-3#8)`.
    public var localizedMessage: LocalizedText {
        func hint(_ suggestion: String?) -> String {
            suggestion.map { "；是否应为 \($0.escapedForMessage())？" } ?? ""
        }
        let zh: String
        switch self {
        case .unknownDocument(let id):
            zh = "目录中没有文件 \"\(id.rawValue.escapedForMessage())\"（已知：national-2022-45、beijing-2024-5、beijing-2026-3、beijing-2026-4）"
        case .unknownMeasure(let id, let suggestion):
            zh = "目录中没有措施 \"\(id.escapedForMessage())\""
                + (suggestion == nil ? "（编号形如 beijing-2026-3#8）" : hint(suggestion))
        case .unknownTarget(let measure, let key, let suggestion):
            zh = "措施 \(measure) 没有目标 \"\(key.escapedForMessage())\"" + hint(suggestion)
        case .measureOfAnotherDocument(let measure, let asked):
            zh = "措施 \(measure) 不属于 \(asked)（它属于 \(measure.document)）"
        case .unknownDepartment(let name, let suggestion):
            zh = "没有名为 \"\(name.escapedForMessage())\" 的部门、角色或当事方" + hint(suggestion)
        case .reversedEditions(let earlier, let later):
            zh = "\(later) 是较晚的版本，\(earlier) 是较早的版本：请按 \(earlier) \(later) 的顺序比较"
        case .notEditions(let a, let b):
            zh = "\(a) 与 \(b) 不是同一系列的版本（两者都未声明接替对方）；只能比较版本"
        }
        return LocalizedText(zh: zh, en: description)
    }
}
