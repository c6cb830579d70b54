/// Where a rule's time limits start counting when their anchor falls before the rule's
/// document took effect — the transition between editions.
///
/// A time limit is a date expression with a period (``DateExpression/offset``), such as
/// 京医保发〔2026〕4号（十七）'s "办理时间不超过15个工作日" counted from the listing application. The
/// texts do not say how a period a document introduces treats an application already pending
/// when it takes effect. The library's reading (``laterOfAnchorAndEffectiveDate``, the default):
/// a document binds from its first day, so its period runs from the later of the anchor and
/// that day, and nothing is due, or overdue, before the document existed. The alternative
/// (``anchor``) counts from the anchor even when it is earlier, as if the period had applied
/// retroactively. JSON: `"laterOfAnchorAndEffectiveDate"` or `"anchor"`.
public enum TimeLimitStart: String, StableStringEnum {
    /// The later of the anchor and the first day the rule's document is in force.
    case laterOfAnchorAndEffectiveDate
    /// The anchor, even when it is before the rule's document took effect.
    case anchor
}
