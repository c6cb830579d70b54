// Patents and their legal-status history, read as their `Decodable` conformances read them.

extension Patent: JSONTokenReadableKeepingArray {
    /// The array kept when a patent is read over another.
    static var keptArray: WritableKeyPath<Patent, [PatentStatusEvent]> { \.statusHistory }

    /// The keys of a patent object.
    static let jsonKeys = JSONKeyTable([
        "number", "type", "title", "holder", "filingDate", "grantDate",
        "substantiveExaminationRequestDate", "statusHistory", "termAdjustmentDays",
        "termCompensationDays", "drugApprovalDate", "registrableCategory", "registeredOnPlatform",
    ])

    /// Reads a patent with the defaults of its `init(from:)` (`type` from the number).
    static func read(from reader: inout JSONTokenReader, keeping statusHistory: inout [PatentStatusEvent]) throws(TokenReadFailure) -> Patent {
        var number: PatentNumber?
        var type: PatentType?
        var title: StoredText?
        var holder: StoredText?
        var filingDate: CivilDate?
        var grantDate: CivilDate?
        var examinationDate: CivilDate?
        statusHistory.removeAll(keepingCapacity: true)
        var adjustment: Int?
        var compensation: Int?
        var drugApprovalDate: CivilDate?
        var category: LinkagePatentCategory?
        var registered: Bool?
        var state = try reader.beginObject(reader.tables.pointee.patent)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: number = try reader.read()
            case 1: type = try reader.readOptional()
            case 2: title = try reader.readOptional()
            case 3: holder = try reader.readOptional()
            case 4: filingDate = try reader.read()
            case 5: grantDate = try reader.readOptional()
            case 6: examinationDate = try reader.readOptional()
            case 7: try reader.readOptionalArray(into: &statusHistory)
            case 8: adjustment = try reader.readOptional()
            case 9: compensation = try reader.readOptional()
            case 10: drugApprovalDate = try reader.readOptional()
            case 11: category = try reader.readOptional()
            default: registered = try reader.readOptional()
            }
        }
        guard let number, let filingDate else { throw TokenReadFailure() }
        return Patent(
            number: number, type: type, storedTitle: title, storedHolder: holder, filingDate: filingDate,
            grantDate: grantDate, substantiveExaminationRequestDate: examinationDate,
            statusHistory: statusHistory, termAdjustmentDays: adjustment ?? 0,
            termCompensationDays: compensation ?? 0, drugApprovalDate: drugApprovalDate,
            registrableCategory: category, registeredOnPlatform: registered ?? false)
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
