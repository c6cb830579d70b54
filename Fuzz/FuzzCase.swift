// libFuzzer entry point for MedIPPolicy: bytes → case JSON → validate → evaluate → encode.
//
// Compiled by Fuzz/run.sh together with the library sources into one module (so it is not a
// SwiftPM target and needs no `main`). Every invariant that fails calls `fail(_:)`, which
// prints the reason and traps, so libFuzzer records the input as a crash.
//
// Invariants checked on every input:
// 1. Nothing traps: decoding, validation, evaluation and encoding of any bytes return or throw.
// 2. A decoded case re-encodes (compact, sorted keys) and re-decodes to an equal case, and the
//    re-encoding of that is byte-identical (unless the first encoding exceeds the size limit,
//    which the defaults written out can make it do).
// 3. Evaluation of a case with no error-severity issue never throws, except a CalendarError
//    for a year the working-day calendar does not cover; evaluation of an invalid case throws
//    `invalidCase` with exactly its error-severity issues.
// 4. Evaluation is deterministic: the same case and date give byte-identical decision JSON,
//    and the decision JSON decodes to an equal Decision.
// 5. The other bounded readers (RuleSet.decode, YearSchedule.parseCSV, Observation.parseCSV)
//    return or throw on the same bytes.

@_cdecl("LLVMFuzzerTestOneInput")
public func medipFuzzTestOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes: [UInt8] = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    FuzzCase.run(Data(bytes))
    return 0
}

enum FuzzCase {
    static let evaluator = Evaluator()

    /// Fixed as-of dates: before any document, inside each regime, and past the covered years.
    static let dates: [CivilDate] = [
        CivilDate(uncheckedYear: 2019, month: 1, day: 1),
        CivilDate(uncheckedYear: 2023, month: 6, day: 15),
        CivilDate(uncheckedYear: 2026, month: 4, day: 1),
        CivilDate(uncheckedYear: 2026, month: 11, day: 23),
        CivilDate(uncheckedYear: 2031, month: 1, day: 1),
    ]

    static func fail(_ message: String) -> Never {
        // A trap, not a Swift error: libFuzzer catches the signal and saves the input.
        fatalError("FUZZ INVARIANT VIOLATED: \(message)")
    }

    static func run(_ data: Data) {
        otherReaders(data)
        let theCase: Case
        do {
            theCase = try CaseFile.decode(data)
        } catch {
            // Every decoding failure carries a code from the documented list.
            if !CaseFileError.Code.all.contains(error.code) { fail("undocumented code \(error.code)") }
            return
        }
        roundTrip(theCase)
        let issues = theCase.validate()
        let errors = issues.filter { $0.severity == .error }
        for date in dates {
            evaluate(theCase, on: date, errors: errors)
        }
    }

    static func roundTrip(_ theCase: Case) {
        let first: Data
        do { first = try CaseFile.encode(theCase, pretty: false) } catch { fail("cannot encode a decoded case: \(error)") }
        let again: Case
        do { again = try CaseFile.decode(first) } catch {
            if error.code == .tooLarge && first.count > CaseFile.maxBytes { return }
            fail("re-decoding failed: \(error)\n\(String(decoding: first, as: UTF8.self))")
        }
        if again != theCase { fail("round trip changed the case:\n\(String(decoding: first, as: UTF8.self))") }
        let second: Data
        do { second = try CaseFile.encode(again, pretty: false) } catch { fail("cannot re-encode: \(error)") }
        if second != first { fail("re-encoding is not byte-identical") }
    }

    static func evaluate(_ theCase: Case, on date: CivilDate, errors: [ValidationIssue]) {
        let decision: Decision
        do {
            decision = try evaluator.evaluate(theCase, asOf: date)
        } catch {
            if !errors.isEmpty {
                if error.issues != errors { fail("invalidCase issues differ from validate()") }
                return
            }
            guard let calendarError = error.calendarError, case .yearNotCovered = calendarError else {
                fail("a valid case failed to evaluate on \(date): \(error)")
            }
            return
        }
        if !errors.isEmpty { fail("an invalid case was evaluated: \(errors)") }
        let encoded: Data
        do { encoded = try CaseFile.encode(decision, pretty: false) } catch { fail("cannot encode a decision: \(error)") }
        do {
            let repeated = try evaluator.evaluate(theCase, asOf: date)
            let reencoded = try CaseFile.encode(repeated, pretty: false)
            if reencoded != encoded { fail("evaluation is not deterministic on \(date)") }
        } catch {
            fail("second evaluation threw: \(error)")
        }
        do {
            let decoded = try JSONDecoder().decode(Decision.self, from: encoded)
            if decoded != decision { fail("decision JSON round trip changed the decision") }
        } catch {
            fail("decision JSON does not decode: \(error)")
        }
        _ = decision.explanation(in: .en)
        _ = decision.explanation(in: .zh)
    }

    static func otherReaders(_ data: Data) {
        _ = try? RuleSet.decode(json: data)
        let text = String(decoding: data, as: UTF8.self)
        _ = try? YearSchedule.parseCSV(text)
        _ = try? Observation.parseCSV(text)
    }
}
