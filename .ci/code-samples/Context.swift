// The names the documentation's code samples use without declaring them: a platform's own types
// (`ListingDesk`, `ListingRows`, …) and helpers the articles leave to the reader. Type-checked
// with every sample by .ci/code-samples.sh, never run. The values a fragment continues from
// (`evaluator`, `facts`, `decision`, `today`, …) are the parameters of the function each
// fragment is checked in (see code_samples.py).
import Foundation
import MedIPPolicy
import MedIPPolicyTesting

/// Your platform's listing desk (the Testing article's example).
struct ListingDesk {
    let evaluator = Evaluator()

    func receiveAndDecide(_ facts: Case, asOf date: CivilDate) throws -> Decision {
        try evaluator.evaluate(facts, asOf: date)
    }
}

/// Your platform, as the MedIPPolicyTesting landing page calls it.
struct Platform {
    func decide(_ facts: Case, asOf date: CivilDate) throws -> Decision {
        try Evaluator().evaluate(facts, asOf: date)
    }

    /// The codes of the problems the platform reports for a case file.
    func importCaseFile(_ data: Data) -> [String] {
        do {
            return try CaseFile.decode(data).validate().map(\.code.rawValue)
        } catch let error as CaseFileError {
            return [error.code.rawValue]
        } catch {
            return ["\(error)"]
        }
    }
}

/// Your database.
struct Database {}

/// A case as your platform's rows (the reverse mapping of the Testing article).
struct ListingRows {
    var facts: Case

    init(_ facts: Case) throws { self.facts = facts }

    func insertAndReadBack(in db: Database) throws -> Case { facts }
}

/// Where `screenJSONLines` reads lines from.
struct LineSource {
    func nextLine() -> ArraySlice<UInt8>? { nil }
}

/// Where it writes them.
struct Sink {
    func write(_ bytes: [UInt8]) throws {}
}

/// A progress display.
struct ProgressBar {
    func update(_ lines: Int) {}
}

func alert(_ caseID: String, _ obligations: [ResolvedObligation]) {}
func store(_ index: Int, _ decision: Decision) {}
func report(_ index: Int, _ caseID: String?, _ problems: [ScreeningFailure.Problem]) {}

let desk = ListingDesk()
let platform = Platform()
let db = Database()
