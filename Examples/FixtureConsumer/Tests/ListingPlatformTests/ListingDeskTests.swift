import ListingPlatform
import MedIPPolicyTestingAssertions
import Testing

/// The platform's Swift Testing suite: the scenarios for one measure, generated cases, and
/// deliberately broken case files.
@Suite struct ListingDeskTests {
    let desk = ListingDesk()

    @Test(arguments: Scenarios.for(measure: MeasureID(.beijing2026_3, 8)))
    func stoppingInfringementScenarios(_ scenario: Scenario) {
        expectScenario(scenario) { facts, asOf in try desk.receiveAndDecide(facts, asOf: asOf) }
    }

    @Test func generatedCasesDecideAsTheyWereBuiltTo() throws {
        for generated in CaseGenerator(seed: 2026).prefix(500) {
            let decision = try desk.receiveAndDecide(generated.facts, asOf: generated.asOf)
            expectDecision(decision, matches: generated.expectation, "generated case #\(generated.index)")
        }
    }

    @Test func brokenCaseFilesAreRejectedWithTheTaggedCode() {
        var generator = InvalidCaseGenerator(seed: 7, kinds: InvalidCaseGenerator.decodingCodes.map { .decoding($0) })
        for broken in generator.next(50) {
            #expect(throws: CaseFileError.self) { try desk.receive(broken.caseFile) }
            #expect(broken.verify().isEmpty)
        }
    }
}
