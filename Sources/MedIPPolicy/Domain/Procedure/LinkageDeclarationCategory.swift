/// The category of a patent-linkage declaration (专利声明类别).
///
/// Source: 药品专利纠纷早期解决机制实施办法（试行）(NMPA & CNIPA 公告2021年第89号, 2021-07-04).
/// A chemical generic, same-name same-formula TCM or biosimilar applicant declares one category
/// for each registered patent of the reference drug. JSON form: `"1"`, `"2"`, `"3"`, `"4.1"`,
/// `"4.2"`.
public enum LinkageDeclarationCategory: String, StableStringEnum {
    /// Category 1 (一类声明): no related patent of the reference drug is registered on the platform.
    case one = "1"
    /// Category 2 (二类声明): the registered patent has terminated or been declared invalid, or
    /// the applicant holds a licence from the patentee.
    case two = "2"
    /// Category 3 (三类声明): a patent is registered and the applicant undertakes not to market the
    /// generic before it expires (京医保发〔2026〕3号 (四): marketable only after the patent term
    /// and market exclusivity have expired).
    case three = "3"
    /// Category 4.1 (4.1类声明): the registered patent should be declared invalid.
    case fourPointOne = "4.1"
    /// Category 4.2 (4.2类声明): the generic does not fall within the scope of the registered
    /// patent.
    case fourPointTwo = "4.2"

    /// Whether the category names a specific registered patent (all but category 1).
    public var namesPatent: Bool { self != .one }

    /// The category's label in Chinese and English, e.g. `三类声明` / `category 3`.
    public var name: LocalizedText {
        switch self {
        case .one: LocalizedText(zh: "一类声明", en: "category 1")
        case .two: LocalizedText(zh: "二类声明", en: "category 2")
        case .three: LocalizedText(zh: "三类声明", en: "category 3")
        case .fourPointOne: LocalizedText(zh: "4.1类声明", en: "category 4.1")
        case .fourPointTwo: LocalizedText(zh: "4.2类声明", en: "category 4.2")
        }
    }
}
