/// The statutory lengths used to compute a ``PatentTerm``, with their sources.
///
/// Patent Law of the PRC (2020 amendment, in force 2021-06-01) Art. 42: invention 20 years,
/// utility model 10 years, design 15 years, each counted from the filing date; drug-patent term
/// compensation (Art. 42(3); Implementing Regulations 2023 Arts. 80–83) of at most 5 years, with
/// the effective term after the new drug's marketing approval at most 14 years. These are built
/// in as ``default``.
///
/// **Pending confirmation:** that designs filed before 2021-06-01 keep the old 10-year term is
/// widely reported but not read in the primary text here; it is the default of
/// ``designLongTermFrom`` and ``designYearsBeforeLongTerm`` and can be changed.
public struct PatentTermRules: Sendable, Hashable, Codable {
    /// Invention term in years (20).
    public var inventionYears: Int
    /// Utility-model term in years (10).
    public var utilityModelYears: Int
    /// Design term in years for designs filed on or after ``designLongTermFrom`` (15).
    public var designYears: Int
    /// Design term in years for designs filed before ``designLongTermFrom`` (10; pending
    /// confirmation).
    public var designYearsBeforeLongTerm: Int
    /// The first filing date that gets ``designYears`` (2021-06-01, the 2020 amendment's entry
    /// into force; pending confirmation).
    public var designLongTermFrom: CivilDate
    /// The longest drug-patent term compensation, in years (5).
    public var compensationMaximumYears: Int
    /// The longest effective term after the drug's marketing approval, in years (14).
    public var maximumYearsAfterApproval: Int

    /// Creates a rule set.
    public init(
        inventionYears: Int = 20, utilityModelYears: Int = 10, designYears: Int = 15,
        designYearsBeforeLongTerm: Int = 10,
        designLongTermFrom: CivilDate = PatentTermRules.amendment2020InForce,
        compensationMaximumYears: Int = 5, maximumYearsAfterApproval: Int = 14
    ) {
        self.inventionYears = inventionYears
        self.utilityModelYears = utilityModelYears
        self.designYears = designYears
        self.designYearsBeforeLongTerm = designYearsBeforeLongTerm
        self.designLongTermFrom = designLongTermFrom
        self.compensationMaximumYears = compensationMaximumYears
        self.maximumYearsAfterApproval = maximumYearsAfterApproval
    }

    /// 2021-06-01, the day the 2020 amendment of the Patent Law came into force.
    public static let amendment2020InForce = CivilDate(uncheckedYear: 2021, month: 6, day: 1)

    /// The Patent Law 2020 values described above.
    public static let `default` = PatentTermRules()

    /// The statutory term in years for a patent of `type` filed on `filingDate`.
    public func statutoryYears(for type: PatentType, filedOn filingDate: CivilDate) -> Int {
        switch type {
        case .invention: inventionYears
        case .utilityModel: utilityModelYears
        case .design: filingDate >= designLongTermFrom ? designYears : designYearsBeforeLongTerm
        }
    }
}
