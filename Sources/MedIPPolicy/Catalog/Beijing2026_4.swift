// beijing-2026-4 — placeholder until the document is encoded.

extension PolicyDocument {
    /// 京医保发〔2026〕4号 (placeholder).
    public static let beijing2026_4 = PolicyDocument(
        id: .beijing2026_4, number: "京医保发〔2026〕4号", title: LocalizedText(zh: "", en: ""), issuers: [],
        dated: CivilDate(uncheckedYear: 2026, month: 4, day: 7), effective: CivilDate(uncheckedYear: 2026, month: 4, day: 7),
        jurisdiction: .beijing, chapters: [], relations: [], measures: [])
}

extension Department {
    /// Entries first named by 京医保发〔2026〕4号 that are not in the core registry.
    static let catalogAdditionsBeijing2026_4: [Department] = []
}
