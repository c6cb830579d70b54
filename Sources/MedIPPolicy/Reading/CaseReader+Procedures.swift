// Declarations, commitments, objections, opinions, disputes, rulings and exclusivities, read as
// their `Decodable` conformances read them.

extension PatentLinkageDeclaration: JSONTokenReadable {
    /// The keys of a declaration object.
    static let jsonKeys = JSONKeyTable(["category", "patent", "declaredOn", "declarant"])

    /// Reads a declaration: `patent` optional.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> PatentLinkageDeclaration {
        var category: LinkageDeclarationCategory?
        var patent: PatentNumber?
        var declaredOn: CivilDate?
        var declarant: StoredText?
        var state = try reader.beginObject(reader.tables.pointee.patentLinkageDeclaration)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: category = try reader.read()
            case 1: patent = try reader.readOptional()
            case 2: declaredOn = try reader.read()
            default: declarant = try reader.read()
            }
        }
        guard let category, let declaredOn, let declarant else { throw TokenReadFailure() }
        var value = PatentLinkageDeclaration(category: category, patent: patent, declaredOn: declaredOn, declarant: "")
        value.storedDeclarant = declarant
        return value
    }
}

extension Commitment: JSONTokenReadableKeepingArray {
    /// The array kept when a commitment is read over another.
    static var keptArray: WritableKeyPath<Commitment, [CommitmentFinding]> { \.findings }

    /// The keys of a commitment object.
    static let jsonKeys = JSONKeyTable(["kind", "date", "patent", "addressee", "findings"])

    /// Reads a commitment: `findings` defaults to `[]`.
    static func read(from reader: inout JSONTokenReader, keeping findings: inout [CommitmentFinding]) throws(TokenReadFailure) -> Commitment {
        var kind: CommitmentKind?
        var date: CivilDate?
        var patent: PatentNumber?
        var addressee: CommitmentAddressee?
        findings.removeAll(keepingCapacity: true)
        var state = try reader.beginObject(reader.tables.pointee.commitment)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: kind = try reader.read()
            case 1: date = try reader.read()
            case 2: patent = try reader.readOptional()
            case 3: addressee = try reader.readOptional()
            default: try reader.readOptionalArray(into: &findings)
            }
        }
        guard let kind, let date else { throw TokenReadFailure() }
        return Commitment(kind: kind, date: date, patent: patent, addressee: addressee, findings: findings)
    }
}

extension CommitmentAddressee: JSONTokenReadable {
    /// The keys of an addressee object.
    static let jsonKeys = JSONKeyTable(["kind", "name"])

    /// Reads an addressee: `name` optional.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> CommitmentAddressee {
        var kind: CommitmentAddresseeKind?
        var name: StoredText?
        var state = try reader.beginObject(reader.tables.pointee.commitmentAddressee)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: kind = try reader.read()
            default: name = try reader.readOptional()
            }
        }
        guard let kind else { throw TokenReadFailure() }
        var value = CommitmentAddressee(kind: kind, name: nil)
        value.storedName = name
        return value
    }
}

extension CommitmentFinding: JSONTokenReadable {
    /// The keys of a commitment finding object.
    static let jsonKeys = JSONKeyTable(["date", "kind", "authority"])

    /// Reads a finding: every field required.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> CommitmentFinding {
        var date: CivilDate?
        var kind: CommitmentFindingKind?
        var authority: StoredText?
        var state = try reader.beginObject(reader.tables.pointee.commitmentFinding)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: date = try reader.read()
            case 1: kind = try reader.read()
            default: authority = try reader.read()
            }
        }
        guard let date, let kind, let authority else { throw TokenReadFailure() }
        var value = CommitmentFinding(date: date, kind: kind, authority: "")
        value.storedAuthority = authority
        return value
    }
}

extension InfringementObjection: JSONTokenReadableKeepingArray {
    /// The array kept when an objection is read over another.
    static var keptArray: WritableKeyPath<InfringementObjection, [PatentNumber]> { \.patents }

    /// The keys of an objection object.
    static let jsonKeys = JSONKeyTable(["id", "receivedOn", "receivedBy", "objector", "patents", "withdrawnOn", "outcome"])

    /// Reads an objection: `patents` required, `withdrawnOn` and `outcome` optional.
    static func read(from reader: inout JSONTokenReader, keeping patents: inout [PatentNumber]) throws(TokenReadFailure) -> InfringementObjection {
        var id: String?
        var receivedOn: CivilDate?
        var receivedBy: ObjectionReceiver?
        var objector: StoredText?
        var hasPatents = false
        var withdrawnOn: CivilDate?
        var outcome: ObjectionOutcome?
        var state = try reader.beginObject(reader.tables.pointee.infringementObjection)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: id = try reader.read()
            case 1: receivedOn = try reader.read()
            case 2: receivedBy = try reader.read()
            case 3: objector = try reader.read()
            case 4:
                try reader.readArray(into: &patents)
                hasPatents = true
            case 5: withdrawnOn = try reader.readOptional()
            default: outcome = try reader.readOptional()
            }
        }
        guard let id, let receivedOn, let receivedBy, let objector, hasPatents else { throw TokenReadFailure() }
        var value = InfringementObjection(
            id: id, receivedOn: receivedOn, receivedBy: receivedBy, objector: "", patents: patents,
            withdrawnOn: withdrawnOn, outcome: outcome)
        value.storedObjector = objector
        return value
    }
}

extension ObjectionOutcome: JSONTokenReadable {
    /// The keys of an objection outcome object.
    static let jsonKeys = JSONKeyTable(["date", "finding"])

    /// Reads an outcome: both fields required.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> ObjectionOutcome {
        var date: CivilDate?
        var finding: ObjectionFinding?
        var state = try reader.beginObject(reader.tables.pointee.objectionOutcome)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: date = try reader.read()
            default: finding = try reader.read()
            }
        }
        guard let date, let finding else { throw TokenReadFailure() }
        return ObjectionOutcome(date: date, finding: finding)
    }
}

extension OpinionRequest: JSONTokenReadable {
    /// The keys of an opinion request object.
    static let jsonKeys = JSONKeyTable(["id", "objection", "requestedOn", "deadline", "authority", "opinion"])

    /// Reads an opinion request: `authority` and `opinion` optional.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> OpinionRequest {
        var id: String?
        var objection: String?
        var requestedOn: CivilDate?
        var deadline: CivilDate?
        var authority: StoredText?
        var opinion: IPOpinion?
        var state = try reader.beginObject(reader.tables.pointee.opinionRequest)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: id = try reader.read()
            case 1: objection = try reader.read()
            case 2: requestedOn = try reader.read()
            case 3: deadline = try reader.read()
            case 4: authority = try reader.readOptional()
            default: opinion = try reader.readOptional()
            }
        }
        guard let id, let objection, let requestedOn, let deadline else { throw TokenReadFailure() }
        var value = OpinionRequest(
            id: id, objection: objection, requestedOn: requestedOn, deadline: deadline, authority: nil,
            opinion: opinion)
        value.storedAuthority = authority
        return value
    }
}

extension IPOpinion: JSONTokenReadable {
    /// The keys of an opinion object.
    static let jsonKeys = JSONKeyTable(["date", "kind", "finding"])

    /// Reads an opinion: every field required.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> IPOpinion {
        var date: CivilDate?
        var kind: OpinionKind?
        var finding: OpinionFinding?
        var state = try reader.beginObject(reader.tables.pointee.ipOpinion)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: date = try reader.read()
            case 1: kind = try reader.read()
            default: finding = try reader.read()
            }
        }
        guard let date, let kind, let finding else { throw TokenReadFailure() }
        return IPOpinion(date: date, kind: kind, finding: finding)
    }
}

extension Dispute: JSONTokenReadableKeepingArray {
    /// The array kept when a dispute is read over another.
    static var keptArray: WritableKeyPath<Dispute, [PatentNumber]> { \.patents }

    /// The keys of a dispute object.
    static let jsonKeys = JSONKeyTable(["id", "forum", "filedOn", "patents", "claimant", "respondent", "resolution"])

    /// Reads a dispute: `patents` required, `resolution` optional.
    static func read(from reader: inout JSONTokenReader, keeping patents: inout [PatentNumber]) throws(TokenReadFailure) -> Dispute {
        var id: String?
        var forum: DisputeForum?
        var filedOn: CivilDate?
        var hasPatents = false
        var claimant: StoredText?
        var respondent: StoredText?
        var resolution: DisputeResolution?
        var state = try reader.beginObject(reader.tables.pointee.dispute)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: id = try reader.read()
            case 1: forum = try reader.read()
            case 2: filedOn = try reader.read()
            case 3:
                try reader.readArray(into: &patents)
                hasPatents = true
            case 4: claimant = try reader.read()
            case 5: respondent = try reader.read()
            default: resolution = try reader.readOptional()
            }
        }
        guard let id, let forum, let filedOn, hasPatents, let claimant, let respondent else {
            throw TokenReadFailure()
        }
        var value = Dispute(
            id: id, forum: forum, filedOn: filedOn, patents: patents, claimant: "", respondent: "",
            resolution: resolution)
        value.storedClaimant = claimant
        value.storedRespondent = respondent
        return value
    }
}

extension DisputeResolution: JSONTokenReadable {
    /// The keys of a resolution object.
    static let jsonKeys = JSONKeyTable(["date", "kind"])

    /// Reads a resolution: both fields required.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> DisputeResolution {
        var date: CivilDate?
        var kind: DisputeResolutionKind?
        var state = try reader.beginObject(reader.tables.pointee.disputeResolution)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: date = try reader.read()
            default: kind = try reader.read()
            }
        }
        guard let date, let kind else { throw TokenReadFailure() }
        return DisputeResolution(date: date, kind: kind)
    }
}

extension Ruling: JSONTokenReadableKeepingArray {
    /// The array kept when a ruling is read over another.
    static var keptArray: WritableKeyPath<Ruling, [PatentNumber]> { \.patents }

    /// The keys of a ruling object.
    static let jsonKeys = JSONKeyTable([
        "id", "dispute", "kind", "finding", "patents", "effectiveOn", "servedOn",
        "copiedToHealthcareSecurityOn", "setAsideOn",
    ])

    /// Reads a ruling: `patents` required, the dispute and the later dates optional.
    static func read(from reader: inout JSONTokenReader, keeping patents: inout [PatentNumber]) throws(TokenReadFailure) -> Ruling {
        var id: String?
        var dispute: String?
        var kind: RulingKind?
        var finding: RulingFinding?
        var hasPatents = false
        var effectiveOn: CivilDate?
        var servedOn: CivilDate?
        var copiedOn: CivilDate?
        var setAsideOn: CivilDate?
        var state = try reader.beginObject(reader.tables.pointee.ruling)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: id = try reader.read()
            case 1: dispute = try reader.readOptional()
            case 2: kind = try reader.read()
            case 3: finding = try reader.read()
            case 4:
                try reader.readArray(into: &patents)
                hasPatents = true
            case 5: effectiveOn = try reader.read()
            case 6: servedOn = try reader.readOptional()
            case 7: copiedOn = try reader.readOptional()
            default: setAsideOn = try reader.readOptional()
            }
        }
        guard let id, let kind, let finding, hasPatents, let effectiveOn else { throw TokenReadFailure() }
        return Ruling(
            id: id, dispute: dispute, kind: kind, finding: finding, patents: patents, effectiveOn: effectiveOn,
            servedOn: servedOn, copiedToHealthcareSecurityOn: copiedOn, setAsideOn: setAsideOn)
    }
}

extension MarketExclusivity: JSONTokenReadable {
    /// The keys of an exclusivity object.
    static let jsonKeys = JSONKeyTable(["kind", "start", "length", "endedOn", "challengedPatent", "holder"])

    /// Reads an exclusivity: `endedOn`, `challengedPatent` and `holder` optional.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> MarketExclusivity {
        var kind: ExclusivityKind?
        var start: CivilDate?
        var length: Period?
        var endedOn: CivilDate?
        var challengedPatent: PatentNumber?
        var holder: StoredText?
        var state = try reader.beginObject(reader.tables.pointee.marketExclusivity)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: kind = try reader.read()
            case 1: start = try reader.read()
            case 2: length = try reader.read()
            case 3: endedOn = try reader.readOptional()
            case 4: challengedPatent = try reader.readOptional()
            default: holder = try reader.readOptional()
            }
        }
        guard let kind, let start, let length else { throw TokenReadFailure() }
        var value = MarketExclusivity(
            kind: kind, start: start, length: length, endedOn: endedOn, challengedPatent: challengedPatent,
            holder: nil)
        value.storedHolder = holder
        return value
    }
}

extension Period: JSONTokenReadable {
    /// The keys of a period object.
    static let jsonKeys = JSONKeyTable(["value", "unit"])

    /// Reads a period: both fields required.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> Period {
        var value: Int?
        var unit: PeriodUnit?
        var state = try reader.beginObject(reader.tables.pointee.period)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: value = try reader.read()
            default: unit = try reader.read()
            }
        }
        guard let value, let unit else { throw TokenReadFailure() }
        return Period(value, unit)
    }
}
