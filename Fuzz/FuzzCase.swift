// libFuzzer entry point for MedIPPolicy: bytes → one layer, or the whole pipeline
// (bytes → case JSON → validate → evaluate → encode → screen).
//
// Compiled by Fuzz/run.sh together with the library sources,
// Tests/MedIPPolicyTests/PropertySupport.swift and Tests/MedIPPolicyTests/FuzzTargets.swift
// into one module (so it is not a SwiftPM target and needs no `main`). The environment variable
// MEDIP_FUZZ_TARGET picks the target (`FuzzTarget` in FuzzTargets.swift): `read`, `validate`,
// `evaluate`, `screen` or `pipeline` (the default). The checks live in `FuzzInvariants`, shared
// with FuzzRegressionTests; a violation traps here so libFuzzer records the input as a crash.
//
// Invariants of the pipeline target, checked on every input:
// 1. Nothing traps: decoding, validation, evaluation and encoding of any bytes return or throw.
// 2. A decoded case re-encodes (compact, sorted keys) and re-decodes to an equal case, and the
//    re-encoding of that is byte-identical (unless the first encoding exceeds the size limit,
//    which the defaults written out can make it do).
// 3. Evaluation of a case with no error-severity issue never throws, except a CalendarError
//    for a year the working-day calendar does not cover (a year with no schedule, or, for a
//    due date counted from the last days of 9999, dateOutOfRange); evaluation of an invalid case throws
//    `invalidCase` with exactly its error-severity issues.
// 4. Evaluation is deterministic: the same case and date give byte-identical decision JSON,
//    and the decision JSON decodes to an equal Decision.
// 5. The other bounded readers (RuleSet.decode, YearSchedule.parseCSV, Observation.parseCSV)
//    return or throw on the same bytes.
// 6. Screening the case's JSON line (`Screener.screenJSONLines`) writes exactly what
//    JSONEncoder writes for its decision, and the verdict fast path agrees with the decision.
// The per-layer targets check their layer's part of these (and more: the two readers agree,
// validation's text checks agree with the Unicode properties) — see FuzzTargets.swift.

#if canImport(Glibc)
import Glibc
#endif

/// The target named by MEDIP_FUZZ_TARGET (read once); `nil` when the name is unknown.
private let selectedTarget: FuzzTarget? = {
    guard let name = getenv("MEDIP_FUZZ_TARGET").map({ String(cString: $0) }), !name.isEmpty else { return .pipeline }
    return FuzzTarget(rawValue: name)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func medipFuzzTestOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let target = selectedTarget else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        let message = Array("MEDIP_FUZZ_TARGET must be one of \(names)\n".utf8)
        _ = message.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count) }
        exit(2)
    }
    let bytes: [UInt8] = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    let violations = FuzzInvariants.violations(of: Data(bytes), target: target)
    if let first = violations.first {
        // A trap, not a Swift error: libFuzzer catches the signal and saves the input.
        fatalError("FUZZ INVARIANT VIOLATED: \(first)")
    }
    return 0
}

