// beijing-2024-5 — measures 17–32 of 京医保发〔2024〕5号 (chapters 四 to 八).
// See Beijing2024_5.swift for the document, the registry additions and the shorthands.

extension Beijing2024_5Measures {
    /// （十七）DRG新药新技术除外支付 — 2024 measure 17 (heading not official).
    static let m17: Measure = Measure(
        id: id(17), chapter: 4,
        heading: LocalizedText(zh: "DRG新药新技术除外支付", en: "DRG carve-out payment for new drugs and technologies"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "持续完善CHS-DRG付费中新药新技术的除外支付机制，及时完成形式审查、数据验证和专家论证；符合条件的新药新技术费用不计入所在DRG病组的支付标准，另行单独支付。",
            en: "The CHS-DRG carve-out for new drugs and technologies keeps being refined, with formal review, data validation and expert review done promptly; the cost of an eligible new drug or technology is left out of its DRG group's payment rate and paid separately."),
        kinds: [.procurement, .funding, .mechanism],
        departments: [bjHealthcareSecurity],
        actors: [bjHealthcareSecurity, medicalInstitution],
        provisions: [
            Provision(
                actors: [bjHealthcareSecurity],
                modality: .commit,
                action: LocalizedText(
                    zh: "完善CHS-DRG付费新药新技术除外支付机制，及时完成形式审查、数据验证及专家论证",
                    en: "Refine the CHS-DRG carve-out for new drugs and technologies and complete formal review, data validation and expert review promptly")),
            Provision(
                actors: [bjHealthcareSecurity],
                modality: .commit,
                action: LocalizedText(
                    zh: "符合条件的新药新技术费用不计入DRG病组支付标准，单独支付",
                    en: "Leave the cost of eligible new drugs and technologies out of the DRG group rate and pay it separately")),
        ],
        crossReferences: [
            counterpart2026(18, zh: "2026年版要求落实特例单议、新药新技术除外支付等配套机制。",
                            en: "The 2026 edition carries on case-by-case review and the new-drug and new-technology carve-out."),
        ])

    /// （十八）总额预算与考核指标剔除 — 2024 measure 18 (heading not official).
    static let m18: Measure = Measure(
        id: id(18), chapter: 4,
        heading: LocalizedText(zh: "总额预算与考核指标剔除", en: "Budget caps and indicator exclusions"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "国谈药和创新医疗器械涉及的诊疗项目不受医疗机构总额预算指标限制；在绩效考核和BJ-GBI总额预算质量评价中，剔除国谈药和创新诊疗项目对人均药品费用、人均医疗费用等指标的影响。",
            en: "Treatment items involving negotiated drugs and innovative medical devices are not bound by a medical institution's global budget; in performance assessment and the BJ-GBI quality evaluation, the effect of negotiated drugs and innovative treatment items on per-capita drug and medical costs and similar indicators is removed."),
        kinds: [.procurement, .funding, .supervision],
        departments: [bjHealthcareSecurity, bjHealth],
        actors: [bjHealthcareSecurity, bjHealth, medicalInstitution],
        provisions: [
            Provision(
                actors: [bjHealthcareSecurity],
                modality: .commit,
                action: LocalizedText(
                    zh: "国谈药和创新医疗器械涉及的诊疗项目不受医疗机构总额预算指标限制",
                    en: "Exempt treatment items involving negotiated drugs and innovative devices from the institution's global budget cap")),
            Provision(
                actors: [bjHealthcareSecurity, bjHealth],
                modality: .commit,
                action: LocalizedText(
                    zh: "在绩效考核和总额预算管理（BJ-GBI）质量评价中剔除国谈药、创新诊疗项目对人均药品费用、人均医疗费用等指标的影响",
                    en: "Remove the effect of negotiated drugs and innovative treatment items on per-capita drug and medical cost indicators in performance assessment and the BJ-GBI quality evaluation")),
        ],
        crossReferences: [
            counterpart2026(17, zh: "2026年版将国谈药品和创新药械入院情况纳入考核，并剔除其对次均费用等指标的影响。",
                            en: "The 2026 edition assesses uptake of negotiated drugs and innovative devices and removes their effect on per-visit cost indicators."),
            counterpart2026(18, zh: "2026年版统筹总额预算、集中采购和DRG支付方式改革。",
                            en: "The 2026 edition coordinates global budgets, centralised procurement and DRG payment reform."),
        ],
        scopes: [
            MeasureScope(key: "excluded-costs", .costs, zh: "人均药品费用、人均医疗费用等相关指标", en: "per-capita drug cost, per-capita medical cost and related indicators"),
            MeasureScope(key: "excluded-products", .products, zh: "国谈药、创新诊疗项目", en: "nationally negotiated drugs and innovative diagnosis and treatment items"),
        ])

    /// （十九）创新器械应用培训中心 — 2024 measure 19 (heading not official).
    static let m19: Measure = Measure(
        id: id(19), chapter: 4,
        heading: LocalizedText(zh: "创新器械应用培训中心", en: "Training centres for innovative devices"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "支持建立医用机器人等创新医疗器械的应用培训中心，加快创新医疗器械的推广使用。",
            en: "Training centres for the use of medical robots and other innovative devices are supported, to spread the use of innovative medical devices faster."),
        kinds: [.outreach, .mechanism],
        departments: [bjScienceZhongguancun, bjEconomyIT, bjHospitalAuthority, bjHealth, relevantDistricts],
        actors: [bjScienceZhongguancun, bjEconomyIT, bjHospitalAuthority, bjHealth, relevantDistricts],
        provisions: [
            Provision(
                actors: [bjScienceZhongguancun, bjEconomyIT, bjHospitalAuthority, bjHealth, relevantDistricts],
                modality: .encourage, modalWord: "支持",
                action: LocalizedText(zh: "建立医用机器人等创新器械应用培训中心", en: "Set up training centres for medical robots and other innovative devices")),
            Provision(
                actors: [bjScienceZhongguancun, bjEconomyIT, bjHospitalAuthority, bjHealth, relevantDistricts],
                modality: .commit,
                action: LocalizedText(zh: "加快创新医疗器械推广使用", en: "Spread the use of innovative medical devices faster")),
        ],
        crossReferences: [
            counterpart2026(20, zh: "2026年版推动手术机器人入院使用，开展临床效果评价并推广租赁模式。",
                            en: "The 2026 edition brings surgical robots into hospitals, evaluates their clinical effect and promotes leasing."),
        ])

    // MARK: 五、努力拓展创新医药支付渠道

    /// （二十）支持参加国家医保谈判 — 2024 measure 20 (heading not official).
    static let m20: Measure = Measure(
        id: id(20), chapter: 5,
        heading: LocalizedText(zh: "支持参加国家医保谈判", en: "Support for national reimbursement negotiations"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "及时掌握本市创新医药企业的产品情况并开展政策宣讲，支持企业参加国家医保药品目录谈判，争取更多创新药品经谈判进入国家医保目录。",
            en: "The authorities keep track of Beijing innovators' products, explain the policy to them and support them in the national reimbursement-list negotiations, striving to get more innovative drugs onto the national list."),
        kinds: [.procurement, .service, .outreach],
        departments: [bjHealthcareSecurity, bjMedicalProducts, bjScienceZhongguancun],
        actors: [bjHealthcareSecurity, bjMedicalProducts, bjScienceZhongguancun, enterprise],
        provisions: [
            Provision(
                actors: [bjHealthcareSecurity, bjMedicalProducts, bjScienceZhongguancun],
                modality: .commit,
                action: LocalizedText(
                    zh: "及时了解本市创新医药企业产品情况，积极开展政策宣讲",
                    en: "Keep track of Beijing innovators' products and actively explain the policy")),
            Provision(
                actors: [bjHealthcareSecurity, enterprise],
                modality: .encourage, modalWord: "支持",
                action: LocalizedText(zh: "企业参加国家医保药品目录谈判", en: "Enterprises take part in the national reimbursement-list negotiations")),
            Provision(
                actors: [bjHealthcareSecurity],
                modality: .explore, modalWord: "争取",
                action: LocalizedText(zh: "让更多创新药品通过谈判纳入国家医保目录", en: "Get more innovative drugs onto the national reimbursement list through negotiation")),
        ])

    /// （二十一）商业健康保险覆盖创新药械 — 2024 measure 21 (heading not official).
    static let m21: Measure = Measure(
        id: id(21), chapter: 5,
        heading: LocalizedText(zh: "商业健康保险覆盖创新药械", en: "Commercial health insurance for innovations"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "鼓励商业保险公司与医疗机构、医药企业合作开发覆盖创新药械和健康管理服务的商业健康保险；鼓励企业建立补充医疗保险，利用补充医疗保险费在上一年度职工工资总额4%以内从成本列支的政策，购买覆盖创新药械的普惠性商业补充医疗保险；鼓励引导商保与企业、医疗机构、定点药店合作，优化理赔并推进直接结算。",
            en: "Commercial insurers are encouraged to develop, with medical institutions and pharmaceutical enterprises, health insurance covering innovative drugs, devices and health-management services; employers are encouraged to set up supplementary medical insurance and, using the rule that its premiums up to 4% of the previous year's total payroll are a deductible cost, buy inclusive supplementary cover for innovations; insurers are encouraged and guided to cooperate with enterprises, institutions and designated pharmacies on simpler claims and direct settlement."),
        kinds: [.funding, .mechanism, .target],
        departments: [nfraBeijing, bjFinanceOffice, bjScienceZhongguancun, bjHealth, bjHealthcareSecurity, bjEconomyIT],
        actors: [nfraBeijing, bjFinanceOffice, bjScienceZhongguancun, bjHealth, bjHealthcareSecurity, bjEconomyIT,
                 commercialInsurer, medicalInstitution, enterprise, designatedRetailPharmacy],
        targets: [
            Target(
                key: "supplementary-insurance-cost-cap",
                metric: LocalizedText(
                    zh: "可从成本中列支的补充医疗保险费占上一年度职工工资总额的比例",
                    en: "Supplementary medical insurance premiums deductible as a cost, as a share of the previous year's total payroll"),
                comparator: .atMost, value: 4, unit: .percent, period: .unspecified,
                source: "不超过上一年度职工工资总额4%", role: .citedCeiling),
        ],
        provisions: [
            Provision(
                actors: [commercialInsurer, medicalInstitution, enterprise],
                modality: .encourage, modalWord: "鼓励",
                action: LocalizedText(
                    zh: "商业保险公司与医疗机构、医药企业合作，开发有针对性的、覆盖创新药械和健康管理服务的商业健康保险产品",
                    en: "Commercial insurers and medical institutions and pharmaceutical enterprises develop targeted health insurance products covering innovative drugs, devices and health-management services")),
            Provision(
                actors: [enterprise],
                modality: .encourage, modalWord: "鼓励",
                action: LocalizedText(
                    zh: "企业建立补充医疗保险，利用补充医疗保险费从成本中列支的优惠政策购买覆盖创新药械的普惠性商业补充医疗保险产品",
                    en: "Employers set up supplementary medical insurance and, under the rule letting its premiums be deducted as a cost, buy inclusive commercial supplementary cover for innovative drugs and devices"),
                measure: LocalizedText(zh: "不超过上一年度职工工资总额4%", en: "at most 4% of the previous year's total payroll")),
            Provision(
                actors: [commercialInsurer, enterprise, medicalInstitution, designatedRetailPharmacy],
                modality: .encourage, modalWord: "鼓励引导",
                action: LocalizedText(
                    zh: "商业保险与创新医药企业、医疗机构、定点药店加强合作协商，优化理赔方式",
                    en: "Commercial insurers work with innovative pharmaceutical enterprises, medical institutions and designated pharmacies to simplify claims")),
            Provision(
                actors: [nfraBeijing, bjHealthcareSecurity, commercialInsurer],
                modality: .encourage, modalWord: "推进",
                action: LocalizedText(
                    zh: "覆盖相关创新药械的商业健康保险直接结算",
                    en: "Direct settlement of commercial health insurance covering the innovative drugs and devices")),
        ],
        crossReferences: [
            counterpart2026(21, zh: "2026年版发挥商业健康保险支持作用，推进医疗、医保、商保数据共享和“一站式”结算。",
                            en: "The 2026 edition enlists commercial health insurance, with medical, reimbursement and insurer data sharing and one-stop settlement."),
        ],
        scopes: [
            MeasureScope(key: "settlement", .settlement, zh: "直接结算", en: "direct settlement (of commercial health insurance covering innovative drugs and devices)"),
        ])

    /// （二十二）普惠健康保特药清单调整 — 2024 measure 22 (heading not official).
    static let m22: Measure = Measure(
        id: id(22), chapter: 5,
        heading: LocalizedText(zh: "普惠健康保特药清单调整", en: "Special-drug list of Beijing Puhui Health Insurance"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "建立“北京普惠健康保”特药清单动态调整机制，根据国家医保目录调整和特药使用情况调整保障范围，让符合条件的创新药“应进尽进”；鼓励参保人用医保个人账户结余为本人和家人购买“北京普惠健康保”。",
            en: "The special-drug list of the Beijing Puhui Health Insurance is adjusted dynamically in light of national reimbursement-list changes and actual use, so that every eligible innovative drug is included; insured persons are encouraged to use their personal-account balances to buy this insurance for themselves and their families."),
        kinds: [.funding, .mechanism],
        departments: [bjHealthcareSecurity, bjEconomyIT, bjScienceZhongguancun, bjMedicalProducts],
        actors: [bjHealthcareSecurity, bjEconomyIT, bjScienceZhongguancun, bjMedicalProducts, insuredPerson],
        provisions: [
            Provision(
                actors: [bjHealthcareSecurity, bjEconomyIT, bjScienceZhongguancun, bjMedicalProducts],
                modality: .commit,
                action: LocalizedText(
                    zh: "建立“北京普惠健康保”特药清单动态调整机制，结合国家医保药品目录调整和特药使用情况调整保障范围，确保符合条件的创新药品“应进尽进”",
                    en: "Adjust the special-drug list of the Beijing Puhui Health Insurance dynamically, following national list changes and use, so that every eligible innovative drug is included")),
            Provision(
                actors: [insuredPerson],
                modality: .encourage, modalWord: "鼓励",
                action: LocalizedText(
                    zh: "用好医保个人账户结余资金，为本人及家庭成员购买“北京普惠健康保”",
                    en: "Use personal-account balances to buy the Beijing Puhui Health Insurance for oneself and family members")),
        ],
        crossReferences: [
            counterpart2026(21, zh: "2026年版推动北京普惠健康保等将更多创新药械、罕见病用药和创新技术纳入保障范围。",
                            en: "The 2026 edition has the Beijing Puhui Health Insurance and others cover more innovative drugs, devices, rare-disease drugs and technologies."),
        ],
        scopes: [
            MeasureScope(key: "covered-products", .products, zh: "创新药品", en: "innovative drugs", products: [.innovativeDrug]),
            MeasureScope(key: "insurance", .insurance, zh: "北京普惠健康保", en: "Beijing Puhui Health Insurance"),
        ])

    // MARK: 六、鼓励医疗健康数据赋能创新

    /// （二十三）健康数据汇聚与模型训练 — 2024 measure 23 (heading not official).
    static let m23: Measure = Measure(
        id: id(23), chapter: 6,
        heading: LocalizedText(zh: "健康数据汇聚与模型训练", en: "Health-data pooling and model training"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "推动高价值医疗健康数据向数据先行区汇聚共享，形成一批单病种主题数据库；围绕新药研发、互联网医疗、智能辅助问诊等场景，鼓励创新医药企业依托人工智能数据训练基地训练医药健康大模型；以“监管沙盒”有序推进数据交易流通。",
            en: "High-value health data are pooled and shared in the data pilot zone to build single-disease databases; innovative pharmaceutical enterprises are encouraged to train health large models at the AI data-training base for drug discovery, internet medicine and AI-assisted consultation; a regulatory sandbox lets health data be traded and circulated in an orderly way."),
        kinds: [.data, .pilot, .mechanism],
        departments: [bjEconomyIT, bjCyberspace, bjGovernmentServicesData, bjHealth, bjMedicalProducts, bjHealthcareSecurity],
        actors: [bjEconomyIT, bjCyberspace, bjGovernmentServicesData, bjHealth, bjMedicalProducts, bjHealthcareSecurity, enterprise],
        provisions: [
            Provision(
                actors: [bjEconomyIT, bjGovernmentServicesData, bjHealth],
                modality: .encourage, modalWord: "推动",
                action: LocalizedText(
                    zh: "医疗健康高价值数据向数据先行区汇聚共享，形成一批单病种主题数据库",
                    en: "Pool and share high-value health data in the data pilot zone and build single-disease databases")),
            Provision(
                actors: [enterprise],
                modality: .encourage, modalWord: "鼓励",
                action: LocalizedText(
                    zh: "创新医药企业依托人工智能数据训练基地，面向新药研发、互联网医疗、智能辅助问诊等场景开展医药健康大模型训练",
                    en: "Innovative pharmaceutical enterprises train health large models at the AI data-training base for drug discovery, internet medicine and AI-assisted consultation")),
            Provision(
                actors: [bjEconomyIT, bjCyberspace, bjGovernmentServicesData],
                modality: .commit,
                action: LocalizedText(
                    zh: "实施“监管沙盒”机制，有序推进医疗健康数据的交易和流通",
                    en: "Run a regulatory sandbox and let health data be traded and circulated in an orderly way")),
        ],
        crossReferences: [
            counterpart2026(22, zh: "2026年版加强高质量数据集供给，依托国家人工智能应用中试基地形成不少于10个高质量数据集。",
                            en: "The 2026 edition supplies high-quality datasets through the national AI pilot base, at least ten of them."),
            counterpart2026(25, zh: "2026年版加快AI赋能药物研发，布局基础模型和药物研发设计模型。",
                            en: "The 2026 edition speeds up AI-powered drug discovery with foundation and drug-design models."),
        ])

    /// （二十四）数据流通与跨境合规 — 2024 measure 24 (heading not official).
    static let m24: Measure = Measure(
        id: id(24), chapter: 6,
        heading: LocalizedText(zh: "数据流通与跨境合规", en: "Data circulation and cross-border compliance"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "完善医疗健康数据清洗、标注技术规范，培育第三方专业平台和经纪商，探索用自主区块链和智能合约实现数据“可用不可见、可控可计量”的安全流动；支持医药企业和医疗机构数据跨境便利流动，制定自贸区数据跨境负面清单，增强重要数据出境合规服务，争取60天内完成评估审查。",
            en: "Technical norms for cleaning and labelling health data are improved, third-party platforms and brokers fostered, and home-grown blockchain and smart contracts explored for secure data flows that can be used without being seen and are controllable and measurable; cross-border data flows of enterprises and institutions are eased with a free-trade-zone negative list, and compliance services for exporting important data are strengthened, striving to finish the assessment within 60 days."),
        kinds: [.data, .mechanism, .timeLimit, .service],
        departments: [bjEconomyIT, bjCyberspace, bjGovernmentServicesData, bjHealth, bjMedicalProducts, bjHealthcareSecurity],
        actors: [bjEconomyIT, bjCyberspace, bjGovernmentServicesData, bjHealth, bjMedicalProducts, bjHealthcareSecurity,
                 dataIntermediary, enterprise, medicalInstitution],
        timeLimits: [
            TimeLimit(
                key: "data-export-assessment",
                procedure: LocalizedText(zh: "企业重要数据出境评估审查", en: "Assessment of an enterprise's export of important data"),
                limit: .days(60), bound: .atMost, source: "60天内完成评估审查", hedge: "争取"),
        ],
        provisions: [
            Provision(
                actors: [bjEconomyIT, bjGovernmentServicesData, bjHealth],
                modality: .commit,
                action: LocalizedText(
                    zh: "完善医疗健康数据清洗、标注技术规范，培育第三方专业化平台和经纪商",
                    en: "Improve technical norms for cleaning and labelling health data and foster third-party specialised platforms and brokers")),
            Provision(
                actors: [bjEconomyIT, bjGovernmentServicesData],
                modality: .explore, modalWord: "探索",
                action: LocalizedText(
                    zh: "基于自主区块链底层架构和智能合约技术，实现数据“可用不可见、可控可计量”的分布式安全流动",
                    en: "Use home-grown blockchain infrastructure and smart contracts for distributed, secure data flows that are usable without being seen, controllable and measurable")),
            Provision(
                actors: [bjEconomyIT, bjCyberspace, enterprise, medicalInstitution],
                modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "医药企业和医疗机构数据跨境便利化流动，制定自贸区数据跨境负面清单",
                    en: "Ease cross-border data flows of pharmaceutical enterprises and medical institutions, with a free-trade-zone negative list for data leaving the country")),
            Provision(
                actors: [bjCyberspace, bjEconomyIT],
                modality: .explore, modalWord: "争取",
                action: LocalizedText(
                    zh: "增强企业重要数据出境的合规服务能力，完成评估审查",
                    en: "Strengthen compliance services for enterprises exporting important data and finish the assessment"),
                measure: LocalizedText(zh: "60天内", en: "within 60 days")),
        ],
        crossReferences: [
            counterpart2026(23, zh: "2026年版制定健康医疗数据开发利用、匿名化、分级分类规范，保障跨境流通安全合规。",
                            en: "The 2026 edition sets norms for health-data use, anonymisation and classification and keeps cross-border flows secure and compliant."),
        ])

    /// （二十五）电子病历共享应用 — 2024 measure 25 (heading not official).
    static let m25: Measure = Measure(
        id: id(25), chapter: 6,
        heading: LocalizedText(zh: "电子病历共享应用", en: "Sharing electronic medical records"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "扩大住院和门诊电子病历在医疗机构间的共享应用并加强数据质控，2024年力争覆盖140家二级及以上医疗机构；鼓励电子病历数据合规用于创新医药企业研发。",
            en: "Inpatient and outpatient electronic medical records are shared among more medical institutions under stronger data quality control, striving to cover 140 institutions of secondary level and above in 2024; compliant use of the records in innovators' R&D is encouraged."),
        kinds: [.data, .target, .supervision],
        departments: [bjHealth, bjEconomyIT, bjGovernmentServicesData, bjCyberspace],
        actors: [bjHealth, bjEconomyIT, bjGovernmentServicesData, bjCyberspace, medicalInstitution, enterprise],
        targets: [
            Target(
                key: "emr-sharing-institutions",
                metric: LocalizedText(
                    zh: "电子病历共享应用覆盖的二级及以上医疗机构",
                    en: "Medical institutions of secondary level and above covered by electronic-record sharing"),
                comparator: .atLeast, value: 140, unit: .establishment, period: .year(2024), source: "力争覆盖140家", hedge: "力争"),
        ],
        provisions: [
            Provision(
                actors: [bjHealth, medicalInstitution],
                modality: .commit,
                action: LocalizedText(
                    zh: "扩大住院和门诊电子病历在医疗机构之间的共享应用范围，强化电子病历数据质控管理",
                    en: "Share inpatient and outpatient electronic records among more institutions and tighten their data quality control")),
            Provision(
                actors: [bjHealth],
                modality: .explore, modalWord: "力争",
                action: LocalizedText(zh: "电子病历共享覆盖二级及以上医疗机构", en: "Extend record sharing to institutions of secondary level and above"),
                measure: LocalizedText(zh: "2024年140家", en: "140 institutions in 2024")),
            Provision(
                actors: [medicalInstitution, enterprise],
                modality: .encourage, modalWord: "鼓励",
                action: LocalizedText(zh: "电子病历数据合规应用于创新医药企业研发", en: "Use electronic-record data compliantly in innovative enterprises' R&D")),
        ],
        crossReferences: [
            counterpart2026(23, zh: "2026年版鼓励医疗机构开展跨院数据开发利用合作。",
                            en: "The 2026 edition encourages medical institutions to cooperate on using data across hospitals."),
        ])

    /// （二十六）健康数据与商保信息共享 — 2024 measure 26 (heading not official).
    static let m26: Measure = Measure(
        id: id(26), chapter: 6,
        heading: LocalizedText(zh: "健康数据与商保信息共享", en: "Health data shared with commercial insurance"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "探索医疗健康数据与商业健康保险之间的信息共享机制，推进数据在保险产品开发和理赔中的合规应用，做到定价科学精准、理赔高效便捷。",
            en: "An information-sharing mechanism between health data and commercial health insurance is explored, with compliant use of the data in product design and claims, for accurate pricing and quick, easy claims."),
        kinds: [.data, .funding, .mechanism],
        departments: [bjHealth, nfraBeijing, bjHealthcareSecurity, bjEconomyIT, bjGovernmentServicesData, bjFinanceOffice],
        actors: [bjHealth, nfraBeijing, bjHealthcareSecurity, bjEconomyIT, bjGovernmentServicesData, bjFinanceOffice, commercialInsurer],
        provisions: [
            Provision(
                actors: [bjHealth, nfraBeijing, bjHealthcareSecurity, bjEconomyIT, bjGovernmentServicesData, bjFinanceOffice],
                modality: .explore, modalWord: "探索",
                action: LocalizedText(zh: "医疗健康数据与商业健康保险的信息共享机制", en: "An information-sharing mechanism between health data and commercial health insurance")),
            Provision(
                actors: [nfraBeijing, commercialInsurer],
                modality: .encourage, modalWord: "推进",
                action: LocalizedText(
                    zh: "数据在保险产品开发、理赔中的合规应用，实现科学精准定价、高效便捷理赔",
                    en: "Compliant use of the data in product development and claims, for accurate pricing and quick claims")),
        ],
        crossReferences: [
            counterpart2026(21, zh: "2026年版推进医疗、医保和商保的数据共享应用。",
                            en: "The 2026 edition shares data between medical care, basic insurance and commercial insurance."),
        ],
        scopes: [
            MeasureScope(key: "shared-data", .data, zh: "医疗健康数据与商业健康保险", en: "health data and commercial health insurance"),
        ])

    /// （二十七）进口药械全过程追溯 — 2024 measure 27 (heading not official).
    static let m27: Measure = Measure(
        id: id(27), chapter: 6,
        heading: LocalizedText(zh: "进口药械全过程追溯", en: "End-to-end traceability of imports"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "对临床急需进口药械和罕见病药品建立全过程追溯管理制度，完善追溯系统、汇集各类信息，压实企业和医疗机构的主体责任。",
            en: "Clinically urgent imported drugs and devices and rare-disease drugs are traced from end to end under a dedicated system that gathers all relevant information and holds enterprises and medical institutions primarily responsible."),
        kinds: [.supervision, .data, .mechanism],
        departments: [bjMedicalProducts, bjHealth, beijingCustoms, capitalAirportZone, daxingAirportZone, relevantDistricts],
        actors: [bjMedicalProducts, bjHealth, beijingCustoms, capitalAirportZone, daxingAirportZone, relevantDistricts,
                 enterprise, medicalInstitution],
        provisions: [
            Provision(
                actors: [bjMedicalProducts, bjHealth, beijingCustoms, capitalAirportZone, daxingAirportZone, relevantDistricts],
                modality: .commit,
                action: LocalizedText(
                    zh: "建立临床急需进口药械和罕见病药品全过程追溯管理制度，完善追溯系统，汇聚各类信息",
                    en: "Set up end-to-end traceability for clinically urgent imported drugs and devices and rare-disease drugs, improve the tracing system and gather the information")),
            Provision(
                actors: [enterprise, medicalInstitution],
                modality: .commit,
                action: LocalizedText(
                    zh: "压实企业、医疗机构的主体责任，实现全过程追溯",
                    en: "Hold enterprises and medical institutions primarily responsible so that every step can be traced")),
        ])

    // MARK: 七、强化创新医药企业投融资支持

    /// （二十八）医药健康产业投资基金 — 2024 measure 28 (heading not official).
    static let m28: Measure = Measure(
        id: id(28), chapter: 7,
        heading: LocalizedText(zh: "医药健康产业投资基金", en: "Pharmaceutical industry investment fund"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "用好北京市医药健康产业投资基金并带动社会投资，推动一批战略性、前沿性的全球原创技术和品种在京转化，支持创新药械、细胞与基因治疗、数字医疗等领域有重大潜在产值的项目落地并快速上市。",
            en: "The Beijing pharmaceutical and health industry investment fund is put to work and draws in private investment, so that strategic, frontier, globally original technologies and products are commercialised in Beijing and industrial projects with large potential output in innovative drugs and devices, cell and gene therapy and digital medicine settle here and reach the market fast."),
        kinds: [.funding],
        departments: [bjScienceZhongguancun, bjEconomyIT],
        actors: [bjScienceZhongguancun, bjEconomyIT, enterprise],
        provisions: [
            Provision(
                actors: [bjScienceZhongguancun, bjEconomyIT],
                modality: .commit,
                action: LocalizedText(zh: "用好北京市医药健康产业投资基金，带动社会投资", en: "Put the Beijing pharmaceutical and health industry investment fund to work and draw in private investment")),
            Provision(
                actors: [bjScienceZhongguancun, bjEconomyIT],
                modality: .encourage, modalWord: "推动",
                action: LocalizedText(zh: "一批战略性、前沿性的全球原创技术和品种在京转化", en: "Commercialise strategic, frontier, globally original technologies and products in Beijing")),
            Provision(
                actors: [bjScienceZhongguancun, bjEconomyIT, enterprise],
                modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "创新药械、细胞与基因治疗、数字医疗等领域有重大潜在产值贡献的产业项目落地并快速上市",
                    en: "Industrial projects with large potential output in innovative drugs and devices, cell and gene therapy and digital medicine settle in Beijing and reach the market fast")),
        ],
        crossReferences: [
            counterpart2026(26, zh: "2026年版发挥市级政府投资基金引导作用，联合中央和区级基金实现投资额度超100亿元。",
                            en: "The 2026 edition has the municipal government fund lead central and district funds to invest more than CNY 10 billion."),
        ])

    /// （二十九）分阶段金融服务 — 2024 measure 29 (heading not official).
    static let m29: Measure = Measure(
        id: id(29), chapter: 7,
        heading: LocalizedText(zh: "分阶段金融服务", en: "Finance for every stage of growth"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "引导金融体系为初创期企业提供创业投资和担保增信，推动资金投早投小；以知识产权和股权质押融资、研发贷、供应链金融支持成长期企业；优化传统信贷、跨境投融资、投行并购业务服务成熟期企业。相关银行发放符合“京创融”“京创通”政策要求的贷款和贴现，优先获得支持。",
            en: "The financial system is guided to give start-ups venture capital and credit guarantees, putting money in early and small; growth-stage enterprises are served with IP and equity pledge loans, R&D loans and supply-chain finance, and mature ones with better conventional credit, cross-border finance and investment-banking M&A. Banks whose loans and discounts meet the 京创融 and 京创通 requirements get priority support."),
        kinds: [.funding],
        departments: [bjFinanceOffice, pbocBeijing, nfraBeijing, csrcBeijing, bjHealthcareSecurity, bjScienceZhongguancun, bjEconomyIT],
        actors: [bjFinanceOffice, pbocBeijing, nfraBeijing, csrcBeijing, bjHealthcareSecurity, bjScienceZhongguancun, bjEconomyIT,
                 financialSystem, relevantBanks, enterprise],
        provisions: [
            Provision(
                actors: [bjFinanceOffice, pbocBeijing, nfraBeijing, financialSystem],
                modality: .encourage, modalWord: "引导",
                action: LocalizedText(
                    zh: "金融体系为初创期创新医药企业提供创业投资、担保增信，推动更多资金投早、投小",
                    en: "The financial system gives start-up innovators venture capital and credit guarantees, putting more money in early and small")),
            Provision(
                actors: [bjFinanceOffice, pbocBeijing, nfraBeijing, financialSystem],
                modality: .encourage, modalWord: "推动",
                action: LocalizedText(
                    zh: "综合运用知识产权和股权质押融资、研发贷、供应链金融等产品，支持成长期企业扩大生产、创新研发、成果转化",
                    en: "Use IP and equity pledge loans, R&D loans and supply-chain finance to help growth-stage enterprises expand, innovate and commercialise")),
            Provision(
                actors: [bjFinanceOffice, pbocBeijing, nfraBeijing, csrcBeijing, financialSystem],
                modality: .commit,
                action: LocalizedText(
                    zh: "优化传统信贷、跨境投融资、投行并购等综合业务，提升成熟期企业金融服务适配性",
                    en: "Improve conventional credit, cross-border finance and investment-banking M&A so that services fit mature enterprises")),
            Provision(
                actors: [bjFinanceOffice, pbocBeijing, relevantBanks],
                modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "相关银行发放贷款、贴现符合“京创融”“京创通”政策要求的，优先给予支持",
                    en: "Give priority support to banks whose loans and discounts meet the 京创融 and 京创通 requirements")),
        ],
        crossReferences: [
            counterpart2026(27, zh: "2026年版探索创新药械研发贷和医药科创保险，开展“拨投联动”“投贷联动”试点。",
                            en: "The 2026 edition explores R&D loans and science-and-technology insurance and pilots grant–investment and investment–loan linkage."),
        ])

    /// （三十）企业上市全链条服务 — 2024 measure 30 (heading not official).
    static let m30: Measure = Measure(
        id: id(30), chapter: 7,
        heading: LocalizedText(zh: "企业上市全链条服务", en: "Full-chain listing services"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "加强对医药企业资本市场的全链条服务，按“储备一批、申报一批、上市一批”做好上市储备，2024年重点为10家企业做好上市储备和服务；强化昌平区、经开区上市服务基地功能，举办投融资对接和上市培训。",
            en: "Pharmaceutical enterprises get full-chain capital-market services: a pipeline of firms to prepare, file and list, with ten enterprises prepared and served as a priority in 2024; the Changping and Economic-Technological Development Area listing-service bases are strengthened and matchmaking and listing training held."),
        kinds: [.funding, .service, .target, .event, .outreach],
        departments: [bjFinanceOffice, csrcBeijing, bjScienceZhongguancun, bjEconomyIT, changpingDistrict, etdaCommittee],
        actors: [bjFinanceOffice, csrcBeijing, bjScienceZhongguancun, bjEconomyIT, changpingDistrict, etdaCommittee, enterprise],
        targets: [
            Target(
                key: "listing-pipeline-enterprises",
                metric: LocalizedText(zh: "重点做好上市储备和服务的企业", en: "Enterprises prepared and served for listing as a priority"),
                comparator: .exactly, value: 10, unit: .establishment, period: .year(2024), source: "10家企业"),
        ],
        provisions: [
            Provision(
                actors: [bjFinanceOffice, csrcBeijing, bjScienceZhongguancun, bjEconomyIT],
                modality: .commit,
                action: LocalizedText(
                    zh: "加强医药企业资本市场“全链条”服务，按照储备一批、申报一批、上市一批做好上市储备",
                    en: "Give pharmaceutical enterprises full-chain capital-market services and keep a pipeline of firms to prepare, file and list")),
            Provision(
                actors: [bjFinanceOffice, csrcBeijing, enterprise],
                modality: .commit,
                action: LocalizedText(zh: "重点做好企业上市储备和服务", en: "Prepare and serve enterprises for listing as a priority"),
                measure: LocalizedText(zh: "2024年10家企业", en: "ten enterprises in 2024")),
            Provision(
                actors: [changpingDistrict, etdaCommittee, bjFinanceOffice],
                modality: .commit,
                action: LocalizedText(
                    zh: "强化昌平区、经开区上市服务基地服务功能，举办有针对性的投融资对接和上市培训",
                    en: "Strengthen the Changping and development-area listing-service bases and hold targeted matchmaking and listing training")),
        ],
        crossReferences: [
            counterpart2026(28, zh: "2026年版建立重点培育上市企业储备库，2026年重点储备和服务不少于10家拟上市医药企业。",
                            en: "The 2026 edition keeps a listing reserve and serves at least ten pharmaceutical enterprises preparing to list in 2026."),
        ])

    // MARK: 八、保障措施

    /// （三十一）联席会议与政策协同 — 2024 measure 31 (heading not official).
    static let m31: Measure = Measure(
        id: id(31), chapter: 8,
        heading: LocalizedText(zh: "联席会议与政策协同", en: "Joint conference and policy coordination"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "依托医药健康协同创新联席会议机制加强部门会商和政策协同；加大联合调研，服务进园区、进企业，宣讲政策、听取诉求并及时解决问题；积极争取国家政策支持，推动创新医药先行先试。",
            en: "The joint conference on pharmaceutical and health innovation is used for inter-departmental consultation and policy coordination; joint fieldwork takes services into parks and enterprises to explain policy, hear concerns and fix problems promptly; national policy support is sought so that Beijing can pilot measures for innovative medicine first."),
        kinds: [.mechanism, .research, .service, .pilot],
        departments: [bjScienceZhongguancun, bjHealthcareSecurity, bjMedicalProducts, bjEconomyIT, bjHealth, bjFinanceOffice, bjDevelopmentReform],
        actors: [bjScienceZhongguancun, bjHealthcareSecurity, bjMedicalProducts, bjEconomyIT, bjHealth, bjFinanceOffice, bjDevelopmentReform, enterprise],
        provisions: [
            Provision(
                actors: [bjScienceZhongguancun, bjHealthcareSecurity, bjMedicalProducts, bjEconomyIT, bjHealth, bjFinanceOffice, bjDevelopmentReform],
                modality: .commit,
                action: LocalizedText(
                    zh: "依托医药健康协同创新联席会议机制，加强部门间会商，统筹政策协同",
                    en: "Use the joint conference on pharmaceutical and health innovation for inter-departmental consultation and policy coordination")),
            Provision(
                actors: [bjScienceZhongguancun, bjHealthcareSecurity, bjMedicalProducts, bjEconomyIT, bjHealth, bjFinanceOffice, bjDevelopmentReform],
                modality: .commit,
                action: LocalizedText(
                    zh: "加大联合调研，服务进园区、进企业，解读政策、听取企业诉求并及时解决问题",
                    en: "Do more joint fieldwork, take services into parks and enterprises, explain policy, hear enterprises' concerns and fix problems promptly")),
            Provision(
                actors: [bjScienceZhongguancun, bjHealthcareSecurity, bjMedicalProducts, bjEconomyIT, bjHealth, bjFinanceOffice, bjDevelopmentReform],
                modality: .explore, modalWord: "争取",
                action: LocalizedText(
                    zh: "国家政策支持，对创新医药先行先试",
                    en: "National policy support to pilot measures for innovative medicine first")),
        ],
        crossReferences: [
            counterpart2026(31, zh: "2026年版用好市医药健康统筹联席会议机制和市区两级服务包机制。",
                            en: "The 2026 edition uses the municipal pharmaceutical and health joint conference and the city–district service-package mechanism."),
        ])

    /// （三十二）国际交流平台与宣传 — 2024 measure 32 (heading not official).
    static let m32: Measure = Measure(
        id: id(32), chapter: 8,
        heading: LocalizedText(zh: "国际交流平台与宣传", en: "International platforms and publicity"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "打造国际化、国家级交流合作平台，办好博鳌亚洲论坛全球健康论坛、世界传统医药大会和国际生物医药产业创新北京论坛，促进国际交流合作、提升本市医疗水平、推动本地企业走出去；各部门要创新宣传方式，营造支持创新医药发展的社会氛围，引导合理预期。",
            en: "International, national-level platforms are built and the Boao Forum for Asia Global Health Forum, the World Conference on Traditional Medicine and the International Biomedical Industry Innovation Beijing Forum are held well, to foster global exchange, raise Beijing's medical standards and help local innovators go abroad; every department is to find new ways of publicity to build public support for innovative medicine and guide reasonable expectations."),
        kinds: [.event, .outreach],
        departments: [bjHealth, bjTCM, etdaCommittee, bjMedicalProducts, allUnits],
        actors: [bjHealth, bjTCM, etdaCommittee, bjMedicalProducts, allUnits, enterprise],
        provisions: [
            Provision(
                actors: [bjHealth, bjTCM, etdaCommittee, bjMedicalProducts],
                modality: .commit,
                action: LocalizedText(
                    zh: "打造国际化、国家级交流合作平台，办好博鳌亚洲论坛全球健康论坛、世界传统医药大会和国际生物医药产业创新北京论坛",
                    en: "Build international, national-level platforms and hold the Boao Forum for Asia Global Health Forum, the World Conference on Traditional Medicine and the International Biomedical Industry Innovation Beijing Forum well")),
            Provision(
                actors: [bjHealth, bjTCM, etdaCommittee, bjMedicalProducts, allUnits],
                modality: .shall, modalWord: "要",
                action: LocalizedText(
                    zh: "各部门创新宣传方式、丰富宣传手段，营造促进创新医药发展的社会氛围，引导合理发展预期",
                    en: "Every department finds new ways and means of publicity, builds public support for innovative medicine and guides reasonable expectations")),
        ],
        crossReferences: [
            counterpart2026(32, zh: "2026年版办好中关村论坛、服贸会、国际生物医药产业创新北京论坛、世界传统医药大会等重大活动。",
                            en: "The 2026 edition holds the Zhongguancun Forum, CIFTIS, the International Biomedical Industry Innovation Beijing Forum, the World Conference on Traditional Medicine and other major events."),
        ],
        scopes: [
            MeasureScope(key: "events", .events, zh: "博鳌亚洲论坛全球健康论坛、世界传统医药大会和国际生物医药产业创新北京论坛", en: "Boao Forum for Asia Global Health Forum, World Conference on Traditional Medicine, International Biomedical Industry Innovation Beijing Forum"),
        ],
        departmentsAsPrinted: "市卫生健康委、市中医药局、经开区管委会、市药监局及各单位")
}
