// beijing-2024-5 — placeholder until the document is encoded.

extension PolicyDocument {
    /// 京医保发〔2024〕5号 (placeholder).
    public static let beijing2024_5 = PolicyDocument(
        id: .beijing2024_5, number: "京医保发〔2024〕5号", title: LocalizedText(zh: "", en: ""), issuers: [],
        dated: CivilDate(uncheckedYear: 2024, month: 4, day: 17), effective: CivilDate(uncheckedYear: 2024, month: 4, day: 17),
        jurisdiction: .beijing, chapters: [], relations: [], measures: [])
}

extension Department {
    /// Entries first named by 京医保发〔2024〕5号 that are not in the core registry.
    static let catalogAdditionsBeijing2024: [Department] = []
}
