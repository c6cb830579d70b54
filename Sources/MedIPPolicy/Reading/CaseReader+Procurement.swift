// Credit events, the procurement history, the round and the attention flags, read as their
// `Decodable` conformances read them.

extension CreditEvent: JSONTokenReadable {
    /// The keys of a credit event object.
    static let jsonKeys = JSONKeyTable(["date", "kind", "scheme", "level", "authority", "clearedOn"])

    /// Reads a credit event: `clearedOn` optional.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> CreditEvent {
        var date: CivilDate?
        var kind: CreditConductKind?
        var scheme: CreditRatingSchemeID?
        var level: CreditRatingLevel?
        var authority: StoredText?
        var clearedOn: CivilDate?
        var state = try reader.beginObject(reader.tables.pointee.creditEvent)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: date = try reader.read()
            case 1: kind = try reader.read()
            case 2: scheme = try reader.read()
            case 3: level = try reader.read()
            case 4: authority = try reader.read()
            default: clearedOn = try reader.readOptional()
            }
        }
        guard let date, let kind, let scheme, let level, let authority else { throw TokenReadFailure() }
        var value = CreditEvent(date: date, kind: kind, scheme: scheme, level: level, authority: "", clearedOn: clearedOn)
        value.storedAuthority = authority
        return value
    }
}

extension ProcurementEvent: JSONTokenReadable {
    /// The keys of a procurement event object.
    static let jsonKeys = JSONKeyTable(["date", "status", "round"])

    /// Reads a procurement event: `round` optional.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> ProcurementEvent {
        var date: CivilDate?
        var status: ProcurementStatus?
        var round: StoredText?
        var state = try reader.beginObject(reader.tables.pointee.procurementEvent)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: date = try reader.read()
            case 1: status = try reader.read()
            default: round = try reader.readOptional()
            }
        }
        guard let date, let status else { throw TokenReadFailure() }
        var value = ProcurementEvent(date: date, status: status, round: nil)
        value.storedRound = round
        return value
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
        var value = ProcurementRound(kind: kind, name: "", applicationDate: applicationDate)
        value.storedName = name
        return value
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
