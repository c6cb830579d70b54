// The enumerations a case file holds, readable by `JSONTokenReader.readEnum(_:)`: each keeps its
// raw values in a table built once (immutable, so safe to share between threads).

extension Jurisdiction: JSONTokenEnum {
    static let rawValueTable = makeRawValueTable()
    static let tableCases = Array(allCases)
}

extension ProductCategory: JSONTokenEnum {
    static let rawValueTable = makeRawValueTable()
    static let tableCases = Array(allCases)
}

extension DrugClass: JSONTokenEnum {
    static let rawValueTable = makeRawValueTable()
    static let tableCases = Array(allCases)
}

extension PatentType: JSONTokenEnum {
    static let rawValueTable = makeRawValueTable()
    static let tableCases = Array(allCases)
}

extension PatentStatusEventKind: JSONTokenEnum {
    static let rawValueTable = makeRawValueTable()
    static let tableCases = Array(allCases)
}

extension LinkagePatentCategory: JSONTokenEnum {
    static let rawValueTable = makeRawValueTable()
    static let tableCases = Array(allCases)
}

extension LinkageDeclarationCategory: JSONTokenEnum {
    static let rawValueTable = makeRawValueTable()
    static let tableCases = Array(allCases)
}

extension CommitmentKind: JSONTokenEnum {
    static let rawValueTable = makeRawValueTable()
    static let tableCases = Array(allCases)
}

extension CommitmentAddresseeKind: JSONTokenEnum {
    static let rawValueTable = makeRawValueTable()
    static let tableCases = Array(allCases)
}

extension CommitmentFindingKind: JSONTokenEnum {
    static let rawValueTable = makeRawValueTable()
    static let tableCases = Array(allCases)
}

extension ObjectionReceiver: JSONTokenEnum {
    static let rawValueTable = makeRawValueTable()
    static let tableCases = Array(allCases)
}

extension ObjectionFinding: JSONTokenEnum {
    static let rawValueTable = makeRawValueTable()
    static let tableCases = Array(allCases)
}

extension OpinionKind: JSONTokenEnum {
    static let rawValueTable = makeRawValueTable()
    static let tableCases = Array(allCases)
}

extension OpinionFinding: JSONTokenEnum {
    static let rawValueTable = makeRawValueTable()
    static let tableCases = Array(allCases)
}

extension DisputeForum: JSONTokenEnum {
    static let rawValueTable = makeRawValueTable()
    static let tableCases = Array(allCases)
}

extension DisputeResolutionKind: JSONTokenEnum {
    static let rawValueTable = makeRawValueTable()
    static let tableCases = Array(allCases)
}

extension RulingKind: JSONTokenEnum {
    static let rawValueTable = makeRawValueTable()
    static let tableCases = Array(allCases)
}

extension RulingFinding: JSONTokenEnum {
    static let rawValueTable = makeRawValueTable()
    static let tableCases = Array(allCases)
}

extension ExclusivityKind: JSONTokenEnum {
    static let rawValueTable = makeRawValueTable()
    static let tableCases = Array(allCases)
}

extension PeriodUnit: JSONTokenEnum {
    static let rawValueTable = makeRawValueTable()
    static let tableCases = Array(allCases)
}

extension CreditConductKind: JSONTokenEnum {
    static let rawValueTable = makeRawValueTable()
    static let tableCases = Array(allCases)
}

extension CreditRatingSchemeID: JSONTokenEnum {
    static let rawValueTable = makeRawValueTable()
    static let tableCases = Array(allCases)
}

extension CreditRatingLevel: JSONTokenEnum {
    static let rawValueTable = makeRawValueTable()
    static let tableCases = Array(allCases)
}

extension ProcurementStatus: JSONTokenEnum {
    static let rawValueTable = makeRawValueTable()
    static let tableCases = Array(allCases)
}

extension ProcurementRoundKind: JSONTokenEnum {
    static let rawValueTable = makeRawValueTable()
    static let tableCases = Array(allCases)
}
