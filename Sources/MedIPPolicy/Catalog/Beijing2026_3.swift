// beijing-2026-3 — 京医保发〔2026〕3号, every numbered measure as declarative data.
//
// Source: shared/seeds/000_4943c210e4fc8675.txt. Headings and chapter headings are quoted
// exactly; summaries, actions and notes are the library's own words. The text states no
// quantitative figure and no time limit in days: its only deadline is "规定期限内" in （六）, the
// period each procurement round prescribes, which is an input on the case, not a constant.

/// The thirteen measures of 京医保发〔2026〕3号, in order.
///
/// Who acts: the generic roles the text names (医疗保障部门, 知识产权管理部门, 药品监督管理部门)
/// are encoded as those roles. Where the text gives an action no subject (建立…, 完善…, 成立…),
/// the actor is the four issuing departments jointly (``issuers``), since the text allocates it
/// to none of them — except the listing dispositions of （八） and （九）, which the encoding gives
/// to 医疗保障部门, the body the same chapter and document make the receiver of objections and
/// the handler of listing matters (（五）（六）（七）).
enum Beijing2026_3Measures {
    private static let doc: DocumentID = .beijing2026_3

    /// The four issuing departments, in the text's order, for actions the text gives no subject.
    static let issuers: [DepartmentID] = [
        "bj-healthcare-security", "bj-intellectual-property", "bj-science-zhongguancun", "bj-medical-products",
    ]

    // MARK: 一、建立健全工作机制

    /// （一）建立部门协同工作机制
    static let m1: Measure = Measure(
        id: MeasureID(doc, 1), chapter: 1,
        heading: LocalizedText(zh: "建立部门协同工作机制", en: "Establish an inter-departmental coordination mechanism"),
        summary: LocalizedText(
            zh: "设立跨部门的创新医药知识产权保护会商机制，明确议事规则和流程，统筹知识产权全链条工作。按需开会、联合调研，围绕审评审批、挂网、采购中的知识产权难点，特别是采购量大、受关注且有知识产权风险的重点产品，联合研判、政策会商，协同推动形成优化建议。",
            en: "A cross-departmental consultation mechanism for IP protection of innovative medicine is set up, with rules of procedure and workflows, to coordinate IP work along the whole chain. The departments meet and research jointly as needed on IP problems in review and approval, listing and procurement — above all large-volume, high-profile products carrying IP risk — assessing them together and working towards improvement proposals."),
        kinds: [.decisionRule, .mechanism, .research, .procurement],
        departments: issuers,
        actors: issuers,
        provisions: [
            Provision(
                actors: issuers, modality: .commit,
                action: LocalizedText(
                    zh: "设立创新医药知识产权保护跨部门会商机制，健全议事规则和工作流程，统筹知识产权全链条工作",
                    en: "set up a cross-departmental consultation mechanism on IP protection for innovative medicine, with rules of procedure and workflows, coordinating IP work across the whole chain")),
            Provision(
                actors: issuers, modality: .commit,
                action: LocalizedText(
                    zh: "按需召开会议、联合调研审评审批、挂网、采购等环节的知识产权重点难点问题",
                    en: "meet as needed and research jointly the key and difficult IP issues in review and approval, listing and procurement")),
            Provision(
                actors: issuers, modality: .commit,
                action: LocalizedText(
                    zh: "对采购规模大、关注度高且涉知识产权风险的重点产品进行联合研判和政策会商",
                    en: "jointly assess, and consult on policy for, large-volume, high-profile key products that carry IP risk")),
            Provision(
                actors: issuers, modality: .encourage, modalWord: "推动",
                action: LocalizedText(
                    zh: "协同促成优化建议",
                    en: "work together towards improvement proposals")),
        ],
        crossReferences: [
            CrossReference(
                .implements, to: MeasureID(.national2022_45, 1),
                note: LocalizedText(
                    zh: "在北京层面落实国家两局的会商机制，并扩展为多部门参与",
                    en: "Gives effect in Beijing to the national consultation mechanism, widened to several departments")),
            CrossReference(
                .implements, to: MeasureID(.national2022_45, 7),
                note: LocalizedText(
                    zh: "延续对规模大、关注度高、有知识产权风险产品的重点研判",
                    en: "Carries over the focused risk assessment of large, high-profile products with IP risk")),
            CrossReference(
                .related, to: MeasureID(.national2022_45, 8),
                note: LocalizedText(
                    zh: "同样规定了部门间联合调研",
                    en: "Also provides for joint research between departments")),
        ])

    /// （二）加强信息共享应用
    static let m2: Measure = Measure(
        id: MeasureID(doc, 2), chapter: 1,
        heading: LocalizedText(zh: "加强信息共享应用", en: "Strengthen the sharing and use of information"),
        summary: LocalizedText(
            zh: "建立部门间信息共享，涵盖知识产权案件结果、行政裁决文书、法院生效文书、药品三类声明和医药价格和招采信用评价结果等关键信息。医疗保障部门据此建立健全集采领域知识产权侵权风险的筛查预警。",
            en: "An information-sharing mechanism covers the key records: IP case outcomes, administrative rulings, effective court documents, category-3 drug declarations and pricing-and-procurement credit-evaluation results. The healthcare-security administration builds screening and early warning for infringement risk in centralised procurement."),
        kinds: [.decisionRule, .data, .mechanism, .supervision],
        departments: issuers + ["healthcare-security"],
        actors: issuers + ["healthcare-security"],
        provisions: [
            Provision(
                actors: issuers, modality: .commit,
                action: LocalizedText(
                    zh: "建立信息共享机制，共享案件办理结果、行政裁决文书、法院生效文书、药品三类声明、医药价格和招采信用评价结果等",
                    en: "set up information sharing of case outcomes, administrative ruling documents, effective court documents, category-3 drug declarations, pricing-and-procurement credit-evaluation results and similar records")),
            Provision(
                actors: ["healthcare-security"], modality: .commit,
                action: LocalizedText(
                    zh: "建立健全医药集中采购领域涉知识产权侵权风险的筛查预警机制",
                    en: "build and maintain screening and early warning for IP-infringement risk in centralised pharmaceutical procurement")),
        ],
        crossReferences: [
            CrossReference(
                .implements, to: MeasureID(.national2022_45, 3),
                note: LocalizedText(
                    zh: "把国家层面的互相通报扩展为多类关键信息的共享",
                    en: "Extends the national mutual notification to the sharing of several kinds of key record")),
            CrossReference(
                .related, to: MeasureID(.national2022_45, 6),
                note: LocalizedText(
                    zh: "国家意见要求将案件办理结果抄送医保部门，本条将其纳入共享范围",
                    en: "The national opinion has case outcomes copied to healthcare security; this measure puts them among the shared records")),
        ])

    // MARK: 二、强化企业承诺与信用管理

    /// （三）强化知识产权保护承诺
    static let m3: Measure = Measure(
        id: MeasureID(doc, 3), chapter: 2,
        heading: LocalizedText(zh: "强化知识产权保护承诺", en: "Strengthen the IP-protection commitment"),
        summary: LocalizedText(
            zh: "挂网自主承诺扩大为两项内容：产品不违反专利法等法律法规，且不违背企业自己就他人专利作出的专利权届满前不上市等承诺；企业对承诺的真实准确负责。中选或挂网交易后的专利纠纷由申报企业担责，查实违诺或虚假承诺的按医药价格和招采信用评价制度处理。",
            en: "The listing self-commitment now covers two points: the product breaches neither the Patent Law nor related rules, and it does not break any not-before-expiry undertaking the enterprise itself gave regarding another's patent; the enterprise answers for the commitment being true and accurate. The declaring enterprise is liable for patent disputes after selection or listing transactions, and a commitment shown to be broken or false is dealt with under the pricing-and-procurement credit-evaluation system."),
        kinds: [.decisionRule, .mechanism, .procurement, .supervision],
        departments: issuers + ["healthcare-security"],
        actors: issuers + ["healthcare-security", "enterprise", "declaring-enterprise"],
        provisions: [
            Provision(
                actors: issuers, modality: .commit,
                action: LocalizedText(
                    zh: "完善企业挂网自主承诺制度",
                    en: "improve the enterprise self-commitment system for listing")),
            Provision(
                actors: ["enterprise"], modality: .commit,
                action: LocalizedText(
                    zh: "承诺挂网药品和医用耗材不违反专利法等法律法规，也不违背本企业针对他人专利权已作出的“专利权届满前不上市承诺”等",
                    en: "commit that the listed drug or consumable breaches neither the Patent Law nor related rules, nor any “not before the patent expires” undertaking the enterprise has already given regarding another's patent")),
            Provision(
                actors: ["enterprise"], modality: .commit,
                action: LocalizedText(
                    zh: "对所作承诺的真实性和准确性负责",
                    en: "answer for the truth and accuracy of its commitment")),
            Provision(
                actors: ["declaring-enterprise"], modality: .commit,
                action: LocalizedText(
                    zh: "对中选或挂网采购交易后发生的相关专利侵权纠纷承担责任",
                    en: "bear the liability for patent-infringement disputes arising after selection or after listing transactions")),
            Provision(
                actors: ["healthcare-security"], modality: .commit,
                action: LocalizedText(
                    zh: "对查实违反承诺或虚假承诺的，依医药价格和招采信用评价制度处理",
                    en: "deal with a commitment verified as broken or found false under the pricing-and-procurement credit-evaluation system")),
        ],
        crossReferences: [
            CrossReference(
                .implements, to: MeasureID(.national2022_45, 4),
                note: LocalizedText(
                    zh: "沿用国家意见的自主承诺和申报企业责任，并把承诺扩展到企业自身的不上市承诺、增加信用评价后果",
                    en: "Keeps the national self-commitment and the declaring enterprise's liability, widens the commitment to the enterprise's own not-before-expiry undertakings and adds the credit-evaluation consequence")),
            CrossReference(
                .related, to: MeasureID(.beijing2026_4, 30),
                note: LocalizedText(
                    zh: "京医保发〔2026〕4号（三十）重申严格落实挂网自主承诺制度",
                    en: "Restated by 京医保发〔2026〕4号 (30), which calls for strict enforcement of the listing self-commitment")),
            CrossReference(
                .related, to: MeasureID(.beijing2026_3, 4),
                note: LocalizedText(
                    zh: "承诺所涉的不上市承诺与专利链接中的暂不上市声明相关",
                    en: "The not-before-expiry undertakings the commitment covers relate to the not-to-market declarations of patent linkage")),
            CrossReference(
                .related, to: MeasureID(.beijing2026_3, 5),
                note: LocalizedText(
                    zh: "经信用评价处理的仿制药持有人还会被纳入药品安全信用管理",
                    en: "A generic holder dealt with under credit evaluation is further entered into drug-safety credit management")),
        ],
        externalReferences: [
            ExternalReference(
                .law, zh: "中华人民共和国专利法", en: "Patent Law of the People's Republic of China",
                note: LocalizedText(zh: "企业承诺挂网药品和医用耗材不存在违反专利法等法律法规的情形", en: "The enterprise commits that the drugs and consumables it lists do not breach the Patent Law or related laws")),
            ExternalReference(
                .system, zh: "医药价格和招采信用评价制度", en: "credit-evaluation system for medical pricing and procurement",
                note: LocalizedText(zh: "违反承诺或虚假承诺的按该制度处理", en: "Breached or false commitments are handled under this system")),
        ])

    /// （四）落实专利链接制度
    static let m4: Measure = Measure(
        id: MeasureID(doc, 4), chapter: 2,
        heading: LocalizedText(zh: "落实专利链接制度", en: "Implement the patent-linkage system"),
        summary: LocalizedText(
            zh: "借助专利链接制度防范侵权：仿制药持有人申请上市许可时作出三类声明的，须待相应专利权有效期和市场独占期均届满后药品才能上市。药监、知识产权、医保部门互通信息，对仿制药企业暂不上市声明的履行情况进行提示和合规指导。",
            en: "Patent linkage is used to prevent infringement: where a generic holder made a category-3 declaration when applying for marketing authorisation, the drug can be marketed only once both the patent term and the market-exclusivity period have ended. The drug, IP and healthcare-security administrations share information and remind and guide generic firms on keeping their not-to-market declarations."),
        kinds: [.decisionRule, .mechanism, .data, .supervision],
        departments: ["drug-regulator", "ip-administration", "healthcare-security"],
        actors: ["drug-regulator", "ip-administration", "healthcare-security", "generic-holder"],
        provisions: [
            Provision(
                actors: ["generic-holder"], modality: .may, modalWord: "方可",
                action: LocalizedText(
                    zh: "提交上市许可申请时作出三类声明的，仅在相应专利权有效期和市场独占期都届满后上市相关药品",
                    en: "having made a category-3 declaration in its marketing-authorisation application, market the drug only after both the relevant patent term and the market-exclusivity period have expired"),
                measure: LocalizedText(
                    zh: "专利权有效期与市场独占期均届满之后",
                    en: "after both the patent term and market exclusivity have expired")),
            Provision(
                actors: ["drug-regulator", "ip-administration", "healthcare-security"], modality: .commit,
                action: LocalizedText(
                    zh: "加强相互间的信息互通",
                    en: "exchange information more closely with one another")),
            Provision(
                actors: ["drug-regulator", "ip-administration", "healthcare-security"], modality: .commit,
                action: LocalizedText(
                    zh: "在专利权有效期和市场独占期内，对仿制药企业暂不上市声明的执行情况进行提示和合规指导",
                    en: "during the patent term and market exclusivity, remind generic firms of their not-to-market declarations and guide them on compliance")),
        ],
        crossReferences: [
            CrossReference(
                .related, to: MeasureID(.beijing2026_4, 6),
                note: LocalizedText(
                    zh: "市场独占期的概念在京医保发〔2026〕4号（六）中体现为为罕见病和儿童用药争取市场独占期",
                    en: "Market exclusivity appears in 京医保发〔2026〕4号 (6), which seeks it for rare-disease and paediatric drugs")),
            CrossReference(
                .related, to: MeasureID(.beijing2026_3, 3),
                note: LocalizedText(
                    zh: "挂网承诺涵盖企业已作出的不上市承诺",
                    en: "The listing commitment covers not-to-market undertakings already given")),
        ])

    /// （五）加强药品安全信用管理
    static let m5: Measure = Measure(
        id: MeasureID(doc, 5), chapter: 2,
        heading: LocalizedText(zh: "加强药品安全信用管理", en: "Strengthen drug-safety credit management"),
        summary: LocalizedText(
            zh: "仿制药持有人经行政裁决或法院生效判决认定专利侵权，或在挂网和集采中被医保部门按信用评价制度处理的，药监部门把相关负面行为记入药品安全信用管理并实行差异化监管。",
            en: "Where a generic holder has been found to infringe a patent by an administrative ruling or effective court judgment, or has been dealt with by the healthcare-security administration under the credit-evaluation system in listing or volume-based procurement, the drug regulator records the conduct in drug-safety credit management and applies differentiated supervision."),
        kinds: [.decisionRule, .supervision],
        departments: ["drug-regulator"],
        actors: ["drug-regulator"],
        provisions: [
            Provision(
                actors: ["drug-regulator"], modality: .commit,
                action: LocalizedText(
                    zh: "将经裁决、判决认定侵权或经医保信用评价处理的仿制药持有人的负面行为纳入药品安全信用管理，实施差异化监管",
                    en: "enter the conduct of a generic holder found infringing by ruling or judgment, or dealt with under healthcare-security credit evaluation, into drug-safety credit management, with differentiated supervision")),
        ],
        crossReferences: [
            CrossReference(
                .related, to: MeasureID(.beijing2026_3, 3),
                note: LocalizedText(
                    zh: "违诺或虚假承诺所引起的信用评价处理是触发条件之一",
                    en: "Credit-evaluation handling of a broken or false commitment is one of the triggers")),
            CrossReference(
                .related, to: MeasureID(.beijing2026_3, 8),
                note: LocalizedText(
                    zh: "认定侵权的行政裁决或生效判决同时引起撤网或取消中选",
                    en: "The same ruling or judgment finding infringement also leads to delisting or cancelled selection")),
        ],
        externalReferences: [
            ExternalReference(
                .system, zh: "医药价格和招采信用评价制度", en: "credit-evaluation system for medical pricing and procurement",
                note: LocalizedText(zh: "被医疗保障部门依该制度处理的仿制药持有人纳入药品安全信用管理", en: "Generic holders the healthcare-security authority has handled under this system enter drug-safety credit management")),
        ])

    // MARK: 三、健全纠纷处理与侵权惩戒机制

    /// （六）完善专利侵权异议处理程序
    static let m6: Measure = Measure(
        id: MeasureID(doc, 6), chapter: 3,
        heading: LocalizedText(zh: "完善专利侵权异议处理程序", en: "Improve the patent-infringement objection procedure"),
        summary: LocalizedText(
            zh: "医保部门收到专利侵权异议时，可以请知识产权管理部门在本轮集采或挂网申报的规定期限内出具意见，供决定产品能否参加或挂网时参考；知识产权管理部门逾期未出具的，企业作出自主承诺后可按程序参加或挂网。",
            en: "On receiving a patent-infringement objection, the healthcare-security administration may ask the IP administration for an opinion within the round's prescribed period, as a reference for whether the product may take part or be listed; if the IP administration gives none in time, the enterprise may proceed in the ordinary way after its self-commitment."),
        kinds: [.decisionRule, .mechanism, .procurement],
        departments: ["healthcare-security", "ip-administration"],
        actors: ["healthcare-security", "ip-administration", "enterprise"],
        provisions: [
            Provision(
                actors: ["healthcare-security"], modality: .may, modalWord: "可以",
                action: LocalizedText(
                    zh: "收到专利侵权异议后，请知识产权管理部门出具咨询或侵权判定意见，作为能否参加集采或挂网的参考",
                    en: "on receiving a patent-infringement objection, ask the IP administration for a consultation or infringement-determination opinion, as a reference in deciding whether the product may take part in procurement or be listed"),
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
        crossReferences: [
            CrossReference(
                .restates, to: MeasureID(.national2022_45, 4),
                note: LocalizedText(
                    zh: "重述国家意见的异议处理程序，由医保部门而非采购机构接收异议",
                    en: "Restates the national objection procedure, with the healthcare-security administration rather than the procurement agency receiving objections")),
            CrossReference(
                .related, to: MeasureID(.beijing2026_4, 30),
                note: LocalizedText(
                    zh: "京医保发〔2026〕4号（三十）重申建立专利侵权异议处理程序",
                    en: "Restated by 京医保发〔2026〕4号 (30), which calls for an objection procedure")),
            CrossReference(
                .related, to: MeasureID(.beijing2026_3, 8),
                note: LocalizedText(
                    zh: "异议程序中认为存在侵权风险是暂停审核新增挂网申请的条件之一",
                    en: "A risk of infringement found in the objection procedure is one condition for suspending review of new listing applications")),
        ])

    /// （七）健全纠纷处理机制
    static let m7: Measure = Measure(
        id: MeasureID(doc, 7), chapter: 3,
        heading: LocalizedText(zh: "健全纠纷处理机制", en: "Improve the dispute-handling mechanism"),
        summary: LocalizedText(
            zh: "集采或挂网中出现专利侵权纠纷时，医保部门可告知当事人请求知识产权管理部门处理或向法院起诉。知识产权管理部门完善专利行政裁决体系，为集采领域的专利侵权纠纷开辟行政裁决快速通道；同时健全调解机制，鼓励当事人和解或通过行政调解、人民调解尽快化解纠纷。",
            en: "When a patent-infringement dispute arises in procurement or listing, the healthcare-security administration may point the parties to the IP administration or the courts. The IP administration improves its administrative-ruling system and opens a fast track for procurement patent disputes; mediation is strengthened, and the parties are encouraged to settle or use administrative or people's mediation."),
        kinds: [.decisionRule, .mechanism, .procurement],
        departments: ["healthcare-security", "ip-administration"] + issuers,
        actors: ["healthcare-security", "ip-administration"] + issuers + ["dispute-parties"],
        provisions: [
            Provision(
                actors: ["healthcare-security"], modality: .may, modalWord: "可",
                action: LocalizedText(
                    zh: "告知纠纷当事人可向知识产权管理部门请求处理或向人民法院起诉",
                    en: "tell the parties to the dispute that they can ask the IP administration to handle it or bring suit in a people's court")),
            Provision(
                actors: ["ip-administration"], modality: .commit,
                action: LocalizedText(
                    zh: "完善专利行政裁决工作体系，为医药集采领域专利侵权纠纷设立行政裁决快速通道",
                    en: "improve its patent administrative-ruling system and open a fast track for administrative rulings on patent disputes in centralised procurement")),
            Provision(
                actors: issuers, modality: .commit,
                action: LocalizedText(
                    zh: "健全知识产权纠纷调解机制",
                    en: "strengthen mediation of IP disputes")),
            Provision(
                actors: ["dispute-parties"], modality: .encourage, modalWord: "鼓励",
                action: LocalizedText(
                    zh: "通过自行和解、行政调解、人民调解等方式及时化解专利纠纷",
                    en: "resolve patent disputes promptly through settlement between themselves, administrative mediation, people's mediation or similar means")),
        ],
        crossReferences: [
            CrossReference(
                .implements, to: MeasureID(.national2022_45, 5),
                note: LocalizedText(
                    zh: "沿用国家意见的告知当事人做法（由医保部门告知），并增加行政裁决快速通道和调解",
                    en: "Keeps the national referral of the parties (now by the healthcare-security administration) and adds the fast track and mediation")),
        ])

    /// （八）加强协作制止侵权
    static let m8: Measure = Measure(
        id: MeasureID(doc, 8), chapter: 3,
        heading: LocalizedText(zh: "加强协作制止侵权", en: "Cooperate to stop infringement"),
        summary: LocalizedText(
            zh: "分三种情形处理：明确处于知识产权保护期内的产品，侵犯其权利的仿制产品不予挂网；异议程序中被认为有侵权风险且已被知识产权管理部门或法院立案等存在纠纷的产品，暂停审核其新增挂网申请；已挂网或已中选的产品经行政裁决或生效判决认定侵权的，撤销挂网或取消中选资格。",
            en: "Three tiers: generic copies that infringe a product clearly still under IP protection are not listed; a product found in the objection procedure to carry infringement risk and also in a live IP dispute, such as a case accepted by the IP administration or a court, has review of its new listing applications suspended; a listed or selected product found infringing by an administrative ruling or effective judgment loses its listing or selection."),
        kinds: [.decisionRule, .procurement, .supervision],
        departments: ["healthcare-security"],
        actors: ["healthcare-security"],
        provisions: [
            Provision(
                actors: ["healthcare-security"], modality: .commit,
                action: LocalizedText(
                    zh: "对侵犯明确处于保护期内产品知识产权的仿制产品不予挂网",
                    en: "refuse listing to generic copies that infringe the IP of a product clearly still within its protection period")),
            Provision(
                actors: ["healthcare-security"], modality: .commit,
                action: LocalizedText(
                    zh: "对异议程序中被认为有侵权风险、且已被知识产权管理部门或法院立案等存在纠纷的产品，暂停审核其新增挂网申请",
                    en: "suspend review of new listing applications for a product that the objection procedure found to carry infringement risk and that is in an IP dispute, such as a case accepted by the IP administration or a court")),
            Provision(
                actors: ["healthcare-security"], modality: .commit,
                action: LocalizedText(
                    zh: "对已挂网或已中选、经行政裁决或生效判决认定侵权的产品，撤销挂网或取消中选资格等",
                    en: "revoke the listing or cancel the selection, among other steps, of a listed or selected product found infringing by an administrative ruling or effective judgment")),
        ],
        crossReferences: [
            CrossReference(
                .implements, to: MeasureID(.national2022_45, 6),
                note: LocalizedText(
                    zh: "落实国家意见的不予挂网、撤网和取消中选，并增加裁判前暂停审核新增挂网申请一档",
                    en: "Gives effect to the national refusal, delisting and cancellation of selection, and adds a tier before any ruling: suspending review of new listing applications")),
            CrossReference(
                .related, to: MeasureID(.national2022_45, 5),
                note: LocalizedText(
                    zh: "国家意见对明确侵权的挂网产品要求撤网",
                    en: "The national opinion delists listed products whose infringement is clearly established")),
            CrossReference(
                .related, to: MeasureID(.beijing2026_3, 6),
                note: LocalizedText(
                    zh: "第二档以异议程序中认定的侵权风险为条件",
                    en: "The second tier depends on the risk found in the objection procedure")),
        ])

    // MARK: 四、优化知识产权服务

    /// （九）支持创新药品挂网交易
    static let m9: Measure = Measure(
        id: MeasureID(doc, 9), chapter: 4,
        heading: LocalizedText(zh: "支持创新药品挂网交易", en: "Support listing and trading of innovative drugs"),
        summary: LocalizedText(
            zh: "为符合条件的创新药品开通挂网绿色通道，促其尽快挂网并进入临床使用；引导企业在挂网时主动提交知识产权证明材料、说明专利保护期限，推动创新成果转化。",
            en: "Qualifying innovative drugs get a green channel so they are listed quickly and reach clinical use sooner; enterprises are guided to submit IP evidence and state the patent-protection term when applying for listing, helping innovations reach application."),
        kinds: [.decisionRule, .procurement, .service],
        departments: ["healthcare-security"],
        actors: ["healthcare-security", "enterprise"],
        provisions: [
            Provision(
                actors: ["healthcare-security"], modality: .commit,
                action: LocalizedText(
                    zh: "为符合条件的创新药品开通挂网绿色通道",
                    en: "open a green channel for qualifying innovative drugs")),
            Provision(
                actors: ["healthcare-security"], modality: .encourage, modalWord: "推动",
                action: LocalizedText(
                    zh: "促成药品快速挂网，加快其临床应用",
                    en: "bring about fast listing of the drugs and speed up their clinical use")),
            Provision(
                actors: ["enterprise"], modality: .encourage, modalWord: "引导",
                action: LocalizedText(
                    zh: "在挂网环节主动提交知识产权相关证明材料，明确专利保护期限",
                    en: "submit IP evidence of its own accord at listing and make clear the term of patent protection")),
        ],
        crossReferences: [
            CrossReference(
                .related, to: MeasureID(.beijing2024_5, 12),
                note: LocalizedText(
                    zh: "京医保发〔2024〕5号（十二）已提出创新药械绿色通道快速挂网",
                    en: "京医保发〔2024〕5号 (12) already provided a green channel for fast listing of innovative drugs and devices")),
            CrossReference(
                .related, to: MeasureID(.beijing2026_4, 17),
                note: LocalizedText(
                    zh: "京医保发〔2026〕4号（十七）为绿色通道挂网规定了办理时限",
                    en: "京医保发〔2026〕4号 (17) sets a processing time limit for green-channel listing")),
        ])

    /// （十）完善公共服务体系
    static let m10: Measure = Measure(
        id: MeasureID(doc, 10), chapter: 4,
        heading: LocalizedText(zh: "完善公共服务体系", en: "Improve the public-service system"),
        summary: LocalizedText(
            zh: "依托国家级知识产权保护中心，建立创新医药跨区域专利预审协同，提供预审、快速确权、快速维权的一站式服务；搭建覆盖市、区、园区的公共服务网络，在生物医药集聚区设服务站，提供政策咨询、专利导航、维权援助等服务。",
            en: "National-level IP protection centres are put to work: cross-regional coordination of patent pre-examination for innovative medicine, with one-stop pre-examination, fast grant and fast enforcement. A public-service network reaches city, districts and parks, with service stations in biomedical clusters offering policy advice, patent navigation and enforcement assistance."),
        kinds: [.service, .mechanism],
        departments: issuers,
        actors: issuers + ["ip-protection-center"],
        provisions: [
            Provision(
                actors: issuers + ["ip-protection-center"], modality: .commit,
                action: LocalizedText(
                    zh: "发挥国家级知识产权保护中心作用，建立跨区域专利预审服务协同机制，提供专利预审、快速确权、快速维权一站式服务",
                    en: "make use of the national-level IP protection centres, set up cross-regional coordination of patent pre-examination, and offer one-stop pre-examination, fast grant and fast enforcement")),
            Provision(
                actors: issuers, modality: .commit,
                action: LocalizedText(
                    zh: "构建市、区、园区三级知识产权公共服务网络，在生物医药产业集聚区设立公共服务站，提供政策咨询、专利导航、维权援助等服务",
                    en: "build an IP public-service network across city, districts and parks, with service stations in biomedical clusters offering policy advice, patent navigation and enforcement assistance")),
        ],
        crossReferences: [
            CrossReference(
                .related, to: MeasureID(.beijing2026_4, 29),
                note: LocalizedText(
                    zh: "京医保发〔2026〕4号（二十九）同样涉及跨区域专利预审和一站式服务",
                    en: "京医保发〔2026〕4号 (29) also covers cross-regional patent pre-examination and one-stop services")),
        ])

    /// （十一）强化知识产权专业服务
    static let m11: Measure = Measure(
        id: MeasureID(doc, 11), chapter: 4,
        heading: LocalizedText(zh: "强化知识产权专业服务", en: "Strengthen professional IP services"),
        summary: LocalizedText(
            zh: "借助知识产权智库组建创新医药知识产权保护专家组，承担侵权判定咨询、前沿技术研判、重大案件分析和趋势研究；同时加强海外维权援助，为企业提供海外风险预警和纠纷应对服务。",
            en: "An expert group on IP protection for innovative medicine, drawn from IP think tanks, advises on infringement determinations, assesses frontier technology, analyses major cases and studies trends; overseas enforcement assistance is strengthened, with risk warnings and dispute support for enterprises abroad."),
        kinds: [.service, .research],
        departments: issuers,
        actors: issuers + ["enterprise"],
        provisions: [
            Provision(
                actors: issuers, modality: .commit,
                action: LocalizedText(
                    zh: "依托知识产权智库成立创新医药知识产权保护专家组，开展侵权判定咨询、前沿技术研判、重大案件分析和趋势问题研究",
                    en: "form an expert group on IP protection for innovative medicine from IP think tanks, to advise on infringement determinations, assess frontier technology, analyse major cases and study trends")),
            Provision(
                actors: issuers, modality: .commit,
                action: LocalizedText(
                    zh: "加强海外知识产权维权援助，为企业提供海外风险预警和纠纷应对服务",
                    en: "strengthen overseas IP enforcement assistance, giving enterprises overseas risk warnings and help in responding to disputes")),
        ],
        crossReferences: [
            CrossReference(
                .related, to: MeasureID(.national2022_45, 8),
                note: LocalizedText(
                    zh: "国家意见同样要求研究医药知识产权的趋势性问题",
                    en: "The national opinion also calls for study of emerging issues in pharmaceutical IP")),
        ])

    // MARK: 五、加强宣传培训

    /// （十二）加强知识产权宣传引导
    static let m12: Measure = Measure(
        id: MeasureID(doc, 12), chapter: 5,
        heading: LocalizedText(zh: "加强知识产权宣传引导", en: "Strengthen IP publicity and guidance"),
        summary: LocalizedText(
            zh: "丰富创新医药知识产权宣传活动，突出医药创新成果、保护成效和典型案例，引导社会各界形成尊重创新、重视知识产权的认识。",
            en: "Publicity on IP protection for innovative medicine is broadened, highlighting innovations, protection results and model cases, to guide society towards respecting pharmaceutical innovation and valuing IP protection."),
        kinds: [.outreach],
        departments: issuers,
        actors: issuers,
        provisions: [
            Provision(
                actors: issuers, modality: .commit,
                action: LocalizedText(
                    zh: "丰富创新医药知识产权宣传活动，重点展示创新成果、保护成效和典型案例，引导全社会尊重创新、重视保护",
                    en: "broaden publicity on IP protection for innovative medicine, featuring innovations, protection results and model cases, to lead society towards respecting innovation and valuing protection")),
        ],
        crossReferences: [
            CrossReference(
                .implements, to: MeasureID(.national2022_45, 10),
                note: LocalizedText(
                    zh: "在北京落实国家意见的宣传引导要求，同样突出成效和典型案例",
                    en: "Gives effect in Beijing to the national publicity measure, likewise featuring results and model cases")),
        ])

    /// （十三）强化知识产权培训
    static let m13: Measure = Measure(
        id: MeasureID(doc, 13), chapter: 5,
        heading: LocalizedText(zh: "强化知识产权培训", en: "Strengthen IP training"),
        summary: LocalizedText(
            zh: "改进培训方式，搭建多层次、广覆盖的创新医药知识产权培训体系，定期围绕专利法律法规、药品专利链接、专利审查指南和海外风险防控等开展专题培训，提高管理和服务水平。",
            en: "Training methods are renewed and a multi-level, wide-reaching IP training system for innovative medicine is built, with regular courses on patent law, drug patent linkage, the patent examination guidelines and overseas risk control, to raise management and service performance."),
        kinds: [.outreach],
        departments: issuers,
        actors: issuers,
        provisions: [
            Provision(
                actors: issuers, modality: .commit,
                action: LocalizedText(
                    zh: "创新培训方式，建立多层次、广覆盖的创新医药知识产权培训体系",
                    en: "renew training methods and build a multi-level, wide-reaching IP training system for innovative medicine")),
            Provision(
                actors: issuers, modality: .commit,
                action: LocalizedText(
                    zh: "定期举办专利法律法规、药品专利链接、专利审查指南、海外风险防控等专题培训",
                    en: "hold regular courses on patent law, drug patent linkage, the patent examination guidelines, overseas risk control and similar topics"),
                measure: LocalizedText(zh: "定期", en: "regularly")),
        ],
        crossReferences: [
            CrossReference(
                .implements, to: MeasureID(.national2022_45, 9),
                note: LocalizedText(
                    zh: "在北京层面落实国家意见的业务培训要求",
                    en: "Gives effect in Beijing to the national training measure")),
            CrossReference(
                .related, to: MeasureID(.beijing2026_3, 4),
                note: LocalizedText(
                    zh: "专题培训包括专利链接制度",
                    en: "The courses include the patent-linkage system")),
        ])

    /// All thirteen measures in order.
    /// In order, with the departments the text does not name marked inferred: the issuers
    /// where an action has no subject (（一）（二）（三）（七）（十）…（十三）), 医疗保障部门 in （三）
    /// (its credit evaluation, named without its department) and for the listing dispositions of
    /// （八）（九）. （四）（五）（六） name every department they list.
    static let all: [Measure] = [
        m1.inferring(issuers), m2.inferring(issuers), m3.inferring(issuers + ["healthcare-security"]), m4, m5, m6,
        m7.inferring(issuers), m8.inferring(["healthcare-security"]), m9.inferring(["healthcare-security"]),
        m10.inferring(issuers), m11.inferring(issuers), m12.inferring(issuers), m13.inferring(issuers),
    ]
}

extension PolicyDocument {
    /// 京医保发〔2026〕3号: 《北京市加强创新医药知识产权保护若干措施》, Beijing's measures on
    /// strengthening IP protection for innovative medicine, issued by the Beijing healthcare-security,
    /// IP, science-and-technology (Zhongguancun) and medical-products administrations.
    ///
    /// Thirteen numbered measures in five chapters: working mechanisms (（一）（二）), commitment and
    /// credit management (（三）–（五）), dispute handling and sanctions (（六）–（八）), IP services
    /// (（九）–（十一）) and publicity and training (（十二）（十三）). It applies in Beijing and states
    /// that it implements 国知发保字〔2022〕45号 among other documents.
    ///
    /// Dated 2026-03-27. The text states no effective date, so ``effective`` is the date it bears.
    /// It has no clause making earlier inconsistent provisions yield to it.
    public static let beijing2026_3 = PolicyDocument(
        id: .beijing2026_3, number: "京医保发〔2026〕3号",
        title: LocalizedText(
            zh: "北京市加强创新医药知识产权保护若干措施",
            en: "Measures of Beijing Municipality for Strengthening Intellectual Property Protection of Innovative Medicine"),
        issuers: Beijing2026_3Measures.issuers,
        dated: CivilDate(uncheckedYear: 2026, month: 3, day: 27),
        effective: CivilDate(uncheckedYear: 2026, month: 3, day: 27),
        jurisdiction: .beijing,
        chapters: [
            Chapter(ordinal: 1, heading: LocalizedText(zh: "建立健全工作机制", en: "Establishing and improving working mechanisms")),
            Chapter(ordinal: 2, heading: LocalizedText(zh: "强化企业承诺与信用管理", en: "Strengthening enterprise commitments and credit management")),
            Chapter(ordinal: 3, heading: LocalizedText(zh: "健全纠纷处理与侵权惩戒机制", en: "Improving dispute handling and sanctions for infringement")),
            Chapter(ordinal: 4, heading: LocalizedText(zh: "优化知识产权服务", en: "Improving IP services")),
            Chapter(ordinal: 5, heading: LocalizedText(zh: "加强宣传培训", en: "Strengthening publicity and training")),
        ],
        relations: [
            DocumentRelation(
                .implements, document: .national2022_45,
                note: LocalizedText(
                    zh: "通知说明制定本措施是为落实国知发保字〔2022〕45号等文件精神",
                    en: "The notice says the measures are made to give effect to 国知发保字〔2022〕45号, among other documents")),
        ],
        measures: Beijing2026_3Measures.all)
}

extension Department {
    /// 国家级知识产权保护中心: the national-level IP protection centres, a class of body that
    /// 京医保发〔2026〕3号（十） puts to work on patent pre-examination and one-stop services.
    public static let ipProtectionCenter = Department(
        id: "ip-protection-center",
        name: LocalizedText(zh: "国家级知识产权保护中心", en: "National-level IP protection centre"),
        kind: .role, level: .unspecified)

    /// Entries first named by 京医保发〔2026〕3号 that are not in the core registry.
    static let catalogAdditionsBeijing2026_3: [Department] = [ipProtectionCenter]
}
