import Foundation
import Testing
@testable import MedIPPolicy
import MedIPPolicyTesting

/// The hand-written output writer must produce exactly JSONEncoder's bytes.
@Suite struct ScreenedLineWriterTests {
    static func reference(_ record: ScreenedLine) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(record))
    }

    /// Calls `body` with each of `count` generated cases' decisions on its as-of date and at
    /// `offsets` days from it (the case's index, the date, the decision); cases that do not
    /// decide on a date are skipped.
    static func forEachDecision(
        seed: UInt64, diverse: Bool = false, count: Int, offsets: [Int], detail: DecisionDetail = .summary,
        _ body: (Int, CivilDate, Decision) throws -> Void
    ) rethrows {
        let evaluator = Evaluator()
        var generator = CaseGenerator(seed: seed, diverse: diverse)
        for index in 0..<count {
            let generated = generator.next()
            for offset in offsets {
                let date = (try? generated.asOf.adding(days: offset)) ?? generated.asOf
                guard let decision = try? evaluator.evaluate(generated.facts, asOf: date, detail: detail) else { continue }
                try body(index, date, decision)
            }
        }
    }

    /// A horizon line's `nextChange` is written by hand too: every change of five-year timelines
    /// of diverse generated cases, and changes whose texts need escaping, are JSONEncoder's bytes.
    @Test func timelineChangesAreWhatJSONEncoderWrites() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func expectSameBytes(_ change: TimelineChange, _ comment: Comment) throws {
            var written: [UInt8] = []
            ScreenedLineWriter.appendBytes(to: &written) { $0.write(change) }
            #expect(written == Array(try encoder.encode(change)), comment)
        }
        let evaluator = Evaluator()
        var generator = CaseGenerator(seed: 1_845, diverse: true)
        var changes = 0
        var seen = Set<String>()  // the optional keys and kinds of cause the corpus reached
        for index in 0..<600 {
            let generated = generator.next()
            guard let end = try? generated.asOf.adding(years: 5),
                  let timeline = try? evaluator.timeline(generated.facts, from: generated.asOf, through: end)
            else { continue }
            for change in timeline.changes {
                try expectSameBytes(change, "case \(index), change of \(change.date)")
                changes += 1
                if change.dispositionDateBefore != nil { seen.insert("dispositionDateBefore") }
                if change.dispositionDateAfter != nil { seen.insert("dispositionDateAfter") }
                if !change.obligationsOverdue.isEmpty { seen.insert("obligationsOverdue") }
                if !change.flagsRemoved.isEmpty { seen.insert("flagsRemoved") }
                if !change.consequencesAdded.isEmpty { seen.insert("consequencesAdded") }
                for cause in change.causes {
                    seen.insert(cause.kind.rawValue)
                    if cause.field != nil { seen.insert("field") }
                    if cause.rule != nil { seen.insert("rule") }
                    if cause.obligation != nil { seen.insert("obligation") }
                    if cause.document != nil { seen.insert("document") }
                }
            }
        }
        #expect(changes > 500)
        for key in ["dispositionDateBefore", "dispositionDateAfter", "obligationsOverdue", "flagsRemoved", "consequencesAdded",
                    "field", "rule", "obligation", "document"] {
            #expect(seen.contains(key), "the corpus reaches \(key)")
        }
        #expect(seen.isSuperset(of: TimelineCauseKind.allCases.map(\.rawValue).filter { $0 != "exclusivityEnds" }), "\(seen)")
        // Texts no generated case holds: quotes, backslashes, control characters, slashes, non-ASCII.
        let odd = "a\"b\\c/d\u{01}e\u{1F}f\ng\th\r\u{08}\u{0C}中文é"
        var change = TimelineChange(
            date: CivilDate(uncheckedYear: 2027, month: 1, day: 31), aspects: [.disposition, .overdue],
            dispositionBefore: .deferUntil, dispositionAfter: .ordinaryProcedure, documentsTakingEffect: ["beijing-2026-4"],
            obligationsAdded: [odd], obligationsRemoved: [odd + "x", ""], obligationsOverdue: [odd],
            consequencesAdded: [.referToCreditEvaluation], flagsRemoved: [.opinionMayBeRequested, .priorityService],
            causes: [
                TimelineCause(kind: .dueDatePasses, date: CivilDate(uncheckedYear: 2027, month: 1, day: 30), field: odd,
                              rule: RuleID("beijing-2026-3#8/refuse-infringing-copy"), obligation: odd),
                TimelineCause(kind: .documentTakesEffect, date: CivilDate(uncheckedYear: 2026, month: 4, day: 7), document: "beijing-2026-4"),
            ])
        try expectSameBytes(change, "escaped texts, no disposition dates")
        change.dispositionDateBefore = CivilDate(uncheckedYear: 2026, month: 12, day: 1)
        change.dispositionDateAfter = CivilDate(uncheckedYear: 9999, month: 12, day: 31)
        try expectSameBytes(change, "escaped texts, both disposition dates")
    }

    @Test func matchesJSONEncoderOnGeneratedDecisionsAndFailures() throws {
        var compared = 0
        var overdue = 0
        var blocked = 0
        try Self.forEachDecision(seed: 99, count: 3_000, offsets: [0, 200, -400]) { index, date, decision throws in
            let record = ScreenedLine(line: index + 1, decision: decision, error: nil)
            #expect(ScreenedLineWriter.encode(record) == (try Self.reference(record)), "case \(index) @ \(date)")
            compared += 1
            if decision.obligations.contains(where: { $0.overdueSince != nil }) { overdue += 1 }
            if ([decision.disposition] + decision.supersededDispositions).contains(where: { $0.blockingPatent != nil }) { blocked += 1 }
        }
        #expect(compared > 8_000)
        #expect(overdue > 50)  // the optional overdueSince key is exercised (97 with this seed)
        #expect(blocked > 50)  // and the optional blockingPatent key
        var invalid = InvalidCaseGenerator(seed: 5)
        let screener = Screener(asOf: CivilDate(uncheckedYear: 2026, month: 11, day: 23), jobs: 1)
        for index in 0..<500 {
            guard case .failure(let failure) = screener.screen(json: Array(invalid.next().caseFile)[...]) else { continue }
            let record = ScreenedLine(line: index, decision: nil, error: failure)
            #expect(ScreenedLineWriter.encode(record) == (try Self.reference(record)))
        }
    }

    /// With the screening's pre-escaped fragments the writer writes the same bytes, on realistic
    /// and diverse decisions (every disposition, obligation, consequence, flag and blocking
    /// patent they reach; generated cases reach no time-limit conflict, so one is added from the
    /// decision's own rules), and the slot counts equal the generic counts.
    @Test(arguments: [false, true])
    func fragmentsWriteWhatJSONEncoderWrites(diverse: Bool) throws {
        let evaluator = Evaluator()
        let fragments = DecisionFragments(evaluator)
        var compared = 0
        var withConflicts = 0
        var withDueRules = 0
        var slotted = ScreeningCounts()
        var generic = ScreeningSummary()
        try Self.forEachDecision(seed: 2_026, diverse: diverse, count: 2_000, offsets: [0, 300, -500]) { index, date, decided throws in
            var decision = decided
            if index % 7 == 0, let hold = decision.disposition.rules.first, let due = decision.obligations.first?.rules.first {
                decision.conflicts.append(TimeLimitConflict(
                    deadlineRule: due, deadlineMeasure: due.measure, deadline: date, holdRule: hold, holdMeasure: hold.measure,
                    holdKind: decision.disposition.kind, holdUntil: date.saturatingAdding(days: 9)))
            }
            let record = ScreenedLine(line: index + 1, decision: decision, error: nil)
            let reference = try Self.reference(record)
            #expect(ScreenedLineWriter.encode(record, fragments: fragments) == reference, "case \(index) @ \(date)")
            if index % 5 == 0 {
                // The same decision read back: equal strings in other storage, found by content.
                let read = try JSONDecoder().decode(ScreenedLine.self, from: Data(reference))
                #expect(ScreenedLineWriter.encode(read, fragments: fragments) == reference, "case \(index) read back")
            }
            slotted.add(decision, slots: fragments)
            generic.record(decision)
            compared += 1
            if !decision.conflicts.isEmpty { withConflicts += 1 }
            if decision.obligations.contains(where: { $0.dueRule != nil }) { withDueRules += 1 }
        }
        var counted = ScreeningSummary()
        counted.add(slotted)
        #expect(counted == generic)
        #expect(compared > 5_000)
        #expect(withConflicts > 0 && withDueRules > 100)
    }

    /// A decision the fragments were not made from — other ids, texts, documents, versions —
    /// is written as without them, byte for byte, and its measures are still counted.
    @Test func fragmentsFallBackOnValuesTheyWereNotMadeFrom() throws {
        let evaluator = Evaluator()
        let fragments = DecisionFragments(evaluator)
        var generator = CaseGenerator(seed: 7, diverse: true)
        let foreignMeasure = MeasureID(DocumentID(rawValue: "shanghai-2027-1"), 3)
        let pastLast = MeasureID(.beijing2026_3, 99)
        let foreignRule = RuleID(MeasureID(.beijing2026_3, 4), "not-a-rule-\"quoted\"")
        var altered = 0
        var slotted = ScreeningCounts()
        var generic = ScreeningSummary()
        for index in 0..<600 {
            let generated = generator.next()
            guard var decision = try? evaluator.evaluate(generated.facts, asOf: generated.asOf, detail: .summary) else { continue }
            switch index % 6 {
            case 0:
                decision.disposition.measures += [foreignMeasure, pastLast]
                decision.disposition.rules.append(foreignRule)
                decision.conflicts.append(TimeLimitConflict(
                    deadlineRule: foreignRule, deadlineMeasure: pastLast, deadline: decision.asOf, holdRule: foreignRule,
                    holdMeasure: foreignMeasure, holdKind: .deferUntil, holdUntil: decision.asOf))
            case 1:
                decision.regime.documents = decision.regime.documents.reversed() + [DocumentID(rawValue: "x\u{1}")]
            case 2:
                decision.libraryVersion = "9.9.9-\u{7}"
                decision.ruleSetDigest = "sha256:other"
            case 3:
                guard !decision.obligations.isEmpty else { continue }
                decision.obligations[0].action.zh += "\t（另）"
                decision.obligations[0].dueRule = DateExpression(.asOf, plus: Period(2, .days))
            case 4:
                guard !decision.obligations.isEmpty else { continue }
                decision.obligations[0].code += "-other"
                decision.obligations[0].measures.append(foreignMeasure)
            default:
                guard !decision.obligations.isEmpty else { continue }
                decision.obligations[0].rules = [foreignRule] + decision.obligations[0].rules
                decision.obligations[0].actor = DepartmentID(rawValue: "other/\\")
            }
            altered += 1
            let record = ScreenedLine(line: index, decision: decision, error: nil)
            #expect(ScreenedLineWriter.encode(record, fragments: fragments) == (try Self.reference(record)), "case \(index)")
            slotted.add(decision, slots: fragments)
            generic.record(decision)
        }
        var counted = ScreeningSummary()
        counted.add(slotted)
        #expect(counted == generic)
        #expect(counted.measures[foreignMeasure.description] ?? 0 > 50)
        #expect(altered > 400)
    }

    /// The look-up's identity check: the same string value is identical, a small string's bytes
    /// are its representation, a long string copied into new storage is not identical but matches.
    @Test func fragmentTextsAreFoundByIdentityThenByContent() {
        let long = DocumentID.national2022_45.rawValue
        let text = DecisionFragments.Text(long)
        #expect(text.isIdentical(to: long))
        let copied = String(decoding: Array(long.utf8), as: UTF8.self)
        #expect(!text.isIdentical(to: copied) && text.matches(copied))
        let small = DecisionFragments.Text("beijing-2026-3")
        #expect(small.isIdentical(to: String(decoding: Array("beijing-2026-3".utf8), as: UTF8.self)))
        #expect(!small.isIdentical(to: "beijing-2026-4") && !small.matches("beijing-2026-4") && !small.matches("beijing-2026-30"))
    }

    /// Fragments of a custom rule set (a rule of a measure number the catalog does not hold)
    /// match too.
    @Test func fragmentsOfACustomRuleSet() throws {
        let custom = try #require(RuleSet.standard.rules.first { rule in rule.effects.contains { if case .obligation = $0 { true } else { false } } })
        let renamed = Rule(
            id: RuleID(MeasureID(custom.measure.document, 90), "renamed"), summary: custom.summary, condition: custom.condition,
            effects: custom.effects)
        let evaluator = Evaluator(rules: RuleSet(RuleSet.standard.rules + [renamed]))
        let fragments = DecisionFragments(evaluator)
        var generator = CaseGenerator(seed: 11, diverse: true)
        var cited = 0
        for index in 0..<500 {
            let generated = generator.next()
            guard let decision = try? evaluator.evaluate(generated.facts, asOf: generated.asOf, detail: .summary) else { continue }
            let record = ScreenedLine(line: index, decision: decision, error: nil)
            #expect(ScreenedLineWriter.encode(record, fragments: fragments) == (try Self.reference(record)), "case \(index)")
            if decision.obligations.contains(where: { $0.rules.contains(renamed.id) }) { cited += 1 }
        }
        #expect(cited > 0)
    }

    /// Cases moved to the end of 2026, where green channels' 15 working days run into 2027 (no
    /// schedule): the optional `unknownDate` / `unknownDue` keys, in decisions and verdicts, and
    /// the strict evaluator's failures (with the case field as path) match `JSONEncoder`.
    @Test func matchesJSONEncoderOnUnknownDatesAndStrictFailures() throws {
        let asOf = CivilDate(uncheckedYear: 2026, month: 12, day: 28)
        let strict = Evaluator(unknownDates: .fail)
        var generator = CaseGenerator(seed: 2_027)
        var unknown = 0
        var failures = 0
        for index in 0..<2_000 {
            let generated = generator.next()
            let facts = generated.facts.shifted(byDays: generated.asOf.days(to: asOf))
            guard let decision = try? Evaluator().evaluate(facts, asOf: asOf, detail: .summary) else { continue }
            let record = ScreenedLine(line: index + 1, decision: decision, error: nil)
            #expect(ScreenedLineWriter.encode(record) == (try Self.reference(record)), "case \(index)")
            let verdict = ScreenedVerdict(line: index + 1, verdict: Verdict(decision), error: nil)
            var bytes: [UInt8] = []
            ScreenedLineWriter.appendLine(to: &bytes) { $0.write(verdict) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            #expect(bytes == Array(try encoder.encode(verdict)) + [0x0A], "verdict \(index)")
            guard decision.hasUnknownDate else { continue }
            unknown += 1
            let failure = Screener(evaluator: strict, asOf: asOf, jobs: 1).screen(facts)
            guard case .failure(let error) = failure else {
                Issue.record("the strict evaluator decided case \(index)")
                continue
            }
            #expect(error.stage == .evaluation)
            #expect(error.problems.allSatisfy { !$0.path.isEmpty }, "\(error)")
            let failed = ScreenedLine(line: index + 1, decision: nil, error: error)
            #expect(ScreenedLineWriter.encode(failed) == (try Self.reference(failed)))
            failures += 1
        }
        #expect(unknown > 20)
        #expect(failures == unknown)
    }

    @Test func escapesLikeJSONEncoder() throws {
        let text = "quote \" backslash \\ slash / tab \t newline \n cr \r bell \u{07} nul \u{00} unit \u{1F} 中文 emoji 🧪 \u{7F}"
        let failure = ScreeningFailure(stage: .validation, caseID: text, problems: [
            ScreeningFailure.Problem(path: "a.b[0]", code: "x", message: text),
        ])
        let record = ScreenedLine(line: 7, decision: nil, error: failure)
        #expect(ScreenedLineWriter.encode(record) == (try Self.reference(record)))
    }

    /// Traces (`detail: .full`) are written as `JSONEncoder` writes them, with and without
    /// fragments, on realistic and diverse cases at three dates each: rules fired, overridden and
    /// not, facts with and without evidence — and, set by hand, a failure absent and evidence
    /// paths holding what must be escaped.
    @Test(arguments: [false, true])
    func tracesAreWrittenAsJSONEncoderWritesThem(diverse: Bool) throws {
        let fragments = DecisionFragments(Evaluator())
        var compared = 0
        var overridden = 0
        var withoutFailure = 0
        var withEvidence = 0
        try Self.forEachDecision(seed: 31, diverse: diverse, count: 400, offsets: [0, 300, -500], detail: .full) { index, date, decided throws in
            var decision = decided
            guard var trace = decision.trace else {
                Issue.record("no trace in full detail")
                return
            }
            if index % 9 == 0, !trace.facts.isEmpty, !trace.notFired.isEmpty {
                // What the evaluator never writes but the types allow: escapes in evidence,
                // a rule not fired without a failure.
                trace.facts[0].evidence.append("odd \"path\" \\ / \n\u{01} 中文")
                trace.notFired[0].failure = nil
                decision.trace = trace
            }
            let record = ScreenedLine(line: index + 1, decision: decision, error: nil)
            let reference = try Self.reference(record)
            #expect(ScreenedLineWriter.encode(record) == reference, "case \(index) @ \(date)")
            #expect(ScreenedLineWriter.encode(record, fragments: fragments) == reference, "case \(index) @ \(date), fragments")
            compared += 1
            if !trace.overridden.isEmpty { overridden += 1 }
            if trace.notFired.contains(where: { $0.failure == nil }) { withoutFailure += 1 }
            if trace.facts.contains(where: { !$0.evidence.isEmpty }) { withEvidence += 1 }
        }
        #expect(compared > 1_000)
        #expect(overridden > 20, "overridden rules: \(overridden)")
        #expect(withoutFailure > 20, "traces with a rule not fired without a failure: \(withoutFailure)")
        #expect(withEvidence > 100, "facts with evidence: \(withEvidence)")
    }

    /// `Decision.compactJSON()` and `prettyJSON()` are `CaseFile.encode(_:pretty:)`'s bytes: on diverse
    /// generated cases in summary and in full detail (with a trace), for both jurisdictions'
    /// regimes the corpus reaches.
    @Test func aDecisionsCompactAndPrettyJSONAreWhatCaseFileEncodeWrites() throws {
        let evaluator = Evaluator()
        var generator = CaseGenerator(seed: 2_027, diverse: true)
        var compared = 0
        var kinds = Set<DispositionKind>()
        for index in 0..<1_500 {
            let generated = generator.next()
            let detail: DecisionDetail = index % 10 == 0 ? .full : .summary
            guard let decision = try? evaluator.evaluate(generated.facts, asOf: generated.asOf, detail: detail) else { continue }
            #expect((decision.trace != nil) == (detail == .full))
            let expected = Array(try CaseFile.encode(decision, pretty: false))
            #expect(decision.compactJSON() == expected, "case \(index), \(detail)")
            #expect(decision.prettyJSON() == Array(try CaseFile.encode(decision, pretty: true)), "case \(index), \(detail), pretty")
            compared += 1
            kinds.insert(decision.disposition.kind)
        }
        #expect(compared > 1_000)
        #expect(kinds.count >= 6, "\(kinds)")
    }

    /// The indenter lays out what decisions never hold as `JSONEncoder` does: empty objects,
    /// nested empty containers, strings holding brackets, commas, colons, quotes and escapes.
    @Test func indentingIsJSONEncodersPrettyLayout() throws {
        struct Odd: Encodable {
            var a: [String: [Int]] = [:]
            var b: [[String]] = [[], ["{", "]", ",", ":", "\"", "\\\"", "a\\", "中文 /"], []]
            var c: [String: [String: Int]] = ["x": [:], "y": ["z": -1]]
            var d: Double = 0.5
            var e: Bool? = nil
            var f: [Bool] = [true, false]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let compact = Array(try encoder.encode(Odd()))
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        #expect(PrettyJSON.indenting(compact) == Array(try encoder.encode(Odd())))
        #expect(PrettyJSON.indenting(Array("{}".utf8)) == Array(try encoder.encode([String: Int]())))
        #expect(PrettyJSON.indenting(Array("[]".utf8)) == Array(try encoder.encode([Int]())))
    }

    /// Verdict and decision lines as the screening pipeline writes them are JSONEncoder's bytes
    /// for the records they hold, and agree with each other.
    @Test func verdictLinesMatchJSONEncoderAndTheFullDecisions() throws {
        var generator = CaseGenerator(seed: 41)
        let asOf = CivilDate(uncheckedYear: 2026, month: 11, day: 23)
        let lines: [ArraySlice<UInt8>] = (0..<2_000).compactMap { _ in
            let generated = generator.next()
            return (try? CaseFile.encode(generated.facts.shifted(byDays: generated.asOf.days(to: asOf)), pretty: false)).map { Array($0)[...] }
        } + [Array("{\"schemaVersion\": 2}".utf8)[...]]
        let screener = Screener(asOf: asOf, jobs: 2, batchSize: 97)
        var verdictIterator = lines.makeIterator()
        var verdictLines: [[UInt8]] = []
        let verdictSummary = try screener.screenJSONLines(output: .verdicts, readLine: { verdictIterator.next() }, write: { verdictLines += $0.outputLines })
        var decisionIterator = lines.makeIterator()
        var decisionLines: [[UInt8]] = []
        let decisionSummary = try screener.screenJSONLines(readLine: { decisionIterator.next() }, write: { decisionLines += $0.outputLines })
        #expect(verdictSummary.dispositions == decisionSummary.dispositions)
        #expect(verdictSummary.failed == 1 && decisionSummary.failed == 1)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for (verdictBytes, decisionBytes) in zip(verdictLines, decisionLines) {
            let record = try JSONDecoder().decode(ScreenedVerdict.self, from: Data(verdictBytes))
            #expect(Array(try encoder.encode(record)) + [0x0A] == verdictBytes)
            let full = try JSONDecoder().decode(ScreenedLine.self, from: Data(decisionBytes))
            // The screening writes a decided line from the decision in place (no record built):
            // the same bytes as JSONEncoder writes for the record.
            #expect(Array(try encoder.encode(full)) + [0x0A] == decisionBytes)
            #expect(record.line == full.line)
            #expect(record.verdict == full.decision.map(Verdict.init))
            #expect(record.error == full.error)
        }
    }
}

extension Array where Element == UInt8 {
    /// The newline-terminated lines of one block `Screener.screenJSONLines` wrote (it writes
    /// whole lines only: the block must end with a newline).
    fileprivate var outputLines: [[UInt8]] {
        #expect(last == 0x0A, "a written block ends inside a line")
        return split(separator: 0x0A).map { Array($0) + [0x0A] }
    }
}
