/// A drug's standing relative to the innovator product, as the patent-linkage and
/// procurement rules distinguish it.
///
/// Patent-linkage declarations are made by ``generic``, ``biosimilar`` and
/// ``sameNameSameFormulaTCM`` applicants (药品专利纠纷早期解决机制实施办法（试行）). JSON form: the
/// case name.
public enum DrugClass: String, StableStringEnum {
    /// Innovative drug (创新药).
    case innovative
    /// Improved new drug (改良型新药).
    case improvedNew
    /// Generic drug (仿制药), chemical.
    case generic
    /// Biosimilar (生物类似药).
    case biosimilar
    /// Same-name same-formula traditional Chinese medicine (中药同名同方药).
    case sameNameSameFormulaTCM

    /// Whether holders of this class make patent-linkage declarations against a reference drug.
    public var declaresAgainstReference: Bool {
        switch self {
        case .generic, .biosimilar, .sameNameSameFormulaTCM: true
        case .innovative, .improvedNew: false
        }
    }

    /// The class's name in Chinese and English.
    public var name: LocalizedText {
        switch self {
        case .innovative: LocalizedText(zh: "创新药", en: "innovative drug")
        case .improvedNew: LocalizedText(zh: "改良型新药", en: "improved new drug")
        case .generic: LocalizedText(zh: "仿制药", en: "generic drug")
        case .biosimilar: LocalizedText(zh: "生物类似药", en: "biosimilar")
        case .sameNameSameFormulaTCM: LocalizedText(zh: "中药同名同方药", en: "same-name same-formula TCM")
        }
    }
}
