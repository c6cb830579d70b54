import Foundation
import MedIPPolicyTesting
import Testing
@testable import MedIPPolicy

/// A legal review's edges: each case is written here as JSON, and each expectation is read from
/// the clause it cites (shared/seeds/), not from the library's output.
///
/// Every case is also checked against `ReferenceOracle`. Patents of the base case: `ZL200610111111.5` (filed 2006-09-01: in force through 2026-08-31),
/// `ZL201110234567.1` (filed 2011-04-02: through 2031-04-01), `ZL200610555555.8` (filed
/// 2006-03-01: through 2026-02-28).
@Suite("Legal edges")
struct LegalEdgeTests {
    static let evaluator = Evaluator()
    static let p2026 = "ZL200610111111.5"
    static let p2031 = "ZL201110234567.1"
    static let p2026March = "ZL200610555555.8"
    static let enterprise = "示例制药有限公司"
    static let patentee = "原研药业股份有限公司"

    static func day(_ text: String) -> CivilDate { (try? CivilDate(iso8601: text)) ?? .minimum }

    /// A Beijing chemical generic applying for listing on 2026-05-06 with its self-commitment.
    static func base(drugClass: String? = "generic", category: String = "chemicalDrug") -> [String: Any] {
        func patent(_ number: String, _ filed: String, _ granted: String) -> [String: Any] {
            ["number": number, "type": "invention", "filingDate": filed, "grantDate": granted, "holder": patentee]
        }
        var product: [String: Any] = [
            "id": "P-1", "name": "示例片", "category": category, "marketingAuthorisationHolder": enterprise,
            "approvalDate": "2025-01-10",
        ]
        if let drugClass { product["drugClass"] = drugClass }
        return [
            "schemaVersion": 1, "id": "legal-edge", "jurisdiction": "CN-BJ",
            "enterprise": ["name": enterprise, "creditCode": "91110108MA01EXAMPG"],
            "product": product,
            "patents": [
                patent(p2026, "2006-09-01", "2009-05-06"), patent(p2031, "2011-04-02", "2014-08-20"),
                patent(p2026March, "2006-03-01", "2009-10-10"),
            ],
            "commitments": [["kind": "listingSelfCommitment", "date": "2026-05-06"]],
            "round": ["kind": "listing", "name": "北京市挂网", "applicationDate": "2026-05-06"],
        ]
    }

    static func decide(_ json: [String: Any], _ asOf: String) throws -> Decision {
        let data = try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys])
        let theCase = try CaseFile.decode(data)
        #expect(theCase.validate().filter { $0.severity == .error }.isEmpty, "\(theCase.validate())")
        // The hand-written oracle agrees on every case of this suite.
        #expect(try evaluator.verdict(for: theCase, asOf: day(asOf)) == ReferenceOracle.verdict(for: theCase, asOf: day(asOf)))
        return try evaluator.evaluate(theCase, asOf: day(asOf))
    }

    static func ids(_ rules: [RuleID]) -> [String] { rules.map(\.description).sorted() }

    static func dispute(_ forum: String, filed: String, over patent: String = p2031) -> [String: Any] {
        ["id": "D1", "forum": forum, "filedOn": filed, "patents": [patent], "claimant": patentee, "respondent": enterprise]
    }

    static func infringementRuling(_ kind: String, effective: String, over patent: String = p2031, setAside: String? = nil) -> [String: Any] {
        var ruling: [String: Any] = ["id": "J1", "dispute": "D1", "kind": kind, "finding": "infringes", "patents": [patent], "effectiveOn": effective]
        if let setAside { ruling["setAsideOn"] = setAside }
        return ruling
    }

    // MARK: Fixed

    /// 2022 (四) 「企业参加集中带量采购或申报…平台挂网时，须自主承诺」 covers VBP; 2026-3 (三) 「完善企业挂网自主
    /// 承诺制度，企业承诺挂网药品和医用耗材…」 and 2026-4 (三十) 「严格落实药品企业挂网自主承诺制度」 speak of listing
    /// (挂网) only.
    @Test("a VBP participant without its commitment is returned under 2022 (四) alone; a listing applicant under all three")
    func commitmentScope() throws {
        var vbp = Self.base()
        vbp["commitments"] = []
        vbp["round"] = ["kind": "vbp", "name": "北京市集采", "applicationDate": "2026-05-06"]
        let participant = try Self.decide(vbp, "2026-05-07")
        #expect(participant.disposition.kind == .returnForCompletion)
        #expect(Self.ids(participant.disposition.rules) == ["national-2022-45#4/self-commitment-required"])
        let duty = try #require(participant.obligations.first { $0.code == "submit-self-commitment" })
        #expect(Self.ids(duty.rules) == ["national-2022-45#4/self-commitment-required"])
        #expect(duty.actor == Department.declaringEnterprise.id && duty.modality == .must)

        var listing = Self.base()
        listing["commitments"] = []
        let applicant = try Self.decide(listing, "2026-05-07")
        #expect(applicant.disposition.kind == .returnForCompletion)
        #expect(Self.ids(applicant.disposition.rules) == [
            "beijing-2026-3#3/self-commitment-required", "beijing-2026-4#30/self-commitment-required",
            "national-2022-45#4/self-commitment-required",
        ])
    }

    /// 2026-3 (八) tier 1: 「对侵犯该知识产权的仿制产品不予挂网」 — copies. An innovative drug found
    /// infringing is still refused by 2022 (六) 「对正在申报平台挂网的涉事产品，不予挂网」.
    @Test("tier 1 of 2026-3 (八) refuses copies; an innovative drug or device is refused by 2022 (六) alone")
    func tierOneCopiesOnly() throws {
        func applying(_ drugClass: String?, category: String = "chemicalDrug", device: Bool = false) -> [String: Any] {
            var json = Self.base(drugClass: drugClass, category: category)
            if device { json["product"] = (json["product"] as? [String: Any] ?? [:]).merging(["innovativeDevice": true]) { $1 } }
            json["disputes"] = [Self.dispute("court", filed: "2026-02-01")]
            json["rulings"] = [Self.infringementRuling("effectiveJudgment", effective: "2026-05-15")]
            return json
        }
        let generic = try Self.decide(applying("generic"), "2026-05-15")
        #expect(generic.disposition.kind == .refuseListing)
        #expect(Self.ids(generic.disposition.rules) == ["beijing-2026-3#8/refuse-infringing-copy", "national-2022-45#6/refuse-listing-after-ruling"])
        for json in [applying("innovative"), applying(nil, category: "medicalConsumable", device: true)] {
            let decision = try Self.decide(json, "2026-05-15")
            #expect(decision.disposition.kind == .refuseListing)
            #expect(Self.ids(decision.disposition.rules) == ["national-2022-45#6/refuse-listing-after-ruling"])
            // 2026-3 (五) concerns generic holders only.
            #expect(!decision.consequences.contains { $0.kind == .includeInDrugSafetyCredit })
        }
    }

    /// 2022 (四), 2026-3 (六): 「知识产权管理部门逾期未给出参考意见的，企业自主承诺后可以按程序参加」 — the
    /// exception follows an overdue opinion; while another objection's opinion is still within its
    /// period the authority still waits for it.
    @Test("one overdue opinion does not end the wait for another still within its deadline")
    func overdueAndAwaitedOpinions() throws {
        var json = Self.base()
        json["objections"] = ["O1": "2026-05-08", "O2": "2026-05-15"].sorted { $0.key < $1.key }.map {
            ["id": $0.key, "receivedOn": $0.value, "receivedBy": "healthcareSecurity", "objector": Self.patentee, "patents": [Self.p2031]]
        }
        json["opinionRequests"] = [
            ["id": "R1", "objection": "O1", "requestedOn": "2026-05-09", "deadline": "2026-05-20"],
            ["id": "R2", "objection": "O2", "requestedOn": "2026-05-16", "deadline": "2026-06-10"],
        ]
        let waiting = try Self.decide(json, "2026-05-21")
        #expect(waiting.disposition.kind == .awaitOpinion)
        #expect(waiting.disposition.date == Self.day("2026-06-10"))
        #expect(Self.ids(waiting.disposition.rules) == ["beijing-2026-3#6/await-opinion", "national-2022-45#4/await-opinion"])
        let lastDay = try Self.decide(json, "2026-06-10")
        #expect(lastDay.disposition.kind == .awaitOpinion)
        let overdue = try Self.decide(json, "2026-06-11")
        #expect(overdue.disposition.kind == .admitOnSelfCommitment)
        #expect(Self.ids(overdue.disposition.rules) == [
            "beijing-2026-3#6/overdue-opinion-self-commitment", "national-2022-45#4/overdue-opinion-self-commitment",
        ])
        // A single request: the day after its deadline the enterprise proceeds on its commitment.
        json["objections"] = [(json["objections"] as? [[String: Any]] ?? [])[0]]
        json["opinionRequests"] = [(json["opinionRequests"] as? [[String: Any]] ?? [])[0]]
        #expect(try Self.decide(json, "2026-05-20").disposition.kind == .awaitOpinion)
        #expect(try Self.decide(json, "2026-05-21").disposition.kind == .admitOnSelfCommitment)
    }

    // MARK: Confirmed

    /// 2026-3 (四): marketed only after the patent term **and** the exclusivity expire — with
    /// several category-3 patents, the last one in force decides.
    @Test("several category-3 patents: the bar ends on the day after the last one's last day in force")
    func severalCategory3Patents() throws {
        var json = Self.base()
        json["declarations"] = [Self.p2026, Self.p2031, Self.p2026March].map {
            ["category": "3", "patent": $0, "declaredOn": "2024-01-10", "declarant": Self.enterprise]
        }
        for asOf in ["2026-05-06", "2026-09-01", "2031-04-01"] {
            let decision = try Self.decide(json, asOf)
            #expect(decision.disposition.kind == .deferUntil)
            #expect(decision.disposition.date == Self.day("2031-04-02"))
            #expect(Self.ids(decision.disposition.rules) == ["beijing-2026-3#4/market-after-expiry"])
        }
        let free = try Self.decide(json, "2031-04-02")
        #expect(free.disposition.kind == .ordinaryProcedure && free.disposition.basis == .notAddressed)
        #expect(free.flags.isEmpty)
        // Outside Beijing 2026-3 (四) does not apply.
        json["jurisdiction"] = "CN"
        #expect(try Self.decide(json, "2026-05-06").disposition.kind == .ordinaryProcedure)
        // The day before 2026-3 took effect the same declaration defers nothing.
        json["jurisdiction"] = "CN-BJ"
        json["round"] = ["kind": "listing", "name": "北京市挂网", "applicationDate": "2026-03-20"]
        json["commitments"] = [["kind": "listingSelfCommitment", "date": "2026-03-20"]]
        #expect(try Self.decide(json, "2026-03-26").disposition.kind == .ordinaryProcedure)
        #expect(try Self.decide(json, "2026-03-27").disposition.date == Self.day("2031-04-02"))
    }

    /// Another generic's exclusivity that ends before the category-3 patent does not move the bar;
    /// one that ends after it does (2026-3 (四) 「专利权有效期和市场独占期届满之后」).
    @Test("exclusivity ending before the patent leaves the patent's end; ending after it moves the bar")
    func exclusivityAndPatent() throws {
        var json = Self.base()
        json["declarations"] = [["category": "3", "patent": Self.p2026, "declaredOn": "2024-01-10", "declarant": Self.enterprise]]
        json["exclusivities"] = [["kind": "patentChallenge", "start": "2025-06-01", "length": ["value": 12, "unit": "months"], "holder": "另一仿制药企业"]]
        #expect(try Self.decide(json, "2026-05-31").disposition.date == Self.day("2026-09-01"))
        #expect(try Self.decide(json, "2026-09-01").disposition.kind == .ordinaryProcedure)
        json["exclusivities"] = [["kind": "patentChallenge", "start": "2026-01-15", "length": ["value": 12, "unit": "months"], "holder": "另一仿制药企业"]]
        #expect(try Self.decide(json, "2026-09-01").disposition.date == Self.day("2027-01-15"))
        #expect(try Self.decide(json, "2027-01-14").disposition.kind == .deferUntil)
        #expect(try Self.decide(json, "2027-01-15").disposition.kind == .ordinaryProcedure)
    }

    /// 2026-3 (八) tier 2 needs both: risk found in the objection procedure **and** a dispute accepted
    /// (立案) by an IP administration or a court; 2022 has no such tier.
    @Test("tier 2 needs the risk finding and an accepted dispute, in Beijing, for a listing application")
    func tierTwoNeedsBoth() throws {
        var json = Self.base()
        json["objections"] = [[
            "id": "O1", "receivedOn": "2026-04-10", "receivedBy": "healthcareSecurity", "objector": Self.patentee,
            "patents": [Self.p2031], "outcome": ["date": "2026-04-20", "finding": "riskFound"],
        ]]
        #expect(try Self.decide(json, "2026-05-10").disposition.kind == .ordinaryProcedure)  // no dispute
        for forum in ["court", "ipAdministration"] {
            json["disputes"] = [Self.dispute(forum, filed: "2026-04-25")]
            let decision = try Self.decide(json, "2026-05-10")
            #expect(decision.disposition.kind == .suspendNewListingReview)
            #expect(Self.ids(decision.disposition.rules) == ["beijing-2026-3#8/suspend-new-listing-review"])
            // Only a request to the IP administration calls for its duties (2022 (五), 2026-3 (七)).
            let duties = decision.obligations.map(\.code).sorted()
            #expect(duties == (forum == "court" ? [] : ["fast-track-ruling", "handle-dispute-efficiently"]))
        }
        var national = json
        national["jurisdiction"] = "CN"
        #expect(try Self.decide(national, "2026-05-10").disposition.kind == .ordinaryProcedure)
        var vbp = json
        vbp["round"] = ["kind": "vbp", "name": "北京市集采", "applicationDate": "2026-05-06"]
        #expect(try Self.decide(vbp, "2026-05-10").disposition.kind == .ordinaryProcedure)  // 新增挂网申请 only
    }

    /// A ruling set aside no longer counts from its `setAsideOn` day: the listed product is no longer
    /// revoked, and the dispute before the IP administration is pending again.
    @Test("a ruling set aside stops revoking the listing on the day it is set aside")
    func rulingSetAside() throws {
        var json = Self.base()
        json.removeValue(forKey: "round")
        json["commitments"] = [["kind": "listingSelfCommitment", "date": "2026-01-05"]]
        json["procurementHistory"] = [["date": "2026-01-05", "status": "listingApplication"], ["date": "2026-01-20", "status": "listed"]]
        json["disputes"] = [Self.dispute("ipAdministration", filed: "2026-02-01")]
        json["rulings"] = [Self.infringementRuling("administrativeRuling", effective: "2026-05-15", setAside: "2026-06-01")]
        let standing = try Self.decide(json, "2026-05-31")
        #expect(standing.disposition.kind == .revokeListing)
        #expect(standing.consequences.map(\.kind) == [.includeInDrugSafetyCredit])
        #expect(standing.obligations.map(\.code) == ["serve-and-copy-result"])
        let setAside = try Self.decide(json, "2026-06-01")
        #expect(setAside.disposition.kind == .ordinaryProcedure)
        #expect(setAside.consequences.isEmpty)
        #expect(setAside.obligations.map(\.code).sorted() == ["fast-track-ruling", "handle-dispute-efficiently"])
    }

    /// 「产生中选结果…后产生相关专利侵权纠纷的」: a dispute accepted before the selection is not one that
    /// arose after it.
    @Test("a dispute accepted before the VBP selection carries no liability; one after it does")
    func liabilityTiming() throws {
        var json = Self.base()
        json.removeValue(forKey: "round")
        json["commitments"] = [["kind": "listingSelfCommitment", "date": "2026-01-05"]]
        json["procurementHistory"] = [["date": "2026-01-05", "status": "vbpParticipation"], ["date": "2026-01-20", "status": "vbpSelected"]]
        json["disputes"] = [Self.dispute("court", filed: "2026-01-10")]
        #expect(try Self.decide(json, "2026-05-10").consequences.isEmpty)
        json["disputes"] = [Self.dispute("court", filed: "2026-01-21")]
        let after = try Self.decide(json, "2026-05-10")
        #expect(after.consequences.map(\.kind) == [.declaringEnterpriseBearsLiability])
        #expect(Self.ids(after.consequences[0].rules) == ["beijing-2026-3#3/liability-after-listing", "national-2022-45#4/liability-after-listing"])
    }

    /// The credit referral for a breached or false commitment is 2026-3 (三)'s: outside Beijing the
    /// national opinion says nothing of it.
    @Test("a commitment found false is referred to credit evaluation in Beijing only, from the finding's date")
    func falseCommitment() throws {
        var json = Self.base()
        json["commitments"] = [["kind": "listingSelfCommitment", "date": "2026-05-06",
                                "findings": [["date": "2026-05-10", "kind": "foundFalse", "authority": "北京市医疗保障局"]]]]
        #expect(try Self.decide(json, "2026-05-09").consequences.isEmpty)
        let found = try Self.decide(json, "2026-05-10")
        #expect(found.consequences.map(\.kind) == [.referToCreditEvaluation])
        #expect(Self.ids(found.consequences[0].rules) == ["beijing-2026-3#3/breach-to-credit-evaluation"])
        json["jurisdiction"] = "CN"
        #expect(try Self.decide(json, "2026-05-10").consequences.isEmpty)
    }

    // MARK: Decided after the review (readings 35 and 36)

    /// 2022 (四), 2026-3 (六): the opinion is asked for 「在…规定期限内」. Once that period has run with no
    /// opinion and no self-commitment on file, nothing is left to await: the set-aside wait and the
    /// IP administration's discretion to give the opinion are gone (reading 35); the disposition,
    /// returning the application for the commitment, is unchanged.
    @Test("an overdue opinion with no commitment on file leaves no stale wait and no stale discretion")
    func staleWaitAfterOverdueOpinion() throws {
        var json = Self.base()
        json["commitments"] = []
        json["objections"] = [["id": "O1", "receivedOn": "2026-05-08", "receivedBy": "healthcareSecurity", "objector": Self.patentee, "patents": [Self.p2031]]]
        json["opinionRequests"] = [["id": "R1", "objection": "O1", "requestedOn": "2026-05-09", "deadline": "2026-05-20"]]
        let returned = [
            "beijing-2026-3#3/self-commitment-required", "beijing-2026-4#30/self-commitment-required",
            "national-2022-45#4/self-commitment-required",
        ]
        let lastDay = try Self.decide(json, "2026-05-20")
        #expect(lastDay.disposition.kind == .returnForCompletion)
        #expect(Self.ids(lastDay.disposition.rules) == returned)
        #expect(lastDay.supersededDispositions.contains { $0.kind == .awaitOpinion && $0.date == Self.day("2026-05-20") })
        #expect(lastDay.obligations.contains { $0.code == "give-opinion" && $0.modality == .may })

        // Within the period the overdue clause says nothing yet: the commitment is owed under the
        // commitment rules alone.
        let commitmentRules = ["beijing-2026-3#3/self-commitment-required", "national-2022-45#4/self-commitment-required"]
        let owed = try #require(lastDay.obligations.first { $0.code == "submit-self-commitment" })
        #expect(Self.ids(owed.rules) == commitmentRules)

        let overdue = try Self.decide(json, "2026-05-21")
        #expect(overdue.disposition.kind == .returnForCompletion)
        #expect(Self.ids(overdue.disposition.rules) == returned)
        #expect(!overdue.supersededDispositions.contains { $0.kind == .awaitOpinion })
        #expect(!overdue.obligations.contains { $0.code == "give-opinion" })
        // The overdue clause (企业自主承诺后可以按程序参加) is cited on the commitment it names as the way
        // forward: one obligation, merged with the commitment rules'.
        let commitments = overdue.obligations.filter { $0.code == "submit-self-commitment" }
        #expect(commitments.count == 1)
        #expect(Self.ids(commitments.first?.rules ?? []) == (commitmentRules + [
            "beijing-2026-3#6/commit-after-overdue-opinion", "national-2022-45#4/commit-after-overdue-opinion",
        ]).sorted())
        #expect(commitments.first?.measures.contains(MeasureID(.beijing2026_3, 6)) == true)
        #expect(overdue.citedMeasures.contains(MeasureID(.beijing2026_3, 6)))
        let trace = try #require(overdue.trace)
        let awaitRules = ["beijing-2026-3#6/await-opinion", "national-2022-45#4/await-opinion"]
        #expect(Self.ids(trace.notFired.map(\.rule).filter { awaitRules.contains($0.description) }) == awaitRules)
        #expect(trace.notFired.filter { awaitRules.contains($0.rule.description) }.allSatisfy { $0.failure?.predicate == .opinionOverdue })
        #expect(trace.facts.contains { $0.predicate == .opinionOverdue && $0.holds })

        // The timeline says so on the day after the deadline.
        let facts = try CaseFile.decode(JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]))
        let timeline = try Self.evaluator.timeline(facts, from: Self.day("2026-05-15"), through: Self.day("2026-05-31"))
        let change = try #require(timeline.segments.first { $0.from == Self.day("2026-05-21") }?.change)
        #expect(change.dispositionBefore == .returnForCompletion && change.dispositionAfter == .returnForCompletion)
        #expect(!change.obligationsRemoved.isEmpty)

        // A commitment filed after the deadline: the exception sets the wait aside, as before.
        json["commitments"] = [["kind": "listingSelfCommitment", "date": "2026-05-25"]]
        let committed = try Self.decide(json, "2026-05-25")
        #expect(committed.disposition.kind == .admitOnSelfCommitment)
        #expect(!committed.obligations.contains { $0.code == "submit-self-commitment" })
        let overridden = try #require(committed.trace).overridden.map(\.rule.description).sorted()
        #expect(overridden == awaitRules)
        #expect(!committed.obligations.contains { $0.code == "give-opinion" })
    }

    /// 2026-3 (三): 「企业承诺挂网药品和医用耗材…且不违反企业自身…已作出的“专利权届满前不上市承诺”」 — a part of the
    /// listing commitment, which the commitment rule reads as listing-only (reading 27). The flag
    /// follows it (reading 36): a listing application or a listed product, not VBP participation
    /// or selection alone.
    @Test("the own-commitment flag follows the listing commitment: applying or listed, not VBP alone")
    func ownCommitmentFlagScope() throws {
        func decision(_ history: [[String: Any]]?, round: [String: Any]?) throws -> Decision {
            var json = Self.base()
            json["commitments"] = [
                ["kind": "listingSelfCommitment", "date": "2026-01-05"],
                ["kind": "noMarketingBeforeExpiry", "date": "2025-06-01", "patent": Self.p2031],
            ]
            json["round"] = round
            if let history { json["procurementHistory"] = history }
            return try Self.decide(json, "2026-05-10")
        }
        func flagged(_ decision: Decision) -> [String]? {
            decision.flags.first { $0.kind == .ownCommitmentAtStake }.map { Self.ids($0.rules) }
        }
        let rule = ["beijing-2026-3#3/own-commitment-at-stake"]
        let applying = try decision(nil, round: ["kind": "listing", "name": "北京市挂网", "applicationDate": "2026-05-06"])
        #expect(flagged(applying) == rule)
        let listed = try decision([["date": "2026-01-05", "status": "listingApplication"], ["date": "2026-01-20", "status": "listed"]], round: nil)
        #expect(flagged(listed) == rule)
        let participating = try decision(nil, round: ["kind": "vbp", "name": "北京市集采", "applicationDate": "2026-05-06"])
        #expect(participating.disposition.kind != .returnForCompletion)
        #expect(flagged(participating) == nil)
        let selected = try decision([["date": "2026-01-05", "status": "vbpParticipation"], ["date": "2026-01-20", "status": "vbpSelected"]], round: nil)
        #expect(flagged(selected) == nil)
        // Selected and listed: the listing carries it.
        let both = try decision([
            ["date": "2026-01-05", "status": "vbpParticipation"], ["date": "2026-01-20", "status": "vbpSelected"],
            ["date": "2026-02-01", "status": "listed"],
        ], round: nil)
        #expect(flagged(both) == rule)
    }
}
