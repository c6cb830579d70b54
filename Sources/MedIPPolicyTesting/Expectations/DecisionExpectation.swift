/// What a date in a decision should be: absent, or a given day.
public enum DateExpectation: Sendable, Hashable, CustomStringConvertible {
    /// The part carries no date.
    case undated
    /// The part carries exactly this date.
    case on(CivilDate)

    /// Whether `date` meets the expectation.
    public func matches(_ date: CivilDate?) -> Bool {
        switch self {
        case .undated: date == nil
        case .on(let expected): date == expected
        }
    }

    /// `no date` or the ISO date.
    public var description: String {
        switch self {
        case .undated: "no date"
        case .on(let date): date.description
        }
    }
}

/// An obligation a decision should contain: its code and, where given, its actor, due date, the
/// rules that produced it, whether it is overdue and the modality of its clause.
public struct ObligationExpectation: Sendable, Hashable, CustomStringConvertible {
    /// The obligation's stable code, e.g. `give-opinion`.
    public var code: String
    /// Who must act; `nil` is not checked.
    public var actor: DepartmentID?
    /// The due date; `nil` is not checked.
    public var due: DateExpectation?
    /// The rules that produced it, exactly; `nil` is not checked.
    public var rules: Set<RuleID>?
    /// Whether its due date has passed on the decision's as-of date
    /// (`ResolvedObligation.isOverdue(on:)`); `nil` is not checked.
    public var overdue: Bool?
    /// The modality of the clause behind it (`ResolvedObligation/modality`), e.g. `.may` for an
    /// opinion the IP administration *may* give; `nil` is not checked.
    public var modality: Modality?

    /// Creates an expectation; the parts left `nil` are not checked.
    public init(
        _ code: String, actor: DepartmentID? = nil, due: DateExpectation? = nil, rules: Set<RuleID>? = nil,
        overdue: Bool? = nil, modality: Modality? = nil
    ) {
        self.code = code
        self.actor = actor
        self.due = due
        self.rules = rules
        self.overdue = overdue
        self.modality = modality
    }

    /// `code (actor, due …, overdue, modality)`.
    public var description: String {
        var parts: [String] = []
        if let actor { parts.append("by \(actor)") }
        if let due { parts.append("due \(due)") }
        if let overdue { parts.append(overdue ? "overdue" : "not overdue") }
        if let modality { parts.append(modality.rawValue) }
        return parts.isEmpty ? code : "\(code) (\(parts.joined(separator: ", ")))"
    }
}

/// The parts of a `Decision` a test cares about; the parts left unspecified (`nil`) are not
/// checked.
///
/// Compare with ``mismatches(in:)``, which returns one readable ``Mismatch`` per difference — an
/// empty array when the decision meets the expectation. It needs no test framework; the
/// `expectDecision(_:matches:)` (Swift Testing) and `XCTAssertDecision(_:matches:)` (XCTest)
/// helpers turn the mismatches into test failures at the caller's source location.
///
/// How each part is compared:
///
/// | part | comparison |
/// |---|---|
/// | ``disposition``, ``dispositionDate``, ``dispositionBasis`` | equal |
/// | ``dispositionRules`` | the set of rules behind the disposition, exactly |
/// | ``concurrentDispositions``, ``supersededDispositions`` | the set of kinds, exactly |
/// | ``obligations`` | **contained**: each expected obligation is present (extra ones are fine), with the actor, due date, rules, overdue status and modality given |
/// | ``consequences``, ``flags`` | the set of kinds, exactly |
/// | ``citedMeasures`` | `Decision/citedMeasures` as a set, exactly |
/// | ``overriddenRules`` | the rules that fired but were overridden, exactly (needs the decision's trace) |
/// | ``regime`` | the documents in force, in order |
///
/// ```swift
/// let expected = DecisionExpectation(
///     disposition: .deferUntil, date: .on(try CivilDate(iso8601: "2029-06-18")),
///     flags: [.complianceReminder])
/// let problems = expected.mismatches(in: decision)   // [] when it matches
/// ```
public struct DecisionExpectation: Sendable, Hashable {
    /// The disposition kind.
    public var disposition: DispositionKind?
    /// The disposition's date (defer until, await until, green channel due by).
    public var dispositionDate: DateExpectation?
    /// The rules that produced the disposition.
    public var dispositionRules: Set<RuleID>?
    /// Why the disposition is what it is (`ResolvedDisposition/basis`): decided by rules, or the
    /// ordinary procedure because no document is in force or none addresses the case.
    public var dispositionBasis: DispositionBasis?
    /// The kinds standing with the disposition (revoke the listing *and* cancel the selection).
    public var concurrentDispositions: Set<DispositionKind>?
    /// The less restrictive kinds the lattice set aside.
    public var supersededDispositions: Set<DispositionKind>?
    /// Obligations the decision must contain (others may be present too).
    public var obligations: [ObligationExpectation]
    /// The consequences.
    public var consequences: Set<ConsequenceKind>?
    /// The flags.
    public var flags: Set<FlagKind>?
    /// Every measure the decision cites.
    public var citedMeasures: Set<MeasureID>?
    /// The rules that fired but were overridden by another rule (read from `Decision/trace`; a
    /// decision without a trace does not match a specified value).
    public var overriddenRules: Set<RuleID>?
    /// The documents in force on the as-of date, in catalog order.
    public var regime: [DocumentID]?

    /// Creates an expectation; every part left `nil` (or, for obligations, empty) is not checked.
    public init(
        disposition: DispositionKind? = nil, date: DateExpectation? = nil, rules: Set<RuleID>? = nil,
        basis: DispositionBasis? = nil, concurrent: Set<DispositionKind>? = nil, superseded: Set<DispositionKind>? = nil,
        obligations: [ObligationExpectation] = [], consequences: Set<ConsequenceKind>? = nil,
        flags: Set<FlagKind>? = nil, measures: Set<MeasureID>? = nil, overridden: Set<RuleID>? = nil,
        regime: [DocumentID]? = nil
    ) {
        self.disposition = disposition
        self.dispositionDate = date
        self.dispositionRules = rules
        self.dispositionBasis = basis
        self.concurrentDispositions = concurrent
        self.supersededDispositions = superseded
        self.obligations = obligations
        self.consequences = consequences
        self.flags = flags
        self.citedMeasures = measures
        self.overriddenRules = overridden
        self.regime = regime
    }

    /// Whether `decision` meets every specified part.
    public func matches(_ decision: Decision) -> Bool { mismatches(in: decision).isEmpty }
}
