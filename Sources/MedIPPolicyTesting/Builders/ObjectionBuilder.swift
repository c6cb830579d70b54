/// Builds an `OpinionRequest`: a request to the IP administration (知识产权管理部门) for a
/// consultation or infringement-determination opinion, with the round's deadline (规定期限).
///
/// Attach it to an objection with ``ObjectionBuilder/withOpinionRequest(_:)`` (the objection id is
/// filled in), or add it to a case directly with ``CaseBuilder/withOpinionRequest(_:)``.
public struct OpinionRequestBuilder: FixtureBuilder {
    /// The request's id; `nil` lets ``CaseBuilder`` number it (`REQ-1`, `REQ-2`, …).
    public var id: String?
    /// The objection's id; `nil` until attached to an objection.
    public var objection: String?
    /// The date of the request.
    public var requestedOn: CivilDate
    /// The last day of the prescribed period (规定期限), an input.
    public var deadline: CivilDate
    /// The IP administration asked.
    public var authority: String?
    /// The opinion, once given.
    public var opinion: IPOpinion?

    /// Creates a request made on `requestedOn` with `deadline`, asked of 北京市知识产权局.
    public init(requestedOn: CivilDate, deadline: CivilDate, authority: String? = "北京市知识产权局", id: String? = nil, objection: String? = nil) {
        self.id = id
        self.objection = objection
        self.requestedOn = requestedOn
        self.deadline = deadline
        self.authority = authority
        self.opinion = nil
    }

    /// A copy answered on `date` with `finding` (an infringement-determination opinion by default).
    public func answered(on date: CivilDate, finding: OpinionFinding, kind: OpinionKind = .infringementDetermination) -> Self {
        modified { $0.opinion = IPOpinion(date: date, kind: kind, finding: finding) }
    }
    /// A copy with the id `id`.
    public func withID(_ id: String) -> Self { modified { $0.id = id } }
    /// A copy about the objection `objectionID`.
    public func about(objection objectionID: String) -> Self { modified { $0.objection = objectionID } }

    /// The request (`REQ-1` about `OBJ-1` where id and objection are not set).
    public func build() -> OpinionRequest {
        OpinionRequest(
            id: id ?? "REQ-1", objection: objection ?? "OBJ-1", requestedOn: requestedOn, deadline: deadline,
            authority: authority, opinion: opinion)
    }
}

/// Builds an `InfringementObjection` (专利侵权异议) with its opinion requests.
///
/// The builder carries the patents it relies on, so ``CaseBuilder/withObjection(_:)`` adds them to
/// the case, and its opinion requests, which are added with it.
///
/// ```swift
/// let objection = ObjectionBuilder.received(on: d, against: .medicalUsePatent(expiringOn: e))
///     .withOpinionRequested(on: d.plus(days: 3), deadline: deadline)
/// ```
public struct ObjectionBuilder: FixtureBuilder {
    /// The objection's id; `nil` lets ``CaseBuilder`` number it (`OBJ-1`, `OBJ-2`, …).
    public var id: String?
    /// The date it was received.
    public var receivedOn: CivilDate
    /// Who received it.
    public var receivedBy: ObjectionReceiver
    /// Who raised it.
    public var objector: String
    /// The patents it relies on.
    public var patents: [PatentBuilder]
    /// The date it was withdrawn, if so.
    public var withdrawnOn: CivilDate?
    /// The objection procedure's conclusion, if reached.
    public var outcome: ObjectionOutcome?
    /// Requests for the IP administration's opinion on it.
    public var opinionRequests: [OpinionRequestBuilder]

    /// Creates a builder.
    public init(
        receivedOn: CivilDate, against patents: [PatentBuilder], receivedBy: ObjectionReceiver = .healthcareSecurity,
        objector: String = EnterpriseBuilder.originator.name, id: String? = nil
    ) {
        self.id = id
        self.receivedOn = receivedOn
        self.receivedBy = receivedBy
        self.objector = objector
        self.patents = patents
        self.withdrawnOn = nil
        self.outcome = nil
        self.opinionRequests = []
    }

    /// An objection received on `date` relying on `patent`, raised by the originator with the
    /// healthcare-security administration (医疗保障部门).
    public static func received(on date: CivilDate, against patent: PatentBuilder) -> ObjectionBuilder {
        ObjectionBuilder(receivedOn: date, against: [patent])
    }

    /// A copy received by `receiver`.
    public func receivedBy(_ receiver: ObjectionReceiver) -> Self { modified { $0.receivedBy = receiver } }
    /// A copy with the id `id`.
    public func withID(_ id: String) -> Self { modified { $0.id = id } }
    /// A copy withdrawn on `date`.
    public func withdrawn(on date: CivilDate) -> Self { modified { $0.withdrawnOn = date } }
    /// A copy whose objection procedure found infringement risk (存在侵权风险) on `date`.
    public func foundRisk(on date: CivilDate) -> Self { modified { $0.outcome = ObjectionOutcome(date: date, finding: .riskFound) } }
    /// A copy whose objection procedure found no risk on `date`.
    public func foundNoRisk(on date: CivilDate) -> Self { modified { $0.outcome = ObjectionOutcome(date: date, finding: .noRisk) } }
    /// A copy with an opinion request added.
    public func withOpinionRequest(_ request: OpinionRequestBuilder) -> Self { modified { $0.opinionRequests.append(request) } }
    /// A copy with an opinion requested on `date`, due by `deadline`, not (yet) answered.
    public func withOpinionRequested(on date: CivilDate, deadline: CivilDate) -> Self {
        withOpinionRequest(OpinionRequestBuilder(requestedOn: date, deadline: deadline))
    }
    /// A copy with an opinion requested on `date`, due by `deadline`, answered on `answeredOn`.
    public func withOpinion(requestedOn date: CivilDate, deadline: CivilDate, answeredOn: CivilDate, finding: OpinionFinding) -> Self {
        withOpinionRequest(OpinionRequestBuilder(requestedOn: date, deadline: deadline).answered(on: answeredOn, finding: finding))
    }

    /// The objection (`OBJ-1` where no id is set).
    public func build() -> InfringementObjection {
        InfringementObjection(
            id: id ?? "OBJ-1", receivedOn: receivedOn, receivedBy: receivedBy, objector: objector,
            patents: patents.map(\.number), withdrawnOn: withdrawnOn, outcome: outcome)
    }
}
