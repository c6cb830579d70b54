/// What an authority found about a commitment (京医保发〔2026〕3号 (三): handled under the pricing
/// and procurement credit-evaluation system).
///
/// JSON form: `"verifiedBreach"`, `"foundFalse"`.
public enum CommitmentFindingKind: String, StableStringEnum {
    /// The commitment was verified as breached (经查实违反承诺).
    case verifiedBreach
    /// The commitment was found false (虚假承诺).
    case foundFalse
}
