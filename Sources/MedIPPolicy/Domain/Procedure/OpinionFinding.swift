/// What an IP administration's opinion concludes.
///
/// JSON form: `"infringementLikely"`, `"noInfringement"`, `"inconclusive"`.
public enum OpinionFinding: String, StableStringEnum {
    /// Infringement is likely.
    case infringementLikely
    /// No infringement.
    case noInfringement
    /// No conclusion either way.
    case inconclusive
}
