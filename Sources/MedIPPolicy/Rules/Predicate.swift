/// A fact about a case on an as-of date that rule conditions test: the closed vocabulary of the
/// rule language.
///
/// The evaluator computes every predicate once per evaluation from the ``Case`` and the as-of
/// date; conditions only combine them. Each case documents the facts it reads. "On the as-of
/// date" means the fact's date is on or before it (and, where a fact can end, it has not ended
/// on or before it). JSON form: the case name as a string, e.g. `"objectionFoundRisk"`.
public enum Predicate: String, StableStringEnum, Comparable {
    // MARK: Application and procurement status

    /// The product is applying to be listed on the platform (申报平台挂网): the case's round is a
    /// listing round, or its latest procurement status is `listingApplication`.
    case applyingForListing
    /// The product is taking part in a volume-based procurement round (参加集中带量采购): the
    /// round is a VBP round, or the latest status is `vbpParticipation`.
    case participatingInVBP
    /// The product is listed on the platform (已挂网): a `listed` status not followed by
    /// `delisted`.
    case listed
    /// The product is selected in VBP (已中选): a `vbpSelected` status not followed by
    /// `selectionCancelled`.
    case vbpSelected

    // MARK: Commitments

    /// The enterprise's listing self-commitment (企业自主承诺) is on file.
    case selfCommitmentOnFile
    /// The listing commitment was verified as breached (经查实违反承诺) or found false (虚假承诺).
    case commitmentBreachedOrFalse
    /// The enterprise has itself committed not to market before a patent expires
    /// (专利权届满前不上市承诺), and that patent is still in force.
    case ownNoMarketingCommitmentInForce

    // MARK: Objection procedure

    /// A patent-infringement objection (专利侵权异议) was received and its procedure has not ended:
    /// not withdrawn and no outcome (``ObjectionOutcome``) reached on or before the as-of date.
    /// Opinion requests count only for pending objections, so waiting for an opinion, and the
    /// discretion to request one, end with the procedure.
    case objectionPending
    /// The authority asked the IP administration for a consultation or infringement-determination
    /// opinion on a pending objection.
    case opinionRequested
    /// An opinion was requested, the round's prescribed deadline (规定期限) has passed, and no
    /// opinion was given by it (逾期未给出参考意见) — and no other request on a pending objection is
    /// still within its deadline or answered in time: the exception lets the enterprise proceed
    /// only once nothing is awaited.
    case opinionOverdue
    /// The IP administration's opinion was given within the deadline, and no other request on a
    /// pending objection is still within its deadline unanswered: an opinion in hand is the
    /// reference (作为…参考) once nothing else is awaited; until then the authority waits.
    case opinionReceived
    /// A received opinion (``opinionReceived``) finds infringement likely.
    case opinionFindsInfringementRisk
    /// The objection procedure concluded that the product carries infringement risk
    /// (异议处理程序中被认为存在侵权风险): an outcome `riskFound` on or before the as-of date, of an
    /// objection not withdrawn before that outcome. The finding stands after the procedure ends.
    case objectionFoundRisk

    // MARK: Disputes and rulings

    /// A dispute over the product has been accepted (立案) by an IP administration or a court and
    /// is not mediated, settled or withdrawn.
    case disputeFiled
    /// A dispute arose after selection or after a purchase transaction on the listing
    /// (产生中选结果或挂网采购交易后产生相关专利侵权纠纷): it was accepted on or after the first
    /// `vbpSelected` or `purchaseTransaction` event, and it is pending or was decided by an
    /// effective ruling that finds infringement. A dispute decided by a ruling of no
    /// infringement (or set aside), mediated, settled or withdrawn does not count: there is no
    /// dispute left for the enterprise to answer for. Listing alone does not count.
    case disputeAfterSelectionOrTransaction
    /// An administrative ruling (行政裁决) or effective judgment (生效判决) finds that the product
    /// infringes, and has not been set aside.
    case infringementRulingEffective
    /// Such a ruling concerns a patent still in force: the product is an infringing copy of a
    /// product clearly within its protection period (已明确处于知识产权保护期内).
    case infringesPatentInForce
    /// A case the IP administration handled has been decided — an effective administrative ruling
    /// (行政裁决), whatever it finds — but the result has not yet been both served on the parties
    /// and copied to the healthcare-security administration (国知发保字〔2022〕45号（六）). Court
    /// judgments are not the IP administration's cases and do not count.
    case rulingNotYetShared

    // MARK: Patent linkage

    /// The product is a generic-type drug under patent linkage: a chemical generic, a biosimilar
    /// or a same-name same-formula TCM (化学仿制药 / 生物类似药 / 中药同名同方药).
    case linkageApplicant
    /// A category-3 patent declaration (三类声明) was made for the product.
    case category3Declared
    /// A patent covered by a category-3 declaration is still in force.
    case category3PatentInForce
    /// A market exclusivity (市场独占期) that bars this product is running.
    case marketExclusivityRunning

    // MARK: Innovation

    /// The product is an innovative drug (创新药).
    case innovativeDrug
    /// The product meets the green channel's conditions (符合条件的…), an input on the case
    /// (`product.greenChannelQualified`). The rules pair it with the product scope of their
    /// clause: ``innovativeDrug`` (创新药品) or ``innovativeDevice`` (创新医疗药械).
    case greenChannelQualified
    /// The product treats a rare disease or is for children (罕见病 / 儿童用药).
    case rareDiseaseOrPaediatric

    // MARK: Attention and credit

    /// The product is large in scale, draws high attention and carries IP risk — all three
    /// (规模较大、关注度高的…涉及知识产权风险的产品; `RiskAttention.isKeyProduct`).
    case keyProductWithIPRisk
    /// The enterprise was handled under the pricing and procurement credit-evaluation system
    /// (医药价格和招采信用评价) for conduct in listing or VBP, and the rating is not cleared.
    case creditHandled

    // MARK: Product scope and forum

    /// The product is a drug (药品), not a medical consumable (医用耗材): its category.
    case drugProduct
    /// The product is an innovative medical device (创新医疗器械): a medical consumable marked
    /// `product.innovativeDevice`, an input on the case.
    case innovativeDevice
    /// A dispute an IP administration accepted (请求知识产权管理部门处理) is pending, and no court has
    /// accepted the same dispute (a pending court dispute between the same parties over a shared
    /// patent): once a court has accepted it, an administrative ruling is no longer available
    /// (shared reading: domain-facts, patent linkage).
    case ipAdministrationDisputePending

    // MARK: Objection procedure (continued)

    /// A pending objection for which the authority has not yet asked the IP administration for an
    /// opinion: no request on or before the as-of date names it. 「医药集中采购机构如收到相关产品专利
    /// 侵权异议的，可以请知识产权管理部门…出具…意见」 — the discretion comes with each objection
    /// received, so a second objection received while the first one's opinion is awaited opens it
    /// again for itself. Declared last so that the other predicates keep their bits.
    case objectionWithoutOpinionRequest

    /// Orders predicates as the vocabulary declares them (their bit order).
    public static func < (lhs: Predicate, rhs: Predicate) -> Bool {
        lhs.ordinalIndex < rhs.ordinalIndex
    }

    /// The predicate's position in `Predicate.allCases`: its bit in the evaluator's fact mask.
    public var ordinalIndex: Int {
        switch self {
        case .applyingForListing: 0
        case .participatingInVBP: 1
        case .listed: 2
        case .vbpSelected: 3
        case .selfCommitmentOnFile: 4
        case .commitmentBreachedOrFalse: 5
        case .ownNoMarketingCommitmentInForce: 6
        case .objectionPending: 7
        case .opinionRequested: 8
        case .opinionOverdue: 9
        case .opinionReceived: 10
        case .opinionFindsInfringementRisk: 11
        case .objectionFoundRisk: 12
        case .disputeFiled: 13
        case .disputeAfterSelectionOrTransaction: 14
        case .infringementRulingEffective: 15
        case .infringesPatentInForce: 16
        case .rulingNotYetShared: 17
        case .linkageApplicant: 18
        case .category3Declared: 19
        case .category3PatentInForce: 20
        case .marketExclusivityRunning: 21
        case .innovativeDrug: 22
        case .greenChannelQualified: 23
        case .rareDiseaseOrPaediatric: 24
        case .keyProductWithIPRisk: 25
        case .creditHandled: 26
        case .drugProduct: 27
        case .innovativeDevice: 28
        case .ipAdministrationDisputePending: 29
        case .objectionWithoutOpinionRequest: 30
        }
    }
}
