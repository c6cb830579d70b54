/// A Chinese patent number (专利号) — the application number (专利申请号) of a patent, with its
/// check digit.
///
/// Two forms exist (CNIPA numbering standard):
/// - since 2003-10-01, 12 digits + `.` + check: a 4-digit filing year, a type digit (1 invention,
///   2 utility model, 3 design, 8 PCT invention in the national phase, 9 PCT utility model) and a
///   7-digit serial, e.g. `ZL201811564288.X`;
/// - before, 8 digits + `.` + check: a 2-digit year, the type digit and a 5-digit serial, e.g.
///   `ZL95115608.X`.
///
/// The check digit is Σ digitᵢ × wᵢ mod 11 with weights 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 (the
/// first eight for the 8-digit form), written `X` when it is 10.
///
/// Accepted input: an optional `ZL` or `CN` prefix (any letter case), ASCII spaces anywhere
/// (`ZL 2015 1 0958772.0`), `x` or `X`. **Canonical form** (``description``, JSON): `ZL`, the
/// digits, `.`, the check digit in upper case — `ZL201811564288.X`. A number is stored as one
/// integer (digits, check digit and form), so it holds no reference and copies as plain bytes;
/// the canonical text is spelled from it when asked for.
/// Publication numbers (`CN112345678A`) are rejected with their own error.
public struct PatentNumber: Sendable, Hashable, Comparable, CustomStringConvertible,
    LosslessStringConvertible
{
    /// The canonical text, `ZL` + digits + `.` + check digit (spelled from the stored integer on
    /// each call).
    public var canonical: String {
        withCanonicalBytes { String(decoding: $0, as: UTF8.self) }
    }
    /// The patent type the type digit encodes (8 → invention, 9 → utility model).
    public let type: PatentType
    /// The filing year the number encodes.
    public let filingYear: Int
    /// Whether the type digit marks a PCT application entering the national phase (8 or 9).
    public let isPCTNationalPhase: Bool
    /// The canonical text as one integer — digits, check digit and form — so that equality and
    /// hashing, which the evaluator does for every patent it looks up, compare a word rather than
    /// a 16-byte string, and the canonical text is never stored. Everything else a number holds
    /// derives from it.
    package let integerKey: UInt64

    /// The check-digit weights, in digit order.
    public static let weights: [Int] = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]

    /// Parses and validates a patent or application number.
    ///
    /// - Throws: ``PatentNumberError`` naming the first problem found.
    public init(validating text: String) throws(PatentNumberError) {
        // Strip spaces and an optional prefix, remembering positions for error messages.
        var scalars: [(position: Int, character: Character)] = []
        for (offset, character) in text.enumerated() where character != " " {
            scalars.append((offset + 1, character))
        }
        let upper = String(scalars.map(\.character)).uppercased()
        if upper.hasPrefix("CN"), let last = upper.last, last.isLetter, last != "X" {
            throw .publicationNumber(text)
        }
        if upper.hasPrefix("ZL") || upper.hasPrefix("CN") { scalars.removeFirst(2) }
        guard !scalars.isEmpty else { throw .empty }
        var digits: [Int] = []
        var check: Character?
        var sawDot = false
        for (index, item) in scalars.enumerated() {
            let character = item.character
            if let digit = character.wholeNumberValue, character.isASCII {
                if sawDot {
                    guard check == nil else { throw .illegalCharacter(position: item.position, character: character) }
                    check = character
                } else {
                    digits.append(digit)
                }
            } else if character == "." && !sawDot {
                sawDot = true
            } else if (character == "X" || character == "x") && sawDot && check == nil && index == scalars.count - 1 {
                check = "X"
            } else {
                throw .illegalCharacter(position: item.position, character: character)
            }
        }
        guard digits.count == 12 || digits.count == 8 else { throw .digitCount(digits.count) }
        guard let check else { throw .missingCheckDigit }
        let typeDigit: Int
        let year: Int
        if digits.count == 12 {
            year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
            typeDigit = digits[4]
            guard year >= 2003 else { throw .implausibleYear(year) }
        } else {
            let twoDigit = digits[0] * 10 + digits[1]
            switch twoDigit {
            case 85...99: year = 1900 + twoDigit
            case 0...3: year = 2000 + twoDigit
            default: throw .implausibleYear(twoDigit)
            }
            typeDigit = digits[2]
        }
        switch typeDigit {
        case 1: type = .invention; isPCTNationalPhase = false
        case 8: type = .invention; isPCTNationalPhase = true
        case 2: type = .utilityModel; isPCTNationalPhase = false
        case 9: type = .utilityModel; isPCTNationalPhase = true
        case 3: type = .design; isPCTNationalPhase = false
        default: throw .unknownTypeDigit(Character(String(typeDigit)))
        }
        let expected = Self.checkDigit(for: digits)
        guard expected == check else { throw .checkDigit(expected: expected, got: check) }
        filingYear = year
        integerKey = Self.integerKey(of: "ZL" + digits.map(String.init).joined() + "." + String(check))
    }

    /// Calls `body` with the canonical text's ASCII bytes (16, or 12 for the 8-digit form),
    /// spelled from ``integerKey`` on the stack.
    @inline(__always)
    private func withCanonicalBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let isShortForm = integerKey & (1 << 62) != 0
        let digitCount = isShortForm ? 8 : 12
        let key = integerKey & ~(1 << 62)
        var digits = key / 11
        let check = key % 11
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { buffer in
            let count = digitCount + 4
            buffer[0] = UInt8(ascii: "Z")
            buffer[1] = UInt8(ascii: "L")
            var index = digitCount + 1
            while index >= 2 {
                buffer[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: digits % 10)
                digits /= 10
                index -= 1
            }
            buffer[count - 2] = UInt8(ascii: ".")
            buffer[count - 1] = check == 10 ? UInt8(ascii: "X") : UInt8(ascii: "0") + UInt8(truncatingIfNeeded: check)
            return body(UnsafeBufferPointer(rebasing: buffer[0..<count]))
        }
    }

    /// The integer form of a canonical number: the digits as a decimal number, times 11, plus the
    /// check value (X = 10), with bit 62 set for the 8-digit form. Distinct canonical texts give
    /// distinct keys.
    package static func integerKey(of canonical: String) -> UInt64 {
        var value: UInt64 = 0
        var digitCount = 0
        var check: UInt64 = 0
        var afterDot = false
        for byte in canonical.utf8 {
            if byte == UInt8(ascii: ".") {
                afterDot = true
            } else if afterDot {
                check = byte == UInt8(ascii: "X") ? 10 : UInt64(byte &- UInt8(ascii: "0"))
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                value = value &* 10 &+ UInt64(byte - UInt8(ascii: "0"))
                digitCount += 1
            }
        }
        return (value &* 11 &+ check) | (digitCount == 8 ? 1 << 62 : 0)
    }

    /// Equal when the canonical texts are equal (compared through their integer form).
    public static func == (lhs: PatentNumber, rhs: PatentNumber) -> Bool { lhs.integerKey == rhs.integerKey }

    /// Hashes the canonical text's integer form.
    public func hash(into hasher: inout Hasher) { hasher.combine(integerKey) }

    /// Parses a number, returning `nil` for an invalid one (see ``init(validating:)`` for errors).
    public init?(_ description: String) {
        guard let number = try? PatentNumber(validating: description) else { return nil }
        self = number
    }

    /// The check digit (`0`–`9` or `X`) for 12 or 8 application-number digits.
    public static func checkDigit(for digits: [Int]) -> Character {
        var sum = 0
        for (digit, weight) in zip(digits, weights) { sum += digit * weight }
        let value = sum % 11
        return value == 10 ? "X" : Character(String(value))
    }

    /// The application number without the `ZL` prefix, e.g. `201811564288.X`.
    public var applicationNumber: String { String(canonical.dropFirst(2)) }

    /// The canonical text, e.g. `ZL201811564288.X`.
    public var description: String { canonical }

    /// Orders by the text form.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        // ASCII text orders as its bytes do.
        lhs.withCanonicalBytes { left in rhs.withCanonicalBytes { right in left.lexicographicallyPrecedes(right) } }
    }
}

extension PatentNumber: ValidatedIdentifier {
    /// The text written to JSON.
    public var encodedText: String { canonical }
    /// The case-file error code for an invalid value.
    public static var invalidValueCode: CaseFileError.Code { .invalidPatentNumber }
    /// The message prefix for an invalid value.
    public static var invalidValueLabel: String { "invalid patent number" }
}
