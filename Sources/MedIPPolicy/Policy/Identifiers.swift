/// The stable identifier of a policy document, e.g. `beijing-2026-3`.
///
/// Ids are public API: they appear in JSON, decisions and tests and never change. The four
/// built-in documents have named constants.
public struct DocumentID: RawRepresentable, Sendable, Hashable, Comparable, Codable,
    CustomStringConvertible, ExpressibleByStringLiteral
{
    /// The id text, lower-case ASCII letters, digits and hyphens.
    public let rawValue: String

    /// Wraps an id; no validation (any text can name a document the catalog does not hold).
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Wraps a literal id.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// 国知发保字〔2022〕45号, the CNIPA + NHSA national opinion of 2022-12-05.
    public static let national2022_45: DocumentID = "national-2022-45"
    /// 京医保发〔2024〕5号, Beijing's 2024 measures for high-quality development of innovative medicine.
    public static let beijing2024_5: DocumentID = "beijing-2024-5"
    /// 京医保发〔2026〕3号, Beijing's 2026 measures on IP protection for innovative medicine.
    public static let beijing2026_3: DocumentID = "beijing-2026-3"
    /// 京医保发〔2026〕4号, Beijing's 2026 measures for high-quality development of innovative medicine.
    public static let beijing2026_4: DocumentID = "beijing-2026-4"

    /// The id text.
    public var description: String { rawValue }

    /// Orders by the text form.
    public static func < (lhs: DocumentID, rhs: DocumentID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes from a plain string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes as a plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// The stable identifier of a numbered measure: `<document id>#<ordinal>`, e.g.
/// `beijing-2026-3#8` for （八）加强协作制止侵权.
///
/// The ordinal is the measure's number in its document, counted from 1 across chapters
/// (（一） = 1 … （三十二） = 32). JSON form: the string `"beijing-2026-3#8"`.
public struct MeasureID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible,
    LosslessStringConvertible
{
    /// The document the measure belongs to.
    public let document: DocumentID
    /// The measure's number in its document, from 1.
    public let ordinal: Int

    /// Creates an id from a document and ordinal.
    public init(_ document: DocumentID, _ ordinal: Int) {
        self.document = document
        self.ordinal = ordinal
    }

    /// Parses `document#ordinal`; `nil` when there is no `#`, the document part is empty or the
    /// ordinal is not a positive integer.
    public init?(_ text: String) {
        guard let hash = text.lastIndex(of: "#") else { return nil }
        let documentPart = text[..<hash]
        let ordinalPart = text[text.index(after: hash)...]
        guard !documentPart.isEmpty, ordinalPart.count <= 4,
              ordinalPart.allSatisfy({ $0.isASCII && $0.isNumber }),
              let ordinal = Int(ordinalPart), ordinal > 0
        else { return nil }
        self.init(DocumentID(rawValue: String(documentPart)), ordinal)
    }

    /// `document#ordinal`.
    public var description: String { "\(document.rawValue)#\(ordinal)" }

    /// The Chinese ordinal label as the texts print it, e.g. `（八）`.
    public var label: String { "（\(ChineseNumeral.string(ordinal))）" }

    /// Orders by the text form.
    public static func < (lhs: MeasureID, rhs: MeasureID) -> Bool {
        (lhs.document.rawValue, lhs.ordinal) < (rhs.document.rawValue, rhs.ordinal)
    }

    /// Decodes from `"document#ordinal"`; other text is a `DecodingError.dataCorrupted` naming the path.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = MeasureID(text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "not a measure id (expected document#ordinal, e.g. beijing-2026-3#8): \"\(text.escapedForMessage(limit: 60))\"")
        }
        self = id
    }

    /// Encodes as `"document#ordinal"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Chinese numerals as the policy texts number chapters and measures (一 … 三十二).
public enum ChineseNumeral {
    private static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// The numeral for 1…99, e.g. 8 → 八, 12 → 十二, 30 → 三十, 32 → 三十二; other values print
    /// as Arabic digits.
    public static func string(_ value: Int) -> String {
        switch value {
        case 1...9: return digits[value]
        case 10: return "十"
        case 11...19: return "十" + digits[value - 10]
        case 20...99:
            let tens = digits[value / 10] + "十"
            return value % 10 == 0 ? tens : tens + digits[value % 10]
        default: return String(value)
        }
    }

    /// Parses a numeral of 1…99 as ``string(_:)`` writes it; `nil` otherwise.
    public static func value(_ text: String) -> Int? {
        (1...99).first { string($0) == text }
    }
}
