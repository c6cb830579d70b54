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
