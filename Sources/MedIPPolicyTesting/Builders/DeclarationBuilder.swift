/// Builds a `PatentLinkageDeclaration` (专利声明) about one of the reference drug's patents.
///
/// The builder carries the whole patent, so ``CaseBuilder/withDeclaration(_:)`` can add the patent
/// to the case with the declaration. When no declarant is given, the case's
/// marketing-authorisation holder declares.
///
/// ```swift
/// let declaration = DeclarationBuilder.category3(on: .compoundPatent(expiringOn: expiry))
/// ```
public struct DeclarationBuilder: FixtureBuilder {
    /// The category (1, 2, 3, 4.1, 4.2).
    public var category: LinkageDeclarationCategory
    /// The patent declared about; `nil` for category 1.
    public var patent: PatentBuilder?
    /// The date of the declaration; `nil` for the case default (a year before the product's
    /// approval, or 2025-01-20).
    public var declaredOn: CivilDate?
    /// Who declared; `nil` for the case's marketing-authorisation holder.
    public var declarant: String?

    /// Creates a builder.
    public init(_ category: LinkageDeclarationCategory, on patent: PatentBuilder?, declaredOn: CivilDate? = nil, declarant: String? = nil) {
        self.category = category
        self.patent = patent
        self.declaredOn = declaredOn
        self.declarant = declarant
    }

    /// A category-3 declaration (三类声明): the generic will not be marketed before `patent` expires.
    public static func category3(on patent: PatentBuilder, declaredOn: CivilDate? = nil) -> DeclarationBuilder {
        DeclarationBuilder(.three, on: patent, declaredOn: declaredOn)
    }

    /// A category-1 declaration (一类声明): no relevant patent is registered.
    public static func category1(declaredOn: CivilDate? = nil) -> DeclarationBuilder {
        DeclarationBuilder(.one, on: nil, declaredOn: declaredOn)
    }

    /// A copy dated `date`.
    public func declared(on date: CivilDate) -> Self { modified { $0.declaredOn = date } }
    /// A copy made by `declarant`.
    public func by(_ declarant: String) -> Self { modified { $0.declarant = declarant } }

    /// The declaration, dated 2025-01-20 and made by 示例制药有限公司 where those are not set
    /// (``CaseBuilder`` fills them from the case instead).
    public func build() -> PatentLinkageDeclaration {
        build(defaultDate: day(2025, 1, 20), defaultDeclarant: EnterpriseBuilder.genericMaker.name)
    }

    func build(defaultDate: CivilDate, defaultDeclarant: String) -> PatentLinkageDeclaration {
        PatentLinkageDeclaration(
            category: category, patent: patent?.number, declaredOn: declaredOn ?? defaultDate,
            declarant: declarant ?? defaultDeclarant)
    }
}

/// Builds a `Commitment` (承诺): the listing self-commitment (企业挂网自主承诺) or a commitment
/// not to market before a patent expires (专利权届满前不上市承诺), with findings of breach or
/// falsity.
public struct CommitmentBuilder: FixtureBuilder {
    /// Which commitment.
    public var kind: CommitmentKind
    /// The date it was made.
    public var date: CivilDate
    /// The patent a not-before-expiry commitment is about.
    public var patent: PatentBuilder?
    /// To whom a not-before-expiry commitment was made.
    public var addressee: CommitmentAddressee?
    /// Findings of breach or falsity, in date order.
    public var findings: [CommitmentFinding]

    /// Creates a builder.
    public init(
        _ kind: CommitmentKind, on date: CivilDate, patent: PatentBuilder? = nil,
        addressee: CommitmentAddressee? = nil, findings: [CommitmentFinding] = []
    ) {
        self.kind = kind
        self.date = date
        self.patent = patent
        self.addressee = addressee
        self.findings = findings
    }

    /// The listing self-commitment made on `date`.
    public static func selfCommitment(on date: CivilDate) -> CommitmentBuilder {
        CommitmentBuilder(.listingSelfCommitment, on: date)
    }

    /// A commitment made on `date` to `addressee` (the drug regulator by default) not to market
    /// before `patent` expires.
    public static func noMarketingBeforeExpiry(
        of patent: PatentBuilder, madeOn date: CivilDate,
        to addressee: CommitmentAddressee = CommitmentAddressee(kind: .drugRegulator, name: "国家药品监督管理局")
    ) -> CommitmentBuilder {
        CommitmentBuilder(.noMarketingBeforeExpiry, on: date, patent: patent, addressee: addressee)
    }

    /// A copy with a finding added (kept in date order).
    public func withFinding(_ kind: CommitmentFindingKind, on date: CivilDate, by authority: String = "北京市医疗保障局") -> Self {
        modified {
            let finding = CommitmentFinding(date: date, kind: kind, authority: authority)
            let position = $0.findings.firstIndex { $0.date > date } ?? $0.findings.endIndex
            $0.findings.insert(finding, at: position)
        }
    }
    /// A copy found false (虚假承诺) on `date`.
    public func foundFalse(on date: CivilDate, by authority: String = "北京市医疗保障局") -> Self {
        withFinding(.foundFalse, on: date, by: authority)
    }
    /// A copy verified as breached (经查实违反承诺) on `date`.
    public func breached(on date: CivilDate, by authority: String = "北京市医疗保障局") -> Self {
        withFinding(.verifiedBreach, on: date, by: authority)
    }

    /// The commitment.
    public func build() -> Commitment {
        Commitment(kind: kind, date: date, patent: patent?.number, addressee: addressee, findings: findings)
    }
}
