extension Timeline {
    /// The timeline as readable text in Chinese or English: a heading with the window and the
    /// number of changes, the assumption (``assumption``), then one line per segment (its dates
    /// and disposition) and, for each change, what changed and why; then the segment's
    /// obligations (code, what is to be done, due date), consequences and flags.
    public func explanation(in language: Language, catalog: Catalog = .standard) -> String {
        let zh = language == .zh
        var lines: [String] = []
        let count = changes.count
        let jurisdiction = segments.first?.decision.regime.jurisdiction.name[language] ?? ""
        lines.append(zh
            ? "案件 \(caseID)，\(from) 至 \(through)，\(jurisdiction)：\(count) 次变化"
            : "Case \(caseID), \(from) to \(through), \(jurisdiction): \(count) change\(count == 1 ? "" : "s")")
        lines.append(Timeline.assumption[language])
        for segment in segments {
            lines.append("")
            lines.append("\(segment.from) – \(segment.through)  " + Decision.render(segment.decision.disposition, language))
            if let change = segment.change {
                lines.append((zh ? "  变化：" : "  changed: ") + change.summary(in: language, catalog: catalog))
                if !change.causes.isEmpty {
                    lines.append((zh ? "  原因：" : "  because: ")
                        + change.causes.map { $0.label[language] }.joined(separator: zh ? "；" : "; "))
                }
            }
            let decision = segment.decision
            for obligation in decision.obligations {
                let due = obligation.due.map { zh ? "，期限 \($0)" : ", due \($0)" }
                    ?? obligation.unknownDue.map { zh ? "，\($0.message.zh)" : ", \($0.message.en)" } ?? ""
                let late = obligation.overdueSince.map { zh ? "，\($0) 起逾期" : ", overdue from \($0)" } ?? ""
                let action = (zh ? "：" : ": ") + obligation.action[language]
                lines.append((zh ? "  义务 " : "  obligation ") + obligation.code + action + due + late)
            }
            for consequence in decision.consequences {
                lines.append((zh ? "  后果 " : "  consequence ") + consequence.kind.label[language])
            }
            for flag in decision.flags {
                lines.append((zh ? "  提示 " : "  flag ") + flag.kind.label[language])
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension TimelineChange {
    /// What changed, in one line: each aspect with its details, e.g. `disposition (deferred:
    /// not before 2029-06-18 → ordinary procedure); flags (− compliance reminder …)`.
    public func summary(in language: Language, catalog: Catalog = .standard) -> String {
        let zh = language == .zh
        let separator = zh ? "、" : ", "
        var parts: [String] = []
        for aspect in aspects {
            var details: [String] = []
            if aspect == .regime {
                details = documentsTakingEffect.map { catalog.document($0)?.number ?? $0.rawValue }.map { "+ \($0)" }
            } else if aspect == .disposition {
                details = [dispositionBefore.label[language] + " → " + dispositionAfter.label[language]]
            } else if aspect == .dispositionDate {
                let none = zh ? "无" : "none"
                details = [(dispositionDateBefore?.description ?? none) + " → " + (dispositionDateAfter?.description ?? none)]
            } else if aspect == .obligations {
                details = obligationsAdded.map { "+ \($0)" } + obligationsRemoved.map { "− \($0)" }
            } else if aspect == .overdue {
                details = obligationsOverdue
            } else if aspect == .consequences {
                details = consequencesAdded.map { "+ " + $0.label[language] } + consequencesRemoved.map { "− " + $0.label[language] }
            } else if aspect == .flags {
                details = flagsAdded.map { "+ " + $0.label[language] } + flagsRemoved.map { "− " + $0.label[language] }
            }
            let name = aspect.label[language]
            parts.append(details.isEmpty ? name : (zh ? "\(name)（\(details.joined(separator: separator))）" : "\(name) (\(details.joined(separator: separator)))"))
        }
        return parts.joined(separator: zh ? "；" : "; ")
    }
}
