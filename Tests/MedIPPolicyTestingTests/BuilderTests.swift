import Foundation
import Testing
import MedIPPolicyTesting

@Suite struct BuilderTests {
    static func date(_ text: String) -> CivilDate { CivilDate(text) ?? .minimum }

    static let presets: [CaseBuilder] = [
        .generic(), .innovative(), .improvedNew(), .biosimilar(), .sameFormulaTCM(), .consumable(),
    ]

    @Test(arguments: presets)
    func everyPresetValidatesWithoutAnyIssueAndRoundTrips(_ builder: CaseBuilder) throws {
        let facts = try builder.buildValidated(strict: true)
        #expect(facts.validate().isEmpty)
        #expect(try CaseFile.decode(CaseFile.encode(facts)) == facts)
        #expect(builder.build() == facts)
    }

    /// Every fluent method on every builder, in one case that still validates with no issue.
    @Test func everyFluentMethodKeepsTheCaseValid() throws {
        let compound = PatentBuilder.compoundPatent(expiringOn: Self.date("2029-06-18"))
        let use = PatentBuilder.medicalUsePatent(expiringOn: Self.date("2031-04-02"))
        let composition = PatentBuilder.compositionPatent(expiringOn: Self.date("2033-07-01"))
            .examinationRequested(on: Self.date("2013-09-01")).withTermAdjustment(days: 30)
            .withTermCompensation(days: 200, drugApprovedOn: Self.date("2026-01-20"))
        let ended = PatentBuilder.invention(filedOn: Self.date("2010-02-03")).titled("一种晶型").heldBy("某公司")
            .terminated(on: Self.date("2020-01-01")).restored(on: Self.date("2020-06-01"))
            .partiallyInvalidated(on: Self.date("2021-01-01")).surrendered(on: Self.date("2022-01-01"))
        let builder = CaseBuilder.generic()
            .withID("everything")
            .withEnterprise(EnterpriseBuilder.genericMaker.named("示例制药有限公司").withCreditCode(serial: 77))
            .modifyingProduct { $0.withID("P-9").named("示例替尼片 50mg").paediatric().nationallyNegotiated() }
            .listed(on: Self.date("2025-03-03")).thenSelectedInVBP(on: Self.date("2025-09-01"))
            .thenSelectionCancelled(on: Self.date("2025-12-01")).thenDelisted(on: Self.date("2026-01-05"))
            .thenReapplyingForListing(on: Self.date("2026-05-11"))
            .withSelfCommitment(on: Self.date("2026-05-11"))
            .selfCommitmentBreached(on: Self.date("2026-06-01"))
            .withPatent(ended)
            .withCategory3Declaration(on: compound)
            .withDeclaration(DeclarationBuilder(.fourPointTwo, on: use).declared(on: Self.date("2025-01-20")).by("示例制药有限公司"))
            .withNoMarketingCommitment(on: compound, madeOn: Self.date("2025-01-20"))
            .withCommitment(CommitmentBuilder.noMarketingBeforeExpiry(of: use, madeOn: Self.date("2025-02-01")).foundFalse(on: Self.date("2026-07-01")))
            .withObjection(.received(on: Self.date("2026-06-01"), against: use).foundNoRisk(on: Self.date("2026-06-20"))
                .withOpinion(requestedOn: Self.date("2026-06-03"), deadline: Self.date("2026-06-30"), answeredOn: Self.date("2026-06-25"), finding: .noInfringement))
            .withObjection(ObjectionBuilder(receivedOn: Self.date("2026-07-01"), against: [composition], receivedBy: .procurementAgency).withdrawn(on: Self.date("2026-07-15")))
            .withOpinionRequest(OpinionRequestBuilder(requestedOn: Self.date("2026-07-02"), deadline: Self.date("2026-07-20")).about(objection: "OBJ-2").withID("REQ-X"))
            .withDispute(.filed(on: Self.date("2026-08-01"), in: .ipAdministration, over: use).mediated(on: Self.date("2026-09-01")))
            .withDispute(.filed(on: Self.date("2026-08-02"), over: composition).withdrawn(on: Self.date("2026-08-20")).against("另一公司"))
            .withDispute(.filed(on: Self.date("2026-08-03"), over: compound)
                .decided(by: .noInfringement(of: compound, effectiveOn: Self.date("2026-10-01")).asJudgment().served(on: Self.date("2026-10-02"))))
            .withRuling(.infringement(of: use, effectiveOn: Self.date("2026-10-05")).setAside(on: Self.date("2026-11-01")).notYetServed().notYetCopied())
            .withExclusivity(.patentChallenge(startingOn: Self.date("2026-01-15")).challenging(compound).endedEarly(on: Self.date("2026-12-01")))
            .withExclusivity(.paediatric(startingOn: Self.date("2026-02-01")).lasting(.months(18)).heldBy("原研药业股份有限公司"))
            .withExclusivity(.rareDisease(startingOn: Self.date("2026-03-01")))
            .withCreditEvent(.commitmentBreach(on: Self.date("2026-07-01")).cleared(on: Self.date("2026-10-01")))
            .withCreditEvent(.infringementFinding(on: Self.date("2024-05-01")).at(.moderate).ratedBy("北京市医疗保障局"))
            .withCreditEvent(.falseCommitment(on: Self.date("2026-08-01")))
            .asKeyProduct()
        let facts = builder.build()
        #expect(facts.validate().isEmpty, "\(facts.validate())")
        #expect(facts.patents.count == 4)
        #expect(facts.objections.map(\.id) == ["OBJ-1", "OBJ-2"])
        #expect(facts.opinionRequests.map(\.id) == ["REQ-1", "REQ-X"])
        #expect(facts.disputes.map(\.id) == ["DSP-1", "DSP-2", "DSP-3"])
        #expect(facts.rulings.map(\.id) == ["RUL-1", "RUL-2"])
        #expect(facts.rulings.first?.dispute == "DSP-3")
        #expect(facts.disputes[0].respondent == "示例制药有限公司")
        #expect(facts.procurementHistory.map(\.status) == [.listed, .vbpSelected, .selectionCancelled, .delisted, .listingApplication])
        #expect(try CaseFile.decode(CaseFile.encode(facts)) == facts)
        // Builders are values: the preset is untouched.
        #expect(CaseBuilder.generic().build().patents.isEmpty)
    }

    @Test func theIssueExampleReadsInOneExpression() throws {
        let expiry = Self.date("2029-06-18")
        let facts = try CaseBuilder.generic().withCategory3Declaration(on: .compoundPatent(expiringOn: expiry)).buildValidated(strict: true)
        #expect(facts.declarations.first?.category == .three)
        #expect(facts.patents.first?.term().expiry == expiry)
        #expect(facts.patents.first?.lastDayInForce == Self.date("2029-06-17"))
        #expect(facts.patents.first?.number.filingYear == 2009)
        let byLastDay = PatentBuilder.compoundPatent(lastDayInForce: Self.date("2026-08-31")).build()
        #expect(byLastDay.term().expiry == Self.date("2026-09-01"))
        #expect(byLastDay.filingDate == Self.date("2006-09-01"))
    }

    @Test func patentsAreListedOncePerNumberAndExplicitOnesWin() {
        let patent = PatentBuilder.compoundPatent(expiringOn: Self.date("2029-06-18"))
        let facts = CaseBuilder.generic()
            .withCategory3Declaration(on: patent)
            .withPatent(patent.invalidated(on: Self.date("2026-07-01")))
            .withObjection(.received(on: Self.date("2026-06-01"), against: patent))
            .build()
        #expect(facts.patents.count == 1)
        #expect(facts.patents.first?.statusHistory.last?.event == .invalidatedWhole)
        #expect(facts.validate().isEmpty)
    }

    @Test func buildValidatedReportsTheIssues() {
        let broken = CaseBuilder.generic().withDispute(
            DisputeBuilder.filed(on: Self.date("2026-05-01"), over: .invention(filedOn: Self.date("2012-01-01"))).settled(on: Self.date("2026-04-01")))
        #expect(throws: FixtureValidationError.self) { try broken.buildValidated() }
        do {
            _ = try broken.buildValidated()
        } catch {
            #expect(error.issues.map(\.code) == [.resolutionBeforeFiling])
            #expect(error.description.contains("disputes[0].resolution.date"))
        }
        // Warnings pass unless strict.
        let warned = CaseBuilder.generic().modifyingProduct { $0.copying(nil) }
        #expect((try? warned.buildValidated()) != nil)
        #expect((try? warned.buildValidated(strict: true)) == nil)
    }

    @Test func identifiersCarryValidCheckCharacters() throws {
        for serial in [0, 1, 30, 31, 1_000, 987_654_321, -5, Int.max, Int.min] {
            let code = FixtureIdentifiers.creditCode(serial: serial)
            #expect(try UnifiedSocialCreditCode(validating: code.rawValue) == code)
        }
        #expect(FixtureIdentifiers.creditCode(serial: 1) != FixtureIdentifiers.creditCode(serial: 2))
        #expect(FixtureIdentifiers.creditCode(serial: 3, division: "IOSVZ!").rawValue.hasPrefix("91000000"))
        for text in ["2009-06-18", "1999-02-01", "2003-09-30", "2003-10-01", "1970-01-01", "2026-12-31"] {
            for type in PatentType.allCases {
                let number = FixtureIdentifiers.patentNumber(filedOn: Self.date(text), type: type, serial: 123_456_789)
                #expect(try PatentNumber(validating: number.canonical) == number)
                #expect(number.type == type)
            }
        }
        #expect(FixtureIdentifiers.patentNumber(filedOn: Self.date("1999-02-01"), serial: 7).canonical.count == "ZL99100007.X".count)
        #expect(try UnifiedSocialCreditCode(validating: FixtureIdentifiers.exampleCreditCode.rawValue) == FixtureIdentifiers.exampleCreditCode)
        #expect(try PatentNumber(validating: FixtureIdentifiers.examplePatentNumber.canonical) == FixtureIdentifiers.examplePatentNumber)
        for category in ProductCategory.allCases {
            let number = FixtureIdentifiers.approvalNumber(for: category, year: 2026, serial: 42)
            #expect(number != nil)
            #expect(number?.isDrug == category.isDrug)
        }
        #expect(FixtureIdentifiers.approvalNumber(for: .chemicalDrug, year: 2026, serial: 1)?.rawValue == "国药准字H20260001")
    }
}
