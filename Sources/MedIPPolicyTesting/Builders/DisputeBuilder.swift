/// Builds a `Ruling`: an administrative ruling (行政裁决) or effective judgment (生效判决) on
/// infringement by the case's product.
///
/// By default a ruling is served on the parties and copied to the healthcare-security
/// administration on the day it takes effect, so it raises no "serve and copy" obligation; use
/// ``notYetCopied()`` or ``notYetServed()`` for one that does.
public struct RulingBuilder: FixtureBuilder {
    /// The ruling's id; `nil` lets ``CaseBuilder`` number it (`RUL-1`, …).
    public var id: String?
    /// The dispute it decides, by id.
    public var dispute: String?
    /// Administrative ruling or effective judgment.
    public var kind: RulingKind
    /// What it finds.
    public var finding: RulingFinding
    /// The patents it rules on.
    public var patents: [PatentBuilder]
    /// The date it took effect (生效).
    public var effectiveOn: CivilDate
    /// The date it was served (送达).
    public var servedOn: CivilDate?
    /// The date it was copied to the healthcare-security administration (抄送医疗保障部门).
    public var copiedToHealthcareSecurityOn: CivilDate?
    /// The date it was set aside, if so.
    public var setAsideOn: CivilDate?

    /// Creates a builder for a ruling effective on `effectiveOn`, served and copied that day.
    public init(_ finding: RulingFinding, effectiveOn: CivilDate, on patents: [PatentBuilder], kind: RulingKind = .administrativeRuling, id: String? = nil) {
        self.id = id
        self.dispute = nil
        self.kind = kind
        self.finding = finding
        self.patents = patents
        self.effectiveOn = effectiveOn
        self.servedOn = effectiveOn
        self.copiedToHealthcareSecurityOn = effectiveOn
        self.setAsideOn = nil
    }

    /// An administrative ruling effective on `date` finding that the product infringes `patent`.
    public static func infringement(of patent: PatentBuilder, effectiveOn date: CivilDate) -> RulingBuilder {
        RulingBuilder(.infringes, effectiveOn: date, on: [patent])
    }

    /// An administrative ruling effective on `date` finding no infringement of `patent`.
    public static func noInfringement(of patent: PatentBuilder, effectiveOn date: CivilDate) -> RulingBuilder {
        RulingBuilder(.doesNotInfringe, effectiveOn: date, on: [patent])
    }

    /// A copy that is an effective court judgment (生效判决) rather than an administrative ruling.
    public func asJudgment() -> Self { modified { $0.kind = .effectiveJudgment } }
    /// A copy with the id `id`.
    public func withID(_ id: String) -> Self { modified { $0.id = id } }
    /// A copy deciding the dispute `disputeID`.
    public func deciding(dispute disputeID: String) -> Self { modified { $0.dispute = disputeID } }
    /// A copy served on `date` (or never).
    public func served(on date: CivilDate?) -> Self { modified { $0.servedOn = date } }
    /// A copy copied to the healthcare-security administration on `date` (or never).
    public func copiedToHealthcareSecurity(on date: CivilDate?) -> Self { modified { $0.copiedToHealthcareSecurityOn = date } }
    /// A copy not (yet) copied to the healthcare-security administration.
    public func notYetCopied() -> Self { copiedToHealthcareSecurity(on: nil) }
    /// A copy not (yet) served on the parties.
    public func notYetServed() -> Self { served(on: nil) }
    /// A copy set aside on review or appeal on `date`.
    public func setAside(on date: CivilDate) -> Self { modified { $0.setAsideOn = date } }

    /// The ruling (`RUL-1` where no id is set).
    public func build() -> Ruling {
        Ruling(
            id: id ?? "RUL-1", dispute: dispute, kind: kind, finding: finding, patents: patents.map(\.number),
            effectiveOn: effectiveOn, servedOn: servedOn, copiedToHealthcareSecurityOn: copiedToHealthcareSecurityOn,
            setAsideOn: setAsideOn)
    }
}

/// Builds a `Dispute`: a patent-infringement dispute (专利侵权纠纷) accepted (立案) by an IP
/// administration or a court, and how it ended.
///
/// A dispute decided by a ruling carries it (``decided(by:)``); ``CaseBuilder/withDispute(_:)``
/// adds both, with the ruling pointing at the dispute. When no respondent is given, the case's
/// enterprise is the respondent.
public struct DisputeBuilder: FixtureBuilder {
    /// The dispute's id; `nil` lets ``CaseBuilder`` number it (`DSP-1`, …).
    public var id: String?
    /// IP administration or court.
    public var forum: DisputeForum
    /// The date it was accepted (立案).
    public var filedOn: CivilDate
    /// The patents in suit.
    public var patents: [PatentBuilder]
    /// Who brought it.
    public var claimant: String
    /// Who it is against; `nil` for the case's enterprise.
    public var respondent: String?
    /// How and when it ended, if it has.
    public var resolution: DisputeResolution?
    /// The ruling that decided it, if any.
    public var ruling: RulingBuilder?

    /// Creates a builder for a dispute filed on `filedOn` in `forum` by the originator.
    public init(
        filedOn: CivilDate, in forum: DisputeForum = .court, over patents: [PatentBuilder],
        claimant: String = EnterpriseBuilder.originator.name, respondent: String? = nil, id: String? = nil
    ) {
        self.id = id
        self.forum = forum
        self.filedOn = filedOn
        self.patents = patents
        self.claimant = claimant
        self.respondent = respondent
        self.resolution = nil
        self.ruling = nil
    }

    /// A dispute over `patent` accepted on `date` by `forum` (a court by default).
    public static func filed(on date: CivilDate, in forum: DisputeForum = .court, over patent: PatentBuilder) -> DisputeBuilder {
        DisputeBuilder(filedOn: date, in: forum, over: [patent])
    }

    /// A copy with the id `id`.
    public func withID(_ id: String) -> Self { modified { $0.id = id } }
    /// A copy against `respondent`.
    public func against(_ respondent: String) -> Self { modified { $0.respondent = respondent } }
    /// A copy ended on `date` in the way `kind` says.
    public func resolved(_ kind: DisputeResolutionKind, on date: CivilDate) -> Self {
        modified { $0.resolution = DisputeResolution(date: date, kind: kind) }
    }
    /// A copy settled by the parties (和解) on `date`.
    public func settled(on date: CivilDate) -> Self { resolved(.settled, on: date) }
    /// A copy resolved by mediation (调解) on `date`.
    public func mediated(on date: CivilDate) -> Self { resolved(.mediated, on: date) }
    /// A copy withdrawn (撤回) on `date`.
    public func withdrawn(on date: CivilDate) -> Self { resolved(.withdrawn, on: date) }
    /// A copy decided by `ruling`, resolved (`decided`) on the ruling's effective date.
    public func decided(by ruling: RulingBuilder) -> Self {
        modified {
            $0.ruling = ruling
            $0.resolution = DisputeResolution(date: ruling.effectiveOn, kind: .decided)
        }
    }

    /// The dispute (`DSP-1`, against 示例制药有限公司, where those are not set).
    public func build() -> Dispute {
        build(defaultID: "DSP-1", defaultRespondent: EnterpriseBuilder.genericMaker.name)
    }

    func build(defaultID: String, defaultRespondent: String) -> Dispute {
        Dispute(
            id: id ?? defaultID, forum: forum, filedOn: filedOn, patents: patents.map(\.number), claimant: claimant,
            respondent: respondent ?? defaultRespondent, resolution: resolution)
    }
}
