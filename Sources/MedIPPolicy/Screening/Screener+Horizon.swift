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
        do {
            guard horizon > asOf else { return .success((try evaluator.evaluate(facts, asOf: asOf, detail: detail), nil)) }
            let timeline = try evaluator.timeline(facts, from: asOf, through: horizon)
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
    /// are written. Lines are decided in batches of ``batchSize`` on ``jobs`` workers and
    /// written in input order.
    ///
    /// - Returns: the counts over all lines (every decided case, written or not) and what lies
    ///   ahead.
    public func screenJSONLines(
        horizon: ScreeningHorizon,
        readLine: () throws -> ArraySlice<UInt8>?,
        write: ([UInt8]) throws -> Void,
        progress: (Int) -> Void = { _ in }
    ) throws -> (summary: ScreeningSummary, ahead: HorizonSummary) {
        var summary = ScreeningSummary(decidedBy: evaluator)
        var ahead = HorizonSummary(through: horizon.through)
        var lineNumber = 0
        var done = 0
        var finished = false
        while !finished {
            var batch: [(line: Int, bytes: ArraySlice<UInt8>)] = []
            while batch.count < batchSize {
                guard let bytes = try readLine() else {
                    finished = true
                    break
                }
                lineNumber += 1
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                batch.append((lineNumber, bytes))
            }
            if batch.isEmpty { continue }
            let records = parallelMap(batch) { item -> ScreenedHorizonLine in
                let facts: Case
                switch Result(catching: { () throws(CaseFileError) -> Case in try CaseFile.decodeLine(item.bytes, options: decoding) }) {
                case .success(let decoded): facts = decoded
                case .failure(let error):
                    return ScreenedHorizonLine(line: item.line, decision: nil, error: ScreeningFailure(decoding: error), nextChange: nil)
                }
                switch screen(facts, through: horizon.through) {
                case .success(let (decision, change)):
                    return ScreenedHorizonLine(line: item.line, decision: decision, error: nil, nextChange: change)
                case .failure(let failure):
                    return ScreenedHorizonLine(line: item.line, decision: nil, error: failure, nextChange: nil)
                }
            }
            var output: [UInt8] = []
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for record in records {
                if let decision = record.decision { summary.record(decision) }
                if let error = record.error { summary.record(error) }
                if let change = record.nextChange { ahead.record(change) }
                if horizon.changesOnly && record.error == nil && record.nextChange == nil { continue }
                // The plain line as plain screening writes it (the fast writer when it can), then
                // `nextChange` — the last key in sorted order — spliced before its closing brace.
                let plain = ScreenedLine(line: record.line, decision: record.decision, error: record.error)
                var line = try ScreenedLineWriter.encode(plain) ?? Array(encoder.encode(plain))
                if let change = record.nextChange, line.last == UInt8(ascii: "}") {
                    line.removeLast()
                    line += Array(#","nextChange":"#.utf8)
                    line += try encoder.encode(change)
                    line.append(UInt8(ascii: "}"))
                }
                output += line
                output.append(0x0A)
            }
            if !output.isEmpty { try write(output) }
            done += batch.count
            progress(done)
        }
        return (summary, ahead)
    }
}
