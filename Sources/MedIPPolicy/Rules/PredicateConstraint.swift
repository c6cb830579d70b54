/// A logical relation between predicates that holds on every case, because of how the evaluator
/// computes them. The analyser enumerates only assignments that respect these, so it reports no
/// conflict that no real case could produce.
public enum PredicateConstraint: Sendable, Hashable, Codable {
    /// Whenever the first holds, the second holds.
    case implies(Predicate, Predicate)
    /// The two never hold together.
    case excludes(Predicate, Predicate)

    /// The relations the evaluator guarantees.
    public static let standard: [PredicateConstraint] = [
        // An opinion request only counts for an objection on file.
        .implies(.opinionRequested, .objectionPending),
        .implies(.objectionWithoutOpinionRequest, .objectionPending),
        .implies(.opinionOverdue, .opinionRequested),
        .implies(.opinionReceived, .opinionRequested),
        .implies(.opinionFindsInfringementRisk, .opinionReceived),
        // An opinion given in time means the request is not overdue.
        .excludes(.opinionOverdue, .opinionReceived),
        .implies(.infringesPatentInForce, .infringementRulingEffective),
        .implies(.category3PatentInForce, .category3Declared),
        .excludes(.innovativeDrug, .linkageApplicant),
        // The product's category and class.
        .implies(.innovativeDrug, .drugProduct),
        .implies(.linkageApplicant, .drugProduct),
        .excludes(.innovativeDevice, .drugProduct),
        // One standing at a time: the latest application event.
        .excludes(.applyingForListing, .participatingInVBP),
        .implies(.ipAdministrationDisputePending, .disputeFiled),
    ]

    /// The predicates the constraint mentions.
    public var predicates: [Predicate] {
        switch self {
        case .implies(let a, let b), .excludes(let a, let b): [a, b]
        }
    }

    /// Whether an assignment satisfies the constraint.
    public func isSatisfied(by facts: (Predicate) -> Bool) -> Bool {
        switch self {
        case .implies(let a, let b): !facts(a) || facts(b)
        case .excludes(let a, let b): !(facts(a) && facts(b))
        }
    }
}
