/// The kind of drug patent that may be registered on the China Listed Drug Patent Information
/// Registration Platform (中国上市药品专利信息登记平台) under the patent-linkage rules.
///
/// Source: 药品专利纠纷早期解决机制实施办法（试行）(NMPA & CNIPA 公告2021年第89号, 2021-07-04).
/// **Pending confirmation** (`[check]` in the project's reference notes): the list below is
/// widely reported but was not read in the primary text here. Not registrable according to the
/// same reports: intermediates, metabolites, crystal forms, preparation methods, test methods —
/// such patents simply have no category (`nil` on ``Patent/registrableCategory``).
/// JSON form: the case name, e.g. `"chemicalCompound"`.
public enum LinkagePatentCategory: String, StableStringEnum {
    /// Chemical drug: compound patent on the active ingredient (化学药 活性成分化合物专利).
    case chemicalCompound
    /// Chemical drug: composition containing the active ingredient (含活性成分的药物组合物专利).
    case chemicalComposition
    /// Chemical drug: medical use (医药用途专利).
    case chemicalMedicalUse
    /// Traditional Chinese medicine: composition (中药组合物专利).
    case tcmComposition
    /// Traditional Chinese medicine: extract (中药提取物专利).
    case tcmExtract
    /// Traditional Chinese medicine: medical use (医药用途专利).
    case tcmMedicalUse
    /// Biologic: sequence structure of the active ingredient (生物制品 活性成分的序列结构专利).
    case biologicSequenceStructure
    /// Biologic: medical use (医药用途专利).
    case biologicMedicalUse

    /// The drug category the patent kind belongs to.
    public var productCategory: ProductCategory {
        switch self {
        case .chemicalCompound, .chemicalComposition, .chemicalMedicalUse: .chemicalDrug
        case .tcmComposition, .tcmExtract, .tcmMedicalUse: .traditionalChineseMedicine
        case .biologicSequenceStructure, .biologicMedicalUse: .biologicalDrug
        }
    }
}
