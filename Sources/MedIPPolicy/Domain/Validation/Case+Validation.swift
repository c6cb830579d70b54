extension Case {
    /// Checks the facts and returns **every** problem found, errors and warnings, in document
    /// order; an empty array means the case is clean. Never throws and never stops at the first
    /// problem. See ``ValidationCode`` for the list of checks.
    public func validate(rules: PatentTermRules = .default) -> [ValidationIssue] {
        validate(rules: rules, keepingWarnings: true)
    }

    /// The error-severity issues ``validate(rules:)`` finds, in the same order, without building
    /// the warnings (package-internal: what the evaluator checks before deciding).
    package func validationErrors(rules: PatentTermRules = .default) -> [ValidationIssue] {
        validate(rules: rules, keepingWarnings: false)
    }

    /// Every issue, or (`keepingWarnings` false) the errors only.
    private func validate(rules: PatentTermRules, keepingWarnings: Bool) -> [ValidationIssue] {
        var c = IssueCollector(keepsWarnings: keepingWarnings)
        c.requireText(id, "id")
        c.requireText(enterprise.storedName, "enterprise.name")
        validateProduct(into: &c)
        let numbers = validatePatents(rules: rules, into: &c)
        validateDeclarations(numbers: numbers, into: &c)
        validateCommitments(numbers: numbers, into: &c)
        let objectionIDs = validateObjections(numbers: numbers, into: &c)
        validateOpinionRequests(objectionIDs: objectionIDs, into: &c)
        validateDisputes(numbers: numbers, into: &c)
        validateRulings(numbers: numbers, into: &c)
        validateExclusivities(numbers: numbers, into: &c)
        validateCreditEvents(into: &c)
        validateProcurement(into: &c)
        return c.issues
    }

    /// Whether ``validate(rules:)`` finds no error-severity issue (warnings allowed).
    public var isValid: Bool { validationErrors().isEmpty }

    // MARK: Parts

    private func validateProduct(into c: inout IssueCollector) {
        c.requireText(product.id, "product.id")
        c.requireText(product.storedName, "product.name")
        c.requireText(product.storedMarketingAuthorisationHolder, "product.marketingAuthorisationHolder")
        if product.category.isDrug {
            if product.drugClass == nil {
                c.error("product.drugClass", .missingDrugClass,
                        zh: "药品须注明类别（创新药、改良型新药、仿制药、生物类似药或中药同名同方药）",
                        en: "a drug needs a drugClass (innovative, improvedNew, generic, biosimilar or sameNameSameFormulaTCM)")
            }
        } else if let drugClass = product.drugClass {
            c.error("product.drugClass", .drugClassOnConsumable,
                    zh: "医用耗材不应有药品类别（\(drugClass.name.zh)）",
                    en: "a medical consumable has no drug class (got \(drugClass.rawValue))")
        }
        if let drugClass = product.drugClass, product.category.isDrug {
            let expected: ProductCategory? = switch drugClass {
            case .generic: .chemicalDrug
            case .biosimilar: .biologicalDrug
            case .sameNameSameFormulaTCM: .traditionalChineseMedicine
            case .innovative, .improvedNew: nil
            }
            if let expected, expected != product.category {
                c.warning("product.drugClass", .drugClassCategoryMismatch,
                          zh: "\(drugClass.name.zh)通常属于\(expected.name.zh)，而产品类别为\(product.category.name.zh)",
                          en: "a \(drugClass.name.en) is normally a \(expected.name.en), but the product is a \(product.category.name.en)")
            }
            if drugClass.declaresAgainstReference && (product.storedReferenceProduct.map { $0.isBlank } ?? true) {
                c.warning("product.referenceProduct", .missingReferenceProduct,
                          zh: "\(drugClass.name.zh)应注明被仿制的参比药品",
                          en: "a \(drugClass.name.en) should name its reference product")
            }
        }
        if let number = product.approvalNumber {
            let consistent: Bool = switch (number.kind, product.category) {
            case (.chemicalDrug, .chemicalDrug), (.biologicalProduct, .biologicalDrug),
                 (.traditionalChineseMedicine, .traditionalChineseMedicine),
                 (.deviceRegistration, .medicalConsumable), (.deviceFiling, .medicalConsumable): true
            case (.repackagedImportedDrug, let category): category.isDrug
            default: false
            }
            if !consistent {
                c.warning("product.approvalNumber", .approvalNumberMismatch,
                          zh: "批准文号\(number)与产品类别\(product.category.name.zh)不符",
                          en: "approval number \(number) does not fit a \(product.category.name.en)")
            }
        }
        if product.innovativeDevice && product.category.isDrug {
            c.error("product.innovativeDevice", .innovativeDeviceNotConsumable,
                    zh: "创新医疗器械标记仅适用于医用耗材，本产品为\(product.category.name.zh)",
                    en: "only a medical consumable can be an innovative medical device; this product is a \(product.category.name.en)")
        }
        if product.greenChannelQualified == true && product.drugClass != .innovative && !product.innovativeDevice {
            c.warning("product.greenChannelQualified", .greenChannelNotInnovative,
                      zh: "绿色通道面向符合条件的创新药品（2024年措施亦含创新医疗器械），本产品均不是",
                      en: "the green channel is for qualifying innovative drugs (and, under the 2024 measures, innovative medical devices); this product is neither")
        }
    }

    private func validatePatents(rules: PatentTermRules, into c: inout IssueCollector) -> PatentNumberSet {
        var numbers = RepeatFinder<UInt64>(count: patents.count)
        patents.forEachInPlace { index, patent in
            let path = ElementPath("patents", index)
            if numbers.repeats(patent.pointee.number.integerKey, at: index, keyAt: { patents.readInPlace($0) { $0.pointee.number.integerKey } }) {
                c.error("\(path).number", .duplicatePatentNumber,
                        zh: "专利号\(patent.pointee.number)重复", en: "patent \(patent.pointee.number) is listed more than once")
            }
            Patent.validate(patent, path: path.description, rules: rules, into: &c)
            if let category = patent.pointee.registrableCategory, product.category.isDrug,
               category.productCategory != product.category
            {
                c.warning("\(path).registrableCategory", .linkageCategoryMismatch,
                          zh: "可登记类型\(category.rawValue)属于\(category.productCategory.name.zh)，而产品为\(product.category.name.zh)",
                          en: "registrable category \(category.rawValue) is for a \(category.productCategory.name.en), but the product is a \(product.category.name.en)")
            }
        }
        return PatentNumberSet(patents)
    }

    private func checkPatent(_ number: PatentNumber?, _ path: @autoclosure () -> String, _ numbers: PatentNumberSet, into c: inout IssueCollector) {
        guard let number, !numbers.contains(number) else { return }
        c.error(path(), .unknownPatent,
                zh: "本案专利列表中没有专利\(number)", en: "no such patent in this case: \(number)")
    }

    private func checkPatents(_ list: [PatentNumber], _ path: @autoclosure () -> String, _ numbers: PatentNumberSet, into c: inout IssueCollector) {
        if list.isEmpty {
            c.warning(path(), .noPatents, zh: "未列明涉及的专利", en: "names no patent")
        }
        for (index, number) in list.enumerated() {
            checkPatent(number, "\(path())[\(index)]", numbers, into: &c)
        }
    }

    /// Requires the id of element `index` of a list as a text, and unique in the list (`idAt`
    /// answers an element's id).
    private func checkUniqueID(
        _ id: String, at index: Int, _ path: @autoclosure () -> String, _ ids: inout RepeatFinder<String>,
        idAt: (Int) -> String?, into c: inout IssueCollector
    ) {
        c.requireText(id, path())
        if ids.repeats(id, at: index, keyAt: idAt) {
            let shown = id.escapedForMessage()
            c.error(path(), .duplicateID, zh: "编号\"\(shown)\"重复", en: "id \"\(shown)\" is used more than once")
        }
    }

    private func validateDeclarations(numbers: PatentNumberSet, into c: inout IssueCollector) {
        var declared = RepeatFinder<UInt64>(count: declarations.count)
        let declares = product.drugClass?.declaresAgainstReference ?? false
        declarations.forEachInPlace { index, declaration in
            let path = ElementPath("declarations", index)
            c.requireText(declaration.pointee.storedDeclarant, "\(path).declarant")
            if !declares {
                let what = product.drugClass.map { LocalizedText(zh: $0.name.zh, en: "an \($0.name.en)") }
                    ?? LocalizedText(zh: product.category.name.zh, en: "a \(product.category.name.en)")
                c.warning("\(path).category", .declarationByNonGeneric,
                          zh: "专利声明由仿制药、生物类似药或中药同名同方药申请人作出，本产品为\(what.zh)",
                          en: "patent-linkage declarations are made by generic, biosimilar or same-formula TCM applicants; this product is \(what.en)")
            }
            if declaration.pointee.category.namesPatent {
                if declaration.pointee.patent == nil {
                    c.error("\(path).patent", .missingPatent,
                            zh: "\(declaration.pointee.category.name.zh)须注明所涉专利",
                            en: "a \(declaration.pointee.category.name.en) declaration must name its patent")
                }
            } else if declaration.pointee.patent != nil {
                c.warning("\(path).patent", .patentOnCategoryOne,
                          zh: "一类声明表示无相关专利登记，不应注明专利",
                          en: "a category 1 declaration states that no patent is registered; it should name none")
            }
            checkPatent(declaration.pointee.patent, "\(path).patent", numbers, into: &c)
            if let number = declaration.pointee.patent {
                if declared.repeats(number.integerKey, at: index, keyAt: { declarations.readInPlace($0) { $0.pointee.patent?.integerKey } ?? nil }) {
                    c.warning("\(path).patent", .duplicateDeclaration,
                              zh: "对专利\(number)重复声明", en: "patent \(number) is declared more than once")
                }
                // For a category-2 or -3 declaration, the declared patent, looked up once where it
                // lies: whether it is registered on the platform, and whether it has a grant date.
                if declaration.pointee.category != .one, let found = patents.firstInPlace({ $0.pointee.number == number }, then: {
                    (registered: $0.pointee.registeredOnPlatform, granted: $0.pointee.grantDate != nil)
                }) {
                    if !found.registered {
                        c.warning("\(path).patent", .declaredPatentNotRegistered,
                                  zh: "专利\(number)未标记为已在平台登记", en: "patent \(number) is not marked as registered on the platform")
                    }
                    // A category-3 declaration undertakes not to market before a registered patent
                    // expires: without a grant date the patent cannot be in force, and the bar would
                    // silently disappear.
                    if declaration.pointee.category == .three, !found.granted {
                        c.error("\(path).patent", .category3PatentNotGranted,
                                zh: "三类声明所涉专利\(number)未注明授权日期，无法确定其有效期",
                                en: "patent \(number) under a category-3 declaration has no grant date, so its term cannot be established")
                    }
                }
            }
        }
    }

    private func validateCommitments(numbers: PatentNumberSet, into c: inout IssueCollector) {
        commitments.forEachInPlace { index, commitment in
            let path = ElementPath("commitments", index)
            if commitment.pointee.kind == .noMarketingBeforeExpiry && commitment.pointee.patent == nil {
                c.error("\(path).patent", .missingPatent,
                        zh: "专利权届满前不上市承诺须注明所涉专利",
                        en: "a commitment not to market before expiry must name its patent")
            }
            checkPatent(commitment.pointee.patent, "\(path).patent", numbers, into: &c)
            for (findingIndex, finding) in commitment.pointee.findings.enumerated() where finding.date < commitment.pointee.date {
                c.error("\(path).findings[\(findingIndex)].date", .findingBeforeCommitment,
                        zh: "认定日期\(finding.date)早于承诺日期\(commitment.pointee.date)",
                        en: "finding dated \(finding.date), before the commitment of \(commitment.pointee.date)")
            }
        }
    }

    private func validateObjections(numbers: PatentNumberSet, into c: inout IssueCollector) -> ObjectionDates {
        var ids = RepeatFinder<String>(count: objections.count)
        objections.forEachInPlace { index, objection in
            let path = ElementPath("objections", index)
            checkUniqueID(objection.pointee.id, at: index, "\(path).id", &ids, idAt: { objections.readInPlace($0) { $0.pointee.id } }, into: &c)
            c.requireText(objection.pointee.storedObjector, "\(path).objector")
            checkPatents(objection.pointee.patents, "\(path).patents", numbers, into: &c)
            if let withdrawn = objection.pointee.withdrawnOn, withdrawn < objection.pointee.receivedOn {
                c.error("\(path).withdrawnOn", .withdrawnBeforeReceived,
                        zh: "撤回日期\(withdrawn)早于收到日期\(objection.pointee.receivedOn)",
                        en: "withdrawn on \(withdrawn), before it was received on \(objection.pointee.receivedOn)")
            }
            if let outcome = objection.pointee.outcome, outcome.date < objection.pointee.receivedOn {
                c.error("\(path).outcome.date", .outcomeBeforeReceived,
                        zh: "异议处理结论日期\(outcome.date)早于收到日期\(objection.pointee.receivedOn)",
                        en: "objection outcome on \(outcome.date), before it was received on \(objection.pointee.receivedOn)")
            }
        }
        return ObjectionDates(objections)
    }

    private func validateOpinionRequests(objectionIDs: ObjectionDates, into c: inout IssueCollector) {
        var ids = RepeatFinder<String>(count: opinionRequests.count)
        opinionRequests.forEachInPlace { index, request in
            let path = ElementPath("opinionRequests", index)
            checkUniqueID(request.pointee.id, at: index, "\(path).id", &ids, idAt: { opinionRequests.readInPlace($0) { $0.pointee.id } }, into: &c)
            if let received = objectionIDs[request.pointee.objection] {
                if request.pointee.requestedOn < received {
                    c.error("\(path).requestedOn", .requestBeforeObjection,
                            zh: "请求日期\(request.pointee.requestedOn)早于异议收到日期\(received)",
                            en: "requested on \(request.pointee.requestedOn), before the objection was received on \(received)")
                }
            } else {
                c.error("\(path).objection", .unknownObjection,
                        zh: "本案没有编号为\"\(request.pointee.objection)\"的异议",
                        en: "no such objection in this case: \"\(request.pointee.objection)\"")
            }
            if request.pointee.deadline < request.pointee.requestedOn {
                c.error("\(path).deadline", .deadlineBeforeRequest,
                        zh: "规定期限\(request.pointee.deadline)早于请求日期\(request.pointee.requestedOn)",
                        en: "deadline \(request.pointee.deadline) is before the request date \(request.pointee.requestedOn)")
            }
            if let opinion = request.pointee.opinion, opinion.date < request.pointee.requestedOn {
                c.error("\(path).opinion.date", .opinionBeforeRequest,
                        zh: "意见日期\(opinion.date)早于请求日期\(request.pointee.requestedOn)",
                        en: "opinion given on \(opinion.date), before it was requested on \(request.pointee.requestedOn)")
            }
        }
    }

    private func validateDisputes(numbers: PatentNumberSet, into c: inout IssueCollector) {
        var ids = RepeatFinder<String>(count: disputes.count)
        disputes.forEachInPlace { index, dispute in
            let path = ElementPath("disputes", index)
            checkUniqueID(dispute.pointee.id, at: index, "\(path).id", &ids, idAt: { disputes.readInPlace($0) { $0.pointee.id } }, into: &c)
            c.requireText(dispute.pointee.storedClaimant, "\(path).claimant")
            c.requireText(dispute.pointee.storedRespondent, "\(path).respondent")
            checkPatents(dispute.pointee.patents, "\(path).patents", numbers, into: &c)
            if let resolution = dispute.pointee.resolution, resolution.date < dispute.pointee.filedOn {
                c.error("\(path).resolution.date", .resolutionBeforeFiling,
                        zh: "纠纷了结日期\(resolution.date)早于立案日期\(dispute.pointee.filedOn)",
                        en: "resolved on \(resolution.date), before it was filed on \(dispute.pointee.filedOn)")
            }
        }
    }

    private func validateRulings(numbers: PatentNumberSet, into c: inout IssueCollector) {
        var ids = RepeatFinder<String>(count: rulings.count)
        rulings.forEachInPlace { index, ruling in
            let path = ElementPath("rulings", index)
            checkUniqueID(ruling.pointee.id, at: index, "\(path).id", &ids, idAt: { rulings.readInPlace($0) { $0.pointee.id } }, into: &c)
            checkPatents(ruling.pointee.patents, "\(path).patents", numbers, into: &c)
            if let disputeID = ruling.pointee.dispute {
                if let dispute = dispute(id: disputeID) {
                    if ruling.pointee.effectiveOn < dispute.filedOn {
                        c.error("\(path).effectiveOn", .rulingBeforeDisputeFiled,
                                zh: "裁决/判决生效日期\(ruling.pointee.effectiveOn)早于纠纷立案日期\(dispute.filedOn)",
                                en: "effective on \(ruling.pointee.effectiveOn), before the dispute was filed on \(dispute.filedOn)")
                    }
                    if let resolution = dispute.resolution, resolution.kind != .decided,
                       resolution.date <= ruling.pointee.effectiveOn
                    {
                        c.warning("\(path).dispute", .rulingOnResolvedDispute,
                                  zh: "纠纷已于\(resolution.date)以\(resolution.kind.rawValue)方式了结，之后又有裁决/判决",
                                  en: "the dispute ended (\(resolution.kind.rawValue)) on \(resolution.date), before this ruling")
                    }
                } else {
                    c.error("\(path).dispute", .unknownDispute,
                            zh: "本案没有编号为\"\(disputeID)\"的纠纷", en: "no such dispute in this case: \"\(disputeID)\"")
                }
            }
            if let setAside = ruling.pointee.setAsideOn, setAside < ruling.pointee.effectiveOn {
                c.error("\(path).setAsideOn", .setAsideBeforeEffective,
                        zh: "撤销日期\(setAside)早于生效日期\(ruling.pointee.effectiveOn)",
                        en: "set aside on \(setAside), before it took effect on \(ruling.pointee.effectiveOn)")
            }
        }
    }

    private func validateExclusivities(numbers: PatentNumberSet, into c: inout IssueCollector) {
        exclusivities.forEachInPlace { index, exclusivity in
            let path = ElementPath("exclusivities", index)
            let length = exclusivity.pointee.length
            if let natural = exclusivity.pointee.start.saturatingAdding(length), length.value >= 0 {
                let maximum = exclusivity.pointee.kind.maximumLength
                let limit = exclusivity.pointee.start.saturatingAdding(maximum) ?? natural
                if natural > limit {
                    c.error("\(path).length", .exclusivityTooLong,
                            zh: "市场独占期\(length.text(in: .zh))超过法定上限\(maximum.text(in: .zh))",
                            en: "\(exclusivity.pointee.kind.rawValue) exclusivity of \(length) exceeds the legal maximum of \(maximum)")
                }
            } else {
                c.error("\(path).length", .invalidExclusivityLength,
                        zh: "市场独占期长度须为非负的日、周、月或年：\(length.text(in: .zh))",
                        en: "length must be a non-negative number of days, weeks, months or years: \(length)")
            }
            if let ended = exclusivity.pointee.endedOn, ended < exclusivity.pointee.start {
                c.error("\(path).endedOn", .exclusivityEndedBeforeStart,
                        zh: "终止日期\(ended)早于起始日期\(exclusivity.pointee.start)",
                        en: "ended on \(ended), before it started on \(exclusivity.pointee.start)")
            }
            checkPatent(exclusivity.pointee.challengedPatent, "\(path).challengedPatent", numbers, into: &c)
        }
    }

    private func validateCreditEvents(into c: inout IssueCollector) {
        creditEvents.forEachInPlace { index, event in
            let path = ElementPath("creditEvents", index)
            c.requireText(event.pointee.storedAuthority, "\(path).authority")
            let scheme = event.pointee.scheme.scheme
            if scheme.severity(of: event.pointee.level) == nil {
                c.error("\(path).level", .creditLevelNotInScheme,
                        zh: "等级\(event.pointee.level.name.zh)不属于\(scheme.source)的评定等级（\(scheme.levels.map(\.name.zh).joined(separator: "、"))）",
                        en: "level \(event.pointee.level.rawValue) is not a level of \(event.pointee.scheme.rawValue) (\(scheme.levels.map(\.rawValue).joined(separator: ", ")))")
            }
            let inForce = CreditRatingScheme.scheme(forRatingOn: event.pointee.date)
            if inForce.id != event.pointee.scheme {
                c.warning("\(path).scheme", .creditSchemeNotInForce,
                          zh: "\(event.pointee.date)的新评定应适用\(inForce.id.rawValue)而非\(event.pointee.scheme.rawValue)",
                          en: "a rating made on \(event.pointee.date) falls under \(inForce.id.rawValue), not \(event.pointee.scheme.rawValue)")
            }
            if let cleared = event.pointee.clearedOn, cleared < event.pointee.date {
                c.error("\(path).clearedOn", .clearedBeforeRating,
                        zh: "修复日期\(cleared)早于评定日期\(event.pointee.date)",
                        en: "cleared on \(cleared), before the rating of \(event.pointee.date)")
            }
        }
    }

    private func validateProcurement(into c: inout IssueCollector) {
        var previous: CivilDate?
        for (index, event) in procurementHistory.events.enumerated() {
            if let previous, event.date < previous {
                c.error("procurementHistory[\(index)].date", .procurementHistoryOutOfOrder,
                        zh: "采购记录未按日期排列：\(event.date)早于前一记录\(previous)",
                        en: "procurement history out of order: \(event.date) is before the previous event's \(previous)")
            }
            previous = max(previous ?? event.date, event.date)
            if let approved = product.approvalDate, event.date < approved,
               event.status == .listingApplication || event.status == .vbpParticipation {
                c.error("procurementHistory[\(index)].date", .applicationBeforeApproval,
                        zh: "\(event.status.name.zh)日期\(event.date)早于产品批准上市日期\(approved)",
                        en: "\(event.status.name.en) on \(event.date), before the product's approval on \(approved)")
            }
        }
        if let round {
            c.requireText(round.storedName, "round.name")
            if let approved = product.approvalDate, let applied = round.applicationDate, applied < approved {
                c.error("round.applicationDate", .applicationBeforeApproval,
                        zh: "申报日期\(applied)早于产品批准上市日期\(approved)",
                        en: "applied on \(applied), before the product's approval on \(approved)")
            }
        }
    }
}
