import Foundation
import Testing
import MedIPPolicy
import MedipCommands

/// Documentation/case.schema.json: `medip schema` prints it, every example case file satisfies
/// it, broken files do not, and its enumerations are the library's.
@Suite struct CaseSchemaTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schemaURL = root.appendingPathComponent("Documentation/case.schema.json")
    static let examples = root.appendingPathComponent("Documentation/Examples")

    static func schema() throws -> JSONValue {
        try JSONValue.parse(Data(contentsOf: schemaURL))
    }

    static func exampleFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: examples, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" && $0.lastPathComponent != "expected-decisions.json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test func schemaCommandPrintsTheDocumentedSchema() throws {
        let file = try String(contentsOf: Self.schemaURL, encoding: .utf8)
        let result = runMedip(["schema"])
        #expect(result.status == 0)
        #expect(result.out == file, "Sources/MedipCommands/SchemaCommands.swift embeds a different schema from Documentation/case.schema.json; paste the file into caseSchema")
        #expect(runMedip(["schema", "extra"]).status == 2)
        #expect(runMedip(["schema", "--help"]).out.contains("USAGE: medip schema"))
    }

    @Test func schemaIsDraft202012() throws {
        let schema = try Self.schema()
        #expect(schema["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
        #expect(schema["type"] == .string("object"))
    }

    @Test func everyExampleSatisfiesTheSchema() throws {
        let validator = SchemaValidator(root: try Self.schema())
        let files = try Self.exampleFiles()
        #expect(files.count >= 19)
        for file in files {
            let data = try Data(contentsOf: file)
            let errors = validator.validate(try JSONValue.parse(data))
            #expect(errors.isEmpty, "\(file.lastPathComponent): \(errors)")
            // And the library reads it; what it writes back satisfies the schema too.
            let decoded = try CaseFile.decode(data)
            let reencoded = try JSONValue.parse(try CaseFile.encode(decoded))
            #expect(validator.validate(reencoded).isEmpty, "\(file.lastPathComponent) re-encoded: \(validator.validate(reencoded))")
        }
    }

    /// Mutations of a valid example, each with the path the schema must report.
    static let brokenCases: [(name: String, path: String, mutate: @Sendable (inout JSONValue) -> Void)] = [
        ("missing product", "", { $0["product"] = nil }),
        ("schema version 2", "schemaVersion", { $0["schemaVersion"] = .number(2) }),
        ("unknown jurisdiction", "jurisdiction", { $0["jurisdiction"] = .string("CN-SH") }),
        ("date with one-digit month", "commitments[0].date", { $0["commitments"]?[0]?["date"] = .string("2026-4-15") }),
        ("unknown enumeration value", "product.category", { $0["product"]?["category"] = .string("vaccine") }),
        ("declaration category 5", "declarations[0].category", { $0["declarations"]?[0]?["category"] = .string("5") }),
        ("misspelt optional field", "patents[0]", { $0["patents"]?[0]?["fillingDate"] = .string("2009-06-18") }),
        ("credit code with an O", "enterprise.creditCode", { $0["enterprise"]?["creditCode"] = .string("91110108MA01EXAMPO") }),
        ("publication number", "patents[0].number", { $0["patents"]?[0]?["number"] = .string("CN112345678A") }),
        ("number for a boolean", "patents[0].registeredOnPlatform", { $0["patents"]?[0]?["registeredOnPlatform"] = .number(1) }),
        ("null required field", "round.name", { $0["round"]?["name"] = .null }),
        ("string too long", "product.name", { $0["product"]?["name"] = .string(String(repeating: "x", count: 4_097)) }),
        ("too many patents", "patents", {
            let patent = $0["patents"]?[0] ?? .null
            $0["patents"] = .array(Array(repeating: patent, count: 1_001))
        }),
        ("old device number", "product.approvalNumber", { $0["product"]?["approvalNumber"] = .string("国食药监械(准)字2013第3460001号") }),
        ("fractional term adjustment", "patents[0].termAdjustmentDays", { $0["patents"]?[0]?["termAdjustmentDays"] = .number(1.5) }),
    ]

    @Test(arguments: brokenCases.indices)
    func brokenCaseFailsTheSchema(_ index: Int) throws {
        let broken = Self.brokenCases[index]
        var value = try JSONValue.parse(Data(contentsOf: Self.examples.appendingPathComponent("generic-category3-listing.json")))
        broken.mutate(&value)
        let errors = SchemaValidator(root: try Self.schema()).validate(value)
        #expect(!errors.isEmpty, "\(broken.name): the schema accepted it")
        #expect(errors.contains { $0.path == broken.path }, "\(broken.name): \(errors)")
        // The decoder rejects it too; the misspelt key only its escape hatch lets through.
        let decoded = try? CaseFile.decode(value.encoded())
        #expect(decoded == nil, "\(broken.name): CaseFile.decode accepted what the schema rejects")
        if broken.name == "misspelt optional field" {
            #expect((try? CaseFile.decode(value.encoded(), options: .allowingUnknownKeys)) != nil)
        }
    }

    /// Every object of every example, as (path as CaseFile writes it, the object's location).
    static func objectPaths(_ value: JSONValue, path: String = "", location: [PathStep] = []) -> [(String, [PathStep])] {
        switch value {
        case .object(let members):
            var found = [(path, location)]
            for (key, member) in members.sorted(by: { $0.key < $1.key }) {
                found += objectPaths(member, path: path.isEmpty ? key : "\(path).\(key)", location: location + [.key(key)])
            }
            return found
        case .array(let items):
            return items.indices.flatMap { objectPaths(items[$0], path: "\(path)[\($0)]", location: location + [.index($0)]) }
        default:
            return []
        }
    }

    enum PathStep { case key(String), index(Int) }

    static func insertingProbe(into value: inout JSONValue, at location: ArraySlice<PathStep>) {
        guard let step = location.first else {
            value["unknownKeyProbe"] = .number(1)
            return
        }
        switch step {
        case .key(let key):
            guard var member = value[key] else { return }
            insertingProbe(into: &member, at: location.dropFirst())
            value[key] = member
        case .index(let index):
            guard var item = value[index] else { return }
            insertingProbe(into: &item, at: location.dropFirst())
            value[index] = item
        }
    }

    /// The schema and the decoder agree on unknown keys: in every object of every example, an
    /// extra key fails both, at the same place, and only the decoder's escape hatch accepts it.
    @Test func theSchemaAndTheDecoderRejectTheSameUnknownKeys() throws {
        let validator = SchemaValidator(root: try Self.schema())
        var objects = 0
        for file in try Self.exampleFiles() {
            let value = try JSONValue.parse(Data(contentsOf: file))
            for (path, location) in Self.objectPaths(value) {
                var probed = value
                Self.insertingProbe(into: &probed, at: location[...])
                objects += 1
                let errors = validator.validate(probed)
                #expect(errors.contains { $0.path == path }, "\(file.lastPathComponent) \(path): the schema accepted an unknown key: \(errors)")
                do {
                    _ = try CaseFile.decode(probed.encoded())
                    Issue.record("\(file.lastPathComponent) \(path): the decoder accepted an unknown key")
                } catch {
                    #expect(error.code == .unknownKey, "\(file.lastPathComponent) \(path): \(error)")
                    #expect(error.path == (path.isEmpty ? "unknownKeyProbe" : "\(path).unknownKeyProbe"), "\(error)")
                }
                #expect((try? CaseFile.decode(probed.encoded(), options: .allowingUnknownKeys)) != nil, "\(file.lastPathComponent) \(path)")
            }
        }
        #expect(objects > 150)
    }

    /// Every string the library's identifier types accept matches the schema's pattern (the
    /// schema may accept more: check characters are the decoder's job).
    @Test func identifierPatternsAdmitWhatTheLibraryAccepts() throws {
        let schema = try Self.schema()
        let validator = SchemaValidator(root: schema)
        func matches(_ definition: String, _ text: String) -> Bool {
            validator.validate(.string(text), against: schema["$defs"]?[definition] ?? .null).isEmpty
        }
        let patents = [
            "ZL201811564288.X", "ZL202010566088.9", "ZL202322865413.3", "ZL200510096239.4", "201710601862.3",
            "ZL 2015 1 0958772.0", "ZL95115608.X", "97101765.4", "cn 201811564288.x", "ZL201880012345.5",
            "ZL202130567890.5", "zl200910123456.6",
        ]
        for text in patents {
            #expect(PatentNumber(text) != nil, "\(text) is a valid patent number")
            #expect(matches("PatentNumber", text), "\(text) should match the PatentNumber pattern")
        }
        for text in ["CN112345678A", "ZL201811564288", "ZL20181156428.X", "ZL201841564288.1", "199910123456.7", "45115608.1", "ZL"] {
            #expect(PatentNumber(text) == nil)
            #expect(!matches("PatentNumber", text), "\(text) should not match the PatentNumber pattern")
        }
        for text in ["国药准字H20240001", "国药准字HJ20240001", "国药准字J20240001", "国械注准20153460251", "京械注准20192140123", "京朝械备20150012"] {
            #expect(ApprovalNumber(text) != nil, "\(text) is a valid approval number")
            #expect(matches("ApprovalNumber", text), "\(text) should match the ApprovalNumber pattern")
        }
        for text in ["国药准字B20240001", "国药准字H2024001", "国械注准20151460251", "国食药监械(准)字2013第3460001号", "H20240001"] {
            #expect(ApprovalNumber(text) == nil)
            #expect(!matches("ApprovalNumber", text), "\(text) should not match the ApprovalNumber pattern")
        }
        for text in ["91110108MA01EXAMPG", "91320500MA1TEXT00P"] {
            #expect(UnifiedSocialCreditCode(text) != nil)
            #expect(matches("CreditCode", text))
        }
        for text in ["91110108MA01EXAMP", "91110108ma01exampg", "91110108MA01EXAMPI"] {
            #expect(!matches("CreditCode", text), "\(text) should not match the CreditCode pattern")
        }
        #expect(matches("Date", "2026-02-28") && !matches("Date", "2026-2-28") && !matches("Date", "２０２６-02-28"))
    }

    /// The schema's enumerations are exactly the raw values the decoder accepts.
    @Test func enumerationsMatchTheLibrary() throws {
        let schema = try Self.schema()
        func values(_ path: [String]) -> [String] {
            var node: JSONValue? = schema
            for key in path { node = node?[key] }
            guard case .array(let items)? = node?["enum"] else { return [] }
            return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
        }
        func raw<E: StableStringEnum>(_ type: E.Type) -> [String] { type.allCases.map(\.rawValue) }
        let d = "$defs", p = "properties"
        let expectations: [([String], [String])] = [
            ([p, "jurisdiction"], Jurisdiction.allCases.map(\.rawValue)),
            ([d, "Product", p, "category"], raw(ProductCategory.self)),
            ([d, "Product", p, "drugClass"], raw(DrugClass.self)),
            ([d, "Patent", p, "type"], raw(PatentType.self)),
            ([d, "Patent", p, "registrableCategory"], raw(LinkagePatentCategory.self)),
            ([d, "PatentStatusEvent", p, "event"], raw(PatentStatusEventKind.self)),
            ([d, "Declaration", p, "category"], raw(LinkageDeclarationCategory.self)),
            ([d, "Commitment", p, "kind"], raw(CommitmentKind.self)),
            ([d, "CommitmentAddressee", p, "kind"], raw(CommitmentAddresseeKind.self)),
            ([d, "CommitmentFinding", p, "kind"], raw(CommitmentFindingKind.self)),
            ([d, "Objection", p, "receivedBy"], raw(ObjectionReceiver.self)),
            ([d, "ObjectionOutcome", p, "finding"], raw(ObjectionFinding.self)),
            ([d, "Opinion", p, "kind"], raw(OpinionKind.self)),
            ([d, "Opinion", p, "finding"], raw(OpinionFinding.self)),
            ([d, "Dispute", p, "forum"], raw(DisputeForum.self)),
            ([d, "DisputeResolution", p, "kind"], raw(DisputeResolutionKind.self)),
            ([d, "Ruling", p, "kind"], raw(RulingKind.self)),
            ([d, "Ruling", p, "finding"], raw(RulingFinding.self)),
            ([d, "Period", p, "unit"], raw(PeriodUnit.self)),
            ([d, "Exclusivity", p, "kind"], raw(ExclusivityKind.self)),
            ([d, "CreditEvent", p, "kind"], raw(CreditConductKind.self)),
            ([d, "CreditEvent", p, "scheme"], raw(CreditRatingSchemeID.self)),
            ([d, "CreditEvent", p, "level"], raw(CreditRatingLevel.self)),
            ([d, "ProcurementEvent", p, "status"], raw(ProcurementStatus.self)),
            ([d, "Round", p, "kind"], raw(ProcurementRoundKind.self)),
        ]
        for (path, expected) in expectations {
            #expect(values(path) == expected, "\(path.joined(separator: "/"))")
        }
        #expect(schema[p]?["schemaVersion"]?["enum"] == .array([.number(Double(Case.currentSchemaVersion))]))
    }

    /// The validator itself, on small schemas.
    @Test func validatorChecksEachKeyword() throws {
        let schema = try JSONValue.parse(Data(#"""
            {"type": "object", "required": ["a"], "additionalProperties": false,
             "properties": {"a": {"type": "integer", "minimum": 1, "maximum": 3},
                            "b": {"type": ["string", "null"], "maxLength": 2, "pattern": "^x"},
                            "c": {"type": "array", "maxItems": 1, "items": {"enum": ["p", "q"]}},
                            "d": {"anyOf": [{"type": "boolean"}, {"$ref": "#/$defs/n"}]}},
             "$defs": {"n": {"type": "null"}}}
            """#.utf8))
        let validator = SchemaValidator(root: schema)
        func errors(_ json: String) throws -> [String] {
            validator.validate(try JSONValue.parse(Data(json.utf8))).map(\.path)
        }
        #expect(try errors(#"{"a": 2, "b": "xy", "c": ["q"], "d": null}"#) == [])
        #expect(try errors(#"{"a": 2, "b": null, "d": true}"#) == [])
        #expect(try errors(#"{}"#) == [""])
        #expect(try errors(#"{"a": 0}"#) == ["a"])
        #expect(try errors(#"{"a": 4}"#) == ["a"])
        #expect(try errors(#"{"a": 2.5}"#) == ["a"])
        #expect(try errors(#"{"a": "2"}"#) == ["a"])
        #expect(try errors(#"{"a": 2, "b": "xyz"}"#) == ["b"])
        #expect(try errors(#"{"a": 2, "b": "yy"}"#) == ["b"])
        #expect(try errors(#"{"a": 2, "c": ["p", "q"]}"#) == ["c"])
        #expect(try errors(#"{"a": 2, "c": ["r"]}"#) == ["c[0]"])
        #expect(try errors(#"{"a": 2, "d": 1}"#) == ["d"])
        #expect(try errors(#"{"a": 2, "e": 1}"#) == [""])
        #expect(try errors(#"{"a": true}"#) == ["a"])
    }
}

// MARK: - A JSON value and a JSON-Schema-subset validator

/// A parsed JSON value that keeps booleans and numbers apart.
enum JSONValue: Hashable, Sendable, Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    static func parse(_ data: Data) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data)
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// The member `key` of an object (get, set, remove with `nil`); `nil` for other values.
    subscript(key: String) -> JSONValue? {
        get { if case .object(let members) = self { members[key] } else { nil } }
        set {
            guard case .object(var members) = self else { return }
            members[key] = newValue
            self = .object(members)
        }
    }

    /// The element `index` of an array (get, set); `nil` for other values or out of range.
    subscript(index: Int) -> JSONValue? {
        get {
            guard case .array(let items) = self, items.indices.contains(index) else { return nil }
            return items[index]
        }
        set {
            guard case .array(var items) = self, items.indices.contains(index), let newValue else { return }
            items[index] = newValue
            self = .array(items)
        }
    }

    /// The value as JSON text.
    func encoded() -> Data {
        func text(_ value: JSONValue) -> String {
            switch value {
            case .null: return "null"
            case .bool(let flag): return flag ? "true" : "false"
            case .number(let number):
                return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
            case .string(let string):
                var escaped = "\""
                for scalar in string.unicodeScalars {
                    switch scalar {
                    case "\"": escaped += "\\\""
                    case "\\": escaped += "\\\\"
                    case "\n": escaped += "\\n"
                    default:
                        if scalar.value < 0x20 {
                            escaped += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                                + String(scalar.value, radix: 16)
                        } else {
                            escaped.unicodeScalars.append(scalar)
                        }
                    }
                }
                return escaped + "\""
            case .array(let items): return "[" + items.map(text).joined(separator: ",") + "]"
            case .object(let members):
                return "{" + members.keys.sorted().map { text(.string($0)) + ":" + text(members[$0] ?? .null) }
                    .joined(separator: ",") + "}"
            }
        }
        return Data(text(self).utf8)
    }
}

/// A failed check: where in the instance and why.
struct SchemaError: CustomStringConvertible, Sendable {
    var path: String
    var message: String
    var description: String { "\(path.isEmpty ? "(root)" : path): \(message)" }
}

/// Validates JSON against the subset of JSON Schema 2020-12 the case schema uses: `type` (one
/// or a list), `enum`, `required`, `properties`, `additionalProperties` (boolean), `items`,
/// `maxItems`, `maxLength` (in Unicode scalars), `pattern` (NSRegularExpression, unanchored
/// search as the standard says), `minimum`, `maximum`, `anyOf` and local `$ref`s
/// (`#/$defs/Name`). Annotations (`description`, `title`, `$comment`, `$schema`) are ignored.
struct SchemaValidator {
    var root: JSONValue

    func validate(_ instance: JSONValue) -> [SchemaError] {
        validate(instance, against: root)
    }

    func validate(_ instance: JSONValue, against schema: JSONValue, path: String = "") -> [SchemaError] {
        guard case .object(let keywords) = schema else {
            return schema == .bool(false) ? [SchemaError(path: path, message: "no value is allowed")] : []
        }
        var errors: [SchemaError] = []
        if case .string(let reference)? = keywords["$ref"] {
            let prefix = "#/$defs/"
            if reference.hasPrefix(prefix), let target = root["$defs"]?[String(reference.dropFirst(prefix.count))] {
                errors += validate(instance, against: target, path: path)
            } else {
                errors.append(SchemaError(path: path, message: "unresolvable $ref \(reference)"))
            }
        }
        if let types = keywords["type"] {
            let allowed: [String] = switch types {
            case .string(let one): [one]
            case .array(let many): many.compactMap { if case .string(let name) = $0 { name } else { nil } }
            default: []
            }
            if !allowed.contains(where: { Self.instance(instance, hasType: $0) }) {
                errors.append(SchemaError(path: path, message: "expected \(allowed.joined(separator: " or "))"))
            }
        }
        if case .array(let values)? = keywords["enum"], !values.contains(instance) {
            errors.append(SchemaError(path: path, message: "not one of the allowed values"))
        }
        if case .array(let alternatives)? = keywords["anyOf"] {
            let outcomes = alternatives.map { validate(instance, against: $0, path: path) }
            if !outcomes.contains(where: \.isEmpty) {
                // Report the problems inside the alternative of the instance's own type, if any.
                let sameType = outcomes.first { outcome in
                    !outcome.contains { $0.path == path && $0.message.hasPrefix("expected ") }
                }
                errors += sameType ?? [SchemaError(path: path, message: "matches none of the alternatives")]
            }
        }
        switch instance {
        case .object(let members):
            if case .array(let required)? = keywords["required"] {
                for case .string(let name) in required where members[name] == nil {
                    errors.append(SchemaError(path: path, message: "missing required property \(name)"))
                }
            }
            let properties: [String: JSONValue] = if case .object(let declared)? = keywords["properties"] { declared } else { [:] }
            for name in members.keys.sorted() {
                let memberPath = path.isEmpty ? name : "\(path).\(name)"
                if let propertySchema = properties[name], let member = members[name] {
                    errors += validate(member, against: propertySchema, path: memberPath)
                } else if keywords["additionalProperties"] == .bool(false) {
                    errors.append(SchemaError(path: path, message: "unknown property \(name)"))
                }
            }
        case .array(let items):
            if case .number(let limit)? = keywords["maxItems"], Double(items.count) > limit {
                errors.append(SchemaError(path: path, message: "more than \(Int(limit)) items"))
            }
            if let itemSchema = keywords["items"] {
                for (index, item) in items.enumerated() {
                    errors += validate(item, against: itemSchema, path: "\(path)[\(index)]")
                }
            }
        case .string(let text):
            if case .number(let limit)? = keywords["maxLength"], Double(text.unicodeScalars.count) > limit {
                errors.append(SchemaError(path: path, message: "longer than \(Int(limit)) characters"))
            }
            if case .string(let pattern)? = keywords["pattern"] {
                if let expression = try? NSRegularExpression(pattern: pattern) {
                    let range = NSRange(text.startIndex..., in: text)
                    if expression.firstMatch(in: text, range: range) == nil {
                        errors.append(SchemaError(path: path, message: "does not match \(pattern)"))
                    }
                } else {
                    errors.append(SchemaError(path: path, message: "invalid pattern \(pattern)"))
                }
            }
        case .number(let number):
            if case .number(let minimum)? = keywords["minimum"], number < minimum {
                errors.append(SchemaError(path: path, message: "less than \(minimum)"))
            }
            if case .number(let maximum)? = keywords["maximum"], number > maximum {
                errors.append(SchemaError(path: path, message: "more than \(maximum)"))
            }
        case .null, .bool:
            break
        }
        return errors
    }

    static func instance(_ value: JSONValue, hasType type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object),
             ("number", .number):
            true
        case ("integer", .number(let number)):
            number == number.rounded()
        default:
            false
        }
    }
}
