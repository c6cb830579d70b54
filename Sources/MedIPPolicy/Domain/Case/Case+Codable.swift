extension Case: Codable {
    private enum CodingKeys: String, CodingKey, CaseIterable {
        case schemaVersion, id, jurisdiction, enterprise, product, patents, declarations
        case commitments, objections, opinionRequests, disputes, rulings, exclusivities
        case creditEvents, procurementHistory, round, attention
        /// A top-level `"$schema"` (a string naming the JSON Schema for editors): read and ignored.
        case schema = "$schema"
    }

    /// Decodes a case: rejects a `schemaVersion` other than ``currentSchemaVersion`` and an
    /// unknown `jurisdiction` with path-naming errors, and any key it does not define (see
    /// ``CaseFile/DecodingOptions``); absent arrays become `[]`; a top-level `"$schema"` string
    /// is accepted and ignored.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let version = try c.decodeInteger(forKey: .schemaVersion, in: decoder)
        guard version == Case.currentSchemaVersion else {
            throw DomainValueError(
                code: .unsupportedSchemaVersion,
                message: "schema version \(version) is not supported (this library reads version \(Case.currentSchemaVersion))"
            ).decodingError(at: c.codingPath + [CodingKeys.schemaVersion])
        }
        schemaVersion = version
        _ = try c.decodeIfPresent(String.self, forKey: .schema)
        id = try c.decode(String.self, forKey: .id)
        let jurisdictionText = try c.decode(String.self, forKey: .jurisdiction)
        guard let jurisdiction = Jurisdiction(rawValue: jurisdictionText) else {
            let allowed = Jurisdiction.allCases.map(\.rawValue).joined(separator: ", ")
            throw DomainValueError(
                code: .unknownEnumValue,
                message: "unknown value \"\(jurisdictionText.escapedForMessage(limit: 40))\" (expected \(allowed))"
            ).decodingError(at: c.codingPath + [CodingKeys.jurisdiction])
        }
        self.jurisdiction = jurisdiction
        enterprise = try c.decode(Enterprise.self, forKey: .enterprise)
        product = try c.decode(Product.self, forKey: .product)
        patents = try c.decodeIfPresent([Patent].self, forKey: .patents) ?? []
        declarations = try c.decodeIfPresent([PatentLinkageDeclaration].self, forKey: .declarations) ?? []
        commitments = try c.decodeIfPresent([Commitment].self, forKey: .commitments) ?? []
        objections = try c.decodeIfPresent([InfringementObjection].self, forKey: .objections) ?? []
        opinionRequests = try c.decodeIfPresent([OpinionRequest].self, forKey: .opinionRequests) ?? []
        disputes = try c.decodeIfPresent([Dispute].self, forKey: .disputes) ?? []
        rulings = try c.decodeIfPresent([Ruling].self, forKey: .rulings) ?? []
        exclusivities = try c.decodeIfPresent([MarketExclusivity].self, forKey: .exclusivities) ?? []
        creditEvents = try c.decodeIfPresent([CreditEvent].self, forKey: .creditEvents) ?? []
        procurementHistory = try c.decodeIfPresent(ProcurementHistory.self, forKey: .procurementHistory) ?? []
        round = try c.decodeIfPresent(ProcurementRound.self, forKey: .round)
        attention = try c.decodeIfPresent(RiskAttention.self, forKey: .attention)
    }

    /// Encodes every field; arrays are always written, `round` and `attention` when present.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(id, forKey: .id)
        try c.encode(jurisdiction, forKey: .jurisdiction)
        try c.encode(enterprise, forKey: .enterprise)
        try c.encode(product, forKey: .product)
        try c.encode(patents, forKey: .patents)
        try c.encode(declarations, forKey: .declarations)
        try c.encode(commitments, forKey: .commitments)
        try c.encode(objections, forKey: .objections)
        try c.encode(opinionRequests, forKey: .opinionRequests)
        try c.encode(disputes, forKey: .disputes)
        try c.encode(rulings, forKey: .rulings)
        try c.encode(exclusivities, forKey: .exclusivities)
        try c.encode(creditEvents, forKey: .creditEvents)
        try c.encode(procurementHistory, forKey: .procurementHistory)
        try c.encodeIfPresent(round, forKey: .round)
        try c.encodeIfPresent(attention, forKey: .attention)
    }
}
