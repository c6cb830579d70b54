/// What kind of product is procured: a drug by its registration category, or a medical
/// consumable (医用耗材).
///
/// JSON form: `"chemicalDrug"`, `"biologicalDrug"`, `"traditionalChineseMedicine"`,
/// `"medicalConsumable"`.
public enum ProductCategory: String, StableStringEnum {
    /// Chemical drug (化学药品).
    case chemicalDrug
    /// Biological product (生物制品).
    case biologicalDrug
    /// Traditional Chinese medicine (中药).
    case traditionalChineseMedicine
    /// Medical consumable (医用耗材), registered as a medical device.
    case medicalConsumable

    /// Whether the product is a drug (药品).
    public var isDrug: Bool { self != .medicalConsumable }

    /// The category's name in Chinese and English.
    public var name: LocalizedText {
        switch self {
        case .chemicalDrug: LocalizedText(zh: "化学药品", en: "chemical drug")
        case .biologicalDrug: LocalizedText(zh: "生物制品", en: "biological product")
        case .traditionalChineseMedicine: LocalizedText(zh: "中药", en: "traditional Chinese medicine")
        case .medicalConsumable: LocalizedText(zh: "医用耗材", en: "medical consumable")
        }
    }
}
