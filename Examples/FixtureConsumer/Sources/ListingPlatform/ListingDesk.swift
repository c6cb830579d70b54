import Foundation
import MedIPPolicy

/// A stand-in for a procurement platform's listing desk: it stores applications as case files
/// (its "database"), decides them with MedIPPolicy, and keeps the decision with its citations.
///
/// A real platform maps its own records to a `Case`; here the record *is* the case file, which
/// is enough to show the fixtures at work: every scenario goes through the platform's own
/// storage round trip before it is decided.
public final class ListingDesk: @unchecked Sendable {
    /// What the desk keeps for one application.
    public struct Record: Sendable {
        /// The stored case file.
        public var caseFile: Data
        /// The last decision, once decided.
        public var decision: Decision?
    }

    private let evaluator: Evaluator
    private let lock = NSLock()
    private var records: [String: Record] = [:]

    /// Creates a desk with a standard evaluator.
    public init(evaluator: Evaluator = Evaluator()) {
        self.evaluator = evaluator
    }

    /// Stores an application; throws when the case file does not decode.
    public func receive(_ caseFile: Data) throws -> String {
        let facts = try CaseFile.decode(caseFile)
        lock.withLock { records[facts.id] = Record(caseFile: caseFile, decision: nil) }
        return facts.id
    }

    /// Decides a stored application on `date` and keeps the decision.
    public func decide(_ id: String, asOf date: CivilDate) throws -> Decision {
        guard let record = lock.withLock({ records[id] }) else { throw DeskError.unknownApplication(id) }
        let decision = try evaluator.evaluate(try CaseFile.decode(record.caseFile), asOf: date)
        lock.withLock { records[id]?.decision = decision }
        return decision
    }

    /// Stores and decides in one step: the path a platform's suite runs the scenarios through.
    public func receiveAndDecide(_ facts: Case, asOf date: CivilDate) throws -> Decision {
        try decide(try receive(try CaseFile.encode(facts)), asOf: date)
    }

    /// Why the desk could not act.
    public enum DeskError: Error, Sendable {
        /// No application with this id was received.
        case unknownApplication(String)
    }
}
