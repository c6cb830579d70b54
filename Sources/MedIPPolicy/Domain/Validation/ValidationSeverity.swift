/// How serious a validation issue is.
///
/// JSON form: `"error"`, `"warning"`.
public enum ValidationSeverity: String, StableStringEnum, Comparable {
    /// Suspicious but possible facts (e.g. a category declaration by an innovative drug); the
    /// case can still be evaluated.
    case warning
    /// Impossible or contradictory facts; the case should not be evaluated until fixed.
    case error

    /// A warning sorts before an error.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs == .warning && rhs == .error }
}
