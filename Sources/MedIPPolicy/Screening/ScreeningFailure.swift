/// Why one case of a batch got no decision: it could not be read, it is invalid, or a due date
/// could not be computed. Reported in place; the batch goes on.
public struct ScreeningFailure: Error, Sendable, Hashable, Codable {
    /// The stage that failed.
    public enum Stage: String, StableStringEnum {
        /// The line is not a readable case file (malformed JSON, wrong types, limits).
        case decoding
        /// The case decoded but has error-severity validation problems.
        case validation
        /// The case is valid but could not be decided: a working-day schedule is missing and the
        /// evaluator is strict (``UnknownDatePolicy/fail``; by default the date is recorded as
        /// unknown and the case decided), or a date left 0001…9999.
        case evaluation
    }

    /// One problem, with its path in the case file.
    public struct Problem: Sendable, Hashable, Codable {
        /// The JSON path, e.g. `patents[2].grantDate`, or for a calendar failure the case field
        /// the date is counted from, e.g. `round.applicationDate` (empty for the whole line).
        public var path: String
        /// A stable code (a ``ValidationCode`` or ``CaseFileError/Code`` name, or `calendar`).
        public var code: String
        /// What is wrong, in English.
        public var message: String
    }

    /// The stage that failed.
    public var stage: Stage
    /// The case's id, when it could be read.
    public var caseID: String?
    /// Every problem found (validation reports all of them).
    public var problems: [Problem]

    /// Creates a failure.
    public init(stage: Stage, caseID: String?, problems: [Problem]) {
        self.stage = stage
        self.caseID = caseID
        self.problems = problems
    }
}
