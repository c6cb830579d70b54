/// What kind of decision a ruling is (国知发保字〔2022〕45号 (六)).
///
/// JSON form: `"administrativeRuling"`, `"effectiveJudgment"`.
public enum RulingKind: String, StableStringEnum {
    /// An administrative ruling by an IP administration (行政裁决).
    case administrativeRuling
    /// An effective court judgment (生效判决).
    case effectiveJudgment
}
