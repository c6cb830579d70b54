/// Writes a ``ScreenedLine`` as compact JSON by hand, byte for byte what `JSONEncoder` writes
/// with `.sortedKeys` and `.withoutEscapingSlashes` — about ten times faster, which makes output
/// encoding no longer the dominant cost of screening (see Benchmarks/README.md), traces included.
/// A test compares both writers on every example and on thousands of generated decisions (with
/// and without a trace) and failures.
///
/// The bytes go to raw memory the writer owns for one line (no uniqueness or capacity check of
/// an array per byte); the entry points ``appendLine(to:fragments:_:)`` and
/// ``encode(_:fragments:)`` copy them out once and free the memory, so a writer never outlives
/// them.
///
/// With ``DecisionFragments`` (the screener builds them once per screening from its evaluator)
/// the constant strings of a decision — measure and rule ids, obligation texts, the regime's
/// documents, the library version, the digest, the kinds' names — are copied pre-escaped
/// instead of escaped again; a value the fragments were not made from is written as without them.
struct ScreenedLineWriter {
    /// The bytes written so far.
    private var base: UnsafeMutablePointer<UInt8>
    /// How many bytes are written.
    private var count = 0
    /// How many bytes `base` holds.
    private var capacity: Int
    /// Pre-escaped constant strings, or `nil` to escape everything.
    private let fragments: DecisionFragments?

    private init(fragments: DecisionFragments?) {
        capacity = 4_096
        base = .allocate(capacity: capacity)
        self.fragments = fragments
    }

    /// A writer on memory it borrows (``appendLine(to:fragments:buffer:_:)``).
    private init(fragments: DecisionFragments?, buffer: LineBuffer) {
        (base, capacity) = (buffer.base, buffer.capacity)
        self.fragments = fragments
    }

    /// Memory a screening worker lends the writers of its lines, one after another, so that no
    /// line allocates its own (``appendLine(to:fragments:buffer:_:)``). Owned by one worker:
    /// never used by two writers at a time.
    final class LineBuffer {
        fileprivate var base: UnsafeMutablePointer<UInt8>
        fileprivate var capacity: Int

        /// Memory for lines of up to `capacity` bytes to begin with (it grows for longer ones).
        init(capacity: Int = 4_096) {
            self.capacity = max(1, capacity)
            base = .allocate(capacity: self.capacity)
        }

        deinit {
            base.deallocate()
        }
    }

    /// Writes one line with `body` at the end of `output` (a run of earlier lines), then a
    /// newline.
    static func appendLine(
        to output: inout [UInt8], fragments: DecisionFragments? = nil, _ body: (inout ScreenedLineWriter) -> Void
    ) {
        var writer = ScreenedLineWriter(fragments: fragments)
        writer.appendLine(to: &output, body)
        writer.base.deallocate()
    }

    /// Writes one line as ``appendLine(to:fragments:_:)`` does, in `buffer`'s memory (which
    /// keeps the memory, grown if the line needed more).
    static func appendLine(
        to output: inout [UInt8], fragments: DecisionFragments?, buffer: LineBuffer, _ body: (inout ScreenedLineWriter) -> Void
    ) {
        var writer = ScreenedLineWriter(fragments: fragments, buffer: buffer)
        writer.appendLine(to: &output, body)
        (buffer.base, buffer.capacity) = (writer.base, writer.capacity)
    }

    /// Writes `body`'s line and a newline, and appends the bytes to `output`.
    private mutating func appendLine(to output: inout [UInt8], _ body: (inout ScreenedLineWriter) -> Void) {
        body(&self)
        put(0x0A)
        output.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
    }

    /// Writes what `body` writes at the end of `output`, without fragments and without a newline
    /// (how a horizon line's `nextChange` is spliced into its line).
    static func appendBytes(to output: inout [UInt8], _ body: (inout ScreenedLineWriter) -> Void) {
        var writer = ScreenedLineWriter(fragments: nil)
        body(&writer)
        output.append(contentsOf: UnsafeBufferPointer(start: writer.base, count: writer.count))
        writer.base.deallocate()
    }

    /// A writer, without fragments, whose bytes accumulate until ``takeBytes()`` hands them over
    /// (how ``DecisionFragments`` writes all its fragments into one buffer). The caller must
    /// call ``takeBytes()`` once, and use the writer no more after it.
    static func accumulating() -> ScreenedLineWriter {
        ScreenedLineWriter(fragments: nil)
    }

    /// How many bytes are written so far.
    var byteCount: Int { count }

    /// The memory holding the bytes written and their count, now the caller's to deallocate.
    mutating func takeBytes() -> (base: UnsafeMutablePointer<UInt8>, count: Int) {
        (base, count)
    }

    /// The record's JSON.
    static func encode(_ record: ScreenedLine, fragments: DecisionFragments? = nil) -> [UInt8] {
        var writer = ScreenedLineWriter(fragments: fragments)
        writer.write(record)
        let bytes = Array(UnsafeBufferPointer(start: writer.base, count: writer.count))
        writer.base.deallocate()
        return bytes
    }

    // MARK: Records (keys in sorted order)

    mutating func write(_ record: ScreenedLine) {
        open()
        var first = true
        if let decision = record.decision { key("decision", &first); write(decision) }
        if let error = record.error { key("error", &first); write(error) }
        key("line", &first); integer(record.line)
        close()
    }

    /// A decided line, `{"decision":{…},"line":N}`, exactly as ``write(_:)-(ScreenedLine)``
    /// writes a ``ScreenedLine`` holding `decision`, written from the decision where it is:
    /// screening does not build the record (building it, the optimiser copied it, the decision
    /// inside included, and destroyed both).
    mutating func writeDecided(line: Int, _ decision: Decision) {
        open()
        var first = true
        key("decision", &first); write(decision)
        key("line", &first); integer(line)
        close()
    }

    /// A decided line written from what deciding resolved, without building the ``Decision``:
    /// byte for byte what ``writeDecided(line:_:)-(Int,Decision)`` writes for the decision
    /// ``Evaluator`` builds from the same resolution (a ``DecisionDetail/summary`` decision of
    /// case `caseID` on `asOf`). Every constant string comes from `fragments`, the rules'
    /// through `table`, the fragments of the regime whose compiled rules `compiled` the
    /// resolution's rule indices point into.
    mutating func writeDecided(
        line: Int, _ resolution: Resolution, caseID: String, asOf: CivilDate, compiled: CompiledRuleSet,
        table: DecisionFragments.RegimeRules, fragments: DecisionFragments
    ) {
        open()
        var outer = true
        key("decision", &outer)
        open()
        var first = true
        key("asOf", &first)
        let asOfBytes = count  // the regime's date is the as-of date: its bytes are copied
        date(asOf)
        key("caseID", &first); string(caseID)
        key("concurrentDispositions", &first); dispositions(resolution.concurrent, resolution, table, fragments)
        key("conflicts", &first)
        if resolution.deadlines.isEmpty || resolution.holds.isEmpty {
            put(UInt8(ascii: "[")); put(UInt8(ascii: "]"))
        } else {
            array(resolution.conflicts(compiled)) { $0.write($1) }
        }
        key("consequences", &first)
        sourced(resolution.consequences, kinds: resolution.consequenceKinds, table, fragments) { fragments.consequenceKind(bit: $0) }
        key("disposition", &first); disposition(resolution.winner, resolution, table, fragments)
        key("flags", &first)
        sourced(resolution.flags, kinds: resolution.flagKinds, table, fragments) { fragments.flagKind(bit: $0) }
        key("libraryVersion", &first); put(fragments.bytes(fragments.libraryVersionFragment))
        key("obligations", &first)
        put(UInt8(ascii: "["))
        for position in resolution.obligations.indices {
            if position > 0 { put(UInt8(ascii: ",")) }
            obligation(position, resolution, table, fragments)
        }
        put(UInt8(ascii: "]"))
        key("regime", &first)
        open()
        var inner = true
        key("date", &inner)
        reserve(12)
        (base + count).update(from: base + asOfBytes, count: 12)
        count &+= 12
        put(fragments.bytes(table.tail))
        key("ruleSetDigest", &first); put(fragments.bytes(fragments.ruleSetDigestFragment))
        key("schemaVersion", &first); integer(Decision.currentSchemaVersion)
        key("supersededDispositions", &first); dispositions(resolution.superseded, resolution, table, fragments)
        close()
        key("line", &outer); integer(line)
        close()
    }

    /// The dispositions of the kinds whose slots are set in `slots`, in slot order, as an array.
    private mutating func dispositions(
        _ slots: UInt64, _ resolution: Resolution, _ table: DecisionFragments.RegimeRules, _ fragments: DecisionFragments
    ) {
        put(UInt8(ascii: "["))
        var remaining = slots
        while remaining != 0 {
            if remaining != slots { put(UInt8(ascii: ",")) }
            disposition(DispositionKind(slot: remaining.trailingZeroBitCount), resolution, table, fragments)
            remaining &= remaining &- 1
        }
        put(UInt8(ascii: "]"))
    }

    /// A disposition's object, as ``write(_:)-(ResolvedDisposition)`` writes it.
    private mutating func disposition(
        _ kind: DispositionKind, _ resolution: Resolution, _ table: DecisionFragments.RegimeRules,
        _ fragments: DecisionFragments
    ) {
        open()
        var first = true
        key("basis", &first); put(fragments.bytes(fragments.basis(resolution.basis(kind))))
        // Read in place: copying the entry out retained its texts.
        let position = resolution.position(of: kind)
        if let position, let patent = resolution.dispositions[position].patent { key("blockingPatent", &first); write(patent) }
        if let position, let value = resolution.dispositions[position].date.date { key("date", &first); date(value) }
        key("kind", &first); put(fragments.bytes(fragments.kind(kind)))
        let part = position == nil ? -1 : kind.slot  // no rule yields a disposition without an entry
        key("measures", &first); measures(resolution.dispositionRules, part: part, table, fragments)
        key("rules", &first); rules(resolution.dispositionRules, part: part, table, fragments)
        if let position, let unknown = resolution.dispositions[position].date.unknown { key("unknownDate", &first); write(unknown) }
        close()
    }

    /// The consequences or flags of a resolution as an array, one object per kind whose bit is
    /// set in `kinds`, in bit order (`span` gives a kind's name by its bit).
    private mutating func sourced(
        _ sources: [Resolution.Source], kinds: UInt64, _ table: DecisionFragments.RegimeRules, _ fragments: DecisionFragments,
        span: (Int) -> DecisionFragments.Span
    ) {
        put(UInt8(ascii: "["))
        var remaining = kinds
        while remaining != 0 {
            let bit = remaining.trailingZeroBitCount
            if remaining != kinds { put(UInt8(ascii: ",")) }
            remaining &= remaining &- 1
            open()
            var first = true
            key("kind", &first); put(fragments.bytes(span(bit)))
            key("measures", &first); measures(sources, part: bit, table, fragments)
            key("rules", &first); rules(sources, part: bit, table, fragments)
            close()
        }
        put(UInt8(ascii: "]"))
    }

    /// The obligation at `position` of a resolution, as ``write(_:)-(ResolvedObligation)`` writes it.
    private mutating func obligation(
        _ position: Int, _ resolution: Resolution, _ table: DecisionFragments.RegimeRules, _ fragments: DecisionFragments
    ) {
        // Read in place: copying the entry out retained its template's texts.
        let fragment = table.obligation(rule: resolution.obligations[position].rule, ordinal: resolution.obligations[position].ordinal)
        put(fragments.bytes(fragments.obligationHead(fragment)))
        var first = false
        if let value = resolution.obligations[position].due { key("due", &first); date(value) }
        if let span = fragments.obligationDueRule(fragment) { put(fragments.bytes(span)) }
        key("measures", &first); measures(resolution.obligationRules, part: position, table, fragments)
        key("modality", &first); put(fragments.bytes(fragments.modality(resolution.obligations[position].template.modality)))
        if let value = resolution.obligations[position].overdueSince { key("overdueSince", &first); date(value) }
        key("rules", &first); rules(resolution.obligationRules, part: position, table, fragments)
        if let unknown = resolution.obligations[position].unknown { key("unknownDue", &first); write(unknown) }
        close()
    }

    /// The measures of the rules of one part, each once, in the rules' order
    /// (``Evaluator/measures(of:)``), as an array.
    private mutating func measures(
        _ sources: [Resolution.Source], part: Int, _ table: DecisionFragments.RegimeRules, _ fragments: DecisionFragments
    ) {
        list(sources, part: part, fragments) { list, index in
            let slot = table.measureSlots[list[index].rule]
            for earlier in 0..<index where list[earlier].part == part && table.measureSlots[list[earlier].rule] == slot { return nil }
            return fragments.measure(slot: slot)
        }
    }

    /// The rules of one part, in order, as an array.
    private mutating func rules(
        _ sources: [Resolution.Source], part: Int, _ table: DecisionFragments.RegimeRules, _ fragments: DecisionFragments
    ) {
        list(sources, part: part, fragments) { list, index in table.rules[list[index].rule] }
    }

    /// An array of the fragments `span` gives for the sources of one part (none when it gives
    /// `nil`), in order.
    private mutating func list(
        _ sources: [Resolution.Source], part: Int, _ fragments: DecisionFragments,
        _ span: (UnsafeBufferPointer<Resolution.Source>, Int) -> DecisionFragments.Span?
    ) {
        put(UInt8(ascii: "["))
        var written = false
        sources.withUnsafeBufferPointer { list in
            for index in list.indices where list[index].part == part {
                guard let span = span(list, index) else { continue }
                if written { put(UInt8(ascii: ",")) }
                written = true
                put(fragments.bytes(span))
            }
        }
        put(UInt8(ascii: "]"))
    }

    mutating func write(_ record: ScreenedVerdict) {
        open()
        var first = true
        if let error = record.error { key("error", &first); write(error) }
        key("line", &first); integer(record.line)
        if let verdict = record.verdict { key("verdict", &first); write(verdict) }
        close()
    }

    /// A line's verdict, `{"line":N,"verdict":{…}}`, exactly as ``write(_:)-(ScreenedVerdict)``
    /// writes a ``ScreenedVerdict`` holding the verdict of `verdict`, without building the record
    /// or the verdict's lists.
    mutating func writeDecided(line: Int, _ verdict: VerdictParts) {
        open()
        var first = true
        key("line", &first); integer(line)
        key("verdict", &first); write(verdict)
        close()
    }

    /// A verdict's object.
    private mutating func write(_ verdict: Verdict) {
        write(VerdictParts(verdict))
    }

    /// A verdict's object, from its parts: the consequences and flags in ascending bit order,
    /// the order of ``Verdict``'s lists.
    private mutating func write(_ verdict: VerdictParts) {
        open()
        var first = true
        if let concurrent = verdict.concurrent { key("concurrent", &first); string(concurrent.rawValue) }
        key("consequences", &first); names(of: verdict.consequences) { ConsequenceKind(bit: $0).rawValue }
        if let value = verdict.date { key("date", &first); date(value) }
        key("disposition", &first); string(verdict.disposition.rawValue)
        key("flags", &first); names(of: verdict.flags) { FlagKind(bit: $0).rawValue }
        if let unknown = verdict.unknownDate { key("unknownDate", &first); write(unknown) }
        close()
    }

    /// An array of the names of the values whose bits are set in `bits`, in ascending bit order.
    private mutating func names(of bits: UInt64, _ name: (Int) -> String) {
        put(UInt8(ascii: "["))
        var rest = bits
        while rest != 0 {
            if rest != bits { put(UInt8(ascii: ",")) }
            string(name(rest.trailingZeroBitCount))
            rest &= rest &- 1
        }
        put(UInt8(ascii: "]"))
    }

    mutating func write(_ decision: Decision) {
        open()
        var first = true
        key("asOf", &first); date(decision.asOf)
        key("caseID", &first); string(decision.caseID)
        key("concurrentDispositions", &first); array(decision.concurrentDispositions) { $0.write($1) }
        key("conflicts", &first); array(decision.conflicts) { $0.write($1) }
        key("consequences", &first)
        array(decision.consequences) { writer, item in
            writer.sourced(writer.fragments?.kind(item.kind), item.kind.rawValue, item.measures, item.rules)
        }
        key("disposition", &first); write(decision.disposition)
        key("flags", &first)
        array(decision.flags) { writer, item in writer.sourced(writer.fragments?.kind(item.kind), item.kind.rawValue, item.measures, item.rules) }
        key("libraryVersion", &first)
        if let span = fragments?.libraryVersion(decision.libraryVersion) { put(span) } else { string(decision.libraryVersion) }
        key("obligations", &first); array(decision.obligations) { $0.write($1) }
        key("regime", &first); write(decision.regime)
        key("ruleSetDigest", &first)
        if let span = fragments?.ruleSetDigest(decision.ruleSetDigest) { put(span) } else { string(decision.ruleSetDigest) }
        key("schemaVersion", &first); integer(decision.schemaVersion)
        key("supersededDispositions", &first); array(decision.supersededDispositions) { $0.write($1) }
        if let trace = decision.trace { key("trace", &first); write(trace) }
        close()
    }

    /// A trace as the synthesised `Codable` conformances of ``Trace``, ``Trace/Fired``,
    /// ``Trace/NotFired``, ``ConditionFailure`` and ``Fact`` encode it (an absent `failure` left
    /// out), keys sorted.
    mutating func write(_ trace: Trace) {
        open()
        var first = true
        key("facts", &first); array(trace.facts) { $0.write($1) }
        key("fired", &first)
        array(trace.fired) { writer, fired in
            writer.open()
            var inner = true
            writer.key("facts", &inner); writer.array(fired.facts) { $0.write($1) }
            writer.key("measure", &inner); writer.measureID(fired.measure)
            writer.key("overriddenBy", &inner); writer.array(fired.overriddenBy) { $0.ruleID($1) }
            writer.key("rule", &inner); writer.ruleID(fired.rule)
            writer.close()
        }
        key("notFired", &first)
        array(trace.notFired) { writer, notFired in
            writer.open()
            var inner = true
            if let failure = notFired.failure {
                writer.key("failure", &inner)
                writer.open()
                var innermost = true
                writer.key("needed", &innermost); writer.boolean(failure.needed)
                writer.key("predicate", &innermost); writer.string(failure.predicate.rawValue)
                writer.close()
            }
            writer.key("measure", &inner); writer.measureID(notFired.measure)
            writer.key("rule", &inner); writer.ruleID(notFired.rule)
            writer.close()
        }
        close()
    }

    mutating func write(_ fact: Fact) {
        open()
        var first = true
        key("evidence", &first); array(fact.evidence) { $0.string($1) }
        key("holds", &first); boolean(fact.holds)
        key("predicate", &first); string(fact.predicate.rawValue)
        close()
    }

    mutating func write(_ conflict: TimeLimitConflict) {
        open()
        var first = true
        key("deadline", &first); date(conflict.deadline)
        key("deadlineMeasure", &first); measureID(conflict.deadlineMeasure)
        key("deadlineRule", &first); ruleID(conflict.deadlineRule)
        key("holdKind", &first); kind(conflict.holdKind)
        key("holdMeasure", &first); measureID(conflict.holdMeasure)
        key("holdRule", &first); ruleID(conflict.holdRule)
        key("holdUntil", &first); date(conflict.holdUntil)
        close()
    }

    mutating func write(_ disposition: ResolvedDisposition) {
        open()
        var first = true
        key("basis", &first)
        if let fragments { put(fragments.basis(disposition.basis)) } else { string(disposition.basis.rawValue) }
        if let patent = disposition.blockingPatent { key("blockingPatent", &first); write(patent) }
        if let value = disposition.date { key("date", &first); date(value) }
        key("kind", &first); kind(disposition.kind)
        key("measures", &first); array(disposition.measures) { $0.measureID($1) }
        key("rules", &first); array(disposition.rules) { $0.ruleID($1) }
        if let unknown = disposition.unknownDate { key("unknownDate", &first); write(unknown) }
        close()
    }

    mutating func write(_ patent: BlockingPatent) {
        open()
        var first = true
        key("adjustedExpiry", &first); date(patent.adjustedExpiry)
        key("adjustmentDays", &first); integer(patent.adjustmentDays)
        key("compensationDays", &first); integer(patent.compensationDays)
        key("expiry", &first); date(patent.expiry)
        key("filingDate", &first); date(patent.filingDate)
        key("nominalExpiry", &first); date(patent.nominalExpiry)
        key("number", &first); string(patent.number.encodedText)
        key("source", &first); string(patent.source)
        key("statutoryYears", &first); integer(patent.statutoryYears)
        key("type", &first); string(patent.type.rawValue)
        close()
    }

    mutating func write(_ unknown: UnknownDate) {
        open()
        var first = true
        key("expression", &first); write(unknown.expression)
        if let from = unknown.from { key("from", &first); string(from) }
        key("reason", &first); string(unknown.reason.rawValue)
        key("start", &first); date(unknown.start)
        key("year", &first); integer(unknown.year)
        close()
    }

    mutating func write(_ expression: DateExpression) {
        open()
        var first = true
        key("anchor", &first); string(expression.anchor.rawValue)
        if let offset = expression.offset {
            key("offset", &first)
            open()
            var period = true
            key("unit", &period); string(offset.unit.rawValue)
            key("value", &period); integer(offset.value)
            close()
        }
        close()
    }

    /// A consequence or flag: its kind's name (pre-escaped when `span` is given), measures and rules.
    mutating func sourced(_ span: DecisionFragments.Span?, _ kind: String, _ measures: [MeasureID], _ rules: [RuleID]) {
        open()
        var first = true
        key("kind", &first)
        if let span { put(span) } else { string(kind) }
        key("measures", &first); array(measures) { $0.measureID($1) }
        key("rules", &first); array(rules) { $0.ruleID($1) }
        close()
    }

    mutating func write(_ obligation: ResolvedObligation) {
        var first = false
        let template = fragments?.obligation(obligation)
        if let template, let fragments {
            put(fragments.bytes(template.head))
        } else {
            obligationHead(action: obligation.action, actor: obligation.actor, code: obligation.code)
        }
        if let value = obligation.due { key("due", &first); date(value) }
        if let rule = obligation.dueRule {
            if let template, let span = template.dueRule, template.due == rule, let fragments {
                put(fragments.bytes(span))
            } else {
                dueRule(rule)
            }
        }
        key("measures", &first); array(obligation.measures) { $0.measureID($1) }
        key("modality", &first)
        if let fragments { put(fragments.modality(obligation.modality)) } else { string(obligation.modality.rawValue) }
        if let value = obligation.overdueSince { key("overdueSince", &first); date(value) }
        key("rules", &first); array(obligation.rules) { $0.ruleID($1) }
        if let unknown = obligation.unknownDue { key("unknownDue", &first); write(unknown) }
        close()
    }

    /// An obligation's object up to its code: `{"action":{…},"actor":"…","code":"…"`.
    mutating func obligationHead(action: LocalizedText, actor: DepartmentID, code: String) {
        open()
        var first = true
        key("action", &first); write(action)
        key("actor", &first); string(actor.rawValue)
        key("code", &first); string(code)
    }

    /// An obligation's due rule after a comma: `,"dueRule":{…}`.
    mutating func dueRule(_ rule: DateExpression) {
        var first = false
        key("dueRule", &first); write(rule)
    }

    mutating func write(_ regime: Regime) {
        open()
        var first = true
        key("date", &first); date(regime.date)
        if let span = fragments?.regimeTail(regime) {
            put(span)
        } else {
            regimeTail(documents: regime.documents, jurisdiction: regime.jurisdiction)
        }
    }

    /// A regime's object after its date: `,"documents":[…],"jurisdiction":"…"}`.
    mutating func regimeTail(documents: [DocumentID], jurisdiction: Jurisdiction) {
        var first = false
        key("documents", &first); array(documents) { $0.string($1.rawValue) }
        key("jurisdiction", &first); string(jurisdiction.rawValue)
        close()
    }

    mutating func write(_ text: LocalizedText) {
        open()
        var first = true
        key("en", &first); string(text.en)
        key("zh", &first); string(text.zh)
        close()
    }

    /// A timeline change (a horizon line's `nextChange`), keys in sorted order, optional dates
    /// left out when absent — as `JSONEncoder` writes it.
    mutating func write(_ change: TimelineChange) {
        open()
        var first = true
        key("aspects", &first); array(change.aspects) { $0.string($1.rawValue) }
        key("causes", &first); array(change.causes) { $0.write($1) }
        key("consequencesAdded", &first); array(change.consequencesAdded) { $0.string($1.rawValue) }
        key("consequencesRemoved", &first); array(change.consequencesRemoved) { $0.string($1.rawValue) }
        key("date", &first); date(change.date)
        key("dispositionAfter", &first); kind(change.dispositionAfter)
        key("dispositionBefore", &first); kind(change.dispositionBefore)
        if let value = change.dispositionDateAfter { key("dispositionDateAfter", &first); date(value) }
        if let value = change.dispositionDateBefore { key("dispositionDateBefore", &first); date(value) }
        key("documentsTakingEffect", &first); array(change.documentsTakingEffect) { $0.string($1.rawValue) }
        key("flagsAdded", &first); array(change.flagsAdded) { $0.string($1.rawValue) }
        key("flagsRemoved", &first); array(change.flagsRemoved) { $0.string($1.rawValue) }
        key("obligationsAdded", &first); array(change.obligationsAdded) { $0.string($1) }
        key("obligationsOverdue", &first); array(change.obligationsOverdue) { $0.string($1) }
        key("obligationsRemoved", &first); array(change.obligationsRemoved) { $0.string($1) }
        close()
    }

    mutating func write(_ cause: TimelineCause) {
        open()
        var first = true
        key("date", &first); date(cause.date)
        if let document = cause.document { key("document", &first); string(document.rawValue) }
        if let field = cause.field { key("field", &first); string(field) }
        key("kind", &first); string(cause.kind.rawValue)
        if let obligation = cause.obligation { key("obligation", &first); string(obligation) }
        if let rule = cause.rule { key("rule", &first); ruleID(rule) }
        close()
    }

    mutating func write(_ failure: ScreeningFailure) {
        open()
        var first = true
        if let id = failure.caseID { key("caseID", &first); string(id) }
        key("problems", &first)
        array(failure.problems) { writer, problem in
            writer.open()
            var inner = true
            writer.key("code", &inner); writer.string(problem.code)
            writer.key("message", &inner); writer.string(problem.message)
            writer.key("path", &inner); writer.string(problem.path)
            writer.close()
        }
        key("stage", &first); string(failure.stage.rawValue)
        close()
    }

    // MARK: JSON pieces

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count &+ extra > capacity { grow(count &+ extra) }
    }

    private mutating func grow(_ needed: Int) {
        var larger = capacity * 2
        while larger < needed { larger *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.update(from: base, count: count)
        base.deallocate()
        (base, capacity) = (moved, larger)
    }

    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count &+= 1
    }

    /// A pre-escaped fragment (the caller checked that ``fragments`` is there).
    @inline(__always)
    private mutating func put(_ span: DecisionFragments.Span) {
        guard let fragments else { return }
        put(fragments.bytes(span))
    }

    /// A disposition kind's name as a JSON string.
    @inline(__always)
    private mutating func kind(_ kind: DispositionKind) {
        if let fragments { put(fragments.bytes(fragments.kind(kind))) } else { string(kind.rawValue) }
    }

    @inline(__always)
    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress else { return }
        reserve(bytes.count)
        (base + count).update(from: start, count: bytes.count)
        count &+= bytes.count
    }

    private mutating func open() { put(UInt8(ascii: "{")) }
    private mutating func close() { put(UInt8(ascii: "}")) }

    /// `"name":`, after a comma unless it is the object's first key.
    @inline(__always)
    private mutating func key(_ name: StaticString, _ first: inout Bool) {
        let length = name.utf8CodeUnitCount
        reserve(length &+ 4)
        if !first {
            base[count] = UInt8(ascii: ",")
            count &+= 1
        }
        first = false
        base[count] = UInt8(ascii: "\"")
        (base + (count &+ 1)).update(from: name.utf8Start, count: length)
        base[count &+ 1 &+ length] = UInt8(ascii: "\"")
        base[count &+ 2 &+ length] = UInt8(ascii: ":")
        count &+= length &+ 3
    }

    /// A JSON array, each element written in place (not copied out of the array first).
    private mutating func array<Element>(_ elements: [Element], _ body: (inout ScreenedLineWriter, Element) -> Void) {
        put(UInt8(ascii: "["))
        elements.withUnsafeBufferPointer { buffer in
            for index in buffer.indices {
                if index > 0 { put(UInt8(ascii: ",")) }
                body(&self, buffer[index])
            }
        }
        put(UInt8(ascii: "]"))
    }

    /// `true` or `false`.
    private mutating func boolean(_ value: Bool) {
        let text: StaticString = value ? "true" : "false"
        put(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// An integer in decimal, as `JSONEncoder` writes it.
    private mutating func integer(_ value: Int) {
        reserve(20)
        if value < 0 {
            base[count] = UInt8(ascii: "-")
            count &+= 1
        }
        var magnitude = value.magnitude
        var length = 1
        var probe = magnitude
        while probe >= 10 {
            probe /= 10
            length &+= 1
        }
        var index = count &+ length
        count = index
        repeat {
            index &-= 1
            base[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }

    /// A date as `"YYYY-MM-DD"` (years 1…9999: always four digits).
    private mutating func date(_ value: CivilDate) {
        let (year, month, day) = value.components
        reserve(12)
        let out = base + count
        out[0] = UInt8(ascii: "\"")
        out[1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: year / 1_000 % 10)
        out[2] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: year / 100 % 10)
        out[3] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: year / 10 % 10)
        out[4] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: year % 10)
        out[5] = UInt8(ascii: "-")
        out[6] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: month / 10)
        out[7] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: month % 10)
        out[8] = UInt8(ascii: "-")
        out[9] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: day / 10)
        out[10] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: day % 10)
        out[11] = UInt8(ascii: "\"")
        count &+= 12
    }

    /// A JSON string as `JSONEncoder` escapes it: `"` and `\` escaped, `\b \f \n \r \t` by name,
    /// other control characters as `\u00XX` (lower-case hex), everything else (including `/` and
    /// non-ASCII) as UTF-8.
    mutating func string(_ text: String) {
        put(UInt8(ascii: "\""))
        escaped(text)
        put(UInt8(ascii: "\""))
    }

    /// A measure id as the JSON string of its description, without building that string.
    mutating func measureID(_ id: MeasureID) {
        if let fragments, let span = fragments.measure(id) {
            put(fragments.bytes(span))
            return
        }
        put(UInt8(ascii: "\""))
        measureIDContent(id)
        put(UInt8(ascii: "\""))
    }

    /// A rule id as the JSON string of its description, without building that string.
    mutating func ruleID(_ id: RuleID) {
        if let fragments, let span = fragments.rule(id) {
            put(fragments.bytes(span))
            return
        }
        put(UInt8(ascii: "\""))
        measureIDContent(id.measure)
        put(UInt8(ascii: "/"))
        escaped(id.slug)
        put(UInt8(ascii: "\""))
    }

    private mutating func measureIDContent(_ id: MeasureID) {
        escaped(id.document.rawValue)
        put(UInt8(ascii: "#"))
        integer(id.ordinal)
    }

    /// The escaped content of a JSON string. Text with nothing to escape (nearly all) is copied
    /// in one piece.
    private mutating func escaped(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            var plain = true
            for byte in utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                plain = false
                break
            }
            if plain {
                put(utf8)
            } else {
                escapedSlowly(utf8)
            }
        }
    }

    /// The escaped content of text with something to escape, byte by byte.
    private mutating func escapedSlowly(_ utf8: UnsafeBufferPointer<UInt8>) {
        let hex: StaticString = "0123456789abcdef"
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""): put(UInt8(ascii: "\\")); put(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): put(UInt8(ascii: "\\")); put(UInt8(ascii: "\\"))
            case 0x08: put(UInt8(ascii: "\\")); put(UInt8(ascii: "b"))
            case 0x0C: put(UInt8(ascii: "\\")); put(UInt8(ascii: "f"))
            case 0x0A: put(UInt8(ascii: "\\")); put(UInt8(ascii: "n"))
            case 0x0D: put(UInt8(ascii: "\\")); put(UInt8(ascii: "r"))
            case 0x09: put(UInt8(ascii: "\\")); put(UInt8(ascii: "t"))
            case 0x00..<0x20:
                put(UInt8(ascii: "\\")); put(UInt8(ascii: "u")); put(UInt8(ascii: "0")); put(UInt8(ascii: "0"))
                put(hex.utf8Start[Int(byte >> 4)])
                put(hex.utf8Start[Int(byte & 0x0F)])
            default: put(byte)
            }
        }
    }
}
