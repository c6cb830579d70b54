/// A patent-linkage declaration (专利声明) made by a generic, biosimilar or same-formula TCM
/// applicant when applying for marketing authorisation.
///
/// JSON: `category`, `declaredOn`, `declarant` required; `patent` required for every category
/// but 1 (``Case/validate(rules:)`` checks). Example:
/// `{"category": "3", "patent": "ZL201811564288.X", "declaredOn": "2023-02-01", "declarant": "…"}`.
public struct PatentLinkageDeclaration: Sendable, Hashable, Codable {
    /// The declaration category.
    public var category: LinkageDeclarationCategory
    /// The registered patent the declaration is about; `nil` for category 1.
    public var patent: PatentNumber?
    /// The date the declaration was made (声明日期).
    public var declaredOn: CivilDate
    /// Who declared (the applicant / marketing-authorisation holder), by name.
    public var declarant: String {
        get { storedDeclarant.string }
        set { storedDeclarant = StoredText(newValue) }
    }
    /// ``declarant``'s storage (the bytes the case reader read, or a `String`).
    var storedDeclarant: StoredText

    /// Creates a declaration.
    public init(category: LinkageDeclarationCategory, patent: PatentNumber?, declaredOn: CivilDate, declarant: String) {
        self.category = category
        self.patent = patent
        self.declaredOn = declaredOn
        self.storedDeclarant = StoredText(declarant)
    }
}

extension PatentLinkageDeclaration {
    private enum CodingKeys: String, CodingKey, CaseIterable { case category, patent, declaredOn, declarant }

    /// Decodes the object; a key it does not define is an error (see
    /// ``CaseFile/DecodingOptions``).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        category = try c.decode(LinkageDeclarationCategory.self, forKey: .category)
        patent = try c.decodeIfPresent(PatentNumber.self, forKey: .patent)
        declaredOn = try c.decode(CivilDate.self, forKey: .declaredOn)
        storedDeclarant = StoredText(try c.decode(String.self, forKey: .declarant))
    }

    /// Encodes every field (optional ones only when present).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(category, forKey: .category)
        try c.encodeIfPresent(patent, forKey: .patent)
        try c.encode(declaredOn, forKey: .declaredOn)
        try c.encode(declarant, forKey: .declarant)
    }
}
