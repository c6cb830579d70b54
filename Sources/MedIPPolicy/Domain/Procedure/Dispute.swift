/// A patent-infringement dispute (专利侵权纠纷) about the case's product, accepted (立案) by an
/// IP administration or a court.
///
/// 京医保发〔2026〕3号 (八) suspends review of new listing applications for a product found at
/// risk in the objection procedure **and** subject to such an accepted dispute. JSON: `id`,
/// `forum`, `filedOn`, `patents`, `claimant`, `respondent` required; `resolution` optional.
public struct Dispute: Sendable, Hashable, Codable {
    /// The dispute's id, unique in the case; rulings refer to it.
    public var id: String
    /// IP administration or court.
    public var forum: DisputeForum
    /// The date the case was accepted (立案).
    public var filedOn: CivilDate
    /// The patents in suit.
    public var patents: [PatentNumber]
    /// Who brought it (the patentee or an interested party), by name.
    public var claimant: String {
        get { storedClaimant.string }
        set { storedClaimant = StoredText(newValue) }
    }
    /// ``claimant``'s storage (the bytes the case reader read, or a `String`).
    var storedClaimant: StoredText
    /// Who it is against, by name.
    public var respondent: String {
        get { storedRespondent.string }
        set { storedRespondent = StoredText(newValue) }
    }
    /// ``respondent``'s storage (the bytes the case reader read, or a `String`).
    var storedRespondent: StoredText
    /// How and when it ended.
    ///
    /// `nil` while the dispute is pending — unless an effective ``Ruling`` that names it
    /// (``Ruling/dispute``) decided it, which ends it on the ruling's effective date.
    public var resolution: DisputeResolution?

    /// Creates a dispute.
    public init(
        id: String, forum: DisputeForum, filedOn: CivilDate, patents: [PatentNumber],
        claimant: String, respondent: String, resolution: DisputeResolution? = nil
    ) {
        self.id = id
        self.forum = forum
        self.filedOn = filedOn
        self.patents = patents
        self.storedClaimant = StoredText(claimant)
        self.storedRespondent = StoredText(respondent)
        self.resolution = resolution
    }

    /// Whether the dispute is pending on `date`: accepted on or before it and not yet resolved.
    @inline(__always)
    public func isPending(on date: CivilDate) -> Bool {
        filedOn <= date && (resolution.map { date < $0.date } ?? true)
    }
}

extension Dispute {
    private enum CodingKeys: String, CodingKey, CaseIterable { case id, forum, filedOn, patents, claimant, respondent, resolution }

    /// Decodes the object; a key it does not define is an error (see
    /// ``CaseFile/DecodingOptions``).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        forum = try c.decode(DisputeForum.self, forKey: .forum)
        filedOn = try c.decode(CivilDate.self, forKey: .filedOn)
        patents = try c.decode([PatentNumber].self, forKey: .patents)
        storedClaimant = StoredText(try c.decode(String.self, forKey: .claimant))
        storedRespondent = StoredText(try c.decode(String.self, forKey: .respondent))
        resolution = try c.decodeIfPresent(DisputeResolution.self, forKey: .resolution)
    }

    /// Encodes every field (optional ones only when present).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(forum, forKey: .forum)
        try c.encode(filedOn, forKey: .filedOn)
        try c.encode(patents, forKey: .patents)
        try c.encode(claimant, forKey: .claimant)
        try c.encode(respondent, forKey: .respondent)
        try c.encodeIfPresent(resolution, forKey: .resolution)
    }
}
