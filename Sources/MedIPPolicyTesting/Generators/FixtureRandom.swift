/// A small, fast, seedable random number generator — xoshiro256** seeded through SplitMix64 —
/// that gives the same sequence for the same seed on every platform and Swift version.
///
/// The generators of this module draw only from it (never from `SystemRandomNumberGenerator`,
/// and never through the standard library's `random(in:using:)`, whose algorithm may change
/// between releases): ``uniform(below:)`` is its own unbiased bounded draw (Lemire's
/// multiply-and-reject).
///
/// ```swift
/// var random = FixtureRandom(seed: 42)
/// let roll = random.uniform(below: 6)   // 0…5, the same on every machine
/// ```
public struct FixtureRandom: RandomNumberGenerator, Sendable, Hashable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Creates a generator whose state is four SplitMix64 outputs from `seed`.
    public init(seed: UInt64) {
        var mix = seed
        func splitMix() -> UInt64 {
            mix &+= 0x9E37_79B9_7F4A_7C15
            var z = mix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix()
        s1 = splitMix()
        s2 = splitMix()
        s3 = splitMix()
    }

    /// The next 64 random bits (xoshiro256**).
    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// A uniformly distributed integer in `0..<bound`; 0 when `bound` is not positive.
    public mutating func uniform(below bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        let n = UInt64(bound)
        var product = next().multipliedFullWidth(by: n)
        if product.low < n {
            let threshold = (0 &- n) % n
            while product.low < threshold { product = next().multipliedFullWidth(by: n) }
        }
        return Int(product.high)
    }

    /// A uniformly distributed integer in `range`.
    public mutating func uniform(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + uniform(below: range.upperBound - range.lowerBound + 1)
    }

    /// `true` with probability `percent` / 100.
    public mutating func percent(_ percent: Int) -> Bool { uniform(below: 100) < percent }

    /// A uniformly chosen element, or `nil` for an empty collection.
    public mutating func element<C: RandomAccessCollection>(of collection: C) -> C.Element? {
        guard !collection.isEmpty else { return nil }
        return collection[collection.index(collection.startIndex, offsetBy: uniform(below: collection.count))]
    }
}
