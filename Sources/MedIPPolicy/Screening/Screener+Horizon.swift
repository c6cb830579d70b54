#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// How far ahead a screening looks for changes (early warning, 预警): each decided case also
/// gets its next change on or before ``through`` (``Evaluator/timeline(_:from:through:)``).
public struct ScreeningHorizon: Sendable, Hashable, Codable {
    /// The last day looked at (inclusive); on or after the screener's as-of date.
    public var through: CivilDate
    /// Whether only the cases whose decision changes within the horizon are written (failed
    /// cases are always written: they need attention too).
    public var changesOnly: Bool

    /// Creates a horizon.
    public init(through: CivilDate, changesOnly: Bool = false) {
        self.through = through
        self.changesOnly = changesOnly
    }
}

/// One screened line with a horizon: the ``ScreenedLine`` fields plus the case's next change
/// within the horizon, if any.
///
/// JSON form: `{"decision": {…}, "line": 7, "nextChange": {"date": …, "aspects": […],
/// "causes": […], …}}`; the decision is written exactly as without a horizon.
public struct ScreenedHorizonLine: Sendable, Hashable, Codable {
    /// The 1-based line number in the input.
    public var line: Int
    /// The decision on the as-of date, when the case was decided.
    public var decision: Decision?
    /// The failure, when it was not.
    public var error: ScreeningFailure?
    /// The first change after the as-of date and on or before the horizon; `nil` when the
    /// decision stays as it is (or the case failed).
    public var nextChange: TimelineChange?

    /// Creates a line record.
    public init(line: Int, decision: Decision?, error: ScreeningFailure?, nextChange: TimelineChange?) {
        self.line = line
        self.decision = decision
        self.error = error
        self.nextChange = nextChange
    }
}

/// What a horizon screening found ahead: how many decided cases change within the horizon,
/// counted by the kind of their next change (``TimelineChange/kindKey``) and by its month.
public struct HorizonSummary: Sendable, Hashable, Codable {
    /// The horizon's last day.
    public var through: CivilDate
    /// Decided cases whose decision changes within the horizon.
    public var changing: Int
    /// Those cases by the kind of their next change, e.g. `deferUntil→ordinaryProcedure`, `overdue`.
    public var byKind: [String: Int]
    /// Those cases by the month (`YYYY-MM`) of their next change.
    public var byMonth: [String: Int]

    /// An empty summary for a horizon.
    public init(through: CivilDate) {
        self.through = through
        changing = 0
        byKind = [:]
        byMonth = [:]
    }

    /// Counts one case's next change.
    public mutating func record(_ change: TimelineChange) {
        changing += 1
        byKind[change.kindKey, default: 0] += 1
        byMonth[String(change.date.description.prefix(7)), default: 0] += 1
    }

    /// Adds the counts of another summary of the same horizon (one pipeline run's).
    mutating func add(_ other: HorizonSummary) {
        changing += other.changing
        byKind.merge(other.byKind, uniquingKeysWith: +)
        byMonth.merge(other.byMonth, uniquingKeysWith: +)
    }
}

extension TimelineChange {
    /// A short key for counting changes: `before→after` when the disposition changes (e.g.
    /// `deferUntil→ordinaryProcedure`), otherwise `overdue` when an obligation becomes
    /// overdue, otherwise the first aspect (e.g. `regime`, `flags`).
    public var kindKey: String {
        if aspects.contains(.disposition) { return dispositionBefore.rawValue + "→" + dispositionAfter.rawValue }
        if aspects.contains(.overdue) { return TimelineAspect.overdue.rawValue }
        return aspects.first?.rawValue ?? "none"
    }
}

extension Screener {
    /// Decides one case on the as-of date and finds its next change on or before `horizon`.
    public func screen(_ facts: Case, through horizon: CivilDate) -> Result<(Decision, TimelineChange?), ScreeningFailure> {
        var scratch = Resolution()
        return screen(facts, through: horizon, scratch: &scratch)
    }

    /// ``screen(_:through:)``, the timeline's evaluations resolving into `scratch` (the
    /// screening worker's).
    func screen(_ facts: Case, through horizon: CivilDate, scratch: inout Resolution) -> Result<(Decision, TimelineChange?), ScreeningFailure> {
        do {
            guard horizon > asOf else { return .success((try evaluator.evaluate(facts, asOf: asOf, detail: detail), nil)) }
            try evaluator.requireValid(facts)
            let timeline = try evaluator.timelineValidated(facts, from: asOf, through: horizon, scratch: &scratch)
            // The first segment already holds the decision on the as-of date in summary detail;
            // only a fuller detail (a trace) decides that date again.
            let decision: Decision
            if detail == .summary, let first = timeline.segments.first {
                decision = first.decision
            } else {
                decision = try evaluator.evaluateValidated(facts, asOf: asOf, detail: detail)
            }
            return .success((decision, timeline.changes.first))
        } catch {
            return .failure(ScreeningFailure(error, caseID: facts.id))
        }
    }

    /// Screens JSON Lines as ``screenJSONLines(readLine:write:progress:)`` does, each decided
    /// line also carrying its next change within `horizon` (a ``ScreenedHorizonLine``); with
    /// ``ScreeningHorizon/changesOnly`` only the lines whose decision changes (and failures)
    /// are written. The lines run through the same ordered pipeline on ``jobs`` workers, with the
    /// same bounded memory (``batchSize``), and are written in input order.
    ///
    /// - Returns: the counts over all lines (every decided case, written or not) and what lies
    ///   ahead.
    public func screenJSONLines(
        horizon: ScreeningHorizon,
        readLine: () throws -> ArraySlice<UInt8>?,
        write: ([UInt8]) throws -> Void,
        progress: (Int) -> Void = { _ in }
    ) throws -> (summary: ScreeningSummary, ahead: HorizonSummary) {
        try withoutActuallyEscaping(readLine) { readLine in
            try screenJSONLines(horizon: horizon, input: .lines(readLine), write: write) { lines, _ in progress(lines) }
        }
    }

    /// Screens JSON Lines with a horizon as ``screenJSONLines(horizon:readLine:write:progress:)``
    /// does, taking the input in runs from `runs`, as
    /// ``screenJSONLines(output:runs:write:progress:)`` does.
    package func screenJSONLines(
        horizon: ScreeningHorizon,
        runs: some LineRunSource,
        write: ([UInt8]) throws -> Void,
        progress: (_ lines: Int, _ bytes: Int) -> Void
    ) throws -> (summary: ScreeningSummary, ahead: HorizonSummary) {
        try screenJSONLines(horizon: horizon, input: .runs(runs), write: write, progress: progress)
    }

    /// The horizon screening of both input forms.
    func screenJSONLines(
        horizon: ScreeningHorizon,
        input: PipelineInput,
        write: ([UInt8]) throws -> Void,
        progress: (_ lines: Int, _ bytes: Int) -> Void
    ) throws -> (summary: ScreeningSummary, ahead: HorizonSummary) {
        let fragments = DecisionFragments(evaluator)
        let (through, changesOnly) = (horizon.through, horizon.changesOnly)
        let result = try screenPipelined(input: input, write: write, progress: progress) { line, bytes, output, counts, scratch in
            let decided: (Decision, TimelineChange?)
            switch screen(json: bytes, through: through, scratch: &scratch) {
            case .success(let result): decided = result
            case .failure(let failure):
                Screener.appendLine(ScreenedLine(line: line, decision: nil, error: failure), to: &output)
                counts.add(failure)
                return
            }
            let (decision, change) = decided
            counts.add(decision, slots: fragments)
            if let change {
                if counts.ahead == nil { counts.ahead = HorizonSummary(through: through) }
                counts.ahead?.record(change)
            } else if changesOnly {
                return
            }
            Screener.appendDecided(line: line, decision, to: &output, fragments: fragments)
            guard let change else { return }
            // `nextChange` — the last key in sorted order — spliced before the line's closing
            // brace and newline, written by the hand-written writer (the bytes `JSONEncoder`
            // writes, without building an encoder per line).
            output.removeLast(2)
            output.append(contentsOf: #","nextChange":"#.utf8)
            ScreenedLineWriter.appendBytes(to: &output) { $0.write(change) }
            output.append(contentsOf: [UInt8(ascii: "}"), 0x0A])
        }
        return (result.summary, result.ahead ?? HorizonSummary(through: through))
    }

    /// Decodes one line and screens it through `horizon` (``screen(_:through:)``).
    func screen(json bytes: ArraySlice<UInt8>, through horizon: CivilDate) -> Result<(Decision, TimelineChange?), ScreeningFailure> {
        var scratch = ScreeningScratch()
        return screen(json: bytes, through: horizon, scratch: &scratch)
    }

    /// Decodes one line into `scratch`'s case and screens it through `horizon`
    /// (``screen(_:through:)``), the timeline's evaluations resolving into `scratch`'s resolution.
    func screen(
        json bytes: ArraySlice<UInt8>, through horizon: CivilDate, scratch: inout ScreeningScratch
    ) -> Result<(Decision, TimelineChange?), ScreeningFailure> {
        switch scratch.withCase(decoding: bytes, options: decoding, { screen($0, through: horizon, scratch: &$1) }) {
        case .success(let result): result
        case .failure(let error): .failure(ScreeningFailure(decoding: error))
        }
    }
}
