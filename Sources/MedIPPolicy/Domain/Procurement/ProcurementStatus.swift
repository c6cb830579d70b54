/// The product's standing on the procurement platform or in volume-based procurement.
///
/// JSON form: the case name.
public enum ProcurementStatus: String, StableStringEnum {
    /// Applied for listing (挂网申请), not yet listed.
    case listingApplication
    /// Listed on the procurement platform (挂网).
    case listed
    /// Taking part in volume-based procurement (参加集中带量采购).
    case vbpParticipation
    /// Selected in volume-based procurement (中选).
    case vbpSelected
    /// Delisted (撤网 / 撤销挂网).
    case delisted
    /// Selection cancelled (取消中选资格).
    case selectionCancelled
    /// Suspended (暂停), e.g. review of new listing applications suspended.
    case suspended

    /// The status's name in Chinese and English.
    public var name: LocalizedText {
        switch self {
        case .listingApplication: LocalizedText(zh: "挂网申请", en: "listing application")
        case .listed: LocalizedText(zh: "挂网", en: "listed")
        case .vbpParticipation: LocalizedText(zh: "参加集中带量采购", en: "taking part in VBP")
        case .vbpSelected: LocalizedText(zh: "中选", en: "selected in VBP")
        case .delisted: LocalizedText(zh: "撤网", en: "delisted")
        case .selectionCancelled: LocalizedText(zh: "取消中选资格", en: "selection cancelled")
        case .suspended: LocalizedText(zh: "暂停", en: "suspended")
        }
    }
}
