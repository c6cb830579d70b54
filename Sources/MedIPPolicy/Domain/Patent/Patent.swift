/// A Chinese patent (专利) as the procurement rules need it: number, dates, legal-status history,
/// term extensions and its place on the drug patent platform.
///
/// Its term and force are computed by ``term(rules:)``, ``isInForce(on:rules:)`` and
/// ``lastDayInForce``; see ``PatentTerm`` for the day-counting convention. JSON: required
/// `number`, `filingDate`; optional `type` (defaults to the type the number encodes), `title`,
/// `holder`, `grantDate`, `substantiveExaminationRequestDate`, `drugApprovalDate`,
/// `registrableCategory`; `statusHistory` defaults to `[]`, the day counts to `0`,
/// `registeredOnPlatform` to `false`.
public struct Patent: Sendable, Hashable {
    /// The patent number (专利号), canonical `ZL…` form.
    public var number: PatentNumber
    /// Invention, utility model or design; should agree with the number's type digit.
    public var type: PatentType
    /// The title of the invention or design (名称); `nil` when not given (informational).
    public var title: String? {
        get { storedTitle?.string }
        set { storedTitle = newValue.map(StoredText.init) }
    }
    /// ``title``'s storage (the bytes the case reader read, or a `String`).
    var storedTitle: StoredText?
    /// The patentee (专利权人); `nil` when not given (informational).
    public var holder: String? {
        get { storedHolder?.string }
        set { storedHolder = newValue.map(StoredText.init) }
    }
    /// ``holder``'s storage (the bytes the case reader read, or a `String`).
    var storedHolder: StoredText?
    /// The filing date (申请日), from which the term is counted (Patent Law Art. 42).
    public var filingDate: CivilDate
    /// The date of the grant announcement (授权公告日), from which the right takes effect.
    ///
    /// `nil` for an application not (yet) granted: it protects nothing, so it is never in force
    /// and ``lastDayInForce`` is `nil`.
    public var grantDate: CivilDate?
    /// The date substantive examination was requested (实质审查请求日), relevant to term
    /// adjustment (inventions only).
    ///
    /// `nil` when not given; nothing is checked against it (the adjustment days are an input).
    public var substantiveExaminationRequestDate: CivilDate?
    /// Legal-status changes in date order (授权, 终止, 放弃, 无效, 恢复).
    public var statusHistory: [PatentStatusEvent]
    /// Patent term adjustment (专利权期限补偿 for unreasonable delay, Patent Law Art. 42(2)) in
    /// days, as granted by CNIPA — an input; inventions only, never negative.
    public var termAdjustmentDays: Int
    /// Drug-patent term compensation (药品专利权期限补偿, Art. 42(3)) in days, as granted by
    /// CNIPA — an input; checked against the ceiling in ``PatentTerm``.
    public var termCompensationDays: Int
    /// The marketing-approval date of the new drug the compensation is for (上市许可日), used
    /// for the 14-year ceiling.
    ///
    /// `nil` when not given: the ceiling cannot be checked, and validation warns if the patent
    /// has compensation days.
    public var drugApprovalDate: CivilDate?
    /// What kind of drug patent it is for the patent-linkage platform, if registrable.
    ///
    /// `nil` for a patent of no registrable category; validation warns when a patent
    /// ``registeredOnPlatform`` has none.
    public var registrableCategory: LinkagePatentCategory?
    /// Whether the reference drug's holder registered it on the China Listed Drug Patent
    /// Information Registration Platform (中国上市药品专利信息登记平台).
    public var registeredOnPlatform: Bool

    /// Creates a patent; `type` defaults to the type the number encodes.
    public init(
        number: PatentNumber, type: PatentType? = nil, title: String? = nil, holder: String? = nil,
        filingDate: CivilDate, grantDate: CivilDate? = nil,
        substantiveExaminationRequestDate: CivilDate? = nil, statusHistory: [PatentStatusEvent] = [],
        termAdjustmentDays: Int = 0, termCompensationDays: Int = 0, drugApprovalDate: CivilDate? = nil,
        registrableCategory: LinkagePatentCategory? = nil, registeredOnPlatform: Bool = false
    ) {
        self.init(
            number: number, type: type, storedTitle: title.map(StoredText.init), storedHolder: holder.map(StoredText.init),
            filingDate: filingDate, grantDate: grantDate, substantiveExaminationRequestDate: substantiveExaminationRequestDate,
            statusHistory: statusHistory, termAdjustmentDays: termAdjustmentDays, termCompensationDays: termCompensationDays,
            drugApprovalDate: drugApprovalDate, registrableCategory: registrableCategory, registeredOnPlatform: registeredOnPlatform)
    }

    /// Creates a patent from its stored text (the case reader's), field for field; `type`
    /// defaults as in the public initialiser.
    package init(
        number: PatentNumber, type: PatentType?, storedTitle: StoredText?, storedHolder: StoredText?,
        filingDate: CivilDate, grantDate: CivilDate?, substantiveExaminationRequestDate: CivilDate?,
        statusHistory: [PatentStatusEvent], termAdjustmentDays: Int, termCompensationDays: Int,
        drugApprovalDate: CivilDate?, registrableCategory: LinkagePatentCategory?, registeredOnPlatform: Bool
    ) {
        self.number = number
        self.type = type ?? number.type
        self.storedTitle = storedTitle
        self.storedHolder = storedHolder
        self.filingDate = filingDate
        self.grantDate = grantDate
        self.substantiveExaminationRequestDate = substantiveExaminationRequestDate
        self.statusHistory = statusHistory
        self.termAdjustmentDays = termAdjustmentDays
        self.termCompensationDays = termCompensationDays
        self.drugApprovalDate = drugApprovalDate
        self.registrableCategory = registrableCategory
        self.registeredOnPlatform = registeredOnPlatform
    }
}

extension Patent: Codable {
    private enum CodingKeys: String, CodingKey, CaseIterable {
        case number, type, title, holder, filingDate, grantDate, substantiveExaminationRequestDate
        case statusHistory, termAdjustmentDays, termCompensationDays, drugApprovalDate
        case registrableCategory, registeredOnPlatform
    }

    /// Decodes a patent, applying the defaults listed on ``Patent``.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let number = try c.decode(PatentNumber.self, forKey: .number)
        self.init(
            number: number,
            type: try c.decodeIfPresent(PatentType.self, forKey: .type),
            title: try c.decodeIfPresent(String.self, forKey: .title),
            holder: try c.decodeIfPresent(String.self, forKey: .holder),
            filingDate: try c.decode(CivilDate.self, forKey: .filingDate),
            grantDate: try c.decodeIfPresent(CivilDate.self, forKey: .grantDate),
            substantiveExaminationRequestDate: try c.decodeIfPresent(
                CivilDate.self, forKey: .substantiveExaminationRequestDate),
            statusHistory: try c.decodeIfPresent([PatentStatusEvent].self, forKey: .statusHistory) ?? [],
            termAdjustmentDays: try c.decodeIntegerIfPresent(forKey: .termAdjustmentDays, in: decoder) ?? 0,
            termCompensationDays: try c.decodeIntegerIfPresent(forKey: .termCompensationDays, in: decoder) ?? 0,
            drugApprovalDate: try c.decodeIfPresent(CivilDate.self, forKey: .drugApprovalDate),
            registrableCategory: try c.decodeIfPresent(LinkagePatentCategory.self, forKey: .registrableCategory),
            registeredOnPlatform: try c.decodeIfPresent(Bool.self, forKey: .registeredOnPlatform) ?? false)
    }

    /// Encodes every field (optional ones only when present).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(type, forKey: .type)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encodeIfPresent(holder, forKey: .holder)
        try c.encode(filingDate, forKey: .filingDate)
        try c.encodeIfPresent(grantDate, forKey: .grantDate)
        try c.encodeIfPresent(substantiveExaminationRequestDate, forKey: .substantiveExaminationRequestDate)
        try c.encode(statusHistory, forKey: .statusHistory)
        try c.encode(termAdjustmentDays, forKey: .termAdjustmentDays)
        try c.encode(termCompensationDays, forKey: .termCompensationDays)
        try c.encodeIfPresent(drugApprovalDate, forKey: .drugApprovalDate)
        try c.encodeIfPresent(registrableCategory, forKey: .registrableCategory)
        try c.encode(registeredOnPlatform, forKey: .registeredOnPlatform)
    }
}
