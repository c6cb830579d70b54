/// Builds a `Product`: a drug of one of the five drug classes or a medical consumable, with a
/// matching approval number and reference product.
///
/// The presets produce products that validate without warnings; the marketing-authorisation
/// holder (上市许可持有人) is the matching ``EnterpriseBuilder`` preset, so a ``CaseBuilder``
/// preset's enterprise holds its own product.
///
/// ```swift
/// let drug = ProductBuilder.innovative().greenChannelQualified().forRareDisease().build()
/// ```
public struct ProductBuilder: FixtureBuilder {
    /// The platform's product id.
    public var id: String
    /// The product name (通用名 / 产品名称).
    public var name: String
    /// Drug category or medical consumable.
    public var category: ProductCategory
    /// The drug class; `nil` for a consumable.
    public var drugClass: DrugClass?
    /// The reference (originator) product copied, for generics, biosimilars and same-formula TCM.
    public var referenceProduct: String?
    /// The marketing-authorisation holder, by name.
    public var marketingAuthorisationHolder: String
    /// The approval or registration number.
    public var approvalNumber: ApprovalNumber?
    /// The marketing-approval date.
    public var approvalDate: CivilDate?
    /// A rare-disease drug (罕见病用药).
    public var rareDisease: Bool
    /// A paediatric drug (儿童用药).
    public var paediatric: Bool
    /// Included through national medical-insurance negotiation (国家医保谈判药品).
    public var nationallyNegotiated: Bool
    /// Green-channel qualification (绿色通道), an input; `nil` when not assessed.
    public var greenChannelQualified: Bool?

    /// Creates a builder from every field (the presets are usually more convenient).
    public init(
        id: String, name: String, category: ProductCategory, drugClass: DrugClass?,
        referenceProduct: String? = nil, marketingAuthorisationHolder: String,
        approvalNumber: ApprovalNumber? = nil, approvalDate: CivilDate? = nil,
        rareDisease: Bool = false, paediatric: Bool = false, nationallyNegotiated: Bool = false,
        greenChannelQualified: Bool? = nil
    ) {
        self.id = id
        self.name = name
        self.category = category
        self.drugClass = drugClass
        self.referenceProduct = referenceProduct
        self.marketingAuthorisationHolder = marketingAuthorisationHolder
        self.approvalNumber = approvalNumber
        self.approvalDate = approvalDate
        self.rareDisease = rareDisease
        self.paediatric = paediatric
        self.nationallyNegotiated = nationallyNegotiated
        self.greenChannelQualified = greenChannelQualified
    }

    private static func drug(
        _ id: String, _ name: String, _ category: ProductCategory, _ drugClass: DrugClass?,
        reference: String?, holder: EnterpriseBuilder, approved: CivilDate, serial: Int
    ) -> ProductBuilder {
        ProductBuilder(
            id: id, name: name, category: category, drugClass: drugClass, referenceProduct: reference,
            marketingAuthorisationHolder: holder.name,
            approvalNumber: FixtureIdentifiers.approvalNumber(for: category, year: approved.year, serial: serial),
            approvalDate: approved)
    }

    // MARK: Presets

    /// A chemical generic (化学仿制药) 示例替尼片 100mg copying 示例替尼片（原研）, approved
    /// 2026-01-20 (国药准字H20260001), held by ``EnterpriseBuilder/genericMaker``.
    public static func generic() -> ProductBuilder {
        drug("P-GEN-0001", "示例替尼片 100mg", .chemicalDrug, .generic, reference: "示例替尼片（原研）",
             holder: .genericMaker, approved: day(2026, 1, 20), serial: 1)
    }

    /// An innovative chemical drug (创新药) 示例替康注射液 100mg, approved 2026-03-20, held by
    /// ``EnterpriseBuilder/innovator``; green-channel qualification not assessed.
    public static func innovative() -> ProductBuilder {
        drug("P-INN-0001", "示例替康注射液 100mg", .chemicalDrug, .innovative, reference: nil,
             holder: .innovator, approved: day(2026, 3, 20), serial: 100)
    }

    /// An improved new drug (改良型新药) 示例替尼缓释片 200mg, approved 2025-11-18.
    public static func improvedNew() -> ProductBuilder {
        drug("P-IMP-0001", "示例替尼缓释片 200mg", .chemicalDrug, .improvedNew, reference: nil,
             holder: .innovator, approved: day(2025, 11, 18), serial: 777)
    }

    /// A biosimilar (生物类似药) 示例单抗注射液 100mg/10ml copying 示例单抗注射液（原研）,
    /// approved 2025-12-16 (国药准字S…).
    public static func biosimilar() -> ProductBuilder {
        drug("P-BIO-0001", "示例单抗注射液 100mg/10ml", .biologicalDrug, .biosimilar, reference: "示例单抗注射液（原研）",
             holder: .biologicsMaker, approved: day(2025, 12, 16), serial: 321)
    }

    /// A same-name same-formula TCM (中药同名同方药) 示例感冒颗粒 10g copying 示例感冒颗粒（原研）,
    /// approved 2025-10-21 (国药准字Z…).
    public static func sameFormulaTCM() -> ProductBuilder {
        drug("P-TCM-0001", "示例感冒颗粒 10g", .traditionalChineseMedicine, .sameNameSameFormulaTCM,
             reference: "示例感冒颗粒（原研）", holder: .tcmMaker, approved: day(2025, 10, 21), serial: 456)
    }

    /// A medical consumable (医用耗材) 一次性使用血管内导管, registered 2025-09-09 (国械注准…).
    public static func consumable() -> ProductBuilder {
        drug("P-CON-0001", "一次性使用血管内导管", .medicalConsumable, nil, reference: nil,
             holder: .deviceMaker, approved: day(2025, 9, 9), serial: 251)
    }

    // MARK: Fluent changes

    /// A copy with another product id.
    public func withID(_ id: String) -> Self { modified { $0.id = id } }
    /// A copy with another name.
    public func named(_ name: String) -> Self { modified { $0.name = name } }
    /// A copy with another reference product (or none).
    public func copying(_ referenceProduct: String?) -> Self { modified { $0.referenceProduct = referenceProduct } }
    /// A copy held by another marketing-authorisation holder.
    public func heldBy(_ holder: String) -> Self { modified { $0.marketingAuthorisationHolder = holder } }
    /// A copy with another approval number (or none).
    public func withApprovalNumber(_ number: ApprovalNumber?) -> Self { modified { $0.approvalNumber = number } }
    /// A copy approved on another date; a generated approval number follows the new year.
    public func approved(on date: CivilDate?) -> Self {
        modified {
            $0.approvalDate = date
            if let date, let number = $0.approvalNumber, number.isDrug || number.kind == .deviceRegistration {
                $0.approvalNumber = FixtureIdentifiers.approvalNumber(
                    for: $0.category, year: date.year, serial: Int(truncatingIfNeeded: stableHash(number.rawValue)))
            }
        }
    }
    /// A copy with another category and drug class, as they are (validation may warn).
    public func classified(as category: ProductCategory, _ drugClass: DrugClass?) -> Self {
        modified {
            $0.category = category
            $0.drugClass = drugClass
        }
    }
    /// A copy qualified (or not) for the green channel for innovative drugs (绿色通道).
    public func greenChannelQualified(_ qualified: Bool? = true) -> Self { modified { $0.greenChannelQualified = qualified } }
    /// A copy marked as a rare-disease drug (罕见病用药).
    public func forRareDisease(_ value: Bool = true) -> Self { modified { $0.rareDisease = value } }
    /// A copy marked as a paediatric drug (儿童用药).
    public func paediatric(_ value: Bool = true) -> Self { modified { $0.paediatric = value } }
    /// A copy marked as included through national negotiation (国家医保谈判药品).
    public func nationallyNegotiated(_ value: Bool = true) -> Self { modified { $0.nationallyNegotiated = value } }

    /// The product.
    public func build() -> Product {
        Product(
            id: id, name: name, category: category, drugClass: drugClass, referenceProduct: referenceProduct,
            marketingAuthorisationHolder: marketingAuthorisationHolder, approvalNumber: approvalNumber,
            approvalDate: approvalDate, rareDisease: rareDisease, paediatric: paediatric,
            nationallyNegotiated: nationallyNegotiated, greenChannelQualified: greenChannelQualified)
    }
}
