/// A fact of the case a due date is computed from.
public enum DateAnchor: String, StableStringEnum {
    /// The as-of date of the evaluation.
    case asOf
    /// The date the listing application was made: the listing round's application date once it
    /// has come, otherwise the latest `listingApplication` status on or before the as-of date.
    case listingApplication
    /// The prescribed deadline (规定期限) of the earliest pending opinion request.
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
}
