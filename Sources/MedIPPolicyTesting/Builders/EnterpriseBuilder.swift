/// Builds an `Enterprise` — the declaring enterprise (申报企业) — with a valid unified social
/// credit code.
///
/// ```swift
/// let maker = EnterpriseBuilder.genericMaker.named("北京示例药业有限公司").build()
/// ```
public struct EnterpriseBuilder: FixtureBuilder {
    /// The registered name (企业名称).
    public var name: String
    /// The unified social credit code (统一社会信用代码).
    public var creditCode: UnifiedSocialCreditCode

    /// Creates a builder; the credit code defaults to one derived from the name.
    public init(name: String = "示例制药有限公司", creditCode: UnifiedSocialCreditCode? = nil) {
        self.name = name
        self.creditCode = creditCode ?? FixtureIdentifiers.creditCode(serial: Int(truncatingIfNeeded: stableHash(name)))
    }

    /// A maker of generic drugs, 示例制药有限公司 (the example cases' enterprise and credit code).
    public static let genericMaker = EnterpriseBuilder(name: "示例制药有限公司", creditCode: FixtureIdentifiers.exampleCreditCode)
    /// A maker of innovative drugs, 示例创新药业股份有限公司.
    public static let innovator = EnterpriseBuilder(name: "示例创新药业股份有限公司")
    /// A maker of biological products, 示例生物制药有限公司.
    public static let biologicsMaker = EnterpriseBuilder(name: "示例生物制药有限公司")
    /// A maker of traditional Chinese medicine, 示例中药股份有限公司.
    public static let tcmMaker = EnterpriseBuilder(name: "示例中药股份有限公司")
    /// A maker of medical consumables, 示例医疗器械有限公司.
    public static let deviceMaker = EnterpriseBuilder(name: "示例医疗器械有限公司")
    /// The originator that holds the reference drug's patents, 原研药业股份有限公司.
    public static let originator = EnterpriseBuilder(name: "原研药业股份有限公司")

    /// A copy with another name; the credit code is kept.
    public func named(_ name: String) -> Self { modified { $0.name = name } }

    /// A copy with another credit code.
    public func withCreditCode(_ code: UnifiedSocialCreditCode) -> Self { modified { $0.creditCode = code } }

    /// A copy with the code `FixtureIdentifiers.creditCode(serial:)` gives for `serial`.
    public func withCreditCode(serial: Int) -> Self { withCreditCode(FixtureIdentifiers.creditCode(serial: serial)) }

    /// The enterprise.
    public func build() -> Enterprise { Enterprise(name: name, creditCode: creditCode) }
}
