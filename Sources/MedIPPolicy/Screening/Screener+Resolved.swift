extension Screener {
    /// Screens one line of a full-decision screening: appends its output line to `output` and
    /// counts it.
    ///
    /// A valid case without a trace is resolved into the worker's `scratch` and its line
    /// written (in the scratch's memory) from that resolution with the screening's `fragments`,
    /// without building the ``Decision`` (the same bytes and counts as the decision built from
    /// it: tests compare both). A decision with a trace, one with an unknown date (whose field names need the
    /// facts established again), and a case that cannot be decided take the path through
    /// ``Decision``.
    func appendScreened(
        line: Int, json bytes: ArraySlice<UInt8>, to output: inout [UInt8], counts: inout ScreeningCounts,
        fragments: DecisionFragments, scratch: inout ScreeningScratch
    ) {
        let lineBuffer = scratch.lineBuffer
        let read = scratch.withCase(decoding: bytes, options: decoding) { facts, resolution in
            appendScreened(
                line: line, facts, to: &output, counts: &counts, fragments: fragments, resolution: &resolution,
                lineBuffer: lineBuffer)
        }
        if case .failure(let error) = read {
            appendFailure(line: line, ScreeningFailure(decoding: error), to: &output, counts: &counts)
        }
    }

    /// ``appendScreened(line:json:to:counts:fragments:scratch:)`` once the line's case is read:
    /// resolved into `resolution`, its line written in `lineBuffer` (the worker's).
    private func appendScreened(
        line: Int, _ facts: Case, to output: inout [UInt8], counts: inout ScreeningCounts,
        fragments: DecisionFragments, resolution: inout Resolution, lineBuffer: ScreenedLineWriter.LineBuffer
    ) {
        do {
            try evaluator.requireValid(facts)
        } catch {
            appendFailure(line: line, ScreeningFailure(error, caseID: facts.id), to: &output, counts: &counts)
            return
        }
        if detail == .summary, let regime = try? evaluator.resolve(facts, asOf: asOf, into: &resolution),
           !resolution.hasUnknownDate, let table = fragments.regimeRules(facts.jurisdiction, regime) {
            let compiled = evaluator.compiledRules(for: facts.jurisdiction, on: asOf)
            counts.add(resolution, table: table, fragments: fragments)
            let caseID = facts.id  // the closure holds the id, not the case (capturing the case copied it)
            ScreenedLineWriter.appendLine(to: &output, fragments: fragments, buffer: lineBuffer) { writer in
                writer.writeDecided(
                    line: line, resolution, caseID: caseID, asOf: asOf, compiled: compiled, table: table, fragments: fragments)
            }
            return
        }
        do {
            let decision = try evaluator.evaluateValidated(facts, asOf: asOf, detail: detail)
            counts.add(decision, slots: fragments)
            Screener.appendDecided(line: line, decision, to: &output, fragments: fragments)
        } catch {
            appendFailure(line: line, ScreeningFailure(error, caseID: facts.id), to: &output, counts: &counts)
        }
    }

    /// Appends a failure line and counts it.
    private func appendFailure(line: Int, _ failure: ScreeningFailure, to output: inout [UInt8], counts: inout ScreeningCounts) {
        Screener.appendLine(ScreenedLine(line: line, decision: nil, error: failure), to: &output)
        counts.add(failure)
    }
}

extension ScreeningCounts {
    /// Counts a decided line written from a resolution as ``add(_:slots:)`` counts the decision
    /// built from it: its disposition and the concurrent ones, each measure cited by them, its
    /// obligations, consequences and flags once (in its slot of `fragments`, through the
    /// regime's `table`), whether an obligation is overdue and whether a date is unknown.
    mutating func add(_ resolution: Resolution, table: DecisionFragments.RegimeRules, fragments: DecisionFragments) {
        prepareSlots(fragments)
        total += 1
        decided += 1
        dispositions[resolution.winner.slot] += 1
        var concurrent = resolution.concurrent
        while concurrent != 0 {
            dispositions[concurrent.trailingZeroBitCount] += 1
            concurrent &= concurrent &- 1
        }
        // The winner's rules and the concurrent dispositions' (superseded ones cite nothing).
        let citing = resolution.concurrent | (1 << UInt64(resolution.winner.slot))
        for source in resolution.dispositionRules where citing & (1 << UInt64(source.part)) != 0 {
            cite(slot: table.measureSlots[source.rule])
        }
        for source in resolution.obligationRules { cite(slot: table.measureSlots[source.rule]) }
        for source in resolution.consequences { cite(slot: table.measureSlots[source.rule]) }
        for source in resolution.flags { cite(slot: table.measureSlots[source.rule]) }
        // Searched in place: `contains(where:)` copied each obligation (retaining its strings).
        if resolution.obligations.firstInPlace({ $0.pointee.overdueSince != nil }, then: { _ in true }) ?? false { overdue += 1 }
        if resolution.hasUnknownDate { unknownDates += 1 }
    }
}
