import Foundation
import Testing
import MedIPPolicy

/// What one path made of a document.
private enum Outcome: Equatable, CustomStringConvertible {
    case value(Case)
    case error(CaseFileError)

    var description: String {
        switch self {
        case .value(let value): "case \(value.id)"
        case .error(let error): "\(error.code) at \"\(error.path)\": \(error.message)"
        }
    }
}

private func codableOutcome(_ bytes: [UInt8]) -> Outcome {
    do { return .value(try CaseFile.decode(Data(bytes))) } catch { return .error(error) }
}

private func fastOutcome(_ bytes: [UInt8]) -> Outcome {
    do { return .value(try CaseFile.decodeFast(bytes)) } catch { return .error(error) }
}

/// The encoded form, to compare strings byte for byte (`String ==` is canonical equivalence).
private func encoded(_ value: Case) -> Data? { try? CaseFile.encode(value, pretty: false) }

/// Checks the contract on `bytes`: `decodeFast` answers what `decode` answers, and the fast path
/// alone, when it succeeds, built the very case the Codable path builds. Answers whether the fast
/// path succeeded.
@discardableResult
private func expectAgreement(
    _ bytes: [UInt8], _ label: @autoclosure () -> String = "", sourceLocation: SourceLocation = #_sourceLocation
) -> Bool {
    let codable = codableOutcome(bytes)
    let fast = fastOutcome(bytes)
    #expect(fast == codable, "\(label()): decodeFast \(fast) but decode \(codable)", sourceLocation: sourceLocation)
    expectReadIntoFilledCaseAgrees(bytes, label(), sourceLocation: sourceLocation)
    guard let direct = CaseReader.read(bytes) else { return false }
    if case .value(let value) = codable {
        let sameCase = direct == value
        let sameBytes = encoded(direct) == encoded(value)
        #expect(sameCase, "\(label()): the fast path built another case", sourceLocation: sourceLocation)
        #expect(sameBytes, "\(label()): the fast path's strings differ", sourceLocation: sourceLocation)
    } else {
        Issue.record("\(label()): the fast path accepted what decode rejects: \(codable)", sourceLocation: sourceLocation)
    }
    return true
}

/// A case with every array filled (the elements of every example) and a round and an
/// attention: what a screening worker's case may hold before the next line is read into it.
private let filledCase: Case? = {
    guard let examples = try? exampleCases().compactMap({ try? CaseFile.decode(Data($0.bytes)) }),
          var filled = examples.first
    else { return nil }
    for other in examples.dropFirst() {
        filled.patents += other.patents
        filled.declarations += other.declarations
        filled.commitments += other.commitments
        filled.objections += other.objections
        filled.opinionRequests += other.opinionRequests
        filled.disputes += other.disputes
        filled.rulings += other.rulings
        filled.exclusivities += other.exclusivities
        filled.creditEvents += other.creditEvents
        filled.procurementHistory.events += other.procurementHistory.events
        filled.round = filled.round ?? other.round
        filled.attention = filled.attention ?? other.attention
    }
    return filled
}()

/// Checks that reading `bytes` into ``filledCase`` (keeping its arrays' storage, as a screening
/// worker does line after line) succeeds exactly when the fast path does, with the same case.
private func expectReadIntoFilledCaseAgrees(_ bytes: [UInt8], _ label: String, sourceLocation: SourceLocation) {
    guard var reused = filledCase else {
        Issue.record("the examples did not decode", sourceLocation: sourceLocation)
        return
    }
    #expect(reused.round != nil && reused.attention != nil && !reused.exclusivities.isEmpty, sourceLocation: sourceLocation)
    let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: CaseFile.maxStringBytes + 8)
    defer { scratch.deallocate() }
    let readInto = bytes.withUnsafeBytes { CaseReader.read($0, into: &reused, scratch: scratch) }
    let direct = CaseReader.read(bytes)
    #expect(readInto == (direct != nil), "\(label): read into a filled case \(readInto), fresh \(direct != nil)", sourceLocation: sourceLocation)
    if readInto, let direct {
        #expect(reused == direct, "\(label): reading into a filled case built another case", sourceLocation: sourceLocation)
        #expect(encoded(reused) == encoded(direct), "\(label): reading into a filled case built other strings", sourceLocation: sourceLocation)
    }
}

/// The example case files (every JSON file in Documentation/Examples but the expected decisions).
private func exampleCases() throws -> [(name: String, bytes: [UInt8])] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Documentation/Examples")
    let names = try FileManager.default.contentsOfDirectory(atPath: root.path)
        .filter { $0.hasSuffix(".json") && $0 != "expected-decisions.json" }.sorted()
    return try names.map { ($0, [UInt8](try Data(contentsOf: root.appendingPathComponent($0)))) }
}

/// The base test case with `target` (which must occur) replaced by `replacement`.
private func baseCase(replacing target: String, with replacement: String) -> [UInt8] {
    #expect(baseCaseJSON.contains(target), "the base case has no \(target)")
    return Array(baseCaseJSON.replacingOccurrences(of: target, with: replacement).utf8)
}

/// Where the base case's product name member (`"name": "示例片"`) is in `bytes`, or `nil` after
/// recording an issue.
private func productNameMember(in bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> Range<Int>? {
    let range = Mutator(seed: 0).firstRange(of: Array(#""name": "示例片""#.utf8), in: bytes, from: 0)
    if range == nil { Issue.record("no product name", sourceLocation: sourceLocation) }
    return range
}

/// A small deterministic generator (SplitMix64), so failures reproduce.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Mutates case files in ways that stress a JSON reader and the domain decoding.
private struct Mutator {
    var random: SeededGenerator

    static let bytes: [UInt8] = Array(#""\{}[],:0123456789-+.eEntfu /"#.utf8)
        + [0x00, 0x01, 0x09, 0x0A, 0x0C, 0x0D, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
    static let snippets: [String] = [
        #"\u0041"#, #"\u00e9"#, #"\u4e2d"#, #"\ud83d\ude00"#, #"\ud800"#, #"\udc00"#, #"\ud800\u0041"#,
        #"\u212A"#, #"\u0000"#, #"\n"#, #"\/"#, #"\\"#, #"\""#, #"\x"#, #"\u12"#, "null", "true", "[]", "{}",
        "1e400", "-0", "01", "1.0", "1e2", "-", "\u{FEFF}", "\u{1F600}", "中", #""x": 1, "#, #""x": {"y": [1, 2.5e-3]}, "#,
        ", ", ",,", "\t", "\r\n", "\u{0C}",
    ]
    static let words: [String] = [
        "invention", "utilityModel", "design", "chemicalDrug", "generic", "listed", "vbpSelected", "granted",
        "nhsa2025", "dishonest", "months", "workingDays", "CN", "CN-BJ", "CN-SH", "4.1", "5", "court",
        "infringes", "foo", "", "ZL200910123456.6", "ZL201110234567.2", "CN112345678A", "91110108MA01EXAMPG",
        "国药准字H20260001", "国药准字B20260001", "京械注准20192140123", "2024-02-29", "2023-02-29", "2026-13-01",
        "0000-01-01", "9999-12-31", "2026/01/01", "2026-1-1", "listing\u{301}", "\u{212A}",
    ]
    static let keys: [String] = [
        "schemaVersion", "id", "jurisdiction", "patents", "number", "type", "filingDate", "grantDate",
        "termCompensationDays", "category", "patent", "kind", "date", "findings", "round", "attention",
        "procurementHistory", "length", "value", "unit", "unknownKey", "name", "status",
    ]
    static let values: [String] = [
        "null", "true", "false", "0", "1", "-1", "-0", "1.0", "1e2", "100e-2", "1e400", "99999999999999999999",
        #""text""#, "[]", "{}", #"[null]"#, #"{"kind": "listing", "name": "N"}"#, #"[{"date": "2026-01-01", "status": "listed"}]"#,
    ]

    init(seed: UInt64) { random = SeededGenerator(state: seed) }

    mutating func int(_ range: Range<Int>) -> Int { range.isEmpty ? range.lowerBound : Int.random(in: range, using: &random) }
    mutating func pick<T>(_ array: [T]) -> T { array[int(0..<array.count)] }

    /// The ranges of string literals (quotes included) in `bytes`, found naively.
    func strings(in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\"") {
                var end = index + 1
                while end < bytes.count && bytes[end] != UInt8(ascii: "\"") { end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1 }
                if end < bytes.count { ranges.append(index..<(end + 1)) }
                index = end + 1
            } else {
                index += 1
            }
        }
        return ranges
    }

    /// The range of the first object member's value after `"key":`, naively (scalars and strings).
    func scalarValue(after position: Int, in bytes: [UInt8]) -> Range<Int>? {
        var start = position
        while start < bytes.count, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: ":") { start += 1 }
        var end = start
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            end += 1
            while end < bytes.count && bytes[end] != UInt8(ascii: "\"") { end += 1 }
            end += 1
        } else {
            while end < bytes.count, !",}]\n".utf8.contains(bytes[end]) { end += 1 }
        }
        return start < end && end <= bytes.count ? start..<end : nil
    }

    mutating func mutate(_ input: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0..<int(1..<4) {
            guard !bytes.isEmpty else { return bytes }
            let at = int(0..<bytes.count)
            switch int(0..<16) {
            case 0:  // delete a range
                bytes.removeSubrange(at..<min(bytes.count, at + int(1..<6)))
            case 1:  // duplicate a range
                let piece = bytes[at..<min(bytes.count, at + int(1..<40))]
                bytes.insert(contentsOf: piece, at: int(0..<bytes.count))
            case 2:  // replace a byte
                bytes[at] = pick(Self.bytes)
            case 3:  // insert a snippet
                bytes.insert(contentsOf: Array(pick(Self.snippets).utf8), at: at)
            case 4:  // insert a snippet inside a string
                if let range = pick2(strings(in: bytes)) {
                    bytes.insert(contentsOf: Array(pick(Self.snippets).utf8), at: int((range.lowerBound + 1)..<range.upperBound))
                }
            case 5:  // swap two strings
                let ranges = strings(in: bytes)
                if ranges.count > 1 {
                    var first = pick(ranges), second = pick(ranges)
                    if first.lowerBound > second.lowerBound { swap(&first, &second) }
                    if first.upperBound <= second.lowerBound {
                        let a = Array(bytes[first]), b = Array(bytes[second])
                        bytes.replaceSubrange(second, with: a)
                        bytes.replaceSubrange(first, with: b)
                    }
                }
            case 6:  // replace a string by a word (enumeration values, identifiers, dates)
                if let range = pick2(strings(in: bytes)) {
                    bytes.replaceSubrange(range, with: Array("\"\(pick(Self.words))\"".utf8))
                }
            case 7:  // replace a member's value
                let key = "\"\(pick(Self.keys))\""
                if let found = firstRange(of: Array(key.utf8), in: bytes, from: int(0..<bytes.count)) ?? firstRange(of: Array(key.utf8), in: bytes, from: 0),
                   let range = scalarValue(after: found.upperBound, in: bytes)
                {
                    bytes.replaceSubrange(range, with: Array(pick(Self.values).utf8))
                }
            case 8:  // duplicate a member before or after the original
                let key = "\"\(pick(Self.keys))\""
                if let found = firstRange(of: Array(key.utf8), in: bytes, from: 0),
                   let range = scalarValue(after: found.upperBound, in: bytes)
                {
                    let member = Array("\(key): ".utf8) + (int(0..<2) == 0 ? Array(bytes[range]) : Array(pick(Self.values).utf8)) + Array(", ".utf8)
                    if let brace = bytes[..<found.lowerBound].lastIndex(of: UInt8(ascii: "{")), int(0..<2) == 0 {
                        bytes.insert(contentsOf: member, at: brace + 1)
                    } else {
                        bytes.insert(contentsOf: Array(", ".utf8) + member.dropLast(2), at: range.upperBound)
                    }
                }
            case 9:  // nest deeply in an unknown member
                let depth = int(12..<19)
                let nest = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
                if let brace = bytes.firstIndex(of: UInt8(ascii: "{")) {
                    bytes.insert(contentsOf: Array(#""deep": \#(nest), "#.utf8), at: brace + 1)
                }
            case 10:  // a long string, at or over the limit, maybe with escapes
                let length = CaseFile.maxStringBytes + int(-2..<3)
                let body = int(0..<2) == 0 ? String(repeating: "a", count: length)
                    : String(repeating: #"\n"#, count: length / 2) + (length % 2 == 1 ? "b" : "")
                if let range = pick2(strings(in: bytes)) { bytes.replaceSubrange(range, with: Array("\"\(body)\"".utf8)) }
            case 11:  // a long array in an unknown member
                let count = CaseFile.maxArrayLength + int(-1..<2)
                let array = "[" + Array(repeating: "0", count: count).joined(separator: ",") + "]"
                if let brace = bytes.firstIndex(of: UInt8(ascii: "{")) {
                    bytes.insert(contentsOf: Array(#""many": \#(array), "#.utf8), at: brace + 1)
                }
            case 12:  // truncate
                bytes.removeSubrange(at...)
            case 13:  // escape a character of a string
                if let range = pick2(strings(in: bytes)), range.count > 2 {
                    let position = int((range.lowerBound + 1)..<(range.upperBound - 1))
                    let byte = bytes[position]
                    if byte < 0x80, byte != UInt8(ascii: "\\"), byte != UInt8(ascii: "\"") {
                        let hex = String(byte, radix: 16)
                        let escape = #"\u"# + String(repeating: "0", count: 4 - hex.count) + (int(0..<2) == 0 ? hex : hex.uppercased())
                        bytes.replaceSubrange(position...position, with: Array(escape.utf8))
                    }
                }
            case 14:  // change a date to an impossible or odd one
                if let range = pick2(strings(in: bytes).filter { $0.count == 12 && bytes[$0.lowerBound + 5] == UInt8(ascii: "-") }) {
                    let date = pick(["2023-02-29", "2024-02-29", "2026-04-31", "2026-00-10", "0000-12-31", "2026-06-1a", "2026-06-011"])
                    bytes.replaceSubrange(range, with: Array("\"\(date)\"".utf8))
                }
            default:  // whitespace changes
                let ws = pick([" ", "\n", "\r\n", "\t", "", "  \n  "])
                if let space = bytes[at...].firstIndex(of: UInt8(ascii: " ")) {
                    bytes.replaceSubrange(space...space, with: Array(ws.utf8))
                }
            }
        }
        return bytes
    }

    mutating func pick2(_ ranges: [Range<Int>]) -> Range<Int>? { ranges.isEmpty ? nil : pick(ranges) }

    func firstRange(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Range<Int>? {
        guard needle.count <= bytes.count, start <= bytes.count - needle.count else { return nil }
        for index in start...(bytes.count - needle.count) where bytes[index..<(index + needle.count)].elementsEqual(needle) {
            return index..<(index + needle.count)
        }
        return nil
    }
}

@Suite struct CaseReaderTests {
    // MARK: Examples

    @Test func everyExampleDecodesIdenticallyByBothPathsAndTheFastPathReadsIt() throws {
        let examples = try exampleCases()
        #expect(examples.count >= 19)
        for (name, bytes) in examples {
            #expect(expectAgreement(bytes, name), "\(name): the fast path gave up on an example")
            let compact = try [UInt8](CaseFile.encode(try CaseFile.decode(Data(bytes)), pretty: false))
            #expect(expectAgreement(compact, name + " (compact)"), "\(name): the fast path gave up on the compact form")
        }
        #expect(expectAgreement(Array(baseCaseJSON.utf8), "base case"))
    }

    @Test func jsonLinesSlicesDecodeLikeWholeDocuments() throws {
        var lines: [UInt8] = []
        var expected: [Case] = []
        for (_, bytes) in try exampleCases() {
            let value = try CaseFile.decode(Data(bytes))
            expected.append(value)
            lines += try CaseFile.encode(value, pretty: false) + [0x0A]
        }
        let decoded = try lines.split(separator: 0x0A).map { line throws(CaseFileError) in try CaseFile.decodeFast(line) }
        #expect(decoded == expected)
        #expect(try CaseFile.decodeFast(Data(lines.split(separator: 0x0A)[0])) == expected[0])
    }

    /// A worker reads line after line into one case it alone holds, and each element is read over
    /// its predecessor at that index, keeping the storage of its nested array (a patent's status
    /// history, a commitment's findings, an objection's, dispute's or ruling's patents): whether
    /// that array grows, shrinks, becomes `null` or is left out, the result is the case a fresh
    /// read gives.
    @Test func elementsReadOverTheirPredecessorsKeepNothingOfThem() throws {
        let filled = try #require(filledCase)
        var random = SeededGenerator(state: 2026)
        func prefix<Element>(_ array: [Element]) -> [Element] {
            array.isEmpty ? [] : Array(array.prefix(Int(random.next() % UInt64(array.count + 1))))
        }
        var reused = filled
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: CaseFile.maxStringBytes + 8)
        defer { scratch.deallocate() }
        var shrunk = [0, 0, 0]  // status histories, findings, patents lists read over longer ones
        for round in 0..<300 {
            var variant = filled
            variant.patents = variant.patents.map { var patent = $0; patent.statusHistory = prefix(patent.statusHistory); return patent }
            variant.commitments = variant.commitments.map { var commitment = $0; commitment.findings = prefix(commitment.findings); return commitment }
            variant.objections = variant.objections.map { var objection = $0; objection.patents = prefix(objection.patents); return objection }
            variant.disputes = variant.disputes.map { var dispute = $0; dispute.patents = prefix(dispute.patents); return dispute }
            variant.rulings = variant.rulings.map { var ruling = $0; ruling.patents = prefix(ruling.patents); return ruling }
            var json = String(decoding: try CaseFile.encode(variant, pretty: false), as: UTF8.self)
            // Every third round, the status histories and findings written as `null` or left out.
            if round % 3 == 1 { json = json.replacingOccurrences(of: #""statusHistory":[]"#, with: #""statusHistory":null"#) }
            if round % 3 == 2 { json = json.replacingOccurrences(of: #","findings":[]"#, with: "") }
            let bytes = Array(json.utf8)
            for (index, patent) in variant.patents.enumerated() where index < reused.patents.count
                && patent.statusHistory.count < reused.patents[index].statusHistory.count { shrunk[0] += 1 }
            for (index, commitment) in variant.commitments.enumerated() where index < reused.commitments.count
                && commitment.findings.count < reused.commitments[index].findings.count { shrunk[1] += 1 }
            for (index, objection) in variant.objections.enumerated() where index < reused.objections.count
                && objection.patents.count < reused.objections[index].patents.count { shrunk[2] += 1 }
            let read = bytes.withUnsafeBytes { CaseReader.read($0, into: &reused, scratch: scratch) }
            #expect(read, "round \(round): the fast path gave up")
            #expect(reused == variant, "round \(round): reading over the previous case built another case")
            #expect(reused == CaseReader.read(bytes), "round \(round): reading over the previous case differs from a fresh read")
        }
        #expect(shrunk.allSatisfy { $0 > 10 }, "the variants did not shrink every kind of nested array: \(shrunk)")
    }

    /// Elements and the product are read field by field over the previous case's: every member a
    /// line may leave out (or write as `null`) must then be reset to its default, not kept from
    /// the case before. Each such member, in every kind of object read that way, is removed from
    /// (and set to `null` in) a case that has all of them; the variant is read over the full case
    /// and must give what the Codable decoder gives.
    @Test func membersALineLeavesOutAreNotKeptFromTheCaseBefore() throws {
        let filled = try #require(filledCase)
        let optional: [String: [String]] = [
            "product": ["drugClass", "referenceProduct", "approvalNumber", "approvalDate", "rareDisease", "paediatric",
                        "nationallyNegotiated", "greenChannelQualified", "innovativeDevice"],
            "patents": ["type", "title", "holder", "grantDate", "substantiveExaminationRequestDate", "statusHistory",
                        "termAdjustmentDays", "termCompensationDays", "drugApprovalDate", "registrableCategory",
                        "registeredOnPlatform"],
            "declarations": ["patent"],
            "commitments": ["patent", "addressee", "findings"],
            "objections": ["withdrawnOn", "outcome"],
            "opinionRequests": ["authority", "opinion"],
            "disputes": ["resolution"],
            "rulings": ["dispute", "servedOn", "copiedToHealthcareSecurityOn", "setAsideOn"],
            "creditEvents": ["clearedOn"],
            "procurementHistory": ["round"],
        ]
        var full = try #require(try JSONSerialization.jsonObject(with: try CaseFile.encode(filled, pretty: false)) as? [String: Any])
        // Every optional member present, and not its default, in the first element of each kind:
        // another element's value where the first has none (or an empty list), else a date after
        // everything else; flags and counts set away from their defaults; a patent's type other
        // than its number's.
        let unset: (Any?) -> Bool = { $0 == nil || $0 is NSNull || ($0 as? [Any])?.isEmpty == true }
        let awayFromDefault: [String: Any] = [
            "rareDisease": true, "paediatric": true, "nationallyNegotiated": true, "innovativeDevice": true,
            "registeredOnPlatform": true, "greenChannelQualified": true, "termAdjustmentDays": 30, "termCompensationDays": 40,
        ]
        func completed(_ object: [String: Any], _ field: String, _ others: [[String: Any]]) -> [String: Any] {
            var object = object
            for key in optional[field] ?? [] {
                if let value = awayFromDefault[key] {
                    object[key] = value
                } else if unset(object[key]) {
                    object[key] = others.lazy.compactMap { $0[key] }.first { !unset($0) } ?? "2030-01-02"
                }
            }
            if field == "patents" { object["type"] = object["type"] as? String == "design" ? "invention" : "design" }
            return object
        }
        for field in optional.keys {
            if var elements = full[field] as? [[String: Any]], let first = elements.first {
                elements[0] = completed(first, field, elements)
                full[field] = elements
            } else if let object = full[field] as? [String: Any] {
                full[field] = completed(object, field, [])
            }
        }
        let fullBytes = try JSONSerialization.data(withJSONObject: full, options: [.sortedKeys, .withoutEscapingSlashes])
        let fullCase = try CaseFile.decode(fullBytes)
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: CaseFile.maxStringBytes + 8)
        defer { scratch.deallocate() }
        var checked = 0
        for (field, keys) in optional.sorted(by: { $0.key < $1.key }) {
            for key in keys {
                for replacement in [nil, NSNull()] as [NSNull?] {
                    var variant = full
                    if var elements = variant[field] as? [[String: Any]] {
                        elements[0][key] = replacement
                        variant[field] = elements
                    } else if var object = variant[field] as? [String: Any] {
                        object[key] = replacement
                        variant[field] = object
                    }
                    let bytes = [UInt8](try JSONSerialization.data(withJSONObject: variant, options: [.sortedKeys, .withoutEscapingSlashes]))
                    let label = "\(field).\(key) \(replacement == nil ? "left out" : "null")"
                    // `null` is not allowed everywhere (e.g. a status history): then both paths refuse it.
                    guard let expected = try? CaseFile.decode(Data(bytes)) else {
                        #expect(CaseReader.read(bytes) == nil, "\(label): the fast path accepted what decode rejects")
                        continue
                    }
                    #expect(expected != fullCase, "\(label): the variant is the full case")
                    var reused = filled
                    let first = fullBytes.withUnsafeBytes { CaseReader.read($0, into: &reused, scratch: scratch) }
                    #expect(first && reused == fullCase, "\(label): the full case did not read")
                    let read = bytes.withUnsafeBytes { CaseReader.read($0, into: &reused, scratch: scratch) }
                    #expect(read, "\(label): the fast path gave up")
                    #expect(reused == expected, "\(label): a value was kept from the case before")
                    checked += 1
                }
            }
        }
        #expect(checked >= optional.values.map(\.count).reduce(0, +), "only \(checked) variants were read")
    }

    @Test func readersOnManyThreadsAgree() async throws {
        let examples = try exampleCases().map(\.bytes)
        let expected = try examples.map { try CaseFile.decode(Data($0)) }
        let results = try await withThrowingTaskGroup(of: [Case].self) { group in
            for _ in 0..<4 {
                group.addTask { try (0..<50).flatMap { _ in try examples.map { try CaseFile.decodeFast($0) } } }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for result in results { #expect(result == Array((0..<50).map { _ in expected }.joined())) }
    }

    // MARK: Differential

    /// Eight seeds of 600 inputs each; set `FAST_READER_FUZZ_SEEDS` (e.g. 200) for a longer run.
    static let fuzzSeeds = 0..<(ProcessInfo.processInfo.environment["FAST_READER_FUZZ_SEEDS"].flatMap { Int($0) } ?? 8)

    @Test(arguments: fuzzSeeds)
    func mutatedCasesDecodeIdenticallyByBothPaths(seed: Int) throws {
        let seeds = try exampleCases().map(\.bytes) + [Array(baseCaseJSON.utf8)]
        var mutator = Mutator(seed: UInt64(seed) &* 0x1234_5678_9ABC_DEF1 &+ 17)
        var fastPathCount = 0
        let rounds = 600
        for round in 0..<rounds {
            let original = mutator.pick(seeds)
            let input = mutator.mutate(original)
            if expectAgreement(input, "seed \(seed) round \(round): \(String(decoding: input.prefix(400), as: UTF8.self))") {
                fastPathCount += 1
            }
        }
        // Most mutations break the document; a fair share keep it valid and must take the fast path.
        // Mutations that add keys now hand the document to the strict decoder, so fewer stay fast.
        #expect(fastPathCount > rounds / 25, "only \(fastPathCount) of \(rounds) mutated inputs took the fast path")
    }

    @Test func randomBytesNeverTrapAndNeverDisagree() {
        var random = SeededGenerator(state: 7)
        let alphabet: [UInt8] = Array(#"{}[]:,"\\ 0123456789-+.eEtrufalsn/bu"#.utf8) + [0x00, 0x0A, 0x80, 0xBF, 0xC3, 0xE4, 0xED, 0xF0, 0xFF]
        let prefix = Array(#"{"schemaVersion": 1, "id": "#.utf8)
        var tried = 0
        for _ in 0..<30_000 {
            let length = Int.random(in: 0..<48, using: &random)
            var bytes = (0..<length).map { _ in alphabet.randomElement(using: &random) ?? 0 }
            if Bool.random(using: &random) { bytes = prefix + bytes }
            if CaseReader.read(bytes) != nil {
                tried += 1
                expectAgreement(bytes, String(decoding: bytes, as: UTF8.self))
            }
        }
        // Random bytes are never a whole case; the point is that no read traps or overreads.
        #expect(tried == 0)
    }

    // MARK: Strings

    @Test func escapesAndSurrogatePairsDecode() {
        let rows: [(String, String)] = [
            (#"a\"b"#, "a\"b"), (#"a\\b"#, "a\\b"), (#"a\/b"#, "a/b"), (#"\b\f\n\r\t"#, "\u{08}\u{0C}\n\r\t"),
            (#"\u0041\u00e9\u4E2D"#, "Aé中"), (#"\ud83d\ude00 x"#, "😀 x"), (#"\uD834\uDD1E"#, "𝄞"),
            (#"\u0000"#, "\u{0}"), ("示例\\u7247", "示例片"), ("\u{7F}", "\u{7F}"), (#"\uFFFF"#, "\u{FFFF}"),
        ]
        for (written, expected) in rows {
            let bytes = baseCase(replacing: #""name": "示例片""#, with: #""name": "\#(written)""#)
            #expect(expectAgreement(bytes, written), "the fast path gave up on \(written)")
            #expect(CaseReader.read(bytes)?.product.name == expected)
        }
    }

    @Test func loneSurrogatesBadEscapesAndControlCharactersAreRejectedOrLeftToDecode() {
        for written in [#"\ud800"#, #"\udc00"#, #"\ud800\u0041"#, #"\ude00\ud83d"#, #"\x"#, #"\u12"#, #"\u12G4"#, "\t", "\u{01}", "\n"] {
            let bytes = baseCase(replacing: #""name": "示例片""#, with: #""name": "\#(written)""#)
            #expect(!expectAgreement(bytes, written))
            #expect(throws: CaseFileError.self) { try CaseFile.decodeFast(bytes) }
        }
        // Lone surrogates in an ignored value: decode accepts them, and so does decodeFast (slowly).
        let ignored = baseCase(replacing: #""id": "t""#, with: #""id": "t", "note": "\ud800""#)
        #expect(!expectAgreement(ignored, "lone surrogate in an unknown key"))
        // The strict decoder rejects a lone surrogate anywhere, unknown keys included.
        #expect((try? CaseFile.decodeFast(ignored)) == nil)
    }

    @Test func invalidUTF8IsRejectedOrLeftToDecode() {
        let prefix = Array(baseCaseJSON.utf8)
        guard let start = productNameMember(in: prefix) else { return }
        let sequences: [[UInt8]] = [
            [0xFF], [0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xF5, 0x80, 0x80, 0x80], [0xE4, 0xB8], [0xF0, 0x9F, 0x98], [0xC2],
        ]
        for sequence in sequences {
            var bytes = prefix
            bytes.replaceSubrange(start, with: Array(#""name": "a"#.utf8) + sequence + Array(#"b""#.utf8))
            #expect(!expectAgreement(bytes, "\(sequence)"))
            #expect(throws: CaseFileError.self) { try CaseFile.decodeFast(bytes) }
        }
        for valid: [UInt8] in [[0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF]] {
            var bytes = prefix
            bytes.replaceSubrange(start, with: Array(#""name": "a"#.utf8) + valid + Array(#"b""#.utf8))
            #expect(expectAgreement(bytes, "\(valid)"), "the fast path gave up on valid UTF-8 \(valid)")
        }
    }

    /// A string's end is found sixteen bytes at a time, then eight, then one: a closing quote,
    /// an escape or a control character at every place of strings of every length up to 40
    /// bytes, ASCII and CJK, is found where it is (the escapes read as what they stand for, the
    /// rest make the reader give up, as the Codable path does; `invalidUTF8IsRejectedOrLeftToDecode`
    /// and the fuzzing compare the two paths on such lines).
    @Test func aStopAtEveryPlaceOfAStringIsFoundWhereItIs() {
        let prefix = Array(baseCaseJSON.utf8)
        guard let start = productNameMember(in: prefix) else { return }
        // Each stop as written in the file, and what it reads as: a bare quote (which ends the
        // string early, so the line is not JSON), two escapes and two control characters.
        let stops: [(written: [UInt8], reads: String?)] = [
            ([UInt8(ascii: "\"")], nil), (Array(#"\""#.utf8), "\""), (Array(#"\u4E2D"#.utf8), "中"),
            ([0x01], nil), ([0x1F], nil),
        ]
        let texts = (0...40).map { String(repeating: "a b~\u{7F}{z}", count: 6).prefix($0) }
            + (0...14).map { String(repeating: "示例医药有限公司", count: 2).prefix($0) }
        var read = 0
        for text in texts {
            for place in text.indices + [text.endIndex] {
                for stop in stops {
                    var bytes = prefix
                    let name = Array(text[..<place].utf8) + stop.written + Array(text[place...].utf8)
                    bytes.replaceSubrange(start, with: Array(#""name": ""#.utf8) + name + [UInt8(ascii: "\"")])
                    let found = CaseReader.read(bytes)?.product.name
                    let expected = stop.reads.map { String(text[..<place]) + $0 + String(text[place...]) }
                    #expect(found == expected, "\(text) with \(stop.written) at \(place)")
                    if found != nil { read += 1 }
                }
            }
        }
        #expect(read > 1_000, "the sample must hold strings the fast path reads: \(read)")
    }

    /// The reader validates UTF-8 only where bytes become a `String`; everywhere else (keys,
    /// enumeration values, dates, escaped strings, ignored values) ill-formed bytes must still
    /// make it give up, with the Codable path's error.
    @Test func invalidUTF8OutsideBuiltStringsIsRejectedOrLeftToDecode() {
        let base = Array(baseCaseJSON.utf8)
        func replacing(_ marker: String, with replacement: [UInt8]) -> [UInt8]? {
            guard let range = Mutator(seed: 0).firstRange(of: Array(marker.utf8), in: base, from: 0) else { return nil }
            var bytes = base
            bytes.replaceSubrange(range, with: replacement)
            return bytes
        }
        let bad: [[UInt8]] = [[0xFF], [0xE4, 0xB8], [0xED, 0xA0, 0x80], [0xC0, 0xAF]]
        var checked = 0
        for sequence in bad {
            let variants: [[UInt8]?] = [
                replacing(#""name": "示例片""#, with: Array(#""name": "aä"#.utf8) + sequence + Array(#"b""#.utf8)),
                replacing(#""name": "示例片""#, with: Array(#""na"#.utf8) + sequence + Array(#"me": "x""#.utf8)),
                replacing(#""category": ""#, with: Array(#""category": ""#.utf8) + sequence),
                replacing(#""jurisdiction": ""#, with: Array(#""$schema": ""#.utf8) + sequence + Array(#"", "jurisdiction": ""#.utf8)),
            ]
            for bytes in variants.compactMap({ $0 }) {
                checked += 1
                #expect(!expectAgreement(bytes, "\(sequence)"))
                #expect(throws: CaseFileError.self) { try CaseFile.decodeFast(bytes) }
            }
        }
        #expect(checked == bad.count * 4, "a marker of the base case moved")
    }

    @Test func nonASCIIKeysMatchByCanonicalEquivalenceAsInDecode() throws {
        // U+212A KELVIN SIGN is canonically equivalent to K; no case key has a K, so this key is
        // unknown either way; an escaped ASCII key is the key itself.
        let kelvin = baseCase(replacing: #""id": "t""#, with: #""id": "t", "\u212Aey": 1, "备注": "x""#)
        // Unknown keys are the strict decoder's business: the fast path hands the document over.
        #expect(!expectAgreement(kelvin, "non-ASCII unknown keys"))
        let escapedKey = baseCase(replacing: #""id": "t""#, with: #""\u0069d": "t""#)
        #expect(expectAgreement(escapedKey, "escaped key"))
        #expect(CaseReader.read(escapedKey)?.id == "t")
        // A key that decodes as an existing key repeats it, and a repeated key is rejected.
        let repeated = baseCase(replacing: #""id": "t""#, with: #""id": "t", "\u0069d": "u""#)
        #expect(!expectAgreement(repeated, "repeated escaped key"))
        #expect(throws: CaseFileError.self) { try CaseFile.decodeFast(repeated) }
    }

    // MARK: Identifiers

    @Test func creditCodeByteValuesAreTheCharacterSetsIndices() {
        var accepted = 0
        for byte in UInt8.min...UInt8.max {
            let expected = UnifiedSocialCreditCode.characterSet.firstIndex(of: byte)
            #expect(UnifiedSocialCreditCode.value(ofByte: byte) == expected, "byte \(byte)")
            if expected != nil { accepted += 1 }
        }
        #expect(accepted == 31)
    }

    @Test func identifierByteFormsBuildWhatTheValidatingInitialisersBuild() {
        var random = SeededGenerator(state: 2026)
        func digits(_ count: Int) -> String { String((0..<count).map { _ in "0123456789".randomElement(using: &random) ?? "0" }) }
        var fastPatents = 0, fastCodes = 0, fastApprovals = 0
        for _ in 0..<20_000 {
            let year = Int.random(in: 1995...2030, using: &random)
            let body = Bool.random(using: &random)
                ? String(year) + digits(8)
                : String(format: "%02d", Int.random(in: 0...99, using: &random)) + digits(6)
            let check = Bool.random(using: &random)
                ? PatentNumber.checkDigit(for: body.compactMap(\.wholeNumberValue))
                : "0123456789Xx".randomElement(using: &random) ?? "0"
            let prefix = ["ZL", "ZL", "ZL", "CN", "zl", ""].randomElement(using: &random) ?? ""
            let patent = prefix + body + "." + String(check)
            let fast = Array(patent.utf8).withUnsafeBufferPointer { PatentNumber.canonical($0) }
            let slow = try? PatentNumber(validating: patent)
            if let fast {
                fastPatents += 1
                #expect(fast == slow, "\(patent)")
            } else {
                #expect(slow == nil || slow?.canonical != patent, "\(patent): valid and canonical, yet not read")
            }

            let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY") + (Int.random(in: 0..<20, using: &random) == 0 ? ["I", "a", "中"] : [])
            let stem = String((0..<17).map { _ in alphabet.randomElement(using: &random) ?? "0" })
            let last: Character = Bool.random(using: &random)
                ? (UnifiedSocialCreditCode.checkCharacter(for: stem) ?? "0") : (alphabet.randomElement(using: &random) ?? "0")
            let code = stem + String(last) + (Int.random(in: 0..<50, using: &random) == 0 ? "0" : "")
            let fastCode = Array(code.utf8).withUnsafeBufferPointer { UnifiedSocialCreditCode.checked($0) }
            let slowCode = try? UnifiedSocialCreditCode(validating: code)
            #expect(fastCode == slowCode, "\(code)")
            if fastCode != nil { fastCodes += 1 }

            let letters = ["H", "Z", "S", "J", "HJ", "ZJ", "SJ", "HC", "ZC", "SC", "JJ", "JC", "B", "h", "HX", "", "HJC"]
                .randomElement(using: &random) ?? ""
            let head = ["国药准字", "国药准字", "国药准", "国械注准"].randomElement(using: &random) ?? ""
            let approval = head + letters + digits(Int.random(in: 7...9, using: &random))
            let fastApproval = Array(approval.utf8).withUnsafeBufferPointer { ApprovalNumber.drugNumber($0) }
            let slowApproval = try? ApprovalNumber(validating: approval)
            if let fastApproval {
                fastApprovals += 1
                #expect(fastApproval == slowApproval, "\(approval)")
            } else {
                #expect(slowApproval?.isDrug != true, "\(approval): a valid drug number, yet not read")
            }
        }
        #expect(fastPatents > 1_000 && fastCodes > 5_000 && fastApprovals > 1_000, "\(fastPatents) \(fastCodes) \(fastApprovals)")
    }

    @Test func everyDateByteReadsAsDecodeReadsIt() {
        // Each byte of a date replaced by each byte that sits at the edge of what the word-wide
        // digit check accepts: the reader agrees with the Codable path on every one.
        let date = Array("2009-06-18".utf8)
        let bytes: [UInt8] = [0x00, 0x20, 0x2D, 0x2F, 0x30, 0x31, 0x35, 0x39, 0x3A, 0x40, 0x61, 0x7F, 0xAF, 0xB0, 0xB9, 0xEF]
        var accepted = 0
        for position in date.indices {
            for byte in bytes where byte != date[position] {
                var changed = date
                changed[position] = byte
                guard let text = String(bytes: changed, encoding: .utf8) else { continue }
                let escaped = text.unicodeScalars.map { $0.value < 0x20 ? String(format: "\\u%04x", $0.value) : String($0) }.joined()
                let json = baseCase(replacing: #""filingDate": "2009-06-18""#, with: #""filingDate": "\#(escaped)""#)
                if expectAgreement(json, "\(escaped)") { accepted += 1 }
            }
        }
        // The digits 0–9 at the digit positions give valid dates (some), the rest never.
        #expect(accepted > 10 && accepted < 60, "\(accepted)")
    }

    @Test func datesWrittenOtherwiseThanPlainlyReadAsDecodeReadsThem() {
        // The reader takes a date written plainly — quote, ten bytes, quote — in place, and any
        // other spelling through its string reader; both agree with the Codable path.
        let spellings = [
            #""2009-06-18""#, #" "2009-06-18" "#, #""2009\u002d06-18""#, #""\u0032009-06-18""#,
            #""2009-06-1\u0038""#, #""2009-06-18 ""#, #""2009-06-180""#, #""2009-06-1""#, #""2009-02-29""#,
            #""2008-02-29""#, #""0000-01-01""#, #""2009-13-01""#, #""2009-06-18\"""#, #""2009-06-18"#,
        ]
        var accepted = 0
        for spelling in spellings {
            let json = baseCase(replacing: #""filingDate": "2009-06-18""#, with: #""filingDate": \#(spelling)"#)
            if expectAgreement(json, spelling) { accepted += 1 }
        }
        // Plain, spaced, the three escaped spellings and 2008-02-29.
        #expect(accepted == 6, "\(accepted)")
    }

    @Test func patentNumberBytesAtTheEdgesOfTheDigitCheckReadAsValidatingReadsThem() {
        // Each digit of a canonical number, in both forms, replaced by each byte at the edge of
        // what the word-wide digit check accepts: the byte form agrees with `init(validating:)`.
        let bodies = ["200910123456", "201320567890", "03101234", "98201234"]
        let bytes: [UInt8] = [0x00, 0x20, 0x2A, 0x2F, 0x30, 0x31, 0x35, 0x39, 0x3A, 0x3F, 0x40, 0x46, 0x7F, 0xB0, 0xB9, 0xF0]
        var read = 0
        for body in bodies {
            let valid = Array(("ZL" + body + "." + String(PatentNumber.checkDigit(for: body.compactMap(\.wholeNumberValue)))).utf8)
            for position in 2..<(valid.count - 2) {
                for byte in bytes {
                    var changed = valid
                    changed[position] = byte
                    let fast = changed.withUnsafeBufferPointer { PatentNumber.canonical($0) }
                    let slow = String(bytes: changed, encoding: .utf8).flatMap { try? PatentNumber(validating: $0) }
                    if !(0x30...0x39).contains(byte) { #expect(fast == nil, "\(changed): not a digit, yet read") }
                    if let fast {
                        read += 1
                        #expect(fast == slow, "\(changed)")
                        #expect(fast.canonical == String(decoding: changed, as: UTF8.self), "\(changed)")
                    } else {
                        #expect(slow == nil || slow?.canonical != String(decoding: changed, as: UTF8.self), "\(changed)")
                    }
                }
            }
        }
        // At least every digit replaced by itself (each body has a 0 or 1 somewhere), and a few
        // whose check digit still holds.
        #expect(read >= 4, "\(read)")
    }

    @Test func everyKeyTableHasAPerfectHash() {
        // A table without one still reads correctly, comparing every name; it only costs time.
        #expect(CaseReader.tablesWithoutPerfectHash == [])
    }

    @Test func deviceRegistrationBytesBuildWhatTheValidatingInitialiserBuilds() {
        var random = SeededGenerator(state: 2027)
        func digits(_ count: Int) -> String { String((0..<count).map { _ in "0123456789".randomElement(using: &random) ?? "0" }) }
        let regions = Array(ApprovalNumber.deviceRegionCharacters).map(String.init) + ["中", "A", "京\u{301}", "国国", ""]
        var fast = 0
        for _ in 0..<20_000 {
            let region = regions.randomElement(using: &random) ?? ""
            let marker = ["械注", "械注", "械注", "械备", "械"].randomElement(using: &random) ?? ""
            let form = ["准", "进", "许", "准", "字", ""].randomElement(using: &random) ?? ""
            let year = String(Int.random(in: 2000...2030, using: &random))
            let rest = ["2", "3", "3", "1", "x"].randomElement(using: &random) ?? ""
            let text = region + marker + form + year + rest + digits(Int.random(in: 5...7, using: &random))
            let byBytes = Array(text.utf8).withUnsafeBufferPointer { ApprovalNumber.deviceRegistration($0) }
            let validated = try? ApprovalNumber(validating: text)
            if let byBytes {
                fast += 1
                #expect(byBytes == validated && byBytes.kind == .deviceRegistration, "\(text)")
            } else {
                #expect(validated?.kind != .deviceRegistration || Array(text.utf8).count != 23, "\(text): a usual registration number, yet not read")
            }
        }
        #expect(fast > 1_000, "\(fast)")
    }

    // MARK: Numbers

    @Test func integersDecodeLikeDecode() throws {
        let rows: [(String, Int?, Bool)] = [  // written, value decode reads (nil: error), fast path reads it
            ("100", 100, true), ("0", 0, true), ("-5", -5, true), ("-0", 0, true),
            ("9223372036854775807", Int.max, true), ("-9223372036854775808", Int.min, true),
            ("9223372036854775808", nil, false), ("99999999999999999999", nil, false),
            // Integers are exact: a fraction or an exponent is an error on both paths, never rounded.
            ("1e2", nil, false), ("1E2", nil, false), ("100.0", nil, false), ("10000e-2", nil, false),
            ("99.99999999999999999", nil, false), ("100.0000000000000000001", nil, false), ("1e-400", nil, false),
            ("1.5", nil, false), ("1e400", nil, false), ("01", nil, false), ("-", nil, false), ("+1", nil, false),
            (".5", nil, false), ("1.", nil, false), ("0x10", nil, false), ("\"100\"", nil, false), ("true", nil, false),
            ("null", 0, true),
        ]
        for (written, value, fast) in rows {
            let bytes = baseCase(replacing: #""termCompensationDays": 100"#, with: #""termCompensationDays": \#(written)"#)
            #expect(expectAgreement(bytes, written) == fast, "\(written): fast path \(fast ? "should read it" : "should give up")")
            #expect((try? CaseFile.decodeFast(bytes))?.patents[1].termCompensationDays == value, "\(written)")
        }
    }

    @Test func numbersInIgnoredValuesFollowTheGrammar() {
        let strict = ["0", "-0", "1e400", "-1.5E-300", "123456789012345678901234567890", "0.0e+0", "[1, -2, 3.5]"]
        for written in strict {
            let bytes = baseCase(replacing: #""id": "t""#, with: #""id": "t", "x": \#(written)"#)
            // "x" is an unknown key: the fast path hands over, and both paths agree.
            #expect(!expectAgreement(bytes, written), "the fast path read an unknown key holding \(written)")
        }
        // JSONDecoder lets these through in an ignored value; the fast path gives up, decode decides.
        for written in ["01", "-", "1.", "1e", "+1", ".5", "NaN", "1e+", "--1", "0x1"] {
            let bytes = baseCase(replacing: #""id": "t""#, with: #""id": "t", "x": \#(written)"#)
            #expect(!expectAgreement(bytes, written), "the fast path read \(written)")
        }
    }

    @Test func strictReadingErrorsAreTheSameOnBothPaths() throws {
        let inputs: [(String, String)] = [
            (#""rulings": ["#, #""ruling": ["#),
            (#""termCompensationDays": 100"#, #""termCompensationDay": 100"#),
            (#""id": "t""#, #""id": "t", "\u001b[31mred": 1"#),
            (#""id": "t""#, #""id": "t", "\u202Eevil": 1, "zzz": 2"#),
            (#""termCompensationDays": 100"#, #""termCompensationDays": 364.99999999999999999"#),
            (#""termCompensationDays": 100"#, #""termCompensationDays": 1e-400"#),
            (#""termCompensationDays": 100"#, #""termCompensationDays": 12.0000000000000000001"#),
            (#""termCompensationDays": 100"#, #""termCompensationDays": 12.0"#),
            (#""termCompensationDays": 100"#, #""termCompensationDays": 1e2"#),
        ]
        for (target, replacement) in inputs {
            let bytes = baseCase(replacing: target, with: replacement)
            #expect(!expectAgreement(bytes, replacement), "\(replacement): the fast path read it")
            #expect(throws: CaseFileError.self, "\(replacement)") { try CaseFile.decodeFast(bytes) }
            // The escape hatch changes nothing for numbers, and both paths agree under it too.
            let allowing = Result { () throws(CaseFileError) in try CaseFile.decode(Data(bytes), options: .allowingUnknownKeys) }
            let fastAllowing = Result { () throws(CaseFileError) in try CaseFile.decodeFast(bytes, options: .allowingUnknownKeys) }
            #expect(allowing == fastAllowing, "\(replacement)")
            if replacement.contains("termCompensationDays\"") {
                #expect(throws: CaseFileError.self) { try allowing.get() }
            } else {
                #expect((try? allowing.get()) != nil, "\(replacement): the escape hatch did not ignore the key")
            }
        }
    }

    @Test func schemaVersionIsCheckedAsInDecode() throws {
        for written in ["1", "1.0", "2", "0", "-1", "null", "\"1\"", "01"] {
            let bytes = baseCase(replacing: #""schemaVersion": 1"#, with: #""schemaVersion": \#(written)"#)
            expectAgreement(bytes, written)
        }
        let two = baseCase(replacing: #""schemaVersion": 1"#, with: #""schemaVersion": 2"#)
        #expect(throws: CaseFileError(code: .unsupportedSchemaVersion, path: "schemaVersion",
                                      message: "schema version 2 is not supported (this library reads version 1)")) {
            try CaseFile.decodeFast(two)
        }
    }

    // MARK: Whitespace and structure

    @Test func whitespaceVariantsDecode() throws {
        let compact = try [UInt8](CaseFile.encode(try CaseFile.decode(Data(baseCaseJSON.utf8)), pretty: false))
        let text = String(decoding: compact, as: UTF8.self)
        let variants = [
            text, " \n\t\r" + text + " \n\t\r", text.replacingOccurrences(of: ",", with: " ,\r\n\t"),
            text.replacingOccurrences(of: ":", with: "\t:\n "), baseCaseJSON.replacingOccurrences(of: "\n", with: "\r\n"),
        ]
        for variant in variants { #expect(expectAgreement(Array(variant.utf8), "whitespace"), "the fast path gave up") }
        for odd in [text + "\u{0C}", "\u{0B}" + text, text + " x", text + "{}", "\u{FEFF}" + text, text.replacingOccurrences(of: "}", with: ",}")] {
            #expect(!expectAgreement(Array(odd.utf8), "odd"), "the fast path read a non-RFC 8259 document")
        }
        for notACase in ["", " ", "[]", "null", "1", "\"case\"", "{", "{\"schemaVersion\": 1"] {
            #expect(!expectAgreement(Array(notACase.utf8), notACase))
        }
    }

    @Test func repeatedKeysAreRejectedAsInDecode() throws {
        let rows: [(String, String)] = [
            (#""id": "a", "id": "b""#, "a"),
            (#""id": "a", "id": 5"#, "a"),  // rejected whatever the repeat's type
            (#""id": "a", "id": {"deep": [1, 2]}"#, "a"),
        ]
        for (members, id) in rows {
            let bytes = baseCase(replacing: #""id": "t""#, with: members)
            #expect(!expectAgreement(bytes, members), "the fast path read a repeated key in \(members)")
            #expect(throws: CaseFileError.self, "\(id)") { try CaseFile.decodeFast(bytes) }
        }
        // Rejected even when the first value is the wrong one.
        let wrongFirst = baseCase(replacing: #""id": "t""#, with: #""id": 5, "id": "t""#)
        #expect(throws: CaseFileError.self) { try CaseFile.decodeFast(wrongFirst) }
        expectAgreement(wrongFirst, "wrong first value")
        // A null first value does not make a repeat acceptable.
        let nullFirst = baseCase(replacing: #""round": {"#, with: #""round": null, "round": {"#)
        #expect(!expectAgreement(nullFirst, "null first"))
        #expect(throws: CaseFileError.self) { try CaseFile.decodeFast(nullFirst) }
        // Nested objects too.
        let nested = baseCase(replacing: #""category": "chemicalDrug""#, with: #""category": "chemicalDrug", "category": "bogus""#)
        #expect(!expectAgreement(nested, "nested repeat"))
    }

    @Test func absentAndNullOptionalsAndArraysDefaultAsInDecode() throws {
        let minimal = #"""
            {"schemaVersion": 1, "id": "m", "jurisdiction": "CN",
             "enterprise": {"name": "E", "creditCode": "91110108MA01EXAMPG"},
             "product": {"id": "P", "name": "N", "category": "medicalConsumable", "marketingAuthorisationHolder": "H"}}
            """#
        #expect(expectAgreement(Array(minimal.utf8), "minimal"))
        let nulls = minimal.replacingOccurrences(of: #""id": "m","#, with: #""id": "m", "patents": null, "procurementHistory": null, "round": null, "attention": null, "declarations": null,"#)
        #expect(expectAgreement(Array(nulls.utf8), "nulls"))
        #expect(try CaseFile.decodeFast(Array(nulls.utf8)) == CaseFile.decode(Data(minimal.utf8)))
        let nullRequired = minimal.replacingOccurrences(of: #""id": "m""#, with: #""id": null"#)
        #expect(!expectAgreement(Array(nullRequired.utf8), "null id"))
        let nullElement = baseCase(replacing: #""patents": ["ZL201110234567.1"]}]"#, with: #""patents": [null]}]"#)
        #expect(!expectAgreement(nullElement, "null element"))
    }

    // MARK: Limits

    @Test func limitsAreEnforcedAsInDecode() throws {
        func nested(_ depth: Int) -> [UInt8] {
            // The case object is level 1; `x` adds depth - 1 levels.
            let levels = depth - 1
            return baseCase(replacing: #""id": "t""#, with: #""id": "t", "x": \#(String(repeating: "[", count: levels))\#(String(repeating: "]", count: levels))"#)
        }
        #expect(!expectAgreement(nested(CaseFile.maxDepth), "depth at the limit (in an unknown key)"))
        #expect(!expectAgreement(nested(CaseFile.maxDepth + 1), "depth over the limit"))
        #expect(throws: CaseFileError.self) { try CaseFile.decodeFast(nested(CaseFile.maxDepth + 1)) }

        func array(_ count: Int) -> [UInt8] {
            baseCase(replacing: #""id": "t""#, with: #""id": "t", "x": [\#(Array(repeating: "{}", count: count).joined(separator: ","))]"#)
        }
        #expect(!expectAgreement(array(CaseFile.maxArrayLength), "array at the limit (in an unknown key)"))
        #expect(!expectAgreement(array(CaseFile.maxArrayLength + 1), "array over the limit"))
        let history = "[" + Array(repeating: #"{"date": "2026-04-15", "status": "listed"}"#, count: CaseFile.maxArrayLength + 1).joined(separator: ",") + "]"
        let longHistory = baseCase(replacing: #""procurementHistory": ["#, with: #""procurementHistory": \#(history), "ignored": ["#)
        #expect(!expectAgreement(longHistory, "history over the limit"))
        #expect(throws: CaseFileError(code: .tooManyElements, path: "procurementHistory",
                                      message: "more than 1000 elements (the limit per array)")) { try CaseFile.decodeFast(longHistory) }

        func string(_ written: String) -> [UInt8] { baseCase(replacing: #""name": "示例片""#, with: #""name": "\#(written)""#) }
        let limit = CaseFile.maxStringBytes
        #expect(expectAgreement(string(String(repeating: "a", count: limit)), "string at the limit"))
        #expect(!expectAgreement(string(String(repeating: "a", count: limit + 1)), "string over the limit"))
        #expect(expectAgreement(string(String(repeating: #"\n"#, count: limit / 2)), "escaped string at the limit"))
        #expect(!expectAgreement(string(String(repeating: #"\n"#, count: limit / 2) + "a"), "escaped string over the limit"))
        #expect(expectAgreement(string(String(repeating: "中", count: limit / 3)), "CJK string at the limit"))
        #expect(!expectAgreement(string(String(repeating: "中", count: limit / 3 + 1)), "CJK string over the limit"))
        let longKey = baseCase(replacing: #""id": "t""#, with: #""id": "t", "\#(String(repeating: "k", count: limit + 1))": 1"#)
        #expect(!expectAgreement(longKey, "key over the limit"))

        var large = Array(baseCaseJSON.utf8)
        large.insert(contentsOf: Array(repeating: UInt8(ascii: " "), count: CaseFile.maxBytes), at: 1)
        #expect(!expectAgreement(large, "too large"))
        #expect(throws: CaseFileError.self) { try CaseFile.decodeFast(large) }
    }

    @Test func everyTruncationOfAnExampleAgrees() throws {
        let bytes = Array(baseCaseJSON.utf8)
        for end in stride(from: 0, to: bytes.count, by: 7) {
            #expect(!expectAgreement(Array(bytes[..<end]), "truncated at \(end)"))
        }
    }
}
