// Patents and their legal-status history, read as their `Decodable` conformances read them.

extension Patent: JSONTokenReadableInPlace {
    /// The keys of a patent object.
    static let jsonKeys = JSONKeyTable([
        "number", "type", "title", "holder", "filingDate", "grantDate",
        "substantiveExaminationRequestDate", "statusHistory", "termAdjustmentDays",
        "termCompensationDays", "drugApprovalDate", "registrableCategory", "registeredOnPlatform",
    ])

    /// A patent to read over.
    static var placeholder: Patent {
        Patent(
            number: PatentNumber(placeholder: ()), type: nil, storedTitle: nil, storedHolder: nil,
            filingDate: .placeholder, grantDate: nil, substantiveExaminationRequestDate: nil,
            statusHistory: [], termAdjustmentDays: 0, termCompensationDays: 0, drugApprovalDate: nil,
            registrableCategory: nil, registeredOnPlatform: false)
    }

    /// Reads a patent into `value`, field by field, with the defaults of its `init(from:)` (`type`
    /// from the number); the status history keeps its storage (``JSONTokenReadableInPlace``).
    static func read(from reader: inout JSONTokenReader, over value: inout Patent) throws(TokenReadFailure) {
        var required: UInt8 = 0  // bit 0 number, 1 filingDate
        var type: PatentType?
        value.storedTitle = nil
        value.storedHolder = nil
        value.grantDate = nil
        value.substantiveExaminationRequestDate = nil
        value.statusHistory.removeAll(keepingCapacity: true)
        value.termAdjustmentDays = 0
        value.termCompensationDays = 0
        value.drugApprovalDate = nil
        value.registrableCategory = nil
        value.registeredOnPlatform = false
        var state = try reader.beginObject(reader.tables.pointee.patent)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: value.number = try reader.read(); required |= 1
            case 1: type = try reader.readOptional()
            case 2: value.storedTitle = try reader.readOptional()
            case 3: value.storedHolder = try reader.readOptional()
            case 4: value.filingDate = try reader.read(); required |= 2
            case 5: value.grantDate = try reader.readOptional()
            case 6: value.substantiveExaminationRequestDate = try reader.readOptional()
            case 7: try reader.readOptionalArray(into: &value.statusHistory)
            case 8: value.termAdjustmentDays = try reader.readOptional() ?? 0
            case 9: value.termCompensationDays = try reader.readOptional() ?? 0
            case 10: value.drugApprovalDate = try reader.readOptional()
            case 11: value.registrableCategory = try reader.readOptional()
            default: value.registeredOnPlatform = try reader.readOptional() ?? false
            }
        }
        guard required == 0b11 else { throw TokenReadFailure() }
        value.type = type ?? value.number.type
    }
}

extension PatentStatusEvent: JSONTokenReadable {
    /// The keys of a status event object.
    static let jsonKeys = JSONKeyTable(["date", "event"])

    /// Reads a status event: both fields required.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> PatentStatusEvent {
        var date: CivilDate?
        var event: PatentStatusEventKind?
        var state = try reader.beginObject(reader.tables.pointee.patentStatusEvent)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: date = try reader.read()
            default: event = try reader.read()
            }
        }
        guard let date, let event else { throw TokenReadFailure() }
        return PatentStatusEvent(date: date, event: event)
    }
}
