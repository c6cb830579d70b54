/// A patent-infringement objection (专利侵权异议) against the case's product, received by the
/// procurement agency or the healthcare-security administration (国知发保字〔2022〕45号 (四);
/// 京医保发〔2026〕3号 (六)).
///
/// JSON: `id`, `receivedOn`, `receivedBy`, `objector`, `patents` required; `withdrawnOn`,
/// `outcome` optional.
public struct InfringementObjection: Sendable, Hashable, Codable {
    /// The objection's id, unique in the case; opinion requests refer to it.
    public var id: String
    /// The date it was received.
    public var receivedOn: CivilDate
    /// Who received it.
    public var receivedBy: ObjectionReceiver
    /// Who raised it (usually the patentee), by name.
    public var objector: String {
        get { storedObjector.string }
        set { storedObjector = StoredText(newValue) }
    }
    /// ``objector``'s storage (the bytes the case reader read, or a `String`).
    var storedObjector: StoredText
    /// The patents the objection relies on.
    public var patents: [PatentNumber]
    /// The date the objector withdrew it.
    ///
    /// `nil` while it is not withdrawn. A risk finding made before the withdrawal still counts;
    /// one on or after it does not.
    public var withdrawnOn: CivilDate?
    /// The objection procedure's conclusion.
    ///
    /// `nil` while the procedure has not concluded: the objection is pending and no risk
    /// (风险) has been found in it.
    public var outcome: ObjectionOutcome?

    /// Creates an objection.
    public init(
        id: String, receivedOn: CivilDate, receivedBy: ObjectionReceiver, objector: String,
        patents: [PatentNumber], withdrawnOn: CivilDate? = nil, outcome: ObjectionOutcome? = nil
    ) {
        self.id = id
        self.receivedOn = receivedOn
        self.receivedBy = receivedBy
        self.storedObjector = StoredText(objector)
        self.patents = patents
        self.withdrawnOn = withdrawnOn
        self.outcome = outcome
    }

    /// Whether the objection's procedure is still running on `date`: received, not withdrawn,
    /// and no outcome reached on or before `date`.
    @inline(__always)
    public func isPending(on date: CivilDate) -> Bool {
        receivedOn <= date && (withdrawnOn.map { date < $0 } ?? true) && (outcome.map { date < $0.date } ?? true)
    }
}

extension InfringementObjection {
    private enum CodingKeys: String, CodingKey, CaseIterable { case id, receivedOn, receivedBy, objector, patents, withdrawnOn, outcome }

    /// Decodes the object; a key it does not define is an error (see
    /// ``CaseFile/DecodingOptions``).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        receivedOn = try c.decode(CivilDate.self, forKey: .receivedOn)
        receivedBy = try c.decode(ObjectionReceiver.self, forKey: .receivedBy)
        storedObjector = StoredText(try c.decode(String.self, forKey: .objector))
        patents = try c.decode([PatentNumber].self, forKey: .patents)
        withdrawnOn = try c.decodeIfPresent(CivilDate.self, forKey: .withdrawnOn)
        outcome = try c.decodeIfPresent(ObjectionOutcome.self, forKey: .outcome)
    }

    /// Encodes every field (optional ones only when present).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(receivedOn, forKey: .receivedOn)
        try c.encode(receivedBy, forKey: .receivedBy)
        try c.encode(objector, forKey: .objector)
        try c.encode(patents, forKey: .patents)
        try c.encodeIfPresent(withdrawnOn, forKey: .withdrawnOn)
        try c.encodeIfPresent(outcome, forKey: .outcome)
    }
}
