/// The party a commitment was made to.
///
/// JSON form: `{"kind": "patentee", "name": "…"}` (`name` optional).
public struct CommitmentAddressee: Sendable, Hashable, Codable {
    /// What kind of party.
    public var kind: CommitmentAddresseeKind
    /// Its name, if known.
    public var name: String?

    /// Creates an addressee.
    public init(kind: CommitmentAddresseeKind, name: String? = nil) {
        self.kind = kind
        self.name = name
    }
}
