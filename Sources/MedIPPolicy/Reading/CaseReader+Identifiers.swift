// Identifiers read from their UTF-8 bytes. Each recognises the identifier's usual (canonical)
// form byte by byte and builds exactly the value its `init(validating:)` builds from that text;
// any other text goes through `init(validating:)` itself, so the result is always that
// initialiser's. The byte-level forms avoid the `Character` processing that otherwise dominates
// reading a case.

extension PatentNumber: JSONTokenReadable {
    /// Reads a patent number, as ``PatentNumber/init(validating:)`` reads it.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> PatentNumber {
        let text = try reader.readString()
        if let number = canonical(text) { return number }
        do {
            return try PatentNumber(validating: try JSONTokenReader.string(text))
        } catch {
            throw TokenReadFailure()
        }
    }

    /// The number `text` spells in canonical form — `ZL`, 12 digits (or 8 for filings before
    /// 2003-10-01), `.`, the check digit or `X` — when it is valid; `nil` for any other text
    /// (which may still be valid in another form).
    package static func canonical(_ text: UnsafeBufferPointer<UInt8>) -> PatentNumber? {
        let count = text.count
        guard count == 16 || count == 12, let base = text.baseAddress, base[0] == UInt8(ascii: "Z"),
              base[1] == UInt8(ascii: "L"), base[count &- 2] == UInt8(ascii: ".")
        else { return nil }
        // The digits a word at a time (SWAR): the first eight in one 64-bit load, the last four
        // of the 12-digit form in one 32-bit load; each byte must be an ASCII digit.
        let raw = UnsafeRawPointer(base)
        let leading = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 2, as: UInt64.self))
        guard areASCIIDigits(leading, lanes: ~0) else { return nil }
        let first = leading & 0x0F0F_0F0F_0F0F_0F0F
        var sum = weightedSum(ofEight: first)
        var digits = decimal(ofEight: first)
        let digitCount = count &- 4
        if digitCount == 12 {
            let trailing = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 10, as: UInt32.self)))
            guard areASCIIDigits(trailing, lanes: 0xFFFF_FFFF) else { return nil }
            let last = trailing & 0x0F0F_0F0F
            // Weights 2 and 4 for the 9th and 11th digits, 3 and 5 for the 10th and 12th.
            sum &+= Int(truncatingIfNeeded: ((last & 0x00FF_00FF) &* 0x0002_0004) >> 16 & 0xFFFF)
            sum &+= Int(truncatingIfNeeded: ((last >> 8 & 0x00FF_00FF) &* 0x0003_0005) >> 16 & 0xFFFF)
            var tail = (last &* 10 &+ last >> 8) & 0x00FF_00FF
            tail = (tail &* 100 &+ tail >> 16) & 0xFFFF
            digits = digits &* 10_000 &+ tail
        }
        func digit(_ index: Int) -> Int { Int(base[2 &+ index] &- UInt8(ascii: "0")) }
        let year: Int
        let typeDigit: Int
        if digitCount == 12 {
            year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)
            guard year >= 2003 else { return nil }
            typeDigit = digit(4)
        } else {
            let twoDigit = digit(0) * 10 + digit(1)
            switch twoDigit {
            case 85...99: year = 1900 + twoDigit
            case 0...3: year = 2000 + twoDigit
            default: return nil
            }
            typeDigit = digit(2)
        }
        let type: PatentType
        let isPCT: Bool
        switch typeDigit {
        case 1: type = .invention; isPCT = false
        case 8: type = .invention; isPCT = true
        case 2: type = .utilityModel; isPCT = false
        case 9: type = .utilityModel; isPCT = true
        case 3: type = .design; isPCT = false
        default: return nil
        }
        let value = sum % 11
        let expected = value == 10 ? UInt8(ascii: "X") : UInt8(ascii: "0") + UInt8(value)
        guard base[count &- 1] == expected else { return nil }
        // The integer form ``integerKey(of:)`` computes from the canonical text, from the digits
        // read here.
        let key = (digits &* 11 &+ UInt64(value)) | (digitCount == 8 ? 1 << 62 : 0)
        return PatentNumber(integerKey: key, type: type, filingYear: year, isPCTNationalPhase: isPCT)
    }

    /// Σ dᵢ × wᵢ over the eight digit values in the bytes of `digits` (the first digit in the
    /// lowest byte), with the check-digit weights 2…9 of ``weights``: even and odd digits apart
    /// in 16-bit lanes, each multiplied by the weights in reverse so that the top lane gathers
    /// the sum (at most 9 × 20 and 9 × 24; no lane carries into the next).
    @inline(__always)
    private static func weightedSum(ofEight digits: UInt64) -> Int {
        let even = digits & 0x00FF_00FF_00FF_00FF
        let odd = digits >> 8 & 0x00FF_00FF_00FF_00FF
        return Int(truncatingIfNeeded: (even &* 0x0002_0004_0006_0008) >> 48)
            &+ Int(truncatingIfNeeded: (odd &* 0x0003_0005_0007_0009) >> 48)
    }

    /// The decimal number the eight digit values in the bytes of `digits` spell (the first
    /// digit, the most significant, in the lowest byte): pairs, then fours, then all eight.
    @inline(__always)
    private static func decimal(ofEight digits: UInt64) -> UInt64 {
        var value = (digits &* 10 &+ digits >> 8) & 0x00FF_00FF_00FF_00FF
        value = (value &* 100 &+ value >> 16) & 0x0000_FFFF_0000_FFFF
        return (value &* 10_000 &+ value >> 32) & 0xFFFF_FFFF
    }

    /// A number to read over (``Patent/placeholder``): never read as a number, always replaced.
    init(placeholder: Void) {
        self.init(integerKey: 0, type: .invention, filingYear: 2000, isPCTNationalPhase: false)
    }

    /// A number from parts already validated.
    private init(integerKey: UInt64, type: PatentType, filingYear: Int, isPCTNationalPhase: Bool) {
        self.integerKey = integerKey
        self.type = type
        self.filingYear = filingYear
        self.isPCTNationalPhase = isPCTNationalPhase
    }
}

extension UnifiedSocialCreditCode: JSONTokenReadable {
    /// Reads a unified social credit code, as ``UnifiedSocialCreditCode/init(validating:)``
    /// reads it.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> UnifiedSocialCreditCode {
        let text = try reader.readString()
        if let code = checked(text) { return code }
        do {
            return try UnifiedSocialCreditCode(validating: try JSONTokenReader.string(text))
        } catch {
            throw TokenReadFailure()
        }
    }

    /// The code `text` spells — 18 bytes from ``characterSet``, the last the check character —
    /// when it is valid, else `nil`.
    package static func checked(_ text: UnsafeBufferPointer<UInt8>) -> UnifiedSocialCreditCode? {
        guard text.count == 18 else { return nil }
        var sum = 0
        for index in 0..<17 {
            guard let value = value(ofByte: text[index]) else { return nil }
            sum += value * weights[index]
        }
        guard value(ofByte: text[17]) == (31 - sum % 31) % 31 else { return nil }
        return UnifiedSocialCreditCode(uncheckedBytes: text)
    }

    /// The value of `byte` as a character of ``characterSet`` (its index there), or `nil`.
    ///
    /// A switch over the set's runs rather than a table, so that no lazily initialised global is
    /// checked for each code read; a test compares it with ``characterSet`` for every byte.
    @inline(__always)
    package static func value(ofByte byte: UInt8) -> Int? {
        let value: UInt8
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): value = byte &- UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "H"): value = byte &- UInt8(ascii: "A") &+ 10
        case UInt8(ascii: "J")...UInt8(ascii: "N"): value = byte &- UInt8(ascii: "J") &+ 18
        case UInt8(ascii: "P")...UInt8(ascii: "R"): value = byte &- UInt8(ascii: "P") &+ 23
        case UInt8(ascii: "T")...UInt8(ascii: "U"): value = byte &- UInt8(ascii: "T") &+ 26
        case UInt8(ascii: "W")...UInt8(ascii: "Y"): value = byte &- UInt8(ascii: "W") &+ 28
        default: return nil
        }
        return Int(value)
    }
}

extension ApprovalNumber: JSONTokenReadable {
    /// Reads an approval number, as ``ApprovalNumber/init(validating:)`` reads it.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> ApprovalNumber {
        let text = try reader.readString()
        // A number in one of the usual forms is well-formed UTF-8 (it matched them byte for
        // byte) and keeps its bytes in the case's text buffer: no string is allocated for it.
        if let kind = drugKind(text) ?? (isDeviceRegistration(text, regions: reader.tables.pointee.deviceRegions)
            ? .deviceRegistration : nil)
        {
            return ApprovalNumber(uncheckedText: reader.storeText(text, plain: startsVisibleText(text[0])), kind: kind)
        }
        do {
            return try ApprovalNumber(validating: try JSONTokenReader.string(text))
        } catch {
            throw TokenReadFailure()
        }
    }

    /// The drug approval number `text` spells — `国药准字`, accepted class letters, 8 ASCII
    /// digits — else `nil` (device numbers and invalid text included).
    package static func drugNumber(_ text: UnsafeBufferPointer<UInt8>) -> ApprovalNumber? {
        drugKind(text).map { ApprovalNumber(uncheckedText: StoredText(copying: text), kind: $0) }
    }

    /// What the drug approval number `text` spells authorises (``drugNumber(_:)``), else `nil`.
    private static func drugKind(_ text: UnsafeBufferPointer<UInt8>) -> Kind? {
        let prefix: StaticString = "国药准字"
        let prefixCount = prefix.utf8CodeUnitCount
        let letterCount = text.count - prefixCount - 8
        guard letterCount == 1 || letterCount == 2 else { return nil }
        for index in 0..<prefixCount where text[index] != prefix.utf8Start[index] { return nil }
        for index in (text.count - 8)..<text.count {
            guard text[index] >= UInt8(ascii: "0"), text[index] <= UInt8(ascii: "9") else { return nil }
        }
        let first = text[prefixCount]
        let second = letterCount == 2 ? text[prefixCount + 1] : 0
        guard second == 0 || second == UInt8(ascii: "J") || second == UInt8(ascii: "C") else { return nil }
        let kind: Kind
        switch first {
        case UInt8(ascii: "H"): kind = .chemicalDrug
        case UInt8(ascii: "Z"): kind = .traditionalChineseMedicine
        case UInt8(ascii: "S"): kind = .biologicalProduct
        case UInt8(ascii: "J") where second == 0: kind = .repackagedImportedDrug
        default: return nil
        }
        return kind
    }

    /// The device registration number `text` spells in its usual form — one region character of
    /// ``deviceRegionCharacters``, `械注`, `准`/`进`/`许`, 11 ASCII digits whose fifth is `2` or `3`
    /// — else `nil` (any other text, valid or not, is left to ``init(validating:)``).
    ///
    /// Every region character and `械注准进许` are three UTF-8 bytes each, so the form is 23 bytes;
    /// a region character followed by a combining mark, or any other variation, fails the byte
    /// comparison here and is judged by ``init(validating:)``.
    ///
    /// `regions` is ``regionCharacterBytes`` (by default, the copy in ``ReadingTables``: the case
    /// reader passes the one its reader holds, checking no global).
    package static func deviceRegistration(
        _ text: UnsafeBufferPointer<UInt8>, regions: UnsafeBufferPointer<UInt32> = ReadingTables.shared.pointee.deviceRegions
    ) -> ApprovalNumber? {
        guard isDeviceRegistration(text, regions: regions) else { return nil }
        return ApprovalNumber(uncheckedText: StoredText(copying: text), kind: .deviceRegistration)
    }

    /// Whether `text` is a device registration number in its usual form (``deviceRegistration(_:regions:)``).
    private static func isDeviceRegistration(_ text: UnsafeBufferPointer<UInt8>, regions: UnsafeBufferPointer<UInt32>) -> Bool {
        guard text.count == 23, regions.contains(threeBytes(text, at: 0)),
              threeBytes(text, at: 3) == registrationMarker.0, threeBytes(text, at: 6) == registrationMarker.1
        else { return false }
        let form = threeBytes(text, at: 9)
        guard form == registrationForms.0 || form == registrationForms.1 || form == registrationForms.2 else { return false }
        for index in 12..<23 {
            guard text[index] >= UInt8(ascii: "0"), text[index] <= UInt8(ascii: "9") else { return false }
        }
        return text[16] == UInt8(ascii: "2") || text[16] == UInt8(ascii: "3")
    }

    /// The three bytes at `offset` as one integer (big-endian order of the bytes).
    @inline(__always)
    private static func threeBytes(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt32 {
        UInt32(text[offset]) << 16 | UInt32(text[offset + 1]) << 8 | UInt32(text[offset + 2])
    }

    /// A character of three UTF-8 bytes as ``threeBytes(_:at:)`` reads it, or `0` for any other.
    private static func threeBytes(_ character: Character) -> UInt32 {
        var value: UInt32 = 0
        var count = 0
        for byte in character.utf8 {
            value = value << 8 | UInt32(byte)
            count += 1
        }
        return count == 3 ? value : 0
    }

    /// ``deviceRegionCharacters`` as three-byte integers (searched linearly: 37 words), for
    /// ``ReadingTables``.
    static let regionCharacterBytes = deviceRegionCharacters.map(threeBytes)
    /// `械` and `注` (UTF-8 E6 A2 B0, E6 B3 A8) as ``threeBytes(_:at:)`` reads them: constants, so
    /// that reading one checks no lazily initialised global.
    private static let registrationMarker: (UInt32, UInt32) = (0xE6_A2B0, 0xE6_B3A8)
    /// `准` (domestic), `进` (imported), `许` (Hong Kong, Macao, Taiwan): UTF-8 E5 87 86, E8 BF 9B,
    /// E8 AE B8.
    private static let registrationForms: (UInt32, UInt32, UInt32) = (0xE5_8786, 0xE8_BF9B, 0xE8_AEB8)

    /// A number already validated, its text stored as given.
    private init(uncheckedText: StoredText, kind: Kind) {
        storedRawValue = uncheckedText
        self.kind = kind
    }
}
