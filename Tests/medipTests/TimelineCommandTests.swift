import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import MedipCommands
import MedIPPolicy

/// `medip timeline` and `medip screen --horizon`.
@Suite struct TimelineCommandTests {
    static let objection = RuleCommandTests.examples.appendingPathComponent("objection-overdue-opinion.json").path
    static let category3 = RuleCommandTests.examples.appendingPathComponent("Timelines/category3-patent-and-exclusivity.json").path

    @Test func textInBothLanguages() {
        let en = runMedip(["timeline", Self.objection, "--from", "2026-05-01", "--through", "2026-07-31"])
        #expect(en.status == 0)
        #expect(en.out.contains("2026-06-13 – 2026-07-31  admit on the self-commitment"))
        #expect(en.out.contains("because: opinionRequests[0].deadline: opinion deadline 2026-06-12 passed"))
        #expect(en.out.contains("Assumes the facts as recorded"))
        let zh = runMedip(["timeline", Self.objection, "--from", "2026-05-01", "--through", "2026-07-31", "--lang", "zh"])
        #expect(zh.status == 0)
        #expect(zh.out.contains("原因：opinionRequests[0].deadline: 规定期限 2026-06-12 届满"))
        #expect(zh.out.contains("假定案件事实如所记录"))
        // An obligation says what is to be done, not only its code.
        #expect(zh.out.contains("  义务 give-opinion：可以在规定期限内出具咨询或侵权判定意见，期限 2026-06-12"), "\(zh.out)")
        #expect(en.out.contains("  obligation give-opinion: may give the consultation or infringement-determination opinion within the prescribed period, due 2026-06-12"))
        // Fully Chinese: no English word outside ids, codes and field paths.
        for word in ["because", "changed", "change", "Case", "obligation", "flag", "Assumes"] {
            #expect(!zh.out.contains(word), "\(word)")
        }
    }

    @Test func jsonIsTheTimeline() throws {
        let result = runMedip(["timeline", Self.category3, "--from", "2026-05-01", "--through", "2027-03-31", "--format", "json"])
        #expect(result.status == 0)
        let timeline = try JSONDecoder().decode(Timeline.self, from: Data(result.out.utf8))
        #expect(timeline.changes.map(\.date.description) == ["2026-06-01", "2026-07-01", "2027-01-01"])
        #expect(timeline.evaluations < 10)
    }

    @Test func usageAndInputErrors() {
        #expect(runMedip(["timeline", Self.objection, "--from", "2026-05-01", "--through", "2026-04-30"]).status == 2)
        #expect(runMedip(["timeline", Self.objection, "--format", "csv"]).status == 2)
        #expect(runMedip(["timeline", Self.objection, "--from", "2026-02-30"]).status == 2)
        #expect(runMedip(["timeline", "/nonexistent.json"]).status == 1)
        #expect(runMedip(["timeline"]).status == 2)
    }

    /// Parses the SVG with Foundation's XMLParser and counts the marks by class and the text.
    final class SVGCounter: NSObject, XMLParserDelegate {
        var classes: [String: Int] = [:]
        var texts: [String] = []
        var inText = false
        var root: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if root == nil { root = name }
            if name == "g", let cssClass = attributes["class"] { classes[cssClass, default: 0] += 1 }
            if name == "text" { inText = true; texts.append("") }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text" { inText = false }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { texts[texts.count - 1] += string }
        }
    }

    static func parse(_ svg: String) throws -> SVGCounter {
        let parser = XMLParser(data: Data(svg.utf8))
        let counter = SVGCounter()
        parser.delegate = counter
        #expect(parser.parse(), "well-formed XML: \(String(describing: parser.parserError))")
        return counter
    }

    @Test func svgHasOneMarkPerSegmentAndDatedFact() throws {
        let result = runMedip(["timeline", Self.category3, "--from", "2026-01-01", "--through", "2027-03-31", "--format", "svg", "--lang", "en"])
        #expect(result.status == 0)
        let svg = try Self.parse(result.out)
        #expect(svg.root == "svg")
        // 2026-01-01 … 2026-03-26, 03-27, 04-07, 06-01, 07-01, 2027-01-01: six segments.
        #expect(svg.classes["segment"] == 6)
        #expect(svg.classes["patent"] == 1)
        #expect(svg.classes["exclusivity"] == 1)
        #expect(svg.classes["document"] == 2)  // 2026-3 and 2026-4 take effect inside the window
        #expect(svg.classes["deadline"] == nil)
        #expect(svg.texts.contains("Disposition"))
        #expect(svg.texts.contains("defer listing until a date"))

        let objection = runMedip(["timeline", Self.objection, "--from", "2026-05-01", "--through", "2026-07-31", "--format", "svg", "--lang", "zh"])
        let zh = try Self.parse(objection.out)
        #expect(zh.classes["segment"] == 4)
        #expect(zh.classes["deadline"] == 1)  // the opinion deadline, also give-opinion's due date: one mark
        #expect(zh.classes["document"] == nil)
        #expect(zh.texts.contains("处理结果"))
        // Text in Chinese: no Latin letters except in ids, patent numbers and the case id.
        for text in zh.texts {
            let stripped = text.replacing(/example-[a-z0-9-]+|ZL[0-9.]+/, with: "")
            #expect(!stripped.contains(/[A-Za-z]{2,}/), "\(text)")
        }
    }

    @Test func screenWithAHorizonAddsTheNextChange() throws {
        var jsonl: [UInt8] = []
        for name in ["objection-overdue-opinion.json", "green-channel-national-day.json"] {
            let data = try Data(contentsOf: RuleCommandTests.examples.appendingPathComponent(name))
            jsonl += data.filter { $0 != 0x0A } + [0x0A]
        }
        let plain = runMedip(["screen", "-", "--as-of", "2026-05-20", "--jobs", "2"], stdin: jsonl)
        let horizon = runMedip(["screen", "-", "--as-of", "2026-05-20", "--horizon", "2026-07-01"], stdin: jsonl)
        #expect(horizon.status == 0)
        let lines = horizon.out.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        let change = try #require(first["nextChange"] as? [String: Any])
        #expect(change["date"] as? String == "2026-06-13")
        #expect(change["dispositionAfter"] as? String == "admitOnSelfCommitment")
        // The decision part is the one plain screening writes.
        let plainFirst = try #require(try JSONSerialization.jsonObject(with: Data(plain.out.split(separator: "\n")[0].utf8)) as? NSDictionary)
        #expect((first["decision"] as? NSDictionary) == plainFirst["decision"] as? NSDictionary)
        // A line without a change within the horizon is the plain line, byte for byte; a line
        // with one is the plain line with "nextChange" spliced in last.
        let plainLines = plain.out.split(separator: "\n")
        #expect(lines[1] == plainLines[1])
        let spliced = try #require(lines[0].range(of: #","nextChange":"#))
        #expect(String(lines[0][..<spliced.lowerBound]) + "}" == String(plainLines[0]))
        #expect(horizon.err.contains("changing after 2026-05-20 and on or before 2026-07-01: 1"))
        #expect(horizon.err.contains("awaitOpinion→admitOnSelfCommitment: 1"))
        #expect(horizon.err.contains("2026-06: 1"))

        let summaryPath = FileManager.default.temporaryDirectory.appendingPathComponent("horizon-summary-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: summaryPath) }
        #expect(runMedip(["screen", "-", "--as-of", "2026-05-20", "--horizon", "2026-07-01", "--summary-json", summaryPath], stdin: jsonl).status == 0)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: summaryPath))) as? [String: Any])
        #expect((summary["screening"] as? [String: Any])?["total"] as? Int == 2)
        #expect((summary["horizon"] as? [String: Any])?["changing"] as? Int == 1)
        #expect((summary["horizon"] as? [String: Any])?["byMonth"] as? [String: Int] == ["2026-06": 1])

        let changesOnly = runMedip(["screen", "-", "--as-of", "2026-05-20", "--within", "6w", "--changes-only"], stdin: jsonl)
        #expect(changesOnly.status == 0)
        #expect(changesOnly.out.split(separator: "\n").count == 1)
        #expect(changesOnly.err.contains("on or before 2026-07-01"))

        #expect(runMedip(["screen", "-", "--as-of", "2026-05-20", "--changes-only"], stdin: jsonl).status == 2)
        #expect(runMedip(["screen", "-", "--as-of", "2026-05-20", "--horizon", "2026-05-19"], stdin: jsonl).status == 2)
        #expect(runMedip(["screen", "-", "--as-of", "2026-05-20", "--within", "30x"], stdin: jsonl).status == 2)
        #expect(runMedip(["screen", "-", "--as-of", "2026-05-20", "--within", "30d", "--horizon", "2026-07-01"], stdin: jsonl).status == 2)
        #expect(runMedip(["screen", "-", "--as-of", "2026-05-20", "--within", "30d", "--verdicts"], stdin: jsonl).status == 2)
    }
}
