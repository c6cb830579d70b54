import Foundation
import MedIPPolicy
import Testing

/// Stored timelines are read as strictly as case files and rule sets: exact round trip, unknown
/// keys refused at their path, segments that do not tile the window refused.
@Suite struct TimelineDecodingTests {
    /// The category-3 example's timeline over the window of its hand-derived expectation.
    static func timeline() throws -> Timeline {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Documentation/Examples/Timelines/category3-patent-and-exclusivity.json")
        let facts = try CaseFile.decode(try Data(contentsOf: url))
        return try Evaluator().timeline(facts, from: try CivilDate(iso8601: "2026-05-01"), through: try CivilDate(iso8601: "2027-03-31"))
    }

    /// The timeline's JSON as a mutable object.
    static func object(_ timeline: Timeline) throws -> NSMutableDictionary {
        let data = try JSONEncoder().encode(timeline)
        return try #require(try JSONSerialization.jsonObject(with: data, options: .mutableContainers) as? NSMutableDictionary)
    }

    /// Decodes `object` and returns the error's coding path and message, or `nil` when it decodes.
    static func failure(_ object: NSMutableDictionary) throws -> (path: String, message: String)? {
        let data = try JSONSerialization.data(withJSONObject: object)
        do {
            _ = try JSONDecoder().decode(Timeline.self, from: data)
            return nil
        } catch let DecodingError.dataCorrupted(context) {
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
            return (path, context.debugDescription)
        }
    }

    @Test func aTimelineRoundTripsExactly() throws {
        let timeline = try Self.timeline()
        #expect(timeline.changes.count >= 2)
        let data = try JSONEncoder().encode(timeline)
        let decoded = try JSONDecoder().decode(Timeline.self, from: data)
        #expect(decoded == timeline)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(decoded) == encoder.encode(timeline))
    }

    @Test func unknownKeysAreRefusedAtTheirPath() throws {
        let timeline = try Self.timeline()
        let top = try Self.object(timeline)
        top["evaluation"] = 3
        let topFailure = try #require(try Self.failure(top))
        #expect(topFailure.path == ".evaluation")
        #expect(topFailure.message.contains("did you mean \"evaluations\""))

        let segment = try Self.editingSecondSegment(timeline) { $0["note"] = "x" }
        #expect(try Self.failure(segment)?.path == ".segments[1].note")

        let change = try Self.editingSecondSegment(timeline) { segment in
            var change = segment["change"] as? [String: Any] ?? [:]
            change["flagAdded"] = [String]()
            segment["change"] = change
        }
        let changeFailure = try #require(try Self.failure(change))
        #expect(changeFailure.path == ".segments[1].change.flagAdded")
        #expect(changeFailure.message.contains("did you mean \"flagsAdded\""))

        let cause = try Self.editingSecondSegment(timeline) { segment in
            var change = segment["change"] as? [String: Any] ?? [:]
            var causes = change["causes"] as? [[String: Any]] ?? []
            causes[0]["fields"] = "patents[0]"
            change["causes"] = causes
            segment["change"] = change
        }
        #expect(try Self.failure(cause)?.path == ".segments[1].change.causes[0].fields")
    }

    /// The timeline's JSON object with its second segment edited by `edit`.
    static func editingSecondSegment(_ timeline: Timeline, _ edit: (inout [String: Any]) -> Void) throws -> NSMutableDictionary {
        let top = try object(timeline)
        var segments = try #require(top["segments"] as? [[String: Any]])
        edit(&segments[1])
        top["segments"] = segments
        return top
    }

    @Test func segmentsThatDoNotTileTheWindowAreRefused() throws {
        let timeline = try Self.timeline()
        var gap = timeline
        gap.segments[1].from = try gap.segments[1].from.adding(days: 1)
        var noChange = timeline
        noChange.segments[1].change = nil
        var firstChanged = timeline
        firstChanged.segments[0].change = timeline.segments[1].change
        var short = timeline
        short.through = try short.through.adding(days: 1)
        var backwards = timeline
        backwards.from = try timeline.through.adding(days: 1)
        var empty = timeline
        empty.segments = []
        var negative = timeline
        negative.evaluations = -1
        let cases: [(Timeline, String)] = [
            (gap, ".segments[1]"), (noChange, ".segments[1]"), (firstChanged, ".segments[0]"),
            (short, ".segments[\(timeline.segments.count - 1)]"), (backwards, ".through"), (empty, ".segments"),
            (negative, ".evaluations"),
        ]
        for (bad, path) in cases {
            let failure = try #require(try Self.failure(try Self.object(bad)), "\(path)")
            #expect(failure.path == path, "\(failure.message)")
        }
    }
}
