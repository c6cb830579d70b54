// Small internal helpers shared by the builders, scenarios and generators.

/// A civil date from literal components, for the fixture module's own data.
///
/// Every call site passes a real date; an impossible one gives 0001-01-01 (which the scenario
/// tests would catch) rather than trapping.
@inline(__always)
func day(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
    (try? CivilDate(year: year, month: month, day: day)) ?? .minimum
}

extension CivilDate {
    /// `self` plus `days`, held at the representable range (fixture-internal).
    func plus(days: Int) -> CivilDate { saturatingAdding(days: days) }

    /// `self` plus `years` (Civil Code month-end rule), held at the representable range.
    func plus(years: Int) -> CivilDate { saturatingAdding(years: years) }

    /// `self` plus `months` (Civil Code month-end rule), held at the representable range.
    func plus(months: Int) -> CivilDate { saturatingAdding(months: months) }
}

/// A 64-bit FNV-1a hash of a string's UTF-8 bytes: stable across runs and platforms, unlike
/// `Hasher`, so derived identifiers are the same everywhere.
func stableHash(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
}
