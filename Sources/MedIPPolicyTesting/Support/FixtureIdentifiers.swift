/// Valid identifiers for test data: unified social credit codes, patent numbers and approval
/// numbers whose check characters are computed with the library's own algorithms
/// (`UnifiedSocialCreditCode/checkCharacter(for:)`, `PatentNumber/checkDigit(for:)`).
///
/// Every function is deterministic — the same arguments give the same identifier on every
/// platform — and total: out-of-range arguments are folded into range, so the result always
/// validates. The identifiers are made up; any resemblance to a real enterprise or patent is
/// accidental.
public enum FixtureIdentifiers {
    /// The credit code of the example cases in `Documentation/Examples`, `91110108MA01EXAMPG`.
    public static let exampleCreditCode = UnifiedSocialCreditCode(uncheckedRawValue: "91110108MA01EXAMPG")

    /// The compound patent of the example cases, `ZL200910123456.6`.
    public static let examplePatentNumber = PatentNumber(
        uncheckedCanonical: "ZL200910123456.6", type: .invention, filingYear: 2009, isPCTNationalPhase: false)

    private static let codeCharacters = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")

    /// A unified social credit code (统一社会信用代码) for an enterprise registered by market
    /// regulation (`91`) in `division`, with organisation code `MA` + 7 characters from `serial`
    /// and the GB 32100-2015 check character.
    ///
    /// - Parameters:
    ///   - serial: any integer; different serials in 0..<27,512,614,111 give different codes.
    ///   - division: a 6-digit administrative division code (GB/T 2260), `110108` (Beijing
    ///     Haidian) by default; characters outside the code's set become `0`.
    public static func creditCode(serial: Int, division: String = "110108") -> UnifiedSocialCreditCode {
        let allowed = Set(codeCharacters)
        var divisionCharacters = division.prefix(6).map { allowed.contains($0) ? $0 : "0" }
        while divisionCharacters.count < 6 { divisionCharacters.append("0") }
        var value = UInt64(truncatingIfNeeded: serial) % 27_512_614_111  // 31^7
        var tail: [Character] = []
        for _ in 0..<7 {
            tail.append(codeCharacters[Int(value % 31)])
            value /= 31
        }
        let prefix = "91" + String(divisionCharacters) + "MA" + String(tail.reversed())
        guard let check = UnifiedSocialCreditCode.checkCharacter(for: prefix),
              let code = try? UnifiedSocialCreditCode(validating: prefix + String(check))
        else { return exampleCreditCode }
        return code
    }

    /// A patent number (专利号) for a patent of `type` filed on `filingDate`, with the CNIPA check
    /// digit.
    ///
    /// Filings from 2003-10-01 get the 12-digit form (year, type digit, 7-digit serial); earlier
    /// filings from 1985 the 8-digit form (2-digit year, type digit, 5-digit serial); filings
    /// before 1985 are numbered as if filed in 2003 (no such number exists).
    ///
    /// - Parameters:
    ///   - filingDate: the filing date, whose year the number encodes.
    ///   - type: invention (type digit 1), utility model (2) or design (3).
    ///   - serial: any integer, folded into the serial's range.
    public static func patentNumber(filedOn filingDate: CivilDate, type: PatentType = .invention, serial: Int) -> PatentNumber {
        let typeDigit: Int = switch type {
        case .invention: 1
        case .utilityModel: 2
        case .design: 3
        }
        let year = filingDate.year
        let folded = Int(UInt64(truncatingIfNeeded: serial) % 10_000_000)
        var digits: [Int]
        if year >= 1985 && filingDate < day(2003, 10, 1) {
            let twoDigit = year % 100
            digits = [twoDigit / 10, twoDigit % 10, typeDigit]
            digits += fixedDigits(folded % 100_000, count: 5)
        } else {
            digits = fixedDigits(max(year, 2003), count: 4) + [typeDigit] + fixedDigits(folded, count: 7)
        }
        let check = PatentNumber.checkDigit(for: digits)
        let text = "ZL" + digits.map(String.init).joined() + "." + String(check)
        return (try? PatentNumber(validating: text)) ?? examplePatentNumber
    }

    /// A drug approval number (药品批准文号) `国药准字` + class letter + approval year + 4-digit
    /// serial, or for a consumable a class III device registration number (医疗器械注册证编号)
    /// `国械注准` + year + `3` + category `46` + 4-digit serial.
    ///
    /// The class letter follows the category: `H` chemical, `S` biological, `Z` traditional
    /// Chinese medicine. Returns `nil` only for a year outside 1000…9999.
    public static func approvalNumber(for category: ProductCategory, year: Int, serial: Int) -> ApprovalNumber? {
        let four = fixedDigits(Int(UInt64(truncatingIfNeeded: serial) % 10_000), count: 4).map(String.init).joined()
        let text: String = switch category {
        case .chemicalDrug: "国药准字H\(year)\(four)"
        case .biologicalDrug: "国药准字S\(year)\(four)"
        case .traditionalChineseMedicine: "国药准字Z\(year)\(four)"
        case .medicalConsumable: "国械注准\(year)346\(four)"
        }
        return ApprovalNumber(text)
    }

    /// `value`'s last `count` decimal digits, most significant first.
    private static func fixedDigits(_ value: Int, count: Int) -> [Int] {
        var digits = [Int](repeating: 0, count: count)
        var rest = value.magnitude
        for index in stride(from: count - 1, through: 0, by: -1) {
            digits[index] = Int(rest % 10)
            rest /= 10
        }
        return digits
    }
}
