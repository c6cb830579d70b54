import MedIPPolicy

/// `medip diff EARLIER LATER`: what the law is after a later edition, grouped by status.
extension CatalogCommands {
    /// The order statuses are shown in: the earlier edition's changes first, then what
    /// continues, then the later edition.
    static let statusOrder: [EditionStatus] = [
        .superseded, .tightened, .loosened, .raised, .lowered, .broadened, .narrowed, .shifted, .restated,
        .lapsed, .continues, .new, .successor,
    ]

    static let diff = Subcommand(
        ["diff"], summary: LocalizedText(zh: "按较晚版本的要求比较两个版本（例如 beijing-2024-5 beijing-2026-4）", en: "Compare two editions as the later one directs (e.g. beijing-2024-5 beijing-2026-4)"),
        help: LocalizedText(
            zh: """
                用法：medip diff EARLIER-DOCUMENT LATER-DOCUMENT [--as-of YYYY-MM-DD]
                                 [--format text|json|markdown] [--lang zh|en]

                按较晚版本通知的要求（此前发布的有关规定与本文不一致的，以此为准）读取：只有不一致之处
                让位。较早版本的每项措施得到一个状态，附理由和作为依据的条款——superseded（被取代）、
                tightened（收紧）、loosened（放宽）、raised（提高）、lowered（降低）、broadened（范围扩大）、
                narrowed（范围缩小）、shifted（调整）、restated（重申）、lapsed（目标已到期：其有期限的数值
                在 --as-of 之前已到期且未被重申）或 continues（继续有效）；较晚版本的每项措施为 new（新增）
                或 successor（承接此前措施）。数值和范围的变化按目录数据配对，从不按键名配对；每项事实只
                出现一次。计数以措施为单位。

                --as-of 默认为较晚版本的成文日期，且不得早于该日期。两个文件不是同一系列的版本，或顺序
                给反（较晚者在前）时，退出状态为 1；用法错误（同一文件给了两次、--as-of 早于较晚版本）
                时为 2。

                JSON：{"earlier","later","asOf","basis":{"zh","en"}|null,
                  "counts":{"earlier":{STATUS:n},"later":{STATUS:n}},
                  "earlierMeasures":[{"measure","heading","status","reason","clause","clauseIn","by":[id],
                    "changes":[{"direction","by","earlier"?:ITEM,"later"?:ITEM}],
                    "lapsed":[ITEM],"continuing":[ITEM],"related":[id]}],
                  "laterMeasures":[{"measure","heading","status","succeeds":[id],"newFigures":[ITEM],"related":[id]}]}
                ITEM：{"aspect":"target|timeLimit|scope","key","subject":{"zh","en"},"text":{"zh","en"},
                  "value"?,"unit"?,"period"?,"hedge"?,"role"?}——text.zh 为原文所印；标有 ? 的键在不适用时
                  不出现（没有较早数值的变化没有 "earlier"）。
                Markdown（--format markdown）即收录为 Documentation/Editions-2024-2026.md 的简报。
                """,
            en: """
                USAGE: medip diff EARLIER-DOCUMENT LATER-DOCUMENT [--as-of YYYY-MM-DD]
                                  [--format text|json|markdown] [--lang zh|en]

                Reads the later edition's notice (此前发布的有关规定与本文不一致的，以此为准): only what is
                inconsistent yields. Every measure of the earlier edition gets one status with its
                reason and the clause that justifies it — superseded, tightened, loosened, raised,
                lowered, broadened, narrowed, shifted, restated, lapsed (its dated figures ended before
                --as-of and are not restated) or continues — and every measure of the later edition is
                new or a successor. Figure and scope changes are paired by the catalog's data, never by
                key names; each fact appears once. Counts are of measures.

                --as-of defaults to the date the later edition bears, and may not be earlier. Exit 1 when
                the documents are not editions of one series, or are given in the wrong order (later
                first); 2 for a usage error (the same document twice, --as-of before the later edition).

                JSON: {"earlier","later","asOf","basis":{"zh","en"}|null,
                  "counts":{"earlier":{STATUS:n},"later":{STATUS:n}},
                  "earlierMeasures":[{"measure","heading","status","reason","clause","clauseIn","by":[id],
                    "changes":[{"direction","by","earlier"?:ITEM,"later"?:ITEM}],
                    "lapsed":[ITEM],"continuing":[ITEM],"related":[id]}],
                  "laterMeasures":[{"measure","heading","status","succeeds":[id],"newFigures":[ITEM],"related":[id]}]}
                ITEM: {"aspect":"target|timeLimit|scope","key","subject":{"zh","en"},"text":{"zh","en"},
                  "value"?,"unit"?,"period"?,"hedge"?,"role"?} — text.zh is as printed; a key marked ? is
                  absent when it does not apply (a change with no earlier figure has no "earlier").
                Markdown (--format markdown) is the briefing checked in as Documentation/Editions-2024-2026.md.
                """)
    ) { args, io throws(CommandError) in
        let arguments = try Arguments(args, options: ["as-of", "format", "lang"])
        try arguments.expectPositionals(atMost: 2)
        let earlier = try documentID(try arguments.positional(0, "EARLIER-DOCUMENT"))
        let later = try documentID(try arguments.positional(1, "LATER-DOCUMENT"))
        guard earlier != later else {
            throw .usage(
                zh: "EARLIER-DOCUMENT 和 LATER-DOCUMENT 都是 \(earlier)；请给出两个版本，例如 beijing-2024-5 beijing-2026-4",
                en: "EARLIER-DOCUMENT and LATER-DOCUMENT are both \(earlier); name two editions, e.g. beijing-2024-5 beijing-2026-4")
        }
        let asOf = try arguments.option("as-of").map { text throws(CommandError) in try Arguments.date(text, "--as-of") }
        if let asOf, let dated = catalog.document(later)?.dated, asOf < dated {
            throw .usage(
                zh: "--as-of（\(asOf)）早于 \(later) 的成文日期（\(dated)）；比较读取的是较晚版本制定之后的规定",
                en: "--as-of (\(asOf)) is before \(later) exists (it is dated \(dated)); the comparison reads the law once the later edition is made")
        }
        let language = try arguments.language()
        let format = try OutputFormat.parse(arguments, allowed: [.text, .json, .markdown])
        let result: EditionComparison
        do throws(CatalogError) { result = try catalog.compare(earlier, later, asOf: asOf) } catch {
            let code: String
            switch error {
            case .reversedEditions: code = "reversedEditions"
            case .notEditions: code = "notEditions"
            default: code = "badInput"
            }
            throw .badInput(error.localizedMessage, code: code)
        }
        switch format {
        case .json: io.print(try JSONOutput.encode(ComparisonRecord(result)))
        case .markdown: io.print(markdown(result, language))
        default: io.print(text(result, language))
        }
        return 0
    }

    /// `beijing-2024-5#12 heading`.
    static func title(_ id: MeasureID, _ language: Language) -> String {
        "\(id) \(catalog.measure(id)?.heading[language] ?? "")"
    }

    /// One figure or scope as printed, with its hedge, period and role.
    static func describe(_ item: ComparedItem?, _ language: Language) -> String {
        guard let item else { return language == .zh ? "（无）" : "(none)" }
        var text = item.text.zh
        if let period = item.period, period.kind == .year || period.kind == .byEndOfYear, let year = period.year {
            text += language == .zh ? "（\(period.kind == .year ? "" : "截至")\(year)年）" : " (\(period))"
        }
        if let role = item.role { text += language == .zh ? "（\(role.label.zh)）" : " (\(role.label.en))" }
        return text
    }

    /// One change as a line: `raised · target · metric: old → new (by id)`.
    static func describe(_ change: ComparedChange, _ language: Language) -> String {
        let item = change.later ?? change.earlier
        let aspect: LocalizedText = switch item?.aspect ?? .scope {
        case .target: LocalizedText(zh: "目标", en: "target")
        case .timeLimit: LocalizedText(zh: "时限", en: "time limit")
        case .scope: LocalizedText(zh: "范围", en: "scope")
        }
        let subject = item?.subject[language] ?? ""
        return "\(change.direction.label[language]) · \(aspect[language]) · \(subject)\(language == .zh ? "：" : ": ")"
            + "\(describe(change.earlier, language)) → \(describe(change.later, language))"
            + (language == .zh ? "（\(change.by)）" : " (\(change.by))")
    }

    static func counts(_ result: EditionComparison, later: Bool, _ language: Language) -> String {
        let statuses = statusOrder.filter { ($0 == .new || $0 == .successor) == later && result.count($0) > 0 }
        return statuses.map { "\($0.label[language]) \(result.count($0))" }.joined(separator: language == .zh ? "，" : ", ")
    }

    static func text(_ result: EditionComparison, _ language: Language) -> String {
        let zh = language == .zh
        var lines: [String] = []
        lines.append("\(result.earlier) → \(result.later)" + (zh ? "（截至\(result.asOf)）" : " (as of \(result.asOf))"))
        if let basis = result.basis { lines.append((zh ? "依据：" : "Basis: ") + basis[language]) }
        lines.append((zh ? "\(result.earlier) 的 \(result.earlierMeasures.count) 项措施：" : "\(result.earlierMeasures.count) measures of \(result.earlier): ")
            + counts(result, later: false, language))
        for status in statusOrder where status != .new && status != .successor {
            let group = result.earlierMeasures.filter { $0.status == status }
            guard !group.isEmpty else { continue }
            lines.append("")
            lines.append(zh ? "\(status.label.zh)（\(group.count)项措施）：" : "\(status.label.en.capitalizedFirst) (\(measureCount(group.count))):")
            for outcome in group {
                lines.append("  \(title(outcome.measure, language))")
                lines.append("      " + outcome.reason[language])
                for change in outcome.changes { lines.append("      " + describe(change, language)) }
                for item in outcome.lapsed { lines.append("      " + (zh ? "已到期：" : "lapsed: ") + describe(item, language)) }
                for item in outcome.continuing { lines.append("      " + (zh ? "继续有效：" : "continues: ") + describe(item, language)) }
                if !outcome.related.isEmpty {
                    lines.append("      " + (zh ? "相关：" : "related: ") + outcome.related.map(\.description).joined(separator: zh ? "、" : ", "))
                }
            }
        }
        lines.append("")
        lines.append((zh ? "\(result.later) 的 \(result.laterMeasures.count) 项措施：" : "\(result.laterMeasures.count) measures of \(result.later): ")
            + counts(result, later: true, language))
        for status in [EditionStatus.new, .successor] {
            let group = result.laterMeasures.filter { $0.status == status }
            guard !group.isEmpty else { continue }
            lines.append("")
            lines.append(zh ? "\(status.label.zh)（\(group.count)项措施）：" : "\(status.label.en.capitalizedFirst) (\(measureCount(group.count))):")
            for outcome in group {
                var line = "  \(title(outcome.measure, language))"
                if !outcome.succeeds.isEmpty {
                    line += zh ? "  承接 " : "  succeeds "
                    line += outcome.succeeds.map(\.description).joined(separator: zh ? "、" : ", ")
                }
                lines.append(line)
                if !outcome.newFigures.isEmpty {
                    lines.append("      " + (zh ? "新目标／时限：" : "new figures: ")
                        + outcome.newFigures.map { describe($0, language) }.joined(separator: zh ? "；" : "; "))
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    static func markdown(_ result: EditionComparison, _ language: Language) -> String {
        let zh = language == .zh
        let earlierNumber = catalog.document(result.earlier)?.number ?? result.earlier.rawValue
        let laterNumber = catalog.document(result.later)?.number ?? result.later.rawValue
        var lines: [String] = []
        lines.append(zh ? "# \(earlierNumber) → \(laterNumber)：现行规定" : "# \(earlierNumber) → \(laterNumber): what the law now is")
        lines.append("")
        let command = "medip diff \(result.earlier) \(result.later) --format markdown" + (zh ? " --lang zh" : "")
        lines.append(zh ? "<!-- 由 `\(command)` 生成，请勿手工编辑。 -->" : "<!-- Generated by `\(command)`; do not edit by hand. -->")
        lines.append("")
        lines.append(zh
            ? "截至 \(result.asOf)。每项措施一个状态，附理由和所依据的原文条款；数字和范围的变化按含义配对（目录数据），每项事实只出现一次。计数单位为措施。"
            : "As of \(result.asOf). One status per measure, with its reason and the clause that justifies it; figure and scope changes are paired by meaning (catalog data), and each fact appears once. Counts are of measures.")
        if let basis = result.basis {
            lines.append("")
            lines.append(zh
                ? "依据：\(basis.zh)（「此前发布的有关规定与本文不一致的，以此为准」）"
                : "Basis: \(basis.en) (「此前发布的有关规定与本文不一致的，以此为准」)")
        }
        lines.append("")
        lines.append(zh ? "| 状态 | 措施数 |" : "| status | measures |")
        lines.append("|---|---|")
        for status in statusOrder where result.count(status) > 0 {
            let side = status == .new || status == .successor ? result.later : result.earlier
            lines.append("| \(zh ? status.label.zh : status.label.en.capitalizedFirst) (\(side)) | \(result.count(status)) |")
        }
        for status in statusOrder where status != .new && status != .successor {
            let group = result.earlierMeasures.filter { $0.status == status }
            guard !group.isEmpty else { continue }
            lines.append("")
            lines.append("## \(zh ? status.label.zh : status.label.en.capitalizedFirst) (\(group.count))")
            for outcome in group {
                lines.append("")
                lines.append("- **\(title(outcome.measure, language))**")
                lines.append("  - " + (zh ? outcome.reason.zh : outcome.reason.en.capitalizedFirst))
                lines.append("  - " + (zh ? "条款（\(outcome.clauseIn)）：«\(outcome.clause)»" : "Clause (\(outcome.clauseIn)): «\(outcome.clause)»"))
                for change in outcome.changes { lines.append("  - " + (zh ? describe(change, language) : describe(change, language).capitalizedFirst)) }
                for item in outcome.lapsed { lines.append("  - " + (zh ? "已到期：" : "Lapsed: ") + describe(item, language)) }
                for item in outcome.continuing { lines.append("  - " + (zh ? "继续有效：" : "Continues: ") + describe(item, language)) }
                if !outcome.related.isEmpty {
                    lines.append("  - " + (zh ? "相关：" : "Related: ") + outcome.related.map(\.description).joined(separator: ", "))
                }
            }
        }
        for status in [EditionStatus.successor, .new] {
            let group = result.laterMeasures.filter { $0.status == status }
            guard !group.isEmpty else { continue }
            lines.append("")
            lines.append("## \(zh ? status.label.zh : status.label.en.capitalizedFirst) — \(result.later) (\(group.count))")
            lines.append("")
            let successors = status == .successor
            lines.append(zh
                ? (successors ? "| 措施 | 承接 | 新目标／时限 |" : "| 措施 | 新目标／时限 |")
                : (successors ? "| measure | succeeds | new figures |" : "| measure | new figures |"))
            lines.append(successors ? "|---|---|---|" : "|---|---|")
            for outcome in group {
                let figures = outcome.newFigures.map { describe($0, language) }.joined(separator: zh ? "；" : "; ")
                let succeeds = successors ? " \(outcome.succeeds.map(\.description).joined(separator: ", ")) |" : ""
                lines.append("| \(title(outcome.measure, language)) |\(succeeds) \(figures.isEmpty ? "—" : figures) |")
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// `1 measure`, `2 measures`.
func measureCount(_ count: Int) -> String { count == 1 ? "1 measure" : "\(count) measures" }

extension String {
    /// The string with its first character upper-cased (`continues` → `Continues`).
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

/// The JSON shape of `medip diff` (documented in its help).
struct ComparisonRecord: Encodable {
    var earlier: DocumentID
    var later: DocumentID
    var asOf: CivilDate
    var basis: LocalizedText?
    var counts: [String: [String: Int]]
    var earlierMeasures: [EarlierMeasureOutcome]
    var laterMeasures: [LaterMeasureOutcome]

    init(_ result: EditionComparison) {
        earlier = result.earlier
        later = result.later
        asOf = result.asOf
        basis = result.basis
        var earlierCounts: [String: Int] = [:]
        for outcome in result.earlierMeasures { earlierCounts[outcome.status.rawValue, default: 0] += 1 }
        var laterCounts: [String: Int] = [:]
        for outcome in result.laterMeasures { laterCounts[outcome.status.rawValue, default: 0] += 1 }
        counts = ["earlier": earlierCounts, "later": laterCounts]
        earlierMeasures = result.earlierMeasures
        laterMeasures = result.laterMeasures
    }

    enum CodingKeys: String, CodingKey { case earlier, later, asOf, basis, counts, earlierMeasures, laterMeasures }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(earlier, forKey: .earlier)
        try c.encode(later, forKey: .later)
        try c.encode(asOf, forKey: .asOf)
        if let basis { try c.encode(basis, forKey: .basis) } else { try c.encodeNil(forKey: .basis) }
        try c.encode(counts, forKey: .counts)
        try c.encode(earlierMeasures, forKey: .earlierMeasures)
        try c.encode(laterMeasures, forKey: .laterMeasures)
    }
}
