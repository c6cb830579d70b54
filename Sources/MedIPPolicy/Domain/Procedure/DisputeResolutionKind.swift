/// How a dispute ended.
///
/// A mediated, settled or withdrawn dispute no longer counts as a pending dispute
/// (京医保发〔2026〕3号 (七)). JSON form: the case name.
public enum DisputeResolutionKind: String, StableStringEnum {
    /// Resolved by mediation (调解: administrative or people's mediation).
    case mediated
    /// Settled by the parties (和解).
    case settled
    /// Withdrawn by the claimant (撤回).
    case withdrawn
    /// Decided: see the case's ``Ruling``s.
    case decided
}
