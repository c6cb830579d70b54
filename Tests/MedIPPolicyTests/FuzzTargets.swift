// The fuzz targets, one per layer, and the whole pipeline (issue 12 part 7). Compiled into the
// libFuzzer binary by Fuzz/run.sh (which picks one with MEDIP_FUZZ_TARGET) and into the tests,
// where FuzzRegressionTests replays the committed corpus through every target. The layers use
// the library's public API only (`CaseFile`, `Case.validate()`, `Evaluator`, `Screener`), so a
// change of the readers' internals does not break them.
#if !MEDIP_FUZZ
import Foundation
import MedIPPolicy
#endif

/// A fuzz target: which layer the input bytes are fed to.
enum FuzzTarget: String, CaseIterable, Sendable {
    /// The case readers: `CaseFile.decodeLine` (the fast reader) and `CaseFile.decode`
    /// (JSONDecoder) read the same case, errors have documented codes and messages, and a case
    /// read is written and read back unchanged. (The other bounded readers are fed by
    /// ``pipeline``.)
    case read
    /// Validation: of a case read from the bytes (inputs starting with `{`), or generated from
    /// them with text fields set from the bytes (any other input). Documented codes with paths
    /// and messages free of control and format characters, and the text checks agree with the
    /// Unicode properties.
    case validate
    /// Evaluation of a case read or generated from the bytes on one of the fixed dates chosen
    /// by the input: invariants 3 and 4 of FuzzCase.swift.
    case evaluate
    /// One screened line: the bytes as a JSON line through `Screener.screenJSONLines`, in
    /// decision and verdict form, against direct decoding and evaluation.
    case screen
    /// Every layer on every date (FuzzCase.swift's invariants 1–6).
    case pipeline
}

extension FuzzInvariants {
    /// Runs the checks of `target` on `data` and returns what failed.
    static func violations(of data: Data, target: FuzzTarget) -> [String] {
        var checker = FuzzInvariants()
        switch target {
        case .read: checker.checkReading(data)
        case .validate: checker.checkValidation(data)
        case .evaluate: checker.checkEvaluation(data)
        case .screen: checker.checkScreenedLine(data)
        case .pipeline: checker.run(data)
        }
        return checker.violations
    }

    /// The case of an input in generator mode (first byte `0xF5`: an 8-byte seed, then up to
    /// 16 bytes choosing extreme values), or `nil` for any other input.
    static func generatedCase(_ data: Data) -> Case? {
        guard data.first == 0xF5 else { return nil }
        var seed: UInt64 = 0
        for byte in data.dropFirst().prefix(8) { seed = seed << 8 | UInt64(byte) }
        var generator = CaseGenerator(seed: seed)
        var generated = generator.makeCase()
        generator.applyExtremes(to: &generated, choosing: data.dropFirst(9))
        return generated
    }

    /// The case the bytes stand for: generated (``generatedCase(_:)``) or read by the fast
    /// reader; `nil` when they are not a case file.
    static func someCase(_ data: Data) -> Case? {
        if let generated = generatedCase(data) { return generated }
        return try? CaseFile.decodeLine(Array(data)[...])
    }

    // MARK: Reading

    /// The fast reader's answer is taken first: when it reads a case, `JSONDecoder` must read
    /// the same; when it throws, its error is `CaseFile.decode`'s by construction (it hands every
    /// failure to it), so `JSONDecoder` runs once per input either way.
    mutating func checkReading(_ data: Data) {
        let read: Case
        do {
            read = try CaseFile.decodeLine(Array(data)[...])
        } catch {
            if !CaseFileError.Code.all.contains(error.code) { fail("undocumented code \(error.code)") }
            if error.message.isEmpty { fail("an error without a message at \(error.path)") }
            return
        }
        do {
            if try CaseFile.decode(data) != read { fail("the fast reader read another case than JSONDecoder") }
        } catch {
            return fail("only the fast reader read the case; JSONDecoder threw \(error)")
        }
        // What is read is written and read back (the full byte-identity check is the pipeline's).
        guard let written = try? CaseFile.encode(read, pretty: false) else { return fail("cannot encode a decoded case") }
        do {
            if try CaseFile.decodeLine(Array(written)[...]) != read { fail("round trip changed the case") }
        } catch {
            if error.code != .tooLarge || written.count <= CaseFile.maxBytes { fail("re-reading failed: \(error)") }
        }
    }

    // MARK: Validation

    /// The required texts validation checks, with their paths.
    static func requiredTexts(_ theCase: Case) -> [(String, String)] {
        var texts = [
            ("id", theCase.id), ("enterprise.name", theCase.enterprise.name), ("product.id", theCase.product.id),
            ("product.name", theCase.product.name),
            ("product.marketingAuthorisationHolder", theCase.product.marketingAuthorisationHolder),
        ]
        for (index, item) in theCase.declarations.enumerated() { texts.append(("declarations[\(index)].declarant", item.declarant)) }
        for (index, item) in theCase.objections.enumerated() {
            texts.append(("objections[\(index)].id", item.id))
            texts.append(("objections[\(index)].objector", item.objector))
        }
        for (index, item) in theCase.opinionRequests.enumerated() { texts.append(("opinionRequests[\(index)].id", item.id)) }
        for (index, item) in theCase.disputes.enumerated() {
            texts.append(("disputes[\(index)].id", item.id))
            texts.append(("disputes[\(index)].claimant", item.claimant))
            texts.append(("disputes[\(index)].respondent", item.respondent))
        }
        for (index, item) in theCase.rulings.enumerated() { texts.append(("rulings[\(index)].id", item.id)) }
        for (index, item) in theCase.creditEvents.enumerated() { texts.append(("creditEvents[\(index)].authority", item.authority)) }
        if let round = theCase.round { texts.append(("round.name", round.name)) }
        return texts
    }

    /// The text code a required text deserves, from the Unicode properties themselves (the
    /// validator decides it from byte and scalar tables).
    static func expectedTextCode(_ text: String) -> ValidationCode? {
        let scalars = text.unicodeScalars
        if scalars.contains(where: { $0.properties.generalCategory == .control }) { return .controlCharacter }
        if text.allSatisfy(\.isWhitespace) { return .emptyText }
        if scalars.allSatisfy({ $0.properties.isWhitespace || $0.properties.generalCategory == .format }) { return .invisibleText }
        return nil
    }

    /// Sets text fields of a generated case from the bytes after its first 25: chunks separated
    /// by `0xFF`, each a field selector byte and the text's UTF-8 (repaired where invalid).
    static func applyTexts(to theCase: inout Case, from data: Data) {
        for chunk in data.dropFirst(25).split(separator: 0xFF, omittingEmptySubsequences: true).prefix(12) {
            let text = String(decoding: chunk.dropFirst(), as: UTF8.self)
            switch (chunk.first ?? 0) % 10 {
            case 0: theCase.id = text
            case 1: theCase.enterprise.name = text
            case 2: theCase.product.id = text
            case 3: theCase.product.name = text
            case 4: theCase.product.marketingAuthorisationHolder = text
            case 5 where !theCase.declarations.isEmpty: theCase.declarations[0].declarant = text
            case 6 where !theCase.objections.isEmpty: theCase.objections[0].objector = text
            case 7 where !theCase.disputes.isEmpty: theCase.disputes[0].respondent = text
            case 8 where !theCase.creditEvents.isEmpty: theCase.creditEvents[0].authority = text
            default: theCase.round = ProcurementRound(kind: .listing, name: text, applicationDate: theCase.round?.applicationDate)
            }
        }
    }

    /// An input starting with `{` is a case file (read by the fast reader); any other is read
    /// as generator bytes (``generatedCase(_:)``, whatever its first byte) with text fields set
    /// from the rest, so that nearly every input reaches validation.
    mutating func checkValidation(_ data: Data) {
        var theCase: Case
        if data.first == UInt8(ascii: "{") {
            guard let read = try? CaseFile.decodeLine(Array(data)[...]) else { return }
            theCase = read
        } else {
            var bytes = data
            if bytes.first != 0xF5 { bytes.insert(0xF5, at: bytes.startIndex) }
            guard let generated = Self.generatedCase(bytes) else { return }
            theCase = generated
            Self.applyTexts(to: &theCase, from: bytes)
        }
        let issues = theCase.validate()
        for issue in issues {
            if !ValidationCode.all.contains(issue.code) { fail("undocumented validation code \(issue.code)") }
            if issue.path.isEmpty || issue.message.en.isEmpty || issue.message.zh.isEmpty {
                fail("an issue without a path or message: \(issue.code)")
            }
            let hidden = (issue.message.en + issue.message.zh).unicodeScalars.first {
                $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
            }
            if let hidden { fail("the message of \(issue.code) at \(issue.path) holds U+\(String(hidden.value, radix: 16))") }
        }
        let textCodes: Set<ValidationCode> = [.emptyText, .controlCharacter, .invisibleText]
        for (path, text) in Self.requiredTexts(theCase) {
            let found = issues.filter { $0.path == path && textCodes.contains($0.code) }.map(\.code)
            let expected = Self.expectedTextCode(text).map { [$0] } ?? []
            if found != expected { fail("\(path) \(text.debugDescription): validation says \(found), the properties \(expected)") }
        }
    }

    // MARK: Evaluation

    mutating func checkEvaluation(_ data: Data) {
        guard let theCase = Self.someCase(data) else { return }
        let errors = theCase.validate().filter { $0.severity == .error }
        let date = Self.dates[Int(data.last ?? 0) % Self.dates.count]
        evaluate(theCase, on: date, errors: errors)
    }

    // MARK: One screened line

    mutating func checkScreenedLine(_ data: Data) {
        let line: [UInt8]
        if let generated = Self.generatedCase(data) {
            guard let json = try? CaseFile.encode(generated, pretty: false) else { return fail("cannot encode a generated case") }
            line = Array(json)
        } else {
            line = Array(data)
        }
        let date = Self.dates[3]
        let screener = Screener(evaluator: Self.evaluator, asOf: date, jobs: 1)
        func screened(_ output: Screener.LineOutput) -> [UInt8]? {
            var pending: ArraySlice<UInt8>? = line[...]
            var written: [UInt8] = []
            do {
                let summary = try screener.screenJSONLines(
                    output: output, readLine: { defer { pending = nil }; return pending }, write: { written += $0 })
                if summary.ruleSetDigest != Self.evaluator.ruleSetDigest { fail("the summary does not name the rule set") }
            } catch {
                fail("screening threw: \(error)")
                return nil
            }
            return written
        }
        guard let decisionLine = screened(.decisions), let verdictLine = screened(.verdicts) else { return }
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
            if !decisionLine.isEmpty || !verdictLine.isEmpty { fail("a blank line was screened") }
            return
        }
        // The reference: JSONDecoder's reading and direct evaluation, written by JSONEncoder. A
        // failure is the screener's own single-line answer, checked against the direct one.
        let single = screener.screen(json: line[...])
        switch Result(catching: { () throws(CaseFileError) in try CaseFile.decode(Data(line)) }) {
        case .success(let facts):
            switch (Result(catching: { () throws(EvaluationError) in try Self.evaluator.evaluate(facts, asOf: date, detail: .summary) }), single) {
            case (.success(let decision), .success(let screened)):
                if screened != decision { fail("screening decided otherwise than direct evaluation") }
            case (.failure(let error), .failure(let failure)):
                let stage: ScreeningFailure.Stage = error.issues.isEmpty ? .evaluation : .validation
                if failure.stage != stage || failure.caseID != facts.id { fail("screening failed at \(failure.stage), evaluation with \(error)") }
                if !error.issues.isEmpty && failure.problems.map(\.path) != error.issues.map(\.path) { fail("screening reported other problems") }
            case (.success, .failure(let failure)):
                fail("screening failed (\(failure.stage)) where direct evaluation decided")
            case (.failure(let error), .success):
                fail("screening decided where direct evaluation threw \(error)")
            }
        case .failure(let error):
            guard case .failure(let failure) = single else { return fail("screening decided a line JSONDecoder cannot read") }
            if failure.stage != .decoding || failure.problems.map(\.code) != [error.code.rawValue]
                || failure.problems.first?.path != error.path || failure.problems.first?.message != error.message {
                fail("screening reported another decoding failure than JSONDecoder's \(error)")
            }
        }
        let expected: ScreenedLine
        let expectedVerdict: ScreenedVerdict
        switch single {
        case .success(let decision):
            expected = ScreenedLine(line: 1, decision: decision, error: nil)
            expectedVerdict = ScreenedVerdict(line: 1, verdict: Verdict(decision), error: nil)
        case .failure(let failure):
            expected = ScreenedLine(line: 1, decision: nil, error: failure)
            expectedVerdict = ScreenedVerdict(line: 1, verdict: nil, error: failure)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let reference = try? encoder.encode(expected), let verdictReference = try? encoder.encode(expectedVerdict) else {
            return fail("cannot encode the reference line")
        }
        if decisionLine != Array(reference) + [0x0A] { fail("the screened line differs from JSONEncoder's for direct evaluation") }
        // A decision can fail on an obligation's due date in a year without a schedule while the
        // verdict, which has no obligations, is still decided: only then may the lines differ.
        if case .failure(let failure) = single, failure.stage == .evaluation { return }
        if verdictLine != Array(verdictReference) + [0x0A] { fail("the verdict line differs from the decision's verdict") }
    }
}
