// The ids of the shipped rules and their measures, written out for the scenarios' expectations
// (fixture-internal). The tests check that every id here names a rule of `RuleSet.standard`.

/// Measure ids by document.
enum M {
    static func n22(_ ordinal: Int) -> MeasureID { MeasureID(.national2022_45, ordinal) }
    static func b24(_ ordinal: Int) -> MeasureID { MeasureID(.beijing2024_5, ordinal) }
    static func b263(_ ordinal: Int) -> MeasureID { MeasureID(.beijing2026_3, ordinal) }
    static func b264(_ ordinal: Int) -> MeasureID { MeasureID(.beijing2026_4, ordinal) }
}

/// Rule ids of `RuleSet.standard`, by document and measure.
enum R {
    // 国知发保字〔2022〕45号
    static let n22SelfCommitment = RuleID(M.n22(4), "self-commitment-required")
    static let n22Liability = RuleID(M.n22(4), "liability-after-listing")
    static let n22OpinionMayBeRequested = RuleID(M.n22(4), "opinion-may-be-requested")
    static let n22AwaitOpinion = RuleID(M.n22(4), "await-opinion")
    static let n22OpinionAsReference = RuleID(M.n22(4), "opinion-as-reference")
    static let n22OverdueOpinion = RuleID(M.n22(4), "overdue-opinion-self-commitment")
    static let n22CommitAfterOverdueOpinion = RuleID(M.n22(4), "commit-after-overdue-opinion")
    static let n22GuideDispute = RuleID(M.n22(5), "guide-dispute-resolution")
    static let n22HandleDispute = RuleID(M.n22(5), "handle-dispute-efficiently")
    static let n22DelistClear = RuleID(M.n22(5), "delist-clear-infringement")
    static let n22RefuseAfterRuling = RuleID(M.n22(6), "refuse-listing-after-ruling")
    static let n22DelistAfterRuling = RuleID(M.n22(6), "delist-after-ruling")
    static let n22CancelSelection = RuleID(M.n22(6), "cancel-selection-after-ruling")
    static let n22ServeAndCopy = RuleID(M.n22(6), "serve-and-copy-result")
    static let n22KeyProduct = RuleID(M.n22(7), "key-product-attention")

    // 京医保发〔2026〕3号
    static let b263JointAssessment = RuleID(M.b263(1), "joint-assessment")
    static let b263SelfCommitment = RuleID(M.b263(3), "self-commitment-required")
    static let b263OwnCommitment = RuleID(M.b263(3), "own-commitment-at-stake")
    static let b263Liability = RuleID(M.b263(3), "liability-after-listing")
    static let b263BreachToCredit = RuleID(M.b263(3), "breach-to-credit-evaluation")
    static let b263MarketAfterExpiry = RuleID(M.b263(4), "market-after-expiry")
    static let b263ComplianceReminder = RuleID(M.b263(4), "compliance-reminder")
    static let b263DrugSafetyCredit = RuleID(M.b263(5), "drug-safety-credit")
    static let b263OpinionMayBeRequested = RuleID(M.b263(6), "opinion-may-be-requested")
    static let b263AwaitOpinion = RuleID(M.b263(6), "await-opinion")
    static let b263OpinionAsReference = RuleID(M.b263(6), "opinion-as-reference")
    static let b263OverdueOpinion = RuleID(M.b263(6), "overdue-opinion-self-commitment")
    static let b263CommitAfterOverdueOpinion = RuleID(M.b263(6), "commit-after-overdue-opinion")
    static let b263DisputeHandling = RuleID(M.b263(7), "dispute-handling")
    static let b263FastTrack = RuleID(M.b263(7), "fast-track-ruling")
    static let b263RefuseCopy = RuleID(M.b263(8), "refuse-infringing-copy")
    static let b263Suspend = RuleID(M.b263(8), "suspend-new-listing-review")
    static let b263RevokeListing = RuleID(M.b263(8), "revoke-listing")
    static let b263CancelSelection = RuleID(M.b263(8), "cancel-selection")
    static let b263GreenChannel = RuleID(M.b263(9), "green-channel")
    static let b263SubmitIPProof = RuleID(M.b263(9), "submit-ip-proof")

    // 京医保发〔2026〕4号
    static let b264PriorityService = RuleID(M.b264(6), "priority-service")
    static let b264GreenChannel = RuleID(M.b264(17), "green-channel-15-working-days")
    static let b264SelfCommitment = RuleID(M.b264(30), "self-commitment-required")

    // 京医保发〔2024〕5号
    static let b24GreenChannel = RuleID(M.b24(12), "green-channel")

    /// Every id above.
    static let all: [RuleID] = [
        n22SelfCommitment, n22Liability, n22OpinionMayBeRequested, n22AwaitOpinion, n22OpinionAsReference,
        n22OverdueOpinion, n22CommitAfterOverdueOpinion, n22GuideDispute, n22HandleDispute, n22DelistClear, n22RefuseAfterRuling, n22DelistAfterRuling,
        n22CancelSelection, n22ServeAndCopy, n22KeyProduct,
        b263JointAssessment, b263SelfCommitment, b263OwnCommitment, b263Liability,
        b263BreachToCredit, b263MarketAfterExpiry, b263ComplianceReminder, b263DrugSafetyCredit,
        b263OpinionMayBeRequested, b263AwaitOpinion, b263OpinionAsReference, b263OverdueOpinion,
        b263CommitAfterOverdueOpinion,
        b263DisputeHandling, b263FastTrack, b263RefuseCopy, b263Suspend, b263RevokeListing, b263CancelSelection,
        b263GreenChannel, b263SubmitIPProof,
        b264PriorityService, b264GreenChannel, b264SelfCommitment,
        b24GreenChannel,
    ]
}

/// Department ids that obligations name.
enum Actor {
    static let declaringEnterprise: DepartmentID = "declaring-enterprise"
    static let ipAdministration: DepartmentID = "ip-administration"
    static let bjHealthcareSecurity: DepartmentID = "bj-healthcare-security"
}

/// Obligation expectations used again and again.
enum O {
    /// The self-commitment obligation of 2022 (四) alone (outside Beijing or before 2026-3).
    static let submitSelfCommitmentNational = ObligationExpectation(
        "submit-self-commitment", actor: Actor.declaringEnterprise, due: .undated, rules: [R.n22SelfCommitment],
        modality: .must)
    /// The self-commitment obligation of 2022 (四) and 2026-3 (三), merged.
    static let submitSelfCommitment = ObligationExpectation(
        "submit-self-commitment", actor: Actor.declaringEnterprise, due: .undated,
        rules: [R.n22SelfCommitment, R.b263SelfCommitment], modality: .must)
    /// The same obligation once the IP administration's opinion is overdue: 2022 (四) and
    /// 2026-3 (六) name the commitment as the way forward (企业自主承诺后可以按程序参加), so their
    /// rules are cited on it too.
    static let submitSelfCommitmentAfterOverdueOpinion = ObligationExpectation(
        "submit-self-commitment", actor: Actor.declaringEnterprise, due: .undated,
        rules: [R.n22SelfCommitment, R.b263SelfCommitment, R.n22CommitAfterOverdueOpinion, R.b263CommitAfterOverdueOpinion],
        modality: .must)
    /// 2022 (六): serve the result and copy it to the healthcare-security administration.
    static let serveAndCopy = ObligationExpectation(
        "serve-and-copy-result", actor: Actor.ipAdministration, due: .undated, rules: [R.n22ServeAndCopy],
        modality: .must)
    /// 2022 (五): handle the dispute efficiently (要, shall) — only for a dispute before an IP
    /// administration, not one before a court.
    static let handleDispute = ObligationExpectation(
        "handle-dispute-efficiently", actor: Actor.ipAdministration, due: .undated, rules: [R.n22HandleDispute],
        modality: .shall)
    /// 2026-3 (七): the fast track for procurement patent rulings (a commitment the text makes) —
    /// only for a dispute before an IP administration.
    static let fastTrack = ObligationExpectation(
        "fast-track-ruling", actor: Actor.ipAdministration, due: .undated, rules: [R.b263FastTrack], modality: .commit)

    /// The opinion due by `deadline`, from 2022 (四) and, in Beijing from 2026-03-27, 2026-3 (六).
    /// The IP administration *may* give it (可以请…出具; the texts foresee no answer), so it is
    /// never overdue, not even after the deadline.
    static func giveOpinion(due deadline: CivilDate, beijing: Bool = true) -> ObligationExpectation {
        ObligationExpectation(
            "give-opinion", actor: Actor.ipAdministration, due: .on(deadline),
            rules: beijing ? [R.n22AwaitOpinion, R.b263AwaitOpinion] : [R.n22AwaitOpinion], overdue: false,
            modality: .may)
    }
}

/// Regimes (documents in force) used by the scenarios.
enum Regimes {
    static let none: [DocumentID] = []
    static let national: [DocumentID] = [.national2022_45]
    static let beijing2024: [DocumentID] = [.national2022_45, .beijing2024_5]
    static let beijing2026_3: [DocumentID] = [.national2022_45, .beijing2024_5, .beijing2026_3]
    static let beijingAll: [DocumentID] = [.national2022_45, .beijing2024_5, .beijing2026_3, .beijing2026_4]
}
