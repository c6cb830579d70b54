// beijing-2026-3 — placeholder until the document is encoded.

extension PolicyDocument {
    /// 京医保发〔2026〕3号 (placeholder).
    public static let beijing2026_3 = PolicyDocument(
        id: .beijing2026_3, number: "京医保发〔2026〕3号", title: LocalizedText(zh: "", en: ""), issuers: [],
        dated: CivilDate(uncheckedYear: 2026, month: 3, day: 27), effective: CivilDate(uncheckedYear: 2026, month: 3, day: 27),
        jurisdiction: .beijing, chapters: [], relations: [], measures: [])
}

extension Department {
    /// Entries first named by 京医保发〔2026〕3号 that are not in the core registry.
    static let catalogAdditionsBeijing2026_3: [Department] = []
}
