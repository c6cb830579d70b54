// national-2022-45 — placeholder until the document is encoded.

extension PolicyDocument {
    /// 国知发保字〔2022〕45号 (placeholder).
    public static let national2022_45 = PolicyDocument(
        id: .national2022_45, number: "国知发保字〔2022〕45号", title: LocalizedText(zh: "", en: ""), issuers: [],
        dated: CivilDate(uncheckedYear: 2022, month: 12, day: 5), effective: CivilDate(uncheckedYear: 2022, month: 12, day: 5),
        jurisdiction: .national, chapters: [], relations: [], measures: [])
}

extension Department {
    /// Entries first named by 国知发保字〔2022〕45号 that are not in the core registry.
    static let catalogAdditionsNational2022: [Department] = []
}
