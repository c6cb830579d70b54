import Foundation
import Testing
import MedIPPolicyTesting
import MedIPPolicy

/// Stored decisions, verdicts and screened lines are read strictly: what the library writes reads
/// back equal, and a key it does not write — anywhere — is an error naming its path, unless the
/// decoder carries the escape hatch.
@Suite struct StoredDecisionTests {
    static let evaluator = Evaluator()

    /// Every scenario, every example of `Documentation/Examples` on its dates, and 400 generated
    /// cases (realistic and diverse), each decided in full (with trace) and in summary, on its
    /// own date and at the end of 2026 (where green-channel dates run into 2027, which has no
    /// schedule: unknown dates).
    static let decisions: [Decision] = {
        var cases = Scenarios.all.map { ($0.facts, $0.asOf) } + examples()
        var realistic = CaseGenerator(seed: 35)
        var diverse = CaseGenerator(seed: 36, diverse: true)
        for _ in 0..<200 {
            for generated in [realistic.next(), diverse.next()] { cases.append((generated.facts, generated.asOf)) }
        }
        let yearEnd = (try? CivilDate(year: 2026, month: 12, day: 28)) ?? Scenarios.all[0].asOf
        // A green channel whose 15 working days run into 2027 (unknown dates), and one held by a
        // requested opinion past its due date (a time-limit conflict).
        if let yearEndApplication = try? innovative(appliedOn: "2026-12-21") { cases.append((yearEndApplication, yearEnd)) }
        if var objected = try? innovative(appliedOn: "2026-05-06"), let asOf = try? CivilDate(iso8601: "2026-06-30"),
           let received = try? CivilDate(iso8601: "2026-05-07"), let requested = try? CivilDate(iso8601: "2026-05-08"),
           let deadline = try? CivilDate(iso8601: "2026-07-31") {
            objected.objections = [InfringementObjection(
                id: "O-1", receivedOn: received, receivedBy: .healthcareSecurity, objector: "X", patents: [objected.patents[0].number])]
            objected.opinionRequests = [OpinionRequest(id: "R-1", objection: "O-1", requestedOn: requested, deadline: deadline)]
            cases.append((objected, asOf))
        }
        var decisions: [Decision] = []
        for (facts, asOf) in cases {
            for date in [asOf, yearEnd] {
                for detail in [DecisionDetail.full, .summary] {
                    if let decision = try? evaluator.evaluate(facts, asOf: date, detail: detail) { decisions.append(decision) }
                }
            }
        }
        return decisions
    }()

    static let examplesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Documentation/Examples")

    /// The example cases with the dates `expected-decisions.json` evaluates them on.
    static func examples() -> [(Case, CivilDate)] {
        struct Expected: Decodable {
            struct Example: Decodable {
                var file: String
                var asOf: String
            }
            var examples: [Example]
        }
        guard let data = try? Data(contentsOf: examplesDirectory.appendingPathComponent("expected-decisions.json")),
              let expected = try? JSONDecoder().decode(Expected.self, from: data)
        else { return [] }
        return expected.examples.compactMap { example in
            guard let file = try? Data(contentsOf: examplesDirectory.appendingPathComponent(example.file)),
                  let facts = try? CaseFile.decode(file), let date = try? CivilDate(iso8601: example.asOf)
            else { return nil }
            return (facts, date)
        }
    }

    /// The innovative drug of `green-channel-regime-change.json`, applying for listing (and
    /// committed) on `applied`.
    static func innovative(appliedOn applied: String) throws -> Case {
        var theCase = try CaseFile.decode(Data(contentsOf: examplesDirectory.appendingPathComponent("green-channel-regime-change.json")))
        let date = try CivilDate(iso8601: applied)
        theCase.product.approvalDate = try CivilDate(iso8601: "2025-12-01")
        theCase.commitments = [Commitment(kind: .listingSelfCommitment, date: date)]
        theCase.procurementHistory = [ProcurementEvent(date: date, status: .listingApplication)]
        theCase.round = ProcurementRound(kind: .listing, name: "北京市创新药绿色通道", applicationDate: date)
        return theCase
    }

    static func json(_ value: some Encodable) throws -> Data { try CaseFile.encode(value, pretty: false) }

    static func object(_ data: Data) throws -> Any { try JSONSerialization.jsonObject(with: data) }

    /// Decodes `data` as `T` through ``CaseFile`` and returns the error, or `nil` if it decoded.
    static func failure<T: Decodable>(_ type: T.Type, _ data: Data) -> CaseFileError? {
        do {
            _ = try CaseFile.decode(type, from: data)
            return nil
        } catch {
            return error
        }
    }

    /// A screening failure read from its JSON (the type has no public memberwise initialiser).
    static func failure(_ json: String) throws -> ScreeningFailure {
        try CaseFile.decode(ScreeningFailure.self, from: Data(json.utf8))
    }

    // MARK: Round trips

    @Test func everyDecisionTheLibraryWritesReadsBackEqual() throws {
        #expect(Self.examples().count == 38, "every example of expected-decisions.json is read")
        #expect(Self.decisions.count > 1_000)
        #expect(Self.decisions.contains { $0.trace != nil } && Self.decisions.contains { $0.trace == nil })
        #expect(Self.decisions.contains { $0.hasUnknownDate })
        #expect(Self.decisions.contains { $0.disposition.blockingPatent != nil })
        #expect(Self.decisions.contains { !$0.conflicts.isEmpty })
        let plain = JSONDecoder()
        for decision in Self.decisions {
            let data = try Self.json(decision)
            #expect(try CaseFile.decode(Decision.self, from: data) == decision)
            #expect(try plain.decode(Decision.self, from: data) == decision)
            let verdict = Verdict(decision)
            #expect(try plain.decode(Verdict.self, from: Self.json(verdict)) == verdict)
            let line = ScreenedLine(line: 7, decision: decision, error: nil)
            #expect(try plain.decode(ScreenedLine.self, from: Self.json(line)) == line)
            let verdictLine = ScreenedVerdict(line: 7, verdict: verdict, error: nil)
            #expect(try plain.decode(ScreenedVerdict.self, from: Self.json(verdictLine)) == verdictLine)
        }
    }

    @Test func screeningOutputReadsBackEqual() throws {
        let failure = try Self.failure(#"{"stage":"validation","caseID":"c-1","problems":[{"path":"patents[0].grantDate","code":"dateOrder","message":"before the filing date"}]}"#)
        let line = ScreenedLine(line: 3, decision: nil, error: failure)
        #expect(try CaseFile.decode(ScreenedLine.self, from: Self.json(line)) == line)
        var summary = ScreeningSummary(decidedBy: Self.evaluator)
        for decision in Self.decisions.prefix(50) { summary.record(decision) }
        summary.record(failure)
        #expect(try CaseFile.decode(ScreeningSummary.self, from: Self.json(summary)) == summary)
        var horizon = HorizonSummary(through: try CivilDate(year: 2027, month: 3, day: 31))
        let facts = try #require(Scenarios.all.first { $0.name == "green-channel-due" } ?? Scenarios.all.first)
        let timeline = try Self.evaluator.timeline(facts.facts, from: facts.asOf, through: facts.asOf.adding(days: 400))
        if let change = timeline.segments.dropFirst().first?.change {
            horizon.record(change)
            let horizonLine = ScreenedHorizonLine(line: 1, decision: timeline.segments[0].decision, error: nil, nextChange: change)
            #expect(try CaseFile.decode(ScreenedHorizonLine.self, from: Self.json(horizonLine)) == horizonLine)
        }
        #expect(try CaseFile.decode(HorizonSummary.self, from: Self.json(horizon)) == horizon)
        #expect(try CaseFile.decode(Timeline.self, from: Self.json(timeline)) == timeline)
    }

    // MARK: Unknown keys

    /// A JSON path in the library's form (`obligations[0].dueRule`) and its shape
    /// (`obligations[].dueRule`).
    struct Site: Hashable {
        var path: [PathStep]
        var shape: String {
            path.map { step in
                switch step {
                case .key(let key): "." + key
                case .index: "[]"
                }
            }.joined().trimmingPrefix(".").description
        }
        var text: String {
            path.map { step in
                switch step {
                case .key(let key): "." + key
                case .index(let index): "[\(index)]"
                }
            }.joined().trimmingPrefix(".").description
        }
    }

    enum PathStep: Hashable {
        case key(String)
        case index(Int)
    }

    /// Every object in `value`, by path.
    static func objects(in value: Any, at path: [PathStep] = []) -> [Site] {
        if let object = value as? [String: Any] {
            return [Site(path: path)] + object.keys.sorted().flatMap { objects(in: object[$0] as Any, at: path + [.key($0)]) }
        }
        if let array = value as? [Any] {
            return array.indices.flatMap { objects(in: array[$0], at: path + [.index($0)]) }
        }
        return []
    }

    /// `value` with `edit` applied to the object at `path`.
    static func editing(_ value: Any, at path: ArraySlice<PathStep>, _ edit: (inout [String: Any]) -> Void) -> Any {
        guard let step = path.first else {
            guard var object = value as? [String: Any] else { return value }
            edit(&object)
            return object
        }
        switch step {
        case .key(let key):
            guard var object = value as? [String: Any], let inner = object[key] else { return value }
            object[key] = editing(inner, at: path.dropFirst(), edit)
            return object
        case .index(let index):
            guard var array = value as? [Any], array.indices.contains(index) else { return value }
            array[index] = editing(array[index], at: path.dropFirst(), edit)
            return array
        }
    }

    /// The object shapes every nested type of a decision appears under.
    static let requiredShapes: Set<String> = [
        "", "regime", "disposition", "disposition.blockingPatent", "disposition.unknownDate",
        "disposition.unknownDate.expression", "disposition.unknownDate.expression.offset",
        "concurrentDispositions[]", "supersededDispositions[]", "obligations[]", "obligations[].action",
        "obligations[].dueRule", "obligations[].dueRule.offset", "consequences[]", "flags[]", "conflicts[]",
        "trace", "trace.facts[]", "trace.fired[]", "trace.fired[].facts[]", "trace.notFired[]", "trace.notFired[].failure",
    ]

    @Test func anUnknownKeyInAnyPartOfADecisionIsRefusedAtItsPath() throws {
        var tried: Set<String> = []
        for decision in Self.decisions {
            let original = try Self.object(Self.json(decision))
            for site in Self.objects(in: original) where !tried.contains(site.shape) {
                tried.insert(site.shape)
                let edited = Self.editing(original, at: site.path[...]) { $0["storedBy"] = "platform" }
                let data = try JSONSerialization.data(withJSONObject: edited)
                let error = try #require(Self.failure(Decision.self, data), "an unknown key at \(site.text) was read")
                let expected = site.text.isEmpty ? "storedBy" : site.text + ".storedBy"
                #expect(error.code == .unknownKey, "\(site.text): \(error)")
                #expect(error.path == expected, "\(site.text): \(error)")
                // The escape hatch reads it, as the decision that was written.
                let lenient = JSONDecoder()
                lenient.userInfo = Decision.userInfo(for: .allowingUnknownKeys)
                #expect(try lenient.decode(Decision.self, from: data) == decision, "\(site.text)")
                #expect(try CaseFile.decode(Decision.self, from: data, options: .allowingUnknownKeys) == decision)
            }
        }
        #expect(Self.requiredShapes.subtracting(tried).isEmpty, "never tried: \(Self.requiredShapes.subtracting(tried).sorted())")
    }

    @Test func aMisspeltKeyIsNamedWithTheKeyItMisspells() throws {
        let decision = try #require(Self.decisions.first { $0.trace != nil && !$0.obligations.isEmpty })
        let original = try Self.object(Self.json(decision))
        // A required key misspelt is the misspelling, not a missing key.
        let required = Self.editing(original, at: [.key("obligations"), .index(0)][...]) { object in
            object["rulez"] = object.removeValue(forKey: "rules")
        }
        let error = try #require(Self.failure(Decision.self, JSONSerialization.data(withJSONObject: required)))
        #expect(error.code == .unknownKey)
        #expect(error.path == "obligations[0].rulez")
        #expect(error.message.contains("did you mean \"rules\""), "\(error.message)")
        // The message the documentation shows.
        let documented = Self.editing(original, at: [.key("obligations"), .index(0)][...]) { object in
            object["modalty"] = object.removeValue(forKey: "modality")
        }
        #expect(Self.failure(Decision.self, try JSONSerialization.data(withJSONObject: documented))?.description
            == #"obligations[0].modalty: unknown key "modalty" (did you mean "modality"?)"#)
        // An optional key misspelt is reported with the key the type knows.
        let optional = Self.editing(original, at: [.key("disposition")][...]) { $0["dat"] = "2026-01-01" }
        let other = try #require(Self.failure(Decision.self, JSONSerialization.data(withJSONObject: optional)))
        #expect(other.path == "disposition.dat")
        #expect(other.message.contains("did you mean \"date\""), "\(other.message)")
        // At the top level too, and with a plain JSONDecoder.
        let top = Self.editing(original, at: [][...]) { $0["caseId"] = $0.removeValue(forKey: "caseID") }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Decision.self, from: JSONSerialization.data(withJSONObject: top)) }
        #expect(Self.failure(Decision.self, try JSONSerialization.data(withJSONObject: top))?.path == "caseId")
    }

    @Test func verdictsScreenedLinesAndSummariesRefuseUnknownKeysToo() throws {
        let decision = try #require(Self.decisions.first { $0.disposition.date != nil })
        let failure = try Self.failure(#"{"stage":"decoding","problems":[{"path":"","code":"malformedJSON","message":"not JSON"}]}"#)
        var summary = ScreeningSummary(decidedBy: Self.evaluator)
        summary.record(decision)
        let cases: [(Data, [PathStep], (Data) -> CaseFileError?)] = [
            (try Self.json(Verdict(decision)), [], { Self.failure(Verdict.self, $0) }),
            (try Self.json(ScreenedLine(line: 1, decision: decision, error: nil)), [], { Self.failure(ScreenedLine.self, $0) }),
            (try Self.json(ScreenedLine(line: 1, decision: decision, error: nil)), [.key("decision"), .key("disposition")],
             { Self.failure(ScreenedLine.self, $0) }),
            (try Self.json(ScreenedLine(line: 2, decision: nil, error: failure)), [.key("error")], { Self.failure(ScreenedLine.self, $0) }),
            (try Self.json(ScreenedLine(line: 2, decision: nil, error: failure)), [.key("error"), .key("problems"), .index(0)],
             { Self.failure(ScreenedLine.self, $0) }),
            (try Self.json(ScreenedVerdict(line: 1, verdict: Verdict(decision), error: nil)), [.key("verdict")],
             { Self.failure(ScreenedVerdict.self, $0) }),
            (try Self.json(ScreenedVerdict(line: 2, verdict: nil, error: failure)), [], { Self.failure(ScreenedVerdict.self, $0) }),
            (try Self.json(failure), [], { Self.failure(ScreeningFailure.self, $0) }),
            (try Self.json(summary), [], { Self.failure(ScreeningSummary.self, $0) }),
            (try Self.json(HorizonSummary(through: decision.asOf)), [], { Self.failure(HorizonSummary.self, $0) }),
            (try Self.json(ScreenedHorizonLine(line: 1, decision: decision, error: nil, nextChange: nil)), [.key("decision")],
             { Self.failure(ScreenedHorizonLine.self, $0) }),
        ]
        for (data, path, decode) in cases {
            #expect(decode(data) == nil, "the record as written is read")
            let edited = Self.editing(try Self.object(data), at: path[...]) { $0["extra"] = 1 }
            let error = decode(try JSONSerialization.data(withJSONObject: edited))
            let site = Site(path: path).text
            #expect(error?.code == .unknownKey, "\(site)")
            #expect(error?.path == (site.isEmpty ? "extra" : site + ".extra"), "\(String(describing: error))")
        }
    }

    @Test func aDecisionInsideAStoredTimelineIsReadAsStrictly() throws {
        let scenario = try #require(Scenarios.all.first { !$0.facts.opinionRequests.isEmpty })
        let timeline = try Self.evaluator.timeline(scenario.facts, from: scenario.asOf, through: scenario.asOf.adding(days: 90))
        let edited = Self.editing(try Self.object(Self.json(timeline)), at: [.key("segments"), .index(0), .key("decision"), .key("regime")][...]) {
            $0["note"] = "x"
        }
        let data = try JSONSerialization.data(withJSONObject: edited)
        let error = try #require(Self.failure(Timeline.self, data))
        #expect(error.code == .unknownKey)
        #expect(error.path == "segments[0].decision.regime.note")
        #expect(try CaseFile.decode(Timeline.self, from: data, options: .allowingUnknownKeys) == timeline)
    }

    // MARK: Audit fields

    @Test func theAuditFieldsAreReadExactly() throws {
        let decision = try #require(Self.decisions.first)
        let original = try Self.object(Self.json(decision))
        func error(_ key: String, _ value: Any) throws -> CaseFileError? {
            let edited = Self.editing(original, at: [][...]) { $0[key] = value }
            return Self.failure(Decision.self, try JSONSerialization.data(withJSONObject: edited))
        }
        let digest = decision.ruleSetDigest
        for bad in ["", "sha256:", "sha1:" + digest.dropFirst(7), digest.uppercased(), String(digest.dropLast()), digest + "0"] {
            #expect(try error("ruleSetDigest", bad)?.path == "ruleSetDigest", "\(bad)")
        }
        #expect(try error("ruleSetDigest", Evaluator(rules: RuleSet([])).ruleSetDigest) == nil, "another rule set's digest is a digest")
        #expect(try error("schemaVersion", 2)?.path == "schemaVersion")
        let inexact = try #require(try String(data: Self.json(decision), encoding: .utf8))
            .replacingOccurrences(of: #""schemaVersion":1"#, with: #""schemaVersion":1.0"#)
        let refused = Self.failure(Decision.self, Data(inexact.utf8))
        #expect(refused?.code == .numberOutOfRange)
        #expect(refused?.path == "schemaVersion")
        #expect(try error("libraryVersion", 1)?.path == "libraryVersion")
        // Null and wrong types inside are reported as before, at their paths.
        let null = try error("regime", NSNull())
        #expect(null?.code == .nullValue && null?.path == "regime", "\(String(describing: null))")
        let wrong = try error("disposition", "admit")
        #expect(wrong?.code == .wrongType && wrong?.path == "disposition", "\(String(describing: wrong))")
        // An integer of a nested type is read exactly too.
        let blocked = try #require(Self.decisions.first { $0.disposition.blockingPatent != nil })
        let text = try #require(try String(data: Self.json(blocked), encoding: .utf8))
        #expect(text.contains(#""statutoryYears":20"#))
        let rounded = Self.failure(Decision.self, Data(text.replacingOccurrences(of: #""statutoryYears":20"#, with: #""statutoryYears":20.0"#).utf8))
        #expect(rounded?.code == .numberOutOfRange)
        #expect(rounded?.path == "disposition.blockingPatent.statutoryYears")
    }
}
