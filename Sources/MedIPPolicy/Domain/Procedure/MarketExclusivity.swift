/// A market-exclusivity period (市场独占期) protecting the reference drug or the first
/// challenger, during which the case's generic may not be marketed (京医保发〔2026〕3号 (四)).
///
/// The granted length is an input, checked against ``ExclusivityKind/maximumLength`` by
/// ``Case/validate(rules:)``. Convention as for patents: ``end`` is the first day no longer covered,
/// ``start`` + ``length`` (Civil Code month-end rule), or ``endedOn`` if earlier (e.g. a broken
/// supply commitment). For a patent challenge the period also cannot run past the original term
/// of ``challengedPatent``; ``Case/exclusivityEnd(_:rules:)`` applies that cap. JSON: `kind`, `start`,
/// `length` (e.g. `{"value": 12, "unit": "months"}`; days, weeks, months or years) required;
/// `endedOn`, `challengedPatent`, `holder` optional.
public struct MarketExclusivity: Sendable, Hashable, Codable {
    /// The legal basis.
    public var kind: ExclusivityKind
    /// The first day covered (for a patent challenge, the challenger's approval date).
    public var start: CivilDate
    /// The granted length.
    public var length: Period
    /// The first day no longer covered, when the period ended early.
    ///
    /// `nil` while the period runs (or ran) its full ``length``; ``end`` is then
    /// ``start`` + ``length``.
    public var endedOn: CivilDate?
    /// The patent successfully challenged (patent challenge only).
    ///
    /// `nil` for other kinds of exclusivity, or when the patent is not named; then no cap at the
    /// patent's original term applies. When given it must be a patent of the case.
    public var challengedPatent: PatentNumber?
    /// Whose exclusivity it is, by name; `nil` when not given (informational, no rule uses it).
    public var holder: String? {
        get { storedHolder?.string }
        set { storedHolder = newValue.map(StoredText.init) }
    }
    /// ``holder``'s storage (the bytes the case reader read, or a `String`).
    var storedHolder: StoredText?

    /// Creates a period.
    public init(
        kind: ExclusivityKind, start: CivilDate, length: Period, endedOn: CivilDate? = nil,
        challengedPatent: PatentNumber? = nil, holder: String? = nil
    ) {
        self.kind = kind
        self.start = start
        self.length = length
        self.endedOn = endedOn
        self.challengedPatent = challengedPatent
        self.storedHolder = holder.map(StoredText.init)
    }

    /// The first day no longer covered: ``start`` + ``length``, or ``endedOn`` if earlier. A length
    /// in working days or hours (rejected by validation) counts as zero.
    public var end: CivilDate {
        let natural = start.saturatingAdding(length) ?? start
        guard let endedOn else { return natural }
        return min(natural, endedOn)
    }

    /// Whether the period covers `date`.
    public func covers(_ date: CivilDate) -> Bool { start <= date && date < end }
}

extension MarketExclusivity {
    private enum CodingKeys: String, CodingKey, CaseIterable { case kind, start, length, endedOn, challengedPatent, holder }

    /// Decodes the object; a key it does not define is an error (see
    /// ``CaseFile/DecodingOptions``).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        kind = try c.decode(ExclusivityKind.self, forKey: .kind)
        start = try c.decode(CivilDate.self, forKey: .start)
        length = try c.decode(Period.self, forKey: .length)
        endedOn = try c.decodeIfPresent(CivilDate.self, forKey: .endedOn)
        challengedPatent = try c.decodeIfPresent(PatentNumber.self, forKey: .challengedPatent)
        storedHolder = try c.decodeIfPresent(String.self, forKey: .holder).map(StoredText.init)
    }

    /// Encodes every field (optional ones only when present).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(start, forKey: .start)
        try c.encode(length, forKey: .length)
        try c.encodeIfPresent(endedOn, forKey: .endedOn)
        try c.encodeIfPresent(challengedPatent, forKey: .challengedPatent)
        try c.encodeIfPresent(holder, forKey: .holder)
    }
}
