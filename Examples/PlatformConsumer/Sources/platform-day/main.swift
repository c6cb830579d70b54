// platform-day DATE CASE.json…: the listing desk's record of each case on DATE, one line each.
import Foundation
import MedIPPolicy
import PlatformDay

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2, let asOf = try? CivilDate(iso8601: arguments[0]) else {
    FileHandle.standardError.write(Data("usage: platform-day YYYY-MM-DD CASE.json…\n".utf8))
    exit(2)
}
do {
    let desk = try ListingDesk()
    for path in arguments.dropFirst() {
        let record = try desk.record(try CaseFile.decode(Data(contentsOf: URL(fileURLWithPath: path))), asOf: asOf)
        var line = "\(record.caseID): \(record.action.rawValue)"
        if let date = record.date { line += " \(date)" }
        if let year = record.unknownDateYear { line += " (date unknown: no schedule for \(year))" }
        if !record.teams.isEmpty { line += " [notify \(record.teams.joined(separator: ", "))]" }
        print(line)
        if let patent = record.blockingPatent { print("  blocking patent \(patent)") }
    }
} catch {
    FileHandle.standardError.write(Data("platform-day: \(error)\n".utf8))
    exit(1)
}
