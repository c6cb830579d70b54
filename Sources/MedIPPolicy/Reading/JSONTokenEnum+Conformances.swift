// The enumerations a case file holds, readable by `JSONTokenReader.readEnum(_:)`: each finds its
// raw values in its table among the reader's `ReadingTables` (made once, from `makeRawValues()`;
// immutable, so safe to share between threads).

extension Jurisdiction: JSONTokenEnum {
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self> { tables.jurisdiction }
}

extension ProductCategory: JSONTokenEnum {
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self> { tables.productCategory }
}

extension DrugClass: JSONTokenEnum {
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self> { tables.drugClass }
}

extension PatentType: JSONTokenEnum {
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self> { tables.patentType }
}

extension PatentStatusEventKind: JSONTokenEnum {
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self> { tables.patentStatusEventKind }
}

extension LinkagePatentCategory: JSONTokenEnum {
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self> { tables.linkagePatentCategory }
}

extension LinkageDeclarationCategory: JSONTokenEnum {
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self> { tables.linkageDeclarationCategory }
}

extension CommitmentKind: JSONTokenEnum {
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self> { tables.commitmentKind }
}

extension CommitmentAddresseeKind: JSONTokenEnum {
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self> { tables.commitmentAddresseeKind }
}

extension CommitmentFindingKind: JSONTokenEnum {
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self> { tables.commitmentFindingKind }
}

extension ObjectionReceiver: JSONTokenEnum {
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self> { tables.objectionReceiver }
}

extension ObjectionFinding: JSONTokenEnum {
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self> { tables.objectionFinding }
}

extension OpinionKind: JSONTokenEnum {
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self> { tables.opinionKind }
}

extension OpinionFinding: JSONTokenEnum {
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self> { tables.opinionFinding }
}

extension DisputeForum: JSONTokenEnum {
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self> { tables.disputeForum }
}

extension DisputeResolutionKind: JSONTokenEnum {
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self> { tables.disputeResolutionKind }
}

extension RulingKind: JSONTokenEnum {
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self> { tables.rulingKind }
}

extension RulingFinding: JSONTokenEnum {
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self> { tables.rulingFinding }
}

extension ExclusivityKind: JSONTokenEnum {
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self> { tables.exclusivityKind }
}

extension PeriodUnit: JSONTokenEnum {
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self> { tables.periodUnit }
}

extension CreditConductKind: JSONTokenEnum {
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self> { tables.creditConductKind }
}

extension CreditRatingSchemeID: JSONTokenEnum {
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self> { tables.creditRatingSchemeID }
}

extension CreditRatingLevel: JSONTokenEnum {
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self> { tables.creditRatingLevel }
}

extension ProcurementStatus: JSONTokenEnum {
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self> { tables.procurementStatus }
}

extension ProcurementRoundKind: JSONTokenEnum {
    static func rawValues(in tables: borrowing ReadingTables) -> JSONEnumTable<Self> { tables.procurementRoundKind }
}
