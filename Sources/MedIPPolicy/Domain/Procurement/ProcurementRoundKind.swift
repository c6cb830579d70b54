/// What kind of procurement round the case's application belongs to.
///
/// JSON form: `"listing"`, `"vbp"`.
public enum ProcurementRoundKind: String, StableStringEnum {
    /// Listing on the procurement platform (平台挂网).
    case listing
    /// Volume-based procurement (集中带量采购).
    case vbp
}
