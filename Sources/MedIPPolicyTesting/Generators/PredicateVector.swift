import MedIPPolicy

/// The predicate vector of a case on a date: one bit per `Predicate` that holds (谓词向量), as
/// the compiled rules read the case — a measure of how diverse a generated corpus is.
///
/// Two cases with the same vector in the same regime fire the same rules; a corpus with few
/// distinct vectors exercises few rule combinations, however many cases it holds. Bit
/// `p.ordinalIndex` is set when predicate `p` holds.
public struct PredicateVector: Sendable, Hashable {
    /// The bits, one per predicate (`Predicate.ordinalIndex`).
    public let bits: UInt64

    /// The vector of `facts` on `asOf` (no evidence collected).
    public init(_ facts: Case, asOf: CivilDate) {
        bits = FactSet(facts, asOf: asOf, collectingEvidence: false).mask
    }

    /// Whether predicate `predicate` holds.
    public func holds(_ predicate: Predicate) -> Bool {
        bits & (1 << UInt64(predicate.ordinalIndex)) != 0
    }

    /// The number of distinct vectors among the first `count` cases of `generator` (each on its
    /// own as-of date).
    public static func distinctCount(in generator: CaseGenerator, count: Int) -> Int {
        var generator = generator
        var seen = Set<UInt64>()
        for _ in 0..<Swift.max(0, count) {
            let generated = generator.next()
            seen.insert(PredicateVector(generated.facts, asOf: generated.asOf).bits)
        }
        return seen.count
    }
}
