/// Builds a `Patent` with a valid patent number (专利号) that encodes its filing year and type.
///
/// The presets describe the reference drug's patents as the patent-linkage platform registers
/// them (registered, with a registrable category, held by 原研药业股份有限公司). Name a patent by
/// when it stops protecting:
///
/// - ``compoundPatent(expiringOn:)`` and the other `…(expiringOn:)` presets take the library's
///   `PatentTerm/expiry` — the **first day on which the patent no longer protects** (the 20th
///   anniversary of filing); the filing date is that day 20 years earlier;
/// - ``compoundPatent(lastDayInForce:)`` takes the last protected day instead (the day before
///   the expiry).
///
/// Presets are granted three years after filing, with a matching `granted` status event. Ending
/// and restoring events (``terminated(on:)``, ``invalidated(on:)``, ``restored(on:)`` …) are kept
/// in date order.
///
/// ```swift
/// let patent = PatentBuilder.compoundPatent(expiringOn: try CivilDate(iso8601: "2029-06-18"))
/// patent.number          // ZL200910…, filed 2009-06-18
/// patent.build().lastDayInForce  // 2029-06-17
/// ```
public struct PatentBuilder: FixtureBuilder {
    /// An explicit number; `nil` derives one from the filing date, type and ``serial``.
    public var explicitNumber: PatentNumber?
    /// The serial the derived number is made from.
    public var serial: Int
    /// Invention, utility model or design.
    public var type: PatentType
    /// The title (名称).
    public var title: String?
    /// The patentee (专利权人).
    public var holder: String?
    /// The filing date (申请日).
    public var filingDate: CivilDate
    /// The grant announcement date (授权公告日); `nil` for an application not granted.
    public var grantDate: CivilDate?
    /// Whether the status history records the grant as a `granted` event.
    public var recordsGrantEvent: Bool
    /// The substantive-examination request date.
    public var substantiveExaminationRequestDate: CivilDate?
    /// Legal-status events other than the grant, kept in date order.
    public var statusEvents: [PatentStatusEvent]
    /// Term adjustment (Art. 42(2)) in days.
    public var termAdjustmentDays: Int
    /// Drug-patent term compensation (Art. 42(3)) in days.
    public var termCompensationDays: Int
    /// The approval date of the new drug the compensation is for.
    public var drugApprovalDate: CivilDate?
    /// The registrable category on the patent-linkage platform.
    public var registrableCategory: LinkagePatentCategory?
    /// Whether the patent is registered on the China Listed Drug Patent Information Registration
    /// Platform (中国上市药品专利信息登记平台).
    public var registeredOnPlatform: Bool

    /// Creates a builder for a patent filed on `filingDate`, granted `grantDate` (or not).
    public init(
        type: PatentType = .invention, filedOn filingDate: CivilDate, grantedOn grantDate: CivilDate?,
        title: String? = nil, holder: String? = EnterpriseBuilder.originator.name,
        registrableCategory: LinkagePatentCategory? = nil, registeredOnPlatform: Bool = false, serial: Int? = nil
    ) {
        self.explicitNumber = nil
        self.type = type
        self.title = title
        self.holder = holder
        self.filingDate = filingDate
        self.grantDate = grantDate
        self.recordsGrantEvent = grantDate != nil
        self.substantiveExaminationRequestDate = nil
        self.statusEvents = []
        self.termAdjustmentDays = 0
        self.termCompensationDays = 0
        self.drugApprovalDate = nil
        self.registrableCategory = registrableCategory
        self.registeredOnPlatform = registeredOnPlatform
        let kind = Int(truncatingIfNeeded: stableHash((title ?? "") + (registrableCategory?.rawValue ?? "")) % 9_000) + 1_000
        self.serial = serial ?? (kind * 1_000 + filingDate.dayOfYear)
    }

    /// The patent number: ``explicitNumber``, or the one derived from the filing date, type and
    /// ``serial``.
    public var number: PatentNumber {
        explicitNumber ?? FixtureIdentifiers.patentNumber(filedOn: filingDate, type: type, serial: serial)
    }

    // MARK: Presets

    private static func registered(
        _ category: LinkagePatentCategory, title: String, expiringOn expiry: CivilDate
    ) -> PatentBuilder {
        let filing = expiry.plus(years: -20)
        return PatentBuilder(
            type: .invention, filedOn: filing, grantedOn: filing.plus(years: 3), title: title,
            registrableCategory: category, registeredOnPlatform: true)
    }

    /// The reference drug's compound patent (化合物专利, registrable as
    /// `LinkagePatentCategory/chemicalCompound`) whose term expires on `expiry` — the first day
    /// it no longer protects; filed 20 years before.
    public static func compoundPatent(expiringOn expiry: CivilDate) -> PatentBuilder {
        registered(.chemicalCompound, title: "一种激酶抑制剂化合物", expiringOn: expiry)
    }

    /// The compound patent whose last protected day is `lastDay` (it expires the day after).
    public static func compoundPatent(lastDayInForce lastDay: CivilDate) -> PatentBuilder {
        compoundPatent(expiringOn: lastDay.plus(days: 1))
    }

    /// A medical-use patent (医药用途专利, `LinkagePatentCategory/chemicalMedicalUse`) expiring
    /// on `expiry`.
    public static func medicalUsePatent(expiringOn expiry: CivilDate) -> PatentBuilder {
        registered(.chemicalMedicalUse, title: "激酶抑制剂在治疗肺癌中的用途", expiringOn: expiry)
    }

    /// A composition patent (药物组合物专利, `LinkagePatentCategory/chemicalComposition`) expiring
    /// on `expiry`.
    public static func compositionPatent(expiringOn expiry: CivilDate) -> PatentBuilder {
        registered(.chemicalComposition, title: "含激酶抑制剂的药物组合物", expiringOn: expiry)
    }

    /// A biologic's sequence-structure patent (序列结构专利,
    /// `LinkagePatentCategory/biologicSequenceStructure`) expiring on `expiry`.
    public static func sequencePatent(expiringOn expiry: CivilDate) -> PatentBuilder {
        registered(.biologicSequenceStructure, title: "抗PD-1单克隆抗体及其氨基酸序列", expiringOn: expiry)
    }

    /// A traditional-Chinese-medicine composition patent (中药组合物专利,
    /// `LinkagePatentCategory/tcmComposition`) expiring on `expiry`.
    public static func tcmCompositionPatent(expiringOn expiry: CivilDate) -> PatentBuilder {
        registered(.tcmComposition, title: "一种治疗感冒的中药组合物", expiringOn: expiry)
    }

    /// An invention patent filed on `filingDate`, granted three years later, not registered on
    /// the linkage platform (e.g. a process patent, which is not registrable).
    public static func invention(filedOn filingDate: CivilDate, title: String = "一种药物制剂的制备方法") -> PatentBuilder {
        PatentBuilder(type: .invention, filedOn: filingDate, grantedOn: filingDate.plus(years: 3), title: title)
    }

    /// A utility-model patent (实用新型) filed on `filingDate`, granted a year later.
    public static func utilityModel(filedOn filingDate: CivilDate, title: String = "一种药品包装装置") -> PatentBuilder {
        PatentBuilder(type: .utilityModel, filedOn: filingDate, grantedOn: filingDate.plus(years: 1), title: title)
    }

    // MARK: Fluent changes

    /// A copy with an explicit number (its type digit should match ``type``).
    public func withNumber(_ number: PatentNumber) -> Self {
        modified {
            $0.explicitNumber = number
            $0.type = number.type
        }
    }
    /// A copy whose derived number uses `serial`.
    public func withSerial(_ serial: Int) -> Self { modified { $0.serial = serial } }
    /// A copy with another title.
    public func titled(_ title: String?) -> Self { modified { $0.title = title } }
    /// A copy with another patentee.
    public func heldBy(_ holder: String?) -> Self { modified { $0.holder = holder } }
    /// A copy filed on another date (the grant date is kept).
    public func filed(on date: CivilDate) -> Self { modified { $0.filingDate = date } }
    /// A copy granted on `date`, recorded as a `granted` status event.
    public func granted(on date: CivilDate) -> Self {
        modified {
            $0.grantDate = date
            $0.recordsGrantEvent = true
        }
    }
    /// A copy never granted: an application, never in force.
    public func notGranted() -> Self {
        modified {
            $0.grantDate = nil
            $0.recordsGrantEvent = false
        }
    }
    /// A copy whose status history omits the `granted` event (the grant date stays).
    public func withoutGrantEvent() -> Self { modified { $0.recordsGrantEvent = false } }
    /// A copy with substantive examination requested on `date`.
    public func examinationRequested(on date: CivilDate) -> Self { modified { $0.substantiveExaminationRequestDate = date } }
    /// A copy with a status event added (kept in date order).
    public func withStatusEvent(_ event: PatentStatusEventKind, on date: CivilDate) -> Self {
        modified {
            let entry = PatentStatusEvent(date: date, event: event)
            let position = $0.statusEvents.firstIndex { $0.date > date } ?? $0.statusEvents.endIndex
            $0.statusEvents.insert(entry, at: position)
        }
    }
    /// A copy terminated (终止, e.g. fees unpaid) from `date`.
    public func terminated(on date: CivilDate) -> Self { withStatusEvent(.terminated, on: date) }
    /// A copy surrendered (放弃) from `date`.
    public func surrendered(on date: CivilDate) -> Self { withStatusEvent(.surrendered, on: date) }
    /// A copy declared wholly invalid (全部无效) on `date`.
    public func invalidated(on date: CivilDate) -> Self { withStatusEvent(.invalidatedWhole, on: date) }
    /// A copy declared partly invalid (部分无效) on `date`; it stays in force.
    public func partiallyInvalidated(on date: CivilDate) -> Self { withStatusEvent(.invalidatedPartial, on: date) }
    /// A copy restored (恢复) on `date` after an ending event.
    public func restored(on date: CivilDate) -> Self { withStatusEvent(.restored, on: date) }
    /// A copy with term adjustment (Patent Law Art. 42(2), inventions only).
    public func withTermAdjustment(days: Int) -> Self { modified { $0.termAdjustmentDays = days } }
    /// A copy with drug-patent term compensation (Art. 42(3)) for a drug approved on `approval`.
    public func withTermCompensation(days: Int, drugApprovedOn approval: CivilDate?) -> Self {
        modified {
            $0.termCompensationDays = days
            $0.drugApprovalDate = approval
        }
    }
    /// A copy registered on the linkage platform as `category`.
    public func registered(as category: LinkagePatentCategory) -> Self {
        modified {
            $0.registrableCategory = category
            $0.registeredOnPlatform = true
        }
    }
    /// A copy not registered on the linkage platform (the category is kept).
    public func unregistered() -> Self { modified { $0.registeredOnPlatform = false } }

    /// The patent.
    public func build() -> Patent {
        var history: [PatentStatusEvent] = []
        if recordsGrantEvent, let grantDate { history.append(PatentStatusEvent(date: grantDate, event: .granted)) }
        for event in statusEvents {
            let position = history.firstIndex { $0.date > event.date } ?? history.endIndex
            history.insert(event, at: position)
        }
        return Patent(
            number: number, type: type, title: title, holder: holder, filingDate: filingDate, grantDate: grantDate,
            substantiveExaminationRequestDate: substantiveExaminationRequestDate, statusHistory: history,
            termAdjustmentDays: termAdjustmentDays, termCompensationDays: termCompensationDays,
            drugApprovalDate: drugApprovalDate, registrableCategory: registrableCategory,
            registeredOnPlatform: registeredOnPlatform)
    }
}
