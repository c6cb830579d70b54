/// A unified social credit code (统一社会信用代码) of a legal person or other organisation,
/// per GB 32100-2015.
///
/// Eighteen characters from the 31-character set `0123456789ABCDEFGHJKLMNPQRTUWXY` (no I, O, S,
/// V, Z): position 1 the registration authority, 2 the organisation kind, 3–8 the administrative
/// division (GB/T 2260), 9–17 the organisation code (GB 11714), 18 the check character. Each
/// character has the value of its index in the set; with weights
/// 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 for positions 1–17 the check
/// value is `(31 − Σ value × weight mod 31) mod 31`, written as the character of that value.
///
/// Validation is strict: a few codes issued by early pilot regions before the standard do not
/// satisfy the check character and are rejected. Input is taken exactly (no case folding, no
/// trimming). JSON form: the 18-character string; decoding validates.
///
/// The code is held as its 18 bytes in three integers, not as a `String` (which, longer than 15
/// bytes, would be allocated on the heap for every case read): ``rawValue`` spells it on demand.
public struct UnifiedSocialCreditCode: Sendable, Hashable, Comparable, CustomStringConvertible,
    LosslessStringConvertible
{
    /// Bytes 1–8 and 9–16 of the code, big-endian (so that the integers order as the text),
    /// and bytes 17–18.
    private let head: UInt64, middle: UInt64, tail: UInt16

    /// The 18 characters.
    public var rawValue: String {
        String(unsafeUninitializedCapacity: 18) { buffer in
            for index in 0..<18 { buffer[index] = byte(at: index) }
            return 18
        }
    }

    /// Byte `index` (0–17) of the code.
    private func byte(at index: Int) -> UInt8 {
        switch index {
        case 0..<8: UInt8(truncatingIfNeeded: head >> UInt64(56 - 8 * index))
        case 8..<16: UInt8(truncatingIfNeeded: middle >> UInt64(56 - 8 * (index - 8)))
        default: UInt8(truncatingIfNeeded: tail >> UInt16(8 * (17 - index)))
        }
    }

    /// The code of `bytes`, which must be 18 characters of ``characterSet`` (checked by the
    /// callers: validation or the reader).
    init(uncheckedBytes bytes: some Collection<UInt8>) {
        assert(bytes.count == 18, "a credit code has 18 bytes")
        var head: UInt64 = 0, middle: UInt64 = 0, tail: UInt16 = 0
        for (index, byte) in bytes.prefix(18).enumerated() {
            switch index {
            case 0..<8: head = head << 8 | UInt64(byte)
            case 8..<16: middle = middle << 8 | UInt64(byte)
            default: tail = tail << 8 | UInt16(byte)
            }
        }
        (self.head, self.middle, self.tail) = (head, middle, tail)
    }

    /// The code's character set in value order (GB 32100-2015 Table 1).
    public static let characterSet: [UInt8] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY".utf8)
    /// The weights of positions 1–17.
    public static let weights: [Int] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// Validates and wraps a code.
    ///
    /// - Throws: ``UnifiedSocialCreditCodeError`` — the length, the first illegal character and
    ///   its position, or the expected and actual check character.
    public init(validating text: String) throws(UnifiedSocialCreditCodeError) {
        let characters = Array(text)
        guard characters.count == 18 else { throw .length(characters.count) }
        var sum = 0
        for (offset, character) in characters.enumerated() {
            guard let value = Self.value(of: character) else {
                throw .illegalCharacter(position: offset + 1, character: character)
            }
            if offset < 17 { sum += value * Self.weights[offset] }
        }
        let check = Self.character(ofValue: (31 - sum % 31) % 31)
        guard characters[17] == check else { throw .checkCharacter(expected: check, got: characters[17]) }
        self.init(uncheckedBytes: text.utf8)
    }

    /// Parses a code, returning `nil` for an invalid one (see ``init(validating:)`` for errors).
    public init?(_ description: String) {
        guard let code = try? UnifiedSocialCreditCode(validating: description) else { return nil }
        self = code
    }

    /// The check character for the first 17 characters of `prefix`, or `nil` when `prefix` has
    /// fewer than 17 characters or an illegal one among them.
    public static func checkCharacter(for prefix: String) -> Character? {
        let characters = Array(prefix.prefix(17))
        guard characters.count == 17 else { return nil }
        var sum = 0
        for (offset, character) in characters.enumerated() {
            guard let value = value(of: character) else { return nil }
            sum += value * weights[offset]
        }
        return character(ofValue: (31 - sum % 31) % 31)
    }

    private static func value(of character: Character) -> Int? {
        character.asciiValue.flatMap(value(ofByte:))
    }

    private static func character(ofValue value: Int) -> Character {
        Character(Unicode.Scalar(characterSet[value]))
    }

    /// The registration-authority character (position 1), e.g. `9` for market regulation.
    public var registrationAuthority: Character { Character(Unicode.Scalar(byte(at: 0))) }

    /// The code.
    public var description: String { rawValue }

    /// Orders by the text form (byte by byte: the characters are ASCII).
    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.head, lhs.middle, lhs.tail) < (rhs.head, rhs.middle, rhs.tail) }
}

extension UnifiedSocialCreditCode: ValidatedIdentifier {
    /// The text written to JSON.
    public var encodedText: String { rawValue }
    /// The case-file error code for an invalid value.
    public static var invalidValueCode: CaseFileError.Code { .invalidCreditCode }
    /// The message prefix for an invalid value.
    public static var invalidValueLabel: String { "invalid unified social credit code" }
}
