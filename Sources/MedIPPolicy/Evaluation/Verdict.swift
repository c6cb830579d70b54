/// The listing decision alone: the disposition with its date, a concurrent disposition, and the
/// consequences and flags — without obligations, citations or trace.
///
/// What batch screening and benchmarks need per case, computed from precompiled bit masks with
/// no heap allocation beyond the case's facts. ``Evaluator/verdict(for:asOf:)`` returns it;
/// ``Evaluator/evaluate(_:asOf:detail:)`` returns the full ``Decision``, whose disposition,
/// concurrent dispositions, consequences and flags always agree with the verdict (a test checks).
public struct Verdict: Sendable, Hashable, Codable {
    /// The disposition the lattice and overrides settle on.
    public var disposition: DispositionKind
    /// Its date (defer until, await until, green channel due by), or `nil`.
    public var date: CivilDate?
    /// Why the disposition's date is unknown, when it has one that cannot be computed yet
    /// (``ResolvedDisposition/unknownDate``); ``date`` is then `nil`. JSON: `"unknownDate"`,
    /// present only then.
    public var unknownDate: UnknownDate?
    /// The other rank-0 disposition standing with it (revoke the listing and cancel the
    /// selection), or `nil`.
    public var concurrent: DispositionKind?
    /// The consequences, in vocabulary order.
    public var consequences: [ConsequenceKind]
    /// The flags, in vocabulary order.
    public var flags: [FlagKind]

    /// Creates a verdict.
    public init(
        disposition: DispositionKind, date: CivilDate? = nil, concurrent: DispositionKind? = nil,
        consequences: [ConsequenceKind] = [], flags: [FlagKind] = [], unknownDate: UnknownDate? = nil
    ) {
        self.disposition = disposition
        self.date = date
        self.unknownDate = unknownDate
        self.concurrent = concurrent
        self.consequences = consequences
        self.flags = flags
    }

    /// The verdict a full decision carries.
    public init(_ decision: Decision) {
        self.init(
            disposition: decision.disposition.kind, date: decision.disposition.date,
            concurrent: decision.concurrentDispositions.first?.kind,
            consequences: decision.consequences.map(\.kind), flags: decision.flags.map(\.kind),
            unknownDate: decision.disposition.unknownDate)
    }
}

extension Verdict {
    enum CodingKeys: String, CodingKey { case disposition, date, unknownDate, concurrent, consequences, flags }

    /// Decodes a stored verdict strictly: a key this library does not write, here or in the
    /// unknown date, is an error naming its path (unless the decoder's user info allows unknown
    /// keys, ``Decision/userInfo(for:)``).
    public init(from decoder: any Decoder) throws {
        self = try decoder.auditingKeys { decoder in
            let c = try decoder.container(keyedBy: CodingKeys.self)
            return Verdict(
                disposition: try c.decode(DispositionKind.self, forKey: .disposition),
                date: try c.decodeIfPresent(CivilDate.self, forKey: .date),
                concurrent: try c.decodeIfPresent(DispositionKind.self, forKey: .concurrent),
                consequences: try c.decode([ConsequenceKind].self, forKey: .consequences),
                flags: try c.decode([FlagKind].self, forKey: .flags),
                unknownDate: try c.decodeIfPresent(UnknownDate.self, forKey: .unknownDate))
        }
    }
}

extension Evaluator {
    /// The listing decision for a case already known to be valid, without obligations or trace.
    ///
    /// Does not validate (call ``Case/validate(rules:)`` first, or use
    /// ``evaluate(_:asOf:detail:)``).
    ///
    /// - Throws: ``EvaluationError`` when a due date needs a year with no working-day schedule
    ///   and ``unknownDates`` is ``UnknownDatePolicy/fail``; by default the verdict is made and
    ///   the date recorded as ``Verdict/unknownDate``.
    public func verdict(for facts: Case, asOf date: CivilDate) throws(EvaluationError) -> Verdict {
        Verdict(try verdictParts(for: facts, asOf: date))
    }

    /// The verdict ``verdict(for:asOf:)`` answers, its consequences and flags as bit masks
    /// (package-internal: a screening writes verdict lines from these, without making the two
    /// arrays).
    package func verdictParts(for facts: Case, asOf date: CivilDate) throws(EvaluationError) -> VerdictParts {
        let established = FactSet(facts, asOf: date, rules: patentTermRules, collectingEvidence: false)
        let compiled = compiledRules(for: facts.jurisdiction, on: date)
        guard let summary = compiled.summary else {
            var verdict = Verdict(try decide(
                facts: established, caseID: facts.id,
                regime: Regime(jurisdiction: facts.jurisdiction, date: date, documents: []),
                compiled: compiled, asOf: date, detail: .summary))
            if var unknown = verdict.unknownDate {
                unknown.from = source(of: unknown.expression.anchor, facts, date)
                verdict.unknownDate = unknown
            }
            return VerdictParts(verdict)
        }
        let fired = compiled.firedMask(established)
        var consequenceBits: UInt8 = 0
        var flagBits: UInt32 = 0
        var kinds: UInt16 = 0  // bit per DispositionKind.restrictiveness-ordered slot
        var deferDate = ResolvedDate.none
        var awaitDate = ResolvedDate.none
        var greenDate = ResolvedDate.none
        var remaining = fired
        while remaining != 0 {
            let index = remaining.trailingZeroBitCount
            remaining &= remaining - 1
            guard summary.overriddenBy[index] & fired == 0 else { continue }
            consequenceBits |= summary.consequences[index]
            flagBits |= summary.flags[index]
            guard let template = summary.dispositions[index] else { continue }
            kinds |= 1 << UInt16(template.kind.slot)
            let resolved: ResolvedDate
            do {
                resolved = try resolve(template.date, established, notBefore: compiled.countsFrom[index])
            } catch {
                throw withCaseField(error, facts, date)
            }
            switch template.kind {
            case .deferUntil: deferDate = ResolvedDate.merge(deferDate, resolved, for: .deferUntil)
            case .awaitOpinion: awaitDate = ResolvedDate.merge(awaitDate, resolved, for: .awaitOpinion)
            case .greenChannel: greenDate = ResolvedDate.merge(greenDate, resolved, for: .greenChannel)
            default: break
            }
        }
        // The parts are gathered in locals and the verdict made once, in the return: assigning
        // them into a `var verdict` copied and destroyed the whole value twice a call.
        var disposition = DispositionKind.ordinaryProcedure
        var dispositionDate: CivilDate?
        var unknownDate: UnknownDate?
        var concurrent: DispositionKind?
        if kinds != 0 {
            let winner = DispositionKind(slot: kinds.trailingZeroBitCount)
            disposition = winner
            switch winner {
            case .deferUntil: (dispositionDate, unknownDate) = (deferDate.date, deferDate.unknown)
            case .awaitOpinion: (dispositionDate, unknownDate) = (awaitDate.date, awaitDate.unknown)
            case .greenChannel: (dispositionDate, unknownDate) = (greenDate.date, greenDate.unknown)
            default: break
            }
            if let anchor = unknownDate?.expression.anchor {
                // Established without field names: name the field now (rare).
                unknownDate?.from = source(of: anchor, facts, date)
            }
            let rest = kinds & (kinds - 1)
            if rest != 0 {
                let next = DispositionKind(slot: rest.trailingZeroBitCount)
                if next.isConcurrent(with: winner) { concurrent = next }
            }
        }
        return VerdictParts(
            disposition: disposition, date: dispositionDate, concurrent: concurrent,
            consequences: UInt64(consequenceBits), flags: UInt64(flagBits), unknownDate: unknownDate)
    }
}

/// A verdict before its lists are made (package-internal): what ``Verdict`` holds, with the
/// consequences and flags as bit masks — bit `i` set for the value whose index (position in
/// `allCases`, vocabulary order) is `i`. ``Verdict/init(_:)`` makes the verdict; a screening
/// writes its line from the parts, without the two arrays.
package struct VerdictParts: Sendable {
    package var disposition: DispositionKind
    package var date: CivilDate?
    package var concurrent: DispositionKind?
    /// ``ConsequenceKind`` values, one bit each.
    package var consequences: UInt64
    /// ``FlagKind`` values, one bit each.
    package var flags: UInt64
    package var unknownDate: UnknownDate?
}

extension VerdictParts {
    /// The parts of `verdict`.
    package init(_ verdict: Verdict) {
        self.init(
            disposition: verdict.disposition, date: verdict.date, concurrent: verdict.concurrent,
            consequences: verdict.consequences.reduce(0) { $0 | 1 << UInt64($1.index) },
            flags: verdict.flags.reduce(0) { $0 | 1 << UInt64($1.index) }, unknownDate: verdict.unknownDate)
    }
}

extension Verdict {
    /// The verdict of `parts`: its consequences and flags in ascending bit order, which is the
    /// vocabulary order of ``ConsequenceKind/allCases`` and ``FlagKind/allCases``.
    package init(_ parts: VerdictParts) {
        self.init(
            disposition: parts.disposition, date: parts.date, concurrent: parts.concurrent,
            consequences: Self.kinds(in: parts.consequences, ConsequenceKind.init(bit:)),
            flags: Self.kinds(in: parts.flags, FlagKind.init(bit:)), unknownDate: parts.unknownDate)
    }

    /// The values whose bits are set in `bits`, in ascending bit order.
    @inline(__always)
    private static func kinds<Kind>(in bits: UInt64, _ kind: (Int) -> Kind) -> [Kind] {
        var kinds: [Kind] = []
        guard bits != 0 else { return kinds }
        kinds.reserveCapacity(bits.nonzeroBitCount)
        var rest = bits
        while rest != 0 {
            kinds.append(kind(rest.trailingZeroBitCount))
            rest &= rest &- 1
        }
        return kinds
    }
}
