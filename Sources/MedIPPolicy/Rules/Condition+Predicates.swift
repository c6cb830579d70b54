// Static members so conditions read as `.objectionFoundRisk && .disputeFiled`.

extension Condition {
    /// Holds when ``Predicate/applyingForListing`` holds.
    public static var applyingForListing: Condition { .predicate(.applyingForListing) }
    /// Holds when ``Predicate/participatingInVBP`` holds.
    public static var participatingInVBP: Condition { .predicate(.participatingInVBP) }
    /// Holds when ``Predicate/listed`` holds.
    public static var listed: Condition { .predicate(.listed) }
    /// Holds when ``Predicate/vbpSelected`` holds.
    public static var vbpSelected: Condition { .predicate(.vbpSelected) }
    /// Holds when ``Predicate/selfCommitmentOnFile`` holds.
    public static var selfCommitmentOnFile: Condition { .predicate(.selfCommitmentOnFile) }
    /// Holds when ``Predicate/commitmentBreachedOrFalse`` holds.
    public static var commitmentBreachedOrFalse: Condition { .predicate(.commitmentBreachedOrFalse) }
    /// Holds when ``Predicate/ownNoMarketingCommitmentInForce`` holds.
    public static var ownNoMarketingCommitmentInForce: Condition { .predicate(.ownNoMarketingCommitmentInForce) }
    /// Holds when ``Predicate/objectionPending`` holds.
    public static var objectionPending: Condition { .predicate(.objectionPending) }
    /// Holds when ``Predicate/objectionWithoutOpinionRequest`` holds.
    public static var objectionWithoutOpinionRequest: Condition { .predicate(.objectionWithoutOpinionRequest) }
    /// Holds when ``Predicate/opinionRequested`` holds.
    public static var opinionRequested: Condition { .predicate(.opinionRequested) }
    /// Holds when ``Predicate/opinionOverdue`` holds.
    public static var opinionOverdue: Condition { .predicate(.opinionOverdue) }
    /// Holds when ``Predicate/opinionReceived`` holds.
    public static var opinionReceived: Condition { .predicate(.opinionReceived) }
    /// Holds when ``Predicate/opinionFindsInfringementRisk`` holds.
    public static var opinionFindsInfringementRisk: Condition { .predicate(.opinionFindsInfringementRisk) }
    /// Holds when ``Predicate/objectionFoundRisk`` holds.
    public static var objectionFoundRisk: Condition { .predicate(.objectionFoundRisk) }
    /// Holds when ``Predicate/disputeFiled`` holds.
    public static var disputeFiled: Condition { .predicate(.disputeFiled) }
    /// Holds when ``Predicate/disputeAfterSelectionOrTransaction`` holds.
    public static var disputeAfterSelectionOrTransaction: Condition { .predicate(.disputeAfterSelectionOrTransaction) }
    /// Holds when ``Predicate/infringementRulingEffective`` holds.
    public static var infringementRulingEffective: Condition { .predicate(.infringementRulingEffective) }
    /// Holds when ``Predicate/infringesPatentInForce`` holds.
    public static var infringesPatentInForce: Condition { .predicate(.infringesPatentInForce) }
    /// Holds when ``Predicate/rulingNotYetShared`` holds.
    public static var rulingNotYetShared: Condition { .predicate(.rulingNotYetShared) }
    /// Holds when ``Predicate/linkageApplicant`` holds.
    public static var linkageApplicant: Condition { .predicate(.linkageApplicant) }
    /// Holds when ``Predicate/category3Declared`` holds.
    public static var category3Declared: Condition { .predicate(.category3Declared) }
    /// Holds when ``Predicate/category3PatentInForce`` holds.
    public static var category3PatentInForce: Condition { .predicate(.category3PatentInForce) }
    /// Holds when ``Predicate/marketExclusivityRunning`` holds.
    public static var marketExclusivityRunning: Condition { .predicate(.marketExclusivityRunning) }
    /// Holds when ``Predicate/innovativeDrug`` holds.
    public static var innovativeDrug: Condition { .predicate(.innovativeDrug) }
    /// Holds when ``Predicate/greenChannelQualified`` holds.
    public static var greenChannelQualified: Condition { .predicate(.greenChannelQualified) }
    /// Holds when ``Predicate/rareDiseaseOrPaediatric`` holds.
    public static var rareDiseaseOrPaediatric: Condition { .predicate(.rareDiseaseOrPaediatric) }
    /// Holds when ``Predicate/keyProductWithIPRisk`` holds.
    public static var keyProductWithIPRisk: Condition { .predicate(.keyProductWithIPRisk) }
    /// Holds when ``Predicate/creditHandled`` holds.
    public static var creditHandled: Condition { .predicate(.creditHandled) }
    /// Holds when ``Predicate/drugProduct`` holds.
    public static var drugProduct: Condition { .predicate(.drugProduct) }
    /// Holds when ``Predicate/innovativeDevice`` holds.
    public static var innovativeDevice: Condition { .predicate(.innovativeDevice) }
    /// Holds when ``Predicate/ipAdministrationDisputePending`` holds.
    public static var ipAdministrationDisputePending: Condition { .predicate(.ipAdministrationDisputePending) }
}
