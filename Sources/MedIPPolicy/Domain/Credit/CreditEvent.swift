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
    public var authority: String {
        get { storedAuthority.string }
        set { storedAuthority = StoredText(newValue) }
    }
    /// ``authority``'s storage (the bytes the case reader read, or a `String`).
    var storedAuthority: StoredText
    /// The date the rating was cleared (信用修复); an input — how long a rating lasts is not
    /// established here.
    ///
    /// `nil` while the rating stands: the library never lets a rating lapse by itself.
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
        self.storedAuthority = StoredText(authority)
        self.clearedOn = clearedOn
    }

    /// Whether the rating stands on `date`: made on or before it and not yet cleared.
    @inline(__always)
    public func isActive(on date: CivilDate) -> Bool {
        self.date <= date && (clearedOn.map { date < $0 } ?? true)
    }
}

extension CreditEvent {
    private enum CodingKeys: String, CodingKey, CaseIterable { case date, kind, scheme, level, authority, clearedOn }

    /// Decodes the object; a key it does not define is an error (see
    /// ``CaseFile/DecodingOptions``).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        date = try c.decode(CivilDate.self, forKey: .date)
        kind = try c.decode(CreditConductKind.self, forKey: .kind)
        scheme = try c.decode(CreditRatingSchemeID.self, forKey: .scheme)
        level = try c.decode(CreditRatingLevel.self, forKey: .level)
        storedAuthority = StoredText(try c.decode(String.self, forKey: .authority))
        clearedOn = try c.decodeIfPresent(CivilDate.self, forKey: .clearedOn)
    }

    /// Encodes every field (optional ones only when present).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encode(kind, forKey: .kind)
        try c.encode(scheme, forKey: .scheme)
        try c.encode(level, forKey: .level)
        try c.encode(authority, forKey: .authority)
        try c.encodeIfPresent(clearedOn, forKey: .clearedOn)
    }
}
