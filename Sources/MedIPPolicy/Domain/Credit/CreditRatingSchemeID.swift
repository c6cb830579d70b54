/// Which dated credit-rating scheme a rating was made under.
///
/// JSON form: `"nhsa2020"`, `"nhsa2025"`. See ``CreditRatingScheme`` for the data.
public enum CreditRatingSchemeID: String, StableStringEnum {
    /// The 2020 scheme of 医保发〔2020〕34号: 一般 / 中等 / 严重 / 特别严重.
    case nhsa2020
    /// The revised standard applied from the third quarter of 2025.
    case nhsa2025

    /// The scheme's data.
    public var scheme: CreditRatingScheme {
        switch self {
        case .nhsa2020: .nhsa2020
        case .nhsa2025: .nhsa2025
        }
    }
}
