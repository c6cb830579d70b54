// The case object itself, read as `Case.init(from:)` reads it.

extension Case: JSONTokenReadableInPlace {
    /// The keys of a case object.
    static let jsonKeys = JSONKeyTable([
        "schemaVersion", "id", "jurisdiction", "enterprise", "product", "patents", "declarations",
        "commitments", "objections", "opinionRequests", "disputes", "rulings", "exclusivities",
        "creditEvents", "procurementHistory", "round", "attention", "$schema",
    ])

    /// A case to read over (a screening worker's first line is read over it).
    static var placeholder: Case {
        Case(id: "", jurisdiction: .national, enterprise: .placeholder, product: .placeholder)
    }

    /// Reads a case into `value` (``JSONTokenReadableInPlace``), keeping the storage of `value`'s
    /// arrays for the new case's: a screening worker reads every line into the case of the line
    /// before, so that steady screening allocates almost nothing for a case's arrays. Every field
    /// is set or reset: the result is the same whatever `value` held. `schemaVersion` must be
    /// ``currentSchemaVersion``; absent or `null` arrays are `[]`; `round` and `attention`
    /// optional; a `"$schema"` string is ignored.
    static func read(from reader: inout JSONTokenReader, over value: inout Case) throws(TokenReadFailure) {
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
