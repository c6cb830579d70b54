/// The constant parts of one evaluator's decision lines, escaped once as JSON: every measure id
/// and rule id of its rule set, each obligation's action, actor, code and due rule, the
/// documents of every regime, the library version, the rule-set digest and the names of the
/// disposition, consequence and flag kinds. Built once per screening (``init(_:)``, from
/// ``Evaluator``), then ``ScreenedLineWriter`` copies these bytes instead of escaping the same
/// strings again on every line, and ``ScreeningCounts`` counts cited measures in slots (a
/// measure's position in ``measures``) instead of collecting and sorting them per decision.
///
/// A fragment is used only after the value being written is checked to be the one it was made
/// from. A decision of this evaluator holds the rule set's own strings, so a look-up among ids
/// first looks for the same string representation (``Text/isIdentical(to:)``: two machine words
/// compared, no string comparison), and compares contents only when none is (a decision built by
/// hand, or another rule set's); a value that matches nothing is written by the generic path.
/// The bytes are written by the writer's own methods, so they are the generic path's bytes by
/// construction.
///
/// Immutable after `init`; the bytes live in memory the object owns and frees in `deinit`,
/// which is why it may be `@unchecked Sendable`.
final class DecisionFragments: @unchecked Sendable {
    /// A run of bytes in ``base``.
    struct Span: Sendable {
        let start: Int
        let count: Int
    }

    /// An id a fragment was made from, with its UTF-8 length and its representation's bits. It
    /// keeps the string, so its storage cannot be freed and reused by another string while the
    /// table lives: equal bits mean this very text.
    struct Text {
        let text: String
        let length: Int
        /// The two words of the `String` value (small strings hold their bytes, others point to
        /// their immutable storage), when a `String` is two words; `nil` otherwise.
        let bits: (UInt64, UInt64)?

        init(_ text: String) {
            self.text = text
            length = text.utf8.count
            bits = Text.bits(of: text)
        }

        @inline(__always)
        private static func bits(of text: String) -> (UInt64, UInt64)? {
            guard MemoryLayout<String>.size == 2 * MemoryLayout<UInt64>.size else { return nil }
            return withUnsafeBytes(of: text) { raw in
                (raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: MemoryLayout<UInt64>.size, as: UInt64.self))
            }
        }

        /// Whether `other` has this text's very representation — the same small-string bytes,
        /// or the same storage and length — and so is this text. A `false` says nothing: an equal
        /// text may be stored elsewhere (``matches(_:)`` decides).
        @inline(__always)
        func isIdentical(to other: String) -> Bool {
            guard let bits, let theirs = Text.bits(of: other) else { return false }
            return bits == theirs
        }

        /// Whether `other` is this text (lengths first, then the contents).
        @inline(__always)
        func matches(_ other: String) -> Bool {
            other.utf8.count == length && other == text
        }
    }

    /// A document of the slot table: its measures have slots `firstSlot ..< firstSlot + ordinals`.
    private struct Document {
        let id: Text
        let firstSlot: Int
        let ordinals: Int
    }

    /// A rule id's fragment (`"document#n/slug"`), its slug, and the range of ``obligations``
    /// its rules create.
    private struct RuleFragment {
        let slug: Text
        let span: Span
        let obligations: Range<Int>
    }

    /// An obligation template: its code, actor and action texts, its due rule, and its constant
    /// keys: `{"action":{…},"actor":"…","code":"…"` and `,"dueRule":{…}` when it has a due rule.
    struct ObligationFragment {
        let code: String
        let actor: String
        let en: String
        let zh: String
        let due: DateExpression?
        let head: Span
        let dueRule: Span?
    }

    /// A regime's documents and the rest of its object after the date:
    /// `,"documents":[…],"jurisdiction":"…"}`.
    private struct RegimeFragment {
        let documents: [DocumentID]
        let span: Span
    }

    /// The fragments of one regime's rules, by each rule's index in that regime's
    /// ``CompiledRuleSet/rules`` (the indices a ``Resolution`` holds): what screening writes a
    /// decided line from without building the ``Decision``. A class, so that handing it to
    /// the writer's functions retains one reference, not four arrays.
    final class RegimeRules: Sendable {
        /// Per rule, its id's JSON string and its measure's slot.
        let rules: [Span]
        let measureSlots: [Int]
        /// Per rule, where its obligations start in ``obligations``: the position in the
        /// table's ``DecisionFragments/obligationFragment(_:)`` of each of its obligation
        /// templates, in the order of its effects.
        let obligationStarts: [Int]
        let obligations: [Int]
        /// The regime's object after its date.
        let tail: Span

        init(rules: [Span], measureSlots: [Int], obligationStarts: [Int], obligations: [Int], tail: Span) {
            (self.rules, self.measureSlots, self.obligationStarts, self.obligations, self.tail) =
                (rules, measureSlots, obligationStarts, obligations, tail)
        }

        /// The position of the `ordinal`-th obligation template of rule `rule`.
        @inline(__always)
        func obligation(rule: Int, ordinal: Int) -> Int {
            obligations[obligationStarts[rule] + ordinal]
        }
    }

    private let base: UnsafeMutablePointer<UInt8>
    private let documents: [Document]
    /// The measure of every slot.
    let measures: [MeasureID]
    private let measureSpans: [Span]
    /// By slot, the range of ``rules`` that holds the rules of that measure.
    private let ruleRanges: [Range<Int>]
    private let rules: [RuleFragment]
    private let obligations: [ObligationFragment]
    /// By ``Jurisdiction/slot``.
    private let regimes: [[RegimeFragment]]
    /// By ``Jurisdiction/slot``, then as ``regimes`` (0: no regime in force); `nil` for a regime
    /// a rule of which has no fragment (never for the evaluator the table was made from).
    private let regimeRules: [[RegimeRules?]]
    /// The version and digest, and their JSON strings.
    private let libraryVersion: String
    private let libraryVersionSpan: Span
    private let ruleSetDigest: String
    private let ruleSetDigestSpan: Span
    /// By ``DispositionKind/slot``, ``ConsequenceKind/bit``, ``FlagKind/bit``.
    private let dispositionKinds: [Span]
    private let consequenceKinds: [Span]
    private let flagKinds: [Span]
    /// By ``DispositionBasis/fragmentIndex`` and ``Modality/fragmentIndex``.
    private let bases: [Span]
    private let modalities: [Span]

    /// Escapes the constant strings of `evaluator`'s decisions.
    init(_ evaluator: Evaluator) {
        // Every fragment is written by one writer into one buffer, which becomes ``base``.
        var writer = ScreenedLineWriter.accumulating()
        /// The bytes `body` writes, after those of the fragments before it.
        func fragment(_ body: (inout ScreenedLineWriter) -> Void) -> Span {
            let start = writer.byteCount
            body(&writer)
            return Span(start: start, count: writer.byteCount - start)
        }

        // Measure slots: every document of the catalog or the rules, ordinals 1 … the highest cited.
        var highest: [(id: DocumentID, ordinal: Int)] = []
        func note(_ measure: MeasureID) {
            if let index = highest.firstIndex(where: { $0.id == measure.document }) {
                highest[index].ordinal = max(highest[index].ordinal, measure.ordinal)
            } else {
                highest.append((measure.document, measure.ordinal))
            }
        }
        // The rules' document ids first: decisions carry those very strings.
        for rule in evaluator.rules.rules { note(rule.id.measure) }
        for document in evaluator.catalog.documents {
            for measure in document.measures { note(measure.id) }
        }
        var documents: [Document] = []
        var measures: [MeasureID] = []
        for (id, ordinals) in highest where ordinals > 0 {
            documents.append(Document(id: Text(id.rawValue), firstSlot: measures.count, ordinals: ordinals))
            measures += (1...ordinals).map { MeasureID(id, $0) }
        }
        self.documents = documents
        self.measures = measures
        measureSpans = measures.map { measure in fragment { $0.measureID(measure) } }

        // Rules, by the slot of their measure, each distinct id once with the obligations of
        // every rule that has it.
        // (Kept by slot and position, not in a dictionary keyed by rule id: the first such
        // dictionary of a process costs a scan of the program's protocol conformances.)
        var byMeasure = [[RuleID]](repeating: [], count: measures.count)
        var templatesByMeasure = [[[ObligationTemplate]]](repeating: [], count: measures.count)
        for rule in evaluator.rules.rules {
            guard let slot = Self.slot(of: rule.id.measure, in: documents) else { continue }
            let templates = rule.effects.compactMap { effect -> ObligationTemplate? in
                guard case .obligation(let template) = effect else { return nil }
                return template
            }
            if let index = byMeasure[slot].firstIndex(of: rule.id) {
                templatesByMeasure[slot][index] += templates
            } else {
                byMeasure[slot].append(rule.id)
                templatesByMeasure[slot].append(templates)
            }
        }
        var ruleRanges: [Range<Int>] = []
        var rules: [RuleFragment] = []
        var obligations: [ObligationFragment] = []
        for (slot, ids) in byMeasure.enumerated() {
            let start = rules.count
            for (index, id) in ids.enumerated() {
                let first = obligations.count
                for template in templatesByMeasure[slot][index] {
                    obligations.append(ObligationFragment(
                        code: template.code, actor: template.actor.rawValue, en: template.action.en,
                        zh: template.action.zh, due: template.due,
                        head: fragment { $0.obligationHead(action: template.action, actor: template.actor, code: template.code) },
                        dueRule: template.due.map { due in fragment { $0.dueRule(due) } }))
                }
                rules.append(RuleFragment(slug: Text(id.slug), span: fragment { $0.ruleID(id) }, obligations: first..<obligations.count))
            }
            ruleRanges.append(start..<rules.count)
        }
        self.ruleRanges = ruleRanges
        self.rules = rules
        self.obligations = obligations

        var regimes = [[RegimeFragment]](repeating: [], count: Jurisdiction.allCases.count)
        for jurisdiction in Jurisdiction.allCases {
            let lists = [[]] + evaluator.regimeDocumentLists(for: jurisdiction)
            regimes[jurisdiction.slot] = lists.map { documents in
                RegimeFragment(documents: documents, span: fragment { $0.regimeTail(documents: documents, jurisdiction: jurisdiction) })
            }
        }
        self.regimes = regimes
        // Per regime, each compiled rule's fragments (the rule-set entry with its id, each
        // obligation template the entry's with the same code, actor, action and due rule).
        func ruleEntry(_ id: RuleID) -> RuleFragment? {
            guard let slot = Self.slot(of: id.measure, in: documents) else { return nil }
            return rules[ruleRanges[slot]].first { $0.slug.matches(id.slug) }
        }
        func table(_ compiled: [CompiledRuleSet.CompiledRule], tail: Span) -> RegimeRules? {
            var (spans, slots, starts, found) = ([Span](), [Int](), [Int](), [Int]())
            for compiledRule in compiled {
                let rule = compiledRule.rule
                guard let entry = ruleEntry(rule.id), let slot = Self.slot(of: rule.measure, in: documents) else { return nil }
                spans.append(entry.span)
                slots.append(slot)
                starts.append(found.count)
                for effect in rule.effects {
                    guard case .obligation(let template) = effect else { continue }
                    guard let index = entry.obligations.first(where: { index in
                        let candidate = obligations[index]
                        return candidate.code == template.code && candidate.actor == template.actor.rawValue
                            && candidate.en == template.action.en && candidate.zh == template.action.zh && candidate.due == template.due
                    }) else { return nil }
                    found.append(index)
                }
            }
            return RegimeRules(rules: spans, measureSlots: slots, obligationStarts: starts, obligations: found, tail: tail)
        }
        self.regimeRules = Jurisdiction.allCases.map { jurisdiction in
            let tails = regimes[jurisdiction.slot].map(\.span)
            let sets = evaluator.compiledRuleSets(for: jurisdiction).map(\.rules)
            return zip([[]] + sets, tails).map { table($0, tail: $1) }
        }
        let version = MedIPPolicyVersion.current
        libraryVersion = version
        libraryVersionSpan = fragment { $0.string(version) }
        ruleSetDigest = evaluator.ruleSetDigest
        ruleSetDigestSpan = fragment { $0.string(evaluator.ruleSetDigest) }
        dispositionKinds = DispositionKind.bySlot.map { kind in fragment { $0.string(kind.rawValue) } }
        consequenceKinds = ConsequenceKind.allCases.map { kind in fragment { $0.string(kind.rawValue) } }
        flagKinds = FlagKind.allCases.map { kind in fragment { $0.string(kind.rawValue) } }
        bases = DispositionBasis.allCases.sorted { $0.fragmentIndex < $1.fragmentIndex }.map { basis in
            fragment { $0.string(basis.rawValue) }
        }
        modalities = Modality.allCases.sorted { $0.fragmentIndex < $1.fragmentIndex }.map { modality in
            fragment { $0.string(modality.rawValue) }
        }

        base = writer.takeBytes().base
    }

    deinit {
        base.deallocate()
    }

    /// The bytes of a span.
    @inline(__always)
    func bytes(_ span: Span) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + span.start, count: span.count)
    }

    @inline(__always)
    private static func slot(of measure: MeasureID, in documents: [Document]) -> Int? {
        let id = measure.document.rawValue
        func slot(_ document: Document) -> Int? {
            guard measure.ordinal >= 1, measure.ordinal <= document.ordinals else { return nil }
            return document.firstSlot + measure.ordinal - 1
        }
        for document in documents where document.id.isIdentical(to: id) { return slot(document) }
        for document in documents where document.id.matches(id) { return slot(document) }
        return nil
    }

    /// The measure's slot (its index in ``measures``), or `nil` for a measure of another document
    /// or past the highest ordinal the catalog and rules know.
    @inline(__always)
    func slot(of measure: MeasureID) -> Int? {
        Self.slot(of: measure, in: documents)
    }

    /// The JSON string of a measure id, when it has a slot.
    @inline(__always)
    func measure(_ measure: MeasureID) -> Span? {
        slot(of: measure).map { measureSpans[$0] }
    }

    /// The rule's fragment entry, when the rule set holds a rule with this id.
    @inline(__always)
    private func entry(_ rule: RuleID) -> RuleFragment? {
        guard let slot = slot(of: rule.measure) else { return nil }
        let range = ruleRanges[slot]
        for index in range where rules[index].slug.isIdentical(to: rule.slug) { return rules[index] }
        for index in range where rules[index].slug.matches(rule.slug) { return rules[index] }
        return nil
    }

    /// The JSON string of a rule id, when the rule set holds a rule with this id.
    @inline(__always)
    func rule(_ rule: RuleID) -> Span? {
        entry(rule)?.span
    }

    /// The template an obligation was made from (found through its first rule), when its code,
    /// actor and action are that template's.
    func obligation(_ obligation: ResolvedObligation) -> ObligationFragment? {
        guard let first = obligation.rules.first, let entry = entry(first) else { return nil }
        for index in entry.obligations {
            let template = obligations[index]
            if obligation.code == template.code && obligation.actor.rawValue == template.actor
                && obligation.action.en == template.en && obligation.action.zh == template.zh {
                return template
            }
        }
        return nil
    }

    /// The regime's object after its date, when its documents are those of one of the
    /// evaluator's regimes.
    @inline(__always)
    func regimeTail(_ regime: Regime) -> Span? {
        for candidate in regimes[regime.jurisdiction.slot] where candidate.documents == regime.documents { return candidate.span }
        return nil
    }

    /// The fragments of a jurisdiction's regime `regime` (its position in
    /// ``Evaluator/regimeDocumentLists(for:)`` plus one, 0 for none in force:
    /// ``Evaluator/resolve(_:asOf:into:)``'s result), when every rule of it has them.
    @inline(__always)
    func regimeRules(_ jurisdiction: Jurisdiction, _ regime: Int) -> RegimeRules? {
        let list = regimeRules[jurisdiction.slot]
        return list.indices.contains(regime) ? list[regime] : nil
    }

    /// An obligation template's head and due rule, by its position
    /// (``RegimeRules/obligation(rule:ordinal:)``; read in place, not copying the template's texts).
    @inline(__always)
    func obligationHead(_ index: Int) -> Span { obligations[index].head }
    @inline(__always)
    func obligationDueRule(_ index: Int) -> Span? { obligations[index].dueRule }

    /// The JSON string of the measure of a slot.
    @inline(__always)
    func measure(slot: Int) -> Span { measureSpans[slot] }

    /// The JSON strings of this library's version and the evaluator's rule-set digest.
    var libraryVersionFragment: Span { libraryVersionSpan }
    var ruleSetDigestFragment: Span { ruleSetDigestSpan }

    /// The JSON string of a consequence's or a flag's kind, by its bit.
    @inline(__always)
    func consequenceKind(bit: Int) -> Span { consequenceKinds[bit] }
    @inline(__always)
    func flagKind(bit: Int) -> Span { flagKinds[bit] }

    /// The JSON string of the library version, when it is this library's.
    @inline(__always)
    func libraryVersion(_ text: String) -> Span? {
        text == libraryVersion ? libraryVersionSpan : nil
    }

    /// The JSON string of the rule-set digest, when it is the evaluator's.
    @inline(__always)
    func ruleSetDigest(_ text: String) -> Span? {
        text == ruleSetDigest ? ruleSetDigestSpan : nil
    }

    /// The JSON strings of the kinds' and enumerations' names.
    @inline(__always)
    func kind(_ kind: DispositionKind) -> Span { dispositionKinds[kind.slot] }
    @inline(__always)
    func kind(_ kind: ConsequenceKind) -> Span { consequenceKinds[kind.bit] }
    @inline(__always)
    func kind(_ kind: FlagKind) -> Span { flagKinds[kind.bit] }
    @inline(__always)
    func basis(_ basis: DispositionBasis) -> Span { bases[basis.fragmentIndex] }
    @inline(__always)
    func modality(_ modality: Modality) -> Span { modalities[modality.fragmentIndex] }
}

extension DispositionBasis {
    /// The basis's position in ``DecisionFragments``' table.
    var fragmentIndex: Int {
        switch self {
        case .rules: 0
        case .noDocumentInForce: 1
        case .notAddressed: 2
        }
    }
}

extension Modality {
    /// The modality's position in ``DecisionFragments``' table.
    var fragmentIndex: Int {
        switch self {
        case .must: 0
        case .shall: 1
        case .may: 2
        case .encourage: 3
        case .explore: 4
        case .commit: 5
        }
    }
}
