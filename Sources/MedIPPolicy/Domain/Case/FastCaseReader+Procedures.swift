// Declarations, commitments, objections, opinions, disputes, rulings and exclusivities, read as
// their `Decodable` conformances read them.

extension PatentLinkageDeclaration: FastJSONReadable {
    /// The keys of a declaration object.
    static let fastKeys = FastKeyTable(["category", "patent", "declaredOn", "declarant"])

    /// Reads a declaration: `patent` optional.
    static func read(from reader: inout FastJSONReader) throws(FastReadFailure) -> PatentLinkageDeclaration {
        var category: LinkageDeclarationCategory?
        var patent: PatentNumber?
        var declaredOn: CivilDate?
        var declarant: String?
        var state = try reader.beginObject()
        while let key = try reader.nextKey(in: fastKeys, &state) {
            switch key {
            case 0: category = try reader.read()
            case 1: patent = try reader.readOptional()
            case 2: declaredOn = try reader.read()
            default: declarant = try reader.read()
            }
        }
        guard let category, let declaredOn, let declarant else { throw FastReadFailure() }
        return PatentLinkageDeclaration(category: category, patent: patent, declaredOn: declaredOn, declarant: declarant)
    }
}

extension Commitment: FastJSONReadable {
    /// The keys of a commitment object.
    static let fastKeys = FastKeyTable(["kind", "date", "patent", "addressee", "findings"])

    /// Reads a commitment: `findings` defaults to `[]`.
    static func read(from reader: inout FastJSONReader) throws(FastReadFailure) -> Commitment {
        var kind: CommitmentKind?
        var date: CivilDate?
        var patent: PatentNumber?
        var addressee: CommitmentAddressee?
        var findings: [CommitmentFinding] = []
        var state = try reader.beginObject()
        while let key = try reader.nextKey(in: fastKeys, &state) {
            switch key {
            case 0: kind = try reader.read()
            case 1: date = try reader.read()
            case 2: patent = try reader.readOptional()
            case 3: addressee = try reader.readOptional()
            default: findings = try reader.readOptionalArray()
            }
        }
        guard let kind, let date else { throw FastReadFailure() }
        return Commitment(kind: kind, date: date, patent: patent, addressee: addressee, findings: findings)
    }
}

extension CommitmentAddressee: FastJSONReadable {
    /// The keys of an addressee object.
    static let fastKeys = FastKeyTable(["kind", "name"])

    /// Reads an addressee: `name` optional.
    static func read(from reader: inout FastJSONReader) throws(FastReadFailure) -> CommitmentAddressee {
        var kind: CommitmentAddresseeKind?
        var name: String?
        var state = try reader.beginObject()
        while let key = try reader.nextKey(in: fastKeys, &state) {
            switch key {
            case 0: kind = try reader.read()
            default: name = try reader.readOptional()
            }
        }
        guard let kind else { throw FastReadFailure() }
        return CommitmentAddressee(kind: kind, name: name)
    }
}

extension CommitmentFinding: FastJSONReadable {
    /// The keys of a commitment finding object.
    static let fastKeys = FastKeyTable(["date", "kind", "authority"])

    /// Reads a finding: every field required.
    static func read(from reader: inout FastJSONReader) throws(FastReadFailure) -> CommitmentFinding {
        var date: CivilDate?
        var kind: CommitmentFindingKind?
        var authority: String?
        var state = try reader.beginObject()
        while let key = try reader.nextKey(in: fastKeys, &state) {
            switch key {
            case 0: date = try reader.read()
            case 1: kind = try reader.read()
            default: authority = try reader.read()
            }
        }
        guard let date, let kind, let authority else { throw FastReadFailure() }
        return CommitmentFinding(date: date, kind: kind, authority: authority)
    }
}

extension InfringementObjection: FastJSONReadable {
    /// The keys of an objection object.
    static let fastKeys = FastKeyTable(["id", "receivedOn", "receivedBy", "objector", "patents", "withdrawnOn", "outcome"])

    /// Reads an objection: `patents` required, `withdrawnOn` and `outcome` optional.
    static func read(from reader: inout FastJSONReader) throws(FastReadFailure) -> InfringementObjection {
        var id: String?
        var receivedOn: CivilDate?
        var receivedBy: ObjectionReceiver?
        var objector: String?
        var patents: [PatentNumber]?
        var withdrawnOn: CivilDate?
        var outcome: ObjectionOutcome?
        var state = try reader.beginObject()
        while let key = try reader.nextKey(in: fastKeys, &state) {
            switch key {
            case 0: id = try reader.read()
            case 1: receivedOn = try reader.read()
            case 2: receivedBy = try reader.read()
            case 3: objector = try reader.read()
            case 4: patents = try reader.readArray()
            case 5: withdrawnOn = try reader.readOptional()
            default: outcome = try reader.readOptional()
            }
        }
        guard let id, let receivedOn, let receivedBy, let objector, let patents else { throw FastReadFailure() }
        return InfringementObjection(
            id: id, receivedOn: receivedOn, receivedBy: receivedBy, objector: objector, patents: patents,
            withdrawnOn: withdrawnOn, outcome: outcome)
    }
}

extension ObjectionOutcome: FastJSONReadable {
    /// The keys of an objection outcome object.
    static let fastKeys = FastKeyTable(["date", "finding"])

    /// Reads an outcome: both fields required.
    static func read(from reader: inout FastJSONReader) throws(FastReadFailure) -> ObjectionOutcome {
        var date: CivilDate?
        var finding: ObjectionFinding?
        var state = try reader.beginObject()
        while let key = try reader.nextKey(in: fastKeys, &state) {
            switch key {
            case 0: date = try reader.read()
            default: finding = try reader.read()
            }
        }
        guard let date, let finding else { throw FastReadFailure() }
        return ObjectionOutcome(date: date, finding: finding)
    }
}

extension OpinionRequest: FastJSONReadable {
    /// The keys of an opinion request object.
    static let fastKeys = FastKeyTable(["id", "objection", "requestedOn", "deadline", "authority", "opinion"])

    /// Reads an opinion request: `authority` and `opinion` optional.
    static func read(from reader: inout FastJSONReader) throws(FastReadFailure) -> OpinionRequest {
        var id: String?
        var objection: String?
        var requestedOn: CivilDate?
        var deadline: CivilDate?
        var authority: String?
        var opinion: IPOpinion?
        var state = try reader.beginObject()
        while let key = try reader.nextKey(in: fastKeys, &state) {
            switch key {
            case 0: id = try reader.read()
            case 1: objection = try reader.read()
            case 2: requestedOn = try reader.read()
            case 3: deadline = try reader.read()
            case 4: authority = try reader.readOptional()
            default: opinion = try reader.readOptional()
            }
        }
        guard let id, let objection, let requestedOn, let deadline else { throw FastReadFailure() }
        return OpinionRequest(
            id: id, objection: objection, requestedOn: requestedOn, deadline: deadline, authority: authority,
            opinion: opinion)
    }
}

extension IPOpinion: FastJSONReadable {
    /// The keys of an opinion object.
    static let fastKeys = FastKeyTable(["date", "kind", "finding"])

    /// Reads an opinion: every field required.
    static func read(from reader: inout FastJSONReader) throws(FastReadFailure) -> IPOpinion {
        var date: CivilDate?
        var kind: OpinionKind?
        var finding: OpinionFinding?
        var state = try reader.beginObject()
        while let key = try reader.nextKey(in: fastKeys, &state) {
            switch key {
            case 0: date = try reader.read()
            case 1: kind = try reader.read()
            default: finding = try reader.read()
            }
        }
        guard let date, let kind, let finding else { throw FastReadFailure() }
        return IPOpinion(date: date, kind: kind, finding: finding)
    }
}

extension Dispute: FastJSONReadable {
    /// The keys of a dispute object.
    static let fastKeys = FastKeyTable(["id", "forum", "filedOn", "patents", "claimant", "respondent", "resolution"])

    /// Reads a dispute: `patents` required, `resolution` optional.
    static func read(from reader: inout FastJSONReader) throws(FastReadFailure) -> Dispute {
        var id: String?
        var forum: DisputeForum?
        var filedOn: CivilDate?
        var patents: [PatentNumber]?
        var claimant: String?
        var respondent: String?
        var resolution: DisputeResolution?
        var state = try reader.beginObject()
        while let key = try reader.nextKey(in: fastKeys, &state) {
            switch key {
            case 0: id = try reader.read()
            case 1: forum = try reader.read()
            case 2: filedOn = try reader.read()
            case 3: patents = try reader.readArray()
            case 4: claimant = try reader.read()
            case 5: respondent = try reader.read()
            default: resolution = try reader.readOptional()
            }
        }
        guard let id, let forum, let filedOn, let patents, let claimant, let respondent else {
            throw FastReadFailure()
        }
        return Dispute(
            id: id, forum: forum, filedOn: filedOn, patents: patents, claimant: claimant, respondent: respondent,
            resolution: resolution)
    }
}

extension DisputeResolution: FastJSONReadable {
    /// The keys of a resolution object.
    static let fastKeys = FastKeyTable(["date", "kind"])

    /// Reads a resolution: both fields required.
    static func read(from reader: inout FastJSONReader) throws(FastReadFailure) -> DisputeResolution {
        var date: CivilDate?
        var kind: DisputeResolutionKind?
        var state = try reader.beginObject()
        while let key = try reader.nextKey(in: fastKeys, &state) {
            switch key {
            case 0: date = try reader.read()
            default: kind = try reader.read()
            }
        }
        guard let date, let kind else { throw FastReadFailure() }
        return DisputeResolution(date: date, kind: kind)
    }
}

extension Ruling: FastJSONReadable {
    /// The keys of a ruling object.
    static let fastKeys = FastKeyTable([
        "id", "dispute", "kind", "finding", "patents", "effectiveOn", "servedOn",
        "copiedToHealthcareSecurityOn", "setAsideOn",
    ])

    /// Reads a ruling: `patents` required, the dispute and the later dates optional.
    static func read(from reader: inout FastJSONReader) throws(FastReadFailure) -> Ruling {
        var id: String?
        var dispute: String?
        var kind: RulingKind?
        var finding: RulingFinding?
        var patents: [PatentNumber]?
        var effectiveOn: CivilDate?
        var servedOn: CivilDate?
        var copiedOn: CivilDate?
        var setAsideOn: CivilDate?
        var state = try reader.beginObject()
        while let key = try reader.nextKey(in: fastKeys, &state) {
            switch key {
            case 0: id = try reader.read()
            case 1: dispute = try reader.readOptional()
            case 2: kind = try reader.read()
            case 3: finding = try reader.read()
            case 4: patents = try reader.readArray()
            case 5: effectiveOn = try reader.read()
            case 6: servedOn = try reader.readOptional()
            case 7: copiedOn = try reader.readOptional()
            default: setAsideOn = try reader.readOptional()
            }
        }
        guard let id, let kind, let finding, let patents, let effectiveOn else { throw FastReadFailure() }
        return Ruling(
            id: id, dispute: dispute, kind: kind, finding: finding, patents: patents, effectiveOn: effectiveOn,
            servedOn: servedOn, copiedToHealthcareSecurityOn: copiedOn, setAsideOn: setAsideOn)
    }
}

extension MarketExclusivity: FastJSONReadable {
    /// The keys of an exclusivity object.
    static let fastKeys = FastKeyTable(["kind", "start", "length", "endedOn", "challengedPatent", "holder"])

    /// Reads an exclusivity: `endedOn`, `challengedPatent` and `holder` optional.
    static func read(from reader: inout FastJSONReader) throws(FastReadFailure) -> MarketExclusivity {
        var kind: ExclusivityKind?
        var start: CivilDate?
        var length: Period?
        var endedOn: CivilDate?
        var challengedPatent: PatentNumber?
        var holder: String?
        var state = try reader.beginObject()
        while let key = try reader.nextKey(in: fastKeys, &state) {
            switch key {
            case 0: kind = try reader.read()
            case 1: start = try reader.read()
            case 2: length = try reader.read()
            case 3: endedOn = try reader.readOptional()
            case 4: challengedPatent = try reader.readOptional()
            default: holder = try reader.readOptional()
            }
        }
        guard let kind, let start, let length else { throw FastReadFailure() }
        return MarketExclusivity(
            kind: kind, start: start, length: length, endedOn: endedOn, challengedPatent: challengedPatent,
            holder: holder)
    }
}

extension Period: FastJSONReadable {
    /// The keys of a period object.
    static let fastKeys = FastKeyTable(["value", "unit"])

    /// Reads a period: both fields required.
    static func read(from reader: inout FastJSONReader) throws(FastReadFailure) -> Period {
        var value: Int?
        var unit: PeriodUnit?
        var state = try reader.beginObject()
        while let key = try reader.nextKey(in: fastKeys, &state) {
            switch key {
            case 0: value = try reader.read()
            default: unit = try reader.read()
            }
        }
        guard let value, let unit else { throw FastReadFailure() }
        return Period(value, unit)
    }
}
