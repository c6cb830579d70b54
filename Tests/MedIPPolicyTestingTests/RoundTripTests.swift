import Testing
import MedIPPolicyTesting

/// `Scenarios.roundTripFailures(through:)`: the named scenarios through a platform's own mapping.
@Suite struct RoundTripTests {
    @Test func aFaithfulRoundTripKeepsEveryDecision() throws {
        #expect(Scenarios.roundTripFailures { facts in facts }.isEmpty)
        // Through the case file, as a platform storing the JSON would.
        let failures = Scenarios.roundTripFailures { facts in try CaseFile.decode(CaseFile.encode(facts)) }
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }

    @Test func aMappingThatDropsOpinionsIsCaughtByName() throws {
        // A platform whose rows keep the opinion request but not the opinion received.
        let failures = Scenarios.roundTripFailures { facts in
            var lossy = facts
            for index in lossy.opinionRequests.indices { lossy.opinionRequests[index].opinion = nil }
            return lossy
        }
        let names = Set(failures.map(\.scenario.name))
        #expect(names.contains("objection-opinion-received"))
        // Only scenarios with an opinion are affected.
        #expect(failures.allSatisfy { $0.scenario.facts.opinionRequests.contains { $0.opinion != nil } })
        let received = try #require(failures.first { $0.scenario.name == "objection-opinion-received" })
        #expect(received.mismatches.contains { $0.field == "disposition" }, "\(received)")
        #expect(received.description.hasPrefix("objection-opinion-received @ "))
        for mismatch in received.mismatches {
            #expect(received.description.contains("objection-opinion-received @ \(received.scenario.asOf): \(mismatch)"))
        }
    }

    @Test func aThrowingMappingIsReportedForEveryScenario() {
        struct NoRowFor: Error, CustomStringConvertible { var description: String { "no row for this product" } }
        let scenarios = Array(Scenarios.all.prefix(3))
        let failures = Scenarios.roundTripFailures(scenarios) { _ in throw NoRowFor() }
        #expect(failures.map(\.scenario) == scenarios)
        #expect(failures.allSatisfy {
            $0.mismatches.map(\.description) == ["roundTrip: expected a case, got error: no row for this product"]
        })
    }

    @Test func aSingleScenarioChecksTheReturnedCaseNotTheOriginal() {
        let scenario = Scenarios.category3Deferred
        #expect(scenario.checkRoundTrip { $0 }.isEmpty)
        let shifted = scenario.checkRoundTrip { facts in
            var other = facts
            other.declarations = []
            return other
        }
        #expect(!shifted.isEmpty)
    }
}
