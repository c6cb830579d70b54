import Foundation
import MedIPPolicy
import MedIPPolicyTesting
import PlatformDay
import Testing

@Suite struct ListingDeskTests {
    static func day(_ text: String) throws -> CivilDate { try CivilDate(iso8601: text) }

    @Test func todayInBeijingComesFromTheClockAndGoesBack() throws {
        let desk = try ListingDesk()
        // 2026-12-03T20:00:00Z is already 2026-12-04 in Beijing (UTC+8).
        let now = Date(timeIntervalSince1970: 1_796_328_000)
        let today = try desk.today(now: now)
        #expect(today == (try Self.day("2026-12-04")))
        #expect(try today.startDate() == Date(timeIntervalSince1970: 1_796_313_600))  // 2026-12-03T16:00:00Z
    }

    @Test func aCategory3GenericIsHeldByItsBlockingPatent() throws {
        let expiry = try Self.day("2029-06-18")
        let facts = try CaseBuilder.generic().withCategory3Declaration(on: .compoundPatent(expiringOn: expiry)).buildValidated()
        let record = try ListingDesk().record(facts, asOf: try Self.day("2026-11-23"))
        #expect(record.action == .hold)
        #expect(record.date == expiry)
        #expect(record.dateStartsAt == (try expiry.startDate()))
        #expect(record.blockingPatent?.hasSuffix("no longer protected from 2029-06-18") == true)
        #expect(record.blockingPatent?.contains("+ 20 years (Patent Law Art. 42(1))") == true)
        #expect(record.teams.contains("compliance"))
    }

    @Test func aLateGreenChannelHasAnUnknownDueDateUntilTheYearIsSupplied() throws {
        let late = CaseBuilder.innovative().greenChannelQualified()
            .applyingForListing(on: try Self.day("2026-12-21")).build()
        let asOf = try Self.day("2026-12-28")
        let unknown = try ListingDesk().record(late, asOf: asOf)
        #expect(unknown.action == .listFast)
        #expect(unknown.date == nil)
        #expect(unknown.unknownDateYear == 2027)
        // A schedule for 2027, clearly synthetic (the official notice is not in the library).
        let synthetic = """
            # 2027 — synthetic, for this example only; not the State Council's notice
            date,status,festival
            2027-01-01,off,元旦
            """
        let known = try ListingDesk(schedules: [synthetic]).record(late, asOf: asOf)
        #expect(known.action == .listFast)
        #expect(known.unknownDateYear == nil)
        #expect(known.date.map { $0 > asOf } == true)
    }

    @Test func everyKindThisVersionKnowsHasAnAction() throws {
        let desk = try ListingDesk()
        for kind in DispositionKind.allCases {
            #expect(desk.action(for: kind) != .escalate, "\(kind)")
        }
        #expect(desk.action(for: .revokeListing) == .remove)
        #expect(DispositionKind(rawValue: "aKindFromANewerLibrary") == nil)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(DispositionKind.self, from: Data(#""aKindFromANewerLibrary""#.utf8))
        }
    }

    @Test func flagsAndConsequencesCompareWithEquals() throws {
        let facts = try CaseBuilder.generic().withCategory3Declaration(
            on: .compoundPatent(expiringOn: try Self.day("2029-06-18"))).buildValidated()
        let decision = try ListingDesk().evaluator.evaluate(facts, asOf: try Self.day("2026-11-23"))
        #expect(decision.flags.contains { $0.kind == .complianceReminder })
        #expect(!decision.consequences.contains { $0.kind == .declaringEnterpriseBearsLiability })
        #expect(ListingDesk.teams[.complianceReminder] == "compliance")
    }
}
