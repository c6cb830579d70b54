/// The kind of patent right (专利类型) under the Patent Law of the PRC Art. 2.
///
/// JSON form: `"invention"`, `"utilityModel"`, `"design"`.
public enum PatentType: String, StableStringEnum {
    /// Invention patent (发明专利): 20-year term from filing (Patent Law Art. 42).
    case invention
    /// Utility model patent (实用新型专利): 10-year term from filing (Art. 42).
    case utilityModel
    /// Design patent (外观设计专利): 15-year term from filing for designs filed on or after
    /// 2021-06-01, 10 years before (Art. 42; see ``PatentTermRules``).
    case design

    /// The type's name in Chinese and English.
    public var name: LocalizedText {
        switch self {
        case .invention: LocalizedText(zh: "发明", en: "invention")
        case .utilityModel: LocalizedText(zh: "实用新型", en: "utility model")
        case .design: LocalizedText(zh: "外观设计", en: "design")
        }
    }
}
