/// One case from a ``CaseGenerator``: valid facts, the as-of date they were made for, and the
/// decision the generator built them to produce.
public struct GeneratedCase: Sendable, Hashable {
    /// The position in the generator's sequence, from 0.
    public var index: Int
    /// The facts; they validate without errors.
    public var facts: Case
    /// The date to evaluate on.
    public var asOf: CivilDate
    /// The disposition the case was built to produce.
    public var intended: DispositionKind
    /// What the decision must show: the disposition and, where the generator knows it without a
    /// working-day count, its date (derived from the facts it chose, not by evaluating).
    public var expectation: DecisionExpectation
}

/// How often a ``CaseGenerator`` aims at each disposition: integer weights, `0` for never.
public struct CaseMix: Sendable, Hashable {
    /// The weight of each disposition; a missing kind weighs 0.
    public var weights: [DispositionKind: Int]

    /// Creates a mix from weights; negative weights count as 0. An all-zero mix generates
    /// ordinary-procedure cases only. A weight on `.admit` counts for `.ordinaryProcedure`: no
    /// standard rule disposes `admit`; a case no rule addresses goes the ordinary procedure.
    public init(_ weights: [DispositionKind: Int]) {
        self.weights = weights.mapValues { max(0, $0) }
    }

    /// A catalogue-screening mix: mostly cases no rule holds back, every other disposition a few
    /// percent.
    ///
    /// ordinaryProcedure 28, deferUntil 12, greenChannel 8, returnForCompletion 8, refuseListing 7,
    /// revokeListing 7, awaitOpinion 6, agencyDecides 6, admitOnSelfCommitment 6,
    /// suspendNewListingReview 6, cancelSelection 6 (out of 100).
    public static let realistic = CaseMix([
        .ordinaryProcedure: 28, .deferUntil: 12, .greenChannel: 8, .returnForCompletion: 8, .refuseListing: 7,
        .revokeListing: 7, .awaitOpinion: 6, .agencyDecides: 6, .admitOnSelfCommitment: 6,
        .suspendNewListingReview: 6, .cancelSelection: 6,
    ])

    /// Every disposition the standard rules can yield equally often (all but `.admit`).
    public static let uniform = CaseMix(Dictionary(uniqueKeysWithValues: DispositionKind.allCases.filter { $0 != .admit }.map { ($0, 1) }))

    /// The kinds with a positive weight and their cumulative weights, in `DispositionKind` order.
    var table: (kinds: [DispositionKind], cumulative: [Int]) {
        var kinds: [DispositionKind] = []
        var cumulative: [Int] = []
        var total = 0
        for kind in DispositionKind.allCases where kind != .admit {
            let weight = (weights[kind] ?? 0) + (kind == .ordinaryProcedure ? weights[.admit] ?? 0 : 0)
            guard weight > 0 else { continue }
            total += weight
            kinds.append(kind)
            cumulative.append(total)
        }
        if kinds.isEmpty { return ([.ordinaryProcedure], [1]) }
        return (kinds, cumulative)
    }
}
