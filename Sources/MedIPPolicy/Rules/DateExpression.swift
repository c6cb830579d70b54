/// A fact of the case a due date is computed from.
public enum DateAnchor: String, StableStringEnum {
    /// The as-of date of the evaluation.
    case asOf
    /// The date the listing application was made: the listing round's application date once it
    /// has come, otherwise the latest `listingApplication` status on or before the as-of date.
    case listingApplication
    /// The latest prescribed deadline (规定期限) among the opinion requests still unanswered on
    /// pending objections: the authority waits until it (Readings, row 34).
    case opinionDeadline
    /// The first day the product may be marketed under patent linkage: the day after the later of
    /// the last category-3 patent's last day in force and the last barring market exclusivity's end.
    case linkageBarEnd
    /// The effective date of the latest effective ruling.
    case rulingEffective
    /// The date the earliest pending objection was received.
    case objectionReceived
    /// The filing (立案) date of the earliest pending dispute.
    case disputeFiled

    /// The anchor's name.
    public var label: LocalizedText {
        switch self {
        case .asOf: LocalizedText(zh: "评估日", en: "the as-of date")
        case .listingApplication: LocalizedText(zh: "挂网申请日", en: "the listing application date")
        case .opinionDeadline: LocalizedText(zh: "规定期限届满日", en: "the prescribed opinion deadline")
        case .linkageBarEnd: LocalizedText(zh: "专利权有效期和市场独占期届满后首日", en: "the first day after the patent term and market exclusivity")
        case .rulingEffective: LocalizedText(zh: "裁决或判决生效日", en: "the ruling's effective date")
        case .objectionReceived: LocalizedText(zh: "异议收到日", en: "the date the objection was received")
        case .disputeFiled: LocalizedText(zh: "立案日", en: "the dispute's filing date")
        }
    }
}

/// A date computed from a case: an anchor fact, optionally plus a period counted with the
/// working-day calendar (start day not counted; see ``WorkingDayCalendar``).
///
/// JSON form: `{"anchor": "listingApplication", "offset": {"value": 15, "unit": "workingDays"}}`.
public struct DateExpression: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The fact the date starts from.
    public var anchor: DateAnchor
    /// The period added, or `nil` for the anchor date itself.
    public var offset: Period?

    /// Creates a date expression.
    public init(_ anchor: DateAnchor, plus offset: Period? = nil) {
        self.anchor = anchor
        self.offset = offset
    }

    /// `anchor + offset`, e.g. `listingApplication + 15 working days`.
    public var description: String {
        anchor.rawValue + (offset.map { " + \($0)" } ?? "")
    }

    /// The largest offset value the evaluator counts in `unit` — a century's worth: 25,000
    /// working days, 36,525 days, 5,218 weeks, 1,200 months, 100 years — or `nil` for a unit it
    /// cannot count dates in (``PeriodUnit/hours``, a service standard only; see
    /// ``WorkingDayCalendar/endOfPeriod(_:from:rollingForward:)``).
    public static func maximumOffset(in unit: PeriodUnit) -> Int? {
        switch unit {
        case .workingDays: 25_000
        case .days: 36_525
        case .weeks: 5_218
        case .months: 1_200
        case .years: 100
        case .hours: nil
        }
    }

    /// What is wrong with the offset, or `nil` when the evaluator can count it: a unit it
    /// counts dates in and a value from 1 to ``maximumOffset(in:)`` (the anchor itself is
    /// written without an offset; a negative period would count backwards, which no measure does).
    public var offsetProblem: String? {
        guard let offset else { return nil }
        guard let maximum = Self.maximumOffset(in: offset.unit) else {
            let counted = PeriodUnit.allCases.filter { Self.maximumOffset(in: $0) != nil }.map(\.rawValue)
            return "the unit \(offset.unit.rawValue) cannot be counted in dates (expected \(counted.joined(separator: ", ")))"
        }
        guard offset.value >= 1 else {
            return offset.value == 0
                ? "an offset of 0 is the anchor itself; leave the offset out"
                : "the offset \(offset.value) is negative; a date offset counts forward from its anchor"
        }
        guard offset.value <= maximum else {
            return "the offset \(offset.value) is more than \(maximum) \(offset.unit.rawValue) (the limit for that unit)"
        }
        return nil
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case anchor, offset
    }

    private enum OffsetKeys: String, CaseIterable {
        case value, unit
    }

    /// Decodes `{"anchor": …, "offset": {"value": …, "unit": …}}` strictly: unknown keys are
    /// errors, and an offset must pass ``offsetProblem`` (the error names
    /// `offset.unit` or `offset.value`).
    ///
    /// Inside a stored decision the decision's key audit checks the keys instead (the same
    /// `unknownKey` error, and the decision's escape hatch applies).
    public init(from decoder: any Decoder) throws {
        let audited = decoder.isAuditingKeys
        if !audited { try RuleDecoding.rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue)) }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if !audited { try RuleDecoding.rejectUnknownKeys(in: container, at: .offset, allowed: OffsetKeys.allCases.map(\.rawValue)) }
        anchor = try container.decode(DateAnchor.self, forKey: .anchor)
        offset = try container.decodeIfPresent(Period.self, forKey: .offset)
        if let problem = offsetProblem, let offset {
            let field = Self.maximumOffset(in: offset.unit) == nil ? OffsetKeys.unit : .value
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: container.codingPath + [CodingKeys.offset, AnyRuleKey(field.rawValue)], debugDescription: problem))
        }
    }

    /// Encodes the anchor and, when there is one, the offset.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(anchor, forKey: .anchor)
        try container.encodeIfPresent(offset, forKey: .offset)
    }
}
