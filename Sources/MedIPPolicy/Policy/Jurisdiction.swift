/// Where a policy document applies.
///
/// National documents apply in every province-level jurisdiction; Beijing documents only in
/// Beijing. JSON form: `"CN"` (national) or `"CN-BJ"` (Beijing, the ISO 3166-2 code).
public enum Jurisdiction: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// The whole People's Republic of China (全国).
    case national = "CN"
    /// Beijing Municipality (北京市).
    case beijing = "CN-BJ"

    /// Whether a document of jurisdiction `other` applies in `self`: national documents apply
    /// everywhere; a local document applies only in its own jurisdiction.
    public func isGoverned(by other: Jurisdiction) -> Bool {
        other == .national || other == self
    }

    /// The jurisdiction's name.
    public var name: LocalizedText {
        switch self {
        case .national: LocalizedText(zh: "全国", en: "National (PRC)")
        case .beijing: LocalizedText(zh: "北京市", en: "Beijing")
        }
    }

    /// The ISO code (`CN`, `CN-BJ`).
    public var description: String { rawValue }
}
