/// What a measure does, for filtering and coverage. A measure usually has several kinds.
public enum MeasureKind: String, StableStringEnum {
    /// Sets up or runs a standing mechanism, system or coordination arrangement (机制 / 制度).
    case mechanism
    /// Decides cases: the library encodes it as rules the evaluator applies.
    case decisionRule
    /// States a quantitative target (不少于…项, 超…亿元, …%).
    case target
    /// States a time limit for a procedure (…个工作日, …日, 28周以内).
    case timeLimit
    /// A service to enterprises or institutions (服务, 指导, 一站式).
    case service
    /// Money: funds, investment, insurance, loans, payment (基金, 支付, 保险).
    case funding
    /// Data and information: sharing, platforms, datasets (数据, 信息共享).
    case data
    /// A pilot or trial scheme (试点, 先行先试, 沙盒).
    case pilot
    /// An event, forum, conference or competition (论坛, 大会, 大赛).
    case event
    /// Training, publicity or guidance to the public (培训, 宣传).
    case outreach
    /// Research, investigation or assessment (调研, 研判, 评价).
    case research
    /// Supervision, evaluation of performance, credit or enforcement (监管, 考核, 信用).
    case supervision
    /// Pricing, reimbursement and procurement listing (定价, 医保, 挂网, 集采).
    case procurement
}

/// The force with which a provision binds its actor, following the text's own word.
///
/// 须 / 应当 / 应 → ``must``; 要 → ``shall``; 可以 / 可 → ``may``; 鼓励 / 支持 / 推动 / 引导 /
/// 推进 → ``encourage``; 探索 / 争取 / 力争 → ``explore``. A statement with no modal word that
/// commits the government to act (建立…, 实现…, 加强…) is ``commit``.
public enum Modality: String, StableStringEnum {
    /// 须 / 应当 / 应: a binding duty.
    case must
    /// 要: a directive the text gives to an authority.
    case shall
    /// 可以 / 可: a power or option; the actor chooses.
    case may
    /// 鼓励 / 支持 / 推动 / 引导 / 推进: encouragement or support, not a duty.
    case encourage
    /// 探索 / 争取 / 力争: to explore or strive for.
    case explore
    /// A plain statement of what will be done (建立…, 实现…, 开通…), with no modal word.
    case commit

    /// Whether the provision binds its actor, so that missing its date makes it overdue: a duty
    /// (``must``, ``shall``) or a commitment the text makes (``commit``); not a power
    /// (``may``), an encouragement (``encourage``) or an aim (``explore``).
    public var binds: Bool {
        switch self {
        case .must, .shall, .commit: true
        case .may, .encourage, .explore: false
        }
    }

    /// A short bilingual label.
    public var label: LocalizedText {
        switch self {
        case .must: LocalizedText(zh: "须／应当", en: "must")
        case .shall: LocalizedText(zh: "要", en: "shall")
        case .may: LocalizedText(zh: "可以", en: "may")
        case .encourage: LocalizedText(zh: "鼓励／支持", en: "encourage")
        case .explore: LocalizedText(zh: "探索／争取", en: "explore / strive")
        case .commit: LocalizedText(zh: "实施", en: "will")
        }
    }
}

/// One declarative part of a measure: who, with what force, does what, by when or to what figure.
public struct Provision: Sendable, Hashable, Codable {
    /// Who acts (departments, roles or parties from ``Department/registry``).
    public var actors: [DepartmentID]
    /// The force, following the text's own modal word.
    public var modality: Modality
    /// The modal word as the text writes it (`须`, `可以`, `鼓励`), or empty when there is none.
    public var modalWord: String
    /// What the actor does, in the library's own words.
    public var action: LocalizedText
    /// A deadline or figure the provision is tied to, in the library's words (`2024年底前`,
    /// `不少于120项`), or `nil`.
    public var measure: LocalizedText?

    /// Creates a provision.
    public init(
        actors: [DepartmentID], modality: Modality, modalWord: String = "", action: LocalizedText,
        measure: LocalizedText? = nil
    ) {
        self.actors = actors
        self.modality = modality
        self.modalWord = modalWord
        self.action = action
        self.measure = measure
    }
}

/// How two measures or documents relate.
public enum CrossReferenceKind: String, StableStringEnum {
    /// The counterpart in another edition of the same series (2024 ↔ 2026 high-quality measures).
    case editionCounterpart
    /// Restates the target in another document, largely in the same words.
    case restates
    /// Implements or gives effect to the target (e.g. Beijing measures implementing the 2022 opinion).
    case implements
    /// Replaces the target where they are inconsistent (supersession).
    case supersedes
    /// Relies on the target's mechanism or concept (e.g. market exclusivity feeding patent linkage).
    case reliesOn
    /// Otherwise related.
    case related
}

/// One change a later edition makes to a figure or scope of the measure it restates or
/// supersedes, paired by meaning: the two keys name what measures the same thing (metric, unit
/// and period for figures; dimension for scopes) in the earlier and the later measure.
///
/// Example: 京医保发〔2026〕4号（六）raises 京医保发〔2024〕5号（六）'s `project-managed-varieties`
/// (提升至200项, by end of 2024) to `project-managed-varieties` (累计纳入品种不少于400项):
/// `EditionChange(.target, .raised, earlier: "project-managed-varieties", later: "project-managed-varieties")`.
public struct EditionChange: Sendable, Hashable, Codable {
    /// What is changed.
    public enum Aspect: String, StableStringEnum {
        /// A ``Target`` (keys are target keys).
        case target
        /// A ``TimeLimit`` (keys are time-limit keys).
        case timeLimit
        /// A ``MeasureScope`` (keys are scope keys).
        case scope
    }

    /// Which way it changes.
    public enum Direction: String, StableStringEnum {
        /// A larger figure (200 → 400).
        case raised
        /// A smaller figure.
        case lowered
        /// A shorter or newly stated time limit (none → 15 working days).
        case tightened
        /// A longer time limit, or one removed.
        case loosened
        /// A scope that reaches more (二级及以上定点医疗机构 → 医疗机构).
        case broadened
        /// A scope that reaches less (创新医疗药械 → 创新药品).
        case narrowed
        /// A scope or measure of a different kind, neither wider nor narrower (人均 → 次均费用).
        case shifted
        /// The same figure set again for a later period (10家 in 2024 → 不少于10家 in 2026).
        case renewed

        /// A short bilingual label.
        public var label: LocalizedText {
            switch self {
            case .raised: LocalizedText(zh: "提高", en: "raised")
            case .lowered: LocalizedText(zh: "降低", en: "lowered")
            case .tightened: LocalizedText(zh: "收紧", en: "tightened")
            case .loosened: LocalizedText(zh: "放宽", en: "loosened")
            case .broadened: LocalizedText(zh: "扩大", en: "broadened")
            case .narrowed: LocalizedText(zh: "缩小", en: "narrowed")
            case .shifted: LocalizedText(zh: "调整", en: "shifted")
            case .renewed: LocalizedText(zh: "延续至新期限", en: "renewed")
            }
        }
    }

    /// What is changed.
    public var aspect: Aspect
    /// Which way.
    public var direction: Direction
    /// The key of the figure or scope in the earlier measure, or `nil` when it had none (a time
    /// limit stated for the first time).
    public var earlier: String?
    /// The key of the figure or scope in the later measure (the one that records the change), or
    /// `nil` when the later measure drops it.
    public var later: String?

    /// Creates a change.
    public init(_ aspect: Aspect, _ direction: Direction, earlier: String?, later: String?) {
        self.aspect = aspect
        self.direction = direction
        self.earlier = earlier
        self.later = later
    }
}

/// A reference from one measure to another measure or document.
///
/// References of kind ``CrossReferenceKind/restates`` and ``CrossReferenceKind/supersedes`` from
/// a later edition to the edition it succeeds are what the edition comparison reads
/// (``Catalog/compare(_:_:asOf:)``): they carry the clause of the later text that makes the
/// restatement or replacement and the figure and scope ``changes``.
public struct CrossReference: Sendable, Hashable, Codable {
    /// The kind of relation.
    public var kind: CrossReferenceKind
    /// The measure referred to, or `nil` when the reference is to a whole document.
    public var measure: MeasureID?
    /// The document referred to.
    public var document: DocumentID
    /// What links them, in the library's own words.
    public var note: LocalizedText
    /// The clause of this measure's text that makes the link, quoted exactly (white space
    /// removed), or `nil`. Set on restatements and supersessions of an earlier edition.
    public var clause: String?
    /// The figures and scopes of the referred measure this measure changes, paired by meaning.
    /// JSON: written only when not empty.
    public var changes: [EditionChange]

    /// A reference to a measure.
    public init(_ kind: CrossReferenceKind, to measure: MeasureID, note: LocalizedText, clause: String? = nil, changes: [EditionChange] = []) {
        self.kind = kind
        self.measure = measure
        self.document = measure.document
        self.note = note
        self.clause = clause
        self.changes = changes
    }

    /// A reference to a whole document.
    public init(_ kind: CrossReferenceKind, toDocument document: DocumentID, note: LocalizedText) {
        self.kind = kind
        self.measure = nil
        self.document = document
        self.note = note
        self.clause = nil
        self.changes = []
    }

    private enum CodingKeys: String, CodingKey { case kind, measure, document, note, clause, changes }

    /// Decodes a reference; `clause` and `changes` may be absent.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(CrossReferenceKind.self, forKey: .kind)
        measure = try c.decodeIfPresent(MeasureID.self, forKey: .measure)
        document = try c.decode(DocumentID.self, forKey: .document)
        note = try c.decode(LocalizedText.self, forKey: .note)
        clause = try c.decodeIfPresent(String.self, forKey: .clause)
        changes = try c.decodeIfPresent([EditionChange].self, forKey: .changes) ?? []
    }

    /// Encodes a reference; `clause` and `changes` only when present.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(measure, forKey: .measure)
        try c.encode(document, forKey: .document)
        try c.encode(note, forKey: .note)
        try c.encodeIfPresent(clause, forKey: .clause)
        if !changes.isEmpty { try c.encode(changes, forKey: .changes) }
    }
}

/// One numbered measure of a policy document, as declarative data.
///
/// Headings of the 2022 and 2026 documents are quoted exactly from the texts (without the
/// closing 。); the 2024 measures have no headings in the text, so theirs are the library's own
/// short titles with ``headingIsOfficial`` `false`. Rules that decide cases live in the rule set
/// and cite measures by ``id``.
public struct Measure: Sendable, Hashable, Codable, Identifiable {
    /// The stable id, e.g. `beijing-2026-3#8`.
    public var id: MeasureID
    /// The chapter number (一 = 1) the measure stands in.
    public var chapter: Int
    /// The heading: zh exact from the text (or the library's own title, see ``headingIsOfficial``), en translated.
    public var heading: LocalizedText
    /// Whether ``heading`` zh is printed in the text (`false` for the 2024 measures).
    public var headingIsOfficial: Bool
    /// What the measure says, in the library's own words.
    public var summary: LocalizedText
    /// What the measure does.
    public var kinds: [MeasureKind]
    /// The departments responsible: for 2024 exactly those in the text's brackets, in order; for
    /// the others the departments and roles the measure names as acting, plus those the catalog
    /// assigns where the text names none (listed again in ``inferredDepartments``).
    public var departments: [DepartmentID]
    /// The entries of ``departments`` the text does not name for this measure: assigned by the
    /// catalog's reading, not printed. 京医保发〔2026〕4号 prints no departments per measure, so its
    /// departments are inferred from each measure's field (except bodies a measure itself names);
    /// in 京医保发〔2026〕3号 actions without a subject go to the four issuing departments jointly,
    /// and the listing dispositions of （八）（九） to 医疗保障部门. Empty for 国知发保字〔2022〕45号
    /// and 京医保发〔2024〕5号, whose texts name or print every one.
    public var inferredDepartments: [DepartmentID]
    /// Everyone the measure gives a duty, power or support to (departments, roles and parties).
    public var actors: [DepartmentID]
    /// Every quantitative figure the text states.
    public var targets: [Target]
    /// Every procedural time limit the text states.
    public var timeLimits: [TimeLimit]
    /// The measure broken into declarative parts.
    public var provisions: [Provision]
    /// Links to other measures and documents.
    public var crossReferences: [CrossReference]
    /// Whom or what the measure reaches (institutions, products, costs …), where an edition
    /// comparison or a rule needs it.
    public var scopes: [MeasureScope]
    /// Laws, systems and standards outside the catalog that the measure invokes by name.
    public var externalReferences: [ExternalReference]
    /// The responsible departments exactly as the text prints them in the measure's closing
    /// brackets (京医保发〔2024〕5号 only, e.g. `市卫生健康委、市中医药局、经开区管委会、市药监局及各单位`),
    /// or `nil` for texts that print none.
    public var departmentsAsPrinted: String?
    /// Why ``departments`` is empty, for a measure of a text that prints no departments and whose
    /// field the catalog's inference convention does not reach; `nil` otherwise.
    public var departmentsNote: LocalizedText?

    /// The measure's ordinal in its document.
    public var ordinal: Int { id.ordinal }
    /// The document it belongs to.
    public var document: DocumentID { id.document }

    /// Creates a measure.
    public init(
        id: MeasureID, chapter: Int, heading: LocalizedText, headingIsOfficial: Bool = true,
        summary: LocalizedText, kinds: [MeasureKind], departments: [DepartmentID],
        inferredDepartments: [DepartmentID] = [],
        actors: [DepartmentID] = [], targets: [Target] = [], timeLimits: [TimeLimit] = [],
        provisions: [Provision] = [], crossReferences: [CrossReference] = [],
        scopes: [MeasureScope] = [], externalReferences: [ExternalReference] = [],
        departmentsAsPrinted: String? = nil, departmentsNote: LocalizedText? = nil
    ) {
        self.scopes = scopes
        self.externalReferences = externalReferences
        self.departmentsAsPrinted = departmentsAsPrinted
        self.departmentsNote = departmentsNote
        self.id = id
        self.chapter = chapter
        self.heading = heading
        self.headingIsOfficial = headingIsOfficial
        self.summary = summary
        self.kinds = kinds
        self.departments = departments
        self.inferredDepartments = inferredDepartments
        self.actors = actors
        self.targets = targets
        self.timeLimits = timeLimits
        self.provisions = provisions
        self.crossReferences = crossReferences
    }

    /// Decodes a measure; `inferredDepartments`, `scopes` and `externalReferences` may be absent
    /// (read as none), and `departmentsAsPrinted` and `departmentsNote` too.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(MeasureID.self, forKey: .id)
        chapter = try container.decode(Int.self, forKey: .chapter)
        heading = try container.decode(LocalizedText.self, forKey: .heading)
        headingIsOfficial = try container.decode(Bool.self, forKey: .headingIsOfficial)
        summary = try container.decode(LocalizedText.self, forKey: .summary)
        kinds = try container.decode([MeasureKind].self, forKey: .kinds)
        departments = try container.decode([DepartmentID].self, forKey: .departments)
        inferredDepartments = try container.decodeIfPresent([DepartmentID].self, forKey: .inferredDepartments) ?? []
        actors = try container.decode([DepartmentID].self, forKey: .actors)
        targets = try container.decode([Target].self, forKey: .targets)
        timeLimits = try container.decode([TimeLimit].self, forKey: .timeLimits)
        provisions = try container.decode([Provision].self, forKey: .provisions)
        crossReferences = try container.decode([CrossReference].self, forKey: .crossReferences)
        scopes = try container.decodeIfPresent([MeasureScope].self, forKey: .scopes) ?? []
        externalReferences = try container.decodeIfPresent([ExternalReference].self, forKey: .externalReferences) ?? []
        departmentsAsPrinted = try container.decodeIfPresent(String.self, forKey: .departmentsAsPrinted)
        departmentsNote = try container.decodeIfPresent(LocalizedText.self, forKey: .departmentsNote)
    }

    /// The scope with this key, or `nil`.
    public func scope(_ key: String) -> MeasureScope? { scopes.first { $0.key == key } }

    /// The measure with `inferred` (those of its departments the text does not name) recorded
    /// in ``inferredDepartments``.
    func inferring(_ inferred: [DepartmentID]) -> Measure {
        var measure = self
        measure.inferredDepartments = departments.filter(inferred.contains)
        return measure
    }
}
