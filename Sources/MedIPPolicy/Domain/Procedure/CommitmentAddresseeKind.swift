/// To whom a not-before-expiry commitment was made.
///
/// JSON form: `"patentee"`, `"drugRegulator"`, `"court"`, `"other"`.
public enum CommitmentAddresseeKind: String, StableStringEnum {
    /// The patentee (专利权人), e.g. in a settlement.
    case patentee
    /// The drug regulator (药品监督管理部门), e.g. with a category-3 declaration.
    case drugRegulator
    /// A court (人民法院), e.g. in a mediated or judicial settlement.
    case court
    /// Anyone else.
    case other
}
