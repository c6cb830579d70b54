/// The legal basis of a market-exclusivity period (市场独占期), with its maximum length.
///
/// JSON form: `"patentChallenge"`, `"paediatric"`, `"rareDisease"`.
public enum ExclusivityKind: String, StableStringEnum {
    /// First successful patent challenger among chemical generics: 12 months from its approval,
    /// not beyond the original patent term (药品专利纠纷早期解决机制实施办法（试行） Art. 11).
    case patentChallenge
    /// Qualifying paediatric drug: up to 2 years (Regulations implementing the Drug
    /// Administration Law, State Council Order No. 828, in force 2026-05-15).
    case paediatric
    /// Qualifying rare-disease drug: up to 7 years (same regulations).
    case rareDisease

    /// The longest period the law allows for this kind.
    public var maximumLength: Period {
        switch self {
        case .patentChallenge: .months(12)
        case .paediatric: .years(2)
        case .rareDisease: .years(7)
        }
    }
}
