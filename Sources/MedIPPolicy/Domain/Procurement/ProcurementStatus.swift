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
    /// A purchase transaction took place under the listing (挂网采购交易): an event, not a change
    /// of standing — the status before it continues. The first one dates the moment after which
    /// a patent dispute is the declaring enterprise's liability (国知发保字〔2022〕45号（四）;
    /// 京医保发〔2026〕3号（三）: 产生中选结果或挂网采购交易后). Recording one is optional; a platform
    /// that records none has no transaction-based liability.
    case purchaseTransaction

    /// Whether the event changes the product's standing (every status but
    /// ``purchaseTransaction``, which is recorded beside it).
    public var changesStanding: Bool { self != .purchaseTransaction }

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
        case .purchaseTransaction: LocalizedText(zh: "挂网采购交易", en: "purchase transaction")
        }
    }
}
