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
        var state = try reader.beginObject(reader.tables.pointee.caseObject)
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

    /// Reads a case into `value` as ``read(from:)`` reads it, keeping the storage of `value`'s
    /// arrays for the new case's: a screening worker reads every
    /// line into the case of the line before, so that steady screening allocates almost nothing
    /// for a case's arrays. Every field is set or reset: the result equals what ``read(from:)``
    /// answers for the same bytes.
    static func read(from reader: inout JSONTokenReader, into value: inout Case) throws(TokenReadFailure) {
        var seen: (version: Bool, id: Bool, jurisdiction: Bool, enterprise: Bool, product: Bool) =
            (false, false, false, false, false)
        var arrays: UInt16 = 0  // bit `key` set when that array key was read
        value.schemaVersion = Case.currentSchemaVersion
        value.round = nil
        value.attention = nil
        var state = try reader.beginObject(reader.tables.pointee.caseObject)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0:
                let version: Int = try reader.read()
                guard version == Case.currentSchemaVersion else { throw TokenReadFailure() }
                seen.version = true
            case 1:
                value.id = try reader.read()
                seen.id = true
            case 2:
                value.jurisdiction = try reader.read()
                seen.jurisdiction = true
            case 3:
                try Enterprise.read(from: &reader, over: &value.enterprise)
                seen.enterprise = true
            case 4:
                try Product.read(from: &reader, over: &value.product)
                seen.product = true
            case 5: try reader.readOptionalArray(into: &value.patents)
            case 6: try reader.readOptionalArray(into: &value.declarations)
            case 7: try reader.readOptionalArray(into: &value.commitments)
            case 8: try reader.readOptionalArray(into: &value.objections)
            case 9: try reader.readOptionalArray(into: &value.opinionRequests)
            case 10: try reader.readOptionalArray(into: &value.disputes)
            case 11: try reader.readOptionalArray(into: &value.rulings)
            case 12: try reader.readOptionalArray(into: &value.exclusivities)
            case 13: try reader.readOptionalArray(into: &value.creditEvents)
            case 14: try reader.readOptionalArray(into: &value.procurementHistory.events)
            case 15: value.round = try reader.readOptional()
            case 16: value.attention = try reader.readOptional()
            default: let _: String? = try reader.readOptional()  // "$schema", ignored
            }
            if (5...14).contains(key) { arrays |= 1 << UInt16(key - 5) }
        }
        guard seen.version, seen.id, seen.jurisdiction, seen.enterprise, seen.product else { throw TokenReadFailure() }
        // Arrays the line left out are empty (their storage kept).
        if arrays != 0b11_1111_1111 {
            if arrays & 1 << 0 == 0 { value.patents.removeAll(keepingCapacity: true) }
            if arrays & 1 << 1 == 0 { value.declarations.removeAll(keepingCapacity: true) }
            if arrays & 1 << 2 == 0 { value.commitments.removeAll(keepingCapacity: true) }
            if arrays & 1 << 3 == 0 { value.objections.removeAll(keepingCapacity: true) }
            if arrays & 1 << 4 == 0 { value.opinionRequests.removeAll(keepingCapacity: true) }
            if arrays & 1 << 5 == 0 { value.disputes.removeAll(keepingCapacity: true) }
            if arrays & 1 << 6 == 0 { value.rulings.removeAll(keepingCapacity: true) }
            if arrays & 1 << 7 == 0 { value.exclusivities.removeAll(keepingCapacity: true) }
            if arrays & 1 << 8 == 0 { value.creditEvents.removeAll(keepingCapacity: true) }
            if arrays & 1 << 9 == 0 { value.procurementHistory.events.removeAll(keepingCapacity: true) }
        }
    }
}
