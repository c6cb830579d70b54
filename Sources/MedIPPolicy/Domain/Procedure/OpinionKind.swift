/// What an IP administration was asked for, or gave (国知发保字〔2022〕45号 (四): 咨询或侵权判定意见).
///
/// JSON form: `"consultation"`, `"infringementDetermination"`.
public enum OpinionKind: String, StableStringEnum {
    /// A consultation opinion (咨询意见).
    case consultation
    /// An infringement-determination opinion (侵权判定意见).
    case infringementDetermination
}
