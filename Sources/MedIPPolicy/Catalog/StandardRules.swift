// The shipped rules: every decision the four texts make, one `Rule` per decision, grouped by
// measure. Summaries are the library's own words; the measures they cite hold the official text.

extension RuleSet {
    /// Every decision the four texts make, as rules citing their measures.
    ///
    /// The set covers 国知发保字〔2022〕45号 (四)(五)(六)(七); 京医保发〔2026〕3号 (一)(三)–(九)
    /// including the three tiers of (八) and (四)'s patent linkage; 京医保发〔2026〕4号 (六)(十七)(三十);
    /// 京医保发〔2024〕5号 (十二). Programme-level measures that act on no case — 2026-3 (二)'s
    /// information-sharing and screening mechanism, 2024 (十三)'s 京津冀 sharing, 2026-4 (三十)'s
    /// improvement of the credit system — are data in the catalog, not rules on every decision.
    /// ``analyze(catalog:constraints:)`` reports no findings on it.
    public static let standard = RuleSet(StandardRules.all)
}

/// The standard rules, by document.
enum StandardRules {
    static let all: [Rule] = national2022 + beijing2026_3 + beijing2026_4 + beijing2024

    private static func m(_ document: DocumentID, _ ordinal: Int) -> MeasureID { MeasureID(document, ordinal) }

    /// Applying for listing or taking part in VBP: the moments the self-commitment and the
    /// objection procedure attach to.
    private static let seekingProcurement: Condition = .applyingForListing || .participatingInVBP
    /// Any stage of procurement, including listed and selected products.
    private static let inProcurement: Condition = .applyingForListing || .participatingInVBP || .listed || .vbpSelected
    /// A green channel applies to a listing application of a qualifying product of the clause's
    /// scope: 创新药品 (drugs, 2026) or 创新医疗药械 (drugs and devices, 2024).
    private static func greenChannel(_ scope: Condition) -> Condition {
        .applyingForListing && .greenChannelQualified && scope
    }

    /// The rules the overdue-opinion exception defeats, in both documents that state it.
    private static let awaitRules = [
        RuleID(m(.national2022_45, 4), "await-opinion"), RuleID(m(.beijing2026_3, 6), "await-opinion"),
    ]

    /// The objection procedure, stated by 国知发保字〔2022〕45号（四） and restated with the
    /// healthcare-security administration as receiver by 京医保发〔2026〕3号（六）: the authority may
    /// ask for an opinion; once asked it waits until the round's deadline; an opinion given in time
    /// is a reference; an overdue opinion lets the enterprise proceed on its self-commitment (the
    /// exception to waiting, in both documents) and, while no commitment is on file, that
    /// commitment is the enterprise's way forward. `summaries` are the five rules' summaries, in
    /// that order, in each document's own wording.
    private static func objectionProcedure(_ measure: MeasureID, _ summaries: [LocalizedText]) -> [Rule] {
        func summary(_ index: Int) -> LocalizedText {
            index < summaries.count ? summaries[index] : LocalizedText(zh: "", en: "")
        }
        return [
            Rule(id: RuleID(measure, "opinion-may-be-requested"), summary: summary(0),
                 // Per objection: one asked about does not close the discretion for another.
                 condition: seekingProcurement && .objectionWithoutOpinionRequest,
                 effects: [.flag(.opinionMayBeRequested)]),
            Rule(id: RuleID(measure, "await-opinion"), summary: summary(1),
                 // The wait lasts until the deadline (规定期限内). Once the opinion is overdue with no
                 // self-commitment on file, nothing is left to await (reading 35); with one, the
                 // exception below sets the wait aside, as both texts put it.
                 condition: seekingProcurement && .opinionRequested && !.opinionReceived
                    && (!.opinionOverdue || .selfCommitmentOnFile),
                 effects: [
                    .dispose(.awaitOpinion, on: DateExpression(.opinionDeadline)),
                    // No duty: the texts let the authority ask (可以请…出具) and foresee no answer
                    // (逾期未给出参考意见的…), so the IP administration *may* give it by the deadline.
                    .oblige("give-opinion", actor: .ipAdministration,
                            zh: "可以在规定期限内出具咨询或侵权判定意见", en: "may give the consultation or infringement-determination opinion within the prescribed period",
                            due: DateExpression(.opinionDeadline), modality: .may),
                 ]),
            Rule(id: RuleID(measure, "opinion-as-reference"), summary: summary(2),
                 condition: seekingProcurement && .opinionReceived,
                 effects: [.dispose(.agencyDecides)]),
            Rule(id: RuleID(measure, "overdue-opinion-self-commitment"), summary: summary(3),
                 condition: seekingProcurement && .opinionOverdue && .selfCommitmentOnFile,
                 effects: [.dispose(.admitOnSelfCommitment)],
                 overrides: awaitRules),
            // 「知识产权管理部门逾期未给出参考意见的，企业自主承诺后可以按程序参加…」 with no commitment on file
            // yet: the clause names the commitment as the way forward, so the decision cites it on
            // the commitment the enterprise must submit (the same obligation as the commitment
            // rules', same wording, merged with it; reading 35). The disposition is theirs.
            Rule(id: RuleID(measure, "commit-after-overdue-opinion"), summary: summary(4),
                 condition: seekingProcurement && .opinionOverdue && !.selfCommitmentOnFile,
                 effects: [submitSelfCommitment]),
        ]
    }

    /// The enterprise's self-commitment as the obligation of 国知发保字〔2022〕45号（四）
    /// (「须自主承诺相关产品不存在违反《中华人民共和国专利法》等相关法律法规的情形」), shared by the rules
    /// that require it so that they merge into one obligation citing each.
    private static let submitSelfCommitment: Effect = .oblige(
        "submit-self-commitment", actor: .declaringEnterprise,
        zh: "提交产品不违反专利法等法律法规的自主承诺", en: "submit the self-commitment that the product does not violate the Patent Law and related laws")

    // MARK: 国知发保字〔2022〕45号

    static let national2022: [Rule] = objectionProcedure(m(.national2022_45, 4), [
        LocalizedText(zh: "收到专利侵权异议的，采购机构可以在规定期限内请知识产权管理部门出具意见。",
                      en: "On an infringement objection the procurement agency may ask the IP administration for an opinion within the round's period."),
        LocalizedText(zh: "已请知识产权管理部门出具意见的，在规定期限内等待意见。",
                      en: "Once the opinion is requested, the agency waits for it until the round's prescribed deadline."),
        LocalizedText(zh: "意见已按期出具的，作为是否允许参加集采或挂网的参考，由采购机构决定。",
                      en: "An opinion given in time is a reference; the agency decides whether the product may take part or be listed."),
        LocalizedText(zh: "知识产权管理部门逾期未给出意见的，企业自主承诺后可以按程序参加集采或挂网。",
                      en: "If the IP administration's opinion is overdue, the enterprise may proceed on its self-commitment."),
        LocalizedText(zh: "知识产权管理部门逾期未给出意见而企业尚未自主承诺的，企业作出自主承诺后即可按程序参加集采或挂网。",
                      en: "If the IP administration's opinion is overdue and no self-commitment is on file, the enterprise may proceed once it commits."),
    ]) + [
        Rule(m(.national2022_45, 4), "self-commitment-required",
             zh: "参加集采或申报挂网须提交企业自主承诺；未提交的退回补充。",
             en: "Taking part in VBP or applying for listing requires the enterprise's self-commitment; without it the application goes back for completion.") {
            When(seekingProcurement && !.selfCommitmentOnFile)
            Effect.dispose(.returnForCompletion)
            submitSelfCommitment
        },
        // 「产生中选结果或挂网采购交易后产生相关专利侵权纠纷的，由申报企业承担相应责任。」 Selection or a
        // purchase transaction, not listing alone; a dispute that ended without infringement leaves nothing to answer for.
        Rule(m(.national2022_45, 4), "liability-after-listing",
             zh: "产生中选结果或挂网采购交易后产生专利侵权纠纷的，由申报企业承担相应责任。",
             en: "A patent dispute arising after selection or after a purchase transaction on the listing is the declaring enterprise's liability.") {
            When(.disputeAfterSelectionOrTransaction)
            Effect.consequence(.declaringEnterpriseBearsLiability)
        },
        Rule(m(.national2022_45, 5), "guide-dispute-resolution",
             zh: "采购过程中出现专利侵权纠纷的，可以告知当事人请求知识产权管理部门处理或起诉。",
             en: "When a dispute arises in procurement the agency may point the parties to the IP administration or the courts.") {
            When(inProcurement && .disputeFiled)
            Effect.flag(.informPartiesOfForums)
        },
        // 「知识产权管理部门接到相关案件处理请求后，要依法依规高效处理。」 Only a request made to the IP
        // administration (not a suit before a court) calls for it.
        Rule(m(.national2022_45, 5), "handle-dispute-efficiently",
             zh: "知识产权管理部门接到相关案件处理请求后，要依法依规高效处理。",
             en: "Once asked to handle a dispute, the IP administration shall handle it efficiently under the law.") {
            When(inProcurement && .ipAdministrationDisputePending)
            Effect.oblige("handle-dispute-efficiently", actor: .ipAdministration,
                          zh: "依法依规高效处理侵权纠纷处理请求", en: "handle the dispute request efficiently under the law",
                          modality: .shall)
        },
        Rule(m(.national2022_45, 5), "delist-clear-infringement",
             zh: "核验发现挂网产品明确存在侵权行为的，及时撤网。",
             en: "A listed product whose infringement is clearly established is delisted promptly.") {
            When(.listed && .infringementRulingEffective)
            Effect.dispose(.revokeListing)
        },
        // 「对正在申报平台挂网的涉事产品，不予挂网」: a product refused has no listing to complete, so the
        // refusal sets aside 2026-4（十七）'s green channel and its 15-working-day duty on the
        // healthcare-security administration (else the decision would call it late with a listing
        // this clause forbids).
        Rule(m(.national2022_45, 6), "refuse-listing-after-ruling",
             zh: "行政裁决或生效判决认定侵权的，对正在申报挂网的产品不予挂网。",
             en: "A product found infringing by an administrative ruling or effective judgment is not listed while applying.") {
            When(.applyingForListing && .infringementRulingEffective)
            Effect.dispose(.refuseListing)
            Overrides("beijing-2026-4#17/green-channel-15-working-days")
        },
        Rule(m(.national2022_45, 6), "delist-after-ruling",
             zh: "行政裁决或生效判决认定侵权的，对已挂网产品采取撤网措施。",
             en: "A listed product found infringing by an administrative ruling or effective judgment is delisted.") {
            When(.listed && .infringementRulingEffective)
            Effect.dispose(.revokeListing)
        },
        Rule(m(.national2022_45, 6), "cancel-selection-after-ruling",
             zh: "行政裁决或生效判决认定侵权的，对已中选产品取消中选资格。",
             en: "A VBP-selected product found infringing by an administrative ruling or effective judgment loses its selection.") {
            When(.vbpSelected && .infringementRulingEffective)
            Effect.dispose(.cancelSelection)
        },
        // 「知识产权管理部门在相关涉医药专利侵权案件办结后，应当将案件办理结果送达当事人，并及时抄送医疗保障部门。」
        // The IP administration's own cases: administrative rulings, not court judgments.
        Rule(m(.national2022_45, 6), "serve-and-copy-result",
             zh: "知识产权管理部门办结的案件（行政裁决），应当将结果送达当事人并及时抄送医疗保障部门。",
             en: "Once a case it handled closes (an administrative ruling), the IP administration must serve the result on the parties and promptly copy it to the healthcare-security administration.") {
            When(.rulingNotYetShared)
            Effect.oblige("serve-and-copy-result", actor: .ipAdministration,
                          zh: "将案件办理结果送达当事人并及时抄送医疗保障部门", en: "serve the result on the parties and copy it promptly to the healthcare-security administration")
        },
        Rule(m(.national2022_45, 7), "key-product-attention",
             zh: "拟集采的规模较大、关注度高且涉及知识产权风险的产品，重点关注并提前分析研判。",
             en: "Large, high-attention products with IP risk planned for VBP get focused attention and advance risk assessment.") {
            When(.participatingInVBP && .keyProductWithIPRisk)
            Effect.flag(.keyProductJointAssessment)
        },
    ]

    // MARK: 京医保发〔2026〕3号

    static let beijing2026_3: [Rule] = objectionProcedure(m(.beijing2026_3, 6), [
        LocalizedText(zh: "医疗保障部门收到专利侵权异议的，可以在规定期限内请知识产权管理部门出具意见。",
                      en: "On an infringement objection the healthcare-security administration may ask the IP administration for an opinion within the round's period."),
        LocalizedText(zh: "已请知识产权管理部门出具意见的，在规定期限内等待意见。",
                      en: "Once the opinion is requested, the administration waits for it until the round's prescribed deadline."),
        LocalizedText(zh: "意见已按期出具的，作为是否允许参加集采或挂网的参考。",
                      en: "An opinion given in time is a reference for whether the product may take part or be listed."),
        LocalizedText(zh: "知识产权管理部门逾期未给出意见的，企业自主承诺后可以按程序参加集采或挂网。",
                      en: "If the IP administration's opinion is overdue, the enterprise may proceed on its self-commitment."),
        LocalizedText(zh: "知识产权管理部门逾期未给出意见而企业尚未自主承诺的，企业作出自主承诺后即可按程序参加集采或挂网。",
                      en: "If the IP administration's opinion is overdue and no self-commitment is on file, the enterprise may proceed once it commits."),
    ]) + [
        Rule(m(.beijing2026_3, 1), "joint-assessment",
             zh: "采购规模较大、关注度较高的涉知识产权风险重点产品，开展联合研判与政策会商。",
             en: "Large-scale, high-attention products with IP risk get joint assessment across departments.") {
            When(.keyProductWithIPRisk)
            Effect.flag(.keyProductJointAssessment)
        },
        Rule(m(.beijing2026_3, 3), "self-commitment-required",
             zh: "挂网须作出知识产权保护承诺；未作出的退回补充。",
             en: "Listing requires the IP-protection commitment; without it the application goes back for completion.") {
            // 「完善企业挂网自主承诺制度，企业承诺挂网药品和医用耗材…」: the listing commitment. Taking part
            // in VBP needs the commitment of 2022 (四), not this one.
            When(.applyingForListing && !.selfCommitmentOnFile)
            Effect.dispose(.returnForCompletion)
            Effect.oblige("submit-self-commitment", actor: .declaringEnterprise,
                          zh: "承诺不违反专利法等法律法规，且不违反自身已作出的“专利权届满前不上市承诺”",
                          en: "commit that the product violates neither the Patent Law and related laws nor the enterprise's own not-before-expiry commitments")
        },
        Rule(m(.beijing2026_3, 3), "own-commitment-at-stake",
             zh: "企业自身作出的“专利权届满前不上市承诺”所涉专利仍有效的，挂网承诺须不违反该承诺。",
             en: "Where the enterprise's own not-before-expiry commitment covers a patent still in force, its listing commitment must not breach it.") {
            // Part of the listing commitment (reading 36): applying for listing or listed, not VBP
            // participation or selection alone, whose commitment (2022 (四)) does not include it.
            When((.applyingForListing || .listed) && .ownNoMarketingCommitmentInForce)
            Effect.flag(.ownCommitmentAtStake)
        },
        Rule(m(.beijing2026_3, 3), "liability-after-listing",
             zh: "产生中选结果或挂网采购交易后发生专利侵权纠纷的，由申报企业承担相应责任。",
             en: "A patent dispute after selection or after a purchase transaction on the listing is the declaring enterprise's liability.") {
            When(.disputeAfterSelectionOrTransaction)
            Effect.consequence(.declaringEnterpriseBearsLiability)
        },
        Rule(m(.beijing2026_3, 3), "breach-to-credit-evaluation",
             zh: "经查实违反承诺或存在虚假承诺的，按照医药价格和招采信用评价制度处理。",
             en: "A commitment verified as breached or found false is handled under the pricing and procurement credit evaluation.") {
            When(.commitmentBreachedOrFalse)
            Effect.consequence(.referToCreditEvaluation)
        },
        Rule(m(.beijing2026_3, 4), "market-after-expiry",
             zh: "作出三类声明的仿制药，在相应专利权有效期和市场独占期届满之后方可上市，此前不予挂网。",
             en: "A generic with a category-3 declaration may be marketed, and so listed, only after the patent term and market exclusivity both expire.") {
            When(seekingProcurement && .linkageApplicant && .category3Declared
                 && (.category3PatentInForce || .marketExclusivityRunning))
            Effect.dispose(.deferUntil, on: DateExpression(.linkageBarEnd))
        },
        Rule(m(.beijing2026_3, 4), "compliance-reminder",
             zh: "专利权有效期和市场独占期内，对暂不上市声明的执行情况进行提示与合规指导。",
             en: "During the patent term and exclusivity, holders are reminded of their undertaking not to market and given compliance guidance.") {
            When(.linkageApplicant && .category3Declared && (.category3PatentInForce || .marketExclusivityRunning))
            Effect.flag(.complianceReminder)
        },
        Rule(m(.beijing2026_3, 5), "drug-safety-credit",
             zh: "仿制药持有人被认定专利侵权或被依据信用评价制度处理的，纳入药品安全信用管理。",
             en: "A generic holder found infringing, or handled under the credit evaluation, enters drug-safety credit management.") {
            When(.linkageApplicant && (.infringementRulingEffective || .creditHandled))
            Effect.consequence(.includeInDrugSafetyCredit)
        },
        Rule(m(.beijing2026_3, 7), "dispute-handling",
             zh: "出现专利侵权纠纷的，可告知当事人请求处理或起诉；鼓励和解、调解。",
             en: "On a dispute the parties may be pointed to the IP administration or the courts; settlement and mediation are encouraged.") {
            When(inProcurement && .disputeFiled)
            Effect.flag(.informPartiesOfForums)
            Effect.flag(.mediationEncouraged)
        },
        // 「知识产权管理部门完善专利行政裁决工作体系，建立医药集中采购领域专利侵权纠纷行政裁决快速通道。」 Administrative
        // rulings only: unavailable once a court has accepted the same dispute.
        Rule(m(.beijing2026_3, 7), "fast-track-ruling",
             zh: "知识产权管理部门处理的集采领域专利侵权纠纷，通过行政裁决快速通道办理。",
             en: "A procurement patent dispute before the IP administration goes through the fast track for administrative rulings.") {
            When(inProcurement && .ipAdministrationDisputePending)
            Effect.oblige("fast-track-ruling", actor: .ipAdministration,
                          zh: "通过集采领域专利侵权纠纷行政裁决快速通道处理", en: "handle the dispute through the fast track for procurement patent rulings",
                          modality: .commit)
        },
        // 「对侵犯该知识产权的仿制产品不予挂网」: copies (仿制产品) only. An innovative drug or device found
        // infringing is no copy; 2022 (六) still refuses its listing.
        Rule(m(.beijing2026_3, 8), "refuse-infringing-copy",
             zh: "已明确处于知识产权保护期内的产品，侵犯该知识产权的仿制产品不予挂网。",
             en: "A copy that infringes the IP of a product clearly within its protection period is not listed.") {
            When(.applyingForListing && .infringesPatentInForce && !.innovativeDrug && !.innovativeDevice)
            Effect.dispose(.refuseListing)
        },
        Rule(m(.beijing2026_3, 8), "suspend-new-listing-review",
             zh: "异议处理程序中被认为存在侵权风险且已被立案的产品，暂停审核其新增挂网申请。",
             en: "A product the objection procedure found risky and that is in a dispute accepted by an IP office or court has review of its new listing applications suspended.") {
            When(.applyingForListing && .objectionFoundRisk && .disputeFiled)
            Effect.dispose(.suspendNewListingReview)
            // 「暂停审核」: while review is suspended the 15 working days of 2026-4（十七）cannot be
            // kept, so the suspension sets that channel and its duty aside until it ends.
            Overrides("beijing-2026-4#17/green-channel-15-working-days")
        },
        Rule(m(.beijing2026_3, 8), "revoke-listing",
             zh: "已挂网产品被行政裁决或生效判决认定侵权的，撤销挂网。",
             en: "A listed product found infringing by an administrative ruling or effective judgment has its listing revoked.") {
            When(.listed && .infringementRulingEffective)
            Effect.dispose(.revokeListing)
        },
        Rule(m(.beijing2026_3, 8), "cancel-selection",
             zh: "已中选产品被行政裁决或生效判决认定侵权的，取消中选资格。",
             en: "A VBP-selected product found infringing by an administrative ruling or effective judgment has its selection cancelled.") {
            When(.vbpSelected && .infringementRulingEffective)
            Effect.dispose(.cancelSelection)
        },
        // 「对于符合条件的创新药品开通绿色通道，推动药品快速挂网。」 Drugs only.
        Rule(m(.beijing2026_3, 9), "green-channel",
             zh: "符合条件的创新药品开通绿色通道，推动快速挂网。",
             en: "Qualifying innovative drugs get a green channel to fast listing.") {
            When(greenChannel(.innovativeDrug))
            Effect.dispose(.greenChannel)
        },
        Rule(m(.beijing2026_3, 9), "submit-ip-proof",
             zh: "引导企业在挂网环节主动提交知识产权相关证明材料，明晰专利保护期限。",
             en: "Enterprises applying for listing are guided to submit IP proof and state the patent protection term.") {
            When(.applyingForListing && .innovativeDrug)
            Effect.flag(.submitIPProof)
        },
    ]

    // MARK: 京医保发〔2026〕4号

    static let beijing2026_4: [Rule] = [
        Rule(m(.beijing2026_4, 6), "priority-service",
             zh: "罕见病和儿童治疗用创新药实施优先服务，争取市场独占期。",
             en: "Innovative rare-disease and paediatric drugs get priority service and support for market exclusivity.") {
            When(.innovativeDrug && .rareDiseaseOrPaediatric)
            Effect.flag(.priorityService)
        },
        // 「创新药品通过绿色通道快速挂网，办理时间不超过15个工作日。」 Drugs only. The 15 working days count
        // from the later of the application and 2026-04-07 (Rule.timeLimitStart).
        Rule(m(.beijing2026_4, 17), "green-channel-15-working-days",
             zh: "创新药品通过绿色通道快速挂网，办理时间不超过15个工作日。",
             en: "Innovative drugs are listed through the green channel within 15 working days.") {
            When(greenChannel(.innovativeDrug))
            Effect.dispose(.greenChannel, on: DateExpression(.listingApplication, plus: .workingDays(15)))
            Effect.oblige("complete-green-channel-listing", actor: .bjHealthcareSecurity,
                          zh: "在15个工作日内办结绿色通道挂网", en: "complete the green-channel listing within 15 working days",
                          due: DateExpression(.listingApplication, plus: .workingDays(15)), modality: .commit)
            Overrides("beijing-2024-5#12/green-channel", "beijing-2026-3#9/green-channel")
            // A pending objection's wait may run past the 15 working days; the texts do not say
            // which yields, so decisions name the conflict (Decision.conflicts).
            AcknowledgesTimeLimitConflict(with: "national-2022-45#4/await-opinion", "beijing-2026-3#6/await-opinion")
        },
        // 「严格落实药品企业挂网自主承诺制度。」 Drug enterprises (药品企业) applying for listing (挂网):
        // consumables keep 2022 (四) and 2026-3 (三); VBP participation keeps 2022 (四). 「完善医药价格和招采信用评价制度」 improves the system and decides no case: the credit
        // referral is 2026-3 (三)'s.
        Rule(m(.beijing2026_4, 30), "self-commitment-required",
             zh: "严格落实药品企业挂网自主承诺制度；药品未作出承诺的退回补充。",
             en: "The drug enterprises' listing self-commitment is strictly enforced; a drug without it goes back for completion.") {
            When(.applyingForListing && .drugProduct && !.selfCommitmentOnFile)
            Effect.dispose(.returnForCompletion)
        },
    ]

    // MARK: 京医保发〔2024〕5号

    static let beijing2024: [Rule] = [
        // 「完善创新医疗药械绿色通道机制，实现快速挂网。」 Drugs and devices; 2026-4 (十七) displaces it for
        // drugs only (以此为准 reaches only what is inconsistent), so devices keep this untimed channel.
        Rule(m(.beijing2024_5, 12), "green-channel",
             zh: "完善创新医疗药械绿色通道机制，实现快速挂网（未规定时限）。",
             en: "Innovative drugs and medical devices are listed fast through the green channel (no time limit stated).") {
            When(greenChannel(.innovativeDrug || .innovativeDevice))
            Effect.dispose(.greenChannel)
        },
    ]
}
