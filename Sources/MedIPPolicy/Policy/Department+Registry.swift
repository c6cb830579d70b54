// The registry of every department, role and party the four texts name, each once.
// Full names of Beijing bodies that the texts print only in short form are their official
// names and are marked `fullNameInTexts: false`.

extension Department {
    private static func agency(
        _ id: DepartmentID, _ zh: String, _ en: String, short: String? = nil,
        level: AdministrativeLevel, inTexts: Bool = true
    ) -> Department {
        Department(id: id, name: LocalizedText(zh: zh, en: en), shortName: short, kind: .agency,
                   level: level, fullNameInTexts: inTexts)
    }

    private static func role(_ id: DepartmentID, _ zh: String, _ en: String, kind: DepartmentKind = .role) -> Department {
        Department(id: id, name: LocalizedText(zh: zh, en: en), kind: kind, level: .unspecified)
    }

    // MARK: National bodies

    /// 国家知识产权局, China National Intellectual Property Administration (CNIPA).
    public static let cnipa = agency("cnipa", "国家知识产权局", "China National Intellectual Property Administration (CNIPA)", level: .national)
    /// 国家医疗保障局, National Healthcare Security Administration (NHSA).
    public static let nhsa = agency("nhsa", "国家医疗保障局", "National Healthcare Security Administration (NHSA)", level: .national)
    /// 国家知识产权局知识产权保护司, CNIPA's IP Protection Department (liaison body, 2022 (二)).
    public static let cnipaProtectionDepartment = agency("cnipa-protection-department", "国家知识产权局知识产权保护司", "CNIPA Department of IP Protection", level: .national)
    /// 国家医疗保障局医药价格和招标采购司, NHSA's Pharmaceutical Pricing and Tendering Department (liaison body, 2022 (二)).
    public static let nhsaPricingProcurementDepartment = agency("nhsa-pricing-procurement-department", "国家医疗保障局医药价格和招标采购司", "NHSA Department of Pharmaceutical Pricing and Tendering", level: .national)
    /// 国家药品监督管理局, National Medical Products Administration (NMPA).
    public static let nmpa = agency("nmpa", "国家药品监督管理局", "National Medical Products Administration (NMPA)", short: "国家药监局", level: .national)

    // MARK: Beijing municipal bodies

    /// 北京市医疗保障局 (市医保局), Beijing Municipal Healthcare Security Administration.
    public static let bjHealthcareSecurity = agency("bj-healthcare-security", "北京市医疗保障局", "Beijing Municipal Healthcare Security Administration", short: "市医保局", level: .municipal)
    /// 北京市知识产权局, Beijing Intellectual Property Office.
    public static let bjIntellectualProperty = agency("bj-intellectual-property", "北京市知识产权局", "Beijing Intellectual Property Office", short: "市知识产权局", level: .municipal)
    /// 北京市科学技术委员会、中关村科技园区管理委员会 (市科委中关村管委会).
    public static let bjScienceZhongguancun = agency("bj-science-zhongguancun", "北京市科学技术委员会、中关村科技园区管理委员会", "Beijing Municipal Science & Technology Commission / Administrative Committee of Zhongguancun Science Park", short: "市科委中关村管委会", level: .municipal)
    /// 北京市药品监督管理局 (市药监局), Beijing Municipal Medical Products Administration.
    public static let bjMedicalProducts = agency("bj-medical-products", "北京市药品监督管理局", "Beijing Municipal Medical Products Administration", short: "市药监局", level: .municipal)
    /// 北京市卫生健康委员会 (市卫生健康委), Beijing Municipal Health Commission.
    public static let bjHealth = agency("bj-health", "北京市卫生健康委员会", "Beijing Municipal Health Commission", short: "市卫生健康委", level: .municipal)
    /// 北京市发展和改革委员会 (市发展改革委), Beijing Municipal Commission of Development and Reform.
    public static let bjDevelopmentReform = agency("bj-development-reform", "北京市发展和改革委员会", "Beijing Municipal Commission of Development and Reform", short: "市发展改革委", level: .municipal)
    /// 北京市经济和信息化局 (市经济和信息化局), Beijing Municipal Bureau of Economy and Information Technology.
    public static let bjEconomyIT = agency("bj-economy-it", "北京市经济和信息化局", "Beijing Municipal Bureau of Economy and Information Technology", short: "市经济和信息化局", level: .municipal)
    /// 中共北京市委金融委员会办公室 (市委金融办), Office of the Financial Commission of the CPC Beijing Committee.
    public static let bjFinanceOffice = agency("bj-finance-office", "中共北京市委金融委员会办公室", "Office of the Financial Commission of the CPC Beijing Municipal Committee", short: "市委金融办", level: .municipal)
    /// 国家金融监督管理总局北京监管局, Beijing Office of the National Financial Regulatory Administration.
    public static let nfraBeijing = agency("nfra-beijing", "国家金融监督管理总局北京监管局", "Beijing Office of the National Financial Regulatory Administration", level: .municipal)
    /// 中华人民共和国北京海关 (北京海关), Beijing Customs.
    public static let beijingCustoms = agency("beijing-customs", "中华人民共和国北京海关", "Beijing Customs District of the PRC", short: "北京海关", level: .municipal)
    /// 北京市商务局 (市商务局), Beijing Municipal Commerce Bureau.
    public static let bjCommerce = agency("bj-commerce", "北京市商务局", "Beijing Municipal Commerce Bureau", short: "市商务局", level: .municipal, inTexts: false)
    /// 北京市医院管理中心 (市医管中心), Beijing Hospital Authority.
    public static let bjHospitalAuthority = agency("bj-hospital-authority", "北京市医院管理中心", "Beijing Hospital Authority", short: "市医管中心", level: .municipal, inTexts: false)
    /// 中共北京市委网络安全和信息化委员会办公室 (市网信办), Cyberspace Administration of Beijing.
    public static let bjCyberspace = agency("bj-cyberspace", "中共北京市委网络安全和信息化委员会办公室", "Office of the Cyberspace Affairs Commission of the CPC Beijing Municipal Committee", short: "市网信办", level: .municipal, inTexts: false)
    /// 北京市政务服务和数据管理局 (市政务服务和数据管理局), Beijing Municipal Government Services and Data Administration.
    public static let bjGovernmentServicesData = agency("bj-government-services-data", "北京市政务服务和数据管理局", "Beijing Municipal Government Services and Data Administration", short: "市政务服务和数据管理局", level: .municipal, inTexts: false)
    /// 中国人民银行北京市分行 (人民银行北京市分行), Beijing Branch of the People's Bank of China.
    public static let pbocBeijing = agency("pboc-beijing", "中国人民银行北京市分行", "Beijing Branch of the People's Bank of China", short: "人民银行北京市分行", level: .municipal, inTexts: false)
    /// 中国证券监督管理委员会北京监管局 (北京证监局), Beijing Bureau of the CSRC.
    public static let csrcBeijing = agency("csrc-beijing", "中国证券监督管理委员会北京监管局", "Beijing Bureau of the China Securities Regulatory Commission", short: "北京证监局", level: .municipal, inTexts: false)
    /// 北京市中医管理局 (市中医药局), Beijing Administration of Traditional Chinese Medicine.
    public static let bjTCM = agency("bj-tcm", "北京市中医管理局", "Beijing Administration of Traditional Chinese Medicine", short: "市中医药局", level: .municipal, inTexts: false)

    // MARK: Beijing district bodies

    /// 北京市顺义区人民政府 (顺义区政府), Shunyi District Government.
    public static let shunyiDistrict = agency("shunyi-district", "北京市顺义区人民政府", "People's Government of Shunyi District", short: "顺义区政府", level: .district, inTexts: false)
    /// 北京市昌平区人民政府 (昌平区政府), Changping District Government.
    public static let changpingDistrict = agency("changping-district", "北京市昌平区人民政府", "People's Government of Changping District", short: "昌平区政府", level: .district, inTexts: false)
    /// 北京经济技术开发区管理委员会 (经开区管委会), Beijing Economic-Technological Development Area.
    public static let etdaCommittee = agency("etda-committee", "北京经济技术开发区管理委员会", "Administrative Committee of Beijing Economic-Technological Development Area", short: "经开区管委会", level: .district, inTexts: false)
    /// 首都机场临空经济区管委会 as the text prints it: the administrative committee of the Capital
    /// Airport economic zone (the texts give no fuller name).
    public static let capitalAirportZone = agency("capital-airport-zone", "首都机场临空经济区管委会", "Administrative Committee of the Capital Airport Economic Zone", level: .district)
    /// 大兴机场临空经济区联合管委会 as the text prints it: the joint administrative committee of the
    /// Daxing Airport economic zone (the texts give no fuller name).
    public static let daxingAirportZone = agency("daxing-airport-zone", "大兴机场临空经济区联合管委会", "Joint Administrative Committee of the Daxing Airport Economic Zone", level: .district)
    /// 相关区政府: the district governments concerned (a role).
    public static let relevantDistricts = role("relevant-districts", "相关区政府", "District governments concerned")
    /// 各单位: every unit concerned (the 2024 text's catch-all in (三十二)).
    public static let allUnits = role("all-units", "各单位", "All units concerned")

    // MARK: Roles the texts name generically

    /// 医疗保障部门: any healthcare-security administration (national or local).
    public static let healthcareSecurity = role("healthcare-security", "医疗保障部门", "Healthcare-security administration")
    /// 知识产权管理部门: any IP administration (national or local).
    public static let ipAdministration = role("ip-administration", "知识产权管理部门", "IP administration")
    /// 药品监督管理部门: any drug regulator.
    public static let drugRegulator = role("drug-regulator", "药品监督管理部门", "Drug regulatory administration")
    /// 人民法院: the people's courts.
    public static let court = role("court", "人民法院", "People's court")
    /// 医药集中采购机构: the centralised procurement agency that runs listing and VBP.
    public static let procurementAgency = role("procurement-agency", "医药集中采购机构", "Centralised pharmaceutical procurement agency")

    // MARK: Parties

    /// 企业: an enterprise (applicant, bidder or holder).
    public static let enterprise = role("enterprise", "企业", "Enterprise", kind: .party)
    /// 申报企业: the enterprise that declared (applied for) the listing or VBP bid.
    public static let declaringEnterprise = role("declaring-enterprise", "申报企业", "Declaring enterprise", kind: .party)
    /// 仿制药持有人: the marketing-authorisation holder of a generic drug.
    public static let genericHolder = role("generic-holder", "仿制药持有人", "Generic-drug marketing-authorisation holder", kind: .party)
    /// 当事人: the parties to a dispute.
    public static let disputeParties = role("dispute-parties", "当事人", "Parties to the dispute", kind: .party)
    /// 医疗机构: medical institutions.
    public static let medicalInstitution = role("medical-institution", "医疗机构", "Medical institution", kind: .party)

    /// The core entries defined in this file.
    static let core: [Department] = [
        cnipa, nhsa, cnipaProtectionDepartment, nhsaPricingProcurementDepartment, nmpa,
        bjHealthcareSecurity, bjIntellectualProperty, bjScienceZhongguancun, bjMedicalProducts,
        bjHealth, bjDevelopmentReform, bjEconomyIT, bjFinanceOffice, nfraBeijing, beijingCustoms,
        bjCommerce, bjHospitalAuthority, bjCyberspace, bjGovernmentServicesData, pbocBeijing,
        csrcBeijing, bjTCM, shunyiDistrict, changpingDistrict, etdaCommittee, capitalAirportZone,
        daxingAirportZone, relevantDistricts, allUnits, healthcareSecurity, ipAdministration,
        drugRegulator, court, procurementAgency, enterprise, declaringEnterprise, genericHolder,
        disputeParties, medicalInstitution,
    ]

    /// Every department, role and party the catalog names, each once, in registry order.
    public static let registry: [Department] =
        core + catalogAdditionsNational2022 + catalogAdditionsBeijing2024 + catalogAdditionsBeijing2026_3
        + catalogAdditionsBeijing2026_4

    /// The registry entry with this id, or `nil`. The registry is searched in order (the first
    /// entry with the id): it is small, and a dictionary keyed by department id would cost every
    /// process that builds the catalog a scan of the program's protocol conformances.
    public static func lookup(_ id: DepartmentID) -> Department? { registry.first { $0.id == id } }

    /// Every registry entry that ``matches(_:)`` the query (full name, short form, English name or id).
    public static func search(_ query: String) -> [Department] {
        registry.filter { $0.matches(query) }
    }
}
