/// A dated scheme of pricing and procurement credit-rating levels (医药价格和招采信用评价).
///
/// Source: 国家医疗保障局《关于建立医药价格和招采信用评价制度的指导意见》(医保发〔2020〕34号) and
/// later NHSA notices. Firm: the 2020 levels 一般 / 中等 / 严重 / 特别严重, updated quarterly;
/// from the third quarter of 2025 a revised standard uses 失信 / 严重失信 / 特别严重失信 for the
/// serious levels, and ratings made under the old rules stay until cleared. **Pending
/// confirmation:** that the revised standard keeps 一般 and 中等 below 失信 (five levels), and
/// which enforcement measure belongs to which lower level — so measures are not encoded here.
/// How long a rating lasts is not established: clearing is an input (``CreditEvent/clearedOn``).
public struct CreditRatingScheme: Sendable, Hashable, Codable, Identifiable {
    /// The scheme's id.
    public var id: CreditRatingSchemeID
    /// Its name.
    public var name: LocalizedText
    /// The document it comes from.
    public var source: String
    /// The first day new ratings are made under it; `nil` when the scheme has no known start
    /// (ratings of any earlier date may use it).
    public var newRatingsFrom: CivilDate?
    /// The first day new ratings are no longer made under it (older ratings stay until cleared);
    /// `nil` while the scheme is current.
    public var newRatingsUntil: CivilDate?
    /// Its levels in ascending severity.
    public var levels: [CreditRatingLevel]

    /// Creates a scheme.
    public init(
        id: CreditRatingSchemeID, name: LocalizedText, source: String, newRatingsFrom: CivilDate?,
        newRatingsUntil: CivilDate?, levels: [CreditRatingLevel]
    ) {
        self.id = id
        self.name = name
        self.source = source
        self.newRatingsFrom = newRatingsFrom
        self.newRatingsUntil = newRatingsUntil
        self.levels = levels
    }

    /// The first day of the third quarter of 2025, when the revised standard took over.
    public static let revisionDate = CivilDate(uncheckedYear: 2025, month: 7, day: 1)

    /// The 2020 scheme (医保发〔2020〕34号): 一般, 中等, 严重, 特别严重. Its start date is not
    /// recorded here; new ratings stop on 2025-07-01.
    public static let nhsa2020 = CreditRatingScheme(
        id: .nhsa2020,
        name: LocalizedText(zh: "医药价格和招采信用评价（2020年）", en: "Pricing and procurement credit evaluation (2020)"),
        source: "医保发〔2020〕34号", newRatingsFrom: nil, newRatingsUntil: revisionDate,
        levels: [.general, .moderate, .serious, .particularlySerious])

    /// The revised standard from the third quarter of 2025: 一般, 中等, 失信, 严重失信, 特别严重失信
    /// (the two lower levels pending confirmation).
    public static let nhsa2025 = CreditRatingScheme(
        id: .nhsa2025,
        name: LocalizedText(zh: "医药价格和招采信用评价（2025年第三季度起）", en: "Pricing and procurement credit evaluation (from Q3 2025)"),
        source: "NHSA revised rating standard, applied from Q3 2025", newRatingsFrom: revisionDate,
        newRatingsUntil: nil,
        levels: [.general, .moderate, .dishonest, .seriouslyDishonest, .particularlySeriouslyDishonest])

    /// Both schemes, oldest first.
    public static let all: [CreditRatingScheme] = [nhsa2020, nhsa2025]

    /// The scheme under which a new rating made on `date` falls.
    public static func scheme(forRatingOn date: CivilDate) -> CreditRatingScheme {
        date < revisionDate ? nhsa2020 : nhsa2025
    }

    /// The level's 0-based severity in this scheme, or `nil` when it is not one of its levels.
    public func severity(of level: CreditRatingLevel) -> Int? {
        levels.firstIndex(of: level)
    }
}
