// The enumerations a case file holds, readable by `FastJSONReader.readEnum(_:)`: each keeps its
// raw values in a table built once (immutable, so safe to share between threads).

extension Jurisdiction: FastStringEnum {
    static let fastTable = makeFastTable()
    static let fastCases = Array(allCases)
}

extension ProductCategory: FastStringEnum {
    static let fastTable = makeFastTable()
    static let fastCases = Array(allCases)
}

extension DrugClass: FastStringEnum {
    static let fastTable = makeFastTable()
    static let fastCases = Array(allCases)
}

extension PatentType: FastStringEnum {
    static let fastTable = makeFastTable()
    static let fastCases = Array(allCases)
}

extension PatentStatusEventKind: FastStringEnum {
    static let fastTable = makeFastTable()
    static let fastCases = Array(allCases)
}

extension LinkagePatentCategory: FastStringEnum {
    static let fastTable = makeFastTable()
    static let fastCases = Array(allCases)
}

extension LinkageDeclarationCategory: FastStringEnum {
    static let fastTable = makeFastTable()
    static let fastCases = Array(allCases)
}

extension CommitmentKind: FastStringEnum {
    static let fastTable = makeFastTable()
    static let fastCases = Array(allCases)
}

extension CommitmentAddresseeKind: FastStringEnum {
    static let fastTable = makeFastTable()
    static let fastCases = Array(allCases)
}

extension CommitmentFindingKind: FastStringEnum {
    static let fastTable = makeFastTable()
    static let fastCases = Array(allCases)
}

extension ObjectionReceiver: FastStringEnum {
    static let fastTable = makeFastTable()
    static let fastCases = Array(allCases)
}

extension ObjectionFinding: FastStringEnum {
    static let fastTable = makeFastTable()
    static let fastCases = Array(allCases)
}

extension OpinionKind: FastStringEnum {
    static let fastTable = makeFastTable()
    static let fastCases = Array(allCases)
}

extension OpinionFinding: FastStringEnum {
    static let fastTable = makeFastTable()
    static let fastCases = Array(allCases)
}

extension DisputeForum: FastStringEnum {
    static let fastTable = makeFastTable()
    static let fastCases = Array(allCases)
}

extension DisputeResolutionKind: FastStringEnum {
    static let fastTable = makeFastTable()
    static let fastCases = Array(allCases)
}

extension RulingKind: FastStringEnum {
    static let fastTable = makeFastTable()
    static let fastCases = Array(allCases)
}

extension RulingFinding: FastStringEnum {
    static let fastTable = makeFastTable()
    static let fastCases = Array(allCases)
}

extension ExclusivityKind: FastStringEnum {
    static let fastTable = makeFastTable()
    static let fastCases = Array(allCases)
}

extension PeriodUnit: FastStringEnum {
    static let fastTable = makeFastTable()
    static let fastCases = Array(allCases)
}

extension CreditConductKind: FastStringEnum {
    static let fastTable = makeFastTable()
    static let fastCases = Array(allCases)
}

extension CreditRatingSchemeID: FastStringEnum {
    static let fastTable = makeFastTable()
    static let fastCases = Array(allCases)
}

extension CreditRatingLevel: FastStringEnum {
    static let fastTable = makeFastTable()
    static let fastCases = Array(allCases)
}

extension ProcurementStatus: FastStringEnum {
    static let fastTable = makeFastTable()
    static let fastCases = Array(allCases)
}

extension ProcurementRoundKind: FastStringEnum {
    static let fastTable = makeFastTable()
    static let fastCases = Array(allCases)
}
