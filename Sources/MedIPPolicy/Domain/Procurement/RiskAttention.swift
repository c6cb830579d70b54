/// Flags that make a product a key product for joint IP-risk assessment: large procurement
/// scale, high attention, IP risk (国知发保字〔2022〕45号 (七); 京医保发〔2026〕3号 (一)).
///
/// The texts give no thresholds, so each flag is an input. JSON: all three default to `false`.
public struct RiskAttention: Sendable, Hashable {
    /// Large in procurement scale (规模较大 / 采购规模较大).
    public var largeScale: Bool
    /// Draws high attention (关注度高 / 关注度较高).
    public var highAttention: Bool
    /// Carries IP risk (涉及知识产权风险).
    public var ipRisk: Bool

    /// Creates flags.
    public init(largeScale: Bool = false, highAttention: Bool = false, ipRisk: Bool = false) {
        self.largeScale = largeScale
        self.highAttention = highAttention
        self.ipRisk = ipRisk
    }

    /// Whether the product is a key product: large scale, high attention and IP risk together.
    /// The texts join the conditions (规模较大、关注度高的…涉及知识产权风险的产品); read as all three.
    public var isKeyProduct: Bool { largeScale && highAttention && ipRisk }
}

extension RiskAttention: Codable {
    private enum CodingKeys: String, CodingKey, CaseIterable { case largeScale, highAttention, ipRisk }

    /// Decodes the flags, each defaulting to `false`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(
            largeScale: try c.decodeIfPresent(Bool.self, forKey: .largeScale) ?? false,
            highAttention: try c.decodeIfPresent(Bool.self, forKey: .highAttention) ?? false,
            ipRisk: try c.decodeIfPresent(Bool.self, forKey: .ipRisk) ?? false)
    }

    /// Encodes all three flags.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(largeScale, forKey: .largeScale)
        try c.encode(highAttention, forKey: .highAttention)
        try c.encode(ipRisk, forKey: .ipRisk)
    }
}
