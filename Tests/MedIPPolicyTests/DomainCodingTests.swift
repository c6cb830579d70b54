import Foundation
import Testing
import MedIPPolicy

private func roundTrip<Value: Codable & Equatable>(_ value: Value, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let data = try CaseFile.encode(value)
    let decoded = try CaseFile.decode(Value.self, from: data)
    #expect(decoded == value, sourceLocation: sourceLocation)
    #expect(try CaseFile.encode(decoded) == data, "encoding is stable", sourceLocation: sourceLocation)
}

private func roundTripAllCases<Value: StableStringEnum>(_ type: Value.Type, sourceLocation: SourceLocation = #_sourceLocation) throws {
    for value in Value.allCases { try roundTrip(value, sourceLocation: sourceLocation) }
    do {
        _ = try CaseFile.decode(Value.self, from: Data(#""no-such-value""#.utf8))
        Issue.record("decoded an unknown value of \(Value.self)", sourceLocation: sourceLocation)
    } catch {
        #expect(error.code == .unknownEnumValue, sourceLocation: sourceLocation)
        #expect(error.message.contains(Value.allowedValuesList), sourceLocation: sourceLocation)
    }
}

private func date(_ text: String) -> CivilDate { CivilDate(text) ?? .minimum }

@Suite struct DomainCodingTests {
    @Test func enumerationsRoundTripAndRejectUnknownValues() throws {
        try roundTripAllCases(PatentType.self)
        try roundTripAllCases(PatentStatusEventKind.self)
        try roundTripAllCases(LinkagePatentCategory.self)
        try roundTripAllCases(ProductCategory.self)
        try roundTripAllCases(DrugClass.self)
        try roundTripAllCases(ApprovalNumber.Kind.self)
        try roundTripAllCases(LinkageDeclarationCategory.self)
        try roundTripAllCases(CommitmentKind.self)
        try roundTripAllCases(CommitmentAddresseeKind.self)
        try roundTripAllCases(CommitmentFindingKind.self)
        try roundTripAllCases(ObjectionReceiver.self)
        try roundTripAllCases(ObjectionFinding.self)
        try roundTripAllCases(OpinionKind.self)
        try roundTripAllCases(OpinionFinding.self)
        try roundTripAllCases(DisputeForum.self)
        try roundTripAllCases(DisputeResolutionKind.self)
        try roundTripAllCases(RulingKind.self)
        try roundTripAllCases(RulingFinding.self)
        try roundTripAllCases(ExclusivityKind.self)
        try roundTripAllCases(CreditRatingSchemeID.self)
        try roundTripAllCases(CreditRatingLevel.self)
        try roundTripAllCases(CreditConductKind.self)
        try roundTripAllCases(ProcurementStatus.self)
        try roundTripAllCases(ProcurementRoundKind.self)
        try roundTripAllCases(ValidationSeverity.self)
    }

    @Test func declarationCategoriesEncodeAsNumbers() throws {
        let encoded = LinkageDeclarationCategory.allCases.map(\.rawValue)
        #expect(encoded == ["1", "2", "3", "4.1", "4.2"])
        #expect(String(decoding: try CaseFile.encode(LinkageDeclarationCategory.fourPointOne), as: UTF8.self) == #""4.1""#)
    }

    @Test func identifiersRoundTrip() throws {
        try roundTrip(try UnifiedSocialCreditCode(validating: "914403001922038216"))
        try roundTrip(try PatentNumber(validating: "cn 201811564288.x"))
        try roundTrip(try ApprovalNumber(validating: "国药准字HJ20200001"))
        try roundTrip(ValidationCode.unknownPatent)
        try roundTrip(CaseFileError.Code.invalidPatentNumber)
        // The canonical form is what is written.
        #expect(String(decoding: try CaseFile.encode(try PatentNumber(validating: "201710601862.3")), as: UTF8.self)
                == #""ZL201710601862.3""#)
    }

    @Test func patentPartsRoundTrip() throws {
        let number = try PatentNumber(validating: "ZL201811564288.X")
        let event = PatentStatusEvent(date: date("2020-01-01"), event: .invalidatedPartial)
        try roundTrip(event)
        try roundTrip(PatentEarlyEnd(date: date("2021-01-01"), reason: .surrendered))
        try roundTrip(PatentTermRules.default)
        let patent = Patent(
            number: number, title: "标题", holder: "H", filingDate: date("2018-12-20"), grantDate: date("2021-03-02"),
            substantiveExaminationRequestDate: date("2019-01-05"), statusHistory: [event],
            termAdjustmentDays: 30, termCompensationDays: 40, drugApprovalDate: date("2024-06-01"),
            registrableCategory: .chemicalCompound, registeredOnPlatform: true)
        try roundTrip(patent)
        try roundTrip(Patent(number: number, filingDate: date("2018-12-20")))
        try roundTrip(patent.term())
    }

    @Test func partiesAndProceduresRoundTrip() throws {
        let code = try UnifiedSocialCreditCode(validating: "91440300708461136T")
        let number = try PatentNumber(validating: "ZL201811564288.X")
        try roundTrip(Enterprise(name: "E", creditCode: code))
        try roundTrip(Product(
            id: "p", name: "n", category: .biologicalDrug, drugClass: .biosimilar, referenceProduct: "R",
            marketingAuthorisationHolder: "M", approvalNumber: try ApprovalNumber(validating: "国药准字S20190012"),
            approvalDate: date("2019-05-05"), rareDisease: true, paediatric: true, nationallyNegotiated: true,
            greenChannelQualified: false))
        try roundTrip(PatentLinkageDeclaration(category: .fourPointTwo, patent: number, declaredOn: date("2023-01-01"), declarant: "D"))
        try roundTrip(PatentLinkageDeclaration(category: .one, patent: nil, declaredOn: date("2023-01-01"), declarant: "D"))
        let finding = CommitmentFinding(date: date("2026-06-01"), kind: .foundFalse, authority: "A")
        try roundTrip(finding)
        try roundTrip(CommitmentAddressee(kind: .patentee, name: "P"))
        try roundTrip(Commitment(kind: .noMarketingBeforeExpiry, date: date("2024-01-01"), patent: number,
                                 addressee: CommitmentAddressee(kind: .court), findings: [finding]))
        let outcome = ObjectionOutcome(date: date("2026-05-20"), finding: .riskFound)
        try roundTrip(outcome)
        try roundTrip(InfringementObjection(id: "O", receivedOn: date("2026-05-01"), receivedBy: .procurementAgency,
                                            objector: "X", patents: [number], withdrawnOn: date("2026-06-01"), outcome: outcome))
        let opinion = IPOpinion(date: date("2026-05-30"), kind: .infringementDetermination, finding: .infringementLikely)
        try roundTrip(opinion)
        try roundTrip(OpinionRequest(id: "R", objection: "O", requestedOn: date("2026-05-02"), deadline: date("2026-06-02"),
                                     authority: "A", opinion: opinion))
        let resolution = DisputeResolution(date: date("2026-08-01"), kind: .mediated)
        try roundTrip(resolution)
        try roundTrip(Dispute(id: "D", forum: .ipAdministration, filedOn: date("2026-05-03"), patents: [number],
                              claimant: "C", respondent: "R", resolution: resolution))
        try roundTrip(Ruling(id: "J", dispute: "D", kind: .administrativeRuling, finding: .doesNotInfringe, patents: [number],
                             effectiveOn: date("2026-07-01"), servedOn: date("2026-07-02"),
                             copiedToHealthcareSecurityOn: date("2026-07-03"), setAsideOn: date("2026-12-01")))
        try roundTrip(MarketExclusivity(kind: .rareDisease, start: date("2026-06-01"), length: .years(7),
                                        endedOn: date("2030-01-01"), challengedPatent: number, holder: "H"))
    }

    @Test func creditAndProcurementRoundTrip() throws {
        try roundTrip(CreditRatingScheme.nhsa2020)
        try roundTrip(CreditRatingScheme.nhsa2025)
        try roundTrip(CreditEvent(date: date("2025-03-01"), kind: .biddingMisconduct, scheme: .nhsa2020,
                                  level: .particularlySerious, authority: "A", clearedOn: date("2026-03-01")))
        let event = ProcurementEvent(date: date("2026-01-01"), status: .vbpSelected, round: "第十批")
        try roundTrip(event)
        try roundTrip(ProcurementHistory([event, ProcurementEvent(date: date("2026-06-01"), status: .selectionCancelled)]))
        try roundTrip(ProcurementRound(kind: .vbp, name: "第十批", applicationDate: date("2025-12-01")))
        try roundTrip(RiskAttention(largeScale: true, ipRisk: true))
        try roundTrip(ValidationIssue(path: "patents[0].grantDate", code: .grantBeforeFiling, severity: .error,
                                      message: LocalizedText(zh: "中", en: "en")))
    }

    @Test func casesRoundTrip() throws {
        try roundTrip(try CaseFile.decode(try editedJSON([])))
        for file in exampleFiles {
            try roundTrip(try CaseFile.decode(try repositoryFile(file)))
        }
    }

    @Test func procurementStatusOnADate() {
        let history: ProcurementHistory = [
            ProcurementEvent(date: date("2025-01-01"), status: .listingApplication),
            ProcurementEvent(date: date("2025-02-01"), status: .listed),
            ProcurementEvent(date: date("2026-01-01"), status: .delisted),
        ]
        #expect(history.status(on: date("2024-12-31")) == nil)
        #expect(history.status(on: date("2025-01-15")) == .listingApplication)
        #expect(history.status(on: date("2025-02-01")) == .listed)
        #expect(history.status(on: date("2026-05-01")) == .delisted)
    }

    @Test func datesOnProcedures() throws {
        let number = try PatentNumber(validating: "ZL201811564288.X")
        let request = OpinionRequest(id: "R", objection: "O", requestedOn: date("2026-05-02"), deadline: date("2026-06-02"))
        #expect(!request.isOverdue(on: date("2026-06-02")))
        #expect(request.isOverdue(on: date("2026-06-03")))
        var answered = request
        answered.opinion = IPOpinion(date: date("2026-06-01"), kind: .consultation, finding: .noInfringement)
        #expect(!answered.isOverdue(on: date("2026-07-01")))
        let ruling = Ruling(id: "J", kind: .effectiveJudgment, finding: .infringes, patents: [number],
                            effectiveOn: date("2026-07-01"), setAsideOn: date("2026-09-01"))
        #expect(!ruling.isEffective(on: date("2026-06-30")))
        #expect(ruling.isEffective(on: date("2026-07-01")))
        #expect(!ruling.isEffective(on: date("2026-09-01")))
        let dispute = Dispute(id: "D", forum: .court, filedOn: date("2026-05-03"), patents: [number], claimant: "C",
                              respondent: "R", resolution: DisputeResolution(date: date("2026-08-01"), kind: .settled))
        #expect(dispute.isPending(on: date("2026-07-31")))
        #expect(!dispute.isPending(on: date("2026-08-01")))
        let exclusivity = MarketExclusivity(kind: .patentChallenge, start: date("2026-01-31"), length: .months(12))
        #expect(exclusivity.end == date("2027-01-31"))
        #expect(exclusivity.covers(date("2027-01-30")) && !exclusivity.covers(date("2027-01-31")))
    }

    @Test func patentChallengeExclusivityStopsAtTheOriginalTerm() throws {
        var theCase = try CaseFile.decode(try editedJSON([]))
        let number = try PatentNumber(validating: "ZL200910123456.6")  // expires 2029-06-18
        let exclusivity = MarketExclusivity(kind: .patentChallenge, start: date("2029-01-01"), length: .months(12),
                                            challengedPatent: number)
        theCase.exclusivities = [exclusivity]
        #expect(exclusivity.end == date("2030-01-01"))
        #expect(theCase.exclusivityEnd(exclusivity) == date("2029-06-18"))
    }

    @Test func creditSchemesAreDatedData() {
        #expect(CreditRatingScheme.scheme(forRatingOn: date("2025-06-30")).id == .nhsa2020)
        #expect(CreditRatingScheme.scheme(forRatingOn: date("2025-07-01")).id == .nhsa2025)
        #expect(CreditRatingScheme.nhsa2020.severity(of: .dishonest) == nil)
        #expect(CreditRatingScheme.nhsa2025.severity(of: .particularlySeriouslyDishonest) == 4)
    }

    @Test func validationCodesAreUniqueAndCamelCase() {
        #expect(Set(ValidationCode.all).count == ValidationCode.all.count)
        #expect(ValidationCode.all.allSatisfy { $0.rawValue.first?.isLowercase == true && !$0.rawValue.contains(" ") })
        #expect(Set(CaseFileError.Code.all).count == CaseFileError.Code.all.count)
    }
}
