/// Who received a patent-infringement objection.
///
/// JSON form: `"procurementAgency"`, `"healthcareSecurity"`.
public enum ObjectionReceiver: String, StableStringEnum {
    /// The medical procurement agency (医药集中采购机构), 国知发保字〔2022〕45号 (四).
    case procurementAgency
    /// The healthcare-security administration (医疗保障部门), 京医保发〔2026〕3号 (六).
    case healthcareSecurity
}
