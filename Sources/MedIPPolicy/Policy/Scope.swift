/// What a scope of a measure ranges over: which institutions, which products, which costs (适用范围).
public enum ScopeDimension: String, StableStringEnum {
    /// Which medical institutions (二级及以上定点医疗机构, 医疗机构 …).
    case institutions
    /// Which products (创新药品, 创新医疗器械, 国谈药 …).
    case products
    /// Which costs or indicators (人均药品费用, 次均费用 …).
    case costs
    /// Which settlement (直接结算, "一站式"结算).
    case settlement
    /// Which insurance schemes or products (北京普惠健康保, 商业健康保险 …).
    case insurance
    /// Whose data (医疗健康数据, 医保, 商保 …).
    case data
    /// Which events or platforms (论坛, 大会, 博览会 …).
    case events

    /// A short bilingual label.
    public var label: LocalizedText {
        switch self {
        case .institutions: LocalizedText(zh: "机构范围", en: "institutions")
        case .products: LocalizedText(zh: "产品范围", en: "products")
        case .costs: LocalizedText(zh: "费用指标", en: "costs")
        case .settlement: LocalizedText(zh: "结算方式", en: "settlement")
        case .insurance: LocalizedText(zh: "保险范围", en: "insurance")
        case .data: LocalizedText(zh: "数据范围", en: "data")
        case .events: LocalizedText(zh: "活动范围", en: "events")
        }
    }
}

/// Whom or what a measure (or one clause of it) reaches, as data: the terms as the text prints
/// them and, for products, the rules' own product predicates.
///
/// Example: 京医保发〔2024〕5号（十六）reaches 二级及以上定点医疗机构 (institutions) and 国谈药 (products);
/// 京医保发〔2026〕4号（十七）reaches 医疗机构 and 国谈药品和创新药械. Product scopes name the
/// ``Predicate`` the rules decide on where there is one (``Predicate/innovativeDrug`` for 创新药品,
/// ``Predicate/innovativeDevice`` for 创新医疗器械), so a rule citing the measure can be checked
/// to apply to the same products the measure names.
public struct MeasureScope: Sendable, Hashable, Codable {
    /// A short stable key within the measure, e.g. `dual-channel-institutions`; edition changes
    /// pair scopes by these keys.
    public var key: String
    /// What the scope ranges over.
    public var dimension: ScopeDimension
    /// The scope: zh exactly as the text prints it (white space removed), en translated.
    public var text: LocalizedText
    /// For a product scope, the rules' predicates for the products it names (any of them);
    /// empty where the rules have none (国谈药, 罕见病用药, 创新技术 …) or for other dimensions.
    public var products: [Predicate]

    /// Creates a scope.
    public init(key: String, _ dimension: ScopeDimension, zh: String, en: String, products: [Predicate] = []) {
        self.key = key
        self.dimension = dimension
        self.text = LocalizedText(zh: zh, en: en)
        self.products = products
    }
}

/// A text outside the catalog that a measure invokes by name: a law, a system or a standard
/// (《中华人民共和国专利法》, 医药价格和招采信用评价制度, 医保综合价值真实世界研究规范).
public struct ExternalReference: Sendable, Hashable, Codable {
    /// What kind of text it is.
    public enum Kind: String, StableStringEnum {
        /// A law (法).
        case law
        /// An administrative system (制度).
        case system
        /// A technical standard or specification (规范).
        case standard

        /// A short bilingual label.
        public var label: LocalizedText {
            switch self {
            case .law: LocalizedText(zh: "法律", en: "law")
            case .system: LocalizedText(zh: "制度", en: "system")
            case .standard: LocalizedText(zh: "规范", en: "standard")
            }
        }
    }

    /// The kind of text.
    public var kind: Kind
    /// The name: zh exactly as the measure prints it, en translated.
    public var name: LocalizedText
    /// How the measure uses it, in the library's own words.
    public var note: LocalizedText

    /// Creates an external reference.
    public init(_ kind: Kind, zh: String, en: String, note: LocalizedText) {
        self.kind = kind
        self.name = LocalizedText(zh: zh, en: en)
        self.note = note
    }
}

/// What a figure of a measure is: a goal the measure sets, or a figure it only cites or describes.
///
/// Only goals are graded against observations (`medip targets --observed`); the others are
/// reported as not graded.
public enum TargetRole: String, StableStringEnum {
    /// A goal the measure sets (不少于120项, 力争覆盖140家): graded.
    case goal
    /// An existing ceiling the measure cites from elsewhere (京医保发〔2024〕5号（二十一）
    /// 不超过上一年度职工工资总额4%, the tax-deduction limit for supplementary insurance): not graded.
    case citedCeiling
    /// A property of a product the measure asks for (京医保发〔2026〕4号（二）512通道): not a count.
    case specification
    /// A count of what already exists (京医保发〔2026〕4号（六）四个创新服务站): not a goal.
    case existingCount

    /// Whether the figure is a goal that observations are graded against.
    public var isGoal: Bool { self == .goal }

    /// A short bilingual label.
    public var label: LocalizedText {
        switch self {
        case .goal: LocalizedText(zh: "目标", en: "goal")
        case .citedCeiling: LocalizedText(zh: "引用的既有上限", en: "cited existing ceiling")
        case .specification: LocalizedText(zh: "产品规格", en: "product specification")
        case .existingCount: LocalizedText(zh: "现有数量", en: "existing count")
        }
    }
}
