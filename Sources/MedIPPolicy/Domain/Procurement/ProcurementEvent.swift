/// A dated change in the product's procurement status.
///
/// JSON form: `{"date": "2025-01-10", "status": "listed", "round": "北京2025年挂网"}`
/// (`round` optional).
public struct ProcurementEvent: Sendable, Hashable, Codable {
    /// The day the status took effect.
    public var date: CivilDate
    /// The new status.
    public var status: ProcurementStatus
    /// The procurement or listing round, by name; `nil` when not recorded (informational, no
    /// rule uses it).
    public var round: String? {
        get { storedRound?.string }
        set { storedRound = newValue.map(StoredText.init) }
    }
    /// ``round``'s storage (the bytes the case reader read, or a `String`).
    var storedRound: StoredText?

    /// Creates an event.
    public init(date: CivilDate, status: ProcurementStatus, round: String? = nil) {
        self.date = date
        self.status = status
        self.storedRound = round.map(StoredText.init)
    }
}

extension ProcurementEvent {
    private enum CodingKeys: String, CodingKey, CaseIterable { case date, status, round }

    /// Decodes the object; a key it does not define is an error (see
    /// ``CaseFile/DecodingOptions``).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        date = try c.decode(CivilDate.self, forKey: .date)
        status = try c.decode(ProcurementStatus.self, forKey: .status)
        storedRound = try c.decodeIfPresent(String.self, forKey: .round).map(StoredText.init)
    }

    /// Encodes every field (optional ones only when present).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encode(status, forKey: .status)
        try c.encodeIfPresent(round, forKey: .round)
    }
}
