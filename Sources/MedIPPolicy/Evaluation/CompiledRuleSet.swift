/// The dates the anchors of a case resolve to: a fixed slot per ``DateAnchor``, no dictionary and
/// no heap allocation.
package struct AnchorDates: Sendable {
    private var asOf: Int32 = 0
    private var listingApplication: Int32 = 0
    private var opinionDeadline: Int32 = 0
    private var linkageBarEnd: Int32 = 0
    private var rulingEffective: Int32 = 0
    private var objectionReceived: Int32 = 0
    private var disputeFiled: Int32 = 0
    private var present: UInt16 = 0

    package init() {}

    /// The date of an anchor, or `nil` when the case does not provide it.
    package subscript(anchor: DateAnchor) -> CivilDate? {
        get {
            guard present & (1 << anchor.slot) != 0 else { return nil }
            let days: Int32 = switch anchor {
            case .asOf: asOf
            case .listingApplication: listingApplication
            case .opinionDeadline: opinionDeadline
            case .linkageBarEnd: linkageBarEnd
            case .rulingEffective: rulingEffective
            case .objectionReceived: objectionReceived
            case .disputeFiled: disputeFiled
            }
            return CivilDate(uncheckedDaysSinceEpoch: Int(days))
        }
        set {
            guard let newValue else {
                present &= ~(1 << anchor.slot)
                return
            }
            let days = newValue.daysSinceEpoch
            switch anchor {
            case .asOf: asOf = days
            case .listingApplication: listingApplication = days
            case .opinionDeadline: opinionDeadline = days
            case .linkageBarEnd: linkageBarEnd = days
            case .rulingEffective: rulingEffective = days
            case .objectionReceived: objectionReceived = days
            case .disputeFiled: disputeFiled = days
            }
            present |= 1 << anchor.slot
        }
    }
}

extension DateAnchor {
    /// The anchor's slot in ``AnchorDates``.
    var slot: Int {
        switch self {
        case .asOf: 0
        case .listingApplication: 1
        case .opinionDeadline: 2
        case .linkageBarEnd: 3
        case .rulingEffective: 4
        case .objectionReceived: 5
        case .disputeFiled: 6
        }
    }
}

/// What establishing the facts keeps of the entries that support a predicate (package-internal):
/// their paths into the case when a trace is wanted (``EvidencePaths``), otherwise only their
/// number (``EvidenceCount``), so that evaluation without a trace builds no strings — and, the
/// establishing being specialised for each, holds no array it must release.
package protocol EvidenceList {
    /// An empty list.
    init()
    /// Whether paths are kept.
    static var collecting: Bool { get }
    /// Notes one supporting entry; the path is built only when paths are kept.
    mutating func add(_ path: @autoclosure () -> String)
    /// Whether nothing was noted.
    var isEmpty: Bool { get }
    /// The paths noted, `nil` when paths are not kept.
    var paths: [String]? { get }
}

/// Supporting entries counted, their paths not built.
package struct EvidenceCount: EvidenceList {
    private var count = 0
    package init() {}
    package static var collecting: Bool { false }
    @inline(__always)
    package mutating func add(_ path: @autoclosure () -> String) { count += 1 }
    package var isEmpty: Bool { count == 0 }
    package var paths: [String]? { nil }
}

/// Supporting entries with their paths into the case, for a trace.
package struct EvidencePaths: EvidenceList {
    private var list: [String] = []
    package init() {}
    package static var collecting: Bool { true }
    package mutating func add(_ path: @autoclosure () -> String) { list.append(path()) }
    package var isEmpty: Bool { list.isEmpty }
    package var paths: [String]? { list }
}

/// The facts of one case on one date, as the compiled rules read them: one bit per predicate,
/// the dates anchors resolve to, and (when tracing) the evidence paths.
package struct FactSet: Sendable {
    /// Bit `p.ordinalIndex` is set when predicate `p` holds.
    package var mask: UInt64 = 0
    /// The date of each anchor the case provides.
    package var anchors = AnchorDates()
    /// Evidence paths per predicate (empty unless collected).
    package var evidence: [Predicate: [String]] = [:]
    /// The case field each anchor's date comes from (e.g. `round.applicationDate`); none for
    /// ``DateAnchor/asOf``.
    package var anchorSources: [DateAnchor: String] = [:]
    /// The index of the category-3 declaration whose patent sets ``DateAnchor/linkageBarEnd``;
    /// -1 when none does (no such patent in force, or a market exclusivity ends later). Kept
    /// whether or not evidence is collected: the decision names the patent
    /// (``ResolvedDisposition/blockingPatent``).
    package var linkageBarDeclaration = -1

    package init() {}

    /// Whether a predicate holds.
    package func holds(_ predicate: Predicate) -> Bool {
        mask & (1 << UInt64(predicate.ordinalIndex)) != 0
    }

    /// Records a predicate's value.
    @inline(__always)
    package mutating func set(_ predicate: Predicate, _ value: Bool) {
        let bit: UInt64 = 1 << UInt64(predicate.ordinalIndex)
        if value { mask |= bit } else { mask &= ~bit }
    }

    /// Records a predicate as holding exactly when the list is non-empty, keeping its paths.
    @inline(__always)
    package mutating func set<Evidence: EvidenceList>(_ predicate: Predicate, _ list: borrowing Evidence) {
        set(predicate, !list.isEmpty)
        if Evidence.collecting, let paths = list.paths, !paths.isEmpty { evidence[predicate] = paths }
    }

    /// Records a predicate with one evidence path when it holds and paths are collected.
    package mutating func set(_ predicate: Predicate, _ value: Bool, path: @autoclosure () -> String, collecting: Bool) {
        set(predicate, value)
        if value && collecting { evidence[predicate] = [path()] }
    }
}

/// A rule set compiled for fast evaluation: each condition in disjunctive normal form over the
/// predicate bit mask, overrides as indices.
package final class CompiledRuleSet: Sendable {
    package struct Term: Sendable, Hashable {
        package var required: UInt64
        package var forbidden: UInt64
    }

    package struct CompiledRule: Sendable {
        package let rule: Rule
        /// The condition in DNF; `nil` when it was too large to expand (evaluated as a tree).
        package let terms: [Term]?
        /// Indices of the rules this one overrides (unknown ids are ignored: the rule they name
        /// is not in this regime).
        package let overrides: [Int]
    }

    package let rules: [CompiledRule]

    /// Per rule, for sets of at most 64 rules: the bit mask of the rules that override it, the
    /// consequences and flags it yields as bit masks, and its disposition — so a verdict is a few
    /// integer operations per rule. `nil` for larger sets (the verdict then uses the full path).
    /// A class so that reading it during a verdict retains one reference, not four arrays.
    package final class Summary: Sendable {
        package let overriddenBy: [UInt64]
        package let consequences: [UInt8]
        package let flags: [UInt32]
        package let dispositions: [DispositionTemplate?]

        init(overriddenBy: [UInt64], consequences: [UInt8], flags: [UInt32], dispositions: [DispositionTemplate?]) {
            self.overriddenBy = overriddenBy
            self.consequences = consequences
            self.flags = flags
            self.dispositions = dispositions
        }
    }

    package let summary: Summary?

    /// Every rule's DNF terms, end to end, each with its rule's bit (for sets of at most 64
    /// rules; 0 otherwise), and each rule's range in it; a rule whose condition was too large to
    /// expand has an empty range and `true` in ``evaluatesAsTree``. Kept apart from ``rules`` so
    /// the hot loops touch only integers, never a `Rule` (whose copy would retain its strings and
    /// arrays): ``fires(_:_:)`` tests one rule's range, ``firedMask(_:)`` the whole array.
    private let flatTerms: [FiringTerm]
    private let termRanges: [Range<Int>]
    private let evaluatesAsTree: [Bool]
    /// The indices of the rules evaluated as trees.
    private let treeRules: [Int]

    struct FiringTerm {
        var required: UInt64
        var forbidden: UInt64
        var rule: UInt64
    }

    /// Terms above which a condition is evaluated as a tree instead.
    static let maximumTerms = 256

    /// Per rule, the first day its periods may start from (its document's effective date under
    /// ``TimeLimitStart/laterOfAnchorAndEffectiveDate``), or `nil` to count from the anchor.
    package let countsFrom: [CivilDate?]

    /// Compiles a rule set; `effectiveDates` gives each document's first day in force, for
    /// ``Rule/timeLimitStart``.
    package convenience init(_ set: RuleSet, effectiveDates: [DocumentID: CivilDate] = [:]) {
        self.init(RuleCompilation(set, effectiveDates: effectiveDates), documents: nil)
    }

    /// The compiled rules of `compilation` that cite a measure of `documents` (all of them for
    /// `nil`): what compiling that restriction of the rule set gives, without sorting the rules,
    /// expanding their conditions or resolving their overrides again (``RuleCompilation`` did
    /// that once for every regime).
    package init(_ compilation: RuleCompilation, documents: [DocumentID]?) {
        // The positions (in the compilation's id order) of the rules kept, and each one's position
        // here: filtering a list sorted by id keeps it sorted, as sorting the restriction would.
        var kept: [Int] = []
        var local = [Int](repeating: -1, count: compilation.rules.count)
        for (position, rule) in compilation.rules.enumerated() where documents?.contains(rule.measure.document) ?? true {
            local[position] = kept.count
            kept.append(position)
        }
        countsFrom = kept.map { compilation.countsFrom[$0] }
        // An override names the first rule with its id; rules with one id cite one measure, so
        // they are all kept or all left out together.
        rules = kept.map { position in
            CompiledRule(
                rule: compilation.rules[position], terms: compilation.terms[position],
                overrides: compilation.overrides[position].compactMap { local[$0] >= 0 ? local[$0] : nil })
        }
        var flat: [FiringTerm] = []
        var ranges: [Range<Int>] = []
        for (index, compiled) in rules.enumerated() {
            let start = flat.count
            let bit: UInt64 = index < 64 ? 1 << UInt64(index) : 0
            flat += (compiled.terms ?? []).map { FiringTerm(required: $0.required, forbidden: $0.forbidden, rule: bit) }
            ranges.append(start..<flat.count)
        }
        flatTerms = flat
        termRanges = ranges
        let asTree = rules.map { $0.terms == nil }
        evaluatesAsTree = asTree
        treeRules = asTree.indices.filter { asTree[$0] }
        guard rules.count <= 64 else {
            summary = nil
            return
        }
        var overriddenBy = [UInt64](repeating: 0, count: rules.count)
        for (i, compiled) in rules.enumerated() {
            for target in compiled.overrides { overriddenBy[target] |= 1 << UInt64(i) }
        }
        summary = Summary(
            overriddenBy: overriddenBy,
            consequences: kept.map { compilation.consequences[$0] },
            flags: kept.map { compilation.flags[$0] },
            dispositions: kept.map { compilation.dispositions[$0] })
    }

    /// The condition in DNF, contradictory terms removed; `nil` past ``maximumTerms``.
    static func dnf(_ condition: Condition, negated: Bool) -> [Term]? {
        switch condition {
        case .predicate(let predicate):
            let bit: UInt64 = 1 << UInt64(predicate.ordinalIndex)
            return [negated ? Term(required: 0, forbidden: bit) : Term(required: bit, forbidden: 0)]
        case .not(let inner):
            return dnf(inner, negated: !negated)
        case .all(let parts), .any(let parts):
            let conjunctive: Bool = {
                if case .all = condition { return !negated }
                return negated
            }()
            if conjunctive {
                var terms = [Term(required: 0, forbidden: 0)]
                for part in parts {
                    guard let partTerms = dnf(part, negated: negated) else { return nil }
                    var product: [Term] = []
                    for a in terms {
                        for b in partTerms {
                            let term = Term(required: a.required | b.required, forbidden: a.forbidden | b.forbidden)
                            if term.required & term.forbidden == 0 { product.append(term) }
                        }
                    }
                    terms = product
                    if terms.count > maximumTerms { return nil }
                }
                return terms
            } else {
                var terms: [Term] = []
                for part in parts {
                    guard let partTerms = dnf(part, negated: negated) else { return nil }
                    terms += partTerms
                    if terms.count > maximumTerms { return nil }
                }
                return terms
            }
        }
    }

    /// The predicates that made rule `index` fire — those of the first satisfied DNF term, with
    /// the values the term needs — or every predicate the condition reads when it was evaluated
    /// as a tree.
    package func reasons(_ index: Int, _ facts: FactSet) -> [Predicate] {
        let compiled = rules[index]
        guard let terms = compiled.terms,
              let term = terms.first(where: { facts.mask & $0.required == $0.required && facts.mask & $0.forbidden == 0 })
        else { return compiled.rule.condition.predicates }
        let bits = term.required | term.forbidden
        return Predicate.allCases.filter { bits & (1 << UInt64($0.ordinalIndex)) != 0 }
    }

    /// The rules that fire on the facts, bit `i` for rule `i` (only when ``summary`` exists, that
    /// is for at most 64 rules): each term is tested without a branch, then the rules evaluated
    /// as trees.
    package func firedMask(_ facts: FactSet) -> UInt64 {
        let mask = facts.mask
        var fired: UInt64 = 0
        flatTerms.withUnsafeBufferPointer { terms in
            for term in terms {
                let matches = (mask & term.required == term.required) && (mask & term.forbidden == 0)
                fired |= matches ? term.rule : 0
            }
        }
        for index in treeRules where fires(index, facts) { fired |= 1 << UInt64(index) }
        return fired
    }

    /// Whether rule `index` fires on the facts.
    @inline(__always)
    package func fires(_ index: Int, _ facts: FactSet) -> Bool {
        let mask = facts.mask  // only the mask: capturing the fact set would copy its dictionaries
        if evaluatesAsTree[index] {
            return rules[index].rule.condition.holds { mask & (1 << UInt64($0.ordinalIndex)) != 0 }
        }
        return flatTerms.withUnsafeBufferPointer { terms in
            for position in termRanges[index] {
                let term = terms[position]
                if mask & term.required == term.required && mask & term.forbidden == 0 { return true }
            }
            return false
        }
    }
}

/// The work of compiling a rule set that does not depend on the regime, done once for all of an
/// evaluator's regimes: the rules sorted by id, each condition in disjunctive normal form, each
/// rule's overrides as positions, where its periods may start, and its consequences, flags and
/// disposition. ``CompiledRuleSet/init(_:documents:)`` selects a regime's rules from it.
package struct RuleCompilation: Sendable {
    /// The rules, sorted by id (rules with one id in their order in the set).
    let rules: [Rule]
    /// Per rule, its condition's DNF terms (`nil` when too large to expand).
    let terms: [[CompiledRuleSet.Term]?]
    /// Per rule, the positions in ``rules`` of the rules it overrides: for each id it names, the
    /// first rule with that id (ids the set does not hold are left out).
    let overrides: [[Int]]
    /// Per rule, the first day its periods may start from (``CompiledRuleSet/countsFrom``).
    let countsFrom: [CivilDate?]
    /// Per rule, its consequences as a bit mask (``ConsequenceKind/bit``).
    let consequences: [UInt8]
    /// Per rule, its flags as a bit mask (``FlagKind/bit``).
    let flags: [UInt32]
    /// Per rule, its disposition, if it yields one.
    let dispositions: [DispositionTemplate?]

    /// Sorts and compiles the rules of a set; `effectiveDates` gives each document's first day
    /// in force, for ``Rule/timeLimitStart``.
    package init(_ set: RuleSet, effectiveDates: [DocumentID: CivilDate] = [:]) {
        self.init(set) { effectiveDates[$0] }
    }

    /// Sorts and compiles the rules of a set, each document's first day in force read from the
    /// catalog's documents (a handful, searched in turn).
    init(_ set: RuleSet, documents: [PolicyDocument]) {
        self.init(set) { id in documents.first { $0.id == id }?.effective }
    }

    /// Sorts and compiles the rules of a set; `effective` gives a document's first day in force.
    ///
    /// No dictionary or set keyed by an id is built: the first of them in a process costs a
    /// scan of every protocol conformance in the program (about 300,000 instructions), so
    /// overrides are found by binary search in the sorted rules instead.
    private init(_ set: RuleSet, effective: (DocumentID) -> CivilDate?) {
        let sorted = set.rules.sorted { $0.id < $1.id }
        rules = sorted
        terms = sorted.map { CompiledRuleSet.dnf($0.condition, negated: false) }
        /// The position of the first rule with this id, if any.
        func position(of id: RuleID) -> Int? {
            var (low, high) = (0, sorted.count)
            while low < high {
                let middle = (low + high) / 2
                if sorted[middle].id < id { low = middle + 1 } else { high = middle }
            }
            return low < sorted.count && sorted[low].id == id ? low : nil
        }
        overrides = sorted.map { rule in rule.overrides.compactMap(position(of:)) }
        countsFrom = sorted.map { rule in
            rule.timeLimitStart == .laterOfAnchorAndEffectiveDate ? effective(rule.measure.document) : nil
        }
        consequences = sorted.map { rule in
            rule.effects.reduce(into: UInt8(0)) { bits, effect in
                if case .consequence(let kind) = effect { bits |= 1 << UInt8(kind.bit) }
            }
        }
        flags = sorted.map { rule in
            rule.effects.reduce(into: UInt32(0)) { bits, effect in
                if case .flag(let kind) = effect { bits |= 1 << UInt32(kind.bit) }
            }
        }
        dispositions = sorted.map(\.disposition)
    }
}

extension Condition {
    /// The first part of a condition that is false on the facts (call only when it is false).
    func firstFailure(_ facts: (Predicate) -> Bool) -> ConditionFailure? {
        switch self {
        case .predicate(let predicate):
            return ConditionFailure(predicate: predicate, needed: true)
        case .not(let inner):
            return inner.firstSuccess(facts)
        case .all(let parts):
            return parts.first { !$0.holds(given: facts) }?.firstFailure(facts)
        case .any(let parts):
            return parts.first?.firstFailure(facts)
        }
    }

    /// The first part that makes a condition true, as the failure of its negation.
    func firstSuccess(_ facts: (Predicate) -> Bool) -> ConditionFailure? {
        switch self {
        case .predicate(let predicate):
            return ConditionFailure(predicate: predicate, needed: false)
        case .not(let inner):
            return inner.firstFailure(facts)
        case .all(let parts):
            return parts.first?.firstSuccess(facts)
        case .any(let parts):
            return parts.first { $0.holds(given: facts) }?.firstSuccess(facts)
        }
    }
}
