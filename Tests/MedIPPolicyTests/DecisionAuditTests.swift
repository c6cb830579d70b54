import Foundation
import Testing
@testable import MedIPPolicy

/// The audit fields every decision carries — which decision format, library and law produced
/// it — and the rule-set digest they name.
@Suite struct DecisionAuditTests {
    static let evaluator = Evaluator()
    static let asOf = CivilDate(uncheckedYear: 2026, month: 11, day: 23)

    static func exampleCase() throws -> Case {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Documentation/Examples/generic-category3-listing.json")
        return try CaseFile.decode(Data(contentsOf: url))
    }

    static func isDigest(_ text: String) -> Bool {
        guard text.hasPrefix("sha256:") else { return false }
        let hex = text.dropFirst(7)
        return hex.count == 64 && hex.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
    }

    // MARK: The digest

    @Test func theDigestIsSHA256OfTheDocumentedCanonicalJSON() throws {
        struct Canonical: Encodable {
            var catalog: Catalog
            var rules: RuleSet
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let sorted = RuleSet(RuleSet.standard.rules.sorted { $0.id < $1.id })
        let expected = Array(try encoder.encode(Canonical(catalog: .standard, rules: sorted)))
        let canonical = Evaluator.canonicalJSON(catalog: .standard, rules: .standard)
        #expect(canonical == expected)
        #expect(!canonical.contains(UInt8(ascii: "\n")))
        let digest = Self.evaluator.ruleSetDigest
        #expect(Self.isDigest(digest), "\(digest)")
        #expect(digest == "sha256:" + SHA256.hexDigest(canonical))
    }

    /// The standard digest is a generated constant (Evaluator+StandardDigest.swift), not
    /// computed at start; it must be what the canonical JSON hashes to.
    @Test func theGeneratedStandardDigestIsTheCanonicalJSONsDigest() {
        let computed = Evaluator.computedDigest(catalog: .standard, rules: .standard)
        #expect(computed == "sha256:" + SHA256.hexDigest(Evaluator.canonicalJSON(catalog: .standard, rules: .standard)))
        #expect(
            Evaluator.standardRuleSetDigest == computed,
            """
            Sources/MedIPPolicy/Evaluation/Evaluator+StandardDigest.swift is stale: the standard catalog or rules \
            changed. Regenerate it from the package root with
              swift run medip rules digest --format swift > Sources/MedIPPolicy/Evaluation/Evaluator+StandardDigest.swift
            """)
        #expect(Evaluator.digest(catalog: .standard, rules: .standard) == Evaluator.standardRuleSetDigest)
        #expect(Evaluator().ruleSetDigest == Evaluator.standardRuleSetDigest)
        // Values equal to the standard ones, but built afresh, take the constant too.
        #expect(Evaluator.digest(catalog: Catalog(documents: Catalog.standard.documents.map { $0 }), rules: RuleSet(RuleSet.standard.rules.map { $0 })) == computed)
    }

    @Test func theSameRulesGiveTheSameDigestInAnyOrder() {
        let standard = Evaluator.digest(catalog: .standard, rules: .standard)
        #expect(Evaluator().ruleSetDigest == standard)
        // Not equal to `.standard` as values, so computed afresh rather than taken from the cache.
        let reversed = RuleSet(RuleSet.standard.rules.reversed())
        #expect(reversed != .standard)
        #expect(Evaluator.digest(catalog: .standard, rules: reversed) == standard)
        var shuffler = SplitMix64(seed: 12)
        let shuffled = RuleSet(RuleSet.standard.rules.shuffled(using: &shuffler))
        #expect(Evaluator(rules: shuffled).ruleSetDigest == standard)
    }

    @Test func aOneCharacterChangeToOneSummaryChangesTheDigest() {
        var rules = RuleSet.standard.rules
        let index = rules.count / 2
        rules[index].summary.en += "."
        let changed = Evaluator(rules: RuleSet(rules)).ruleSetDigest
        #expect(Self.isDigest(changed))
        #expect(changed != Self.evaluator.ruleSetDigest)
        rules[index].summary.en.removeLast()
        #expect(Evaluator.digest(catalog: .standard, rules: RuleSet(rules)) == Self.evaluator.ruleSetDigest)
    }

    @Test func theCatalogIsPartOfTheDigestInItsOrder() throws {
        var documents = Catalog.standard.documents
        let standard = Self.evaluator.ruleSetDigest
        #expect(Evaluator.digest(catalog: Catalog(documents: documents.reversed()), rules: .standard) != standard)
        let measure = try #require(documents[0].measures.indices.first)
        documents[0].measures[measure].heading.zh += "。"
        #expect(Evaluator.digest(catalog: Catalog(documents: documents), rules: .standard) != standard)
        #expect(Evaluator.digest(catalog: .standard, rules: RuleSet([])) != standard)
    }

    // MARK: Decisions

    @Test(arguments: [DecisionDetail.full, .summary])
    func everyDecisionCarriesItsEvaluatorsAuditFieldsAndReadsThemBack(_ detail: DecisionDetail) throws {
        let decision = try Self.evaluator.evaluate(Self.exampleCase(), asOf: Self.asOf, detail: detail)
        #expect(decision.schemaVersion == Decision.currentSchemaVersion)
        #expect(decision.schemaVersion == 1)
        #expect(decision.libraryVersion == MedIPPolicyVersion.current)
        #expect(decision.ruleSetDigest == Self.evaluator.ruleSetDigest)

        let json = try CaseFile.encode(decision, pretty: false)
        let text = String(decoding: json, as: UTF8.self)
        #expect(text.contains(#""libraryVersion":"\#(MedIPPolicyVersion.current)""#))
        #expect(text.contains(#""ruleSetDigest":"\#(Self.evaluator.ruleSetDigest)""#))
        #expect(text.contains(#""schemaVersion":1,"#))
        let decoded = try CaseFile.decode(Decision.self, from: json)
        #expect(decoded == decision)
        #expect(try CaseFile.encode(decoded, pretty: false) == json)
    }

    @Test func anotherRuleSetsDecisionsNameIt() throws {
        var rules = RuleSet.standard.rules
        rules[0].summary.zh += "！"
        let other = Evaluator(rules: RuleSet(rules))
        let facts = try Self.exampleCase()
        let mine = try Self.evaluator.evaluate(facts, asOf: Self.asOf)
        let theirs = try other.evaluate(facts, asOf: Self.asOf)
        #expect(theirs.ruleSetDigest == other.ruleSetDigest)
        #expect(theirs.ruleSetDigest != mine.ruleSetDigest)
        #expect(theirs.disposition == mine.disposition)
    }

    @Test func aStoredDecisionOfAnotherFormatOrWithoutAuditFieldsIsRefused() throws {
        let decision = try Self.evaluator.evaluate(Self.exampleCase(), asOf: Self.asOf, detail: .summary)
        var object = try #require(try JSONSerialization.jsonObject(with: CaseFile.encode(decision)) as? [String: Any])
        object["schemaVersion"] = 2
        let newer = try JSONSerialization.data(withJSONObject: object)
        do {
            _ = try CaseFile.decode(Decision.self, from: newer)
            Issue.record("a decision of schema version 2 was read")
        } catch {
            #expect(error.path == "schemaVersion")
            #expect(error.message.contains("2"))
        }
        for key in ["schemaVersion", "libraryVersion", "ruleSetDigest"] {
            var missing = try #require(try JSONSerialization.jsonObject(with: CaseFile.encode(decision)) as? [String: Any])
            missing[key] = nil
            let without = try JSONSerialization.data(withJSONObject: missing)
            do {
                _ = try CaseFile.decode(Decision.self, from: without)
                Issue.record("a decision without \(key) was read")
            } catch {
                #expect(error.path == key || error.message.contains(key), "\(error)")
            }
        }
    }

    /// The screening writer writes the audit fields as JSONEncoder does, whatever they hold.
    @Test func theScreeningWriterWritesTheAuditFieldsLikeJSONEncoder() throws {
        var decision = try Self.evaluator.evaluate(Self.exampleCase(), asOf: Self.asOf, detail: .summary)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for (version, library, digest) in [(1, MedIPPolicyVersion.current, Self.evaluator.ruleSetDigest),
                                           (Int.max, "v\"1\\2\n/中文", ""), (-1, "", "sha256:\u{1}")] {
            decision.schemaVersion = version
            decision.libraryVersion = library
            decision.ruleSetDigest = digest
            let record = ScreenedLine(line: 3, decision: decision, error: nil)
            #expect(ScreenedLineWriter.encode(record) == Array(try encoder.encode(record)))
        }
    }

    // MARK: Screening summaries

    @Test(arguments: [Screener.LineOutput.decisions, .verdicts])
    func screeningSummariesNameTheLawThatDecided(_ output: Screener.LineOutput) throws {
        let line = try CaseFile.encode(Self.exampleCase(), pretty: false)
        var pending: [ArraySlice<UInt8>] = [Array(line)[...], Array("{}".utf8)[...]]
        var written: [UInt8] = []
        let summary = try Screener(evaluator: Self.evaluator, asOf: Self.asOf, jobs: 1).screenJSONLines(
            output: output,
            readLine: { pending.isEmpty ? nil : pending.removeFirst() },
            write: { written += $0 })
        #expect(summary.total == 2 && summary.decided == 1)
        #expect(summary.decisionSchemaVersion == Decision.currentSchemaVersion)
        #expect(summary.libraryVersion == MedIPPolicyVersion.current)
        #expect(summary.ruleSetDigest == Self.evaluator.ruleSetDigest)
        let text = String(decoding: written, as: UTF8.self)
        // Decision lines carry the digest; verdict lines stay compact and leave it to the summary.
        #expect(text.contains(Self.evaluator.ruleSetDigest) == (output == .decisions))

        let json = try CaseFile.encode(summary, pretty: false)
        #expect(String(decoding: json, as: UTF8.self).contains(#""ruleSetDigest":"\#(Self.evaluator.ruleSetDigest)""#))
        #expect(try JSONDecoder().decode(ScreeningSummary.self, from: json) == summary)
    }

    @Test func theInMemoryScreenStampsItsSummaryToo() throws {
        let summary = Screener(evaluator: Self.evaluator, asOf: Self.asOf, jobs: 1).screen([try Self.exampleCase()]) { _, _ in }
        #expect(summary.ruleSetDigest == Self.evaluator.ruleSetDigest)
    }

    @Test func mergingKeepsTheAuditFieldsOnlyWhereTheSummariesAgree() throws {
        var first = ScreeningSummary(decidedBy: Self.evaluator)
        first.total = 1
        var merged = ScreeningSummary()
        merged.merge(first)  // a blank slate takes the shard's
        #expect(merged.ruleSetDigest == Self.evaluator.ruleSetDigest)
        merged.merge(first)
        #expect(merged.ruleSetDigest == Self.evaluator.ruleSetDigest && merged.total == 2)
        merged.merge(ScreeningSummary())  // an empty summary changes nothing
        #expect(merged.ruleSetDigest == Self.evaluator.ruleSetDigest)

        var rules = RuleSet.standard.rules
        rules[0].summary.en += "!"
        var other = ScreeningSummary(decidedBy: Evaluator(rules: RuleSet(rules)))
        other.total = 1
        merged.merge(other)
        #expect(merged.ruleSetDigest == nil)
        #expect(merged.libraryVersion == MedIPPolicyVersion.current)
        #expect(merged.decisionSchemaVersion == Decision.currentSchemaVersion)
        #expect(merged.total == 3)
    }

    @Test func aSummaryWithoutAuditFieldsStillDecodes() throws {
        let json = #"{"decided":0,"dispositions":{},"failed":0,"failures":{},"measures":{},"total":0}"#
        let summary = try JSONDecoder().decode(ScreeningSummary.self, from: Data(json.utf8))
        #expect(summary.ruleSetDigest == nil && summary.libraryVersion == nil && summary.decisionSchemaVersion == nil)
    }
}
