/// An enterprise (企业) that declares products for listing or volume-based procurement — the
/// declaring enterprise (申报企业) that makes the self-commitment and bears liability for it
/// (国知发保字〔2022〕45号 (四); 京医保发〔2026〕3号 (三)).
///
/// JSON form: `{"name": "…", "creditCode": "91…"}`.
public struct Enterprise: Sendable, Hashable, Codable {
    /// The registered name (企业名称).
    public var name: String {
        get { storedName.string }
        set { storedName = StoredText(newValue) }
    }
    /// ``name``'s storage (the bytes the case reader read, or a `String`).
    var storedName: StoredText
    /// The unified social credit code (统一社会信用代码).
    public var creditCode: UnifiedSocialCreditCode

    /// Creates an enterprise.
    public init(name: String, creditCode: UnifiedSocialCreditCode) {
        self.storedName = StoredText(name)
        self.creditCode = creditCode
    }
}

extension Enterprise {
    private enum CodingKeys: String, CodingKey, CaseIterable { case name, creditCode }

    /// Decodes the object; a key it does not define is an error (see
    /// ``CaseFile/DecodingOptions``).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        storedName = StoredText(try c.decode(String.self, forKey: .name))
        creditCode = try c.decode(UnifiedSocialCreditCode.self, forKey: .creditCode)
    }

    /// Encodes every field (optional ones only when present).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(creditCode, forKey: .creditCode)
    }
}
