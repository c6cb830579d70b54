// Declarations, commitments, objections, opinions, disputes, rulings and exclusivities, read as
// their `Decodable` conformances read them.

extension PatentLinkageDeclaration: JSONTokenReadableInPlace {
    /// The keys of a declaration object.
    static let jsonKeys = JSONKeyTable(["category", "patent", "declaredOn", "declarant"])

    /// A declaration to read over.
    static var placeholder: PatentLinkageDeclaration {
        PatentLinkageDeclaration(category: .one, patent: nil, declaredOn: .placeholder, declarant: "")
    }

    /// Reads a declaration into `value`: `patent` optional (``JSONTokenReadableInPlace``).
    static func read(from reader: inout JSONTokenReader, over value: inout PatentLinkageDeclaration) throws(TokenReadFailure) {
        var required: UInt8 = 0  // bit 0 category, 1 declaredOn, 2 declarant
        value.patent = nil
        var state = try reader.beginObject(reader.tables.pointee.patentLinkageDeclaration)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: value.category = try reader.read(); required |= 1
            case 1: value.patent = try reader.readOptional()
            case 2: value.declaredOn = try reader.read(); required |= 2
            default: value.storedDeclarant = try reader.read(); required |= 4
            }
        }
        guard required == 0b111 else { throw TokenReadFailure() }
    }
}

extension Commitment: JSONTokenReadableInPlace {
    /// The keys of a commitment object.
    static let jsonKeys = JSONKeyTable(["kind", "date", "patent", "addressee", "findings"])

    /// A commitment to read over.
    static var placeholder: Commitment {
        Commitment(kind: .listingSelfCommitment, date: .placeholder, patent: nil, addressee: nil, findings: [])
    }

    /// Reads a commitment into `value`: `findings` defaults to `[]` and keeps its storage
    /// (``JSONTokenReadableInPlace``).
    static func read(from reader: inout JSONTokenReader, over value: inout Commitment) throws(TokenReadFailure) {
        var required: UInt8 = 0  // bit 0 kind, 1 date
        value.patent = nil
        value.addressee = nil
        value.findings.removeAll(keepingCapacity: true)
        var state = try reader.beginObject(reader.tables.pointee.commitment)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: value.kind = try reader.read(); required |= 1
            case 1: value.date = try reader.read(); required |= 2
            case 2: value.patent = try reader.readOptional()
            case 3: value.addressee = try reader.readOptional()
            default: try reader.readOptionalArray(into: &value.findings)
            }
        }
        guard required == 0b11 else { throw TokenReadFailure() }
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

extension InfringementObjection: JSONTokenReadableInPlace {
    /// The keys of an objection object.
    static let jsonKeys = JSONKeyTable(["id", "receivedOn", "receivedBy", "objector", "patents", "withdrawnOn", "outcome"])

    /// An objection to read over.
    static var placeholder: InfringementObjection {
        InfringementObjection(id: "", receivedOn: .placeholder, receivedBy: .procurementAgency, objector: "", patents: [])
    }

    /// Reads an objection into `value`: `patents` required (its storage kept), `withdrawnOn` and
    /// `outcome` optional (``JSONTokenReadableInPlace``).
    static func read(from reader: inout JSONTokenReader, over value: inout InfringementObjection) throws(TokenReadFailure) {
        var required: UInt8 = 0  // bit 0 id, 1 receivedOn, 2 receivedBy, 3 objector, 4 patents
        value.withdrawnOn = nil
        value.outcome = nil
        var state = try reader.beginObject(reader.tables.pointee.infringementObjection)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: value.id = try reader.read(); required |= 1
            case 1: value.receivedOn = try reader.read(); required |= 2
            case 2: value.receivedBy = try reader.read(); required |= 4
            case 3: value.storedObjector = try reader.read(); required |= 8
            case 4: try reader.readArray(into: &value.patents); required |= 16
            case 5: value.withdrawnOn = try reader.readOptional()
            default: value.outcome = try reader.readOptional()
            }
        }
        guard required == 0b1_1111 else { throw TokenReadFailure() }
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

extension OpinionRequest: JSONTokenReadableInPlace {
    /// The keys of an opinion request object.
    static let jsonKeys = JSONKeyTable(["id", "objection", "requestedOn", "deadline", "authority", "opinion"])

    /// A request to read over.
    static var placeholder: OpinionRequest {
        OpinionRequest(id: "", objection: "", requestedOn: .placeholder, deadline: .placeholder, authority: nil, opinion: nil)
    }

    /// Reads an opinion request into `value`: `authority` and `opinion` optional
    /// (``JSONTokenReadableInPlace``).
    static func read(from reader: inout JSONTokenReader, over value: inout OpinionRequest) throws(TokenReadFailure) {
        var required: UInt8 = 0  // bit 0 id, 1 objection, 2 requestedOn, 3 deadline
        value.storedAuthority = nil
        value.opinion = nil
        var state = try reader.beginObject(reader.tables.pointee.opinionRequest)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: value.id = try reader.read(); required |= 1
            case 1: value.objection = try reader.read(); required |= 2
            case 2: value.requestedOn = try reader.read(); required |= 4
            case 3: value.deadline = try reader.read(); required |= 8
            case 4: value.storedAuthority = try reader.readOptional()
            default: value.opinion = try reader.readOptional()
            }
        }
        guard required == 0b1111 else { throw TokenReadFailure() }
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

extension Dispute: JSONTokenReadableInPlace {
    /// The keys of a dispute object.
    static let jsonKeys = JSONKeyTable(["id", "forum", "filedOn", "patents", "claimant", "respondent", "resolution"])

    /// A dispute to read over.
    static var placeholder: Dispute {
        Dispute(id: "", forum: .court, filedOn: .placeholder, patents: [], claimant: "", respondent: "", resolution: nil)
    }

    /// Reads a dispute into `value`: `patents` required (its storage kept), `resolution` optional
    /// (``JSONTokenReadableInPlace``).
    static func read(from reader: inout JSONTokenReader, over value: inout Dispute) throws(TokenReadFailure) {
        var required: UInt8 = 0  // bit 0 id, 1 forum, 2 filedOn, 3 patents, 4 claimant, 5 respondent
        value.resolution = nil
        var state = try reader.beginObject(reader.tables.pointee.dispute)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: value.id = try reader.read(); required |= 1
            case 1: value.forum = try reader.read(); required |= 2
            case 2: value.filedOn = try reader.read(); required |= 4
            case 3: try reader.readArray(into: &value.patents); required |= 8
            case 4: value.storedClaimant = try reader.read(); required |= 16
            case 5: value.storedRespondent = try reader.read(); required |= 32
            default: value.resolution = try reader.readOptional()
            }
        }
        guard required == 0b11_1111 else { throw TokenReadFailure() }
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

extension Ruling: JSONTokenReadableInPlace {
    /// The keys of a ruling object.
    static let jsonKeys = JSONKeyTable([
        "id", "dispute", "kind", "finding", "patents", "effectiveOn", "servedOn",
        "copiedToHealthcareSecurityOn", "setAsideOn",
    ])

    /// A ruling to read over.
    static var placeholder: Ruling {
        Ruling(id: "", kind: .administrativeRuling, finding: .infringes, patents: [], effectiveOn: .placeholder)
    }

    /// Reads a ruling into `value`: `patents` required (its storage kept), the dispute and the
    /// later dates optional (``JSONTokenReadableInPlace``).
    static func read(from reader: inout JSONTokenReader, over value: inout Ruling) throws(TokenReadFailure) {
        var required: UInt8 = 0  // bit 0 id, 1 kind, 2 finding, 3 patents, 4 effectiveOn
        value.dispute = nil
        value.servedOn = nil
        value.copiedToHealthcareSecurityOn = nil
        value.setAsideOn = nil
        var state = try reader.beginObject(reader.tables.pointee.ruling)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: value.id = try reader.read(); required |= 1
            case 1: value.dispute = try reader.readOptional()
            case 2: value.kind = try reader.read(); required |= 2
            case 3: value.finding = try reader.read(); required |= 4
            case 4: try reader.readArray(into: &value.patents); required |= 8
            case 5: value.effectiveOn = try reader.read(); required |= 16
            case 6: value.servedOn = try reader.readOptional()
            case 7: value.copiedToHealthcareSecurityOn = try reader.readOptional()
            default: value.setAsideOn = try reader.readOptional()
            }
        }
        guard required == 0b1_1111 else { throw TokenReadFailure() }
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
