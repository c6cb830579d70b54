import Foundation
import Testing
@testable import MedIPPolicy

/// The decision names the patent whose term holds a category-3 generic back, and shows how the
/// date arises (filing date + statutory term, adjustment, compensation).
@Suite struct BlockingPatentTests {
    static let asOf = CivilDate(uncheckedYear: 2026, month: 11, day: 23)

    static func example(_ name: String) throws -> Case {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Documentation/Examples/\(name)")
        return try CaseFile.decode(Data(contentsOf: url))
    }

    /// The category-3 example with adjustment and compensation granted on its compound patent.
    static func adjustedAndCompensated() throws -> Case {
        var facts = try example("generic-category3-listing.json")
        facts.patents[0].termAdjustmentDays = 100
        facts.patents[0].termCompensationDays = 200
        facts.patents[0].drugApprovalDate = CivilDate(uncheckedYear: 2020, month: 1, day: 1)
        return facts
    }

    @Test func theDeferralNamesTheDeclaredPatentAndItsStatutoryTerm() throws {
        let decision = try Evaluator().evaluate(Self.example("generic-category3-listing.json"), asOf: Self.asOf)
        let patent = try #require(decision.disposition.blockingPatent)
        #expect(decision.disposition.kind == .deferUntil)
        #expect(patent.number.description == "ZL200910123456.6")
        #expect(patent.source == "declarations[0].patent")
        #expect(patent.filingDate == CivilDate(uncheckedYear: 2009, month: 6, day: 18))
        #expect(patent.statutoryYears == 20)
        #expect(patent.nominalExpiry == CivilDate(uncheckedYear: 2029, month: 6, day: 18))
        #expect(patent.adjustmentDays == 0 && patent.compensationDays == 0)
        #expect(patent.expiry == decision.disposition.date)
        let en = decision.explanation(in: .en)
        #expect(en.contains("blocking patent ZL200910123456.6 (declarations[0].patent, invention): filing date 2009-06-18 + 20 years (Patent Law Art. 42(1)) = 2029-06-18; no longer protected from 2029-06-18"))
        #expect(!en.contains("Art. 42(2)"))
        let zh = decision.explanation(in: .zh)
        #expect(zh.contains("阻碍专利 ZL200910123456.6（declarations[0].patent，发明）：申请日 2009-06-18 + 20 年（专利法第四十二条第一款）= 2029-06-18"))
    }

    @Test func adjustmentAndCompensationAreAddedInDaysAndCited() throws {
        let facts = try Self.adjustedAndCompensated()
        for detail in [DecisionDetail.full, .summary] {
            let decision = try Evaluator().evaluate(facts, asOf: Self.asOf, detail: detail)
            let patent = try #require(decision.disposition.blockingPatent)
            let nominal = CivilDate(uncheckedYear: 2029, month: 6, day: 18)
            #expect(patent.adjustedExpiry == nominal.saturatingAdding(days: 100))
            #expect(patent.expiry == nominal.saturatingAdding(days: 300))
            #expect(decision.disposition.date == patent.expiry)
            #expect(patent.expiry == facts.patents[0].term().expiry)
            let en = decision.explanation(in: .en)
            #expect(en.contains("+ 100 days term adjustment for examination delay (Art. 42(2)) = \(patent.adjustedExpiry)"))
            #expect(en.contains("+ 200 days new-drug term compensation (Art. 42(3)) = \(patent.expiry)"))
            let zh = decision.explanation(in: .zh)
            #expect(zh.contains("+ 100 日专利权期限补偿（审查不合理延迟，第四十二条第二款）"))
            #expect(zh.contains("+ 200 日药品专利期限补偿（第四十二条第三款）= \(patent.expiry)"))
        }
    }

    @Test func aLaterMarketExclusityNamesNoPatent() throws {
        let decision = try Evaluator().evaluate(Self.example("exclusivity-after-patent.json"), asOf: Self.asOf)
        #expect(decision.disposition.kind == .deferUntil)
        #expect(decision.disposition.date != nil)
        #expect(decision.disposition.blockingPatent == nil)
        #expect(!decision.explanation(in: .en).contains("blocking patent"))
    }

    @Test func theLaterOfTwoCategory3PatentsBlocks() throws {
        var facts = try Self.example("generic-category3-listing.json")
        var second = facts.declarations[0]
        second.patent = facts.patents[1].number  // filed 2011: ends after the 2009 patent
        facts.declarations.append(second)
        let decision = try Evaluator().evaluate(facts, asOf: Self.asOf)
        let patent = try #require(decision.disposition.blockingPatent)
        #expect(patent.number == facts.patents[1].number)
        #expect(patent.source == "declarations[2].patent")
        #expect(decision.disposition.date == patent.expiry)
    }

    @Test func theFieldRoundTripsAndIsAbsentWhenNoPatentBlocks() throws {
        let evaluator = Evaluator()
        let blocked = try evaluator.evaluate(Self.adjustedAndCompensated(), asOf: Self.asOf, detail: .summary)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(blocked)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""blockingPatent":{"adjustedExpiry":"2029-09-26","adjustmentDays":100,"compensationDays":200,"expiry":"2030-04-14","filingDate":"2009-06-18","nominalExpiry":"2029-06-18","number":"ZL200910123456.6","source":"declarations[0].patent","statutoryYears":20,"type":"invention"}"#))
        #expect(try JSONDecoder().decode(Decision.self, from: data) == blocked)
        let open = try evaluator.evaluate(Self.example("missing-self-commitment.json"), asOf: Self.asOf)
        #expect(!String(decoding: try encoder.encode(open), as: UTF8.self).contains("blockingPatent"))
    }
}
