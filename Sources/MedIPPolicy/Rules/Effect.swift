/// A consequence for the enterprise that accompanies the disposition.
///
/// An extensible set of values (a struct of static values, not an enum; see
/// ``DispositionKind``): a later version may add one, a `switch` needs a `default`, ``allCases``
/// lists the values this version knows, and an unknown name does not decode. JSON and
/// ``description``: the value's name.
public struct ConsequenceKind: StableStringEnum, CustomStringConvertible {
    /// The value's position in ``allCases`` (vocabulary order), from 0: its bit in a compiled
    /// rule's consequence mask and its slot in the evaluator.
    package let index: Int

    private init(index: Int) { self.index = index }

    /// Name and label of every value, by ``index``.
    private static let table: [(name: String, label: LocalizedText)] = [
        ("referToCreditEvaluation", LocalizedText(zh: "按照医药价格和招采信用评价制度处理", en: "refer to the pricing and procurement credit evaluation")),
        ("includeInDrugSafetyCredit", LocalizedText(zh: "纳入药品安全信用管理，实施差异化监管", en: "include in drug-safety credit management (differentiated supervision)")),
        ("declaringEnterpriseBearsLiability", LocalizedText(zh: "由申报企业承担相应责任", en: "the declaring enterprise bears liability")),
    ]

    /// 按照医药价格和招采信用评价制度处理: referred to the pricing and procurement credit evaluation
    /// (京医保发〔2026〕3号（三）).
    public static let referToCreditEvaluation = ConsequenceKind(index: 0)
    /// 纳入药品安全信用管理，实施差异化监管: entered into the drug regulator's drug-safety credit
    /// management (京医保发〔2026〕3号（五）).
    public static let includeInDrugSafetyCredit = ConsequenceKind(index: 1)
    /// 由申报企业承担相应责任: the declaring enterprise bears liability for a dispute after
    /// selection or listing (国知发保字〔2022〕45号（四）; 京医保发〔2026〕3号（三）).
    public static let declaringEnterpriseBearsLiability = ConsequenceKind(index: 2)

    /// Every consequence this version knows, in vocabulary order (a later version may add more).
    public static let allCases: [ConsequenceKind] = table.indices.map(ConsequenceKind.init(index:))

    /// The value whose ``bit`` is `bit`, for a bit of a compiled mask: ``allCases``' element,
    /// made without reading that lazily initialised array, so that the evaluator's hot paths
    /// check no global.
    @inline(__always)
    package init(bit: Int) {
        assert(Self.allCases.indices.contains(bit), "no value at bit \(bit)")
        self.init(index: bit)
    }

    /// Whether two values are the same: compares their indices (a value's index and its name
    /// determine each other). Declared so that equality — every `switch` over the values, every
    /// set of them — is not the `RawRepresentable` default, which compares the names.
    public static func == (lhs: ConsequenceKind, rhs: ConsequenceKind) -> Bool { lhs.index == rhs.index }

    /// Hashes the value's index, consistently with ``==(_:_:)``.
    public func hash(into hasher: inout Hasher) { hasher.combine(index) }

    /// The value with this name, or `nil` for a name this version does not know.
    public init?(rawValue: String) {
        guard let index = Self.table.firstIndex(where: { $0.name == rawValue }) else { return nil }
        self.init(index: index)
    }

    /// The value's name, e.g. `referToCreditEvaluation`: its JSON form.
    public var rawValue: String { Self.table[index].name }

    /// The value's name (``rawValue``).
    public var description: String { rawValue }

    /// The consequence's name, for explanations.
    public var label: LocalizedText { Self.table[index].label }

    /// The value's bit in a compiled rule's mask (``index``).
    package var bit: Int { index }
}

/// A marker on the decision that asks for attention without deciding anything.
///
/// An extensible set of values (a struct of static values, not an enum; see
/// ``DispositionKind``): a later version may add one, a `switch` needs a `default`, ``allCases``
/// lists the values this version knows, and an unknown name does not decode. JSON and
/// ``description``: the value's name.
public struct FlagKind: StableStringEnum, CustomStringConvertible {
    /// The value's position in ``allCases`` (vocabulary order), from 0: its bit in a compiled
    /// rule's flag mask and its slot in the evaluator.
    package let index: Int

    private init(index: Int) { self.index = index }

    /// Name and label of every value, by ``index``.
    private static let table: [(name: String, label: LocalizedText)] = [
        ("keyProductJointAssessment", LocalizedText(zh: "重点产品：联合研判", en: "key product: joint assessment")),
        ("complianceReminder", LocalizedText(zh: "三类声明执行情况提示与合规指导", en: "compliance reminder on the category-3 undertaking")),
        ("opinionMayBeRequested", LocalizedText(zh: "可以请知识产权管理部门出具意见", en: "an IP-office opinion may be requested")),
        ("informPartiesOfForums", LocalizedText(zh: "可告知当事人请求处理或起诉", en: "the parties may be told to seek a ruling or sue")),
        ("mediationEncouraged", LocalizedText(zh: "鼓励和解、调解", en: "settlement and mediation encouraged")),
        ("ownCommitmentAtStake", LocalizedText(zh: "涉及企业自身“专利权届满前不上市承诺”", en: "the enterprise's own not-before-expiry commitment is at stake")),
        ("priorityService", LocalizedText(zh: "罕见病和儿童用药优先服务", en: "priority service (rare disease / paediatric)")),
        ("submitIPProof", LocalizedText(zh: "引导企业提交知识产权证明材料", en: "guide the enterprise to submit IP proof")),
        ("shareForRiskScreening", LocalizedText(zh: "信息共享与侵权风险筛查预警", en: "share for infringement-risk screening")),
    ]

    /// A key product for joint analysis and assessment (重点关注 / 联合研判):
    /// 国知发保字〔2022〕45号（七）, 京医保发〔2026〕3号（一）.
    public static let keyProductJointAssessment = FlagKind(index: 0)
    /// Remind the holder of its category-3 undertaking and give compliance guidance
    /// (提示与合规指导): 京医保发〔2026〕3号（四）.
    public static let complianceReminder = FlagKind(index: 1)
    /// The authority may ask the IP administration for an opinion within the round's period:
    /// 国知发保字〔2022〕45号（四）, 京医保发〔2026〕3号（六）.
    public static let opinionMayBeRequested = FlagKind(index: 2)
    /// The authority may tell the parties to go to the IP administration or a court:
    /// 国知发保字〔2022〕45号（五）, 京医保发〔2026〕3号（七）.
    public static let informPartiesOfForums = FlagKind(index: 3)
    /// Settlement and mediation are encouraged: 京医保发〔2026〕3号（七）.
    public static let mediationEncouraged = FlagKind(index: 4)
    /// The enterprise's own not-before-expiry commitment must not be breached by this listing:
    /// 京医保发〔2026〕3号（三）. Part of the listing commitment, so raised for a product applying for
    /// listing or listed, not for VBP participation or selection alone (Readings, row 36).
    public static let ownCommitmentAtStake = FlagKind(index: 5)
    /// Priority service for rare-disease and paediatric innovation: 京医保发〔2026〕4号（六）.
    public static let priorityService = FlagKind(index: 6)
    /// The enterprise is guided to submit IP proof and state the protection term: 京医保发〔2026〕3号（九）.
    public static let submitIPProof = FlagKind(index: 7)
    /// The information must be shared between departments and screened for risk: 京医保发〔2026〕3号（二）.
    /// The standard rules no longer yield it — the measure builds a mechanism and acts on no
    /// case — but custom rule sets may.
    public static let shareForRiskScreening = FlagKind(index: 8)

    /// Every flag this version knows, in vocabulary order (a later version may add more).
    public static let allCases: [FlagKind] = table.indices.map(FlagKind.init(index:))

    /// The value whose ``bit`` is `bit`, for a bit of a compiled mask: ``allCases``' element,
    /// made without reading that lazily initialised array, so that the evaluator's hot paths
    /// check no global.
    @inline(__always)
    package init(bit: Int) {
        assert(Self.allCases.indices.contains(bit), "no value at bit \(bit)")
        self.init(index: bit)
    }

    /// Whether two values are the same: compares their indices (a value's index and its name
    /// determine each other). Declared so that equality — every `switch` over the values, every
    /// set of them — is not the `RawRepresentable` default, which compares the names.
    public static func == (lhs: FlagKind, rhs: FlagKind) -> Bool { lhs.index == rhs.index }

    /// Hashes the value's index, consistently with ``==(_:_:)``.
    public func hash(into hasher: inout Hasher) { hasher.combine(index) }

    /// The value with this name, or `nil` for a name this version does not know.
    public init?(rawValue: String) {
        guard let index = Self.table.firstIndex(where: { $0.name == rawValue }) else { return nil }
        self.init(index: index)
    }

    /// The value's name, e.g. `complianceReminder`: its JSON form.
    public var rawValue: String { Self.table[index].name }

    /// The value's name (``rawValue``).
    public var description: String { rawValue }

    /// The flag's name, for explanations.
    public var label: LocalizedText { Self.table[index].label }

    /// The value's bit in a compiled rule's mask (``index``).
    package var bit: Int { index }
}

/// What a rule asks of an actor — a duty, a discretion or an encouragement, with the force of
/// its clause — and a date where the text sets one.
///
/// The force (``modality``) follows the clause's own word (see ``Modality``): 须 / 应当 is
/// ``Modality/must``, 要 ``Modality/shall``, 可以 ``Modality/may``, 鼓励 ``Modality/encourage``, a
/// plain commitment (办理时间不超过…) ``Modality/commit``. Only binding ones
/// (``Modality/binds``) can be overdue. JSON: `code`, `actor`, `action` required; `due`
/// optional; `modality` defaults to `"must"`.
public struct ObligationTemplate: Sendable, Hashable {
    /// A stable code for the duty, e.g. `copy-result-to-healthcare-security`.
    public var code: String
    /// Who is to act (a department, role or party of ``Department/registry``).
    public var actor: DepartmentID
    /// What they are to do.
    public var action: LocalizedText
    /// When, or `nil` where the text sets no date (及时, 高效).
    public var due: DateExpression?
    /// The clause's force: a duty, a discretion, an encouragement.
    public var modality: Modality

    /// Creates an obligation template.
    public init(code: String, actor: DepartmentID, action: LocalizedText, due: DateExpression? = nil, modality: Modality = .must) {
        self.code = code
        self.actor = actor
        self.action = action
        self.due = due
        self.modality = modality
    }
}

extension ObligationTemplate: Codable {
    /// Encodes every field, `due` when present.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(actor, forKey: .actor)
        try c.encode(action, forKey: .action)
        try c.encodeIfPresent(due, forKey: .due)
        try c.encode(modality, forKey: .modality)
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case code, actor, action, due, modality
    }

    /// Decodes strictly: unknown keys (here and in `action`) are errors, and the actor must be
    /// in ``Department/registry``; `modality` defaults to ``Modality/must``.
    public init(from decoder: any Decoder) throws {
        try RuleDecoding.rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try RuleDecoding.rejectUnknownKeys(in: container, at: .action, allowed: ["zh", "en"])
        code = try container.decode(String.self, forKey: .code)
        actor = try container.decode(DepartmentID.self, forKey: .actor)
        guard Department.lookup(actor) != nil else {
            throw DecodingError.dataCorruptedError(
                forKey: .actor, in: container,
                debugDescription: "unknown actor \(actor) (not in Department.registry)")
        }
        action = try container.decode(LocalizedText.self, forKey: .action)
        due = try container.decodeIfPresent(DateExpression.self, forKey: .due)
        modality = try container.decodeIfPresent(Modality.self, forKey: .modality) ?? .must
    }
}

/// A disposition a rule yields, with the date it carries where it has one.
public struct DispositionTemplate: Sendable, Hashable, Codable {
    /// The disposition.
    public var kind: DispositionKind
    /// The date it carries: defer *until*, await *until*, green channel *due by*; `nil` otherwise.
    public var date: DateExpression?

    /// Creates a disposition template.
    public init(_ kind: DispositionKind, date: DateExpression? = nil) {
        self.kind = kind
        self.date = date
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case kind, date
    }

    /// Decodes strictly: unknown keys are errors.
    public init(from decoder: any Decoder) throws {
        try RuleDecoding.rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(DispositionKind.self, forKey: .kind)
        date = try container.decodeIfPresent(DateExpression.self, forKey: .date)
    }
}

/// What a rule produces when its condition holds.
///
/// JSON form: `{"disposition": {...}}`, `{"obligation": {...}}`, `{"consequence": "referToCreditEvaluation"}`
/// or `{"flag": "complianceReminder"}`.
public enum Effect: Sendable, Hashable {
    /// A disposition (the lattice picks one per decision).
    case disposition(DispositionTemplate)
    /// A duty on an actor; obligations accumulate.
    case obligation(ObligationTemplate)
    /// A consequence for the enterprise; consequences accumulate.
    case consequence(ConsequenceKind)
    /// A marker for attention; flags accumulate.
    case flag(FlagKind)
}

extension Effect: Codable {
    private enum CodingKeys: String, CodingKey, CaseIterable {
        case disposition, obligation, consequence, flag
    }

    /// Decodes the single-key object form; anything else names the path, and an unknown key is
    /// an error with a "did you mean" suggestion.
    public init(from decoder: any Decoder) throws {
        try RuleDecoding.rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let keys = container.allKeys
        guard keys.count == 1, let key = keys.first else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath,
                debugDescription: "an effect is an object with exactly one of the keys disposition, obligation, consequence, flag"))
        }
        switch key {
        case .disposition: self = .disposition(try container.decode(DispositionTemplate.self, forKey: key))
        case .obligation: self = .obligation(try container.decode(ObligationTemplate.self, forKey: key))
        case .consequence: self = .consequence(try container.decode(ConsequenceKind.self, forKey: key))
        case .flag: self = .flag(try container.decode(FlagKind.self, forKey: key))
        }
    }

    /// Encodes the single-key object form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .disposition(let value): try container.encode(value, forKey: .disposition)
        case .obligation(let value): try container.encode(value, forKey: .obligation)
        case .consequence(let value): try container.encode(value, forKey: .consequence)
        case .flag(let value): try container.encode(value, forKey: .flag)
        }
    }
}
