/// Where a patent dispute was brought.
///
/// JSON form: `"ipAdministration"`, `"court"`.
public enum DisputeForum: String, StableStringEnum {
    /// An IP administration, for administrative handling or ruling (知识产权管理部门请求处理).
    case ipAdministration
    /// A people's court (人民法院起诉).
    case court
}
