/// The listing or VBP round in which the enterprise applies.
///
/// JSON: `kind`, `name` required; `applicationDate` optional.
public struct ProcurementRound: Sendable, Hashable, Codable {
    /// Listing or VBP.
    public var kind: ProcurementRoundKind
    /// The round's name, e.g. `北京市2026年第二批挂网`.
    public var name: String {
        get { storedName.string }
        set { storedName = StoredText(newValue) }
    }
    /// ``name``'s storage (the bytes the case reader read, or a `String`).
    var storedName: StoredText
    /// The date the enterprise applied in this round (申报日期).
    ///
    /// `nil` when not known: the application then counts as made on the as-of date, and no
    /// period is counted from it (a green-channel deadline needs this date).
    public var applicationDate: CivilDate?

    /// Creates a round.
    public init(kind: ProcurementRoundKind, name: String, applicationDate: CivilDate? = nil) {
        self.kind = kind
        self.storedName = StoredText(name)
        self.applicationDate = applicationDate
    }

    /// Creates a round whose name is stored text (the case reader's, which reads it as bytes).
    init(kind: ProcurementRoundKind, storedName: StoredText, applicationDate: CivilDate?) {
        self.kind = kind
        self.storedName = storedName
        self.applicationDate = applicationDate
    }
}

extension ProcurementRound {
    private enum CodingKeys: String, CodingKey, CaseIterable { case kind, name, applicationDate }

    /// Decodes the object; a key it does not define is an error (see
    /// ``CaseFile/DecodingOptions``).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        kind = try c.decode(ProcurementRoundKind.self, forKey: .kind)
        storedName = StoredText(try c.decode(String.self, forKey: .name))
        applicationDate = try c.decodeIfPresent(CivilDate.self, forKey: .applicationDate)
    }

    /// Encodes every field (optional ones only when present).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(applicationDate, forKey: .applicationDate)
    }
}
