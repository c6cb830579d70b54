/// Builds a `MarketExclusivity` (市场独占期) held by another enterprise, which bars the case's
/// generic while it runs.
///
/// The presets use each kind's legal maximum (`ExclusivityKind/maximumLength`). An exclusivity
/// held by the case's own enterprise or marketing-authorisation holder does not bar its product.
public struct ExclusivityBuilder: FixtureBuilder {
    /// The legal basis.
    public var kind: ExclusivityKind
    /// The first day covered.
    public var start: CivilDate
    /// The granted length.
    public var length: Period
    /// The first day no longer covered, when it ended early.
    public var endedOn: CivilDate?
    /// The patent successfully challenged (patent challenge only).
    public var challengedPatent: PatentBuilder?
    /// Whose exclusivity it is.
    public var holder: String?

    /// Creates a builder.
    public init(_ kind: ExclusivityKind, startingOn start: CivilDate, length: Period? = nil, holder: String? = "首仿制药有限公司") {
        self.kind = kind
        self.start = start
        self.length = length ?? kind.maximumLength
        self.endedOn = nil
        self.challengedPatent = nil
        self.holder = holder
    }

    /// The first successful challenger's 12-month exclusivity (药品专利纠纷早期解决机制实施办法（试行）
    /// Art. 11), from its approval on `start`, held by 首仿制药有限公司.
    public static func patentChallenge(startingOn start: CivilDate) -> ExclusivityBuilder {
        ExclusivityBuilder(.patentChallenge, startingOn: start)
    }

    /// A paediatric drug's exclusivity of up to 2 years from `start`.
    public static func paediatric(startingOn start: CivilDate) -> ExclusivityBuilder {
        ExclusivityBuilder(.paediatric, startingOn: start, holder: EnterpriseBuilder.originator.name)
    }

    /// A rare-disease drug's exclusivity of up to 7 years from `start`.
    public static func rareDisease(startingOn start: CivilDate) -> ExclusivityBuilder {
        ExclusivityBuilder(.rareDisease, startingOn: start, holder: EnterpriseBuilder.originator.name)
    }

    /// A copy lasting `length`.
    public func lasting(_ length: Period) -> Self { modified { $0.length = length } }
    /// A copy ended early on `date` (the first day no longer covered).
    public func endedEarly(on date: CivilDate) -> Self { modified { $0.endedOn = date } }
    /// A copy capped by the original term of `patent`, the patent successfully challenged.
    public func challenging(_ patent: PatentBuilder) -> Self { modified { $0.challengedPatent = patent } }
    /// A copy held by `holder`.
    public func heldBy(_ holder: String?) -> Self { modified { $0.holder = holder } }

    /// The exclusivity.
    public func build() -> MarketExclusivity {
        MarketExclusivity(
            kind: kind, start: start, length: length, endedOn: endedOn, challengedPatent: challengedPatent?.number,
            holder: holder)
    }
}

/// Builds a `CreditEvent`: a rating of the declaring enterprise under the pricing and
/// procurement credit-evaluation system (医药价格和招采信用评价).
///
/// The scheme is the one in force for new ratings on the event's date
/// (`CreditRatingScheme/scheme(forRatingOn:)`) and the default level is one of that scheme's:
/// 严重 (`serious`) under the 2020 scheme, 失信 (`dishonest`) under the 2025 one.
public struct CreditEventBuilder: FixtureBuilder {
    /// The date of the rating.
    public var date: CivilDate
    /// The conduct rated.
    public var kind: CreditConductKind
    /// The level; `nil` for the scheme's default.
    public var level: CreditRatingLevel?
    /// The rating authority.
    public var authority: String
    /// The date the rating was cleared (信用修复), if it was.
    public var clearedOn: CivilDate?

    /// Creates a builder for a rating of `kind` made on `date` by 北京市医疗保障局.
    public init(_ kind: CreditConductKind, on date: CivilDate, level: CreditRatingLevel? = nil, authority: String = "北京市医疗保障局") {
        self.date = date
        self.kind = kind
        self.level = level
        self.authority = authority
        self.clearedOn = nil
    }

    /// A rating for a false commitment (虚假承诺) made on `date`.
    public static func falseCommitment(on date: CivilDate) -> CreditEventBuilder { CreditEventBuilder(.falseCommitment, on: date) }
    /// A rating for a verified breach of commitment (违反承诺) made on `date`.
    public static func commitmentBreach(on date: CivilDate) -> CreditEventBuilder { CreditEventBuilder(.commitmentBreach, on: date) }
    /// A rating for an infringement finding made on `date`.
    public static func infringementFinding(on date: CivilDate) -> CreditEventBuilder { CreditEventBuilder(.infringementFinding, on: date) }

    /// A copy at `level` (it should belong to the scheme in force on the date).
    public func at(_ level: CreditRatingLevel) -> Self { modified { $0.level = level } }
    /// A copy cleared (信用修复) on `date`.
    public func cleared(on date: CivilDate) -> Self { modified { $0.clearedOn = date } }
    /// A copy rated by `authority`.
    public func ratedBy(_ authority: String) -> Self { modified { $0.authority = authority } }

    /// The credit event.
    public func build() -> CreditEvent {
        let scheme = CreditRatingScheme.scheme(forRatingOn: date)
        let level = level ?? (scheme.id == .nhsa2020 ? .serious : .dishonest)
        return CreditEvent(date: date, kind: kind, scheme: scheme.id, level: level, authority: authority, clearedOn: clearedOn)
    }
}
