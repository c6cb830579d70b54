// Package-internal initialisers that wrap identifier text without validating it, for the fixture
// module (MedIPPolicyTesting), which computes check characters with the public algorithms and
// needs a non-optional value for its valid-by-construction defaults. Not public API.

extension UnifiedSocialCreditCode {
    /// Wraps a code already known to be valid, without checking it (package-internal).
    package init(uncheckedRawValue: String) {
        self.init(uncheckedBytes: uncheckedRawValue.utf8)
    }
}

extension PatentNumber {
    /// Wraps a canonical number already known to be valid, without checking it (package-internal).
    package init(uncheckedCanonical canonical: String, type: PatentType, filingYear: Int, isPCTNationalPhase: Bool) {
        self.integerKey = PatentNumber.integerKey(of: canonical)
        self.type = type
        self.filingYear = filingYear
        self.isPCTNationalPhase = isPCTNationalPhase
    }
}
