/// The party a commitment was made to.
///
/// JSON form: `{"kind": "patentee", "name": "…"}` (`name` optional).
public struct CommitmentAddressee: Sendable, Hashable, Codable {
    /// What kind of party.
    public var kind: CommitmentAddresseeKind
    /// Its name; `nil` when not known (informational, no rule uses it).
    public var name: String? {
        get { storedName?.string }
        set { storedName = newValue.map(StoredText.init) }
    }
    /// ``name``'s storage (the bytes the case reader read, or a `String`).
    var storedName: StoredText?

    /// Creates an addressee.
    public init(kind: CommitmentAddresseeKind, name: String? = nil) {
        self.kind = kind
        self.storedName = name.map(StoredText.init)
    }
}

extension CommitmentAddressee {
    private enum CodingKeys: String, CodingKey, CaseIterable { case kind, name }

    /// Decodes the object; a key it does not define is an error (see
    /// ``CaseFile/DecodingOptions``).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        kind = try c.decode(CommitmentAddresseeKind.self, forKey: .kind)
        storedName = try c.decodeIfPresent(String.self, forKey: .name).map(StoredText.init)
    }

    /// Encodes every field (optional ones only when present).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(name, forKey: .name)
    }
}
