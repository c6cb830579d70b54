/// Writes a ``ScreenedLine`` as compact JSON by hand, byte for byte what `JSONEncoder` writes
/// with `.sortedKeys` and `.withoutEscapingSlashes` — about ten times faster, which makes output
/// encoding no longer the dominant cost of screening (see Benchmarks/README.md). Records with a
/// trace are left to `JSONEncoder`. A test compares both writers on every example and on
/// thousands of generated decisions and failures.
struct ScreenedLineWriter {
    private(set) var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(2_048) }

    /// Writes one line with `body` at the end of `output` (a run of earlier lines), then a
    /// newline. The writer takes the buffer over while it writes, so nothing is copied.
    static func appendLine(to output: inout [UInt8], _ body: (inout ScreenedLineWriter) -> Void) {
        var writer = ScreenedLineWriter(taking: &output)
        body(&writer)
        writer.bytes.append(0x0A)
        swap(&output, &writer.bytes)
    }

    private init(taking output: inout [UInt8]) {
        swap(&bytes, &output)
    }

    /// The record's JSON, or `nil` when it carries a trace (the caller falls back to `JSONEncoder`).
    static func encode(_ record: ScreenedLine) -> [UInt8]? {
        if record.decision?.trace != nil { return nil }
        var writer = ScreenedLineWriter()
        writer.write(record)
        return writer.bytes
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

    mutating func write(_ record: ScreenedVerdict) {
        open()
        var first = true
        if let error = record.error { key("error", &first); write(error) }
        key("line", &first); integer(record.line)
        if let verdict = record.verdict {
            key("verdict", &first)
            open()
            var inner = true
            if let concurrent = verdict.concurrent { key("concurrent", &inner); string(concurrent.rawValue) }
            key("consequences", &inner); array(verdict.consequences) { $0.string($1.rawValue) }
            if let value = verdict.date { key("date", &inner); date(value) }
            key("disposition", &inner); string(verdict.disposition.rawValue)
            key("flags", &inner); array(verdict.flags) { $0.string($1.rawValue) }
            if let unknown = verdict.unknownDate { key("unknownDate", &inner); write(unknown) }
            close()
        }
        close()
    }

    mutating func write(_ decision: Decision) {
        open()
        var first = true
        key("asOf", &first); date(decision.asOf)
        key("caseID", &first); string(decision.caseID)
        key("concurrentDispositions", &first); array(decision.concurrentDispositions) { $0.write($1) }
        key("conflicts", &first); array(decision.conflicts) { $0.write($1) }
        key("consequences", &first); array(decision.consequences) { writer, item in writer.sourced(item.kind.rawValue, item.measures, item.rules) }
        key("disposition", &first); write(decision.disposition)
        key("flags", &first); array(decision.flags) { writer, item in writer.sourced(item.kind.rawValue, item.measures, item.rules) }
        key("libraryVersion", &first); string(decision.libraryVersion)
        key("obligations", &first); array(decision.obligations) { $0.write($1) }
        key("regime", &first); write(decision.regime)
        key("ruleSetDigest", &first); string(decision.ruleSetDigest)
        key("schemaVersion", &first); integer(decision.schemaVersion)
        key("supersededDispositions", &first); array(decision.supersededDispositions) { $0.write($1) }
        close()
    }

    mutating func write(_ conflict: TimeLimitConflict) {
        open()
        var first = true
        key("deadline", &first); date(conflict.deadline)
        key("deadlineMeasure", &first); measureID(conflict.deadlineMeasure)
        key("deadlineRule", &first); ruleID(conflict.deadlineRule)
        key("holdKind", &first); string(conflict.holdKind.rawValue)
        key("holdMeasure", &first); measureID(conflict.holdMeasure)
        key("holdRule", &first); ruleID(conflict.holdRule)
        key("holdUntil", &first); date(conflict.holdUntil)
        close()
    }

    mutating func write(_ disposition: ResolvedDisposition) {
        open()
        var first = true
        key("basis", &first); string(disposition.basis.rawValue)
        if let patent = disposition.blockingPatent { key("blockingPatent", &first); write(patent) }
        if let value = disposition.date { key("date", &first); date(value) }
        key("kind", &first); string(disposition.kind.rawValue)
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

    mutating func sourced(_ kind: String, _ measures: [MeasureID], _ rules: [RuleID]) {
        open()
        var first = true
        key("kind", &first); string(kind)
        key("measures", &first); array(measures) { $0.measureID($1) }
        key("rules", &first); array(rules) { $0.ruleID($1) }
        close()
    }

    mutating func write(_ obligation: ResolvedObligation) {
        open()
        var first = true
        key("action", &first); write(obligation.action)
        key("actor", &first); string(obligation.actor.rawValue)
        key("code", &first); string(obligation.code)
        if let value = obligation.due { key("due", &first); date(value) }
        if let rule = obligation.dueRule { key("dueRule", &first); write(rule) }
        key("measures", &first); array(obligation.measures) { $0.measureID($1) }
        key("modality", &first); string(obligation.modality.rawValue)
        if let value = obligation.overdueSince { key("overdueSince", &first); date(value) }
        key("rules", &first); array(obligation.rules) { $0.ruleID($1) }
        if let unknown = obligation.unknownDue { key("unknownDue", &first); write(unknown) }
        close()
    }

    mutating func write(_ regime: Regime) {
        open()
        var first = true
        key("date", &first); date(regime.date)
        key("documents", &first); array(regime.documents) { $0.string($1.rawValue) }
        key("jurisdiction", &first); string(regime.jurisdiction.rawValue)
        close()
    }

    mutating func write(_ text: LocalizedText) {
        open()
        var first = true
        key("en", &first); string(text.en)
        key("zh", &first); string(text.zh)
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

    private mutating func open() { bytes.append(UInt8(ascii: "{")) }
    private mutating func close() { bytes.append(UInt8(ascii: "}")) }

    private mutating func key(_ name: StaticString, _ first: inout Bool) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    private mutating func array<Element>(_ elements: [Element], _ body: (inout ScreenedLineWriter, Element) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            body(&self, element)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func integer(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    private mutating func date(_ value: CivilDate) {
        let (year, month, day) = value.components
        bytes.append(UInt8(ascii: "\""))
        digits(year, 4)
        bytes.append(UInt8(ascii: "-"))
        digits(month, 2)
        bytes.append(UInt8(ascii: "-"))
        digits(day, 2)
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func digits(_ value: Int, _ width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8((rest / divisor) % 10))
            rest %= divisor
            divisor /= 10
        }
    }

    /// A JSON string as `JSONEncoder` escapes it: `"` and `\` escaped, `\b \f \n \r \t` by name,
    /// other control characters as `\u00XX` (lower-case hex), everything else (including `/` and
    /// non-ASCII) as UTF-8.
    private mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        escaped(text)
        bytes.append(UInt8(ascii: "\""))
    }

    /// A measure id as the JSON string of its description, without building that string.
    private mutating func measureID(_ id: MeasureID) {
        bytes.append(UInt8(ascii: "\""))
        measureIDContent(id)
        bytes.append(UInt8(ascii: "\""))
    }

    /// A rule id as the JSON string of its description, without building that string.
    private mutating func ruleID(_ id: RuleID) {
        bytes.append(UInt8(ascii: "\""))
        measureIDContent(id.measure)
        bytes.append(UInt8(ascii: "/"))
        escaped(id.slug)
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func measureIDContent(_ id: MeasureID) {
        escaped(id.document.rawValue)
        bytes.append(UInt8(ascii: "#"))
        bytes.append(contentsOf: String(id.ordinal).utf8)
    }

    /// The escaped content of a JSON string. Text with nothing to escape (nearly all) is copied
    /// in one piece.
    private mutating func escaped(_ text: String) {
        let copied: Bool? = text.utf8.withContiguousStorageIfAvailable { utf8 in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if copied == true { return }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "\\"))
            case 0x08: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "b"))
            case 0x0C: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "f"))
            case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
    }
}
