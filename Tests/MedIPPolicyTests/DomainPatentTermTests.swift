import Testing
import MedIPPolicy

private func date(_ text: String) -> CivilDate {
    CivilDate(text) ?? .minimum
}

private func patent(
    _ number: String = "ZL201811564288.X", type: PatentType? = nil, filed: String, granted: String? = nil,
    adjustment: Int = 0, compensation: Int = 0, approved: String? = nil, history: [(String, PatentStatusEventKind)] = []
) throws -> Patent {
    Patent(
        number: try PatentNumber(validating: number), type: type, filingDate: date(filed),
        grantDate: granted.map(date), statusHistory: history.map { PatentStatusEvent(date: date($0.0), event: $0.1) },
        termAdjustmentDays: adjustment, termCompensationDays: compensation, drugApprovalDate: approved.map(date))
}

@Suite struct DomainPatentTermTests {
    @Test func guidelinesExampleUtilityModel() throws {
        // 专利审查指南 Part V Ch. 9 §2.1: filed 1999-09-06, term to 2009-09-05, terminates 2009-09-06.
        let term = PatentTerm(type: .utilityModel, filingDate: date("1999-09-06"))
        #expect(term.nominalExpiry == date("2009-09-06"))
        #expect(term.lastDayInForce == date("2009-09-05"))
        #expect(term.end == date("2009-09-06"))
    }

    @Test(arguments: [
        (PatentType.invention, "2010-05-06", "2030-05-06"),
        (.utilityModel, "2015-03-01", "2025-03-01"),
        (.design, "2021-06-01", "2036-06-01"),
        (.design, "2021-05-31", "2031-05-31"),
        (.design, "2019-01-10", "2029-01-10"),
        (.invention, "2004-02-29", "2024-02-29"),
        (.utilityModel, "2012-02-29", "2022-02-28"),
    ])
    func statutoryExpiry(_ type: PatentType, _ filed: String, _ expiry: String) {
        let term = PatentTerm(type: type, filingDate: date(filed))
        #expect(term.expiry == date(expiry))
        #expect(term.endedEarly == nil)
        #expect(term.lastDayInForce == date(expiry).previousDay)
    }

    @Test func designCutoffIsAParameter() {
        var rules = PatentTermRules.default
        rules.designLongTermFrom = date("2020-01-01")
        let term = PatentTerm(type: .design, filingDate: date("2020-06-01"), rules: rules)
        #expect(term.statutoryYears == 15)
        #expect(PatentTerm(type: .design, filingDate: date("2020-06-01")).statutoryYears == 10)
    }

    @Test func adjustmentAndCompensationAddDays() throws {
        let p = try patent(filed: "2010-05-06", granted: "2016-01-01", adjustment: 100, compensation: 200, approved: "2024-01-01")
        let term = p.term()
        #expect(term.nominalExpiry == date("2030-05-06"))
        #expect(term.adjustedExpiry == date("2030-08-14"))
        #expect(term.expiry == date("2031-03-02"))
        #expect(!term.compensationExceedsCeiling)
        #expect(p.validate().isEmpty)
    }

    @Test func compensationCeilingFiveYears() throws {
        // Approval early enough that 14 years after it is later than the 5-year cap.
        let p = try patent(filed: "2010-05-06", granted: "2014-01-01", compensation: 1827, approved: "2022-01-01")
        let term = p.term()
        #expect(term.compensationCeiling == date("2035-05-06"))
        #expect(term.compensationCeilingDays == 1826)
        #expect(!term.ceilingSetByApprovalCap)
        #expect(term.compensationExceedsCeiling)
        #expect(p.validate().map(\.code) == [.compensationAboveCeiling])
        let under = try patent(filed: "2010-05-06", granted: "2014-01-01", compensation: 1826, approved: "2022-01-01")
        #expect(!under.term().compensationExceedsCeiling)
        #expect(under.validate().isEmpty)
    }

    @Test func compensationCeilingFourteenYearsAfterApproval() throws {
        let p = try patent(filed: "2010-05-06", granted: "2014-01-01", compensation: 400, approved: "2017-01-01")
        let term = p.term()
        #expect(term.compensationCeiling == date("2031-01-01"))
        #expect(term.ceilingSetByApprovalCap)
        #expect(term.compensationCeilingDays == 240)
        #expect(term.compensationExceedsCeiling)
        // Approval so early that the cap is before the expiry: no compensation is possible.
        let none = try patent(filed: "2010-05-06", compensation: 1, approved: "2012-01-01").term()
        #expect(none.compensationCeilingDays == 0)
        #expect(none.compensationExceedsCeiling)
    }

    @Test func compensationWithoutApprovalIsAWarning() throws {
        let p = try patent(filed: "2010-05-06", granted: "2014-01-01", compensation: 10)
        let issues = p.validate()
        #expect(issues.map(\.code) == [.compensationWithoutApprovalDate])
        #expect(issues.first?.severity == .warning)
    }

    @Test(arguments: [
        (PatentStatusEventKind.terminated, "2020-01-01"), (.surrendered, "2019-07-15"), (.invalidatedWhole, "2018-03-30"),
    ])
    func earlyEnds(_ kind: PatentStatusEventKind, _ when: String) throws {
        let p = try patent(filed: "2010-05-06", granted: "2014-01-01", history: [(when, kind)])
        let term = p.term()
        #expect(term.endedEarly == PatentEarlyEnd(date: date(when), reason: kind))
        #expect(term.end == date(when))
        #expect(p.lastDayInForce == date(when).previousDay)
        #expect(p.isInForce(on: date(when).previousDay ?? .minimum))
        #expect(!p.isInForce(on: date(when)))
        #expect(!p.isInForce(on: date("2029-01-01")))
    }

    @Test func wholeInvalidationCountsFromTheDecision() throws {
        // Art. 47 deems it never to have existed, but procurement relied on it until the decision.
        let p = try patent(filed: "2010-05-06", granted: "2014-01-01", history: [("2018-03-30", .invalidatedWhole)])
        #expect(p.isInForce(on: date("2016-01-01")))
        #expect(!p.isInForce(on: date("2018-03-30")))
    }

    @Test func partialInvalidationKeepsItInForce() throws {
        let p = try patent(filed: "2010-05-06", granted: "2014-01-01", history: [("2018-03-30", .invalidatedPartial)])
        #expect(p.term().endedEarly == nil)
        #expect(p.isInForce(on: date("2020-01-01")))
        #expect(p.lastDayInForce == date("2030-05-05"))
    }

    @Test func restorationReinstates() throws {
        let p = try patent(
            filed: "2010-05-06", granted: "2014-01-01",
            history: [("2019-01-01", .terminated), ("2019-06-01", .restored)])
        #expect(p.term().endedEarly == nil)
        #expect(!p.isInForce(on: date("2019-03-01")))
        #expect(p.isInForce(on: date("2019-06-01")))
    }

    @Test func inForceWindow() throws {
        let p = try patent(filed: "2010-05-06", granted: "2014-01-01")
        #expect(!p.isInForce(on: date("2013-12-31")))
        #expect(p.isInForce(on: date("2014-01-01")))
        #expect(p.isInForce(on: date("2030-05-05")))
        #expect(!p.isInForce(on: date("2030-05-06")))
        let application = try patent(filed: "2010-05-06")
        #expect(!application.isInForce(on: date("2015-01-01")))
        #expect(application.lastDayInForce == nil)
    }

    @Test func endingAfterExpiryDoesNotShorten() throws {
        let p = try patent(filed: "2010-05-06", granted: "2014-01-01", history: [("2031-01-01", .terminated)])
        #expect(p.term().endedEarly == nil)
    }

    @Test func absurdInputSaturates() throws {
        let term = PatentTerm(type: .invention, filingDate: date("9990-01-01"), adjustmentDays: Int.max, compensationDays: Int.max)
        #expect(term.expiry == .maximum)
        let negative = PatentTerm(type: .invention, filingDate: date("0002-01-01"), adjustmentDays: Int.min)
        #expect(negative.adjustedExpiry == .minimum)
    }

    @Test func adjustmentOnNonInventionAndNegativeDays() throws {
        let utility = try patent("ZL202322865413.3", filed: "2023-01-01", granted: "2023-06-01", adjustment: 10)
        #expect(utility.validate().map(\.code) == [.termAdjustmentOnNonInvention])
        let negative = try patent(filed: "2010-05-06", adjustment: -1, compensation: -2)
        #expect(negative.validate().map(\.code) == [.negativeTermAdjustment, .negativeTermCompensation])
    }
}
