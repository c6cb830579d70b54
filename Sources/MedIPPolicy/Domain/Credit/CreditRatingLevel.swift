/// A credit-rating level (失信等级) under one of the ``CreditRatingScheme``s.
///
/// The levels of both schemes share one enumeration; ``CreditRatingScheme/levels`` says which
/// belong to which, in ascending severity. JSON form: the case name.
public enum CreditRatingLevel: String, StableStringEnum {
    /// 一般 (general) — both schemes.
    case general
    /// 中等 (moderate) — both schemes.
    case moderate
    /// 严重 (serious) — 2020 scheme.
    case serious
    /// 特别严重 (particularly serious) — 2020 scheme.
    case particularlySerious
    /// 失信 (dishonest) — 2025 scheme.
    case dishonest
    /// 严重失信 (seriously dishonest) — 2025 scheme.
    case seriouslyDishonest
    /// 特别严重失信 (particularly seriously dishonest) — 2025 scheme.
    case particularlySeriouslyDishonest

    /// The level's name in Chinese and English.
    public var name: LocalizedText {
        switch self {
        case .general: LocalizedText(zh: "一般", en: "general")
        case .moderate: LocalizedText(zh: "中等", en: "moderate")
        case .serious: LocalizedText(zh: "严重", en: "serious")
        case .particularlySerious: LocalizedText(zh: "特别严重", en: "particularly serious")
        case .dishonest: LocalizedText(zh: "失信", en: "dishonest")
        case .seriouslyDishonest: LocalizedText(zh: "严重失信", en: "seriously dishonest")
        case .particularlySeriouslyDishonest: LocalizedText(zh: "特别严重失信", en: "particularly seriously dishonest")
        }
    }
}
