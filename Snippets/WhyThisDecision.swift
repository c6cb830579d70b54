// Build a case in code, decide it on a date, and print why: the disposition, every rule that
// fired with the facts it used, and the rules that were set aside.
//
//     swift run WhyThisDecision               # as of 2026-11-23
//     swift run WhyThisDecision 2026-06-15    # before the opinion deadline: await the opinion
import Foundation
import MedIPPolicy

let asOfText = CommandLine.arguments.dropFirst().first ?? "2026-11-23"

do {
    let asOf = try CivilDate(iso8601: asOfText)
    // A fictitious generic applying for listing in Beijing while an infringement objection is
    // pending, the IP office's opinion requested and overdue. Names and numbers are made up
    // (with valid check characters).
    let patent = try PatentNumber(validating: "ZL200910123456.6")
    let facts = Case(
        id: "why-example",
        jurisdiction: .beijing,
        enterprise: Enterprise(name: "示例制药有限公司", creditCode: try UnifiedSocialCreditCode(validating: "91110108MA01EXAMPG")),
        product: Product(
            id: "P-0001", name: "示例替尼片 100mg", category: .chemicalDrug, drugClass: .generic,
            marketingAuthorisationHolder: "示例制药有限公司"),
        patents: [Patent(number: patent, filingDate: try CivilDate(iso8601: "2009-06-18"), grantDate: try CivilDate(iso8601: "2012-03-07"))],
        commitments: [Commitment(kind: .listingSelfCommitment, date: try CivilDate(iso8601: "2026-04-15"))],
        objections: [InfringementObjection(
            id: "OBJ-1", receivedOn: try CivilDate(iso8601: "2026-05-06"), receivedBy: .healthcareSecurity,
            objector: "原研药业有限公司", patents: [patent])],
        opinionRequests: [OpinionRequest(
            id: "REQ-1", objection: "OBJ-1", requestedOn: try CivilDate(iso8601: "2026-05-08"),
            deadline: try CivilDate(iso8601: "2026-06-30"))],
        round: ProcurementRound(kind: .listing, name: "北京市2026年第二批挂网", applicationDate: try CivilDate(iso8601: "2026-04-15")))

    let decision = try Evaluator().evaluate(facts, asOf: asOf)
    print(decision.explanation(in: .en))
    print("\nWhy, rule by rule:")
    for fired in decision.trace?.fired ?? [] {
        let used = fired.facts.map { "\($0.holds ? "" : "¬")\($0.predicate.rawValue)" }.joined(separator: ", ")
        let status = fired.overriddenBy.isEmpty ? "fired" : "overridden by \(fired.overriddenBy.map(\.description).joined(separator: ", "))"
        print("  \(fired.rule): \(status) [\(used)]")
    }
} catch {
    print("error: \(error)")
    exit(1)
}
