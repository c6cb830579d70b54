/// A request to an IP administration for a consultation or infringement-determination opinion
/// about an objection, within the period the round prescribes (规定期限内).
///
/// If no opinion is given by ``deadline``, the enterprise, having made its self-commitment, may
/// proceed (国知发保字〔2022〕45号 (四); 京医保发〔2026〕3号 (六)). The deadline is an input: the
/// texts leave the period to each VBP or listing round. JSON: `id`, `objection`, `requestedOn`,
/// `deadline` required; `authority`, `opinion` optional.
public struct OpinionRequest: Sendable, Hashable, Codable {
    /// The request's id, unique in the case.
    public var id: String
    /// The id of the ``InfringementObjection`` it is about.
    public var objection: String
    /// The date the request was made.
    public var requestedOn: CivilDate
    /// The last day of the round's prescribed period (规定期限) for the opinion — an input.
    public var deadline: CivilDate
    /// The IP administration asked, by name; `nil` when not given (informational, no rule uses
    /// it).
    public var authority: String? {
        get { storedAuthority?.string }
        set { storedAuthority = newValue.map(StoredText.init) }
    }
    /// ``authority``'s storage (the bytes the case reader read, or a `String`).
    var storedAuthority: StoredText?
    /// The opinion, once given.
    ///
    /// `nil` while none has been given: after ``deadline`` the request is overdue and the
    /// enterprise, having made its self-commitment, may proceed. An opinion dated after the
    /// deadline is late and does not count as received in time.
    public var opinion: IPOpinion?

    /// Creates a request.
    public init(
        id: String, objection: String, requestedOn: CivilDate, deadline: CivilDate,
        authority: String? = nil, opinion: IPOpinion? = nil
    ) {
        self.id = id
        self.objection = objection
        self.requestedOn = requestedOn
        self.deadline = deadline
        self.storedAuthority = authority.map(StoredText.init)
        self.opinion = opinion
    }

    /// Whether the opinion is overdue on `date` (逾期未给出): `date` is after the deadline and no
    /// opinion was given on or before the deadline.
    @inline(__always)
    public func isOverdue(on date: CivilDate) -> Bool {
        guard date > deadline else { return false }
        guard let opinion else { return true }
        return opinion.date > deadline
    }
}

extension OpinionRequest {
    private enum CodingKeys: String, CodingKey, CaseIterable { case id, objection, requestedOn, deadline, authority, opinion }

    /// Decodes the object; a key it does not define is an error (see
    /// ``CaseFile/DecodingOptions``).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        objection = try c.decode(String.self, forKey: .objection)
        requestedOn = try c.decode(CivilDate.self, forKey: .requestedOn)
        deadline = try c.decode(CivilDate.self, forKey: .deadline)
        storedAuthority = try c.decodeIfPresent(String.self, forKey: .authority).map(StoredText.init)
        opinion = try c.decodeIfPresent(IPOpinion.self, forKey: .opinion)
    }

    /// Encodes every field (optional ones only when present).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(objection, forKey: .objection)
        try c.encode(requestedOn, forKey: .requestedOn)
        try c.encode(deadline, forKey: .deadline)
        try c.encodeIfPresent(authority, forKey: .authority)
        try c.encodeIfPresent(opinion, forKey: .opinion)
    }
}
