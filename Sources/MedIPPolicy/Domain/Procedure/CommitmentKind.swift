/// Which commitment an enterprise made.
///
/// JSON form: `"listingSelfCommitment"`, `"noMarketingBeforeExpiry"`.
public enum CommitmentKind: String, StableStringEnum {
    /// The enterprise's self-commitment on listing or VBP (企业挂网自主承诺): the product does not
    /// violate the Patent Law and related laws (国知发保字〔2022〕45号 (四)); from
    /// 京医保发〔2026〕3号 (三) also that it breaches none of the enterprise's own
    /// not-before-expiry commitments.
    case listingSelfCommitment
    /// A commitment not to market before a patent expires (专利权届满前不上市承诺), made about
    /// another's patent (京医保发〔2026〕3号 (三)).
    case noMarketingBeforeExpiry

    /// The kind's name in Chinese and English.
    public var name: LocalizedText {
        switch self {
        case .listingSelfCommitment: LocalizedText(zh: "企业挂网自主承诺", en: "listing self-commitment")
        case .noMarketingBeforeExpiry: LocalizedText(zh: "专利权届满前不上市承诺", en: "commitment not to market before patent expiry")
        }
    }
}
