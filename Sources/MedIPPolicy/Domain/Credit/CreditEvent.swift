/// A rating of the declaring enterprise under the pricing and procurement credit-evaluation
/// system.
///
/// JSON: `date`, `kind`, `scheme`, `level`, `authority` required; `clearedOn` optional.
/// ``Case/validate(rules:)`` checks that the level belongs to the scheme and that a new rating uses
/// the scheme in force on its date (a warning otherwise).
public struct CreditEvent: Sendable, Hashable, Codable {
    /// The date of the rating.
    public var date: CivilDate
    /// The conduct rated.
    public var kind: CreditConductKind
    /// The scheme it was made under.
    public var scheme: CreditRatingSchemeID
    /// The level given.
    public var level: CreditRatingLevel
    /// The rating authority, by name (e.g. 北京市医疗保障局).
    public var authority: String
    /// The date the rating was cleared (信用修复), if it was; an input — how long a rating lasts
    /// is not established here.
    public var clearedOn: CivilDate?

    /// Creates a credit event.
    public init(
        date: CivilDate, kind: CreditConductKind, scheme: CreditRatingSchemeID,
        level: CreditRatingLevel, authority: String, clearedOn: CivilDate? = nil
    ) {
        self.date = date
        self.kind = kind
        self.scheme = scheme
        self.level = level
        self.authority = authority
        self.clearedOn = clearedOn
    }

    /// Whether the rating stands on `date`: made on or before it and not yet cleared.
    @inline(__always)
    public func isActive(on date: CivilDate) -> Bool {
        self.date <= date && (clearedOn.map { date < $0 } ?? true)
    }
}
