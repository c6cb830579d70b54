// Credit events, the procurement history, the round and the attention flags, read as their
// `Decodable` conformances read them.

extension CreditEvent: JSONTokenReadableInPlace {
    /// The keys of a credit event object.
    static let jsonKeys = JSONKeyTable(["date", "kind", "scheme", "level", "authority", "clearedOn"])

    /// A credit event to read over.
    static var placeholder: CreditEvent {
        CreditEvent(date: .placeholder, kind: .kickbacks, scheme: .nhsa2020, level: .general, authority: "", clearedOn: nil)
    }

    /// Reads a credit event into `value`: `clearedOn` optional (``JSONTokenReadableInPlace``).
    static func read(from reader: inout JSONTokenReader, over value: inout CreditEvent) throws(TokenReadFailure) {
        var required: UInt8 = 0  // bit 0 date, 1 kind, 2 scheme, 3 level, 4 authority
        value.clearedOn = nil
        var state = try reader.beginObject(reader.tables.pointee.creditEvent)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: value.date = try reader.read(); required |= 1
            case 1: value.kind = try reader.read(); required |= 2
            case 2: value.scheme = try reader.read(); required |= 4
            case 3: value.level = try reader.read(); required |= 8
            case 4: value.storedAuthority = try reader.read(); required |= 16
            default: value.clearedOn = try reader.readOptional()
            }
        }
        guard required == 0b1_1111 else { throw TokenReadFailure() }
    }
}

extension ProcurementEvent: JSONTokenReadableInPlace {
    /// The keys of a procurement event object.
    static let jsonKeys = JSONKeyTable(["date", "status", "round"])

    /// A procurement event to read over.
    static var placeholder: ProcurementEvent {
        ProcurementEvent(date: .placeholder, status: .listed, round: nil)
    }

    /// Reads a procurement event into `value`: `round` optional (``JSONTokenReadableInPlace``).
    static func read(from reader: inout JSONTokenReader, over value: inout ProcurementEvent) throws(TokenReadFailure) {
        var required: UInt8 = 0  // bit 0 date, 1 status
        value.storedRound = nil
        var state = try reader.beginObject(reader.tables.pointee.procurementEvent)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: value.date = try reader.read(); required |= 1
            case 1: value.status = try reader.read(); required |= 2
            default: value.storedRound = try reader.readOptional()
            }
        }
        guard required == 0b11 else { throw TokenReadFailure() }
    }
}

extension ProcurementHistory: JSONTokenReadable {
    /// Reads the history's JSON form, an array of events.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> ProcurementHistory {
        ProcurementHistory(try reader.readArray(of: ProcurementEvent.self))
    }
}

extension ProcurementRound: JSONTokenReadable {
    /// The keys of a round object.
    static let jsonKeys = JSONKeyTable(["kind", "name", "applicationDate"])

    /// Reads a round: `applicationDate` optional.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> ProcurementRound {
        var kind: ProcurementRoundKind?
        var name: StoredText?
        var applicationDate: CivilDate?
        var state = try reader.beginObject(reader.tables.pointee.procurementRound)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: kind = try reader.read()
            case 1: name = try reader.read()
            default: applicationDate = try reader.readOptional()
            }
        }
        guard let kind, let name else { throw TokenReadFailure() }
        return ProcurementRound(kind: kind, storedName: name, applicationDate: applicationDate)
    }
}

extension RiskAttention: JSONTokenReadable {
    /// The keys of an attention object.
    static let jsonKeys = JSONKeyTable(["largeScale", "highAttention", "ipRisk"])

    /// Reads the flags, each defaulting to `false`.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> RiskAttention {
        var largeScale: Bool?
        var highAttention: Bool?
        var ipRisk: Bool?
        var state = try reader.beginObject(reader.tables.pointee.riskAttention)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: largeScale = try reader.readOptional()
            case 1: highAttention = try reader.readOptional()
            default: ipRisk = try reader.readOptional()
            }
        }
        return RiskAttention(largeScale: largeScale ?? false, highAttention: highAttention ?? false, ipRisk: ipRisk ?? false)
    }
}
