#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Evaluator {
    /// The digest that identifies a rule set and catalog: `sha256:` followed by the 64
    /// lower-case hexadecimal digits of the SHA-256 (FIPS 180-4) of their canonical JSON.
    ///
    /// The canonical JSON is the UTF-8 text
    /// `{"catalog":CATALOG,"rules":{"rules":[RULE,RULE,…]}}`, where CATALOG and each RULE are
    /// the values' own JSON as `JSONEncoder` writes it with sorted keys, no white space and
    /// unescaped slashes (`.sortedKeys`, `.withoutEscapingSlashes`; a non-finite number, which
    /// no shipped target holds, as the string `"NaN"`, `"+Infinity"` or `"-Infinity"`). It is
    /// the JSON of the catalog and rule set themselves, with one normalisation:
    ///
    /// - Rules are sorted by id (rules with equal ids, which the analyser reports, by their JSON
    ///   bytes), because a rule set's order carries no meaning: the same rules written in
    ///   another order give the same digest.
    /// - Documents stay in catalog order, because that order is meaningful: a decision's
    ///   ``Regime/documents`` lists them in it.
    ///
    /// Any change to a rule or to the catalog — a rule's summary, a measure's text, a date —
    /// changes the digest. The working-day calendar and the patent-term rules are not part of
    /// it. ``Evaluator/init(catalog:rules:calendar:patentTermRules:unknownDates:)`` computes it
    /// once — except for ``Catalog/standard`` and ``RuleSet/standard`` (or values equal to them),
    /// whose digest is a constant generated into the library (`medip rules digest --format swift`
    /// writes it; a test and CI fail when it is stale), so that no process spends its start
    /// encoding and hashing the shipped law.
    public static func digest(catalog: Catalog, rules: RuleSet) -> String {
        if catalog == .standard && rules == .standard { return standardRuleSetDigest }
        return computedDigest(catalog: catalog, rules: rules)
    }

    /// Whether `text` has the form of a digest: `sha256:` and 64 lower-case hexadecimal digits
    /// (what a stored decision's ``Decision/ruleSetDigest`` must hold).
    static func isDigest(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let prefix = Array("sha256:".utf8)
        guard bytes.count == prefix.count + 64, bytes.starts(with: prefix) else { return false }
        return bytes.dropFirst(prefix.count).allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// The digest of a catalog and rule set computed from their canonical JSON (never the
    /// generated constant ``standardRuleSetDigest``): what ``digest(catalog:rules:)`` returns,
    /// and what `medip rules digest` prints and the tests check the constant against.
    package static func computedDigest(catalog: Catalog, rules: RuleSet) -> String {
        "sha256:" + SHA256.hexDigest(canonicalJSON(catalog: catalog, rules: rules))
    }

    /// The bytes ``digest(catalog:rules:)`` hashes.
    package static func canonicalJSON(catalog: Catalog, rules: RuleSet) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "+Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        func json(_ value: some Encodable) -> [UInt8] {
            do {
                return Array(try encoder.encode(value))
            } catch {
                // Unreachable for these types once non-finite numbers are written as strings;
                // the value's full description still identifies it, so building never fails.
                return Array(String(reflecting: value).utf8)
            }
        }
        let encodedRules = rules.rules.map { (id: $0.id, json: json($0)) }.sorted { left, right in
            left.id != right.id ? left.id < right.id : left.json.lexicographicallyPrecedes(right.json)
        }
        var bytes = Array(#"{"catalog":"#.utf8)
        bytes += json(catalog)
        bytes += Array(#","rules":{"rules":["#.utf8)
        for (index, rule) in encodedRules.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += rule.json
        }
        bytes += Array("]}}".utf8)
        return bytes
    }
}
