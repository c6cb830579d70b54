/// What the procurement authority does with the product: the decision's headline.
///
/// Dispositions form a lattice, most restrictive first (``restrictiveness`` 0 is the most
/// restrictive). When several rules fire, the most restrictive disposition wins unless a rule
/// that fired ``Rule/overrides`` the other — the texts' own exceptions, such as the overdue
/// opinion that lets a product proceed on its self-commitment (国知发保字〔2022〕45号（四）).
///
/// | rank | disposition | from |
/// |---|---|---|
/// | 0 | revoke the listing / cancel the selection | 2022 (五)(六); 2026-3 (八) tier 3 |
/// | 1 | refuse listing | 2022 (六); 2026-3 (八) tier 1 |
/// | 2 | suspend review of new listing applications | 2026-3 (八) tier 2 |
/// | 3 | defer until a date | 2026-3 (四) patent linkage |
/// | 4 | return for completion (no self-commitment) | 2022 (四); 2026-3 (三) |
/// | 5 | await the IP office's opinion until a date | 2022 (四); 2026-3 (六) |
/// | 6 | the agency decides, with the opinion as reference | 2022 (四); 2026-3 (六) |
/// | 7 | admit on the self-commitment after an overdue opinion | 2022 (四); 2026-3 (六) |
/// | 8 | green channel (admit, due by a date) | 2024 (十二); 2026-3 (九); 2026-4 (十七) |
/// | 9 | admit | a rule that admits without condition (custom rule sets) |
/// | 10 | the ordinary procedure | no rule of the regime decides the case, or no document is in force |
///
/// Revoking the listing and cancelling the selection share rank 0 and are compatible: a product
/// both listed and selected gets both.
///
/// **An extensible set of values, not an enum.** A later version may add a disposition (a new
/// measure can create one), so `DispositionKind` is a struct of static values, like
/// `HTTPField.Name` in swift-http-types: a `switch` over it needs a `default`, and adding a value
/// breaks no client's code. The values are closed per version: ``allCases`` lists the ones this
/// version knows, ``init(rawValue:)`` returns `nil` for any other name, and decoding one is the
/// same strict error as before (`unknown value "…" (expected revokeListing, …)`). JSON and
/// ``description``: the value's name, e.g. `"deferUntil"`.
public struct DispositionKind: StableStringEnum, CustomStringConvertible {
    /// The value's position in the lattice's order (``restrictiveness``, then name), from 0: the
    /// evaluator's per-kind slot and the bit of a kind mask.
    package let index: Int

    private init(index: Int) { self.index = index }

    /// Name and label of every value, by ``index``.
    private static let table: [(name: String, label: LocalizedText)] = [
        ("cancelSelection", LocalizedText(zh: "取消中选资格", en: "cancel the VBP selection")),
        ("revokeListing", LocalizedText(zh: "撤销挂网", en: "revoke the listing")),
        ("refuseListing", LocalizedText(zh: "不予挂网", en: "refuse listing")),
        ("suspendNewListingReview", LocalizedText(zh: "暂停审核新增挂网申请", en: "suspend review of new listing applications")),
        ("deferUntil", LocalizedText(zh: "暂缓挂网至指定日期", en: "defer listing until a date")),
        ("returnForCompletion", LocalizedText(zh: "退回补充企业自主承诺", en: "return for completion (self-commitment missing)")),
        ("awaitOpinion", LocalizedText(zh: "等待知识产权管理部门意见", en: "await the IP administration's opinion")),
        ("agencyDecides", LocalizedText(zh: "参考知识产权管理部门意见作出决定", en: "the agency decides with the IP opinion as reference")),
        ("admitOnSelfCommitment", LocalizedText(zh: "意见逾期，企业自主承诺后按程序挂网", en: "admit on the self-commitment (opinion overdue)")),
        ("greenChannel", LocalizedText(zh: "绿色通道快速挂网", en: "green channel: fast listing")),
        ("admit", LocalizedText(zh: "准予挂网", en: "admit")),
        ("ordinaryProcedure", LocalizedText(zh: "按平台常规程序办理", en: "the platform's ordinary procedure applies")),
    ]

    /// The lattice rank of every value, by ``index`` (the table in the type's documentation).
    private static let ranks = [0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]

    /// 撤销挂网 / 撤网: the listing is revoked.
    public static let revokeListing = DispositionKind(index: 1)
    /// 取消中选资格: the VBP selection is cancelled.
    public static let cancelSelection = DispositionKind(index: 0)
    /// 不予挂网: the listing application is refused.
    public static let refuseListing = DispositionKind(index: 2)
    /// 暂停审核新增挂网申请: review of new listing applications is suspended.
    public static let suspendNewListingReview = DispositionKind(index: 3)
    /// The product may not be listed before a date (e.g. the day after the patent and market
    /// exclusivity both expire, 京医保发〔2026〕3号（四）).
    public static let deferUntil = DispositionKind(index: 4)
    /// The application goes back for completion: the required self-commitment is missing.
    public static let returnForCompletion = DispositionKind(index: 5)
    /// Wait for the IP administration's opinion, until the round's prescribed deadline.
    public static let awaitOpinion = DispositionKind(index: 6)
    /// The opinion has been given; the agency decides with it as a reference (作为…参考).
    public static let agencyDecides = DispositionKind(index: 7)
    /// The opinion is overdue; the enterprise proceeds on its self-commitment (企业自主承诺后可以按程序…).
    public static let admitOnSelfCommitment = DispositionKind(index: 8)
    /// 绿色通道: fast listing of a qualifying innovative drug, due by a date where the text sets a limit.
    public static let greenChannel = DispositionKind(index: 9)
    /// Admitted by a rule: it may be listed or take part (no standard rule yields it; custom rule
    /// sets may).
    public static let admit = DispositionKind(index: 10)
    /// 按常规程序办理: no rule of the regime in force decides the situation — or no document is in
    /// force — so the platform's ordinary procedure applies. Not an admission: the texts neither
    /// restrict nor clear the product here (see ``DispositionBasis``).
    public static let ordinaryProcedure = DispositionKind(index: 11)

    /// Every disposition this version knows, in the order of the table above (a later version
    /// may add more).
    public static let allCases: [DispositionKind] = [
        .revokeListing, .cancelSelection, .refuseListing, .suspendNewListingReview, .deferUntil, .returnForCompletion,
        .awaitOpinion, .agencyDecides, .admitOnSelfCommitment, .greenChannel, .admit, .ordinaryProcedure,
    ]

    /// The kinds ordered as the decision orders them: by restrictiveness, then by name (index =
    /// ``index``).
    package static let bySlot: [DispositionKind] = table.indices.map(DispositionKind.init(index:))

    /// The kind in `slot` of a compiled disposition mask: ``bySlot``'s element, made without
    /// reading that lazily initialised array, so that the evaluator's hot paths check no global.
    @inline(__always)
    package init(slot: Int) {
        assert(Self.bySlot.indices.contains(slot), "no disposition in slot \(slot)")
        self.init(index: slot)
    }

    /// Whether two values are the same: compares their indices (a value's index and its name
    /// determine each other). Declared so that equality — every `switch` over the values, every
    /// set of them — is not the `RawRepresentable` default, which compares the names.
    public static func == (lhs: DispositionKind, rhs: DispositionKind) -> Bool { lhs.index == rhs.index }

    /// Hashes the value's index, consistently with ``==(_:_:)``.
    public func hash(into hasher: inout Hasher) { hasher.combine(index) }

    /// The value with this name, or `nil` for a name this version does not know.
    public init?(rawValue: String) {
        guard let index = Self.table.firstIndex(where: { $0.name == rawValue }) else { return nil }
        self.init(index: index)
    }

    /// The value's name, e.g. `deferUntil`: its JSON form.
    public var rawValue: String { Self.table[index].name }

    /// The value's name (``rawValue``).
    public var description: String { rawValue }

    /// The disposition's name, for explanations.
    public var label: LocalizedText { Self.table[index].label }

    /// The value's slot in the evaluator (``index``): its position in ``bySlot``.
    package var slot: Int { index }

    /// The position in the lattice: 0 is the most restrictive.
    public var restrictiveness: Int { Self.ranks[index] }

    /// Whether the disposition lets the product proceed (admit, admit on self-commitment, green channel).
    public var isAdmission: Bool {
        self == .admit || self == .admitOnSelfCommitment || self == .greenChannel
    }

    /// Whether the disposition's date holds the product until then (await the opinion, defer) —
    /// the side of a ``TimeLimitConflict`` that waits.
    public var holdsUntilItsDate: Bool { self == .awaitOpinion || self == .deferUntil }

    /// Whether the disposition's date is a time limit to meet (the green channel's due date) —
    /// the side of a ``TimeLimitConflict`` that is due.
    public var isDueByItsDate: Bool { self == .greenChannel }

    /// Whether two dispositions may stand together in one decision (only the two rank-0 removals).
    public func isConcurrent(with other: DispositionKind) -> Bool {
        self != other && restrictiveness == 0 && other.restrictiveness == 0
    }

    /// Whether the lattice alone may settle a clash between the two without an explicit override.
    ///
    /// Measures that stop infringement, bar marketing or hold the application prevail over
    /// measures that speed or admit a product — a product awaiting the IP office's opinion waits
    /// even if it qualifies for the green channel: that is the lattice's purpose, and the library's
    /// documented reading. The one clash the texts decide themselves is *waiting for the opinion*
    /// (``awaitOpinion``, ``agencyDecides``) against *proceeding on the self-commitment because the
    /// opinion is overdue* (``admitOnSelfCommitment``, 国知发保字〔2022〕45号（四）): there the less
    /// restrictive disposition wins, so rules producing the two together must say so with an
    /// override, and the analyser reports them otherwise.
    public func latticeSettles(_ other: DispositionKind) -> Bool {
        let waiting: Set<DispositionKind> = [.awaitOpinion, .agencyDecides]
        return !((waiting.contains(self) && other == .admitOnSelfCommitment)
            || (waiting.contains(other) && self == .admitOnSelfCommitment))
    }

}

/// Why a decision's disposition is what it is: rules decided it, or nothing in force did.
///
/// A platform must not read "no rule applies" as a clean bill: with ``noDocumentInForce`` or
/// ``notAddressed`` the disposition is ``DispositionKind/ordinaryProcedure`` and the texts say
/// nothing either way about the product's standing. JSON: the case name.
public enum DispositionBasis: String, StableStringEnum {
    /// The rules the disposition cites decided it.
    case rules
    /// No document of the catalog was in force for the jurisdiction on the as-of date (e.g.
    /// before 国知发保字〔2022〕45号 took effect on 2022-12-05).
    case noDocumentInForce
    /// Documents were in force, but none of their rules addresses the case at its stage (e.g. a
    /// VBP participant, not yet selected, with an effective infringement judgment).
    case notAddressed

    /// What the basis says, for explanations.
    public var statement: LocalizedText {
        switch self {
        case .rules: LocalizedText(zh: "依据所列规则", en: "decided by the rules cited")
        case .noDocumentInForce:
            LocalizedText(zh: "评估日无生效文件，按平台常规程序办理", en: "no document is in force on the as-of date; the platform's ordinary procedure applies")
        case .notAddressed:
            LocalizedText(zh: "现行文件未对该情形作出规定，按平台常规程序办理", en: "the documents in force do not address this situation; the platform's ordinary procedure applies")
        }
    }
}
