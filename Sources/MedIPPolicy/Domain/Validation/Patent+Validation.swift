extension Patent {
    /// Checks the patent on its own — dates, status history, term adjustment and compensation —
    /// and returns every problem, with paths under `path` (e.g. `patents[2]`).
    ///
    /// ``Case/validate(rules:)`` runs these checks for each patent and adds the cross-checks that
    /// need the rest of the case.
    public func validate(path: String = "patent", rules: PatentTermRules = .default) -> [ValidationIssue] {
        var collector = IssueCollector()
        validate(path: path, rules: rules, into: &collector)
        return collector.issues
    }

    func validate(path: @autoclosure () -> String, rules: PatentTermRules, into c: inout IssueCollector) {
        withUnsafePointer(to: self) { Self.validate($0, path: path(), rules: rules, into: &c) }
    }

    /// The checks of ``validate(path:rules:into:)`` on the patent `patent` points to, where it
    /// lies (in a case's array: ``Case``'s validation), reading its fields one by one rather
    /// than copying it (which would retain and release every text and array it holds).
    static func validate(
        _ patent: UnsafePointer<Patent>, path: @autoclosure () -> String, rules: PatentTermRules, into c: inout IssueCollector
    ) {
        let type = patent.pointee.type, number = patent.pointee.number, filingDate = patent.pointee.filingDate
        let grantDate = patent.pointee.grantDate
        let substantiveExaminationRequestDate = patent.pointee.substantiveExaminationRequestDate
        let termAdjustmentDays = patent.pointee.termAdjustmentDays
        let termCompensationDays = patent.pointee.termCompensationDays
        let drugApprovalDate = patent.pointee.drugApprovalDate
        let registeredOnPlatform = patent.pointee.registeredOnPlatform
        let registrableCategory = patent.pointee.registrableCategory
        if type != number.type {
            c.error("\(path()).type", .patentTypeMismatch,
                    zh: "专利类型\(type.name.zh)与专利号\(number)所示类型\(number.type.name.zh)不符",
                    en: "type \(type.rawValue) disagrees with the number \(number), which encodes \(number.type.rawValue)")
        }
        if let grantDate, grantDate < filingDate {
            c.error("\(path()).grantDate", .grantBeforeFiling,
                    zh: "授权日\(grantDate)早于申请日\(filingDate)",
                    en: "grant date \(grantDate) is before the filing date \(filingDate)")
        }
        if let request = substantiveExaminationRequestDate, request < filingDate {
            c.error("\(path()).substantiveExaminationRequestDate", .examinationRequestBeforeFiling,
                    zh: "实质审查请求日\(request)早于申请日\(filingDate)",
                    en: "substantive examination requested on \(request), before the filing date \(filingDate)")
        }
        var previous: CivilDate?
        for (index, entry) in patent.pointee.statusHistory.enumerated() {
            func entryPath() -> String { "\(path()).statusHistory[\(index)]" }
            if entry.date < filingDate {
                c.error("\(entryPath()).date", .statusEventBeforeFiling,
                        zh: "法律状态事件（\(entry.event.name.zh)）日期\(entry.date)早于申请日\(filingDate)",
                        en: "\(entry.event.rawValue) on \(entry.date) is before the filing date \(filingDate)")
            }
            if let previous, entry.date < previous {
                c.error("\(entryPath()).date", .statusHistoryOutOfOrder,
                        zh: "法律状态事件未按日期排列：\(entry.date)早于前一事件\(previous)",
                        en: "status history out of order: \(entry.date) is before the previous event's \(previous)")
            }
            previous = max(previous ?? entry.date, entry.date)
            if entry.event == .granted {
                if grantDate != entry.date {
                    c.error("\(entryPath()).date", .grantEventMismatch,
                            zh: "授权事件日期\(entry.date)与授权日\(grantDate.map(\.description) ?? "（无）")不一致",
                            en: "granted event on \(entry.date) disagrees with grantDate \(grantDate.map(\.description) ?? "(none)")")
                }
            } else {
                if let grantDate {
                    if entry.date < grantDate {
                        c.error("\(entryPath()).date", .statusEventBeforeGrant,
                                zh: "\(entry.event.name.zh)日期\(entry.date)早于授权日\(grantDate)",
                                en: "\(entry.event.rawValue) on \(entry.date) is before the grant date \(grantDate)")
                    }
                } else {
                    c.error("\(entryPath()).event", .statusEventBeforeGrant,
                            zh: "未授权的专利不能\(entry.event.name.zh)（缺少授权日）",
                            en: "\(entry.event.rawValue) on a patent with no grant date")
                }
            }
        }
        // Dates the term needs must be representable; PatentTerm saturates at 9999-12-31.
        let years = rules.statutoryYears(for: type, filedOn: filingDate)
        // Far enough from 9999-12-31 (a year has at most 366 days), every date of the term is
        // representable: nothing to report, and no date to compute.
        let farFromTheLastDate = (0...1_000).contains(years) && (0...4_000_000).contains(termAdjustmentDays)
            && (0...4_000_000).contains(termCompensationDays)
            && Int(filingDate.daysSinceEpoch) &+ years &* 366 &+ termAdjustmentDays &+ termCompensationDays
                <= Int(CivilDate.maximum.daysSinceEpoch)
        if !farFromTheLastDate {
            if let nominal = try? filingDate.adding(years: years) {
                if termAdjustmentDays >= 0, let adjusted = try? nominal.adding(days: termAdjustmentDays) {
                    if termCompensationDays >= 0, (try? adjusted.adding(days: termCompensationDays)) == nil {
                        c.error("\(path()).termCompensationDays", .dateOutOfRange,
                                zh: "期限补偿\(termCompensationDays)日使届满日超出9999-12-31",
                                en: "term compensation of \(termCompensationDays) days puts the expiry after 9999-12-31")
                    }
                } else if termAdjustmentDays >= 0 {
                    c.error("\(path()).termAdjustmentDays", .dateOutOfRange,
                            zh: "期限补偿\(termAdjustmentDays)日使届满日超出9999-12-31",
                            en: "term adjustment of \(termAdjustmentDays) days puts the expiry after 9999-12-31")
                }
            } else {
                c.error("\(path()).filingDate", .dateOutOfRange,
                        zh: "申请日\(filingDate)加\(years)年超出9999-12-31",
                        en: "filing date \(filingDate) plus \(years) years is after 9999-12-31")
            }
        }
        if termAdjustmentDays < 0 {
            c.error("\(path()).termAdjustmentDays", .negativeTermAdjustment,
                    zh: "期限补偿（审查延迟）天数不能为负：\(termAdjustmentDays)",
                    en: "term adjustment days must not be negative: \(termAdjustmentDays)")
        } else if termAdjustmentDays > 0 && type != .invention {
            c.error("\(path()).termAdjustmentDays", .termAdjustmentOnNonInvention,
                    zh: "审查延迟期限补偿仅适用于发明专利（专利法第四十二条第二款），本专利为\(type.name.zh)",
                    en: "term adjustment (Patent Law Art. 42(2)) is for inventions only; this is a \(type.name.en)")
        }
        if termCompensationDays < 0 {
            c.error("\(path()).termCompensationDays", .negativeTermCompensation,
                    zh: "药品专利期限补偿天数不能为负：\(termCompensationDays)",
                    en: "term compensation days must not be negative: \(termCompensationDays)")
        } else if termCompensationDays > 0 {
            if type != .invention {
                c.warning("\(path()).termCompensationDays", .compensationOnNonInvention,
                          zh: "药品专利期限补偿通常针对新药相关发明专利，本专利为\(type.name.zh)",
                          en: "drug-patent term compensation is normally for invention patents on new drugs; this is a \(type.name.en)")
            }
            let term = patent.pointee.term(rules: rules)
            if term.compensationExceedsCeiling {
                let basis = term.ceilingSetByApprovalCap
                    ? (zh: "上市后有效期不超过\(rules.maximumYearsAfterApproval)年", en: "at most \(rules.maximumYearsAfterApproval) years of term after approval")
                    : (zh: "补偿不超过\(rules.compensationMaximumYears)年", en: "at most \(rules.compensationMaximumYears) years of compensation")
                c.error("\(path()).termCompensationDays", .compensationAboveCeiling,
                        zh: "期限补偿\(termCompensationDays)日超过上限\(term.compensationCeilingDays)日（\(basis.zh)，届满不晚于\(term.compensationCeiling)）",
                        en: "term compensation of \(termCompensationDays) days exceeds the ceiling of \(term.compensationCeilingDays) days (\(basis.en); expiry no later than \(term.compensationCeiling))")
            }
            if drugApprovalDate == nil {
                c.warning("\(path()).drugApprovalDate", .compensationWithoutApprovalDate,
                          zh: "有期限补偿但缺少新药上市许可日，无法核对上市后十四年上限",
                          en: "term compensation without the drug's approval date: the 14-years-after-approval ceiling cannot be checked")
            }
        }
        if registeredOnPlatform && registrableCategory == nil {
            c.warning("\(path()).registrableCategory", .registeredWithoutCategory,
                      zh: "已在专利信息登记平台登记但未注明可登记类型",
                      en: "registered on the patent platform but no registrable category is given")
        }
    }
}
