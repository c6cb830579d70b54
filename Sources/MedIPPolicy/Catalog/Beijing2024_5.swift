// beijing-2024-5 — 京医保发〔2024〕5号, 《北京市支持创新医药高质量发展若干措施（2024年）》.
//
// Source: shared/seeds/003_94955ad9e77fca5b.txt (the test copy is
// Tests/MedIPPolicyTests/Resources/beijing-2024-5.txt). 32 numbered measures in 8 chapters; each
// measure ends with the responsible departments in brackets. The measures have no headings in
// the text, so every heading here is the library's own short title (`headingIsOfficial: false`).
// Summaries and actions are the library's own words; figures, departments and chapter headings
// are as printed. Measures 17–32 are in `Beijing2024_5+Measures17to32.swift`.

extension PolicyDocument {
    /// 京医保发〔2024〕5号: 《北京市支持创新医药高质量发展若干措施（2024年）》, issued by nine Beijing
    /// bodies on 2024-04-17 with the municipal government's approval.
    ///
    /// Issuers, in the order the text lists them: 北京市医疗保障局, 中共北京市委金融委员会办公室,
    /// 北京市发展和改革委员会, 北京市科学技术委员会、中关村科技园区管理委员会, 北京市经济和信息化局,
    /// 北京市卫生健康委员会, 国家金融监督管理总局北京监管局, 中华人民共和国北京海关, 北京市药品监督管理局.
    ///
    /// The text states no effective date (only the date it bears, 2024年4月17日), so
    /// ``PolicyDocument/effective`` is that date. The notice declares that earlier provisions
    /// inconsistent with it yield to it (此前发布的有关规定与本文不一致的，以此为准). Its 2026 successor
    /// is ``PolicyDocument/beijing2026_4``; each measure's cross-references name its counterpart
    /// there where one exists.
    ///
    /// Measures, in order: `[m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14, m15, m16,
    /// m17, m18, m19, m20, m21, m22, m23, m24, m25, m26, m27, m28, m29, m30, m31, m32]` of
    /// `Beijing2024_5Measures`.
    public static let beijing2024_5 = PolicyDocument(
        id: .beijing2024_5,
        number: "京医保发〔2024〕5号",
        title: LocalizedText(
            zh: "北京市支持创新医药高质量发展若干措施（2024年）",
            en: "Measures of Beijing Municipality to Support the High-Quality Development of Innovative Medicine (2024)"),
        issuers: [
            Department.bjHealthcareSecurity.id, Department.bjFinanceOffice.id, Department.bjDevelopmentReform.id,
            Department.bjScienceZhongguancun.id, Department.bjEconomyIT.id, Department.bjHealth.id,
            Department.nfraBeijing.id, Department.beijingCustoms.id, Department.bjMedicalProducts.id,
        ],
        dated: CivilDate(uncheckedYear: 2024, month: 4, day: 17),
        effective: CivilDate(uncheckedYear: 2024, month: 4, day: 17),
        jurisdiction: .beijing,
        chapters: Beijing2024_5Measures.chapters,
        relations: [
            DocumentRelation(
                .prevailsOverEarlierInconsistent,
                note: LocalizedText(
                    zh: "通知声明：此前发布的有关规定与本措施不一致的，以本措施为准。",
                    en: "The notice declares that earlier provisions inconsistent with these measures yield to them.")),
            DocumentRelation(
                .implements,
                note: LocalizedText(
                    zh: "措施依据国务院关于《支持北京深化国家服务业扩大开放综合示范区建设工作方案》的批复和北京市人民政府关于《北京市生物医药全产业链开放实施方案》的批复等文件精神制定（二者不在目录中）",
                    en: "The measures are made in the spirit of the State Council's approval of the work plan for deepening Beijing's national comprehensive demonstration zone for opening up the service sector and the Beijing government's approval of the plan for opening up the whole biomedical industry chain (neither is in the catalog)")),
        ],
        measures: Beijing2024_5Measures.all.map(Beijing2024_5Measures.printingDepartments))
}

extension Department {
    /// 药物临床试验申办方: the sponsor of a drug clinical trial (京医保发〔2024〕5号（一）).
    public static let trialSponsor = Department(
        id: "trial-sponsor", name: LocalizedText(zh: "药物临床试验申办方", en: "Drug clinical-trial sponsor"),
        kind: .party, level: .unspecified)
    /// 临床试验机构: an institution where clinical trials are conducted (京医保发〔2024〕5号（一）).
    public static let clinicalTrialInstitution = Department(
        id: "clinical-trial-institution", name: LocalizedText(zh: "临床试验机构", en: "Clinical-trial institution"),
        kind: .party, level: .unspecified)
    /// 社会资本: private ("social") capital invited to invest (京医保发〔2024〕5号（三）).
    public static let socialCapital = Department(
        id: "social-capital", name: LocalizedText(zh: "社会资本", en: "Private (social) capital"),
        kind: .party, level: .unspecified)
    /// 商业保险公司: commercial insurance companies (京医保发〔2024〕5号（二十一）（二十六）).
    public static let commercialInsurer = Department(
        id: "commercial-insurer", name: LocalizedText(zh: "商业保险公司", en: "Commercial insurance company"),
        kind: .party, level: .unspecified)
    /// 参保人: persons insured under basic medical insurance (京医保发〔2024〕5号（十六）（二十二）; the
    /// text also writes 参保人员).
    public static let insuredPerson = Department(
        id: "insured-person", name: LocalizedText(zh: "参保人", en: "Insured person"),
        kind: .party, level: .unspecified)
    /// 定点零售药店: designated retail pharmacies of medical insurance (京医保发〔2024〕5号（十六）; 定点药店
    /// in （二十一）).
    public static let designatedRetailPharmacy = Department(
        id: "designated-retail-pharmacy", name: LocalizedText(zh: "定点零售药店", en: "Designated retail pharmacy"),
        kind: .party, level: .unspecified)
    /// 金融体系: the financial system, i.e. the financial institutions the text asks to serve
    /// start-up enterprises (京医保发〔2024〕5号（二十九）).
    public static let financialSystem = Department(
        id: "financial-system", name: LocalizedText(zh: "金融体系", en: "Financial system (financial institutions)"),
        kind: .party, level: .unspecified)
    /// 相关银行: the banks concerned, which receive priority support when their loans and discounts
    /// meet the 京创融 / 京创通 requirements (京医保发〔2024〕5号（二十九）).
    public static let relevantBanks = Department(
        id: "relevant-banks", name: LocalizedText(zh: "相关银行", en: "Banks concerned"),
        kind: .party, level: .unspecified)
    /// 第三方专业化平台和经纪商: third-party specialised data platforms and data brokers, which the text
    /// names together as parties to be fostered (京医保发〔2024〕5号（二十四）).
    public static let dataIntermediary = Department(
        id: "data-intermediary", name: LocalizedText(zh: "第三方专业化平台和经纪商", en: "Third-party specialised data platforms and brokers"),
        kind: .party, level: .unspecified)

    /// Entries first named by 京医保发〔2024〕5号 that are not in the core registry.
    static let catalogAdditionsBeijing2024: [Department] = [
        trialSponsor, clinicalTrialInstitution, socialCapital, commercialInsurer, insuredPerson,
        designatedRetailPharmacy, financialSystem, relevantBanks, dataIntermediary,
    ]
}

/// The 32 measures of 京医保发〔2024〕5号 (``PolicyDocument/beijing2024_5``), one `static let` each.
///
/// Headings are the library's own (the text prints none); departments are exactly those in each
/// measure's closing brackets, in printed order.
enum Beijing2024_5Measures {
    // MARK: Shorthands

    static let document: DocumentID = .beijing2024_5

    static let bjHealthcareSecurity: DepartmentID = Department.bjHealthcareSecurity.id
    static let bjFinanceOffice: DepartmentID = Department.bjFinanceOffice.id
    static let bjDevelopmentReform: DepartmentID = Department.bjDevelopmentReform.id
    static let bjScienceZhongguancun: DepartmentID = Department.bjScienceZhongguancun.id
    static let bjEconomyIT: DepartmentID = Department.bjEconomyIT.id
    static let bjHealth: DepartmentID = Department.bjHealth.id
    static let nfraBeijing: DepartmentID = Department.nfraBeijing.id
    static let beijingCustoms: DepartmentID = Department.beijingCustoms.id
    static let bjMedicalProducts: DepartmentID = Department.bjMedicalProducts.id
    static let bjCommerce: DepartmentID = Department.bjCommerce.id
    static let bjHospitalAuthority: DepartmentID = Department.bjHospitalAuthority.id
    static let bjCyberspace: DepartmentID = Department.bjCyberspace.id
    static let bjGovernmentServicesData: DepartmentID = Department.bjGovernmentServicesData.id
    static let pbocBeijing: DepartmentID = Department.pbocBeijing.id
    static let csrcBeijing: DepartmentID = Department.csrcBeijing.id
    static let bjTCM: DepartmentID = Department.bjTCM.id
    static let shunyiDistrict: DepartmentID = Department.shunyiDistrict.id
    static let changpingDistrict: DepartmentID = Department.changpingDistrict.id
    static let etdaCommittee: DepartmentID = Department.etdaCommittee.id
    static let capitalAirportZone: DepartmentID = Department.capitalAirportZone.id
    static let daxingAirportZone: DepartmentID = Department.daxingAirportZone.id
    static let relevantDistricts: DepartmentID = Department.relevantDistricts.id
    static let allUnits: DepartmentID = Department.allUnits.id
    static let enterprise: DepartmentID = Department.enterprise.id
    static let medicalInstitution: DepartmentID = Department.medicalInstitution.id
    static let trialSponsor: DepartmentID = Department.trialSponsor.id
    static let clinicalTrialInstitution: DepartmentID = Department.clinicalTrialInstitution.id
    static let socialCapital: DepartmentID = Department.socialCapital.id
    static let commercialInsurer: DepartmentID = Department.commercialInsurer.id
    static let insuredPerson: DepartmentID = Department.insuredPerson.id
    static let designatedRetailPharmacy: DepartmentID = Department.designatedRetailPharmacy.id
    static let financialSystem: DepartmentID = Department.financialSystem.id
    static let relevantBanks: DepartmentID = Department.relevantBanks.id
    static let dataIntermediary: DepartmentID = Department.dataIntermediary.id

    /// The measure with ``Measure/departmentsAsPrinted`` set, where the measure does not set it,
    /// to its departments' short names joined by 、 (the form of every bracket but （三十二）'s).
    static func printingDepartments(_ measure: Measure) -> Measure {
        var measure = measure
        if measure.departmentsAsPrinted == nil {
            measure.departmentsAsPrinted = measure.departments.map { Department.lookup($0)?.shortName ?? $0.rawValue }.joined(separator: "、")
        }
        return measure
    }

    /// The measure id `beijing-2024-5#ordinal`.
    static func id(_ ordinal: Int) -> MeasureID { MeasureID(document, ordinal) }

    /// An edition-counterpart reference to measure `ordinal` of 京医保发〔2026〕4号.
    static func counterpart2026(_ ordinal: Int, zh: String, en: String) -> CrossReference {
        CrossReference(.editionCounterpart, to: MeasureID(.beijing2026_4, ordinal), note: LocalizedText(zh: zh, en: en))
    }

    // MARK: Document structure

    /// The eight chapters, headings as printed.
    static let chapters: [Chapter] = [
        Chapter(ordinal: 1, heading: LocalizedText(zh: "着力提升创新医药临床研究质效", en: "Raising the quality and efficiency of clinical research on innovative medicine")),
        Chapter(ordinal: 2, heading: LocalizedText(zh: "助力加速创新药械审评审批", en: "Helping to speed up review and approval of innovative drugs and devices")),
        Chapter(ordinal: 3, heading: LocalizedText(zh: "大力促进医药贸易便利化", en: "Vigorously facilitating pharmaceutical trade")),
        Chapter(ordinal: 4, heading: LocalizedText(zh: "加力促进创新医药临床应用", en: "Stepping up the clinical use of innovative medicine")),
        Chapter(ordinal: 5, heading: LocalizedText(zh: "努力拓展创新医药支付渠道", en: "Broadening payment channels for innovative medicine")),
        Chapter(ordinal: 6, heading: LocalizedText(zh: "鼓励医疗健康数据赋能创新", en: "Encouraging health data to power innovation")),
        Chapter(ordinal: 7, heading: LocalizedText(zh: "强化创新医药企业投融资支持", en: "Strengthening investment and financing support for innovative pharmaceutical enterprises")),
        Chapter(ordinal: 8, heading: LocalizedText(zh: "保障措施", en: "Safeguards")),
    ]

    /// Every measure, in order (ordinals 1…32).
    static let all: [Measure] = [
        m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14, m15, m16,
        m17, m18, m19, m20, m21, m22, m23, m24, m25, m26, m27, m28, m29, m30, m31, m32,
    ]

    // MARK: 一、着力提升创新医药临床研究质效

    /// （一）临床试验启动提速 — 2024 measure 1 (heading not official).
    static let m1: Measure = Measure(
        id: id(1), chapter: 1,
        heading: LocalizedText(zh: "临床试验启动提速", en: "Faster start-up of clinical trials"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "支持申办方凭基本研发资料在向国家药监局申请临床试验前就与试验机构对接，并在递交申请时同步提交材料，使立项、伦理、合同三项审查并行。配合合同示范文本、临床试验信息平台、全流程监测和白皮书发布，把试验启动整体用时压缩到28周以内，并支持重点企业开展全球同步试验。",
            en: "Sponsors are supported in engaging trial sites on the basis of basic R&D data before applying to the NMPA and handing the site their materials when they file, so that project, ethics and contract reviews run in parallel. With model contracts, a clinical-trial information platform, end-to-end monitoring and a white paper, the overall start-up time of a trial is cut to within 28 weeks, and key enterprises are supported in running trials simultaneously with the rest of the world."),
        kinds: [.mechanism, .timeLimit, .data, .supervision, .service],
        departments: [bjHealth, bjMedicalProducts, bjScienceZhongguancun],
        actors: [bjHealth, bjMedicalProducts, bjScienceZhongguancun, trialSponsor, clinicalTrialInstitution, medicalInstitution, enterprise],
        timeLimits: [
            TimeLimit(
                key: "trial-start-up",
                procedure: LocalizedText(zh: "临床试验启动整体用时", en: "Overall time to start a clinical trial"),
                limit: .weeks(28), bound: .atMost, source: "28周以内"),
        ],
        provisions: [
            Provision(
                actors: [bjHealth, bjMedicalProducts, bjScienceZhongguancun, trialSponsor, clinicalTrialInstitution],
                modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "申办方在向国家药监局提交临床试验申请前即与临床试验机构对接，递交申请时同步向机构提交材料，立项、伦理、合同审查同时进行",
                    en: "Sponsors engage the trial site before filing the trial application with the NMPA and submit their materials to the site at the same time as they file, so that project, ethics and contract reviews proceed together")),
            Provision(
                actors: [bjHealth, bjMedicalProducts, bjScienceZhongguancun],
                modality: .commit,
                action: LocalizedText(
                    zh: "推广合同示范文本，建立临床试验信息平台，开展全流程、全覆盖监测并定期发布白皮书，加强对医疗机构的评价和激励",
                    en: "Promote model contract texts, set up a clinical-trial information platform, monitor every trial end to end, publish a white paper, and evaluate and reward medical institutions")),
            Provision(
                actors: [bjHealth, bjMedicalProducts, bjScienceZhongguancun],
                modality: .commit,
                action: LocalizedText(
                    zh: "压缩临床试验启动整体用时并持续加速",
                    en: "Cut the overall start-up time of clinical trials and keep shortening it"),
                measure: LocalizedText(zh: "28周以内", en: "within 28 weeks")),
            Provision(
                actors: [bjScienceZhongguancun, enterprise],
                modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "重点企业在全球同步开展临床试验",
                    en: "Key enterprises run clinical trials simultaneously with the rest of the world")),
        ],
        crossReferences: [
            counterpart2026(1, zh: "2026年版改为提升国际临床试验能力：完善临床试验绿色通道，国际多中心临床试验不少于120项。",
                            en: "The 2026 edition turns to international trial capacity: a clinical-trial green channel and at least 120 international multicentre trials."),
        ])

    /// （二）临床研究联合体建设 — 2024 measure 2 (heading not official).
    static let m2: Measure = Measure(
        id: id(2), chapter: 1,
        heading: LocalizedText(zh: "临床研究联合体建设", en: "Clinical research consortia"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "以国家医学中心和研究型病房为核心、以临床需求为导向，组建10家以上区域、专科或专病临床研究联合体；对30家研究型病房示范建设单位开展考核评价和质控管理，提高临床研究质量与效率。",
            en: "Built around national medical centres and research wards and led by clinical need, ten or more regional, specialty or disease-specific clinical research consortia are formed, and the 30 research-ward demonstration units are assessed and quality-controlled to raise the quality and efficiency of clinical research."),
        kinds: [.mechanism, .target, .supervision, .research],
        departments: [bjHealth, bjScienceZhongguancun],
        actors: [bjHealth, bjScienceZhongguancun, medicalInstitution],
        targets: [
            Target(
                key: "clinical-research-consortia",
                metric: LocalizedText(zh: "区域或专科、专病临床研究联合体", en: "Regional, specialty or disease-specific clinical research consortia"),
                comparator: .atLeast, value: 10, unit: .establishment, period: .unspecified, source: "10家以上"),
            Target(
                key: "research-ward-demonstration-units",
                metric: LocalizedText(zh: "接受考核评价及质控管理的研究型病房示范建设单位", en: "Research-ward demonstration units assessed and quality-controlled"),
                comparator: .exactly, value: 30, unit: .establishment, period: .unspecified, source: "30家"),
        ],
        provisions: [
            Provision(
                actors: [bjHealth, bjScienceZhongguancun, medicalInstitution],
                modality: .commit,
                action: LocalizedText(
                    zh: "以国家医学中心、研究型病房为核心，创新机制、聚集资源，组建区域或专科、专病临床研究联合体",
                    en: "Form regional, specialty or disease-specific clinical research consortia around national medical centres and research wards, with new mechanisms and pooled resources"),
                measure: LocalizedText(zh: "10家以上", en: "ten or more")),
            Provision(
                actors: [bjHealth, bjScienceZhongguancun],
                modality: .commit,
                action: LocalizedText(
                    zh: "对研究型病房示范建设单位进行考核评价和质控管理",
                    en: "Assess and quality-control the research-ward demonstration units"),
                measure: LocalizedText(zh: "30家", en: "30 units")),
        ],
        crossReferences: [
            counterpart2026(3, zh: "2026年版支持国家医学中心、国家临床医学研究中心构建协作网络并组建医工交叉创新联合体。",
                            en: "The 2026 edition has national medical centres and clinical research centres build collaboration networks and forms medicine–engineering innovation consortia."),
            counterpart2026(1, zh: "2026年版指导支持设有研究型病房的医院提升临床试验设计能力。",
                            en: "The 2026 edition guides hospitals with research wards in improving trial design."),
        ])

    /// （三）社会资本办研究型医院 — 2024 measure 3 (heading not official).
    static let m3: Measure = Measure(
        id: id(3), chapter: 1,
        heading: LocalizedText(zh: "社会资本办研究型医院", en: "Privately funded research hospitals"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "鼓励社会资本投资建设研究型医院，支持其与在京医疗机构优势互补，吸引全球高水平临床试验和国内首创标志性研究并开展同步多中心试验；支持其与创新医药企业深度合作，建设创新药械验证与示范中心，加快成果转化。",
            en: "Private capital is encouraged to build research hospitals; these are supported in partnering with Beijing medical institutions to attract high-level global trials and landmark first-in-China studies and run simultaneous multicentre trials, and in working closely with innovative pharmaceutical enterprises on validation and demonstration centres for innovative drugs and devices, to speed up translation."),
        kinds: [.funding, .mechanism, .research],
        departments: [bjHealth, bjMedicalProducts, bjScienceZhongguancun],
        actors: [bjHealth, bjMedicalProducts, bjScienceZhongguancun, socialCapital, medicalInstitution, enterprise],
        provisions: [
            Provision(
                actors: [socialCapital],
                modality: .encourage, modalWord: "鼓励",
                action: LocalizedText(zh: "投资建设研究型医院", en: "Invest in building research hospitals")),
            Provision(
                actors: [medicalInstitution],
                modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "研究型医院与京内医疗机构合作，吸引全球高水平临床试验和国内首创标志性临床研究项目，开展同步多中心临床试验",
                    en: "Research hospitals partner with medical institutions in Beijing to attract high-level global trials and landmark first-in-China studies and run simultaneous multicentre trials")),
            Provision(
                actors: [medicalInstitution, enterprise],
                modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "研究型医院与创新医药企业深度合作，打造创新药械验证与示范中心，加速成果转化应用",
                    en: "Research hospitals work closely with innovative pharmaceutical enterprises to build validation and demonstration centres for innovative drugs and devices and speed up translation")),
        ])

    /// （四）伦理审查结果互认 — 2024 measure 4 (heading not official).
    static let m4: Measure = Measure(
        id: id(4), chapter: 1,
        heading: LocalizedText(zh: "伦理审查结果互认", en: "Mutual recognition of ethics reviews"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "扩大医学伦理审查结果互认，使互认联盟覆盖全市开展多中心临床研究的医疗机构；提高牵头单位审查质效，建立互认监测机制，在医疗机构与企业之间开展双向评估并实行动态管理。",
            en: "Mutual recognition of medical ethics review results is widened so that the recognition alliance covers every Beijing medical institution running multicentre clinical research; lead units review better and faster, recognition is monitored, and medical institutions and enterprises evaluate each other under dynamic management."),
        kinds: [.mechanism, .supervision],
        departments: [bjHealth],
        actors: [bjHealth, medicalInstitution, enterprise],
        provisions: [
            Provision(
                actors: [bjHealth],
                modality: .commit,
                action: LocalizedText(
                    zh: "扩大伦理审查结果互认范围，互认联盟成员单位覆盖全市开展多中心临床研究的医疗机构",
                    en: "Widen mutual recognition of ethics review results so that the alliance covers every Beijing medical institution running multicentre clinical research")),
            Provision(
                actors: [bjHealth, medicalInstitution],
                modality: .commit,
                action: LocalizedText(
                    zh: "提高牵头单位伦理审查的质量和效率",
                    en: "Raise the quality and speed of ethics review by lead units")),
            Provision(
                actors: [bjHealth, medicalInstitution, enterprise],
                modality: .commit,
                action: LocalizedText(
                    zh: "建立互认监测机制，开展医疗机构和企业之间的双向评估，实行动态管理",
                    en: "Set up monitoring of mutual recognition, have medical institutions and enterprises evaluate each other, and manage the alliance dynamically")),
        ])

    // MARK: 二、助力加速创新药械审评审批

    /// （五）审评审批时限压缩试点 — 2024 measure 5 (heading not official).
    static let m5: Measure = Measure(
        id: id(5), chapter: 2,
        heading: LocalizedText(zh: "审评审批时限压缩试点", en: "Pilot on shorter review and approval times"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "推动实施国家创新试点：药品补充申请的审评时限由200日缩短为60日，药品临床试验的审批时限由60日缩短为30日。",
            en: "Beijing pushes ahead with a national pilot that cuts the review time for supplementary drug applications from 200 to 60 days and the approval time for drug clinical trials from 60 to 30 days."),
        kinds: [.pilot, .timeLimit],
        departments: [bjMedicalProducts, bjHealth],
        actors: [bjMedicalProducts, bjHealth],
        timeLimits: [
            TimeLimit(
                key: "supplementary-application-review",
                procedure: LocalizedText(zh: "药品补充申请审评", en: "Review of a supplementary drug application"),
                limit: .days(60), previous: .days(200), bound: .atMost,
                source: "药品补充申请审评时限从200日压缩至60日"),
            TimeLimit(
                key: "clinical-trial-approval",
                procedure: LocalizedText(zh: "药品临床试验审批", en: "Approval of a drug clinical trial"),
                limit: .days(30), previous: .days(60), bound: .atMost,
                source: "药品临床试验审批时限从60日压缩至30日"),
        ],
        provisions: [
            Provision(
                actors: [bjMedicalProducts, bjHealth],
                modality: .encourage, modalWord: "推动",
                action: LocalizedText(
                    zh: "落实压缩药品补充申请审评时限和药品临床试验审批时限的国家创新试点",
                    en: "Implement the national pilot that shortens the review of supplementary drug applications and the approval of drug clinical trials"),
                measure: LocalizedText(zh: "补充申请审评200日→60日；临床试验审批60日→30日", en: "supplementary review 200 → 60 days; trial approval 60 → 30 days")),
        ],
        crossReferences: [
            counterpart2026(7, zh: "2026年版继续深化审评审批改革试点，包括优化境外生产药品补充申请审评审批。",
                            en: "The 2026 edition continues the review-reform pilots, including faster review of supplementary applications for drugs made abroad."),
            counterpart2026(8, zh: "2026年版对药品补充申请注册检验开辟绿色通道，时限由70个工作日缩短至40个。",
                            en: "The 2026 edition opens a green channel for registration testing of supplementary applications, cutting it from 70 to 40 working days."),
        ])

    /// （六）创新医药重点项目制管理 — 2024 measure 6 (heading not official).
    static let m6: Measure = Measure(
        id: id(6), chapter: 2,
        heading: LocalizedText(zh: "创新医药重点项目制管理", en: "Key-project management of innovative products"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "对创新医药企业实行重点项目制管理，在注册申报和许可办理中“一品一策”、提前介入、全程指导；到2024年底，累计纳入项目制管理的品种提升至200项。",
            en: "Innovative pharmaceutical enterprises are managed as key projects, with a tailored plan per product (一品一策), early involvement and guidance throughout registration and licensing; by the end of 2024 the products under this management are to reach 200 in total."),
        kinds: [.mechanism, .service, .target],
        departments: [bjMedicalProducts],
        actors: [bjMedicalProducts, enterprise],
        targets: [
            Target(
                key: "project-managed-varieties",
                metric: LocalizedText(zh: "累计纳入项目制管理的品种数量", en: "Products under key-project management, cumulative"),
                comparator: .atLeast, value: 200, unit: .item, period: .byEndOf(2024), source: "提升至200项"),
        ],
        provisions: [
            Provision(
                actors: [bjMedicalProducts, enterprise],
                modality: .commit,
                action: LocalizedText(
                    zh: "对创新医药企业实行重点项目制管理，注册申报、许可办理“一品一策”、提前介入、全程指导",
                    en: "Manage innovative pharmaceutical enterprises as key projects, with a plan per product, early involvement and guidance throughout registration and licensing")),
            Provision(
                actors: [bjMedicalProducts],
                modality: .commit,
                action: LocalizedText(zh: "扩大纳入项目制管理的品种数量", en: "Bring more products under key-project management"),
                measure: LocalizedText(zh: "到2024年底累计200项", en: "200 in total by the end of 2024")),
        ],
        crossReferences: [
            counterpart2026(6, zh: "2026年版深化项目制管理，累计纳入品种由200项提高到不少于400项。",
                            en: "The 2026 edition deepens project management and raises the cumulative count from 200 to at least 400 products."),
        ])

    /// （七）创新器械审评服务前置 — 2024 measure 7 (heading not official).
    static let m7: Measure = Measure(
        id: id(7), chapter: 2,
        heading: LocalizedText(zh: "创新器械审评服务前置", en: "Early review service for innovative devices"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "发挥国家级和市级创新服务站的作用，为创新医疗器械企业提供前置的审评服务；2024年新增10个创新医疗器械获批上市。",
            en: "The national and municipal innovation service stations bring review services forward for innovative-device enterprises; ten more innovative medical devices are to be approved for market in 2024."),
        kinds: [.service, .target],
        departments: [bjMedicalProducts, bjScienceZhongguancun],
        actors: [bjMedicalProducts, bjScienceZhongguancun, enterprise],
        targets: [
            Target(
                key: "innovative-device-approvals",
                metric: LocalizedText(zh: "新增获批上市的创新医疗器械", en: "Additional innovative medical devices approved for market"),
                comparator: .exactly, value: 10, unit: .count, period: .year(2024), source: "新增10个"),
        ],
        provisions: [
            Provision(
                actors: [bjMedicalProducts, bjScienceZhongguancun],
                modality: .commit,
                action: LocalizedText(
                    zh: "发挥国家和市级创新服务站作用，对创新医疗器械企业前置审评服务",
                    en: "Use the national and municipal innovation service stations to bring review services forward for innovative-device enterprises")),
            Provision(
                actors: [bjMedicalProducts, bjScienceZhongguancun],
                modality: .commit,
                action: LocalizedText(zh: "推动更多创新医疗器械获批上市", en: "See more innovative medical devices approved for market"),
                measure: LocalizedText(zh: "2024年新增10个", en: "ten more in 2024")),
        ],
        crossReferences: [
            counterpart2026(6, zh: "2026年版提高四个创新服务站运行质效，推动新获批创新药械不少于18个。",
                            en: "The 2026 edition improves the four innovation service stations and aims at no fewer than 18 newly approved innovative drugs and devices."),
        ],
        scopes: [
            MeasureScope(key: "approved-products", .products, zh: "创新医疗器械", en: "innovative medical devices", products: [.innovativeDevice]),
        ])

    /// （八）急需进口药械绿色通道 — 2024 measure 8 (heading not official).
    static let m8: Measure = Measure(
        id: id(8), chapter: 2,
        heading: LocalizedText(zh: "急需进口药械绿色通道", en: "Green channel for urgently needed imports"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "争取国家有关部门支持，通过前置评估和流程优化，建立临床急需进口药品医疗器械审批绿色通道；2024年力争推动10个临床急需品种进口。",
            en: "With the support of the national authorities it seeks, Beijing sets up a green channel for approving imports of clinically urgent drugs and devices, assessing early and streamlining the procedure; it strives to bring in ten such products in 2024."),
        kinds: [.mechanism, .target],
        departments: [bjMedicalProducts, bjHealth, beijingCustoms, bjCommerce],
        actors: [bjMedicalProducts, bjHealth, beijingCustoms, bjCommerce],
        targets: [
            Target(
                key: "urgent-import-varieties",
                metric: LocalizedText(zh: "推动进口的临床急需品种", en: "Clinically urgent products brought in by import"),
                comparator: .atLeast, value: 10, unit: .count, period: .year(2024), source: "力争推动10个", hedge: "力争"),
        ],
        provisions: [
            Provision(
                actors: [bjMedicalProducts, bjHealth, beijingCustoms, bjCommerce],
                modality: .explore, modalWord: "争取",
                action: LocalizedText(zh: "争取国家相关部门的支持", en: "Seek the support of the national authorities concerned")),
            Provision(
                actors: [bjMedicalProducts, bjHealth, beijingCustoms, bjCommerce],
                modality: .commit,
                action: LocalizedText(
                    zh: "前置评估、优化流程，建立临床急需进口药械审批绿色通道",
                    en: "Assess early, streamline the procedure and set up a green channel for approving clinically urgent imported drugs and devices")),
            Provision(
                actors: [bjMedicalProducts, bjHealth, beijingCustoms, bjCommerce],
                modality: .explore, modalWord: "力争",
                action: LocalizedText(zh: "推动临床急需品种进口", en: "Bring in clinically urgent products"),
                measure: LocalizedText(zh: "2024年10个", en: "ten in 2024")),
        ],
        crossReferences: [
            counterpart2026(15, zh: "2026年版转向罕见病临时进口药品扩品增量和扩院使用等进出口便利措施。",
                            en: "The 2026 edition turns to import and export facilitation, including more temporarily imported rare-disease drugs used in more hospitals."),
        ])

    // MARK: 三、大力促进医药贸易便利化

    /// （九）罕见病药品保障先行区 — 2024 measure 9 (heading not official).
    static let m9: Measure = Measure(
        id: id(9), chapter: 3,
        heading: LocalizedText(zh: "罕见病药品保障先行区", en: "Rare-disease drug pilot zone"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "争取国家支持，在北京天竺综合保税区建立罕见病药品保障先行区，对罕见病药品、试点医疗机构和进口药品经营企业实行三个“白名单”，打通一次审批、多次进口、多家医疗机构使用的绿色通道；2024年力争10个品种全环节落地。",
            en: "With national support it seeks, Beijing sets up a pilot zone for rare-disease drugs in the Tianzhu Comprehensive Bonded Zone with three white lists (drugs, pilot medical institutions, importing distributors), opening a channel of one approval, repeated imports and use by several institutions; it strives to put ten products through every step in 2024."),
        kinds: [.pilot, .mechanism, .target],
        departments: [bjMedicalProducts, beijingCustoms, bjHealth, shunyiDistrict, capitalAirportZone, bjCommerce],
        actors: [bjMedicalProducts, beijingCustoms, bjHealth, shunyiDistrict, capitalAirportZone, bjCommerce, medicalInstitution, enterprise],
        targets: [
            Target(
                key: "rare-disease-varieties",
                metric: LocalizedText(zh: "全环节打通落地的罕见病药品品种", en: "Rare-disease drugs put through every step of the channel"),
                comparator: .atLeast, value: 10, unit: .count, period: .year(2024), source: "力争推动10个品种", hedge: "力争"),
        ],
        provisions: [
            Provision(
                actors: [bjMedicalProducts, beijingCustoms, bjHealth, shunyiDistrict, capitalAirportZone, bjCommerce],
                modality: .explore, modalWord: "争取",
                action: LocalizedText(zh: "争取国家相关部门的支持", en: "Seek the support of the national authorities concerned")),
            Provision(
                actors: [bjMedicalProducts, beijingCustoms, bjHealth, shunyiDistrict, capitalAirportZone, bjCommerce],
                modality: .commit,
                action: LocalizedText(
                    zh: "在北京天竺综合保税区建立罕见病药品保障先行区，实行罕见病药品、试点医疗机构、进口药品经营企业三个“白名单”",
                    en: "Set up a rare-disease drug pilot zone in the Beijing Tianzhu Comprehensive Bonded Zone with white lists of drugs, pilot medical institutions and importing distributors")),
            Provision(
                actors: [bjMedicalProducts, beijingCustoms, bjHealth, medicalInstitution, enterprise],
                modality: .commit,
                action: LocalizedText(
                    zh: "打通一次审批、多次进口、多家医疗机构使用的绿色通道",
                    en: "Open a green channel: one approval, repeated imports, use by several medical institutions")),
            Provision(
                actors: [bjMedicalProducts, beijingCustoms, bjHealth, shunyiDistrict, capitalAirportZone, bjCommerce],
                modality: .explore, modalWord: "力争",
                action: LocalizedText(zh: "推动罕见病药品品种全环节打通落地", en: "Put rare-disease drugs through every step of the channel"),
                measure: LocalizedText(zh: "2024年10个品种", en: "ten products in 2024")),
        ],
        crossReferences: [
            counterpart2026(15, zh: "2026年版推进罕见病临时进口药品扩品增量和扩院使用。",
                            en: "The 2026 edition extends temporarily imported rare-disease drugs to more products, volumes and hospitals."),
        ])

    /// （十）药品进口通关便利化 — 2024 measure 10 (heading not official).
    static let m10: Measure = Measure(
        id: id(10), chapter: 3,
        heading: LocalizedText(zh: "药品进口通关便利化", en: "Faster customs clearance of imported drugs"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "优化药品进口通关与抽样一体化服务，实现24小时通关；2024年进口药品品种增加5个以上。",
            en: "Customs clearance and sampling of imported drugs are offered as one integrated service with clearance in 24 hours; at least five more imported drug products are to be added in 2024."),
        kinds: [.service, .timeLimit, .target],
        departments: [bjMedicalProducts, beijingCustoms],
        actors: [bjMedicalProducts, beijingCustoms, enterprise],
        targets: [
            Target(
                key: "additional-imported-varieties",
                metric: LocalizedText(zh: "增加的进口药品品种", en: "Additional imported drug products"),
                comparator: .atLeast, value: 5, unit: .count, period: .year(2024), source: "5个以上"),
        ],
        timeLimits: [
            TimeLimit(
                key: "customs-clearance",
                procedure: LocalizedText(zh: "进口药品通关", en: "Customs clearance of imported drugs"),
                limit: .hours(24), bound: .atMost, source: "24小时通关"),
        ],
        provisions: [
            Provision(
                actors: [bjMedicalProducts, beijingCustoms],
                modality: .commit,
                action: LocalizedText(
                    zh: "优化药品进口通关抽样一体化服务，实现通关便利化",
                    en: "Integrate customs clearance and sampling of imported drugs into one service and make clearance easy"),
                measure: LocalizedText(zh: "24小时通关", en: "clearance in 24 hours")),
            Provision(
                actors: [bjMedicalProducts, beijingCustoms],
                modality: .commit,
                action: LocalizedText(zh: "增加进口药品品种", en: "Add imported drug products"),
                measure: LocalizedText(zh: "2024年5个以上", en: "five or more in 2024")),
        ],
        crossReferences: [
            counterpart2026(15, zh: "2026年版率先实施进口药品通关单电子化，实现全程网办。",
                            en: "The 2026 edition makes import drug clearance forms electronic and fully online."),
        ])

    /// （十一）药品出口与国际合作 — 2024 measure 11 (heading not official).
    static let m11: Measure = Measure(
        id: id(11), chapter: 3,
        heading: LocalizedText(zh: "药品出口与国际合作", en: "Drug exports and international cooperation"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "推动企业更广泛深入地参与国际合作，建立对外交流平台并优化药品出口流程；2024年推动5个品种“走出去”。",
            en: "Enterprises are pushed to take a wider and deeper part in international cooperation, an outward exchange platform is set up and drug export procedures are streamlined; five products are to go abroad in 2024."),
        kinds: [.service, .mechanism, .target],
        departments: [bjMedicalProducts, bjCommerce],
        actors: [bjMedicalProducts, bjCommerce, enterprise],
        targets: [
            Target(
                key: "export-varieties",
                metric: LocalizedText(zh: "推动“走出去”的品种", en: "Products helped to go abroad"),
                comparator: .exactly, value: 5, unit: .count, period: .year(2024), source: "推动5个品种"),
        ],
        provisions: [
            Provision(
                actors: [bjMedicalProducts, bjCommerce, enterprise],
                modality: .encourage, modalWord: "推动",
                action: LocalizedText(zh: "企业更广泛深入参与国际合作", en: "Enterprises take a wider and deeper part in international cooperation")),
            Provision(
                actors: [bjMedicalProducts, bjCommerce],
                modality: .commit,
                action: LocalizedText(zh: "建立对外交流平台，优化药品出口流程", en: "Set up an outward exchange platform and streamline drug export procedures")),
            Provision(
                actors: [bjMedicalProducts, bjCommerce],
                modality: .encourage, modalWord: "推动",
                action: LocalizedText(zh: "推动品种“走出去”", en: "Help products go abroad"),
                measure: LocalizedText(zh: "2024年5个品种", en: "five products in 2024")),
        ],
        crossReferences: [
            counterpart2026(16, zh: "2026年版支持创新药械国际化推广，包括出海药品价格登记和出海合作联盟。",
                            en: "The 2026 edition supports international expansion, including price registration for drugs going abroad and going-abroad alliances."),
        ])

    // MARK: 四、加力促进创新医药临床应用

    /// （十二）创新药械快速挂网与定价 — 2024 measure 12 (heading not official; decision-bearing).
    static let m12: Measure = Measure(
        id: id(12), chapter: 4,
        heading: LocalizedText(zh: "创新药械快速挂网与定价", en: "Fast listing and pricing of innovations"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "创新技术项目优先启动统一定价论证并同步研究纳入医保支付；优化阳光采购挂网流程，完善创新医疗药械绿色通道，实现快速挂网（文中未规定天数）。已批准设立的新增医疗服务价格项目，医疗机构可随时备案后开展应用。",
            en: "Innovative technology items go first into the uniform pricing review, with reimbursement studied at the same time; the listing procedure of the sunshine procurement platform is streamlined and the green channel for innovative drugs and devices improved so that they are listed fast (the text sets no number of days). Medical institutions may file and start using an approved new medical-service price item at any time."),
        kinds: [.procurement, .decisionRule, .mechanism],
        departments: [bjHealthcareSecurity],
        actors: [bjHealthcareSecurity, medicalInstitution, enterprise],
        provisions: [
            Provision(
                actors: [bjHealthcareSecurity],
                modality: .commit,
                action: LocalizedText(
                    zh: "对创新技术项目优先启动统一定价论证程序，同步研究纳入医保支付",
                    en: "Start the uniform pricing review first for innovative technology items and study their reimbursement at the same time")),
            Provision(
                actors: [bjHealthcareSecurity],
                modality: .commit,
                action: LocalizedText(
                    zh: "优化药品阳光采购挂网流程，完善创新医疗药械绿色通道机制，实现快速挂网",
                    en: "Streamline listing on the sunshine procurement platform and improve the green channel for innovative drugs and devices so that they are listed fast"),
                measure: LocalizedText(zh: "快速挂网（未规定期限）", en: "fast listing (no period stated)")),
            Provision(
                actors: [medicalInstitution],
                modality: .may, modalWord: "可",
                action: LocalizedText(
                    zh: "对已批准设立的新增医疗服务价格项目随时备案并开展应用",
                    en: "File and start using an approved new medical-service price item at any time")),
        ],
        crossReferences: [
            counterpart2026(17, zh: "2026年版规定创新药品通过绿色通道快速挂网，办理时间不超过15个工作日。",
                            en: "The 2026 edition fixes fast green-channel listing of innovative drugs at no more than 15 working days."),
            counterpart2026(18, zh: "2026年版通过现有价格项目兼容、附条件新增价格项目等方式满足创新器械需求。",
                            en: "The 2026 edition meets innovative devices' needs through compatible existing price items and conditional new price items."),
        ],
        scopes: [
            MeasureScope(key: "green-channel-products", .products, zh: "创新医疗药械", en: "innovative drugs and medical devices", products: [.innovativeDrug, .innovativeDevice]),
        ])

    /// （十三）京津冀挂网协同与联采 — 2024 measure 13 (heading not official; decision-bearing).
    static let m13: Measure = Measure(
        id: id(13), chapter: 4,
        heading: LocalizedText(zh: "京津冀挂网协同与联采", en: "Beijing–Tianjin–Hebei listing and joint procurement"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "推进京津冀药品和医用耗材集中采购挂网信息的协同共享，继续推动京津冀“3+N”药品、医用耗材集中带量采购合作，支持创新药械在京津冀地区使用。",
            en: "Listing information for centralised procurement of drugs and medical consumables is shared across Beijing, Tianjin and Hebei, the \"3+N\" joint volume-based procurement of drugs and consumables continues, and the use of innovative drugs and devices in the region is supported."),
        kinds: [.procurement, .decisionRule, .data, .mechanism],
        departments: [bjHealthcareSecurity],
        actors: [bjHealthcareSecurity],
        provisions: [
            Provision(
                actors: [bjHealthcareSecurity],
                modality: .encourage, modalWord: "推进",
                action: LocalizedText(
                    zh: "京津冀药品、医用耗材集中采购挂网信息协同共享",
                    en: "Share listing information for centralised procurement of drugs and medical consumables across Beijing, Tianjin and Hebei")),
            Provision(
                actors: [bjHealthcareSecurity],
                modality: .encourage, modalWord: "推动",
                action: LocalizedText(
                    zh: "持续开展京津冀“3+N”药品、医用耗材集中带量采购合作",
                    en: "Continue the Beijing–Tianjin–Hebei \"3+N\" joint volume-based procurement of drugs and medical consumables")),
            Provision(
                actors: [bjHealthcareSecurity],
                modality: .encourage, modalWord: "支持",
                action: LocalizedText(zh: "创新药械在京津冀地区使用", en: "Use of innovative drugs and devices across Beijing, Tianjin and Hebei")),
        ])

    /// （十四）国谈药入院使用 — 2024 measure 14 (heading not official).
    static let m14: Measure = Measure(
        id: id(14), chapter: 4,
        heading: LocalizedText(zh: "国谈药入院使用", en: "Negotiated drugs into hospitals"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "取消医疗机构药品数量限制，推动建立药事会规范化流程：国谈药目录公布后一个月内召开药事会，全年不少于4次；加强学术交流，鼓励临床应用研究、及时形成专家共识，加快国谈药货款支付，督促生产企业同步挂网，并把国谈药使用情况纳入公立医疗机构绩效考核和BJ-GBI总额预算管理。",
            en: "Caps on the number of drugs a medical institution may stock are lifted and a standard pharmacy-committee procedure is to be pushed for: a meeting within one month of the publication of the nationally negotiated drug list and at least four meetings a year. Academic exchange is strengthened and clinical-use research encouraged, payment for negotiated drugs is sped up, manufacturers are pressed to list at once, and use of negotiated drugs counts in public-hospital performance assessment and BJ-GBI global budgets."),
        kinds: [.procurement, .mechanism, .timeLimit, .target, .funding, .supervision],
        departments: [bjHealth, bjHealthcareSecurity, bjMedicalProducts],
        actors: [bjHealth, bjHealthcareSecurity, bjMedicalProducts, medicalInstitution, enterprise],
        targets: [
            Target(
                key: "pharmacy-committee-meetings",
                metric: LocalizedText(zh: "医疗机构药事会全年召开次数", en: "Pharmacy-committee meetings a medical institution holds in a year"),
                comparator: .atLeast, value: 4, unit: .times, period: .perYear, source: "不少于4次"),
        ],
        timeLimits: [
            TimeLimit(
                key: "pharmacy-committee-after-negotiated-list",
                procedure: LocalizedText(
                    zh: "国谈药目录公布后召开医疗机构药事会",
                    en: "Medical institutions' pharmacy committee meets after the negotiated drug list is published"),
                limit: .months(1), bound: .atMost, source: "国谈药目录公布后一个月内召开药事会"),
        ],
        provisions: [
            Provision(
                actors: [bjHealth, bjHealthcareSecurity, bjMedicalProducts],
                modality: .commit,
                action: LocalizedText(zh: "取消医疗机构药品数量限制", en: "Lift the caps on the number of drugs medical institutions may stock")),
            Provision(
                actors: [bjHealth, medicalInstitution],
                modality: .encourage, modalWord: "推动",
                action: LocalizedText(
                    zh: "建立医疗机构药事会规范化流程",
                    en: "Standardise the procedure of medical institutions' pharmacy committees"),
                measure: LocalizedText(
                    zh: "国谈药目录公布后一个月内召开；全年不少于4次",
                    en: "a meeting within one month of the publication of the negotiated drug list; at least four meetings a year")),
            Provision(
                actors: [bjHealth, medicalInstitution],
                modality: .encourage, modalWord: "鼓励",
                action: LocalizedText(
                    zh: "加强学术交流，开展临床应用研究，及时形成专家共识",
                    en: "Step up academic exchange, carry out clinical-use research and reach expert consensus promptly")),
            Provision(
                actors: [bjHealth, bjHealthcareSecurity, bjMedicalProducts, enterprise],
                modality: .commit,
                action: LocalizedText(
                    zh: "加快国谈药货款支付；督促生产企业在目录公布后同步开展挂网",
                    en: "Pay for negotiated drugs faster, and press manufacturers to apply for listing as soon as the list is published")),
            Provision(
                actors: [bjHealth, bjHealthcareSecurity],
                modality: .commit,
                action: LocalizedText(
                    zh: "将国谈药使用情况纳入公立医疗机构绩效考核和定点医疗机构总额预算（BJ-GBI）管理",
                    en: "Count the use of negotiated drugs in public-hospital performance assessment and in the BJ-GBI global budget of designated institutions")),
        ],
        crossReferences: [
            counterpart2026(17, zh: "2026年版推动国谈药品和创新药械直接进入医疗机构目录，并将入院情况纳入考核。",
                            en: "The 2026 edition moves negotiated drugs and innovative devices straight onto hospital formularies and assesses their uptake."),
        ],
        scopes: [
            MeasureScope(key: "assessed-products", .products, zh: "国谈药", en: "nationally negotiated drugs"),
        ])

    /// （十五）创新产品目录进医院 — 2024 measure 15 (heading not official).
    static let m15: Measure = Measure(
        id: id(15), chapter: 4,
        heading: LocalizedText(zh: "创新产品目录进医院", en: "Innovation catalogues into hospitals"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "《中关村创新医疗器械产品目录》每季度更新；推动该目录和首台（套）重大技术装备目录中的产品进入医院，对创新药械实行“随批随进”。",
            en: "The Zhongguancun Innovative Medical Device Product Catalogue is updated every quarter; its products and those of the first-of-a-kind major equipment catalogue are brought into hospitals, and innovative drugs and devices enter hospitals as soon as they are approved."),
        kinds: [.procurement, .mechanism],
        departments: [bjHealth, bjScienceZhongguancun, bjMedicalProducts, bjDevelopmentReform],
        actors: [bjHealth, bjScienceZhongguancun, bjMedicalProducts, bjDevelopmentReform, medicalInstitution],
        provisions: [
            Provision(
                actors: [bjScienceZhongguancun],
                modality: .commit,
                action: LocalizedText(zh: "更新《中关村创新医疗器械产品目录》", en: "Update the Zhongguancun Innovative Medical Device Product Catalogue"),
                measure: LocalizedText(zh: "按季度", en: "every quarter")),
            Provision(
                actors: [bjHealth, bjScienceZhongguancun, bjMedicalProducts, bjDevelopmentReform, medicalInstitution],
                modality: .encourage, modalWord: "推进",
                action: LocalizedText(
                    zh: "《中关村创新医疗器械产品目录》和首台（套）重大技术装备目录产品进医院",
                    en: "Bring products of the Zhongguancun catalogue and of the first-of-a-kind major equipment catalogue into hospitals")),
            Provision(
                actors: [bjHealth, medicalInstitution],
                modality: .commit,
                action: LocalizedText(zh: "对创新药械实施“随批随进”", en: "Let innovative drugs and devices enter hospitals as soon as they are approved")),
        ],
        crossReferences: [
            counterpart2026(17, zh: "2026年版推动创新药械直接进入医疗机构目录。",
                            en: "The 2026 edition moves innovative drugs and devices straight onto hospital formularies."),
        ])

    /// （十六）国谈药双通道保障 — 2024 measure 16 (heading not official).
    static let m16: Measure = Measure(
        id: id(16), chapter: 4,
        heading: LocalizedText(zh: "国谈药双通道保障", en: "Dual-channel supply of negotiated drugs"),
        headingIsOfficial: false,
        summary: LocalizedText(
            zh: "推进二级及以上定点医疗机构通过定点医疗机构和定点零售药店“双通道”保障国谈药供应；门诊特殊病种治疗用国谈药纳入门诊特病管理并提高报销比例，费用较高的国谈药按固定比例支付，减轻参保人员负担。",
            en: "Designated institutions of secondary level and above secure the supply of negotiated drugs through the dual channel of designated institutions and designated retail pharmacies; negotiated drugs used for outpatient special diseases come under that scheme with higher reimbursement, and costly negotiated drugs are paid at a fixed ratio to ease the burden on insured persons."),
        kinds: [.procurement, .funding],
        departments: [bjHealthcareSecurity],
        actors: [bjHealthcareSecurity, medicalInstitution, designatedRetailPharmacy, insuredPerson],
        provisions: [
            Provision(
                actors: [bjHealthcareSecurity, medicalInstitution, designatedRetailPharmacy],
                modality: .encourage, modalWord: "推进",
                action: LocalizedText(
                    zh: "二级及以上定点医疗机构通过定点医疗机构和定点零售药店“双通道”保障国谈药供应",
                    en: "Designated institutions of secondary level and above secure negotiated drugs through the dual channel of designated institutions and designated retail pharmacies")),
            Provision(
                actors: [bjHealthcareSecurity],
                modality: .commit,
                action: LocalizedText(
                    zh: "门诊特殊病种治疗中使用的国谈药品纳入门诊特病管理，提高报销比例",
                    en: "Bring negotiated drugs used for outpatient special diseases under special-disease management and raise their reimbursement ratio")),
            Provision(
                actors: [bjHealthcareSecurity],
                modality: .commit,
                action: LocalizedText(
                    zh: "治疗费用较高的国谈药品按固定比例支付",
                    en: "Pay for costly negotiated drugs at a fixed ratio")),
        ],
        crossReferences: [
            counterpart2026(17, zh: "2026年版继续通过医疗机构、零售药店“双通道”保障国谈药品和创新药械供应。",
                            en: "The 2026 edition keeps the dual channel of medical institutions and retail pharmacies for negotiated drugs and innovative devices."),
        ],
        scopes: [
            MeasureScope(key: "dual-channel-institutions", .institutions, zh: "二级及以上定点医疗机构", en: "designated medical institutions of level II and above"),
            MeasureScope(key: "dual-channel-products", .products, zh: "国谈药", en: "nationally negotiated drugs"),
        ])
}
