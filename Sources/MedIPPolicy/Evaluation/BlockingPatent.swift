/// The patent that holds a product back until a date, and how that date arises from the patent's
/// term (专利权期限).
///
/// A disposition whose date is the first day after a category-3 patent's term (defer listing until
/// then, 京医保发〔2026〕3号（四）) names the patent here: ``ResolvedDisposition/blockingPatent``.
/// The date is built the way ``PatentTerm`` computes it, in three steps:
///
/// 1. the filing date (申请日) plus the statutory term, ``statutoryYears`` (Patent Law Art. 42(1):
///    20 years for an invention) — ``nominalExpiry``, the anniversary;
/// 2. plus the term adjustment for unreasonable examination delay (专利权期限补偿, Art. 42(2)),
///    ``adjustmentDays`` — ``adjustedExpiry``;
/// 3. plus the new-drug patent-term compensation (药品专利期限补偿, Art. 42(3)),
///    ``compensationDays`` — ``expiry``, the first day the patent no longer protects and the
///    disposition's date.
///
/// Adjustment and compensation are CNIPA's grants, inputs on the ``Patent``; zero when none was
/// granted. When several category-3 patents are in force, the one that ends last blocks; when a
/// market exclusivity ends later still, the exclusivity sets the date and no patent is named.
///
/// JSON (`"blockingPatent"` on a disposition, present only then): `{"adjustedExpiry":
/// "2029-06-18", "adjustmentDays": 0, "compensationDays": 0, "expiry": "2029-06-18",
/// "filingDate": "2009-06-18", "nominalExpiry": "2029-06-18", "number": "ZL200910123456.6",
/// "source": "declarations[0].patent", "statutoryYears": 20, "type": "invention"}`.
public struct BlockingPatent: Sendable, Hashable, Codable {
    /// The patent's number.
    public var number: PatentNumber
    /// The case field that names it, e.g. `declarations[0].patent` (the category-3 declaration).
    public var source: String
    /// The patent's type, which sets the statutory term.
    public var type: PatentType
    /// The filing date the term counts from.
    public var filingDate: CivilDate
    /// The statutory term in years (Art. 42(1)).
    public var statutoryYears: Int
    /// ``filingDate`` + ``statutoryYears``: the anniversary on which the statutory term ends.
    public var nominalExpiry: CivilDate
    /// Term adjustment granted for unreasonable examination delay (Art. 42(2)), in days.
    public var adjustmentDays: Int
    /// ``nominalExpiry`` + ``adjustmentDays``.
    public var adjustedExpiry: CivilDate
    /// New-drug patent-term compensation granted (Art. 42(3)), in days.
    public var compensationDays: Int
    /// ``adjustedExpiry`` + ``compensationDays``: the first day the patent no longer protects,
    /// which is the date of the disposition it blocks.
    public var expiry: CivilDate

    /// The blocking patent `number`, named at `source`, with the steps of `term`.
    public init(number: PatentNumber, source: String, term: PatentTerm) {
        self.number = number
        self.source = source
        type = term.type
        filingDate = term.filingDate
        statutoryYears = term.statutoryYears
        nominalExpiry = term.nominalExpiry
        adjustmentDays = term.adjustmentDays
        adjustedExpiry = term.adjustedExpiry
        compensationDays = term.compensationDays
        expiry = term.expiry
    }

    /// How the date arises, one line citing the articles, e.g. `filing date 2009-06-18 + 20 years
    /// (Patent Law Art. 42(1)) = 2029-06-18; + 0 days …`. Adjustment and compensation appear only
    /// when granted.
    public var computation: LocalizedText {
        var zh = "申请日 \(filingDate) + \(statutoryYears) 年（专利法第四十二条第一款）= \(nominalExpiry)"
        var en = "filing date \(filingDate) + \(statutoryYears) years (Patent Law Art. 42(1)) = \(nominalExpiry)"
        if adjustmentDays != 0 {
            zh += "；+ \(adjustmentDays) 日专利权期限补偿（审查不合理延迟，第四十二条第二款）= \(adjustedExpiry)"
            en += "; + \(adjustmentDays) days term adjustment for examination delay (Art. 42(2)) = \(adjustedExpiry)"
        }
        if compensationDays != 0 {
            zh += "；+ \(compensationDays) 日药品专利期限补偿（第四十二条第三款）= \(expiry)"
            en += "; + \(compensationDays) days new-drug term compensation (Art. 42(3)) = \(expiry)"
        }
        zh += "；\(expiry) 起不再受保护"
        en += "; no longer protected from \(expiry)"
        return LocalizedText(zh: zh, en: en)
    }
}

extension BlockingPatent {
    /// The patent of a case's category-3 declaration `index` (in `declarations`, looked up in the
    /// case's `patents`), or `nil` when the declaration names no patent of the case.
    static func declared(
        _ index: Int, declarations: [PatentLinkageDeclaration], patents: [Patent], rules: PatentTermRules
    ) -> BlockingPatent? {
        guard declarations.indices.contains(index), let number = declarations[index].patent,
              let patent = patents.first(where: { $0.number == number })
        else { return nil }
        return BlockingPatent(number: number, source: "declarations[\(index)].patent", term: patent.term(rules: rules))
    }
}
