import MedIPPolicy

/// The summary `medip screen` writes on standard error, in Chinese or English (`--lang`).
/// Codes the summary counts by (dispositions, failure stages, change kinds) are shown by their
/// labels; measure ids, dates and the rule-set digest as they are.
extension ScreeningCommands {
    /// The screening summary: counts, dispositions, failures by stage, measures cited, audit line.
    static func render(_ summary: ScreeningSummary, _ language: Language) -> String {
        let zh = language == .zh
        var lines = [zh
            ? "已筛查 \(summary.total) 件案件：\(summary.decided) 件已作出决定，\(summary.failed) 件失败"
            : "screened \(summary.total) cases: \(summary.decided) decided, \(summary.failed) failed"]
        if summary.overdue > 0 {
            lines.append(zh ? "有义务已逾期：\(summary.overdue) 件" : "with an obligation past its due date: \(summary.overdue)")
        }
        if summary.unknownDates > 0 {
            lines.append(zh
                ? "有日期未知（该年份无工作日安排；可用 --schedule 补充）：\(summary.unknownDates) 件"
                : "with a date unknown (no working-day schedule for its year; add it with --schedule): \(summary.unknownDates)")
        }
        for (kind, count) in byCount(summary.dispositions) {
            lines.append("  \(dispositionLabel(kind, language))\(zh ? "：" : ": ")\(count)")
        }
        if !summary.failures.isEmpty {
            lines.append(zh ? "失败：" : "failures:")
            for (stage, count) in summary.failures.sorted(by: { $0.key < $1.key }) {
                lines.append("  \(stageLabel(stage, language))\(zh ? "：" : ": ")\(count)")
            }
        }
        if !summary.measures.isEmpty {
            lines.append(zh ? "引用的措施：" : "measures cited:")
            for (measure, count) in byCount(summary.measures) { lines.append("  \(measure)\(zh ? "：" : ": ")\(count)") }
        }
        if let digest = summary.ruleSetDigest {
            let library = summary.libraryVersion ?? "?"
            let schema = summary.decisionSchemaVersion.map(String.init) ?? "?"
            lines.append(zh
                ? "依据规则集 \(digest) 作出（库版本 \(library)，决定格式版本 \(schema)）"
                : "decided under rule set \(digest) (library \(library), decision schema \(schema))")
        }
        return lines.joined(separator: "\n")
    }

    /// The horizon part of the summary: how many cases change, by kind of change and by month.
    static func render(_ ahead: HorizonSummary, asOf: CivilDate, _ language: Language) -> String {
        let zh = language == .zh
        var lines = [zh
            ? "\(asOf) 之后至 \(ahead.through)（含）决定将变化：\(ahead.changing) 件"
            : "changing after \(asOf) and on or before \(ahead.through): \(ahead.changing)"]
        for (kind, count) in byCount(ahead.byKind) {
            lines.append("  \(changeKindLabel(kind, language))\(zh ? "：" : ": ")\(count)")
        }
        if !ahead.byMonth.isEmpty {
            lines.append(zh ? "按下一次变化的月份：" : "by month of the next change:")
            for (month, count) in ahead.byMonth.sorted(by: { $0.key < $1.key }) { lines.append("  \(month)\(zh ? "：" : ": ")\(count)") }
        }
        return lines.joined(separator: "\n")
    }

    /// Counts by descending count, then key.
    static func byCount(_ counts: [String: Int]) -> [(key: String, value: Int)] {
        counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
    }

    /// A disposition kind's name in `language` (English: the kind's code, as before).
    static func dispositionLabel(_ kind: String, _ language: Language) -> String {
        guard language == .zh, let known = DispositionKind(rawValue: kind) else { return kind }
        return known.label.zh
    }

    /// A failure stage's name in `language` (English: the stage's code).
    static func stageLabel(_ stage: String, _ language: Language) -> String {
        guard language == .zh, let known = ScreeningFailure.Stage(rawValue: stage) else { return stage }
        let names: [ScreeningFailure.Stage: String] = [.decoding: "读取", .validation: "校验", .evaluation: "决定"]
        return names[known] ?? stage
    }

    /// A change kind of ``HorizonSummary/byKind`` in `language`: `before→after` dispositions or
    /// a ``TimelineAspect`` (English: the key as counted).
    static func changeKindLabel(_ key: String, _ language: Language) -> String {
        guard language == .zh else { return key }
        let parts = key.split(separator: "→").map(String.init)
        if parts.count == 2 { return parts.map { dispositionLabel($0, language) }.joined(separator: " → ") }
        return TimelineAspect(rawValue: key)?.label.zh ?? key
    }
}
