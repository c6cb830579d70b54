// beijing-2026-4 — 京医保发〔2026〕4号《北京市支持创新医药高质量发展若干措施（2026年）》.
//
// Source: shared/seeds/002_fcea5f933e28d780.txt. 32 numbered measures in 7 chapters; measures
// (一)…(十六) are in this file, (十七)…(三十二) in Beijing2026_4+Measures17to32.swift.
//
// Reading conventions for this document:
// - Headings, chapter headings and figures are quoted exactly; summaries, actions and notes are
//   the library's own words.
// - Unlike the 2024 edition, the text prints no responsible departments after each measure.
//   `departments` therefore lists (a) the bodies a measure itself names as acting (国家药监局京津冀分中心
//   in (六), the 市级专班 of (十一)) and (b) an issuing department only where the act the measure
//   names lies in that department's own statutory field: 挂网, 医保支付, 医保目录, 药品价格 →
//   市医保局; 知识产权 → 市知识产权局; 药品医疗器械化妆品的注册、检验、批签发、审评审批、生产监管 →
//   市药监局; 进口通关 → 北京海关; 专精特新 and 智能工厂／绿色工厂 → 市经济和信息化局; 公立医院绩效监测
//   and 卫生技术评价 → 市卫生健康委; 企业上市服务 → 市委金融办; 临床研究、临床试验、研究型病房、
//   专病队列、医疗机构数据 → 市卫生健康委; 科研攻关、研发平台、概念验证与成果转化、孵化器、政府投资
//   基金 → 市科委中关村管委会 (following 京医保发〔2024〕5号（二）（二十八）); 产业平台、中试、数据
//   供给与流通、人工智能应用 → 市经济和信息化局; 院内制剂 → 市药监局; 智慧医保 → 市医保局; 研发贷、
//   科创保险、债券融资 → 市委金融办 and 国家金融监督管理总局北京监管局; 部门协同 (（三十一）) → every
//   issuing department. Every such department is marked inferred. The one measure the convention
//   does not reach, （三十二） (events with their own organisers), has no departments and says why
//   in `departmentsNote`.
// - Where a provision's actor is a government body the text leaves unnamed, the actor is
//   `all-units` (各单位): the notice addresses "各有关单位" and tells them to implement the measures.
// - For 鼓励 / 支持 / 推动 provisions the actor is the party that does the encouraged thing.

/// The 32 numbered measures of 京医保发〔2026〕4号 (（一）…（三十二）), one constant each.
enum Beijing2026_4Measures {
    // MARK: 一、提升创新医药临床研究水平

    /// （一）提升国际临床试验能力
    static let m1: Measure = Measure(
        id: MeasureID(.beijing2026_4, 1), chapter: 1,
        heading: LocalizedText(zh: "提升国际临床试验能力", en: "Raise capacity for international clinical trials"),
        summary: LocalizedText(
            zh: "依托国家临床医学研究中心培养能牵头国际多中心试验的项目负责人，完善医院临床试验绿色通道，并为国际多中心试验和医企合作试验设定数量目标。对在同一医院接续开展的Ⅰ至Ⅲ期试验，鼓励主要研究者参与制定一体化研发方案，并实行资料免重复提交。",
            en: "Trains investigators able to lead international multicentre trials at the national clinical research centres, improves hospitals' green channel for trials, and sets counts for international multicentre and hospital–enterprise trials. For phase I–III trials run in sequence at one hospital, principal investigators are encouraged to help draw up an integrated plan, and materials need not be resubmitted."),
        kinds: [.mechanism, .target, .service, .outreach],
        departments: ["bj-health", "bj-science-zhongguancun"],
        actors: ["national-clinical-research-centres", "medical-institution", "enterprise", "principal-investigator"],
        targets: [
            Target(
                key: "international-multicentre-trials",
                metric: LocalizedText(zh: "支持开展的国际多中心临床试验", en: "International multicentre clinical trials supported"),
                comparator: .atLeast, value: 120, unit: .item, source: "不少于120项"),
            Target(
                key: "hospital-enterprise-trials",
                metric: LocalizedText(zh: "头部医企合作开展的临床试验", en: "Clinical trials run jointly by leading hospitals and enterprises"),
                comparator: .atLeast, value: 35, unit: .item, source: "合作开展临床试验不少于35项"),
        ],
        provisions: [
            Provision(
                actors: ["national-clinical-research-centres"], modality: .commit,
                action: LocalizedText(
                    zh: "以国家临床医学研究中心为依托建设临床研究能力培训基地，培养能牵头国际多中心试验的项目负责人",
                    en: "Build clinical-research training bases on the national clinical research centres and train project leaders able to lead international multicentre trials")),
            Provision(
                actors: ["medical-institution", "enterprise"], modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "在完善后的医院临床试验绿色通道中开展国际多中心临床试验",
                    en: "Run international multicentre clinical trials through the improved hospital green channel for trials"),
                measure: LocalizedText(zh: "不少于120项", en: "at least 120")),
            Provision(
                actors: ["medical-institution", "enterprise"], modality: .commit,
                action: LocalizedText(
                    zh: "扩大头部医疗机构与企业的合作，共同开展临床试验",
                    en: "Widen cooperation between leading hospitals and enterprises on joint clinical trials"),
                measure: LocalizedText(zh: "不少于35项", en: "at least 35")),
            Provision(
                actors: ["medical-institution"], modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "设有研究型病房的医院在指导下提高临床试验设计水平",
                    en: "Hospitals with research wards improve their trial-design capability, with guidance")),
            Provision(
                actors: ["principal-investigator"], modality: .encourage, modalWord: "鼓励",
                action: LocalizedText(
                    zh: "对在本院接续开展Ⅰ、Ⅱ、Ⅲ期试验的项目，参与制定一体化研发方案；资料不重复提交，有序预招募受试者",
                    en: "For phase I, II and III trials run in sequence at the same hospital, help draw up one integrated development plan; materials are not resubmitted and subjects are pre-recruited in an orderly way")),
        ],
        crossReferences: [
            CrossReference(
                .editionCounterpart, to: MeasureID(.beijing2024_5, 1),
                note: LocalizedText(
                    zh: "两版均以提高临床试验效率为目标：2024年版压缩试验启动用时，2026年版设定国际多中心试验数量",
                    en: "Both editions speed up clinical trials: 2024 cut trial start-up time, 2026 sets a count of international multicentre trials")),
            CrossReference(
                .related, to: MeasureID(.beijing2024_5, 2),
                note: LocalizedText(
                    zh: "2024年版以研究型病房为核心组建临床研究联合体；本条要求研究型病房医院提升试验设计能力",
                    en: "2024 built clinical-research consortia around research wards; this measure asks hospitals with research wards to improve trial design")),
        ])

    /// （二）布局重点方向
    static let m2: Measure = Measure(
        id: MeasureID(.beijing2026_4, 2), chapter: 1,
        heading: LocalizedText(zh: "布局重点方向", en: "Set out key research directions"),
        summary: LocalizedText(
            zh: "在人工智能预测与类器官、药物递送、脑机接口、细胞与基因治疗和微生物、免疫治疗五个方向部署研发，并为模型、关键技术、品种和候选药物设定数量。支持涉及放射性药物的研究者发起研究。",
            en: "Directs R&D to five fields — AI prediction and organoids, drug delivery, brain–computer interfaces, cell and gene therapy and microbiome, and immunotherapy — with counts for models, key technologies, varieties and candidate drugs. Investigator-initiated research on radiopharmaceuticals is supported."),
        kinds: [.research, .target],
        departments: ["bj-science-zhongguancun"],
        actors: ["all-units"],
        targets: [
            Target(
                key: "ai-organoid-models",
                metric: LocalizedText(zh: "人工智能预测、类器官与器官芯片方面开发的模型", en: "Models developed for AI prediction, organoids and organs-on-chips"),
                comparator: .atLeast, value: 15, unit: .kind, source: "开发不少于15种模型"),
            Target(
                key: "bci-invasive-channels",
                metric: LocalizedText(zh: "侵入式脑机接口产品的通道数", en: "Channels of the invasive brain–computer-interface product"),
                comparator: .exactly, value: 512, unit: .channel, source: "512通道", role: .specification),
            Target(
                key: "cell-gene-key-technologies",
                metric: LocalizedText(zh: "细胞与基因治疗和微生物方面攻关的关键技术", en: "Key technologies tackled in cell and gene therapy and microbiome"),
                comparator: .atLeast, value: 8, unit: .item, source: "不少于8项关键技术攻关"),
            Target(
                key: "cell-gene-varieties",
                metric: LocalizedText(zh: "细胞与基因治疗和微生物方面支持研发应用的品种", en: "Cell and gene therapy and microbiome varieties supported in R&D and application"),
                comparator: .atLeast, value: 10, unit: .count, source: "支持不少于10个品种研发应用"),
            Target(
                key: "immunotherapy-candidate-drugs",
                metric: LocalizedText(zh: "免疫治疗与药物研发方面开发的候选药物", en: "Candidate drugs developed in immunotherapy and drug R&D"),
                comparator: .exactly, value: 2, unit: .count, source: "2个候选药物"),
        ],
        provisions: [
            Provision(
                actors: ["all-units"], modality: .commit,
                action: LocalizedText(
                    zh: "开发人工智能预测、类器官和器官芯片模型，加快候选药物筛选",
                    en: "Develop AI-prediction, organoid and organ-on-chip models to speed up screening of candidate drugs"),
                measure: LocalizedText(zh: "不少于15种", en: "at least 15 kinds")),
            Provision(
                actors: ["all-units"], modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "研发透脑递送、核酸肝外递送等药物递送新技术",
                    en: "Develop new drug-delivery technologies such as delivery across the blood–brain barrier and extrahepatic nucleic-acid delivery")),
            Provision(
                actors: ["all-units"], modality: .commit,
                action: LocalizedText(
                    zh: "研发高通量柔性深部电极等脑机接口核心部件，开发侵入式产品并加快临床验证",
                    en: "Develop core brain–computer-interface components such as high-throughput flexible deep electrodes, build an invasive product and speed its clinical validation"),
                measure: LocalizedText(zh: "512通道", en: "512 channels")),
            Provision(
                actors: ["all-units"], modality: .commit,
                action: LocalizedText(
                    zh: "攻关体内细胞重编程等细胞与基因治疗和微生物关键技术",
                    en: "Tackle key technologies in cell and gene therapy and microbiome, such as in-vivo cell reprogramming"),
                measure: LocalizedText(zh: "不少于8项", en: "at least 8")),
            Provision(
                actors: ["all-units"], modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "支持细胞与基因治疗和微生物品种的研发和应用",
                    en: "Support R&D and application of cell and gene therapy and microbiome varieties"),
                measure: LocalizedText(zh: "不少于10个", en: "at least 10")),
            Provision(
                actors: ["all-units"], modality: .commit,
                action: LocalizedText(
                    zh: "建设免疫治疗高水平研发平台，发现新靶点并开发候选药物",
                    en: "Build high-level immunotherapy R&D platforms, find new targets and develop candidate drugs"),
                measure: LocalizedText(zh: "2个候选药物", en: "2 candidate drugs")),
            Provision(
                actors: ["all-units"], modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "开展涉及放射性药物的研究者发起的研究",
                    en: "Carry out investigator-initiated studies involving radiopharmaceuticals")),
        ])

    /// （三）强化协同创新
    static let m3: Measure = Measure(
        id: MeasureID(.beijing2026_4, 3), chapter: 1,
        heading: LocalizedText(zh: "强化协同创新", en: "Strengthen collaborative innovation"),
        summary: LocalizedText(
            zh: "建立临床需求与产业研发的常态化沟通，定期编制细分领域发展报告和需求清单以引导研发。支持医工交叉创新联合体攻关短板，支持国家医学中心和国家临床医学研究中心组建协作网络。",
            en: "Sets up regular exchange between clinical needs and industrial R&D, compiling sector reports and need lists periodically to steer research. Supports medicine–engineering consortia working on weak links, and a collaboration network of the national medical centres and national clinical research centres."),
        kinds: [.mechanism, .research],
        departments: ["bj-science-zhongguancun", "bj-health"],
        actors: ["all-units", "enterprise", "university", "medical-institution", "national-medical-centres", "national-clinical-research-centres"],
        provisions: [
            Provision(
                actors: ["all-units"], modality: .commit,
                action: LocalizedText(
                    zh: "建立临床需求与产业研发的常态化沟通机制，定期编制细分领域发展报告和需求清单，引导临床研究和企业研发方向",
                    en: "Set up a standing channel between clinical needs and industrial R&D, and compile sector reports and need lists periodically to steer clinical research and enterprise R&D")),
            Provision(
                actors: ["enterprise", "university", "medical-institution"], modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "产学研检医各方组建医工交叉创新联合体，围绕工艺、材料、零部件等短板协同攻关药械",
                    en: "Industry, academia, research, testing and medical bodies form medicine–engineering consortia that jointly tackle weak links in processes, materials and components")),
            Provision(
                actors: ["national-medical-centres", "national-clinical-research-centres"], modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "构建卓越创新协作网络，协同攻关关键共性、前沿引领和颠覆性技术，加快成果转化",
                    en: "Build a network for collaborative innovation that jointly tackles common key, frontier and disruptive technologies and speeds up translation")),
        ],
        crossReferences: [
            CrossReference(
                .related, to: MeasureID(.beijing2024_5, 2),
                note: LocalizedText(
                    zh: "2024年版以国家医学中心为核心组建临床研究联合体；本条以国家医学中心和国家临床医学研究中心构建协作网络",
                    en: "2024 built clinical-research consortia around the national medical centres; this measure builds a collaboration network of national medical centres and national clinical research centres")),
        ])

    /// （四）推进生物样本库建设
    static let m4: Measure = Measure(
        id: MeasureID(.beijing2026_4, 4), chapter: 1,
        heading: LocalizedText(zh: "推进生物样本库建设", en: "Advance the building of biobanks"),
        summary: LocalizedText(
            zh: "以“揭榜挂帅”等方式攻关样本自动化处理与多组学检测技术装备，建设智能化、无人化生物样本库。支持建设重大疾病专病队列，并建立样本数据共享激励机制。",
            en: "Uses open-competition calls and similar methods to develop automated sample handling and multi-omics technology and equipment, building intelligent, unmanned biobanks. Supports disease-specific cohorts for major diseases and sets up incentives for sharing sample data."),
        kinds: [.research, .data, .mechanism],
        departments: ["bj-science-zhongguancun", "bj-health"],
        actors: ["all-units"],
        provisions: [
            Provision(
                actors: ["all-units"], modality: .commit,
                action: LocalizedText(
                    zh: "通过揭榜挂帅等方式攻关自动化采集处理、高通量提取、多组学检测等技术装备，建设智能化、无人化生物样本库",
                    en: "Through open-competition calls and similar methods, develop technology and equipment for automated collection and processing, high-throughput extraction and multi-omics testing, and build intelligent, unmanned biobanks")),
            Provision(
                actors: ["all-units"], modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "结合产业和临床需求建设高水平重大疾病专病队列，服务精准医疗和新药研发",
                    en: "Build high-level cohorts for major diseases, matched to industrial and clinical needs, to serve precision medicine and new-drug R&D")),
            Provision(
                actors: ["all-units"], modality: .commit,
                action: LocalizedText(
                    zh: "建立激励生物样本数据有效共享的机制",
                    en: "Set up incentives for effective sharing of biobank data")),
        ])

    /// （五）促进创新成果转化
    static let m5: Measure = Measure(
        id: MeasureID(.beijing2026_4, 5), chapter: 1,
        heading: LocalizedText(zh: "促进创新成果转化", en: "Promote the translation of innovations"),
        summary: LocalizedText(
            zh: "扩大试点医院范围，推动其自有资金研发投入占医疗收入的比例不低于一个下限并逐年提高，并与孵化器共建概念验证平台。围绕高难度术式攻关医疗机器人技术，鼓励儿童专科医院开发儿童院内制剂。",
            en: "Widens the set of pilot hospitals and pushes them to keep R&D spending from their own funds above a floor share of medical revenue, rising every year, and to build proof-of-concept platforms with incubators. Develops medical-robot technology for difficult procedures and encourages children's hospitals to develop in-hospital preparations for children."),
        kinds: [.pilot, .target, .funding, .research],
        departments: ["bj-science-zhongguancun", "bj-health", "bj-medical-products"],
        actors: ["all-units", "pilot-hospitals", "incubator", "beijing-childrens-hospital", "capital-childrens-medical-center"],
        targets: [
            Target(
                key: "pilot-hospital-rd-share",
                metric: LocalizedText(zh: "试点医院自有资金研发投入占医疗收入的比例", en: "Pilot hospitals' R&D spending from own funds as a share of medical revenue"),
                comparator: .notBelowAndRising, value: 6, unit: .percent, period: .perYear, source: "不低于6%并逐年增加"),
        ],
        provisions: [
            Provision(
                actors: ["all-units"], modality: .commit,
                action: LocalizedText(zh: "扩大试点医院的范围", en: "Widen the set of pilot hospitals")),
            Provision(
                actors: ["pilot-hospitals", "incubator"], modality: .encourage, modalWord: "推动",
                action: LocalizedText(
                    zh: "试点医院提高自有资金研发投入占医疗收入的比例，并与孵化器合作共建概念验证平台",
                    en: "Pilot hospitals raise the share of own-fund R&D spending in medical revenue and build proof-of-concept platforms together with incubators"),
                measure: LocalizedText(zh: "不低于6%并逐年增加", en: "at least 6%, rising every year")),
            Provision(
                actors: ["all-units"], modality: .commit,
                action: LocalizedText(
                    zh: "围绕冠脉复杂病变介入、复杂肿瘤精准放疗、非玻切黄斑前膜剥除等高难度术式，攻关并转化医疗机器人关键技术",
                    en: "Research and translate core medical-robot technology for difficult procedures such as complex coronary interventions, precise radiotherapy of complex tumours and macular epiretinal-membrane peeling without vitrectomy")),
            Provision(
                actors: ["beijing-childrens-hospital", "capital-childrens-medical-center"], modality: .encourage, modalWord: "鼓励",
                action: LocalizedText(
                    zh: "开发适合儿童用药特点的医院制剂，并推荐进入国家儿童常用医疗机构制剂清单",
                    en: "Develop in-hospital preparations suited to children's medication, to be recommended for the national list of common paediatric hospital preparations")),
        ])

    // MARK: 二、优化创新药械审评审批

    /// （六）加快创新药械上市
    static let m6: Measure = Measure(
        id: MeasureID(.beijing2026_4, 6), chapter: 2,
        heading: LocalizedText(zh: "加快创新药械上市", en: "Speed up marketing of innovative drugs and devices"),
        summary: LocalizedText(
            zh: "深化创新药械项目制管理和创新服务站服务，设定累计纳入品种和新获批产品的数量。鼓励罕见病和儿童用药创新，对其实施优先服务并争取市场独占期；推动国家药监局京津冀分中心早期介入、咨询指导。",
            en: "Deepens project-based management of innovative drugs and devices and the innovation service stations, with counts for varieties taken in and new approvals. Innovation in rare-disease and paediatric medicines is encouraged, with priority service and efforts to obtain market exclusivity; the NMPA Beijing-Tianjin-Hebei sub-centre is urged to step in early with advice."),
        kinds: [.mechanism, .service, .target, .decisionRule],
        departments: ["bj-medical-products", "nmpa-beijing-tianjin-hebei-subcentre"],
        actors: ["bj-medical-products", "enterprise", "nmpa-beijing-tianjin-hebei-subcentre"],
        targets: [
            Target(
                key: "innovation-service-stations",
                metric: LocalizedText(zh: "提高运行质效的创新服务站", en: "Innovation service stations whose operation is to be improved"),
                comparator: .exactly, value: 4, unit: .count, source: "四个创新服务站", role: .existingCount),
            Target(
                key: "project-managed-varieties",
                metric: LocalizedText(zh: "纳入创新药械项目制管理的品种", en: "Varieties taken into project-based management"),
                comparator: .atLeast, value: 400, unit: .item, period: .cumulative, source: "累计纳入品种不少于400项"),
            Target(
                key: "new-innovative-approvals",
                metric: LocalizedText(zh: "新获批的创新药械", en: "Newly approved innovative drugs and devices"),
                comparator: .atLeast, value: 18, unit: .count, source: "新获批创新药械不少于18个"),
        ],
        provisions: [
            Provision(
                actors: ["bj-medical-products"], modality: .commit,
                action: LocalizedText(
                    zh: "深化创新药械项目制管理，提高各创新服务站的运行质量和效率",
                    en: "Deepen project-based management of innovative drugs and devices and make the innovation service stations work better"),
                measure: LocalizedText(zh: "累计不少于400项", en: "at least 400 in total")),
            Provision(
                actors: ["bj-medical-products"], modality: .encourage, modalWord: "推动",
                action: LocalizedText(zh: "推动创新药械获批上市", en: "Help innovative drugs and devices win approval"),
                measure: LocalizedText(zh: "不少于18个", en: "at least 18")),
            Provision(
                actors: ["enterprise"], modality: .encourage, modalWord: "鼓励",
                action: LocalizedText(
                    zh: "创新研发罕见病和儿童治疗用药",
                    en: "Innovate in medicines for rare diseases and for children")),
            Provision(
                actors: ["bj-medical-products"], modality: .commit,
                action: LocalizedText(
                    zh: "对罕见病和儿童治疗用药提供优先服务，促其早日上市",
                    en: "Give rare-disease and paediatric medicines priority service so that they reach the market sooner")),
            Provision(
                actors: ["bj-medical-products", "enterprise"], modality: .explore, modalWord: "争取",
                action: LocalizedText(
                    zh: "为罕见病和儿童治疗用药争取市场独占期",
                    en: "Seek market exclusivity for rare-disease and paediatric medicines")),
            Provision(
                actors: ["nmpa-beijing-tianjin-hebei-subcentre"], modality: .encourage, modalWord: "推动",
                action: LocalizedText(
                    zh: "对创新药械提前介入并提供咨询指导，加快成果转化",
                    en: "Step in early on innovative drugs and devices with advice and guidance, speeding translation")),
        ],
        crossReferences: [
            CrossReference(
                .restates, to: MeasureID(.beijing2024_5, 6),
                note: LocalizedText(
                    zh: "项目制管理的延续：2024年底累计200项提高到累计不少于400项",
                    en: "Project-based management continued: from 200 varieties by end-2024 to at least 400 in total"),
                clause: "深化创新药械项目制管理,提高四个创新服务站运行质效,累计纳入品种不少于400项",
                changes: [EditionChange(.target, .raised, earlier: "project-managed-varieties", later: "project-managed-varieties")]),
            CrossReference(
                .restates, to: MeasureID(.beijing2024_5, 7),
                note: LocalizedText(
                    zh: "2024年版依托创新服务站推动2024年新增10个创新医疗器械获批；本条设定新获批创新药械不少于18个，药品也计入",
                    en: "2024 used the innovation service stations to win 10 device approvals in 2024; this measure counts at least 18 new approvals of innovative drugs and devices, drugs included"),
                clause: "推动新获批创新药械不少于18个",
                changes: [
                    EditionChange(.target, .raised, earlier: "innovative-device-approvals", later: "new-innovative-approvals"),
                    EditionChange(.scope, .broadened, earlier: "approved-products", later: "approved-products"),
                ]),
            CrossReference(
                .related, to: MeasureID(.beijing2026_3, 4),
                note: LocalizedText(
                    zh: "争取到的市场独占期会推迟作出三类声明的仿制药的上市时间，并由此影响其挂网",
                    en: "A market-exclusivity period obtained here postpones when category-3 generics may be marketed, and so when they can be listed")),
        ],
        scopes: [
            MeasureScope(key: "approved-products", .products, zh: "创新药械", en: "innovative drugs and devices", products: [.innovativeDrug, .innovativeDevice]),
        ])

    /// （七）深化审评审批改革试点
    static let m7: Measure = Measure(
        id: MeasureID(.beijing2026_4, 7), chapter: 2,
        heading: LocalizedText(zh: "深化审评审批改革试点", en: "Deepen pilot reforms of review and approval"),
        summary: LocalizedText(
            zh: "优化境外生产药品补充申请的审评审批，探索仿制药上市申请的前置服务。推进医疗机构自研体外诊断试剂试点和真实世界数据注册申报，开展化妆品个性化服务第二阶段试点，推行化妆品电子标签，探索特殊化妆品注册审评协同。",
            en: "Streamlines review of supplementary applications for drugs made abroad and explores pre-submission service for generic marketing applications. Advances the pilot of in-house developed in-vitro diagnostics and real-world data in registration, runs the second phase of the personalised-cosmetics service pilot, introduces electronic cosmetics labels and explores coordinated review of special cosmetics."),
        kinds: [.pilot, .service, .data],
        departments: ["bj-medical-products"],
        actors: ["bj-medical-products", "enterprise"],
        provisions: [
            Provision(
                actors: ["bj-medical-products"], modality: .commit,
                action: LocalizedText(
                    zh: "优化境外生产药品补充申请的审评审批",
                    en: "Streamline review and approval of supplementary applications for drugs manufactured abroad")),
            Provision(
                actors: ["bj-medical-products"], modality: .explore, modalWord: "探索",
                action: LocalizedText(
                    zh: "在仿制药提出上市申请之前提供前置服务",
                    en: "Offer service to generic applicants before they file the marketing application")),
            Provision(
                actors: ["bj-medical-products"], modality: .encourage, modalWord: "推进",
                action: LocalizedText(
                    zh: "深入开展自行研制使用体外诊断试剂的试点",
                    en: "Take further the pilot of in-vitro diagnostic reagents developed and used in-house")),
            Provision(
                actors: ["enterprise"], modality: .encourage, modalWord: "推动",
                action: LocalizedText(
                    zh: "在注册申报中使用真实世界数据",
                    en: "Use real-world data in registration applications")),
            Provision(
                actors: ["bj-medical-products"], modality: .commit,
                action: LocalizedText(
                    zh: "开展第二阶段化妆品个性化服务试点，推行化妆品电子标签",
                    en: "Run the second phase of the personalised-cosmetics service pilot and introduce electronic labels for cosmetics")),
            Provision(
                actors: ["bj-medical-products"], modality: .explore, modalWord: "探索",
                action: LocalizedText(
                    zh: "协同开展特殊化妆品的注册审评",
                    en: "Coordinate registration review of special-use cosmetics")),
        ],
        crossReferences: [
            CrossReference(
                .editionCounterpart, to: MeasureID(.beijing2024_5, 5),
                note: LocalizedText(
                    zh: "两版均以审评审批改革试点为内容：2024年版压缩补充申请和临床试验审批时限，本条优化境外生产药品补充申请审评审批",
                    en: "Both editions run review-reform pilots: 2024 shortened supplementary-application and trial-approval times, this one streamlines supplementary applications for drugs made abroad")),
        ])

    /// （八）促进药械检验提质增效
    static let m8: Measure = Measure(
        id: MeasureID(.beijing2026_4, 8), chapter: 2,
        heading: LocalizedText(zh: "促进药械检验提质增效", en: "Make drug and device testing better and faster"),
        summary: LocalizedText(
            zh: "为药品补充申请注册检验开辟绿色通道并缩短时限，扩充生物制品批签发授权，缩短流感疫苗批签发时限。为创新医疗器械提供检验前置服务，对医用实验室设备新国标产品即收即检。",
            en: "Opens a green channel with a shorter time limit for registration testing of drug supplementary applications, adds biologics lot-release authorisations and shortens influenza-vaccine lot release. Offers pre-submission testing for innovative devices and tests products under the new laboratory-equipment safety standard on receipt."),
        kinds: [.timeLimit, .target, .service],
        departments: ["bj-medical-products"],
        actors: ["bj-medical-products"],
        targets: [
            Target(
                key: "biologics-lot-release-authorisations",
                metric: LocalizedText(zh: "新增的生物制品批签发授权", en: "Additional biologics lot-release authorisations"),
                comparator: .exactly, value: 2, unit: .count, source: "新增2个生物制品批签发授权"),
        ],
        timeLimits: [
            TimeLimit(
                key: "supplementary-application-testing",
                procedure: LocalizedText(
                    zh: "药品补充申请注册检验（绿色通道）",
                    en: "Registration testing for drug supplementary applications (green channel)"),
                limit: .workingDays(40), previous: .workingDays(70), bound: .atMost,
                source: "时限由70个工作日缩短至40个"),
            TimeLimit(
                key: "influenza-vaccine-lot-release",
                procedure: LocalizedText(zh: "流感疫苗批签发", en: "Lot release of influenza vaccines"),
                limit: .workingDays(40), bound: .atMost,
                source: "流感疫苗的批签发时限缩短至40个工作日"),
        ],
        provisions: [
            Provision(
                actors: ["bj-medical-products"], modality: .commit,
                action: LocalizedText(
                    zh: "为药品补充申请的注册检验开辟绿色通道，缩短检验时限",
                    en: "Open a green channel for registration testing of drug supplementary applications, with a shorter time limit"),
                measure: LocalizedText(zh: "40个工作日（原70个工作日）", en: "40 working days (was 70)")),
            Provision(
                actors: ["bj-medical-products"], modality: .encourage, modalWord: "推进",
                action: LocalizedText(
                    zh: "建设新型生物制品检验能力，增加生物制品批签发授权",
                    en: "Build testing capacity for new types of biologics and obtain more biologics lot-release authorisations"),
                measure: LocalizedText(zh: "新增2个", en: "2 more")),
            Provision(
                actors: ["bj-medical-products"], modality: .commit,
                action: LocalizedText(zh: "缩短流感疫苗的批签发时限", en: "Shorten lot release of influenza vaccines"),
                measure: LocalizedText(zh: "40个工作日", en: "40 working days")),
            Provision(
                actors: ["bj-medical-products"], modality: .commit,
                action: LocalizedText(
                    zh: "为创新医疗器械提供检验前置服务",
                    en: "Test innovative medical devices ahead of the application")),
            Provision(
                actors: ["bj-medical-products"], modality: .commit,
                action: LocalizedText(
                    zh: "率先完成医用实验室设备安全新国标的扩项，新国标产品收到即检",
                    en: "Be first to extend accreditation to the new national safety standard for medical laboratory equipment, and test products under it as soon as they arrive")),
        ],
        crossReferences: [
            CrossReference(
                .editionCounterpart, to: MeasureID(.beijing2024_5, 5),
                note: LocalizedText(
                    zh: "2024年版压缩药品补充申请的审评时限，本条压缩同类申请的注册检验时限",
                    en: "2024 shortened the review time for drug supplementary applications; this measure shortens their registration-testing time")),
        ])

    /// （九）积极支持监管科学研究
    static let m9: Measure = Measure(
        id: MeasureID(.beijing2026_4, 9), chapter: 2,
        heading: LocalizedText(zh: "积极支持监管科学研究", en: "Actively support regulatory-science research"),
        summary: LocalizedText(
            zh: "推进国家药监局监管科学创新研究基地建设，组建药品监管科学创新中心和放射性药物检测联合实验室。围绕人工智能预测、类器官等前沿领域探索新工具、新标准、新方法，并在再注册和器械注册审评中加快应用人工智能。",
            en: "Advances the NMPA regulatory-science research base and sets up a drug regulatory-science innovation centre and a joint radiopharmaceutical testing laboratory. Explores new tools, standards and methods in AI prediction, organoids and similar fields, and brings AI faster into re-registration and device-registration review."),
        kinds: [.research],
        departments: ["bj-medical-products"],
        actors: ["bj-medical-products"],
        provisions: [
            Provision(
                actors: ["bj-medical-products"], modality: .encourage, modalWord: "推进",
                action: LocalizedText(
                    zh: "建设国家药监局监管科学创新研究基地，组建药品监管科学创新中心和放射性药物检测联合实验室",
                    en: "Build the NMPA regulatory-science research base and set up a drug regulatory-science innovation centre and a joint radiopharmaceutical testing laboratory")),
            Provision(
                actors: ["bj-medical-products"], modality: .explore, modalWord: "探索",
                action: LocalizedText(
                    zh: "在人工智能预测、类器官和器官芯片等前沿领域研究新的监管工具、标准和方法",
                    en: "Work out new regulatory tools, standards and methods for AI prediction, organoids, organs-on-chips and other frontier fields")),
            Provision(
                actors: ["bj-medical-products"], modality: .commit,
                action: LocalizedText(
                    zh: "在药品再注册和医疗器械注册审评审批中加快应用人工智能",
                    en: "Bring AI faster into drug re-registration and into review of device registrations")),
        ])

    // MARK: 三、提升创新医药生产流通

    /// （十）提升产业平台服务能级
    static let m10: Measure = Measure(
        id: MeasureID(.beijing2026_4, 10), chapter: 3,
        heading: LocalizedText(zh: "提升产业平台服务能级", en: "Raise the service level of industry platforms"),
        summary: LocalizedText(
            zh: "建设黑灯实验室、专业孵化器和开放式中试平台，支持龙头企业建中试线。新建小核酸、细胞与基因治疗、递送系统等CDMO平台并提升已有平台，支持产业平台国际认证和对外合作。",
            en: "Builds lights-out laboratories, specialist incubators and open pilot-scale platforms, and supports leading enterprises' pilot lines. Adds CDMO platforms for small nucleic acids, cell and gene therapy and delivery systems, strengthens existing ones, and supports platforms' international certification and cooperation."),
        kinds: [.service],
        departments: ["bj-economy-it", "bj-science-zhongguancun"],
        actors: ["all-units", "enterprise"],
        provisions: [
            Provision(
                actors: ["all-units"], modality: .commit,
                action: LocalizedText(
                    zh: "建设黑灯实验室和高水平专业孵化器，布局开放式中试平台",
                    en: "Build lights-out laboratories and high-level specialist incubators and set up open pilot-scale platforms")),
            Provision(
                actors: ["enterprise"], modality: .encourage, modalWord: "支持",
                action: LocalizedText(zh: "龙头企业建设中试生产线", en: "Leading enterprises build pilot production lines")),
            Provision(
                actors: ["all-units"], modality: .commit,
                action: LocalizedText(
                    zh: "加快建设小核酸、细胞与基因治疗、药物递送系统等领域的CDMO平台，提升抗体药物、高端医疗器械等现有CDMO平台",
                    en: "Speed up CDMO platforms for small nucleic acids, cell and gene therapy, drug-delivery systems and similar fields, and strengthen existing antibody and high-end device CDMO platforms")),
            Provision(
                actors: ["all-units"], modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "产业平台取得国际认证，并与跨国药企开展产业化合作",
                    en: "Industry platforms obtain international certification and cooperate with multinational drug companies on industrialisation")),
        ])

    /// （十一）服务药械扩大生产
    static let m11: Measure = Measure(
        id: MeasureID(.beijing2026_4, 11), chapter: 3,
        heading: LocalizedText(zh: "服务药械扩大生产", en: "Serve expanded production of drugs and devices"),
        summary: LocalizedText(
            zh: "成立市级专班，从工厂设计到工艺验证全程服务重点产业化项目。支持分段生产和第一类医疗器械跨区设厂；新药、罕见病用药、短缺药及其他临床急需药品的商业规模批次，符合放行要求的，在取得批准证明文件后可以上市销售；多仓协同物流扩展到器械批发企业。",
            en: "Sets up a municipal task force that serves key industrialisation projects from factory design to process validation. Supports segmented production and cross-district sites for class I device makers; commercial-scale batches of new, rare-disease, shortage and other urgently needed drugs that meet release requirements may be sold once the approval documents are issued; multi-warehouse logistics is extended to device wholesalers."),
        kinds: [.service, .mechanism],
        departments: ["municipal-task-force", "bj-medical-products"],
        actors: ["municipal-task-force", "enterprise", "bj-medical-products"],
        provisions: [
            Provision(
                actors: ["municipal-task-force"], modality: .commit,
                action: LocalizedText(
                    zh: "成立市级专班，按国际先进做法从工厂设计、设备设施、安装调试到工艺验证提前介入，全程服务重点产业化项目",
                    en: "Set up a municipal task force that, following international good practice, steps in early at factory design, equipment, installation and commissioning and process validation, serving key industrialisation projects throughout")),
            Provision(
                actors: ["enterprise"], modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "符合要求的创新药、多联多价疫苗等分段生产",
                    en: "Produce qualifying innovative drugs, combination and multivalent vaccines and similar products in segments")),
            Provision(
                actors: ["enterprise"], modality: .may, modalWord: "可以",
                action: LocalizedText(
                    zh: "新药、罕见病治疗用药品、短缺药品及其他临床急需药品的商业规模批次，符合上市放行要求的，取得批准证明文件后上市销售",
                    en: "Sell commercial-scale batches of new drugs, rare-disease drugs, shortage drugs and other urgently needed drugs that meet release requirements once the approval documents are issued")),
            Provision(
                actors: ["enterprise"], modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "符合条件的第一类医疗器械生产企业跨区设立生产场地",
                    en: "Qualifying class I device manufacturers set up production sites in other districts")),
            Provision(
                actors: ["bj-medical-products", "enterprise"], modality: .commit,
                action: LocalizedText(
                    zh: "把多仓协同物流模式扩展到医疗器械批发企业",
                    en: "Extend the multi-warehouse logistics model to medical-device wholesalers")),
        ])

    /// （十二）全力培育企业成长壮大
    static let m12: Measure = Measure(
        id: MeasureID(.beijing2026_4, 12), chapter: 3,
        heading: LocalizedText(zh: "全力培育企业成长壮大", en: "Go all out to help enterprises grow"),
        summary: LocalizedText(
            zh: "支持企业引进重大药械品种并服务其产业化，鼓励并购整合。梯度培育优质企业，设定新培育专精特新中小企业和“小巨人”企业的数量。",
            en: "Supports enterprises bringing in major drug and device varieties and serves their industrialisation, and encourages mergers and consolidation. Grows quality enterprises in tiers, with counts for newly recognised specialised SMEs and “little giant” enterprises."),
        kinds: [.service, .target],
        departments: ["bj-economy-it"],
        actors: ["enterprise", "bj-economy-it"],
        targets: [
            Target(
                key: "specialised-smes",
                metric: LocalizedText(zh: "新培育的专精特新中小企业", en: "Newly cultivated specialised, refined, distinctive and innovative SMEs"),
                comparator: .atLeast, value: 50, unit: .establishment, source: "新培育专精特新中小企业不少于50家"),
            Target(
                key: "little-giant-enterprises",
                metric: LocalizedText(zh: "新培育的专精特新“小巨人”企业", en: "Newly cultivated “little giant” enterprises"),
                comparator: .atLeast, value: 10, unit: .establishment, source: "专精特新“小巨人”企业不少于10家"),
        ],
        provisions: [
            Provision(
                actors: ["enterprise"], modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "引进重大药械品种，并在产业化落地中获得精准服务",
                    en: "Bring in major drug and device varieties, with targeted service for industrialisation")),
            Provision(
                actors: ["enterprise"], modality: .encourage, modalWord: "鼓励",
                action: LocalizedText(zh: "通过战略并购和资源整合做大做强", en: "Grow through strategic mergers and consolidation")),
            Provision(
                actors: ["bj-economy-it"], modality: .commit,
                action: LocalizedText(
                    zh: "梯度培育拥有高价值品种、高研发投入和高成长潜力的优质企业",
                    en: "Grow, in tiers, quality enterprises with high-value products, high R&D spending and high growth potential"),
                measure: LocalizedText(zh: "专精特新中小企业不少于50家、“小巨人”企业不少于10家", en: "at least 50 specialised SMEs and 10 “little giants”")),
        ])

    /// （十三）加速医药工业数智化转型
    static let m13: Measure = Measure(
        id: MeasureID(.beijing2026_4, 13), chapter: 3,
        heading: LocalizedText(zh: "加速医药工业数智化转型", en: "Speed up the digital and intelligent transformation of the pharmaceutical industry"),
        summary: LocalizedText(
            zh: "实施设备更新项目，打造智能制造和绿色制造示范工厂与园区，设定新增智能工厂和绿色工厂的数量。培育灯塔工厂、5G工厂等，推动企业生产数智化改造和重点药械生产智慧化监管。",
            en: "Runs equipment-renewal projects and builds smart- and green-manufacturing demonstration factories and parks, with counts for new smart and green factories. Grows lighthouse, 5G and similar factories, and pushes digital upgrading of production and smart supervision of key drug and device production."),
        kinds: [.target, .supervision],
        departments: ["bj-economy-it", "bj-medical-products"],
        actors: ["bj-economy-it", "enterprise", "bj-medical-products"],
        targets: [
            Target(
                key: "smart-factories",
                metric: LocalizedText(zh: "新增的市级以上智能工厂", en: "New smart factories at municipal level or above"),
                comparator: .atLeast, value: 10, unit: .establishment, source: "新增市级以上智能工厂不少于10家"),
            Target(
                key: "green-factories",
                metric: LocalizedText(zh: "新增的市级以上绿色工厂", en: "New green factories at municipal level or above"),
                comparator: .atLeast, value: 5, unit: .establishment, source: "绿色工厂不少于5家"),
        ],
        provisions: [
            Provision(
                actors: ["bj-economy-it"], modality: .commit,
                action: LocalizedText(
                    zh: "实施设备更新项目，打造智能制造和绿色制造示范工厂及园区",
                    en: "Run equipment-renewal projects and build demonstration factories and parks for smart and green manufacturing"),
                measure: LocalizedText(zh: "智能工厂不少于10家、绿色工厂不少于5家", en: "at least 10 smart and 5 green factories")),
            Provision(
                actors: ["bj-economy-it"], modality: .commit,
                action: LocalizedText(
                    zh: "培育创建灯塔工厂、5G工厂和美丽工厂",
                    en: "Grow lighthouse factories, 5G factories and “beautiful” factories")),
            Provision(
                actors: ["enterprise"], modality: .encourage, modalWord: "鼓励",
                action: LocalizedText(zh: "示范应用机器人", en: "Use robots in demonstration applications")),
            Provision(
                actors: ["enterprise"], modality: .encourage, modalWord: "推进",
                action: LocalizedText(
                    zh: "分类加快生产数智化改造，建立覆盖生产和检验关键环节的数智应用",
                    en: "Upgrade production digitally by category, with digital applications covering the key production and testing steps")),
            Provision(
                actors: ["bj-medical-products"], modality: .encourage, modalWord: "推进",
                action: LocalizedText(
                    zh: "对重点药械生产实施智慧化监管",
                    en: "Supervise production of key drugs and devices by smart means")),
        ])

    /// （十四）支持中药创新发展
    static let m14: Measure = Measure(
        id: MeasureID(.beijing2026_4, 14), chapter: 3,
        heading: LocalizedText(zh: "支持中药创新发展", en: "Support innovative development of traditional Chinese medicine"),
        summary: LocalizedText(
            zh: "鼓励医企校共建中药守正创新中心，支持中药新药注册生产、已上市中药改良和配方颗粒新品开发。推动院内制剂研发生产合作，并建立临床急需中药制剂评估机制，便于在医疗机构间调剂使用。",
            en: "Encourages hospitals, enterprises and universities to build TCM innovation centres, and supports registration and production of new TCM drugs, improvement of marketed ones and new formula granules. Promotes cooperation on in-hospital preparations and sets up an assessment of urgently needed TCM hospital preparations so they can be shared between institutions."),
        kinds: [.mechanism, .research],
        departments: ["bj-medical-products"],
        actors: ["medical-institution", "enterprise", "university", "bj-medical-products"],
        provisions: [
            Provision(
                actors: ["medical-institution", "enterprise", "university"], modality: .encourage, modalWord: "鼓励",
                action: LocalizedText(
                    zh: "医疗机构、企业和高校联合建设中药守正创新中心",
                    en: "Hospitals, enterprises and universities jointly build centres for TCM innovation rooted in tradition")),
            Provision(
                actors: ["enterprise"], modality: .encourage, modalWord: "支持",
                action: LocalizedText(
                    zh: "注册和生产中药新药，创新改良已上市中药",
                    en: "Register and produce new TCM drugs and improve TCM drugs already on the market")),
            Provision(
                actors: ["enterprise"], modality: .encourage, modalWord: "鼓励",
                action: LocalizedText(
                    zh: "参与中药配方颗粒标准制定并开发配方颗粒新产品",
                    en: "Take part in setting standards for TCM formula granules and develop new granule products")),
            Provision(
                actors: ["medical-institution", "enterprise"], modality: .encourage, modalWord: "推动",
                action: LocalizedText(
                    zh: "头部医疗机构与企业合作研发生产医院制剂",
                    en: "Leading hospitals and enterprises cooperate in developing and producing in-hospital preparations")),
            Provision(
                actors: ["bj-medical-products"], modality: .commit,
                action: LocalizedText(
                    zh: "建立临床急需医疗机构中药制剂的评估机制，促进其在医疗机构间调剂使用",
                    en: "Set up an assessment of urgently needed TCM hospital preparations so that they can be transferred between medical institutions")),
        ])

    /// （十五）便利药械进出口
    static let m15: Measure = Measure(
        id: MeasureID(.beijing2026_4, 15), chapter: 3,
        heading: LocalizedText(zh: "便利药械进出口", en: "Make import and export of drugs and devices easier"),
        summary: LocalizedText(
            zh: "推进罕见病临时进口药品扩品增量和扩院使用，率先实现进口药品通关单电子化和全程网办。争取在天竺综合保税区试点为进口医疗器械加贴中文标签，扩大出口销售证明范围并优化器械出海检验认证服务。",
            en: "Pushes for more varieties, volumes and hospitals for temporarily imported rare-disease drugs, and is first to make import-drug clearance forms electronic and fully online. Seeks a pilot for adding Chinese labels to imported devices in the Tianzhu comprehensive bonded zone, widens export sales certificates and improves testing and certification for device exports."),
        kinds: [.service, .pilot],
        departments: ["bj-medical-products", "beijing-customs"],
        actors: ["bj-medical-products", "beijing-customs"],
        provisions: [
            Provision(
                actors: ["bj-medical-products"], modality: .encourage, modalWord: "推进",
                action: LocalizedText(
                    zh: "增加罕见病临时进口药品的品种和数量，扩大使用医院",
                    en: "Add varieties and volume to temporarily imported rare-disease drugs and extend them to more hospitals")),
            Provision(
                actors: ["bj-medical-products", "beijing-customs"], modality: .commit,
                action: LocalizedText(
                    zh: "率先实行进口药品通关单电子化，全程网上办理",
                    en: "Be first to issue import-drug clearance forms electronically, handled online end to end")),
            Provision(
                actors: ["bj-medical-products", "beijing-customs"], modality: .explore, modalWord: "争取",
                action: LocalizedText(
                    zh: "在天竺综合保税区试点为符合条件的进口医疗器械加贴中文标签",
                    en: "Pilot adding Chinese labels to qualifying imported medical devices in the Tianzhu comprehensive bonded zone")),
            Provision(
                actors: ["bj-medical-products"], modality: .commit,
                action: LocalizedText(
                    zh: "扩大药品医疗器械出口销售证明的出具范围，并与国际检验认证机构合作优化器械出海检验认证服务",
                    en: "Issue export sales certificates for more drugs and devices, and improve testing and certification for device exports together with international certification bodies")),
        ],
        crossReferences: [
            CrossReference(
                .editionCounterpart, to: MeasureID(.beijing2024_5, 9),
                note: LocalizedText(
                    zh: "2024年版在天竺综合保税区建立罕见病药品保障先行区；本条扩大罕见病临时进口药品并在同一保税区试点中文标签",
                    en: "2024 set up a rare-disease drug zone in the Tianzhu bonded zone; this measure widens temporary rare-disease imports and pilots Chinese labels in the same zone")),
            CrossReference(
                .editionCounterpart, to: MeasureID(.beijing2024_5, 10),
                note: LocalizedText(
                    zh: "两版均便利进口药品通关：2024年版一体化抽样和24小时通关，本条通关单电子化",
                    en: "Both editions ease import-drug clearance: 2024 by integrated sampling and 24-hour clearance, 2026 by electronic clearance forms")),
            CrossReference(
                .related, to: MeasureID(.beijing2024_5, 11),
                note: LocalizedText(
                    zh: "2024年版优化药品出口流程；本条扩大出口销售证明范围",
                    en: "2024 streamlined drug exports; this measure widens export sales certificates")),
        ])

    /// （十六）支持创新药械国际化推广
    static let m16: Measure = Measure(
        id: MeasureID(.beijing2026_4, 16), chapter: 3,
        heading: LocalizedText(zh: "支持创新药械国际化推广", en: "Support international promotion of innovative drugs and devices"),
        summary: LocalizedText(
            zh: "为走向海外的创新药提供价格登记服务。支持企业国际认证和海外销售，鼓励以境外投资、并购和本地化合作出海，并鼓励龙头企业牵头组建出海合作联盟带动其他企业。",
            en: "Offers price registration for innovative drugs going abroad. Supports enterprises' international certification and overseas sales, encourages going abroad through investment, acquisitions and local partnerships, and encourages leading enterprises to form alliances that take others with them."),
        kinds: [.service, .procurement],
        departments: ["bj-healthcare-security"],
        actors: ["bj-healthcare-security", "enterprise"],
        provisions: [
            Provision(
                actors: ["bj-healthcare-security"], modality: .commit,
                action: LocalizedText(
                    zh: "为出海创新药做好价格登记服务，助其开拓全球市场",
                    en: "Register prices of innovative drugs going abroad, to help them in global markets")),
            Provision(
                actors: ["enterprise"], modality: .encourage, modalWord: "支持",
                action: LocalizedText(zh: "开展国际认证和海外销售", en: "Obtain international certification and sell abroad")),
            Provision(
                actors: ["enterprise"], modality: .encourage, modalWord: "鼓励",
                action: LocalizedText(
                    zh: "通过境外投资、海外并购和本地化合作加快国际化",
                    en: "Internationalise faster through outbound investment, overseas acquisitions and local partnerships")),
            Provision(
                actors: ["enterprise"], modality: .encourage, modalWord: "鼓励",
                action: LocalizedText(
                    zh: "龙头企业牵头组建出海合作联盟和国际合作伙伴联合体，以海外渠道和经验带动更多企业共同出海",
                    en: "Leading enterprises form going-abroad alliances and international partner consortia, using their overseas channels and experience to take more enterprises abroad with them")),
        ],
        crossReferences: [
            CrossReference(
                .editionCounterpart, to: MeasureID(.beijing2024_5, 11),
                note: LocalizedText(
                    zh: "两版均推动创新药械走出去：2024年版设定出海品种数量，本条侧重价格登记、国际认证和抱团出海",
                    en: "Both editions help products go abroad: 2024 counted varieties going out, 2026 focuses on price registration, certification and going abroad together")),
        ])
}

extension PolicyDocument {
    /// 京医保发〔2026〕4号《北京市支持创新医药高质量发展若干措施（2026年）》, Beijing's 2026 measures
    /// for high-quality development of innovative medicine.
    ///
    /// Issued by ten Beijing bodies in the order the text lists them (市医保局 first, 市知识产权局
    /// last) and dated 2026-04-07. The text states no effective date, so ``effective`` is the date
    /// it bears. Its notice says earlier provisions inconsistent with it yield to it
    /// (此前发布的有关规定与本文不一致的，以此为准), and it is the 2026 edition of 京医保发〔2024〕5号.
    ///
    /// 32 numbered measures in 7 chapters (`Beijing2026_4Measures` `[m1, …, m32]`). The text prints
    /// no responsible departments per measure; see the file header for how ``Measure/departments``
    /// is read. (六), (十七) and (三十) bear on decisions: market exclusivity for rare-disease and
    /// paediatric medicines, the 15-working-day green channel for listing innovative drugs, and
    /// procurement IP protection restating 京医保发〔2026〕3号（三）（六）.
    public static let beijing2026_4: PolicyDocument = PolicyDocument(
        id: .beijing2026_4, number: "京医保发〔2026〕4号",
        title: LocalizedText(
            zh: "北京市支持创新医药高质量发展若干措施（2026年）",
            en: "Measures of Beijing Municipality to Support High-Quality Development of Innovative Medicine (2026)"),
        issuers: [
            "bj-healthcare-security", "bj-health", "bj-medical-products", "bj-science-zhongguancun",
            "bj-development-reform", "bj-economy-it", "bj-finance-office", "nfra-beijing", "beijing-customs",
            "bj-intellectual-property",
        ],
        dated: CivilDate(uncheckedYear: 2026, month: 4, day: 7),
        effective: CivilDate(uncheckedYear: 2026, month: 4, day: 7),
        jurisdiction: .beijing,
        chapters: [
            Chapter(ordinal: 1, heading: LocalizedText(zh: "提升创新医药临床研究水平", en: "Raising the level of clinical research on innovative medicine")),
            Chapter(ordinal: 2, heading: LocalizedText(zh: "优化创新药械审评审批", en: "Optimising review and approval of innovative drugs and devices")),
            Chapter(ordinal: 3, heading: LocalizedText(zh: "提升创新医药生产流通", en: "Improving production and distribution of innovative medicine")),
            Chapter(ordinal: 4, heading: LocalizedText(zh: "推广创新药械临床使用", en: "Promoting clinical use of innovative drugs and devices")),
            Chapter(ordinal: 5, heading: LocalizedText(zh: "加强人工智能赋能创新医药", en: "Strengthening AI enablement of innovative medicine")),
            Chapter(ordinal: 6, heading: LocalizedText(zh: "加强创新医药投融资支持", en: "Strengthening investment and financing support for innovative medicine")),
            Chapter(ordinal: 7, heading: LocalizedText(zh: "保障措施", en: "Safeguards")),
        ],
        relations: [
            DocumentRelation(
                .prevailsOverEarlierInconsistent,
                note: LocalizedText(
                    zh: "通知声明：此前发布的规定与本措施不一致的，以本措施为准",
                    en: "The notice says that where earlier provisions disagree with these measures, these measures apply")),
            DocumentRelation(
                .succeedsEdition, document: .beijing2024_5,
                note: LocalizedText(
                    zh: "本措施是2024年版《北京市支持创新医药高质量发展若干措施》的2026年版",
                    en: "These measures are the 2026 edition of Beijing's 2024 measures for high-quality development of innovative medicine")),
        ],
        measures: [
            Beijing2026_4Measures.m1, Beijing2026_4Measures.m2, Beijing2026_4Measures.m3, Beijing2026_4Measures.m4,
            Beijing2026_4Measures.m5, Beijing2026_4Measures.m6, Beijing2026_4Measures.m7, Beijing2026_4Measures.m8,
            Beijing2026_4Measures.m9, Beijing2026_4Measures.m10, Beijing2026_4Measures.m11, Beijing2026_4Measures.m12,
            Beijing2026_4Measures.m13, Beijing2026_4Measures.m14, Beijing2026_4Measures.m15, Beijing2026_4Measures.m16,
            Beijing2026_4Measures.m17, Beijing2026_4Measures.m18, Beijing2026_4Measures.m19, Beijing2026_4Measures.m20,
            Beijing2026_4Measures.m21, Beijing2026_4Measures.m22, Beijing2026_4Measures.m23, Beijing2026_4Measures.m24,
            Beijing2026_4Measures.m25, Beijing2026_4Measures.m26, Beijing2026_4Measures.m27, Beijing2026_4Measures.m28,
            Beijing2026_4Measures.m29, Beijing2026_4Measures.m30, Beijing2026_4Measures.m31, Beijing2026_4Measures.m32,
        ].map { measure in
            // The text prints no departments: all are inferred but the bodies a measure names as
            // acting (国家药监局京津冀分中心 in （六）, the 市级专班 of （十一）).
            measure.inferring(measure.departments.filter { !["nmpa-beijing-tianjin-hebei-subcentre", "municipal-task-force"].contains($0) })
        })
}

extension Department {
    /// 国家药监局京津冀分中心, the NMPA Beijing-Tianjin-Hebei sub-centre, as 京医保发〔2026〕4号（六）
    /// prints it. The text gives no fuller name and does not say which of NMPA's Beijing-Tianjin-Hebei
    /// sub-centres (drug or device review and inspection) it means.
    public static let nmpaBeijingTianjinHebeiSubcentre: Department = Department(
        id: "nmpa-beijing-tianjin-hebei-subcentre",
        name: LocalizedText(zh: "国家药监局京津冀分中心", en: "NMPA Beijing-Tianjin-Hebei Sub-centre"),
        kind: .agency, level: .national)

    /// 市级专班: the municipal task force 京医保发〔2026〕4号（十一） sets up to serve key
    /// industrialisation projects (the text gives it no other name).
    public static let municipalTaskForce: Department = Department(
        id: "municipal-task-force",
        name: LocalizedText(zh: "市级专班", en: "Municipal task force for key industrialisation projects"),
        kind: .agency, level: .municipal)

    /// 中关村知识产权保护中心分中心: the sub-centre of the Zhongguancun IP Protection Center that
    /// 京医保发〔2026〕4号（二十九） sets up at the International Medical Innovation Park (BioPark).
    public static let zgcIPProtectionSubcentre: Department = Department(
        id: "zgc-ip-protection-subcentre",
        name: LocalizedText(zh: "中关村知识产权保护中心分中心", en: "Sub-centre of the Zhongguancun IP Protection Center (BioPark)"),
        kind: .agency, level: .municipal)

    /// 国家临床医学研究中心: the national clinical research centres (京医保发〔2026〕4号（一）（三）).
    public static let nationalClinicalResearchCentres: Department = Department(
        id: "national-clinical-research-centres",
        name: LocalizedText(zh: "国家临床医学研究中心", en: "National clinical research centres"),
        kind: .party, level: .unspecified)

    /// 国家医学中心: the national medical centres (京医保发〔2026〕4号（三）).
    public static let nationalMedicalCentres: Department = Department(
        id: "national-medical-centres",
        name: LocalizedText(zh: "国家医学中心", en: "National medical centres"),
        kind: .party, level: .unspecified)

    /// 北京儿童医院, Beijing Children's Hospital, named in 京医保发〔2026〕4号（五）.
    public static let beijingChildrensHospital: Department = Department(
        id: "beijing-childrens-hospital",
        name: LocalizedText(zh: "北京儿童医院", en: "Beijing Children's Hospital"),
        kind: .party, level: .unspecified)

    /// 首都儿童医学中心, Capital Children's Medical Center, named in 京医保发〔2026〕4号（五）.
    public static let capitalChildrensMedicalCenter: Department = Department(
        id: "capital-childrens-medical-center",
        name: LocalizedText(zh: "首都儿童医学中心", en: "Capital Children's Medical Center"),
        kind: .party, level: .unspecified)

    /// 试点医院: the hospitals in the research-and-translation pilot of 京医保发〔2026〕4号（五）.
    public static let pilotHospitals: Department = Department(
        id: "pilot-hospitals",
        name: LocalizedText(zh: "试点医院", en: "Pilot hospitals"),
        kind: .party, level: .unspecified)

    /// 主要研究者: a trial's principal investigator (京医保发〔2026〕4号（一）).
    public static let principalInvestigator: Department = Department(
        id: "principal-investigator",
        name: LocalizedText(zh: "主要研究者", en: "Principal investigator"),
        kind: .party, level: .unspecified)

    /// 孵化器: incubators (京医保发〔2026〕4号（五）（十）).
    public static let incubator: Department = Department(
        id: "incubator",
        name: LocalizedText(zh: "孵化器", en: "Incubator"),
        kind: .party, level: .unspecified)

    /// 高校: universities. The text prints them only inside 医企校 (（十四）) and 产学研检医 (（三）),
    /// so the full name is the library's.
    public static let university: Department = Department(
        id: "university",
        name: LocalizedText(zh: "高校", en: "University"),
        kind: .party, level: .unspecified, fullNameInTexts: false)

    /// 零售药店: retail pharmacies, one of the "双通道" of 京医保发〔2026〕4号（十七）.
    public static let retailPharmacy: Department = Department(
        id: "retail-pharmacy",
        name: LocalizedText(zh: "零售药店", en: "Retail pharmacy"),
        kind: .party, level: .unspecified)

    /// 银行: banks, whose capital and loans 京医保发〔2026〕4号（二十六）（二十七） draw on.
    public static let bank: Department = Department(
        id: "bank",
        name: LocalizedText(zh: "银行", en: "Bank"),
        kind: .party, level: .unspecified)

    /// 私募基金管理机构: private-fund managers, domestic and foreign (京医保发〔2026〕4号（二十六）).
    public static let privateFundManager: Department = Department(
        id: "private-fund-manager",
        name: LocalizedText(zh: "私募基金管理机构", en: "Private-fund manager"),
        kind: .party, level: .unspecified)

    /// 市级政府投资基金: Beijing's municipal government investment funds (京医保发〔2026〕4号（二十六）).
    public static let municipalGovernmentInvestmentFund: Department = Department(
        id: "municipal-government-investment-fund",
        name: LocalizedText(zh: "市级政府投资基金", en: "Municipal government investment fund"),
        kind: .party, level: .municipal)

    /// Entries first named by 京医保发〔2026〕4号 that are not in the core registry.
    static let catalogAdditionsBeijing2026_4: [Department] = [
        nmpaBeijingTianjinHebeiSubcentre, municipalTaskForce, zgcIPProtectionSubcentre,
        nationalClinicalResearchCentres, nationalMedicalCentres, beijingChildrensHospital,
        capitalChildrensMedicalCenter, pilotHospitals, principalInvestigator, incubator, university,
        retailPharmacy, bank, privateFundManager, municipalGovernmentInvestmentFund,
    ]
}
