/// What a ruling finds.
///
/// JSON form: `"infringes"`, `"doesNotInfringe"`, `"patentInvalid"`.
public enum RulingFinding: String, StableStringEnum {
    /// The product infringes (认定侵权).
    case infringes
    /// The product does not infringe.
    case doesNotInfringe
    /// The patent is invalid (e.g. a court upholding an invalidation), so no infringement.
    case patentInvalid
}
