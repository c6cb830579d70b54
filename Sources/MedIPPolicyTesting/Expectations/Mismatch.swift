/// One difference between an expectation and what actually happened, as a readable line:
/// `disposition: expected refuseListing, got ordinaryProcedure`.
public struct Mismatch: Sendable, Hashable, CustomStringConvertible {
    /// The part that differs, e.g. `disposition`, `disposition.date`, `flags`,
    /// `obligations[give-opinion].due`, `validation`.
    public var field: String
    /// What was expected, as text.
    public var expected: String
    /// What was found, as text.
    public var actual: String

    /// Creates a mismatch.
    public init(field: String, expected: String, actual: String) {
        self.field = field
        self.expected = expected
        self.actual = actual
    }

    /// `field: expected …, got …`.
    public var description: String { "\(field): expected \(expected), got \(actual)" }

    /// The mismatches one per line, or `no mismatches`.
    public static func report(_ mismatches: [Mismatch]) -> String {
        mismatches.isEmpty ? "no mismatches" : mismatches.map(\.description).joined(separator: "\n")
    }
}

extension Mismatch {
    /// Compares two sets, naming what is missing and what is extra.
    static func compare<Element: Hashable>(
        _ field: String, expected: Set<Element>, actual: Set<Element>, _ text: (Element) -> String
    ) -> Mismatch? {
        guard expected != actual else { return nil }
        let missing = expected.subtracting(actual).map(text).sorted()
        let extra = actual.subtracting(expected).map(text).sorted()
        var notes: [String] = []
        if !missing.isEmpty { notes.append("missing \(missing.joined(separator: ", "))") }
        if !extra.isEmpty { notes.append("extra \(extra.joined(separator: ", "))") }
        return Mismatch(
            field: field, expected: list(expected.map(text)),
            actual: list(actual.map(text)) + " (\(notes.joined(separator: "; ")))")
    }

    /// `[a, b]`, sorted; `[]` when empty.
    static func list(_ items: [String]) -> String { "[" + items.sorted().joined(separator: ", ") + "]" }
}
