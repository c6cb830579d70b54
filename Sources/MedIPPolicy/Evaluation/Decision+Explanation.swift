extension Decision {
    /// The decision as readable text in Chinese or English: the regime, the disposition and its
    /// reasons, then obligations, consequences, flags, and the rules set aside — each citing its
    /// rule and measure.
    public func explanation(in language: Language, catalog: Catalog = .standard) -> String {
        let zh = language == .zh
        var lines: [String] = []
        let documents = regime.documents.compactMap { catalog.document($0)?.number }
        lines.append(zh
            ? "案件 \(caseID)，评估日 \(asOf)，\(regime.jurisdiction.name.zh)适用：\(documents.isEmpty ? "（无生效文件）" : documents.joined(separator: "、"))"
            : "Case \(caseID) as of \(asOf), \(regime.jurisdiction.name.en), applying: \(documents.isEmpty ? "(no document in force)" : documents.joined(separator: ", "))")
        lines.append((zh ? "处理结果：" : "Disposition: ") + Decision.render(disposition, language))
        for other in concurrentDispositions {
            lines.append((zh ? "同时：" : "Also: ") + Decision.render(other, language))
        }
        if disposition.rules.isEmpty {
            lines.append((zh ? "  理由：" : "  Because: ") + disposition.basis.statement[language] + (zh ? "。" : "."))
        }
        for rule in disposition.rules {
            lines.append("  " + (zh ? "依据 " : "by ") + Decision.cite(rule, catalog, language) + Decision.because(rule, trace, language))
        }
        if let patent = disposition.blockingPatent { lines.append("  " + Decision.blocking(patent, language)) }
        if !obligations.isEmpty {
            lines.append(zh ? "义务：" : "Obligations:")
            for obligation in obligations {
                let actor = Department.lookup(obligation.actor).map { zh ? $0.shortName : $0.name.en } ?? obligation.actor.rawValue
                let late = obligation.isOverdue(on: asOf)
                let due = obligation.due.map { date in
                    zh ? "（期限 \(date)\(late ? "，已逾期" : "")）" : " (due \(date)\(late ? ", overdue" : ""))"
                } ?? obligation.unknownDue.map { zh ? "（\($0.message.zh)）" : " (\($0.message.en))" } ?? ""
                let label = obligation.modality.obligationLabel
                // The force is shown in brackets; an action that starts with the same word
                // (「可以在规定期限内…」, "may give …") does not repeat it after them.
                let action = obligation.action[language].droppingLeadingWord(label[language], zh)
                lines.append("  - \(actor)\(zh ? "（\(label.zh)）" : " (\(label.en))")：\(action)\(due) — \(obligation.rules.map(\.description).joined(separator: ", "))"
                    .replacingColon(zh))
            }
        }
        if !conflicts.isEmpty {
            lines.append(zh ? "时限冲突（文件未规定何者优先）：" : "Conflicting time limits (the texts do not say which yields):")
            for conflict in conflicts {
                let deadline = Decision.cite(conflict.deadlineRule, catalog, language)
                let hold = Decision.cite(conflict.holdRule, catalog, language)
                lines.append(zh
                    ? "  - \(deadline) 要求 \(conflict.deadline) 前办结，但 \(hold) 使产品\(conflict.holdKind.label.zh)至 \(conflict.holdUntil)"
                    : "  - \(deadline) requires completion by \(conflict.deadline), but \(hold) holds the product (\(conflict.holdKind.label.en)) until \(conflict.holdUntil)")
            }
        }
        if !consequences.isEmpty {
            lines.append(zh ? "后果：" : "Consequences:")
            for consequence in consequences {
                lines.append("  - \(consequence.kind.label[language]) — \(consequence.rules.map(\.description).joined(separator: ", "))")
            }
        }
        if !flags.isEmpty {
            lines.append(zh ? "提示：" : "Flags:")
            for flag in flags {
                lines.append("  - \(flag.kind.label[language]) — \(flag.rules.map(\.description).joined(separator: ", "))")
            }
        }
        let setAside = trace?.overridden ?? []
        if !setAside.isEmpty || !supersededDispositions.isEmpty {
            lines.append(zh ? "未采用：" : "Set aside:")
            for fired in setAside {
                lines.append("  - \(fired.rule) " + (zh ? "被 " : "overridden by ") + fired.overriddenBy.map(\.description).joined(separator: ", ") + (zh ? " 排除（例外规则）" : " (exception)"))
            }
            for other in supersededDispositions {
                lines.append("  - \(Decision.render(other, language)) — " + (zh ? "让位于更严格的处理结果" : "yields to the more restrictive disposition"))
                if let patent = other.blockingPatent { lines.append("    " + Decision.blocking(patent, language)) }
            }
        }
        return lines.joined(separator: "\n")
    }

    static func render(_ disposition: ResolvedDisposition, _ language: Language) -> String {
        var text = disposition.kind.label[language]
        if let date = disposition.date {
            switch (disposition.kind, language) {
            case (.deferUntil, .zh): text += "，\(date) 起方可挂网"
            case (.deferUntil, .en): text += ": not before \(date)"
            case (.awaitOpinion, .zh): text += "，至 \(date)"
            case (.awaitOpinion, .en): text += " until \(date)"
            case (.greenChannel, .zh): text += "，\(date) 前办结"
            case (.greenChannel, .en): text += ", due by \(date)"
            case (_, .zh): text += "（\(date)）"
            case (_, .en): text += " (\(date))"
            }
        } else if let unknown = disposition.unknownDate {
            text += language == .zh ? "（\(unknown.message.zh)）" : " (\(unknown.message.en))"
        }
        return text
    }

    /// The blocking patent's line: its number, the case field naming it, and how its date arises.
    static func blocking(_ patent: BlockingPatent, _ language: Language) -> String {
        language == .zh
            ? "阻碍专利 \(patent.number)（\(patent.source)，\(patent.type.name.zh)）：\(patent.computation.zh)"
            : "blocking patent \(patent.number) (\(patent.source), \(patent.type.name.en)): \(patent.computation.en)"
    }

    static func cite(_ rule: RuleID, _ catalog: Catalog, _ language: Language) -> String {
        guard let document = catalog.document(rule.measure.document),
              let measure = document.measure(rule.measure.ordinal)
        else { return rule.description }
        return "\(document.number)\(measure.id.label)\(measure.heading[language]) [\(rule)]"
    }

    static func because(_ rule: RuleID, _ trace: Trace?, _ language: Language) -> String {
        guard let fired = trace?.fired.first(where: { $0.rule == rule }) else { return "" }
        let reasons = fired.facts.map { fact -> String in
            let statement = fact.predicate.statement[language]
            if fact.holds { return statement }
            return language == .zh ? "并非“\(statement)”" : "not: \(statement)"
        }
        return language == .zh ? "：" + reasons.joined(separator: "；") : ": " + reasons.joined(separator: "; ")
    }
}

private extension String {
    /// Chinese text uses the full-width colon after the actor; English the ASCII one.
    func replacingColon(_ zh: Bool) -> String { zh ? self : replacing("：", with: ": ") }

    /// The text without `word` at its start (in English, the word and the space after it), when
    /// something follows; otherwise the text as it is.
    func droppingLeadingWord(_ word: String, _ zh: Bool) -> String {
        let prefix = zh ? word : word + " "
        guard !word.isEmpty, hasPrefix(prefix), count > prefix.count else { return self }
        return String(dropFirst(prefix.count))
    }
}

extension Modality {
    /// How an obligation of this force reads after its actor in an explanation: "须" / "must",
    /// "可以" / "may", "承诺" / "commits" (a time limit the text sets without a modal word).
    var obligationLabel: LocalizedText {
        switch self {
        case .commit: LocalizedText(zh: "承诺", en: "commits")
        default: label
        }
    }
}
