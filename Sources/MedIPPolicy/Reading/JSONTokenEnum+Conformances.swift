// The enumerations a case file holds, readable by `JSONTokenReader.readEnum(_:)`: each keeps its
// raw values in a table built once (immutable, so safe to share between threads).

extension Jurisdiction: JSONTokenEnum {
    static let rawValues = makeRawValues()
}

extension ProductCategory: JSONTokenEnum {
    static let rawValues = makeRawValues()
}

extension DrugClass: JSONTokenEnum {
    static let rawValues = makeRawValues()
}

extension PatentType: JSONTokenEnum {
    static let rawValues = makeRawValues()
}

extension PatentStatusEventKind: JSONTokenEnum {
    static let rawValues = makeRawValues()
}

extension LinkagePatentCategory: JSONTokenEnum {
    static let rawValues = makeRawValues()
}

extension LinkageDeclarationCategory: JSONTokenEnum {
    static let rawValues = makeRawValues()
}

extension CommitmentKind: JSONTokenEnum {
    static let rawValues = makeRawValues()
}

extension CommitmentAddresseeKind: JSONTokenEnum {
    static let rawValues = makeRawValues()
}

extension CommitmentFindingKind: JSONTokenEnum {
    static let rawValues = makeRawValues()
}

extension ObjectionReceiver: JSONTokenEnum {
    static let rawValues = makeRawValues()
}

extension ObjectionFinding: JSONTokenEnum {
    static let rawValues = makeRawValues()
}

extension OpinionKind: JSONTokenEnum {
    static let rawValues = makeRawValues()
}

extension OpinionFinding: JSONTokenEnum {
    static let rawValues = makeRawValues()
}

extension DisputeForum: JSONTokenEnum {
    static let rawValues = makeRawValues()
}

extension DisputeResolutionKind: JSONTokenEnum {
    static let rawValues = makeRawValues()
}

extension RulingKind: JSONTokenEnum {
    static let rawValues = makeRawValues()
}

extension RulingFinding: JSONTokenEnum {
    static let rawValues = makeRawValues()
}

extension ExclusivityKind: JSONTokenEnum {
    static let rawValues = makeRawValues()
}

extension PeriodUnit: JSONTokenEnum {
    static let rawValues = makeRawValues()
}

extension CreditConductKind: JSONTokenEnum {
    static let rawValues = makeRawValues()
}

extension CreditRatingSchemeID: JSONTokenEnum {
    static let rawValues = makeRawValues()
}

extension CreditRatingLevel: JSONTokenEnum {
    static let rawValues = makeRawValues()
}

extension ProcurementStatus: JSONTokenEnum {
    static let rawValues = makeRawValues()
}

extension ProcurementRoundKind: JSONTokenEnum {
    static let rawValues = makeRawValues()
}
