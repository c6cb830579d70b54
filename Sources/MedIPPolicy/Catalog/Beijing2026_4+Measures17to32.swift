// beijing-2026-4 — measures (十七)…(三十二), chapters 四 to 七. See Beijing2026_4.swift for the
// document and the reading conventions.

extension Beijing2026_4Measures {
    // MARK: 四、推广创新药械临床使用

    /// （十七）完善创新药械入院使用
    static let m17: Measure = Measure(
        id: MeasureID(.beijing2026_4, 17), chapter: 4,
        heading: LocalizedText(zh: "完善创新药械入院使用", en: "Improve hospital admission and use of innovative drugs and devices"),
        summary: LocalizedText(
            zh: "创新药品经绿色通道挂网，办理不超过15个工作日。推动国谈药品和创新药械直接进入医疗机构目录，通过医疗机构和零售药店“双通道”保障供应，其入院情况纳入医疗机构考核且不计入次均费用等指标；支持商业保险覆盖创新药械。",
            en: "Innovative drugs are listed through a green channel, handled within 15 working days. Nationally negotiated drugs and innovative drugs and devices are to be pushed straight onto hospital formularies, and are supplied through both hospitals and retail pharmacies; their uptake counts in hospital assessments without weighing on per-visit cost indicators, and commercial insurance is encouraged to cover them."),
        kinds: [.procurement, .timeLimit, .decisionRule, .mechanism, .supervision, .funding],
        departments: ["bj-healthcare-security"],
        actors: ["bj-healthcare-security", "medical-institution", "retail-pharmacy", "all-units", "commercial-insurer"],
        timeLimits: [
            TimeLimit(
                key: "green-channel-listing",
                procedure: LocalizedText(
                    zh: "创新药品通过绿色通道挂网的办理",
                    en: "Listing an innovative drug through the green channel"),
                limit: .workingDays(15), bound: .atMost,
                source: "办理时间不超过15个工作日"),
        ],
        provisions: [
            Provision(
                actors: ["bj-healthcare-security"], modality: .commit,
                action: LocalizedText(
                    zh: "创新药品经绿色通道快速挂网",
                    en: "List innovative drugs quickly through the green channel"),
                measure: LocalizedText(zh: "不超过15个工作日", en: "within 15 working days")),
            Provision(
                actors: ["medical-institution"], modality: .encourage, modalWord: "推动",
                action: LocalizedText(
                    zh: "国谈药品和创新药械直接进入医疗机构用药目录",
                    en: "Nationally negotiated drugs and innovative drugs and devices enter hospital formularies directly")),
            Provision(
                actors: ["medical-institution", "retail-pharmacy"], modality: .commit,
                action: LocalizedText(
                    zh: "通过医疗机构和零售药店两个渠道保障供应",
                    en: "Secure supply through both hospitals and retail pharmacies (the “dual channel”)")),
            Provision(
                actors: ["all-units"], modality: .commit,
                action: LocalizedText(
                    zh: "建立激励约束机制，把国谈药品和创新药械的入院情况纳入医疗机构考核，并剔除其对次均费用等指标的影响",
                    en: "Set up incentives and constraints: count the hospital uptake of negotiated drugs and innovative drugs and devices in hospital assessments, and keep them out of per-visit cost and similar indicators")),
            Provision(
                actors: ["commercial-insurer"], modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "把创新药械纳入商业保险的保障范围",
                    en: "Bring innovative drugs and devices within commercial insurance cover")),
        ],
        crossReferences: [
            CrossReference(
                .supersedes, to: MeasureID(.beijing2024_5, 12),
                note: LocalizedText(
                    zh: "2024年版只要求创新医疗药械经绿色通道快速挂网而未定时限；本条对创新药品定为不超过15个工作日，自2026年4月7日起以本条为准；创新医疗器械不在本条范围内，仍适用2024年版",
                    en: "2024 called for fast green-channel listing of innovative drugs and devices with no time limit; for innovative drugs this measure sets at most 15 working days and prevails from 2026-04-07; innovative devices are outside it and keep the 2024 channel"),
                clause: "创新药品通过绿色通道快速挂网,办理时间不超过15个工作日",
                changes: [
                    EditionChange(.timeLimit, .tightened, earlier: nil, later: "green-channel-listing"),
                    EditionChange(.scope, .narrowed, earlier: "green-channel-products", later: "green-channel-products"),
                ]),
            CrossReference(
                .restates, to: MeasureID(.beijing2024_5, 14),
                note: LocalizedText(
                    zh: "2024年版将国谈药使用情况纳入公立医疗机构绩效考核；本条将国谈药品和创新药械的入院情况纳入医疗机构考核",
                    en: "2024 counted the use of negotiated drugs in public hospitals' performance assessment; this measure counts the hospital uptake of negotiated drugs and innovative drugs and devices in hospital assessments"),
                clause: "将国谈药品和创新药械入院情况纳入医疗机构考核",
                changes: [EditionChange(.scope, .broadened, earlier: "assessed-products", later: "products")]),
            CrossReference(
                .restates, to: MeasureID(.beijing2024_5, 16),
                note: LocalizedText(
                    zh: "两版均以医疗机构和零售药店“双通道”保障供应；2024年版限于二级及以上定点医疗机构和国谈药，本条为医疗机构，并及于创新药械",
                    en: "Both editions secure supply through the hospital and retail-pharmacy “dual channel”; 2024 named level-II-and-above designated hospitals and negotiated drugs, this measure hospitals generally and innovative drugs and devices too"),
                clause: "通过医疗机构、零售药店“双通道”保障供应",
                changes: [
                    EditionChange(.scope, .broadened, earlier: "dual-channel-institutions", later: "institutions"),
                    EditionChange(.scope, .broadened, earlier: "dual-channel-products", later: "products"),
                ]),
            CrossReference(
                .restates, to: MeasureID(.beijing2024_5, 18),
                note: LocalizedText(
                    zh: "2024年版剔除国谈药、创新诊疗项目对人均药品费用、人均医疗费用等指标的影响；本条剔除国谈药品和创新药械对次均费用等考核指标的影响",
                    en: "2024 kept negotiated drugs and innovative treatment items out of per-capita drug and medical cost indicators; this measure keeps negotiated drugs and innovative drugs and devices out of per-visit cost and similar indicators"),
                clause: "剔除其对次均费用等考核指标的影响",
                changes: [
                    EditionChange(.scope, .shifted, earlier: "excluded-costs", later: "excluded-costs"),
                    EditionChange(.scope, .shifted, earlier: "excluded-products", later: "products"),
                ]),
            CrossReference(
                .related, to: MeasureID(.beijing2026_3, 9),
                note: LocalizedText(
                    zh: "京医保发〔2026〕3号（九）为符合条件的创新药品开通挂网绿色通道；本条为该通道规定了办理时限",
                    en: "京医保发〔2026〕3号 (九) opens the listing green channel for qualifying innovative drugs; this measure gives that channel its time limit")),
        ],
        scopes: [
            MeasureScope(key: "green-channel-products", .products, zh: "创新药品", en: "innovative drugs", products: [.innovativeDrug]),
            MeasureScope(key: "products", .products, zh: "国谈药品和创新药械", en: "nationally negotiated drugs and innovative drugs and devices"),
            MeasureScope(key: "institutions", .institutions, zh: "医疗机构", en: "medical institutions"),
            MeasureScope(key: "excluded-costs", .costs, zh: "次均费用等考核指标", en: "per-visit cost and similar assessment indicators"),
        ])

    /// （十八）深化医保支付改革
    static let m18: Measure = Measure(
        id: MeasureID(.beijing2026_4, 18), chapter: 4,
        heading: LocalizedText(zh: "深化医保支付改革", en: "Deepen reform of medical-insurance payment"),
        summary: LocalizedText(
            zh: "探索以兼容现有价格项目、附条件新增价格项目等方式满足创新医疗器械的临床需求，把符合条件的手术机器人辅助操作纳入立项。指导医疗机构统筹总额预算、集中采购和DRG改革，落实特例单议和新药新技术除外支付。",
            en: "Explores meeting the clinical need for innovative devices through existing price items, conditional new price items and similar routes, and sets up price items for qualifying robot-assisted surgery. Guides hospitals to coordinate global budgets, volume-based procurement and DRG reform, and applies case-by-case review and carve-out payment for new drugs and technologies."),
        kinds: [.procurement, .funding, .mechanism],
        departments: ["bj-healthcare-security"],
        actors: ["bj-healthcare-security"],
        provisions: [
            Provision(
                actors: ["bj-healthcare-security"], modality: .explore, modalWord: "探索",
                action: LocalizedText(
                    zh: "通过兼容现有价格项目、附条件新增价格项目等方式满足创新医疗器械的临床需求",
                    en: "Meet the clinical need for innovative devices by fitting them into existing price items, adding price items on conditions, and similar routes")),
            Provision(
                actors: ["bj-healthcare-security"], modality: .commit,
                action: LocalizedText(
                    zh: "将符合条件的手术机器人辅助操作技术纳入价格立项，并推动其临床应用",
                    en: "Create price items for qualifying robot-assisted surgical techniques and promote their clinical use")),
            Provision(
                actors: ["bj-healthcare-security"], modality: .encourage, modalWord: "加强",
                action: LocalizedText(
                    zh: "加强对医疗机构的指导，统筹总额预算、集中采购和DRG支付方式改革",
                    en: "Guide hospitals more closely and coordinate global budgets, volume-based procurement and DRG payment reform")),
            Provision(
                actors: ["bj-healthcare-security"], modality: .commit,
                action: LocalizedText(
                    zh: "落实特例单议和新药新技术除外支付等配套机制",
                    en: "Apply case-by-case review and carve-out payment for new drugs and technologies")),
        ],
        crossReferences: [
            CrossReference(
                .restates, to: MeasureID(.beijing2024_5, 17),
                note: LocalizedText(
                    zh: "两版均以新药新技术除外支付支持创新",
                    en: "Both editions support innovation through carve-out payment for new drugs and technologies"),
                clause: "落实特例单议、新药新技术除外支付等配套机制"),
            CrossReference(
                .related, to: MeasureID(.beijing2024_5, 12),
                note: LocalizedText(
                    zh: "2024年版优先启动创新技术项目定价论证；本条以多种价格项目方式满足创新器械需求",
                    en: "2024 fast-tracked pricing of innovative technology items; this measure meets innovative devices' needs through several price-item routes")),
        ])

    /// （十九）支持创新药械真实世界研究
    static let m19: Measure = Measure(
        id: MeasureID(.beijing2026_4, 19), chapter: 4,
        heading: LocalizedText(zh: "支持创新药械真实世界研究", en: "Support real-world studies of innovative drugs and devices"),
        summary: LocalizedText(
            zh: "按照医保综合价值真实世界研究规范，从有效性、经济性、患者体验等方面评估创新药械和技术，服务研发立项、上市后再评价和医保目录调整。医疗机构直接牵头完成临床研究并转化上市的1类创新药品和器械，要率先入院使用。",
            en: "Assesses innovative drugs, devices and technologies against the healthcare-security real-world-study norms for overall value — effectiveness, economics, patient experience — to inform R&D decisions, post-market re-evaluation and drug-list updates. Class 1 innovative drugs and devices whose clinical research a hospital led and translated are to be admitted to hospitals first."),
        kinds: [.research, .procurement],
        departments: ["bj-healthcare-security"],
        actors: ["bj-healthcare-security", "medical-institution"],
        provisions: [
            Provision(
                actors: ["bj-healthcare-security"], modality: .commit,
                action: LocalizedText(
                    zh: "依据医保综合价值真实世界研究规范，多维度评估创新药械和创新技术的综合价值，加快研发立项、上市后价值再评价和医保目录调整",
                    en: "Assess the overall value of innovative drugs, devices and technologies from several angles under the healthcare-security real-world-study norms, and speed up R&D decisions, post-market re-evaluation and drug-list updates")),
            Provision(
                actors: ["medical-institution"], modality: .shall, modalWord: "要",
                action: LocalizedText(
                    zh: "本机构直接牵头完成临床研究并转化上市的1类创新药品和器械，率先入院使用",
                    en: "Be first to admit and use class 1 innovative drugs and devices whose clinical research the institution itself led and translated to market")),
        ],
        externalReferences: [
            ExternalReference(
                .standard, zh: "医保综合价值真实世界研究规范", en: "real-world study specification for the comprehensive value under medical insurance",
                note: LocalizedText(zh: "按该规范多维度评估创新药械和创新技术的综合价值", en: "The comprehensive value of innovative drugs, devices and techniques is assessed along several dimensions under this specification")),
        ])

    /// （二十）推动手术机器人入院使用
    static let m20: Measure = Measure(
        id: MeasureID(.beijing2026_4, 20), chapter: 4,
        heading: LocalizedText(zh: "推动手术机器人入院使用", en: "Bring surgical robots into hospitals"),
        summary: LocalizedText(
            zh: "对手术机器人开展临床效果评价和卫生技术评价，推动各类手术机器人进入更多医院和更多场景。用好高值设备租赁平台推广创新租赁，并把机器人研发、使用成效和开放情况纳入公立医院绩效监测。",
            en: "Evaluates surgical robots clinically and by health-technology assessment and brings all kinds of them into more hospitals and settings. Uses the high-value equipment leasing platform for new leasing models, and counts robot R&D, results and openness in public-hospital performance monitoring."),
        kinds: [.research, .supervision],
        departments: ["bj-health"],
        actors: ["bj-health", "medical-institution", "all-units"],
        provisions: [
            Provision(
                actors: ["bj-health"], modality: .commit,
                action: LocalizedText(
                    zh: "开展手术机器人临床效果评价和卫生技术评价",
                    en: "Evaluate surgical robots' clinical effect and assess them as health technology")),
            Provision(
                actors: ["medical-institution"], modality: .commit,
                action: LocalizedText(
                    zh: "加快腔镜、骨科、神外、介入等各类手术机器人入院，在更多医院实现全场景应用",
                    en: "Admit endoscopic, orthopaedic, neurosurgical, interventional and other surgical robots faster, with use across all settings in more hospitals")),
            Provision(
                actors: ["all-units"], modality: .commit,
                action: LocalizedText(
                    zh: "用好高值医疗设备租赁平台，推广手术机器人创新租赁模式，加速迭代",
                    en: "Use the leasing platform for high-value equipment and spread new leasing models for surgical robots to speed their iteration")),
            Provision(
                actors: ["bj-health"], modality: .commit,
                action: LocalizedText(
                    zh: "将手术机器人联合研发、使用成效和全场景开放情况纳入公立医院绩效监测",
                    en: "Count joint robot R&D, results of use and openness across settings in public-hospital performance monitoring")),
        ],
        crossReferences: [
            CrossReference(
                .editionCounterpart, to: MeasureID(.beijing2024_5, 19),
                note: LocalizedText(
                    zh: "2024年版建设医用机器人应用培训中心；本条推动手术机器人入院并纳入绩效监测",
                    en: "2024 set up training centres for medical robots; this measure brings surgical robots into hospitals and into performance monitoring")),
        ])

    /// （二十一）发挥商业健康保险支持作用
    static let m21: Measure = Measure(
        id: MeasureID(.beijing2026_4, 21), chapter: 4,
        heading: LocalizedText(zh: "发挥商业健康保险支持作用", en: "Make full use of commercial health insurance"),
        summary: LocalizedText(
            zh: "建设北京市医药健康可信数据空间，推进医疗、医保和商保数据共享。探索特定疾病险和特定药品险，推动北京普惠健康保等商业健康保险覆盖更多创新药械、罕见病用药和创新技术，并推进商保与基本医保一站式结算和快速理赔。",
            en: "Builds Beijing's trusted data space for medicine and health and shares data among care providers, basic insurance and commercial insurance. Explores disease- and drug-specific insurance, pushes Beijing Puhui Health Insurance and other commercial health insurance to cover more innovative drugs and devices, rare-disease medicines and innovative techniques, and moves to one-stop settlement with basic insurance and faster claims."),
        kinds: [.funding, .data, .service],
        departments: ["bj-healthcare-security"],
        actors: ["all-units", "bj-healthcare-security", "medical-institution", "commercial-insurer"],
        provisions: [
            Provision(
                actors: ["all-units"], modality: .commit,
                action: LocalizedText(
                    zh: "加快建设北京市医药健康可信数据空间",
                    en: "Build Beijing's trusted data space for medicine and health faster")),
            Provision(
                actors: ["medical-institution", "bj-healthcare-security", "commercial-insurer"], modality: .encourage, modalWord: "推进",
                action: LocalizedText(
                    zh: "共享和应用医疗、医保和商保数据",
                    en: "Share and use care, basic-insurance and commercial-insurance data")),
            Provision(
                actors: ["commercial-insurer"], modality: .explore, modalWord: "探索",
                action: LocalizedText(
                    zh: "开发面向疾病预测与干预的特定疾病险或特定药品险",
                    en: "Develop disease-specific or drug-specific insurance aimed at disease prediction and intervention")),
            Provision(
                actors: ["commercial-insurer"], modality: .encourage, modalWord: "推动",
                action: LocalizedText(
                    zh: "北京普惠健康保等商业健康保险覆盖更多创新药械、罕见病用药和创新技术",
                    en: "Beijing Puhui Health Insurance and other commercial health insurance cover more innovative drugs and devices, rare-disease drugs and new technologies")),
            Provision(
                actors: ["bj-healthcare-security", "commercial-insurer"], modality: .encourage, modalWord: "推进",
                action: LocalizedText(
                    zh: "商业健康保险与基本医疗保险一站式结算，优化快速理赔",
                    en: "Settle commercial health insurance and basic medical insurance in one step and speed up claims")),
        ],
        crossReferences: [
            CrossReference(
                .restates, to: MeasureID(.beijing2024_5, 21),
                note: LocalizedText(
                    zh: "2024年版推进覆盖创新药械的商业健康保险直接结算；本条推进商业健康保险与基本医疗保险“一站式”结算",
                    en: "2024 pushed direct settlement of commercial health insurance covering innovative products; this measure pushes one-stop settlement of commercial health insurance together with basic medical insurance"),
                clause: "推进商业健康保险与基本医疗保险“一站式”结算",
                changes: [EditionChange(.scope, .shifted, earlier: "settlement", later: "settlement")]),
            CrossReference(
                .restates, to: MeasureID(.beijing2024_5, 22),
                note: LocalizedText(
                    zh: "2024年版使符合条件的创新药品进入“北京普惠健康保”特药清单；本条推动北京普惠健康保等商业健康保险纳入更多创新药械、罕见病用药和创新技术",
                    en: "2024 brought qualifying innovative drugs onto Beijing Puhui Health Insurance's special-drug list; this measure pushes it and other commercial health insurance to cover more innovative drugs and devices, rare-disease medicines and innovative techniques"),
                clause: "推动北京普惠健康保等商业健康保险将更多创新药械、罕见病用药、创新技术纳入保障范围",
                changes: [
                    EditionChange(.scope, .broadened, earlier: "covered-products", later: "covered-products"),
                    EditionChange(.scope, .broadened, earlier: "insurance", later: "insurance"),
                ]),
            CrossReference(
                .restates, to: MeasureID(.beijing2024_5, 26),
                note: LocalizedText(
                    zh: "2024年版探索医疗健康数据与商业健康保险的信息共享；本条推进医疗、医保和商保数据共享",
                    en: "2024 explored sharing health data with commercial insurers; this measure shares care, basic-insurance and commercial-insurance data"),
                clause: "推进医疗、医保和商保的数据共享应用",
                changes: [EditionChange(.scope, .broadened, earlier: "shared-data", later: "shared-data")]),
        ],
        scopes: [
            MeasureScope(key: "settlement", .settlement, zh: "商业健康保险与基本医疗保险“一站式”结算", en: "one-stop settlement of commercial health insurance together with basic medical insurance"),
            MeasureScope(key: "covered-products", .products, zh: "创新药械、罕见病用药、创新技术", en: "innovative drugs and devices, rare-disease medicines, innovative techniques"),
            MeasureScope(key: "insurance", .insurance, zh: "北京普惠健康保等商业健康保险", en: "Beijing Puhui Health Insurance and other commercial health insurance"),
            MeasureScope(key: "shared-data", .data, zh: "医疗、医保和商保", en: "care, basic medical insurance and commercial insurance data"),
        ])

    // MARK: 五、加强人工智能赋能创新医药

    /// （二十二）加强高质量数据集供给
    static let m22: Measure = Measure(
        id: MeasureID(.beijing2026_4, 22), chapter: 5,
        heading: LocalizedText(zh: "加强高质量数据集供给", en: "Strengthen the supply of high-quality datasets"),
        summary: LocalizedText(
            zh: "建立数据供需对接机制，依托北京的医疗资源、数据互联互通和国家人工智能应用中试基地为企业提供数据服务。设定高质量数据集和定制开发的企业数据需求的数量。",
            en: "Sets up supply–demand matching for data and serves enterprises with data, drawing on Beijing's medical resources, connected data and the national AI application pilot base. Counts high-quality datasets and enterprise data needs met by custom development."),
        kinds: [.data, .target, .mechanism, .service],
        departments: ["bj-economy-it", "bj-health"],
        actors: ["all-units", "enterprise"],
        targets: [
            Target(
                key: "high-quality-datasets",
                metric: LocalizedText(zh: "形成的高质量数据集", en: "High-quality datasets formed"),
                comparator: .atLeast, value: 10, unit: .count, source: "形成不少于10个高质量数据集"),
            Target(
                key: "enterprise-data-needs",
                metric: LocalizedText(zh: "获定制化开发支持的企业数据需求", en: "Enterprise data needs supported with custom development"),
                comparator: .atLeast, value: 20, unit: .count, source: "支持不少于20个企业数据需求"),
        ],
        provisions: [
            Provision(
                actors: ["all-units"], modality: .commit,
                action: LocalizedText(
                    zh: "建立数据供需对接机制，利用国家人工智能应用中试基地设施为企业提供专业数据服务",
                    en: "Set up supply–demand matching for data and provide enterprises with professional data services using the national AI application pilot base")),
            Provision(
                actors: ["all-units"], modality: .commit,
                action: LocalizedText(zh: "形成高质量数据集", en: "Produce high-quality datasets"),
                measure: LocalizedText(zh: "不少于10个", en: "at least 10")),
            Provision(
                actors: ["enterprise"], modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "企业的数据需求获得定制化开发",
                    en: "Enterprises' data needs are met by custom development"),
                measure: LocalizedText(zh: "不少于20个", en: "at least 20")),
        ],
        crossReferences: [
            CrossReference(
                .editionCounterpart, to: MeasureID(.beijing2024_5, 23),
                note: LocalizedText(
                    zh: "2024年版汇聚医疗健康数据形成单病种主题数据库；本条形成高质量数据集并对接企业需求",
                    en: "2024 pooled health data into single-disease databases; this measure produces high-quality datasets matched to enterprise needs")),
        ])

    /// （二十三）促进健康医疗数据流通
    static let m23: Measure = Measure(
        id: MeasureID(.beijing2026_4, 23), chapter: 5,
        heading: LocalizedText(zh: "促进健康医疗数据流通", en: "Promote circulation of health and medical data"),
        summary: LocalizedText(
            zh: "制定健康医疗数据开发利用、匿名化和分级分类等行业规范，保障数据交易和跨境流通安全合规。鼓励医疗机构跨院合作开发数据并管理数据资产，定期举办数据集宣介会，依托北京国际大数据交易所等平台促成交易。",
            en: "Sets industry norms for using, anonymising and classifying health data so that trading and cross-border flows stay safe and lawful. Encourages hospitals to develop data across institutions and manage their data assets, and holds regular dataset showcases, brokering trades through the Beijing International Big Data Exchange and similar platforms."),
        kinds: [.data, .event],
        departments: ["bj-economy-it", "bj-health"],
        actors: ["all-units", "medical-institution"],
        provisions: [
            Provision(
                actors: ["all-units"], modality: .commit,
                action: LocalizedText(
                    zh: "制定完善健康医疗数据开发利用、匿名化、分级分类等行业规范，保障数据流通交易和跨境流通安全合规",
                    en: "Set and improve industry norms for using, anonymising and classifying health data, keeping data trading and cross-border flows safe and compliant")),
            Provision(
                actors: ["medical-institution"], modality: .encourage, modalWord: "鼓励",
                action: LocalizedText(
                    zh: "开展跨院数据开发利用合作，完善院内数据资产管理制度",
                    en: "Cooperate across hospitals on using data and improve in-hospital data-asset management")),
            Provision(
                actors: ["all-units"], modality: .commit,
                action: LocalizedText(
                    zh: "定期举办高质量数据集宣介会，依托北京国际大数据交易所等平台促成数据交易",
                    en: "Hold regular showcases of high-quality datasets and broker data trades through the Beijing International Big Data Exchange and similar platforms")),
        ],
        crossReferences: [
            CrossReference(
                .editionCounterpart, to: MeasureID(.beijing2024_5, 23),
                note: LocalizedText(
                    zh: "2024年版以“监管沙盒”有序推进数据交易流通；本条以行业规范和交易平台促进流通",
                    en: "2024 moved data trading forward under a regulatory sandbox; this measure does so through industry norms and trading platforms")),
            CrossReference(
                .editionCounterpart, to: MeasureID(.beijing2024_5, 24),
                note: LocalizedText(
                    zh: "两版均完善医疗健康数据技术规范并便利合规跨境流动",
                    en: "Both editions set technical norms for health data and ease compliant cross-border flows")),
            CrossReference(
                .related, to: MeasureID(.beijing2024_5, 25),
                note: LocalizedText(
                    zh: "2024年版扩大电子病历在医疗机构间共享；本条鼓励跨院数据开发利用",
                    en: "2024 widened sharing of electronic medical records between hospitals; this measure encourages cross-hospital data development")),
        ])

    /// （二十四）拓展人工智能应用
    static let m24: Measure = Measure(
        id: MeasureID(.beijing2026_4, 24), chapter: 5,
        heading: LocalizedText(zh: "拓展人工智能应用", en: "Widen the use of AI"),
        summary: LocalizedText(
            zh: "支持人工智能+医疗装备、5G+远程诊疗等场景验证，推动研发成果经国家人工智能应用中试基地在全市推广并走向全国和海外。支持医疗机构应用成熟的人工智能产品，承办全国首届数智健康大赛和2026全国智慧医保大赛。",
            en: "Supports validation of scenarios such as AI with medical equipment and 5G remote care, and spreads R&D results citywide through the national AI application pilot base, then nationwide and abroad. Supports hospitals using mature AI products, and hosts the first national digital-health contest and the 2026 national smart healthcare-security contest."),
        kinds: [.target, .event],
        departments: ["bj-economy-it", "bj-health", "bj-healthcare-security"],
        actors: ["all-units", "medical-institution"],
        targets: [
            Target(
                key: "ai-results-promoted",
                metric: LocalizedText(
                    zh: "通过国家人工智能应用中试基地在全市推广的研发成果",
                    en: "R&D results spread citywide through the national AI application pilot base"),
                comparator: .atLeast, value: 10, unit: .count, source: "支持不少于10个研发成果"),
        ],
        provisions: [
            Provision(
                actors: ["all-units"], modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "开展人工智能+医疗装备、5G+远程诊疗等典型场景的应用验证",
                    en: "Validate typical scenarios such as AI with medical equipment and 5G remote diagnosis and treatment")),
            Provision(
                actors: ["all-units"], modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "研发成果经国家人工智能应用中试基地在全市推广，再逐步推向全国和海外",
                    en: "Spread R&D results citywide through the national AI application pilot base, then step by step nationwide and abroad"),
                measure: LocalizedText(zh: "不少于10个", en: "at least 10")),
            Provision(
                actors: ["medical-institution"], modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "应用智能辅助诊断、慢病智能管理等成熟实用的人工智能产品",
                    en: "Use mature, practical AI products such as diagnostic assistance and smart chronic-disease management")),
            Provision(
                actors: ["all-units"], modality: .commit,
                action: LocalizedText(
                    zh: "承办全国首届数智健康大赛和2026全国智慧医保大赛，推动大赛成果落地",
                    en: "Host the first national digital-health contest and the 2026 national smart healthcare-security contest, and put their results to use")),
        ])

    /// （二十五）加快AI赋能药物研发
    static let m25: Measure = Measure(
        id: MeasureID(.beijing2026_4, 25), chapter: 5,
        heading: LocalizedText(zh: "加快AI赋能药物研发", en: "Speed up AI-enabled drug R&D"),
        summary: LocalizedText(
            zh: "利用北京的人工智能资源前瞻布局基础模型、药物设计模型和核心技术，为医药企业提供靶点发现、蛋白结构分析和分子虚拟筛选优化服务。依托健康医疗数据支持企业优化临床试验设计和受试者招募。",
            en: "Uses Beijing's AI resources to lay out foundation models, drug-design models and core technology ahead of need, and offers drug companies target discovery, protein-structure analysis and virtual screening and optimisation of molecules. Draws on health data to help enterprises design trials and recruit subjects."),
        kinds: [.research, .service, .data],
        departments: ["bj-science-zhongguancun", "bj-economy-it"],
        actors: ["all-units", "enterprise"],
        provisions: [
            Provision(
                actors: ["all-units"], modality: .commit,
                action: LocalizedText(
                    zh: "前瞻布局基础模型、药物研发设计人工智能模型和核心技术",
                    en: "Lay out foundation models, AI models for drug design and core technology ahead of need")),
            Provision(
                actors: ["all-units"], modality: .commit,
                action: LocalizedText(
                    zh: "为医药企业提供靶点发现、蛋白质结构分析、药物分子虚拟筛选和优化服务",
                    en: "Offer drug companies target discovery, protein-structure analysis and virtual screening and optimisation of drug molecules")),
            Provision(
                actors: ["enterprise"], modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "依托北京健康医疗数据优化临床试验方案设计，提高受试者招募入组效率",
                    en: "Use Beijing's health data to improve trial design and enrol subjects faster")),
        ],
        crossReferences: [
            CrossReference(
                .related, to: MeasureID(.beijing2024_5, 23),
                note: LocalizedText(
                    zh: "2024年版鼓励企业依托人工智能数据训练基地训练医药健康大模型；本条布局药物研发人工智能模型",
                    en: "2024 encouraged training of health foundation models at the AI data-training base; this measure lays out AI models for drug R&D")),
        ])

    // MARK: 六、加强创新医药投融资支持

    /// （二十六）强化股权投资基金赋能
    static let m26: Measure = Measure(
        id: MeasureID(.beijing2026_4, 26), chapter: 6,
        heading: LocalizedText(zh: "强化股权投资基金赋能", en: "Strengthen the role of equity investment funds"),
        summary: LocalizedText(
            zh: "由市级政府投资基金牵引，联合中央和区级政府投资基金，使投资额度超过100亿元。支持龙头企业、保险或银行资本和境内外私募基金管理机构设立创投和并购基金。",
            en: "Municipal government investment funds lead, with central and district government funds, to invest more than CNY 10 billion. Leading enterprises, insurance and bank capital and domestic and foreign private-fund managers are supported in setting up venture and M&A funds."),
        kinds: [.funding, .target],
        departments: ["bj-science-zhongguancun", "bj-economy-it"],
        actors: ["municipal-government-investment-fund", "enterprise", "commercial-insurer", "bank", "private-fund-manager"],
        targets: [
            Target(
                key: "government-fund-investment",
                metric: LocalizedText(zh: "市、中央和区级政府投资基金联合实现的投资额度", en: "Investment by municipal, central and district government funds together"),
                comparator: .moreThan, value: 100, unit: .hundredMillionYuan, source: "实现投资额度超100亿元"),
        ],
        provisions: [
            Provision(
                actors: ["municipal-government-investment-fund"], modality: .commit,
                action: LocalizedText(
                    zh: "发挥引导作用，联合中央和区级政府投资基金开展投资",
                    en: "Lead investment together with central and district government investment funds"),
                measure: LocalizedText(zh: "超100亿元", en: "more than CNY 10 billion")),
            Provision(
                actors: ["enterprise", "commercial-insurer", "bank", "private-fund-manager"], modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "设立创投基金和并购基金，支持技术转移转化和企业梯次培育",
                    en: "Set up venture and M&A funds that back technology transfer and the tiered growth of enterprises")),
        ],
        crossReferences: [
            CrossReference(
                .editionCounterpart, to: MeasureID(.beijing2024_5, 28),
                note: LocalizedText(
                    zh: "2024年版用好北京市医药健康产业投资基金带动社会投资；本条为政府投资基金设定超100亿元的投资额度",
                    en: "2024 used Beijing's medicine and health industry fund to draw in private investment; this measure sets a government-fund investment figure above CNY 10 billion")),
        ])

    /// （二十七）拓宽多元融资渠道
    static let m27: Measure = Measure(
        id: MeasureID(.beijing2026_4, 27), chapter: 6,
        heading: LocalizedText(zh: "拓宽多元融资渠道", en: "Widen the range of financing channels"),
        summary: LocalizedText(
            zh: "探索推出创新药械研发贷和医药科创保险，鼓励企业发债融资。市区协同开展“拨投联动”“投贷联动”试点，并设定资助早期项目的数量。",
            en: "Explores R&D loans for innovative drugs and devices and sci-tech insurance for medicine, and encourages enterprises to raise money by issuing bonds. City and districts jointly pilot grant-to-equity and equity-with-loan linkage, with a count of early-stage projects funded."),
        kinds: [.funding, .target, .pilot],
        departments: ["bj-finance-office", "nfra-beijing"],
        actors: ["bank", "commercial-insurer", "enterprise", "all-units", "relevant-districts"],
        targets: [
            Target(
                key: "early-stage-projects-funded",
                metric: LocalizedText(zh: "资助的早期项目", en: "Early-stage projects funded"),
                comparator: .atLeast, value: 100, unit: .count, source: "资助早期项目不少于100个"),
        ],
        provisions: [
            Provision(
                actors: ["bank", "commercial-insurer"], modality: .explore, modalWord: "探索",
                action: LocalizedText(
                    zh: "推出创新药械研发贷和医药科创保险，加快品种研发",
                    en: "Offer R&D loans for innovative drugs and devices and sci-tech insurance for medicine, to speed product development")),
            Provision(
                actors: ["enterprise"], modality: .encourage, modalWord: "鼓励",
                action: LocalizedText(zh: "通过发行债券等方式融资", en: "Raise funds by issuing bonds and similar means")),
            Provision(
                actors: ["all-units", "relevant-districts"], modality: .commit,
                action: LocalizedText(
                    zh: "市区协同开展“拨投联动”“投贷联动”试点，资助早期项目",
                    en: "City and districts jointly pilot grant-to-equity and equity-with-loan linkage, funding early-stage projects"),
                measure: LocalizedText(zh: "不少于100个", en: "at least 100")),
        ],
        crossReferences: [
            CrossReference(
                .editionCounterpart, to: MeasureID(.beijing2024_5, 29),
                note: LocalizedText(
                    zh: "两版均拓宽创新医药企业融资渠道，均提及研发贷",
                    en: "Both editions widen financing for innovative drug companies, and both name R&D loans")),
        ])

    /// （二十八）加强企业上市服务
    static let m28: Measure = Measure(
        id: MeasureID(.beijing2026_4, 28), chapter: 6,
        heading: LocalizedText(zh: "加强企业上市服务", en: "Strengthen services for enterprises going public"),
        summary: LocalizedText(
            zh: "建立重点培育上市企业储备库，为入库企业提供上市前融资、上市辅导和关键许可备案等服务。2026年重点储备和服务一定数量的本市拟上市医药企业，推动其在北交所等资本市场上市。",
            en: "Sets up a reserve of enterprises being prepared for listing and offers them pre-IPO financing, listing coaching and help with key licences and filings. In 2026 a set number of Beijing drug companies planning to list are reserved and served, and their listing on the Beijing Stock Exchange and other markets is pushed forward."),
        kinds: [.service, .target, .mechanism],
        departments: ["bj-finance-office"],
        actors: ["bj-finance-office", "enterprise"],
        targets: [
            Target(
                key: "listing-reserve-enterprises",
                metric: LocalizedText(zh: "重点储备和服务的本市拟上市医药企业", en: "Beijing drug companies planning to list that are reserved and served"),
                comparator: .atLeast, value: 10, unit: .establishment, period: .year(2026),
                source: "2026年重点储备和服务不少于10家"),
        ],
        provisions: [
            Provision(
                actors: ["bj-finance-office"], modality: .commit,
                action: LocalizedText(
                    zh: "建立重点培育上市企业储备库，为入库企业提供上市前融资、上市辅导、关键许可与备案等服务",
                    en: "Set up a reserve of enterprises being prepared for listing and give them pre-IPO financing, listing coaching and help with key licences and filings")),
            Provision(
                actors: ["bj-finance-office"], modality: .commit,
                action: LocalizedText(
                    zh: "重点储备和服务本市拟上市医药企业",
                    en: "Reserve and serve Beijing drug companies planning to list"),
                measure: LocalizedText(zh: "2026年不少于10家", en: "at least 10 in 2026")),
            Provision(
                actors: ["enterprise"], modality: .encourage, modalWord: "推动",
                action: LocalizedText(
                    zh: "在北交所等资本市场推进上市进程",
                    en: "Move forward with listing on the Beijing Stock Exchange and other capital markets")),
        ],
        crossReferences: [
            CrossReference(
                .restates, to: MeasureID(.beijing2024_5, 30),
                note: LocalizedText(
                    zh: "两版均为拟上市医药企业做储备和服务，2024年10家，2026年不少于10家",
                    en: "Both editions reserve and serve drug companies preparing to list: 10 in 2024, at least 10 in 2026"),
                clause: "2026年重点储备和服务不少于10家本市拟上市医药企业",
                changes: [EditionChange(.target, .renewed, earlier: "listing-pipeline-enterprises", later: "listing-reserve-enterprises")]),
        ])

    // MARK: 七、保障措施

    /// （二十九）健全知识产权保护与服务体系
    static let m29: Measure = Measure(
        id: MeasureID(.beijing2026_4, 29), chapter: 7,
        heading: LocalizedText(zh: "健全知识产权保护与服务体系", en: "Improve the system of IP protection and services"),
        summary: LocalizedText(
            zh: "建立医药健康领域知识产权保护会商机制，出台跨区域专利预审服务管理办法，帮助企业快速化解纠纷和快速审查。在国际医药创新公园设立中关村知识产权保护中心分中心提供一站式服务，并加强海外知识产权维权援助。",
            en: "Sets up consultation on IP protection in medicine and health and issues rules for cross-regional patent pre-examination, helping enterprises settle disputes and get patents examined fast. A Zhongguancun IP Protection Center sub-centre at BioPark offers one-stop services, and overseas IP enforcement assistance is strengthened."),
        kinds: [.mechanism, .service],
        departments: ["bj-intellectual-property"],
        actors: ["bj-intellectual-property", "zgc-ip-protection-subcentre", "enterprise"],
        provisions: [
            Provision(
                actors: ["bj-intellectual-property"], modality: .commit,
                action: LocalizedText(
                    zh: "建立医药健康领域知识产权保护会商机制",
                    en: "Set up consultation on IP protection in medicine and health")),
            Provision(
                actors: ["bj-intellectual-property"], modality: .commit,
                action: LocalizedText(
                    zh: "出台北京市跨区域专利预审服务管理办法，服务医药企业快速化解纠纷和专利快速审查",
                    en: "Issue Beijing's rules for cross-regional patent pre-examination, serving fast dispute settlement and fast patent examination for drug companies")),
            Provision(
                actors: ["zgc-ip-protection-subcentre"], modality: .commit,
                action: LocalizedText(
                    zh: "在国际医药创新公园设立分中心，提供专利咨询、预审、维权一站式服务",
                    en: "Open the sub-centre at the International Medical Innovation Park (BioPark) and give one-stop patent advice, pre-examination and enforcement help")),
            Provision(
                actors: ["bj-intellectual-property", "enterprise"], modality: .encourage, modalWord: "加强",
                action: LocalizedText(
                    zh: "加强生物医药海外知识产权维权援助，为企业海外布局、风险防控和纠纷应对提供指导",
                    en: "Strengthen overseas IP enforcement assistance for biopharma and guide enterprises on overseas filing strategy, risk control and disputes")),
        ],
        crossReferences: [
            CrossReference(
                .restates, to: MeasureID(.beijing2026_3, 1),
                note: LocalizedText(
                    zh: "京医保发〔2026〕3号（一）已建立创新医药知识产权保护跨部门会商机制，本条再次提出建立会商机制",
                    en: "京医保发〔2026〕3号 (一) set up cross-department consultation on IP protection for innovative medicine; this measure calls for it again")),
            CrossReference(
                .implements, to: MeasureID(.beijing2026_3, 10),
                note: LocalizedText(
                    zh: "京医保发〔2026〕3号（十）建立跨区域专利预审协同机制和一站式服务；本条出台管理办法并设立分中心",
                    en: "京医保发〔2026〕3号 (十) set up cross-regional pre-examination and one-stop services; this measure issues the rules and opens a sub-centre")),
            CrossReference(
                .restates, to: MeasureID(.beijing2026_3, 11),
                note: LocalizedText(
                    zh: "两者都要求加强海外知识产权维权援助服务",
                    en: "Both call for stronger overseas IP enforcement assistance")),
        ])

    /// （三十）加强医药集中采购知识产权保护
    static let m30: Measure = Measure(
        id: MeasureID(.beijing2026_4, 30), chapter: 7,
        heading: LocalizedText(zh: "加强医药集中采购知识产权保护", en: "Strengthen IP protection in centralised pharmaceutical procurement"),
        summary: LocalizedText(
            zh: "探索把药品专利纠纷早期解决机制与集采挂网知识产权保护衔接起来，严格落实企业挂网自主承诺。建立专利侵权异议处理程序，完善医药价格和招采信用评价制度，维护公平竞争。",
            en: "Explores linking the early resolution of drug-patent disputes with IP protection in procurement and listing, and enforces enterprises' listing self-commitments strictly. Sets up a procedure for patent-infringement objections and improves the pricing and procurement credit evaluation, to keep competition fair."),
        kinds: [.decisionRule, .procurement, .mechanism, .supervision],
        departments: ["bj-healthcare-security", "bj-intellectual-property"],
        actors: ["bj-healthcare-security", "bj-intellectual-property", "enterprise"],
        provisions: [
            Provision(
                actors: ["bj-healthcare-security", "bj-intellectual-property"], modality: .explore, modalWord: "探索",
                action: LocalizedText(
                    zh: "建立专利纠纷早期解决与集采挂网知识产权保护的衔接机制",
                    en: "Link early resolution of patent disputes with IP protection in procurement and listing")),
            Provision(
                actors: ["bj-healthcare-security", "enterprise"], modality: .commit,
                action: LocalizedText(
                    zh: "严格执行药品企业挂网自主承诺制度",
                    en: "Enforce drug companies' listing self-commitments strictly")),
            Provision(
                actors: ["bj-healthcare-security", "bj-intellectual-property"], modality: .commit,
                action: LocalizedText(
                    zh: "建立专利侵权异议的处理程序",
                    en: "Set up a procedure for handling patent-infringement objections")),
            Provision(
                actors: ["bj-healthcare-security"], modality: .commit,
                action: LocalizedText(
                    zh: "完善医药价格和招采信用评价制度，维护公平竞争",
                    en: "Improve the pricing and procurement credit evaluation and keep competition fair")),
        ],
        crossReferences: [
            CrossReference(
                .implements, to: MeasureID(.national2022_45, 4),
                note: LocalizedText(
                    zh: "国知发保字〔2022〕45号（四）建立企业挂网自主承诺制度；本条要求对药品企业严格落实该制度",
                    en: "国知发保字〔2022〕45号 (四) set up the enterprises' listing self-commitment; this measure has it strictly enforced for drug enterprises")),
            CrossReference(
                .restates, to: MeasureID(.beijing2026_3, 3),
                note: LocalizedText(
                    zh: "挂网自主承诺及违反承诺按信用评价制度处理，重述京医保发〔2026〕3号（三）",
                    en: "The listing self-commitment and credit handling of breaches restate 京医保发〔2026〕3号 (三)")),
            CrossReference(
                .restates, to: MeasureID(.beijing2026_3, 6),
                note: LocalizedText(
                    zh: "专利侵权异议处理程序重述京医保发〔2026〕3号（六）",
                    en: "The infringement-objection procedure restates 京医保发〔2026〕3号 (六)")),
            CrossReference(
                .related, to: MeasureID(.beijing2026_3, 8),
                note: LocalizedText(
                    zh: "异议处理结果和纠纷立案决定京医保发〔2026〕3号（八）中的不予挂网、暂停审核和撤网",
                    en: "Objection outcomes and accepted disputes drive the refusal, suspension and delisting tiers of 京医保发〔2026〕3号 (八)")),
            CrossReference(
                .related, to: MeasureID(.beijing2026_3, 4),
                note: LocalizedText(
                    zh: "专利纠纷早期解决即专利链接制度，京医保发〔2026〕3号（四）据此规定三类声明仿制药的上市时间",
                    en: "Early resolution of patent disputes is the patent-linkage system, on which 京医保发〔2026〕3号 (四) bases when category-3 generics may be marketed")),
        ],
        externalReferences: [
            ExternalReference(
                .system, zh: "医药价格和招采信用评价制度", en: "credit-evaluation system for medical pricing and procurement",
                note: LocalizedText(zh: "本条要求完善该制度", en: "The measure calls for improving this system")),
        ])

    /// （三十一）强化部门协同
    static let m31: Measure = Measure(
        id: MeasureID(.beijing2026_4, 31), chapter: 7,
        heading: LocalizedText(zh: "强化部门协同", en: "Strengthen coordination between departments"),
        summary: LocalizedText(
            zh: "用好市医药健康统筹联席会议机制，为创新药械提供全流程服务，依托市区两级服务包及时解决企业问题。主动对接国家重大战略，争取国家先行先试政策。",
            en: "Uses the municipal joint-meeting mechanism for medicine and health to serve innovative drugs and devices end to end, and the city and district service packages to solve enterprises' problems promptly. Aligns with major national strategies and seeks national pilot policies."),
        kinds: [.mechanism, .service],
        departments: ["bj-healthcare-security", "bj-health", "bj-medical-products", "bj-science-zhongguancun", "bj-development-reform", "bj-economy-it", "bj-finance-office", "nfra-beijing", "beijing-customs", "bj-intellectual-property"],
        actors: ["all-units", "relevant-districts"],
        provisions: [
            Provision(
                actors: ["all-units"], modality: .commit,
                action: LocalizedText(
                    zh: "用好市医药健康统筹联席会议机制，为创新药械提供全流程服务",
                    en: "Use the municipal joint-meeting mechanism for medicine and health to serve innovative drugs and devices end to end")),
            Provision(
                actors: ["all-units", "relevant-districts"], modality: .commit,
                action: LocalizedText(
                    zh: "依托市区两级服务包机制及时解决企业发展问题",
                    en: "Solve enterprises' problems promptly through the city and district service packages")),
            Provision(
                actors: ["all-units"], modality: .explore, modalWord: "争取",
                action: LocalizedText(
                    zh: "主动对接国家重大战略部署，争取国家先行先试政策",
                    en: "Align with major national strategies and seek national policies to pilot first")),
        ],
        crossReferences: [
            CrossReference(
                .editionCounterpart, to: MeasureID(.beijing2024_5, 31),
                note: LocalizedText(
                    zh: "两版均以联席会议机制统筹部门协同，并争取国家先行先试政策",
                    en: "Both editions coordinate departments through a joint-meeting mechanism and seek national pilot policies")),
        ])

    /// （三十二）打造高水平国际合作交流平台
    static let m32: Measure = Measure(
        id: MeasureID(.beijing2026_4, 32), chapter: 7,
        heading: LocalizedText(zh: "打造高水平国际合作交流平台", en: "Build high-level platforms for international cooperation and exchange"),
        summary: LocalizedText(
            zh: "办好中关村论坛、服贸会、国际生物医药产业创新北京论坛、世界传统医药大会、医疗器械博览会、全国药品交易会等重大活动，促进技术对接、项目合作和成果转化，提升北京医药健康产业的国际影响力。",
            en: "Runs major events — the Zhongguancun Forum, the China International Fair for Trade in Services, the International Biomedical Industry Innovation Beijing Forum, the World Conference on Traditional Medicine, the medical-device fair and the national pharmaceutical trade fair — to match technology, projects and translation and raise the international standing of Beijing's medicine and health industry."),
        kinds: [.event],
        departments: [],
        actors: ["all-units"],
        provisions: [
            Provision(
                actors: ["all-units"], modality: .commit,
                action: LocalizedText(
                    zh: "办好中关村论坛、中国国际服务贸易交易会、国际生物医药产业创新北京论坛、世界传统医药大会、中国国际医疗器械博览会、全国药品交易会等重大活动，促进技术对接、项目合作与成果转化",
                    en: "Run the Zhongguancun Forum, the China International Fair for Trade in Services, the International Biomedical Industry Innovation Beijing Forum, the World Conference on Traditional Medicine, the China International Medical Equipment Fair, the national pharmaceutical trade fair and other major events, promoting technology matching, project cooperation and translation")),
        ],
        crossReferences: [
            CrossReference(
                .restates, to: MeasureID(.beijing2024_5, 32),
                note: LocalizedText(
                    zh: "两版均通过办好国际论坛和大会打造国际交流合作平台，均列有世界传统医药大会和国际生物医药产业创新北京论坛；本条另列四项活动，未再列博鳌亚洲论坛全球健康论坛（未重述亦不矛盾，仍适用2024年版）",
                    en: "Both editions build international platforms through forums and congresses, both naming the World Conference on Traditional Medicine and the International Biomedical Industry Innovation Beijing Forum; this measure adds four more events and does not name the Boao Forum for Asia Global Health Forum (not restated and not contradicted, so the 2024 text still applies to it)"),
                clause: "办好中关村论坛、中国国际服务贸易交易会、国际生物医药产业创新北京论坛、世界传统医药大会、中国国际医疗器械博览会、全国药品交易会等重大活动",
                changes: [EditionChange(.scope, .shifted, earlier: "events", later: "events")]),
        ],
        scopes: [
            MeasureScope(key: "events", .events, zh: "中关村论坛、中国国际服务贸易交易会、国际生物医药产业创新北京论坛、世界传统医药大会、中国国际医疗器械博览会、全国药品交易会", en: "Zhongguancun Forum, China International Fair for Trade in Services, International Biomedical Industry Innovation Beijing Forum, World Conference on Traditional Medicine, China International Medical Equipment Fair, National Pharmaceutical Fair"),
        ],
        departmentsNote: LocalizedText(
            zh: "所列活动各有主办方，本条未把任何一项交给某一发文部门，其领域也不属推定约定所列的任一职责",
            en: "each event listed has its own organisers; the measure assigns none of them to an issuing department, and no field of the inference convention covers them"))
}
