/// The conclusion of the objection procedure (异议处理程序) about infringement risk.
///
/// JSON form: `"riskFound"`, `"noRisk"`.
public enum ObjectionFinding: String, StableStringEnum {
    /// The procedure found an infringement risk (被认为存在侵权风险, 京医保发〔2026〕3号 (八)).
    case riskFound
    /// The procedure found no infringement risk.
    case noRisk
}
