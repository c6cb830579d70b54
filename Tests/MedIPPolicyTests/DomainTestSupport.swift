import Foundation
import Testing
import MedIPPolicy

/// A clean case (no errors, no warnings) that exercises every part of the model.
let baseCaseJSON = #"""
{
  "schemaVersion": 1, "id": "t", "jurisdiction": "CN-BJ",
  "enterprise": {"name": "示例制药有限公司", "creditCode": "91110108MA01EXAMPG"},
  "product": {"id": "P", "name": "示例片", "category": "chemicalDrug", "drugClass": "generic",
              "referenceProduct": "R", "marketingAuthorisationHolder": "M", "approvalNumber": "国药准字H20260001"},
  "patents": [
    {"number": "ZL200910123456.6", "filingDate": "2009-06-18", "grantDate": "2012-03-07",
     "registrableCategory": "chemicalCompound", "registeredOnPlatform": true},
    {"number": "ZL201110234567.1", "filingDate": "2011-04-02", "grantDate": "2014-08-20",
     "termCompensationDays": 100, "drugApprovalDate": "2020-01-01",
     "registrableCategory": "chemicalMedicalUse", "registeredOnPlatform": true}
  ],
  "declarations": [{"category": "3", "patent": "ZL200910123456.6", "declaredOn": "2024-05-20", "declarant": "D"}],
  "commitments": [{"kind": "noMarketingBeforeExpiry", "date": "2024-05-20", "patent": "ZL200910123456.6",
                   "addressee": {"kind": "drugRegulator"}}],
  "objections": [{"id": "O-1", "receivedOn": "2026-05-11", "receivedBy": "healthcareSecurity", "objector": "X",
                  "patents": ["ZL201110234567.1"]}],
  "opinionRequests": [{"id": "R-1", "objection": "O-1", "requestedOn": "2026-05-12", "deadline": "2026-06-12"}],
  "disputes": [{"id": "D-1", "forum": "court", "filedOn": "2026-05-20", "patents": ["ZL201110234567.1"],
                "claimant": "X", "respondent": "Y"}],
  "rulings": [{"id": "J-1", "dispute": "D-1", "kind": "effectiveJudgment", "finding": "infringes",
               "patents": ["ZL201110234567.1"], "effectiveOn": "2026-09-01"}],
  "exclusivities": [{"kind": "patentChallenge", "start": "2026-01-01", "length": {"value": 12, "unit": "months"}}],
  "creditEvents": [{"date": "2026-01-15", "kind": "commitmentBreach", "scheme": "nhsa2025", "level": "dishonest",
                    "authority": "A"}],
  "procurementHistory": [{"date": "2026-04-15", "status": "listingApplication"}, {"date": "2026-05-01", "status": "listed"}],
  "round": {"kind": "listing", "name": "N", "applicationDate": "2026-04-15"}
}
"""#

/// Marks a key for deletion in ``editedJSON``.
let deleteMarker = "<delete>"

/// The base case with edits applied: each edit is a dotted path (`patents.0.grantDate`, array
/// indices as numbers; an index equal to the count appends) and a raw JSON value, or
/// ``deleteMarker``.
func editedJSON(_ edits: [(String, String)], base: String = baseCaseJSON) throws -> Data {
    var root = try JSONSerialization.jsonObject(with: Data(base.utf8), options: [])
    for (path, raw) in edits {
        let value: Any? = raw == deleteMarker
            ? nil : try JSONSerialization.jsonObject(with: Data(raw.utf8), options: [.fragmentsAllowed])
        root = set(root, path.split(separator: ".").map(String.init)[...], value)
    }
    return try JSONSerialization.data(withJSONObject: root, options: [.fragmentsAllowed])
}

private func set(_ node: Any, _ path: ArraySlice<String>, _ value: Any?) -> Any {
    guard let head = path.first else { return value ?? NSNull() }
    let rest = path.dropFirst()
    if var array = node as? [Any], let index = Int(head) {
        if index == array.count {
            if let value { array.append(rest.isEmpty ? value : set([String: Any](), rest, value)) }
        } else if index < array.count {
            if rest.isEmpty && value == nil { array.remove(at: index) } else { array[index] = set(array[index], rest, value) }
        }
        return array
    }
    var object = node as? [String: Any] ?? [:]
    if rest.isEmpty && value == nil {
        object.removeValue(forKey: head)
    } else {
        object[head] = set(object[head] ?? [String: Any](), rest, value)
    }
    return object
}

/// Reads a file of the repository (examples), relative to the package root.
func repositoryFile(_ relative: String) throws -> Data {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    return try Data(contentsOf: root.appendingPathComponent(relative))
}

/// The example case files shipped in Documentation/Examples.
let exampleFiles = [
    "Documentation/Examples/generic-category3-listing.json",
    "Documentation/Examples/objection-overdue-opinion.json",
    "Documentation/Examples/infringement-judgment-listed.json",
]

extension Array where Element == UInt8 {
    /// The newline-terminated lines of one block `Screener.screenJSONLines` wrote (it writes
    /// whole lines only: the block must end with a newline).
    var outputLines: [[UInt8]] {
        #expect(last == 0x0A, "a written block ends inside a line")
        return split(separator: 0x0A).map { Array($0) + [0x0A] }
    }
}
