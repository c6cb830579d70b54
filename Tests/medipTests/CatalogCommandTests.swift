import Foundation
import Testing
import MedipCommands

@Suite struct CatalogCommandTests {
    @Test func documentsListsAllFour() {
        let result = runMedip(["documents"])
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("national-2022-45\t国知发保字〔2022〕45号\t2022-12-05"))
        #expect(result.out.contains("32 measures"))
        // Each document's declarations about other texts, indented under it.
        #expect(result.out.contains("\n    succeedsEdition beijing-2024-5: "))
        #expect(result.out.contains("\n    implements national-2022-45: "))
        #expect(result.out.components(separatedBy: "\n    prevailsOverEarlierInconsistent: ").count == 3)
        let zh = runMedip(["documents", "--lang", "zh"])
        #expect(zh.out.contains("\n    承接前一版本 beijing-2024-5：本措施是"))
        let json = runMedip(["documents", "--format", "json"])
        #expect(json.out.contains("\"kind\" : \"succeedsEdition\""))
    }

    @Test func showPrintsHeadingAndDepartments() {
        let result = runMedip(["show", "beijing-2024-5#1", "--lang", "zh"])
        #expect(result.status == 0)
        #expect(result.out.contains("（非官方标题）"))
        #expect(result.out.contains("市卫生健康委、市药监局、市科委中关村管委会"))
        #expect(result.out.contains("28周以内"))
    }

    @Test func showPrintsScopesHedgesNonGoalsAndInvokedTexts() {
        let printed = runMedip(["show", "beijing-2024-5#32", "--lang", "zh"])
        #expect(printed.out.contains("责任部门（原文）：市卫生健康委、市中医药局、经开区管委会、市药监局及各单位"))
        #expect(printed.out.contains("范围：\n  - 活动范围: 博鳌亚洲论坛全球健康论坛"))
        let hedged = runMedip(["show", "beijing-2024-5#25"])
        #expect(hedged.out.contains("«力争覆盖140家» (hedged: 力争)"))
        let specification = runMedip(["show", "beijing-2026-4#2"])
        #expect(specification.out.contains("«512通道» (product specification; not graded)"))
        let invokes = runMedip(["show", "beijing-2026-4#19"])
        #expect(invokes.out.contains("Invokes:\n  - standard 医保综合价值真实世界研究规范"))
        let none = runMedip(["show", "beijing-2026-4#32"])
        #expect(none.out.contains("Departments: none (each event listed has its own organisers"))
        let targets = runMedip(["targets", "--observed", "-"], stdin: Array("measure,key,value\nbeijing-2024-5#21,supplementary-insurance-cost-cap,5\n".utf8))
        #expect(targets.out.contains("observed 5\tnotGraded\t(cited existing ceiling; not graded)"), "\(targets.out)")
    }

    @Test func showUnknownMeasureIsBadInput() {
        let result = runMedip(["show", "beijing-2026-3#14"])
        #expect(result.status == 1)
        #expect(result.err.contains("no measure \"beijing-2026-3#14\""))
        #expect(runMedip(["show"]).status == 2)
    }

    @Test func measuresJSONHasTheDocumentedShape() throws {
        let result = runMedip(["measures", "--document", "beijing-2026-4", "--format", "json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
        let documents = try #require(object?["documents"] as? [[String: Any]])
        #expect(documents.count == 1)
        #expect(documents[0]["number"] as? String == "京医保发〔2026〕4号")
        let measures = try #require(documents[0]["measures"] as? [[String: Any]])
        #expect(measures.count == 32)
        let eighth = measures[7]
        #expect(eighth["id"] as? String == "beijing-2026-4#8")
        #expect(eighth["ordinal"] as? Int == 8)
        let heading = try #require(eighth["heading"] as? [String: String])
        #expect(heading["zh"] == "促进药械检验提质增效")
        let limits = try #require(eighth["timeLimits"] as? [[String: Any]])
        let first = try #require(limits.first)
        let limit = try #require(first["limit"] as? [String: Any])
        #expect(limit["value"] as? Int == 40)
        #expect(limit["unit"] as? String == "workingDays")
        let previous = try #require(first["previous"] as? [String: Any])
        #expect(previous["value"] as? Int == 70)
        #expect(documents[0]["id"] as? String == "beijing-2026-4")
    }

    @Test func measuresFilterByShortDepartmentNameAndCSV() {
        let result = runMedip(["measures", "--department", "市医保局", "--document", "beijing-2024-5", "--format", "csv"])
        #expect(result.status == 0)
        let rows = result.out.split(separator: "\n")
        #expect(rows.first == "id,ordinal,heading,official,kinds,departments,targets,time_limits")
        #expect(rows.contains { $0.hasPrefix("beijing-2024-5#12,") })
        #expect(!rows.contains { $0.hasPrefix("beijing-2024-5#1,") })
    }

    @Test func measuresRejectUnknownFilters() {
        #expect(runMedip(["measures", "--department", "no such department"]).status == 1)
        #expect(runMedip(["measures", "--kind", "nonsense"]).status == 2)
        #expect(runMedip(["measures", "--document", "beijing-2030-1"]).status == 1)
        #expect(runMedip(["measures", "--format", "xml"]).status == 2)
        #expect(runMedip(["measures", "--bogus"]).status == 2)
    }

    @Test func diffShowsTheChangedFigures() {
        let result = runMedip(["diff", "beijing-2024-5", "beijing-2026-4"])
        #expect(result.status == 0)
        #expect(result.out.contains("32 measures of beijing-2024-5: superseded 1, raised 2,"))
        #expect(result.out.contains("Superseded (1 measure):\n  beijing-2024-5#12 "))
        #expect(result.out.contains("raised · target · Varieties taken into project-based management: 提升至200项 (by end of 2024) → 累计纳入品种不少于400项 (beijing-2026-4#6)"))
        #expect(result.out.contains("tightened · time limit · Listing an innovative drug through the green channel: (none) → 办理时间不超过15个工作日 (beijing-2026-4#17)"))
        #expect(result.out.contains("broadened · scope · institutions: 二级及以上定点医疗机构 → 医疗机构"))
        // Every 2024 figure and every 2026 figure appears exactly once.
        for figure in ["28周以内", "60天内完成评估审查", "24小时通关", "力争覆盖140家", "不少于120项", "512通道"] {
            #expect(result.out.components(separatedBy: figure).count == 2, "\(figure)")
        }
        #expect(!result.out.contains("Removed") && !result.out.contains("removed"))
    }

    @Test func diffRefusesReversedAndUnrelatedDocuments() throws {
        let reversed = runMedip(["diff", "beijing-2026-4", "beijing-2024-5"])
        #expect(reversed.status == 1)
        #expect(reversed.err.contains("beijing-2026-4 is the later edition and beijing-2024-5 the earlier: compare them as beijing-2024-5 beijing-2026-4"), "\(reversed.err)")
        #expect(reversed.out.isEmpty)
        let unrelated = runMedip(["diff", "beijing-2026-3", "beijing-2026-4"])
        #expect(unrelated.status == 1)
        #expect(unrelated.err.contains("are not editions of one series"))
        let json = runMedip(["diff", "beijing-2026-4", "beijing-2024-5", "--format", "json"])
        #expect(json.status == 1)
        let error = try JSONSerialization.jsonObject(with: Data(json.err.utf8)) as? [String: Any]
        #expect(error?["code"] as? String == "reversedEditions")
        // The same document twice is a usage error, not two unrelated documents.
        let same = runMedip(["diff", "beijing-2024-5", "beijing-2024-5", "--format", "json"])
        #expect(same.status == 2)
        let sameError = (try? JSONSerialization.jsonObject(with: Data(same.err.utf8))) as? [String: Any]
        #expect(sameError?["code"] as? String == "usage")
        #expect((sameError?["message"] as? String)?.contains("are both beijing-2024-5") == true, "\(same.err)")
    }

    @Test func diffJSONHasTheDocumentedShape() throws {
        let result = runMedip(["diff", "beijing-2024-5", "beijing-2026-4", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["earlier", "later", "asOf", "basis", "counts", "earlierMeasures", "laterMeasures"])
        #expect(object["asOf"] as? String == "2026-04-07")
        let counts = try #require(object["counts"] as? [String: [String: Int]])
        #expect(counts["earlier"]?.values.reduce(0, +) == 32)
        #expect(counts["later"]?.values.reduce(0, +) == 32)
        #expect(counts["earlier"]?["superseded"] == 1)
        let earlier = try #require(object["earlierMeasures"] as? [[String: Any]])
        let twelve = try #require(earlier.first { $0["measure"] as? String == "beijing-2024-5#12" })
        #expect(Set(twelve.keys) == ["measure", "heading", "status", "reason", "clause", "clauseIn", "by", "changes", "lapsed", "continuing", "related"])
        #expect(twelve["status"] as? String == "superseded")
        #expect(twelve["by"] as? [String] == ["beijing-2026-4#17"])
        let change = try #require((twelve["changes"] as? [[String: Any]])?.first)
        #expect(change["direction"] as? String == "tightened")
        #expect(change["earlier"] is NSNull || change["earlier"] == nil)
        #expect((change["later"] as? [String: Any])?["aspect"] as? String == "timeLimit")
    }

    @Test func diffAsOfBeforeTheLaterEditionIsRefused() throws {
        // Before 2026-04-07 nothing had been superseded: "as of 2024-06-30" would describe a law
        // not yet made (the library's Catalog.compare still judges lapses on any date).
        let early = runMedip(["diff", "beijing-2024-5", "beijing-2026-4", "--as-of", "2024-06-30"])
        #expect(early.status == 2)
        #expect(early.out.isEmpty)
        #expect(early.err.contains("--as-of (2024-06-30) is before beijing-2026-4 exists (it is dated 2026-04-07)"), "\(early.err)")
        let json = runMedip(["diff", "beijing-2024-5", "beijing-2026-4", "--as-of", "2026-04-06", "--format", "json"])
        #expect(json.status == 2)
        #expect(((try? JSONSerialization.jsonObject(with: Data(json.err.utf8))) as? [String: Any])?["code"] as? String == "usage")
        let first = runMedip(["diff", "beijing-2024-5", "beijing-2026-4", "--as-of", "2026-04-07"])
        #expect(first.status == 0)
        #expect(first.out.contains("(as of 2026-04-07)") && first.out.contains("Lapsed ("))
        #expect(runMedip(["diff", "beijing-2024-5", "beijing-2026-4", "--as-of", "2024-13-01"]).status == 2)
    }

    @Test func diffMarkdownIsTheCheckedInBriefing() throws {
        let result = runMedip(["diff", "beijing-2024-5", "beijing-2026-4", "--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("# 京医保发〔2024〕5号 → 京医保发〔2026〕4号: what the law now is\n"))
        #expect(result.out.contains("## Superseded (1)"))
        #expect(result.out.contains("| Superseded (beijing-2024-5) | 1 |"))
        #expect(result.out.contains("  - Clause (beijing-2026-4): «创新药品通过绿色通道快速挂网,办理时间不超过15个工作日»"))
        let zh = runMedip(["diff", "beijing-2024-5", "beijing-2026-4", "--format", "markdown", "--lang", "zh"])
        #expect(zh.out.contains("## 被取代 (1)"))
    }

    @Test func targetsWithObservations() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("observed-\(UUID().uuidString).csv")
        try "measure,key,value\nbeijing-2026-4#6,project-managed-varieties,380\n".write(to: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: path) }
        let result = runMedip(["targets", "--document", "beijing-2026-4", "--observed", path.path])
        #expect(result.status == 0)
        #expect(result.out.contains("observed 380\tnotMet (-20)"))
        // Without --document every document's targets are listed.
        let all = runMedip(["targets"])
        #expect(all.status == 0)
        #expect(all.out.contains("beijing-2026-4#6\t"))
        #expect(all.out.contains("national-2022-45#") || all.out.contains("beijing-2024-5#"))
        #expect(runMedip(["targets", "--document", "beijing-2026-4", "--observed", "/nonexistent.csv"]).status == 1)
    }
}
