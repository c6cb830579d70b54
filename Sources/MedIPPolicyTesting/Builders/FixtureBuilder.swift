/// A value-semantics builder of one domain value.
///
/// Builders are structs: every `with…` (or other fluent) method returns a modified copy and
/// leaves the receiver unchanged, so a preset can be shared and varied freely. ``build()`` never
/// traps; the defaults are realistic and valid by construction (credit codes and patent numbers
/// carry correct check characters, dates follow one another).
public protocol FixtureBuilder: Sendable, Hashable {
    /// The domain value the builder makes.
    associatedtype Value: Sendable

    /// Makes the value.
    func build() -> Value
}

extension FixtureBuilder {
    /// A copy changed by `body`, for edits no fluent method covers.
    ///
    /// ```swift
    /// let patent = PatentBuilder.compoundPatent(expiringOn: expiry).modified { $0.title = "另一化合物" }
    /// ```
    public func modified(_ body: (inout Self) -> Void) -> Self {
        var copy = self
        body(&copy)
        return copy
    }
}
