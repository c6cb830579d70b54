/// A marketing-authorisation number: a drug approval number (药品批准文号) or a medical-device
/// registration or filing number (医疗器械注册证编号 / 备案编号).
///
/// Accepted forms (Drug Registration Regulation 2020 Art. 123 and its 2007 predecessor; Medical
/// Device Registration and Filing Regulation 2021, as the 2014 regulation Art. 76):
/// - drugs: `国药准字` + class letters + 8 digits, the letters being `H` (chemical drug, 化学药),
///   `Z` (traditional Chinese medicine, 中药), `S` (biological product, 生物制品), `J` (imported
///   drug repackaged in China, 进口分包装, older numbers), `HJ`/`ZJ`/`SJ` (produced abroad, 境外生产)
///   or `HC`/`ZC`/`SC` (produced in Hong Kong, Macao or Taiwan); e.g. `国药准字H20240001`;
/// - registered devices (class II and III): `国` or a province-level abbreviation (`京`, `沪`, …),
///   `械注`, `准` (domestic) / `进` (imported) / `许` (Hong Kong, Macao, Taiwan), then 11 digits —
///   4-digit year of first registration, class digit 2 or 3, 2-digit category code, 4-digit
///   serial; e.g. `国械注准20153460251`;
/// - class I device filings: a region abbreviation (one or more characters), `械备`, 8 digits.
///
/// Not accepted (rejected with a message): older device numbers such as `国食药监械(准)字…`,
/// health-product (`B`) and excipient (`F`) numbers. Input is taken exactly, without trimming.
/// JSON form: the number as a string; decoding validates.
public struct ApprovalNumber: Sendable, Hashable, CustomStringConvertible, LosslessStringConvertible {
    /// What an approval number authorises.
    public enum Kind: String, StableStringEnum {
        /// 化学药品 (H, HJ, HC).
        case chemicalDrug
        /// 中药 (Z, ZJ, ZC).
        case traditionalChineseMedicine
        /// 生物制品 (S, SJ, SC).
        case biologicalProduct
        /// 进口药品分包装 (J): an imported drug repackaged in China; the drug type is not encoded.
        case repackagedImportedDrug
        /// 医疗器械注册证 (械注): a class II or III device registration.
        case deviceRegistration
        /// 第一类医疗器械备案 (械备): a class I device filing.
        case deviceFiling
    }

    /// The number exactly as given.
    public var rawValue: String { storedRawValue.string }
    /// The number's text: a `String`, or the bytes the case reader read into its text buffer, so
    /// that reading a product allocates no string for it (``StoredText``: equal and hashed as the
    /// `String` it spells).
    let storedRawValue: StoredText
    /// What it authorises.
    public let kind: Kind

    private static let drugPrefix = "国药准字"
    /// Province-level abbreviations accepted as the first character of a device registration
    /// number (境内第二类), plus `国` for national registrations.
    public static let deviceRegionCharacters: Set<Character> = [
        "国", "京", "津", "冀", "晋", "蒙", "辽", "吉", "黑", "沪", "苏", "浙", "皖", "闽", "赣",
        "鲁", "豫", "鄂", "湘", "粤", "桂", "琼", "渝", "川", "蜀", "贵", "黔", "云", "滇", "藏",
        "陕", "秦", "甘", "陇", "青", "宁", "新",
    ]

    /// Validates and wraps an approval number.
    ///
    /// - Throws: ``ApprovalNumberError`` naming the form that failed.
    public init(validating text: String) throws(ApprovalNumberError) {
        storedRawValue = StoredText(text)
        if text.hasPrefix(Self.drugPrefix) {
            let rest = text.dropFirst(Self.drugPrefix.count)
            let letters = String(rest.prefix { $0.isASCII && $0.isLetter })
            let digits = rest.dropFirst(letters.count)
            switch letters {
            case "H", "HJ", "HC": kind = .chemicalDrug
            case "Z", "ZJ", "ZC": kind = .traditionalChineseMedicine
            case "S", "SJ", "SC": kind = .biologicalProduct
            case "J": kind = .repackagedImportedDrug
            default: throw .drugClassLetter(text)
            }
            guard digits.count == 8, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw .drugDigits(text)
            }
            return
        }
        if let range = text.firstRange(of: "械注") {
            let region = text[..<range.lowerBound]
            let rest = text[range.upperBound...]
            guard region.count == 1, let first = region.first, Self.deviceRegionCharacters.contains(first),
                  let form = rest.first, form == "准" || form == "进" || form == "许"
            else { throw .deviceNumber(text) }
            let digits = Array(rest.dropFirst())
            guard digits.count == 11, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                  digits[4] == "2" || digits[4] == "3"
            else { throw .deviceNumber(text) }
            kind = .deviceRegistration
            return
        }
        if let range = text.firstRange(of: "械备") {
            let region = text[..<range.lowerBound]
            let digits = text[range.upperBound...]
            guard !region.isEmpty, region.count <= 8, region.allSatisfy({ !$0.isASCII }),
                  digits.count == 8, digits.allSatisfy({ $0.isASCII && $0.isNumber })
            else { throw .deviceNumber(text) }
            kind = .deviceFiling
            return
        }
        throw .unrecognised(text)
    }

    /// Parses a number, returning `nil` for an invalid one (see ``init(validating:)`` for errors).
    public init?(_ description: String) {
        guard let number = try? ApprovalNumber(validating: description) else { return nil }
        self = number
    }

    /// Whether the number authorises a drug (any 国药准字 form).
    public var isDrug: Bool {
        switch kind {
        case .chemicalDrug, .traditionalChineseMedicine, .biologicalProduct, .repackagedImportedDrug: true
        case .deviceRegistration, .deviceFiling: false
        }
    }

    /// The number as given.
    public var description: String { rawValue }
}

extension ApprovalNumber: ValidatedIdentifier {
    /// The text written to JSON.
    public var encodedText: String { rawValue }
    /// The case-file error code for an invalid value.
    public static var invalidValueCode: CaseFileError.Code { .invalidApprovalNumber }
    /// The message prefix for an invalid value.
    public static var invalidValueLabel: String { "invalid approval number" }
}
