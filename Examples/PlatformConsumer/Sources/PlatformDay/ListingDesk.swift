import Foundation
import MedIPPolicy

/// What the platform's listing desk does with a product: the platform's own vocabulary.
public enum DeskAction: String, Sendable, Hashable {
    /// List it.
    case list
    /// List it through the green channel, by the due date.
    case listFast
    /// Hold it until a date or an event.
    case hold
    /// Refuse the application.
    case refuse
    /// Take it off the list or out of the VBP selection.
    case remove
    /// Send the application back to the applicant.
    case returnToApplicant
    /// The platform's ordinary review: the policy texts do not decide the case.
    case ordinaryReview
    /// A person looks at it: a disposition this desk does not know (a newer library's).
    case escalate
}

/// The desk's record of one decision.
public struct DeskRecord: Sendable, Hashable {
    /// The case.
    public var caseID: String
    /// What the desk does.
    public var action: DeskAction
    /// The date the action is due or held until, when known.
    public var date: CivilDate?
    /// When that date begins in Beijing, for the platform's scheduler.
    public var dateStartsAt: Date?
    /// The year a working-day schedule is missing for, when the date is unknown.
    public var unknownDateYear: Int?
    /// The patent that blocks the listing and how its date arises, when one does.
    public var blockingPatent: String?
    /// The teams to notify, by the decision's flags.
    public var teams: [String]
}

/// A platform's listing desk built on MedIPPolicy.
public struct ListingDesk: Sendable {
    /// The evaluator, with the schedules the operator supplied.
    public let evaluator: Evaluator

    /// A desk counting working days on the official schedules plus `schedules` (CSV text in the
    /// reference format, e.g. a year's notice published after the library's release).
    public init(schedules: [String] = []) throws {
        var calendar = WorkingDayCalendar.china
        for text in schedules { calendar = try calendar.adding(contentsOf: YearSchedule.parseCSV(text)) }
        evaluator = Evaluator(calendar: calendar)
    }

    /// Today in Beijing, from the platform's clock.
    public func today(now: Date = Date()) throws -> CivilDate {
        try CivilDate.today(now: now)
    }

    /// The desk's action for a disposition. `DispositionKind` can grow, so the `switch` has a
    /// `default`: a kind a newer library adds goes to a person rather than failing to compile.
    public func action(for kind: DispositionKind) -> DeskAction {
        switch kind {
        case .greenChannel: .listFast
        case .admit, .admitOnSelfCommitment: .list
        case .deferUntil, .awaitOpinion, .agencyDecides, .suspendNewListingReview: .hold
        case .refuseListing: .refuse
        case .revokeListing, .cancelSelection: .remove
        case .returnForCompletion: .returnToApplicant
        case .ordinaryProcedure: .ordinaryReview
        default: .escalate
        }
    }

    /// Which team hears of which flag; a flag not in the table goes to the duty officer.
    public static let teams: [FlagKind: String] = [
        .complianceReminder: "compliance",
        .ownCommitmentAtStake: "compliance",
        .keyProductJointAssessment: "risk",
        .opinionMayBeRequested: "legal",
        .informPartiesOfForums: "legal",
        .submitIPProof: "intake",
    ]

    /// Decides a case on a date and records what the desk does.
    public func record(_ facts: Case, asOf date: CivilDate) throws -> DeskRecord {
        let decision = try evaluator.evaluate(facts, asOf: date, detail: .summary)
        let disposition = decision.disposition
        let teams = decision.flags.map { Self.teams[$0.kind] ?? "duty officer" }
        return DeskRecord(
            caseID: decision.caseID,
            action: action(for: disposition.kind),
            date: disposition.date,
            dateStartsAt: try disposition.date?.startDate(),
            unknownDateYear: disposition.unknownDate?.year,
            blockingPatent: disposition.blockingPatent.map { "\($0.number): \($0.computation.en)" },
            teams: Array(Set(teams)).sorted())
    }
}
