/// The computed term of a patent (专利权期限): the statutory term, its adjustment and
/// compensation, the compensation ceiling, and any early end.
///
/// **Day-counting convention.** Patent Law Art. 42 counts every term "from the filing date"
/// (自申请日起计算). CNIPA's Guidelines for Patent Examination (专利审查指南 2010, Part V
/// Chapter 9 §2.1) give the worked example: a utility model filed 1999-09-06 has the term
/// 1999-09-06 to 2009-09-05, and the right terminates on expiry (期满终止日) on 2009-09-06,
/// the anniversary, not postponed for holidays (遇节假日不顺延). This library follows that
/// example: every end date here (``nominalExpiry``, ``adjustedExpiry``, ``expiry``, ``end``) is
/// the **first day on which the patent no longer protects** — the anniversary for the statutory
/// term — and ``lastDayInForce`` is the day before ``end``. The Implementing Regulations Art. 5
/// start-day rule and holiday roll-forward govern procedural time limits, not the term itself.
///
/// Term adjustment (Art. 42(2)) and compensation (Art. 42(3)) are added in calendar days to the
/// statutory expiry. The compensation ceiling is the earlier of the adjusted expiry + 5 years and
/// the drug's approval date + 14 years (the total effective term after approval); without an
/// approval date only the 5-year cap applies. A granted compensation above the ceiling is kept
/// (it is CNIPA's decision, an input) and flagged by ``compensationExceedsCeiling``; ``Case``
/// validation reports it as an error.
///
/// Dates saturate at 9999-12-31 rather than trap on absurd input.
public struct PatentTerm: Sendable, Hashable, Codable {
    /// The patent type the term is for.
    public var type: PatentType
    /// The filing date the term counts from.
    public var filingDate: CivilDate
    /// The statutory length in years (20, 10, 15 or 10 for older designs).
    public var statutoryYears: Int
    /// The statutory expiry (期满终止日): filing date + ``statutoryYears`` — the anniversary.
    public var nominalExpiry: CivilDate
    /// Term adjustment in days (Art. 42(2)), as given on the patent.
    public var adjustmentDays: Int
    /// ``nominalExpiry`` + ``adjustmentDays``.
    public var adjustedExpiry: CivilDate
    /// Drug-patent term compensation in days (Art. 42(3)), as given on the patent.
    public var compensationDays: Int
    /// The latest date the compensated expiry may reach: min(``adjustedExpiry`` + 5 years,
    /// approval + 14 years), never before ``adjustedExpiry``.
    public var compensationCeiling: CivilDate
    /// The most compensation days the ceiling allows (`adjustedExpiry` → `compensationCeiling`).
    public var compensationCeilingDays: Int
    /// Whether the 14-years-after-approval cap (rather than the 5-year cap) set the ceiling.
    public var ceilingSetByApprovalCap: Bool
    /// Whether ``compensationDays`` exceeds ``compensationCeilingDays``.
    public var compensationExceedsCeiling: Bool
    /// The natural expiry: ``adjustedExpiry`` + ``compensationDays``.
    public var expiry: CivilDate
    /// An end before ``expiry`` by termination, surrender or whole invalidation not followed by a
    /// restoration; `nil` when the patent runs (or ran) its full term.
    public var endedEarly: PatentEarlyEnd?
    /// The first day on which the patent no longer protects: ``endedEarly``'s date, else
    /// ``expiry``.
    public var end: CivilDate
    /// The day before ``end``: the last day of protection if the patent was granted.
    public var lastDayInForce: CivilDate

    /// Creates a term from its parts (normally obtained from ``Patent/term(rules:)``).
    public init(
        type: PatentType, filingDate: CivilDate, statutoryYears: Int, nominalExpiry: CivilDate,
        adjustmentDays: Int, adjustedExpiry: CivilDate, compensationDays: Int,
        compensationCeiling: CivilDate, compensationCeilingDays: Int, ceilingSetByApprovalCap: Bool,
        compensationExceedsCeiling: Bool, expiry: CivilDate, endedEarly: PatentEarlyEnd?,
        end: CivilDate, lastDayInForce: CivilDate
    ) {
        self.type = type
        self.filingDate = filingDate
        self.statutoryYears = statutoryYears
        self.nominalExpiry = nominalExpiry
        self.adjustmentDays = adjustmentDays
        self.adjustedExpiry = adjustedExpiry
        self.compensationDays = compensationDays
        self.compensationCeiling = compensationCeiling
        self.compensationCeilingDays = compensationCeilingDays
        self.ceilingSetByApprovalCap = ceilingSetByApprovalCap
        self.compensationExceedsCeiling = compensationExceedsCeiling
        self.expiry = expiry
        self.endedEarly = endedEarly
        self.end = end
        self.lastDayInForce = lastDayInForce
    }
}

extension PatentTerm {
    /// Computes a term from the facts it depends on (see ``PatentTerm`` for the convention).
    ///
    /// - Parameters:
    ///   - type: invention, utility model or design.
    ///   - filingDate: the filing date (申请日).
    ///   - adjustmentDays: term adjustment granted (Art. 42(2)), in days.
    ///   - compensationDays: drug-patent term compensation granted (Art. 42(3)), in days.
    ///   - drugApprovalDate: the new drug's marketing-approval date, for the 14-year ceiling.
    ///   - statusHistory: legal-status events, applied in array order, for an early end.
    ///   - rules: the statutory lengths.
    public init(
        type: PatentType, filingDate: CivilDate, adjustmentDays: Int = 0, compensationDays: Int = 0,
        drugApprovalDate: CivilDate? = nil, statusHistory: [PatentStatusEvent] = [],
        rules: PatentTermRules = .default
    ) {
        let years = rules.statutoryYears(for: type, filedOn: filingDate)
        let nominal = filingDate.saturatingAdding(years: years)
        let adjusted = nominal.saturatingAdding(days: adjustmentDays)
        var ceiling = adjusted.saturatingAdding(years: rules.compensationMaximumYears)
        var byApproval = false
        if let approval = drugApprovalDate {
            let approvalCap = approval.saturatingAdding(years: rules.maximumYearsAfterApproval)
            if approvalCap < ceiling {
                ceiling = max(approvalCap, adjusted)
                byApproval = true
            }
        }
        let ceilingDays = adjusted.days(to: ceiling)
        let expiry = adjusted.saturatingAdding(days: compensationDays)
        let early = Self.earlyEnd(statusHistory, before: expiry)
        let end = early.map { min($0.date, expiry) } ?? expiry
        self.init(
            type: type, filingDate: filingDate, statutoryYears: years, nominalExpiry: nominal,
            adjustmentDays: adjustmentDays, adjustedExpiry: adjusted,
            compensationDays: compensationDays, compensationCeiling: ceiling,
            compensationCeilingDays: ceilingDays, ceilingSetByApprovalCap: byApproval,
            compensationExceedsCeiling: compensationDays > ceilingDays, expiry: expiry,
            endedEarly: early, end: end, lastDayInForce: end.saturatingAdding(days: -1))
    }

    /// The ending event in force at the end of the status history (terminated, surrendered or
    /// wholly invalidated, not followed by a restoration), if it falls before `expiry`.
    private static func earlyEnd(_ statusHistory: [PatentStatusEvent], before expiry: CivilDate) -> PatentEarlyEnd? {
        var current: PatentEarlyEnd?
        for entry in statusHistory {
            if entry.event.endsPatent {
                if current == nil, entry.date < expiry { current = PatentEarlyEnd(date: entry.date, reason: entry.event) }
            } else if entry.event == .restored {
                current = nil
            }
        }
        return current
    }
}

extension Patent {
    /// The patent's term under `rules` (see ``PatentTerm`` for the convention).
    public func term(rules: PatentTermRules = .default) -> PatentTerm {
        PatentTerm(
            type: type, filingDate: filingDate, adjustmentDays: termAdjustmentDays,
            compensationDays: termCompensationDays, drugApprovalDate: drugApprovalDate,
            statusHistory: statusHistory, rules: rules)
    }

    /// The first day the patent no longer protects if nothing ends it early: filing date plus the
    /// statutory term, plus the adjustment and compensation days — ``PatentTerm/expiry`` without
    /// building the whole ``PatentTerm`` (the evaluator asks this for every patent it reads).
    public func expiry(rules: PatentTermRules = .default) -> CivilDate {
        Patent.expiry(type: type, filingDate: filingDate, adjustmentDays: termAdjustmentDays, compensationDays: termCompensationDays, rules: rules)
    }

    /// ``expiry(rules:)`` from the fields it depends on.
    static func expiry(type: PatentType, filingDate: CivilDate, adjustmentDays: Int, compensationDays: Int, rules: PatentTermRules) -> CivilDate {
        let years = rules.statutoryYears(for: type, filedOn: filingDate)
        return filingDate.saturatingAdding(years: years)
            .saturatingAdding(days: adjustmentDays)
            .saturatingAdding(days: compensationDays)
    }

    /// Whether the patent protects on `date`, as far as procurement is concerned.
    ///
    /// In force from ``grantDate`` (the right takes effect on the grant announcement) up to the
    /// day before ``PatentTerm/expiry``, except between an ending event (terminated, surrendered,
    /// wholly invalidated) and a later restoration. Whole invalidation: Patent Law Art. 47 deems
    /// the patent never to have existed, but a procurement decision taken before the invalidation
    /// decision relied on a patent then in force, so this function treats the patent as in force
    /// up to the day before the decision date and not in force from it. A partial invalidation
    /// keeps it in force. An ungranted application is never in force. Events are applied in
    /// array order (``Case/validate(rules:)`` reports an out-of-order history).
    public func isInForce(on date: CivilDate, rules: PatentTermRules = .default) -> Bool {
        expiryIfInForce(on: date, rules: rules) != nil
    }

    /// ``expiry(rules:)`` when the patent is in force on `date` (see ``isInForce(on:rules:)``),
    /// otherwise `nil`: both answers from one computation of the term.
    func expiryIfInForce(on date: CivilDate, rules: PatentTermRules) -> CivilDate? {
        withUnsafePointer(to: self) { Patent.expiryIfInForce($0, on: date, rules: rules) }
    }

    /// ``expiryIfInForce(on:rules:)`` for a patent read in place (the evaluator reads patents
    /// where they lie in the case: copying one would retain and release each of its strings).
    static func expiryIfInForce(_ patent: UnsafePointer<Patent>, on date: CivilDate, rules: PatentTermRules) -> CivilDate? {
        guard let grantDate = patent.pointee.grantDate, date >= grantDate else { return nil }
        let expiry = Patent.expiry(
            type: patent.pointee.type, filingDate: patent.pointee.filingDate,
            adjustmentDays: patent.pointee.termAdjustmentDays, compensationDays: patent.pointee.termCompensationDays, rules: rules)
        guard date < expiry else { return nil }
        var inForce = true
        for entry in patent.pointee.statusHistory where entry.date <= date {
            if entry.event.endsPatent {
                inForce = false
            } else if entry.event == .restored {
                inForce = true
            }
        }
        return inForce ? expiry : nil
    }

    /// The last day of protection under the default rules — the day before the expiry or early
    /// end — or `nil` for an application not granted.
    public var lastDayInForce: CivilDate? {
        grantDate == nil ? nil : term().lastDayInForce
    }
}
