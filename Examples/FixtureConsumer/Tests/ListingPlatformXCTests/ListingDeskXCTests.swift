import ListingPlatform
import MedIPPolicyTestingAssertions
import XCTest

/// The platform's XCTest suite: every named scenario through the desk, with the one-line
/// `XCTAssertScenario` helper, and a builder-made case with `XCTAssertDecision`.
final class ListingDeskXCTests: XCTestCase {
    func testEveryScenarioThroughTheDesk() {
        let desk = ListingDesk()
        for scenario in Scenarios.all {
            XCTAssertScenario(scenario, "through the listing desk") { facts, asOf in
                try desk.receiveAndDecide(facts, asOf: asOf)
            }
        }
    }

    func testACategory3GenericIsDeferredUntilThePatentExpires() throws {
        let expiry = try CivilDate(iso8601: "2029-06-18")
        let facts = try CaseBuilder.generic()
            .withCategory3Declaration(on: .compoundPatent(expiringOn: expiry))
            .buildValidated()
        let decision = try ListingDesk().receiveAndDecide(facts, asOf: try CivilDate(iso8601: "2026-11-23"))
        XCTAssertDecision(decision, matches: DecisionExpectation(disposition: .deferUntil, date: .on(expiry)))
    }
}
