// The case object itself, read as `Case.init(from:)` reads it.

extension Case: JSONTokenReadable {
    /// The keys of a case object.
    static let jsonKeys = JSONKeyTable([
        "schemaVersion", "id", "jurisdiction", "enterprise", "product", "patents", "declarations",
        "commitments", "objections", "opinionRequests", "disputes", "rulings", "exclusivities",
        "creditEvents", "procurementHistory", "round", "attention", "$schema",
    ])

    /// Reads a case: `schemaVersion` must be ``currentSchemaVersion``; absent or `null` arrays
    /// are `[]`; `round` and `attention` optional; a `"$schema"` string is ignored.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> Case {
        var version: Int?
        var id: String?
        var jurisdiction: Jurisdiction?
        var enterprise: Enterprise?
        var product: Product?
        var patents: [Patent] = []
        var declarations: [PatentLinkageDeclaration] = []
        var commitments: [Commitment] = []
        var objections: [InfringementObjection] = []
        var opinionRequests: [OpinionRequest] = []
        var disputes: [Dispute] = []
        var rulings: [Ruling] = []
        var exclusivities: [MarketExclusivity] = []
        var creditEvents: [CreditEvent] = []
        var history = ProcurementHistory()
        var round: ProcurementRound?
        var attention: RiskAttention?
        var state = try reader.beginObject(jsonKeys)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0:
                version = try reader.read()
                guard version == Case.currentSchemaVersion else { throw TokenReadFailure() }
            case 1: id = try reader.read()
            case 2: jurisdiction = try reader.read()
            case 3: enterprise = try reader.read()
            case 4: product = try reader.read()
            case 5: patents = try reader.readOptionalArray()
            case 6: declarations = try reader.readOptionalArray()
            case 7: commitments = try reader.readOptionalArray()
            case 8: objections = try reader.readOptionalArray()
            case 9: opinionRequests = try reader.readOptionalArray()
            case 10: disputes = try reader.readOptionalArray()
            case 11: rulings = try reader.readOptionalArray()
            case 12: exclusivities = try reader.readOptionalArray()
            case 13: creditEvents = try reader.readOptionalArray()
            case 14: history = try reader.readOptional() ?? []
            case 15: round = try reader.readOptional()
            case 16: attention = try reader.readOptional()
            default: let _: String? = try reader.readOptional()  // "$schema", ignored
            }
        }
        guard version != nil, let id, let jurisdiction, let enterprise, let product else { throw TokenReadFailure() }
        return Case(
            id: id, jurisdiction: jurisdiction, enterprise: enterprise, product: product, patents: patents,
            declarations: declarations, commitments: commitments, objections: objections,
            opinionRequests: opinionRequests, disputes: disputes, rulings: rulings,
            exclusivities: exclusivities, creditEvents: creditEvents, procurementHistory: history,
            round: round, attention: attention)
    }
}
