/// A chapter of a policy document (一、建立协调机制 …).
public struct Chapter: Sendable, Hashable, Codable {
    /// The chapter number (一 = 1).
    public var ordinal: Int
    /// The heading: zh exact from the text, en translated.
    public var heading: LocalizedText

    /// Creates a chapter.
    public init(ordinal: Int, heading: LocalizedText) {
        self.ordinal = ordinal
        self.heading = heading
    }
}

/// What a document declares about other texts.
public struct DocumentRelation: Sendable, Hashable, Codable {
    /// The kinds of declaration the texts make.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// "此前发布的有关规定与本文不一致的，以此为准": earlier provisions inconsistent with this
        /// document yield to it (within its jurisdiction and from its effective date).
        case prevailsOverEarlierInconsistent
        /// The document implements another (落实…文件精神).
        case implements
        /// The document is the next edition of a series.
        case succeedsEdition
    }

    /// The kind of declaration.
    public var kind: Kind
    /// The other document, where the declaration names one; `nil` for a general supersession clause.
    public var document: DocumentID?
    /// The declaration in the library's own words.
    public var note: LocalizedText

    /// Creates a relation.
    public init(_ kind: Kind, document: DocumentID? = nil, note: LocalizedText) {
        self.kind = kind
        self.document = document
        self.note = note
    }
}

/// One of the policy documents the library encodes, with all its numbered measures.
public struct PolicyDocument: Sendable, Hashable, Codable, Identifiable {
    /// The stable id, e.g. `beijing-2026-3`.
    public var id: DocumentID
    /// The document number (文号) exactly as printed, e.g. `京医保发〔2026〕3号`.
    public var number: String
    /// The title: zh exact, en translated.
    public var title: LocalizedText
    /// The issuing departments, in the order the text lists them.
    public var issuers: [DepartmentID]
    /// The date the document bears (成文日期).
    public var dated: CivilDate
    /// The date it takes effect. None of the four texts states an effective date, so this is the
    /// date it bears; see each document's doc comment.
    public var effective: CivilDate
    /// The date it was published, where known and different from ``dated``.
    public var published: CivilDate?
    /// Where it applies.
    public var jurisdiction: Jurisdiction
    /// Its chapters in order.
    public var chapters: [Chapter]
    /// What it declares about earlier or other texts.
    public var relations: [DocumentRelation]
    /// Every numbered measure, in order (ordinals 1…n).
    public var measures: [Measure]

    /// Creates a document.
    public init(
        id: DocumentID, number: String, title: LocalizedText, issuers: [DepartmentID],
        dated: CivilDate, effective: CivilDate, published: CivilDate? = nil,
        jurisdiction: Jurisdiction, chapters: [Chapter], relations: [DocumentRelation],
        measures: [Measure]
    ) {
        self.id = id
        self.number = number
        self.title = title
        self.issuers = issuers
        self.dated = dated
        self.effective = effective
        self.published = published
        self.jurisdiction = jurisdiction
        self.chapters = chapters
        self.relations = relations
        self.measures = measures
    }

    /// The measure with this ordinal, or `nil`.
    public func measure(_ ordinal: Int) -> Measure? {
        guard ordinal >= 1, ordinal <= measures.count else { return nil }
        let candidate = measures[ordinal - 1]
        return candidate.ordinal == ordinal ? candidate : measures.first { $0.ordinal == ordinal }
    }

    /// Whether the document is in force on `date` (from ``effective`` on; none of the four has an end date).
    public func isInForce(on date: CivilDate) -> Bool { date >= effective }

    /// Whether the document declares that earlier inconsistent provisions yield to it.
    public var prevailsOverEarlierInconsistent: Bool {
        relations.contains { $0.kind == .prevailsOverEarlierInconsistent }
    }
}
