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
        for (index, patent) in patents.enumerated() {
            let path = ElementPath("patents", index)
            if numbers.repeats(patent.number.integerKey, at: index, keyAt: { patents[$0].number.integerKey }) {
                c.error("\(path).number", .duplicatePatentNumber,
                        zh: "专利号\(patent.number)重复", en: "patent \(patent.number) is listed more than once")
            }
            patent.validate(path: path.description, rules: rules, into: &c)
            if let category = patent.registrableCategory, product.category.isDrug,
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
        idAt: (Int) -> String, into c: inout IssueCollector
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
        for (index, declaration) in declarations.enumerated() {
            let path = ElementPath("declarations", index)
            c.requireText(declaration.storedDeclarant, "\(path).declarant")
            if !declares {
                let what = product.drugClass.map { LocalizedText(zh: $0.name.zh, en: "an \($0.name.en)") }
                    ?? LocalizedText(zh: product.category.name.zh, en: "a \(product.category.name.en)")
                c.warning("\(path).category", .declarationByNonGeneric,
                          zh: "专利声明由仿制药、生物类似药或中药同名同方药申请人作出，本产品为\(what.zh)",
                          en: "patent-linkage declarations are made by generic, biosimilar or same-formula TCM applicants; this product is \(what.en)")
            }
            if declaration.category.namesPatent {
                if declaration.patent == nil {
                    c.error("\(path).patent", .missingPatent,
                            zh: "\(declaration.category.name.zh)须注明所涉专利",
                            en: "a \(declaration.category.name.en) declaration must name its patent")
                }
            } else if declaration.patent != nil {
                c.warning("\(path).patent", .patentOnCategoryOne,
                          zh: "一类声明表示无相关专利登记，不应注明专利",
                          en: "a category 1 declaration states that no patent is registered; it should name none")
            }
            checkPatent(declaration.patent, "\(path).patent", numbers, into: &c)
            if let number = declaration.patent {
                if declared.repeats(number.integerKey, at: index, keyAt: { declarations[$0].patent?.integerKey }) {
                    c.warning("\(path).patent", .duplicateDeclaration,
                              zh: "对专利\(number)重复声明", en: "patent \(number) is declared more than once")
                }
                if declaration.category != .one, let patent = patent(number), !patent.registeredOnPlatform {
                    c.warning("\(path).patent", .declaredPatentNotRegistered,
                              zh: "专利\(number)未标记为已在平台登记", en: "patent \(number) is not marked as registered on the platform")
                }
                // A category-3 declaration undertakes not to market before a registered patent
                // expires: without a grant date the patent cannot be in force, and the bar would
                // silently disappear.
                if declaration.category == .three, let patent = patent(number), patent.grantDate == nil {
                    c.error("\(path).patent", .category3PatentNotGranted,
                            zh: "三类声明所涉专利\(number)未注明授权日期，无法确定其有效期",
                            en: "patent \(number) under a category-3 declaration has no grant date, so its term cannot be established")
                }
            }
        }
    }

    private func validateCommitments(numbers: PatentNumberSet, into c: inout IssueCollector) {
        for (index, commitment) in commitments.enumerated() {
            let path = ElementPath("commitments", index)
            if commitment.kind == .noMarketingBeforeExpiry && commitment.patent == nil {
                c.error("\(path).patent", .missingPatent,
                        zh: "专利权届满前不上市承诺须注明所涉专利",
                        en: "a commitment not to market before expiry must name its patent")
            }
            checkPatent(commitment.patent, "\(path).patent", numbers, into: &c)
            for (findingIndex, finding) in commitment.findings.enumerated() where finding.date < commitment.date {
                c.error("\(path).findings[\(findingIndex)].date", .findingBeforeCommitment,
                        zh: "认定日期\(finding.date)早于承诺日期\(commitment.date)",
                        en: "finding dated \(finding.date), before the commitment of \(commitment.date)")
            }
        }
    }

    private func validateObjections(numbers: PatentNumberSet, into c: inout IssueCollector) -> ObjectionDates {
        var ids = RepeatFinder<String>(count: objections.count)
        for (index, objection) in objections.enumerated() {
            let path = ElementPath("objections", index)
            checkUniqueID(objection.id, at: index, "\(path).id", &ids, idAt: { objections[$0].id }, into: &c)
            c.requireText(objection.storedObjector, "\(path).objector")
            checkPatents(objection.patents, "\(path).patents", numbers, into: &c)
            if let withdrawn = objection.withdrawnOn, withdrawn < objection.receivedOn {
                c.error("\(path).withdrawnOn", .withdrawnBeforeReceived,
                        zh: "撤回日期\(withdrawn)早于收到日期\(objection.receivedOn)",
                        en: "withdrawn on \(withdrawn), before it was received on \(objection.receivedOn)")
            }
            if let outcome = objection.outcome, outcome.date < objection.receivedOn {
                c.error("\(path).outcome.date", .outcomeBeforeReceived,
                        zh: "异议处理结论日期\(outcome.date)早于收到日期\(objection.receivedOn)",
                        en: "objection outcome on \(outcome.date), before it was received on \(objection.receivedOn)")
            }
        }
        return ObjectionDates(objections)
    }

    private func validateOpinionRequests(objectionIDs: ObjectionDates, into c: inout IssueCollector) {
        var ids = RepeatFinder<String>(count: opinionRequests.count)
        for (index, request) in opinionRequests.enumerated() {
            let path = ElementPath("opinionRequests", index)
            checkUniqueID(request.id, at: index, "\(path).id", &ids, idAt: { opinionRequests[$0].id }, into: &c)
            if let received = objectionIDs[request.objection] {
                if request.requestedOn < received {
                    c.error("\(path).requestedOn", .requestBeforeObjection,
                            zh: "请求日期\(request.requestedOn)早于异议收到日期\(received)",
                            en: "requested on \(request.requestedOn), before the objection was received on \(received)")
                }
            } else {
                c.error("\(path).objection", .unknownObjection,
                        zh: "本案没有编号为\"\(request.objection)\"的异议",
                        en: "no such objection in this case: \"\(request.objection)\"")
            }
            if request.deadline < request.requestedOn {
                c.error("\(path).deadline", .deadlineBeforeRequest,
                        zh: "规定期限\(request.deadline)早于请求日期\(request.requestedOn)",
                        en: "deadline \(request.deadline) is before the request date \(request.requestedOn)")
            }
            if let opinion = request.opinion, opinion.date < request.requestedOn {
                c.error("\(path).opinion.date", .opinionBeforeRequest,
                        zh: "意见日期\(opinion.date)早于请求日期\(request.requestedOn)",
                        en: "opinion given on \(opinion.date), before it was requested on \(request.requestedOn)")
            }
        }
    }

    private func validateDisputes(numbers: PatentNumberSet, into c: inout IssueCollector) {
        var ids = RepeatFinder<String>(count: disputes.count)
        for (index, dispute) in disputes.enumerated() {
            let path = ElementPath("disputes", index)
            checkUniqueID(dispute.id, at: index, "\(path).id", &ids, idAt: { disputes[$0].id }, into: &c)
            c.requireText(dispute.storedClaimant, "\(path).claimant")
            c.requireText(dispute.storedRespondent, "\(path).respondent")
            checkPatents(dispute.patents, "\(path).patents", numbers, into: &c)
            if let resolution = dispute.resolution, resolution.date < dispute.filedOn {
                c.error("\(path).resolution.date", .resolutionBeforeFiling,
                        zh: "纠纷了结日期\(resolution.date)早于立案日期\(dispute.filedOn)",
                        en: "resolved on \(resolution.date), before it was filed on \(dispute.filedOn)")
            }
        }
    }

    private func validateRulings(numbers: PatentNumberSet, into c: inout IssueCollector) {
        var ids = RepeatFinder<String>(count: rulings.count)
        for (index, ruling) in rulings.enumerated() {
            let path = ElementPath("rulings", index)
            checkUniqueID(ruling.id, at: index, "\(path).id", &ids, idAt: { rulings[$0].id }, into: &c)
            checkPatents(ruling.patents, "\(path).patents", numbers, into: &c)
            if let disputeID = ruling.dispute {
                if let dispute = dispute(id: disputeID) {
                    if ruling.effectiveOn < dispute.filedOn {
                        c.error("\(path).effectiveOn", .rulingBeforeDisputeFiled,
                                zh: "裁决/判决生效日期\(ruling.effectiveOn)早于纠纷立案日期\(dispute.filedOn)",
                                en: "effective on \(ruling.effectiveOn), before the dispute was filed on \(dispute.filedOn)")
                    }
                    if let resolution = dispute.resolution, resolution.kind != .decided,
                       resolution.date <= ruling.effectiveOn
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
            if let setAside = ruling.setAsideOn, setAside < ruling.effectiveOn {
                c.error("\(path).setAsideOn", .setAsideBeforeEffective,
                        zh: "撤销日期\(setAside)早于生效日期\(ruling.effectiveOn)",
                        en: "set aside on \(setAside), before it took effect on \(ruling.effectiveOn)")
            }
        }
    }

    private func validateExclusivities(numbers: PatentNumberSet, into c: inout IssueCollector) {
        for (index, exclusivity) in exclusivities.enumerated() {
            let path = ElementPath("exclusivities", index)
            let length = exclusivity.length
            if let natural = exclusivity.start.saturatingAdding(length), length.value >= 0 {
                let maximum = exclusivity.kind.maximumLength
                let limit = exclusivity.start.saturatingAdding(maximum) ?? natural
                if natural > limit {
                    c.error("\(path).length", .exclusivityTooLong,
                            zh: "市场独占期\(length.text(in: .zh))超过法定上限\(maximum.text(in: .zh))",
                            en: "\(exclusivity.kind.rawValue) exclusivity of \(length) exceeds the legal maximum of \(maximum)")
                }
            } else {
                c.error("\(path).length", .invalidExclusivityLength,
                        zh: "市场独占期长度须为非负的日、周、月或年：\(length.text(in: .zh))",
                        en: "length must be a non-negative number of days, weeks, months or years: \(length)")
            }
            if let ended = exclusivity.endedOn, ended < exclusivity.start {
                c.error("\(path).endedOn", .exclusivityEndedBeforeStart,
                        zh: "终止日期\(ended)早于起始日期\(exclusivity.start)",
                        en: "ended on \(ended), before it started on \(exclusivity.start)")
            }
            checkPatent(exclusivity.challengedPatent, "\(path).challengedPatent", numbers, into: &c)
        }
    }

    private func validateCreditEvents(into c: inout IssueCollector) {
        for (index, event) in creditEvents.enumerated() {
            let path = ElementPath("creditEvents", index)
            c.requireText(event.storedAuthority, "\(path).authority")
            let scheme = event.scheme.scheme
            if scheme.severity(of: event.level) == nil {
                c.error("\(path).level", .creditLevelNotInScheme,
                        zh: "等级\(event.level.name.zh)不属于\(scheme.source)的评定等级（\(scheme.levels.map(\.name.zh).joined(separator: "、"))）",
                        en: "level \(event.level.rawValue) is not a level of \(event.scheme.rawValue) (\(scheme.levels.map(\.rawValue).joined(separator: ", ")))")
            }
            let inForce = CreditRatingScheme.scheme(forRatingOn: event.date)
            if inForce.id != event.scheme {
                c.warning("\(path).scheme", .creditSchemeNotInForce,
                          zh: "\(event.date)的新评定应适用\(inForce.id.rawValue)而非\(event.scheme.rawValue)",
                          en: "a rating made on \(event.date) falls under \(inForce.id.rawValue), not \(event.scheme.rawValue)")
            }
            if let cleared = event.clearedOn, cleared < event.date {
                c.error("\(path).clearedOn", .clearedBeforeRating,
                        zh: "修复日期\(cleared)早于评定日期\(event.date)",
                        en: "cleared on \(cleared), before the rating of \(event.date)")
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
