// national-2022-45 — 国知发保字〔2022〕45号, every numbered measure as declarative data.
//
// Source: shared/seeds/001_fbf562498d523f48.txt. Headings and chapter headings are quoted
// exactly; summaries, actions and notes are the library's own words. The text states no
// quantitative figure and no time limit in days: its only deadline is "规定期限内", the period
// each procurement round prescribes, which is an input on the case, not a constant.

/// The ten measures of 国知发保字〔2022〕45号, in order.
///
/// Actors follow the text. Where a sentence has no subject of its own it continues the subject
/// of the sentence before it (e.g. in （七） the NHSA and CNIPA).
enum National2022_45Measures {
    private static let doc: DocumentID = .national2022_45

    // MARK: 一、建立协调机制

    /// （一）建立会商机制
    static let m1: Measure = Measure(
        id: MeasureID(doc, 1), chapter: 1,
        heading: LocalizedText(zh: "建立会商机制", en: "Establish a consultation mechanism"),
        summary: LocalizedText(
            zh: "国家知识产权局与国家医疗保障局就医药领域知识产权保护设立协调会商机制，按需开会并就重点、热点问题拿出对策；地方两类部门也要拓宽日常沟通渠道，逐步形成常态化会商。",
            en: "CNIPA and the NHSA set up a joint consultation mechanism on pharmaceutical IP protection, meeting as needed to propose responses to key and topical issues; local IP and healthcare-security administrations are to widen their everyday channels and build regular consultation step by step."),
        kinds: [.mechanism],
        departments: ["cnipa", "nhsa", "ip-administration", "healthcare-security"],
        actors: ["cnipa", "nhsa", "ip-administration", "healthcare-security"],
        provisions: [
            Provision(
                actors: ["cnipa", "nhsa"], modality: .commit,
                action: LocalizedText(
                    zh: "设立医药领域知识产权保护的协调会商机制",
                    en: "set up a coordination and consultation mechanism for IP protection in the pharmaceutical field")),
            Provision(
                actors: ["cnipa", "nhsa"], modality: .commit,
                action: LocalizedText(
                    zh: "视工作需要召开会议，针对重点、热点问题提出对策和举措",
                    en: "convene meetings as the work requires and propose responses to key and topical issues")),
            Provision(
                actors: ["ip-administration", "healthcare-security"], modality: .shall, modalWord: "要",
                action: LocalizedText(
                    zh: "（地方部门）拓宽日常交流渠道，逐步形成常态化、多样化的会商沟通机制，共同研究落实工作",
                    en: "(local administrations) widen their everyday channels of exchange, build up regular and varied consultation step by step, and work out implementation together")),
        ])

    /// （二）明确联络机构
    static let m2: Measure = Measure(
        id: MeasureID(doc, 2), chapter: 1,
        heading: LocalizedText(zh: "明确联络机构", en: "Designate liaison bodies"),
        summary: LocalizedText(
            zh: "国家知识产权局保护司与国家医保局价格招采司分别担任两局之间的日常联络机构并指定联络人；两司还分别指导地方对口部门结合本地情况建立协调机制、由专人负责。",
            en: "CNIPA's IP Protection Department and the NHSA's Pricing and Tendering Department act as the two administrations' day-to-day liaison bodies and name liaison persons; each also guides its local counterparts to set up coordination arrangements suited to local needs, with named staff in charge."),
        kinds: [.mechanism],
        departments: ["cnipa-protection-department", "nhsa-pricing-procurement-department", "ip-administration", "healthcare-security"],
        actors: ["cnipa-protection-department", "nhsa-pricing-procurement-department", "ip-administration", "healthcare-security"],
        provisions: [
            Provision(
                actors: ["cnipa-protection-department", "nhsa-pricing-procurement-department"], modality: .commit,
                action: LocalizedText(
                    zh: "归口负责，分别担任两局之间的日常联络机构",
                    en: "take charge of the matter, each serving as its administration's day-to-day liaison body with the other")),
            Provision(
                actors: ["cnipa-protection-department", "nhsa-pricing-procurement-department"], modality: .commit,
                action: LocalizedText(
                    zh: "各自确定联络人承担日常沟通",
                    en: "each name liaison persons for routine communication")),
            Provision(
                actors: ["cnipa-protection-department", "nhsa-pricing-procurement-department"], modality: .commit,
                action: LocalizedText(
                    zh: "分别指导地方知识产权管理部门和医疗保障部门建立协调机制",
                    en: "each guide the local IP and healthcare-security administrations in setting up coordination arrangements")),
            Provision(
                actors: ["ip-administration", "healthcare-security"], modality: .commit,
                action: LocalizedText(
                    zh: "（地方部门）结合当地实际建立相应协调机制，并指定专人负责",
                    en: "(local administrations) set up matching coordination arrangements suited to local conditions and assign named staff to them")),
        ])

    /// （三）加强信息共享
    static let m3: Measure = Measure(
        id: MeasureID(doc, 3), chapter: 1,
        heading: LocalizedText(zh: "加强信息共享", en: "Strengthen information sharing"),
        summary: LocalizedText(
            zh: "对带量采购和挂网采购中卷入知识产权纠纷的药品和医用耗材，两局相互通报产品信息与知识产权信息，以维护公众和权利人的合法权益。",
            en: "For drugs and medical consumables caught up in IP disputes in volume-based procurement or platform listing, the two administrations notify each other of the product and IP information, to protect the lawful interests of the public and of right holders."),
        kinds: [.data, .mechanism, .procurement],
        departments: ["cnipa", "nhsa"],
        actors: ["cnipa", "nhsa"],
        provisions: [
            Provision(
                actors: ["cnipa", "nhsa"], modality: .commit,
                action: LocalizedText(
                    zh: "就集采和挂网中涉知识产权纠纷的药品、医用耗材互相通报产品信息和知识产权信息",
                    en: "exchange product and IP information on drugs and consumables involved in IP disputes in volume-based procurement or listing")),
        ])

    // MARK: 二、加强业务协作

    /// （四）建立企业自主承诺制度
    static let m4: Measure = Measure(
        id: MeasureID(doc, 4), chapter: 2,
        heading: LocalizedText(zh: "建立企业自主承诺制度", en: "Establish the enterprise self-commitment system"),
        summary: LocalizedText(
            zh: "企业参加集采或申请平台挂网时须承诺产品不违反专利法等法律法规，中选或挂网交易后出现专利侵权纠纷由申报企业担责。采购机构收到侵权异议时可以请知识产权管理部门在本轮规定期限内出具意见供参考；逾期无意见的，企业承诺后可按程序参加或挂网。",
            en: "An enterprise entering volume-based procurement or applying for platform listing must commit that the product breaches neither the Patent Law nor related rules, and the declaring enterprise is liable for infringement disputes that arise after selection or listing transactions. A procurement agency that receives an infringement objection may ask the IP administration for an opinion, as a reference, within the round's prescribed period; if none comes in time, the enterprise may proceed on its self-commitment."),
        kinds: [.decisionRule, .mechanism, .procurement],
        departments: ["healthcare-security", "procurement-agency", "ip-administration"],
        actors: ["healthcare-security", "procurement-agency", "ip-administration", "enterprise", "declaring-enterprise"],
        provisions: [
            Provision(
                actors: ["healthcare-security"], modality: .must, modalWord: "应",
                action: LocalizedText(
                    zh: "指导医药集中采购机构建立并完善企业自主承诺制度，防范侵权",
                    en: "guide the procurement agency in setting up and improving the enterprise self-commitment system, so as to prevent infringement")),
            Provision(
                actors: ["enterprise"], modality: .must, modalWord: "须",
                action: LocalizedText(
                    zh: "参加集中带量采购或申报平台挂网时，自主承诺产品不存在违反专利法等法律法规的情形",
                    en: "when entering volume-based procurement or applying for platform listing, commit that the product does not breach the Patent Law or related laws and regulations")),
            Provision(
                actors: ["declaring-enterprise"], modality: .commit,
                action: LocalizedText(
                    zh: "对中选或挂网采购交易之后发生的相关专利侵权纠纷承担责任",
                    en: "bear the liability for patent-infringement disputes arising after selection or after listing transactions")),
            Provision(
                actors: ["procurement-agency"], modality: .may, modalWord: "可以",
                action: LocalizedText(
                    zh: "收到专利侵权异议后，请知识产权管理部门出具咨询或侵权判定意见，作为决定产品能否参加集采或挂网的参考",
                    en: "on receiving a patent-infringement objection, ask the IP administration for a consultation or infringement-determination opinion, to be used as a reference in deciding whether the product may take part in procurement or be listed"),
                measure: LocalizedText(
                    zh: "本轮集采或挂网申报的规定期限内",
                    en: "within the period the procurement or listing round prescribes")),
            Provision(
                actors: ["enterprise"], modality: .may, modalWord: "可以",
                action: LocalizedText(
                    zh: "知识产权管理部门逾期未给出意见的，在自主承诺后按程序参加集采或平台挂网",
                    en: "if the IP administration gives no opinion in time, take part in procurement or be listed in the ordinary way after making the self-commitment"),
                measure: LocalizedText(
                    zh: "规定期限届满而无参考意见",
                    en: "once the prescribed period has passed without an opinion")),
        ],
        externalReferences: [
            ExternalReference(
                .law, zh: "中华人民共和国专利法", en: "Patent Law of the People's Republic of China",
                note: LocalizedText(zh: "企业承诺挂网产品不存在违反专利法等法律法规的情形", en: "The enterprise commits that the listed product does not breach the Patent Law or related laws")),
        ])

    /// （五）做好纠纷化解引导工作
    static let m5: Measure = Measure(
        id: MeasureID(doc, 5), chapter: 2,
        heading: LocalizedText(zh: "做好纠纷化解引导工作", en: "Guide the resolution of disputes"),
        summary: LocalizedText(
            zh: "集采或挂网中出现专利侵权纠纷时，采购机构可以告知当事人请求知识产权管理部门处理或向法院起诉，知识产权管理部门要依法高效办理。采购机构依据有关部门公布的信息核验挂网产品资质，对明确侵权的要及时撤网。",
            en: "When a patent-infringement dispute arises in procurement or listing, the agency may point the parties to the IP administration or the courts, and the IP administration is to handle such requests efficiently and lawfully. The agency checks listed products against information the authorities publish and is to delist promptly any product whose infringement is clearly established."),
        kinds: [.decisionRule, .procurement, .supervision],
        departments: ["procurement-agency", "ip-administration"],
        actors: ["procurement-agency", "ip-administration", "dispute-parties"],
        provisions: [
            Provision(
                actors: ["procurement-agency"], modality: .may, modalWord: "可以",
                action: LocalizedText(
                    zh: "告知纠纷当事人可向知识产权管理部门请求处理或向人民法院起诉",
                    en: "tell the parties to the dispute that they can ask the IP administration to handle it or bring suit in a people's court")),
            Provision(
                actors: ["ip-administration"], modality: .shall, modalWord: "要",
                action: LocalizedText(
                    zh: "收到处理请求后依法依规高效处理",
                    en: "handle requests it receives efficiently and in accordance with law")),
            Provision(
                actors: ["procurement-agency"], modality: .commit,
                action: LocalizedText(
                    zh: "依据有关部门公布的信息核验挂网产品资质",
                    en: "verify the qualifications of listed products against information the authorities publish")),
            Provision(
                actors: ["procurement-agency"], modality: .shall, modalWord: "要",
                action: LocalizedText(
                    zh: "发现明确存在侵权行为的产品，依法依规及时撤网",
                    en: "promptly delist, in accordance with law, a product found to be clearly infringing")),
        ])

    /// （六）加强协作制止侵权
    static let m6: Measure = Measure(
        id: MeasureID(doc, 6), chapter: 2,
        heading: LocalizedText(zh: "加强协作制止侵权", en: "Cooperate to stop infringement"),
        summary: LocalizedText(
            zh: "知识产权管理部门办结涉药专利侵权案件后应把结果送达当事人并抄送医保部门。依据认定侵权的行政裁决或生效判决，正在申请挂网的涉事产品不予挂网，已挂网或已中选的产品通过撤网、取消中选资格等措施协助执行。",
            en: "Once the IP administration closes a pharmaceutical patent-infringement case it must serve the result on the parties and copy it to the healthcare-security administration. On an administrative ruling or effective judgment finding infringement, a product still applying for listing is not listed, and a listed or selected product is delisted or stripped of its selection, the agency helping to enforce the decision."),
        kinds: [.decisionRule, .procurement, .supervision, .data],
        departments: ["ip-administration", "healthcare-security", "procurement-agency"],
        actors: ["ip-administration", "healthcare-security", "procurement-agency"],
        provisions: [
            Provision(
                actors: ["ip-administration"], modality: .must, modalWord: "应当",
                action: LocalizedText(
                    zh: "案件办结后将处理结果送达当事人，并及时抄送医疗保障部门",
                    en: "serve the outcome of a closed case on the parties and copy it promptly to the healthcare-security administration")),
            Provision(
                actors: ["healthcare-security"], modality: .commit,
                action: LocalizedText(
                    zh: "指导采购机构依据认定侵权的行政裁决或生效判决处理涉事产品",
                    en: "guide the procurement agency in acting on an administrative ruling or effective judgment that finds infringement")),
            Provision(
                actors: ["procurement-agency"], modality: .commit,
                action: LocalizedText(
                    zh: "对仍在申报挂网的涉事产品不予挂网",
                    en: "refuse listing to an infringing product whose listing application is still pending")),
            Provision(
                actors: ["procurement-agency"], modality: .commit,
                action: LocalizedText(
                    zh: "对已挂网或已中选的涉事产品协助执行裁判结果，及时撤网、取消中选资格等",
                    en: "help enforce the ruling or judgment against a listed or selected product, promptly delisting it, cancelling its selection or the like")),
        ])

    /// （七）分析研判重点产品
    static let m7: Measure = Measure(
        id: MeasureID(doc, 7), chapter: 2,
        heading: LocalizedText(zh: "分析研判重点产品", en: "Analyse and assess key products"),
        summary: LocalizedText(
            zh: "拟纳入集采、规模大、受关注且有知识产权风险的药品和耗材被列为重点。国家医保局会同国家知识产权局事先沟通，分析采购需求和知识产权基础信息，研判风险供采购参考，防范重大侵权和舆情风险。",
            en: "Large, closely watched drugs and consumables slated for volume-based procurement that carry IP risk get particular attention. The NHSA and CNIPA exchange information beforehand, analyse procurement demand and basic IP data, and assess the risk as a reference for the procurement, to head off major infringement and public-opinion fallout."),
        kinds: [.decisionRule, .research, .procurement, .data],
        departments: ["nhsa", "cnipa"],
        actors: ["nhsa", "cnipa"],
        provisions: [
            Provision(
                actors: ["nhsa", "cnipa"], modality: .commit,
                action: LocalizedText(
                    zh: "重点关注拟集采的规模较大、关注度高且有知识产权风险的药品和医用耗材",
                    en: "give particular attention to large-volume, high-profile drugs and consumables planned for volume-based procurement that carry IP risk")),
            Provision(
                actors: ["nhsa", "cnipa"], modality: .commit,
                action: LocalizedText(
                    zh: "事先沟通信息，分析采购需求与知识产权基础信息，研判采购中的知识产权风险供参考",
                    en: "exchange information in advance, analyse procurement demand and basic IP data, and assess the IP risk of the procurement for reference")),
        ])

    // MARK: 三、加强工作保障

    /// （八）开展联合调研
    static let m8: Measure = Measure(
        id: MeasureID(doc, 8), chapter: 3,
        heading: LocalizedText(zh: "开展联合调研", en: "Conduct joint research"),
        summary: LocalizedText(
            zh: "针对行政保护和医药采购中暴露的知识产权问题，两局可以共同调研，深入研究普遍性和趋势性问题，以推进医药知识产权保护和行业创新。",
            en: "The two administrations may jointly investigate IP problems found in administrative protection and in procurement, studying general and emerging issues in depth to advance pharmaceutical IP protection and innovation."),
        kinds: [.research],
        departments: ["cnipa", "nhsa"],
        actors: ["cnipa", "nhsa"],
        provisions: [
            Provision(
                actors: ["cnipa", "nhsa"], modality: .may, modalWord: "可以",
                action: LocalizedText(
                    zh: "联合开展调研，加强对医药知识产权保护中普遍性、趋势性问题的研究",
                    en: "carry out joint research and study general and emerging issues of pharmaceutical IP protection more closely")),
        ])

    /// （九）开展业务培训
    static let m9: Measure = Measure(
        id: MeasureID(doc, 9), chapter: 3,
        heading: LocalizedText(zh: "开展业务培训", en: "Provide professional training"),
        summary: LocalizedText(
            zh: "两局按工作安排探索联合培训机制，并鼓励通过共同办班、互派人员参训、互请专家授课等形式提升业务能力和综合保护水平。",
            en: "The two administrations explore a joint-training arrangement as their work plans allow, and are encouraged to raise professional skills through jointly run courses, sending staff to each other's training and inviting each other's experts to teach."),
        kinds: [.outreach, .mechanism],
        departments: ["cnipa", "nhsa"],
        actors: ["cnipa", "nhsa"],
        provisions: [
            Provision(
                actors: ["cnipa", "nhsa"], modality: .explore, modalWord: "探索",
                action: LocalizedText(
                    zh: "建立双方人员同堂培训的机制",
                    en: "set up an arrangement for training both administrations' staff together")),
            Provision(
                actors: ["cnipa", "nhsa"], modality: .encourage, modalWord: "鼓励",
                action: LocalizedText(
                    zh: "通过联合办培训、互派人员参训、邀请对方专家授课等方式提升专业能力",
                    en: "build professional skills by running training together, sending staff to each other's courses and inviting each other's experts to teach")),
        ])

    /// （十）加强宣传引导
    static let m10: Measure = Measure(
        id: MeasureID(doc, 10), chapter: 3,
        heading: LocalizedText(zh: "加强宣传引导", en: "Strengthen publicity and guidance"),
        summary: LocalizedText(
            zh: "两局共同加大医药领域知识产权保护的宣传力度，改进宣传方式、拓宽渠道，借助新闻发布会、白皮书和典型案例展示创新与保护成效，营造尊重创新的社会氛围。",
            en: "The two administrations jointly step up publicity on pharmaceutical IP protection, with new methods and wider channels — press conferences, white papers and model cases — to show the results of innovation and protection and foster respect for innovation."),
        kinds: [.outreach],
        departments: ["cnipa", "nhsa"],
        actors: ["cnipa", "nhsa"],
        provisions: [
            Provision(
                actors: ["cnipa", "nhsa"], modality: .commit,
                action: LocalizedText(
                    zh: "共同开展医药领域知识产权保护宣传，创新方式、拓宽途径，通过新闻发布会、白皮书、典型案例等展示成效",
                    en: "jointly publicise pharmaceutical IP protection with new methods and wider channels, using press conferences, white papers and model cases to show its results")),
        ])

    /// All ten measures in order.
    static let all: [Measure] = [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10]
}

extension PolicyDocument {
    /// 国知发保字〔2022〕45号: 《国家知识产权局 国家医疗保障局关于加强医药集中采购领域知识产权保护的意见》,
    /// the opinion of CNIPA and the NHSA on strengthening IP protection in centralised
    /// pharmaceutical procurement.
    ///
    /// Ten numbered measures in three chapters: coordination (（一）–（三）), operational
    /// cooperation, including the enterprise self-commitment, the objection opinion and delisting
    /// (（四）–（七）), and support work (（八）–（十）). It applies nationally.
    ///
    /// Dated 2022-12-05 (the date it bears) and published on CNIPA's website on 2022-12-30. The
    /// text states no effective date, so ``effective`` is the date it bears. It declares no
    /// relation to earlier documents.
    public static let national2022_45 = PolicyDocument(
        id: .national2022_45, number: "国知发保字〔2022〕45号",
        title: LocalizedText(
            zh: "国家知识产权局 国家医疗保障局关于加强医药集中采购领域知识产权保护的意见",
            en: "Opinions of the China National Intellectual Property Administration and the National Healthcare Security Administration on Strengthening Intellectual Property Protection in Centralised Pharmaceutical Procurement"),
        issuers: ["cnipa", "nhsa"],
        dated: CivilDate(uncheckedYear: 2022, month: 12, day: 5),
        effective: CivilDate(uncheckedYear: 2022, month: 12, day: 5),
        published: CivilDate(uncheckedYear: 2022, month: 12, day: 30),
        jurisdiction: .national,
        chapters: [
            Chapter(ordinal: 1, heading: LocalizedText(zh: "建立协调机制", en: "Establishing coordination mechanisms")),
            Chapter(ordinal: 2, heading: LocalizedText(zh: "加强业务协作", en: "Strengthening operational cooperation")),
            Chapter(ordinal: 3, heading: LocalizedText(zh: "加强工作保障", en: "Strengthening support for the work")),
        ],
        relations: [],
        measures: National2022_45Measures.all)
}

extension Department {
    /// Entries first named by 国知发保字〔2022〕45号 that are not in the core registry (none: every
    /// body, role and party it names is a core entry).
    static let catalogAdditionsNational2022: [Department] = []
}
