import Foundation
import MedipCommands

/// Runs `medip` in-process and captures its streams.
func runMedip(
    _ arguments: [String], stdin: [UInt8] = [], environment: [String: String] = [:]
) -> (status: Int32, out: String, err: String) {
    final class Box: @unchecked Sendable { var out = ""; var err = "" }
    let box = Box()
    let io = CommandIO(out: { box.out += $0 }, err: { box.err += $0 }, stdin: { stdin }, environment: environment)
    let status = Medip.main(arguments: arguments, io: io)
    return (status, box.out, box.err)
}

/// A valid green-channel case applied for on 2027-03-01: deciding it needs the working-day
/// schedule of 2027, which the built-in calendar does not have.
let caseNeedingTheSchedule2027 = #"""
    {"schemaVersion": 1, "id": "g", "jurisdiction": "CN-BJ",
     "enterprise": {"name": "E", "creditCode": "91320500MA1TEXT00P"},
     "product": {"id": "P", "name": "N", "category": "chemicalDrug", "drugClass": "innovative",
                 "marketingAuthorisationHolder": "E", "greenChannelQualified": true},
     "commitments": [{"kind": "listingSelfCommitment", "date": "2027-03-01"}],
     "procurementHistory": [{"date": "2027-03-01", "status": "listingApplication"}],
     "round": {"kind": "listing", "name": "R", "applicationDate": "2027-03-01"}}
    """#

/// Whether `text` has a CJK ideograph.
func hasChinese(_ text: String) -> Bool { text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }

/// English function words outside double quotes, as standalone words (not inside an option, id or
/// path): the predicate for "no English prose" in Chinese output. `extra` adds words to look for.
func englishWords(in text: String, extra: Set<Substring> = []) -> [Substring] {
    let words: Set<Substring> = ["the", "is", "not", "must", "cannot", "of", "and", "to", "in", "an", "be", "with", "from", "for",
                                 "missing", "unknown", "invalid", "expected", "found", "more", "once", "did", "you", "mean",
                                 "has", "no", "see", "one", "usage", "needs", "given", "read", "write", "exclude", "before", "working", "days", "weeks", "months", "years"]
    let outside = text.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
    return outside.flatMap { $0.split { !($0.isASCII && ($0.isLetter || $0.isNumber || "-_./#:*'".contains($0))) } }
        .filter { $0.allSatisfy(\.isLetter) && (words.contains(Substring($0.lowercased())) || extra.contains(Substring($0.lowercased()))) }
}

/// Files and directories that tests share for the whole run (made once, in a `static let`),
/// removed when the test process exits, so that no run leaves them in the temporary directory.
enum SharedScratch {
    private final class Paths: @unchecked Sendable {
        let lock = NSLock()
        var paths: [String] = []
        var registered = false
    }
    private static let shared = Paths()

    /// Records `path` for removal at exit and returns it.
    @discardableResult
    static func removedAtExit(_ path: String) -> String {
        shared.lock.lock()
        defer { shared.lock.unlock() }
        shared.paths.append(path)
        if !shared.registered {
            shared.registered = true
            atexit { SharedScratch.removeAll() }
        }
        return path
    }

    private static func removeAll() {
        shared.lock.lock()
        defer { shared.lock.unlock() }
        for path in shared.paths { try? FileManager.default.removeItem(atPath: path) }
        shared.paths.removeAll()
    }
}
