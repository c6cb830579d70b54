/// The drug or medical consumable a case is about.
///
/// JSON: required `id`, `name`, `category`, `marketingAuthorisationHolder`; optional
/// `drugClass` (required for drugs, absent for consumables — ``Case/validate(rules:)`` checks),
/// `referenceProduct`, `approvalNumber`, `approvalDate`, `greenChannelQualified`; the flags
/// `rareDisease`, `paediatric`, `nationallyNegotiated` and `innovativeDevice` default to
/// `false` (`innovativeDevice` is written only when `true`).
public struct Product: Sendable, Hashable {
    /// The platform's or embedder's product id.
    public var id: String
    /// The product name (通用名 / 产品名称).
    public var name: String {
        get { storedName.string }
        set { storedName = StoredText(newValue) }
    }
    /// ``name``'s storage (the bytes the case reader read, or a `String`).
    var storedName: StoredText
    /// Drug category or medical consumable.
    public var category: ProductCategory
    /// Innovative, improved new, generic, biosimilar or same-name same-formula TCM.
    ///
    /// `nil` for a medical consumable, which has no drug class; a drug without one is a
    /// validation error (``Case/validate(rules:)``), so the evaluator never sees it.
    public var drugClass: DrugClass?
    /// The reference (originator) product a generic, biosimilar or same-formula TCM copies
    /// (参比制剂 / 被仿制药), by name.
    ///
    /// `nil` when not given; informational for the rules, but validation warns when a product
    /// that declares against a reference (a generic, biosimilar or same-formula TCM) names none.
    public var referenceProduct: String? {
        get { storedReferenceProduct?.string }
        set { storedReferenceProduct = newValue.map(StoredText.init) }
    }
    /// ``referenceProduct``'s storage (the bytes the case reader read, or a `String`).
    var storedReferenceProduct: StoredText?
    /// The marketing-authorisation holder (药品上市许可持有人 / 注册人), by name.
    public var marketingAuthorisationHolder: String {
        get { storedMarketingAuthorisationHolder.string }
        set { storedMarketingAuthorisationHolder = StoredText(newValue) }
    }
    /// ``marketingAuthorisationHolder``'s storage (the bytes the case reader read, or a `String`).
    var storedMarketingAuthorisationHolder: StoredText
    /// The drug approval number or device registration number (see ``ApprovalNumber``).
    ///
    /// `nil` when not given: nothing is checked. When given, validation warns if its form does
    /// not fit the product's category. No rule depends on it.
    public var approvalNumber: ApprovalNumber?
    /// The marketing-approval date (批准上市日期).
    ///
    /// `nil` when not given: validation then cannot check that procurement events and the
    /// round's application come after approval. No rule depends on it.
    public var approvalDate: CivilDate?
    /// A drug for a rare disease (罕见病用药).
    public var rareDisease: Bool
    /// A paediatric drug (儿童用药).
    public var paediatric: Bool
    /// Included through national medical-insurance negotiation (国家医保谈判药品).
    public var nationallyNegotiated: Bool
    /// Whether the product qualifies for the green channel for innovative drugs (绿色通道,
    /// 京医保发〔2026〕3号 (九), 〔2026〕4号 (十七)). The texts say 符合条件的创新药品 without
    /// listing the conditions, so qualification is an input.
    ///
    /// `nil` when not assessed, which the rules treat like `false`: only `true` opens the green
    /// channel. `false` records that the product was assessed and does not qualify.
    public var greenChannelQualified: Bool?
    /// An innovative medical device (创新医疗器械) — a medical consumable only; an input, as the
    /// texts name the class without defining it. 京医保发〔2024〕5号（十二）'s green channel is for
    /// 创新医疗药械 (innovative drugs and devices); the 2026 channels are for 创新药品 only.
    public var innovativeDevice: Bool

    /// Creates a product.
    public init(
        id: String, name: String, category: ProductCategory, drugClass: DrugClass? = nil,
        referenceProduct: String? = nil, marketingAuthorisationHolder: String,
        approvalNumber: ApprovalNumber? = nil, approvalDate: CivilDate? = nil,
        rareDisease: Bool = false, paediatric: Bool = false, nationallyNegotiated: Bool = false,
        greenChannelQualified: Bool? = nil, innovativeDevice: Bool = false
    ) {
        self.init(
            id: id, storedName: StoredText(name), category: category, drugClass: drugClass,
            storedReferenceProduct: referenceProduct.map(StoredText.init),
            storedMarketingAuthorisationHolder: StoredText(marketingAuthorisationHolder),
            approvalNumber: approvalNumber, approvalDate: approvalDate, rareDisease: rareDisease,
            paediatric: paediatric, nationallyNegotiated: nationallyNegotiated,
            greenChannelQualified: greenChannelQualified, innovativeDevice: innovativeDevice)
    }

    /// Creates a product from its stored text (the case reader's), field for field.
    package init(
        id: String, storedName: StoredText, category: ProductCategory, drugClass: DrugClass?,
        storedReferenceProduct: StoredText?, storedMarketingAuthorisationHolder: StoredText,
        approvalNumber: ApprovalNumber?, approvalDate: CivilDate?, rareDisease: Bool, paediatric: Bool,
        nationallyNegotiated: Bool, greenChannelQualified: Bool?, innovativeDevice: Bool
    ) {
        self.id = id
        self.storedName = storedName
        self.category = category
        self.drugClass = drugClass
        self.storedReferenceProduct = storedReferenceProduct
        self.storedMarketingAuthorisationHolder = storedMarketingAuthorisationHolder
        self.approvalNumber = approvalNumber
        self.approvalDate = approvalDate
        self.rareDisease = rareDisease
        self.paediatric = paediatric
        self.nationallyNegotiated = nationallyNegotiated
        self.greenChannelQualified = greenChannelQualified
        self.innovativeDevice = innovativeDevice
    }
}

extension Product: Codable {
    private enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, category, drugClass, referenceProduct, marketingAuthorisationHolder
        case approvalNumber, approvalDate, rareDisease, paediatric, nationallyNegotiated
        case greenChannelQualified, innovativeDevice
    }

    /// Decodes a product, applying the defaults listed on ``Product``.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id),
            name: try c.decode(String.self, forKey: .name),
            category: try c.decode(ProductCategory.self, forKey: .category),
            drugClass: try c.decodeIfPresent(DrugClass.self, forKey: .drugClass),
            referenceProduct: try c.decodeIfPresent(String.self, forKey: .referenceProduct),
            marketingAuthorisationHolder: try c.decode(String.self, forKey: .marketingAuthorisationHolder),
            approvalNumber: try c.decodeIfPresent(ApprovalNumber.self, forKey: .approvalNumber),
            approvalDate: try c.decodeIfPresent(CivilDate.self, forKey: .approvalDate),
            rareDisease: try c.decodeIfPresent(Bool.self, forKey: .rareDisease) ?? false,
            paediatric: try c.decodeIfPresent(Bool.self, forKey: .paediatric) ?? false,
            nationallyNegotiated: try c.decodeIfPresent(Bool.self, forKey: .nationallyNegotiated) ?? false,
            greenChannelQualified: try c.decodeIfPresent(Bool.self, forKey: .greenChannelQualified),
            innovativeDevice: try c.decodeIfPresent(Bool.self, forKey: .innovativeDevice) ?? false)
    }

    /// Encodes every field (optional ones only when present).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(category, forKey: .category)
        try c.encodeIfPresent(drugClass, forKey: .drugClass)
        try c.encodeIfPresent(referenceProduct, forKey: .referenceProduct)
        try c.encode(marketingAuthorisationHolder, forKey: .marketingAuthorisationHolder)
        try c.encodeIfPresent(approvalNumber, forKey: .approvalNumber)
        try c.encodeIfPresent(approvalDate, forKey: .approvalDate)
        try c.encode(rareDisease, forKey: .rareDisease)
        try c.encode(paediatric, forKey: .paediatric)
        try c.encode(nationallyNegotiated, forKey: .nationallyNegotiated)
        try c.encodeIfPresent(greenChannelQualified, forKey: .greenChannelQualified)
        if innovativeDevice { try c.encode(innovativeDevice, forKey: .innovativeDevice) }
    }
}
