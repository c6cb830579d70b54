import Foundation
import MedIPPolicy
import MedIPPolicyTesting
import Testing

/// The example timelines of Documentation/Examples/Timelines/expected-timelines.json, derived by
/// hand from the texts and the working-day CSV (the derivations are in the README.md beside it),
/// checked field by field against `Evaluator.timeline`.
@Suite struct ExampleTimelineTests {
    struct ExpectedObligation: Decodable, Sendable {
        var code: String
        var due: CivilDate?
        var overdueSince: CivilDate?
    }
    struct ExpectedSegment: Decodable, Sendable {
        var from: CivilDate
        var through: CivilDate
        var disposition: DispositionKind
        var date: CivilDate?
        var rules: [String]
        var obligations: [ExpectedObligation]
        var flags: [FlagKind]
    }
    struct ExpectedCause: Decodable, Sendable, Hashable {
        var kind: TimelineCauseKind
        var date: CivilDate
        var field: String?
        var document: String?
        var rule: String?
    }
    struct ExpectedChange: Decodable, Sendable {
        var date: CivilDate
        var aspects: [TimelineAspect]
        var causes: [ExpectedCause]
    }
    struct Example: Decodable, Sendable, CustomTestStringConvertible {
        var file: String
        var from: CivilDate
        var through: CivilDate
        var note: String
        var unchangedOn: [CivilDate]
        var segments: [ExpectedSegment]
        var changes: [ExpectedChange]
        var testDescription: String { file }
    }
    struct Manifest: Decodable { var examples: [Example] }

    static let examples: [Example] = {
        let url = ExampleDecisionTests.directory.appendingPathComponent("Timelines/expected-timelines.json")
        guard let data = try? Data(contentsOf: url), let manifest = try? JSONDecoder().decode(Manifest.self, from: data) else { return [] }
        return manifest.examples
    }()

    static let evaluator = Evaluator()

    @Test func theFourExamplesTheIssueAsksForAreThere() {
        #expect(Self.examples.count == 4)
    }

    @Test(arguments: examples)
    func timelineMatchesTheHandDerivation(_ example: Example) throws {
        let data = try Data(contentsOf: ExampleDecisionTests.directory.appendingPathComponent(example.file))
        let facts = try CaseFile.decode(data)
        let timeline = try Self.evaluator.timeline(facts, from: example.from, through: example.through)
        #expect(timeline.segments.count == example.segments.count, "segments: \(timeline.segments.map { "\($0.from)–\($0.through)" })")
        for (actual, expected) in zip(timeline.segments, example.segments) {
            let at = "segment \(expected.from)"
            #expect(actual.from == expected.from, "\(at)")
            #expect(actual.through == expected.through, "\(at)")
            #expect(actual.decision.disposition.kind == expected.disposition, "\(at)")
            #expect(actual.decision.disposition.date == expected.date, "\(at)")
            #expect(actual.decision.disposition.rules.map(\.description).sorted() == expected.rules.sorted(), "\(at)")
            #expect(actual.decision.obligations.map(\.code) == expected.obligations.map(\.code), "\(at)")
            for (obligation, wanted) in zip(actual.decision.obligations, expected.obligations) {
                #expect(obligation.due == wanted.due, "\(at) \(wanted.code)")
                #expect(obligation.overdueSince == wanted.overdueSince, "\(at) \(wanted.code)")
            }
            #expect(Set(actual.decision.flags.map(\.kind)) == Set(expected.flags), "\(at)")
        }
        #expect(timeline.changes.map(\.date) == example.changes.map(\.date))
        for (actual, expected) in zip(timeline.changes, example.changes) {
            #expect(actual.aspects == expected.aspects, "change \(expected.date)")
            let causes = Set(actual.causes.map {
                ExpectedCause(kind: $0.kind, date: $0.date, field: $0.field, document: $0.document?.rawValue, rule: $0.rule?.description)
            })
            #expect(causes == Set(expected.causes), "change \(expected.date)")
        }
        for date in example.unchangedOn {
            #expect(date > example.from && date <= example.through)
            #expect(!timeline.changes.contains { $0.date == date }, "no change on \(date)")
        }
        // And the hand derivation agrees with evaluation on every day of the window.
        #expect(TimelineExpectation.dayByDayMismatches(of: timeline, for: facts, evaluator: Self.evaluator).isEmpty)
    }
}
