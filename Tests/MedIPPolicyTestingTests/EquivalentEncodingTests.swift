import Testing
import MedIPPolicy
import MedIPPolicyTesting

/// One fact, one answer: where the case format allows a fact to be recorded in two ways, moving
/// it from one to the other leaves the decision unchanged (without the trace, whose evidence
/// paths name where the fact was written).
@Suite("Equivalent encodings")
struct EquivalentEncodingTests {
    static let evaluator = Evaluator()

    /// The round's application, moved into the history as the event it stands for.
    static func roundAsHistory(_ theCase: Case) -> Case? {
        guard let round = theCase.round, let date = round.applicationDate else { return nil }
        var moved = theCase
        moved.round = nil
        let event = ProcurementEvent(date: date, status: round.kind == .listing ? .listingApplication : .vbpParticipation)
        let position = moved.procurementHistory.events.firstIndex { $0.date > date } ?? moved.procurementHistory.events.count
        moved.procurementHistory.events.insert(event, at: position)
        return moved
    }

    /// The dispute a linked ruling decides, also marked `decided` on the ruling's effective date.
    static func decidedAsResolution(_ theCase: Case) -> Case? {
        var moved = theCase
        var changed = false
        for ruling in theCase.rulings where ruling.setAsideOn == nil {
            guard let id = ruling.dispute, let index = moved.disputes.firstIndex(where: { $0.id == id }),
                  moved.disputes[index].resolution == nil
            else { continue }
            moved.disputes[index].resolution = DisputeResolution(date: ruling.effectiveOn, kind: .decided)
            changed = true
        }
        return changed ? moved : nil
    }

    @Test("round ⇔ history and linked ruling ⇔ decided resolution give the same decision", arguments: [11, 12, 13] as [UInt64])
    func movingFactsKeepsTheDecision(seed: UInt64) throws {
        var generator = CaseGenerator(seed: seed)
        var compared = 0
        for generated in generator.next(3_000) {
            let theCase = generated.facts
            for variant in [Self.roundAsHistory(theCase), Self.decidedAsResolution(theCase)].compactMap({ $0 }) {
                guard variant.validate().allSatisfy({ $0.severity != .error }) else { continue }
                for asOf in [generated.asOf, generated.asOf.saturatingAdding(days: 120)] {
                    let original = try Self.evaluator.evaluate(theCase, asOf: asOf, detail: .summary)
                    let moved = try Self.evaluator.evaluate(variant, asOf: asOf, detail: .summary)
                    #expect(original == moved, "seed \(seed): \(theCase.id) on \(asOf)")
                    compared += 1
                }
            }
        }
        #expect(compared > 1_000, "the property is exercised: \(compared) comparisons")
    }
}
