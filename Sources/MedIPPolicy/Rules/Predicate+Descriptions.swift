extension Predicate {
    /// What the predicate states when it holds, in Chinese and English, for explanations.
    public var statement: LocalizedText {
        switch self {
        case .applyingForListing: LocalizedText(zh: "产品正在申报平台挂网", en: "the product is applying for listing")
        case .participatingInVBP: LocalizedText(zh: "产品正在参加集中带量采购", en: "the product is taking part in volume-based procurement")
        case .listed: LocalizedText(zh: "产品已在平台挂网", en: "the product is listed on the platform")
        case .vbpSelected: LocalizedText(zh: "产品已在集中带量采购中选", en: "the product is selected in volume-based procurement")
        case .selfCommitmentOnFile: LocalizedText(zh: "企业已作出自主承诺", en: "the enterprise's self-commitment is on file")
        case .commitmentBreachedOrFalse: LocalizedText(zh: "经查实企业违反承诺或存在虚假承诺", en: "the commitment was verified as breached or found false")
        case .ownNoMarketingCommitmentInForce: LocalizedText(zh: "企业自身作出的“专利权届满前不上市承诺”所涉专利仍有效", en: "the enterprise's own not-before-expiry commitment covers a patent still in force")
        case .objectionPending: LocalizedText(zh: "专利侵权异议处理程序尚未结束", en: "a patent-infringement objection is pending")
        case .opinionRequested: LocalizedText(zh: "已请知识产权管理部门出具咨询或侵权判定意见", en: "the IP administration's opinion has been requested")
        case .objectionWithoutOpinionRequest: LocalizedText(zh: "有尚未请知识产权管理部门出具意见的专利侵权异议", en: "a pending objection has no opinion requested for it yet")
        case .opinionOverdue: LocalizedText(zh: "知识产权管理部门逾期未给出参考意见", en: "the IP administration's opinion is overdue")
        case .opinionReceived: LocalizedText(zh: "知识产权管理部门已在规定期限内出具意见", en: "the IP administration's opinion was given in time")
        case .opinionFindsInfringementRisk: LocalizedText(zh: "意见认为存在侵权可能", en: "the opinion finds infringement likely")
        case .objectionFoundRisk: LocalizedText(zh: "异议处理程序中被认为存在侵权风险", en: "the objection procedure found infringement risk")
        case .disputeFiled: LocalizedText(zh: "知识产权管理部门或人民法院已立案且纠纷未了结", en: "an IP administration or court has accepted a dispute that is not resolved")
        case .disputeAfterSelectionOrTransaction: LocalizedText(zh: "产生中选结果或挂网采购交易后产生专利侵权纠纷", en: "a dispute arose after selection or after a purchase transaction on the listing")
        case .infringementRulingEffective: LocalizedText(zh: "行政裁决或生效判决认定侵权", en: "an administrative ruling or effective judgment finds infringement")
        case .infringesPatentInForce: LocalizedText(zh: "产品侵犯仍处于保护期内的专利权", en: "the product infringes a patent still in force")
        case .rulingNotYetShared: LocalizedText(zh: "知识产权管理部门的行政裁决尚未送达当事人并抄送医疗保障部门", en: "the IP administration's ruling has not yet been served and copied to the healthcare-security administration")
        case .linkageApplicant: LocalizedText(zh: "产品为仿制药、生物类似药或中药同名同方药", en: "the product is a generic, biosimilar or same-name same-formula TCM")
        case .category3Declared: LocalizedText(zh: "上市许可申请时作出三类声明", en: "a category-3 patent declaration was made")
        case .category3PatentInForce: LocalizedText(zh: "三类声明所涉专利权仍在有效期内", en: "a patent under a category-3 declaration is still in force")
        case .marketExclusivityRunning: LocalizedText(zh: "市场独占期尚未届满", en: "a market-exclusivity period is running")
        case .innovativeDrug: LocalizedText(zh: "产品为创新药", en: "the product is an innovative drug")
        case .greenChannelQualified: LocalizedText(zh: "产品符合绿色通道条件", en: "the product qualifies for the green channel")
        case .rareDiseaseOrPaediatric: LocalizedText(zh: "产品为罕见病或儿童用药", en: "the product treats a rare disease or is for children")
        case .keyProductWithIPRisk: LocalizedText(zh: "产品采购规模较大、关注度高且涉及知识产权风险", en: "the product is a large-scale, high-attention product with IP risk")
        case .creditHandled: LocalizedText(zh: "企业已依据医药价格和招采信用评价制度被处理", en: "the enterprise was handled under the pricing and procurement credit evaluation")
        case .drugProduct: LocalizedText(zh: "产品为药品", en: "the product is a drug")
        case .innovativeDevice: LocalizedText(zh: "产品为创新医疗器械", en: "the product is an innovative medical device")
        case .ipAdministrationDisputePending: LocalizedText(zh: "知识产权管理部门已受理纠纷处理请求且人民法院未受理同一纠纷", en: "an IP administration handles the dispute and no court has accepted the same dispute")
        }
    }
}
