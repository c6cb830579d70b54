import MedIPPolicy

/// `medip documents`, `show`, `measures`, `diff`, `targets`: the policy catalog for analysts.
enum CatalogCommands {
    /// Every subcommand of the group, in help order.
    static let all: [Subcommand] = [documents, show, measures, diff, targets]

    static let catalog = Catalog.standard

    static func documentID(_ text: String) throws(CommandError) -> DocumentID {
        let id = DocumentID(rawValue: text)
        guard catalog.document(id) != nil else {
            // A measure id (`beijing-2024-5#12`) names its document before the `#`.
            let documentPart = text.split(separator: "#", maxSplits: 1).first.map(String.init) ?? text
            let measureDocument = catalog.document(DocumentID(rawValue: documentPart)) != nil && documentPart != text ? documentPart : nil
            let hint = measureDocument.map { LocalizedText(zh: "；这是措施编号：请给出它的文件 \($0)", en: "; that is a measure id: give its document, \($0)") }
                ?? text.closestMatch(among: catalog.documents.map(\.id.rawValue))
                    .map { LocalizedText(zh: "；是否应为 \($0)？", en: "; did you mean \($0)?") }
                ?? LocalizedText(zh: "", en: "")
            let message = CatalogError.unknownDocument(id).localizedMessage
            throw .badInput(zh: message.zh + hint.zh, en: message.en + hint.en, code: "unknownDocument")
        }
        return id
    }

    /// The measure a MEASURE-ID argument names, or bad input (exit 1, code `unknownMeasure`)
    /// saying what is close: a known id one or two edits away, or — for an ordinal past the end
    /// of a known document — how many measures the document has.
    static func measure(_ text: String) throws(CommandError) -> Measure {
        if let id = MeasureID(text), let measure = catalog.measure(id) { return measure }
        let suggestion = text.closestMatch(among: catalog.allMeasures.map(\.id.description))
        let documentPart = text.split(separator: "#", maxSplits: 1).first.map(String.init) ?? text
        var notes: [LocalizedText] = []
        if let document = catalog.document(DocumentID(rawValue: documentPart)) {
            let count = document.measures.count
            notes.append(LocalizedText(
                zh: "\(document.id) 有 \(count) 项措施，#1…#\(count)", en: "\(document.id) has \(count) measures, #1…#\(count)"))
        } else if let close = documentPart.closestMatch(among: catalog.documents.map(\.id.rawValue)) {
            let part = documentPart.escapedForMessage()
            notes.append(LocalizedText(
                zh: "没有文件 \(part)（\(close) 与之相近）", en: "there is no document \(part) (\(close) is close)"))
        }
        if let suggestion { notes.append(LocalizedText(zh: "是否应为 \(suggestion)？", en: "did you mean \(suggestion)?")) }
        guard !notes.isEmpty else { throw .badInput(CatalogError.unknownMeasure(text).localizedMessage, code: "unknownMeasure") }
        let quoted = text.escapedForMessage()
        throw .badInput(
            zh: "目录中没有措施 \"\(quoted)\"：" + notes.map(\.zh).joined(separator: "；"),
            en: "no measure \"\(quoted)\" in the catalog: " + notes.map(\.en).joined(separator: "; "), code: "unknownMeasure")
    }

    static func departmentRecord(_ id: DepartmentID) -> DepartmentRecord {
        let entry = Department.lookup(id)
        return DepartmentRecord(id: id.rawValue, zh: entry?.name.zh ?? id.rawValue, short: entry?.shortName ?? id.rawValue, en: entry?.name.en ?? id.rawValue)
    }

    static func departmentNames(_ ids: [DepartmentID], _ language: Language, marking inferred: [DepartmentID] = []) -> String {
        ids.map { id in
            let name = Department.lookup(id).map { language == .zh ? $0.shortName : $0.name.en } ?? id.rawValue
            return inferred.contains(id) ? name + "*" : name
        }.joined(separator: language == .zh ? "、" : "; ")
    }

    // MARK: documents

    static let documents = Subcommand(
        ["documents"], summary: LocalizedText(zh: "列出政策文件及其措施数量", en: "List the policy documents and their measure counts"),
        help: LocalizedText(
            zh: """
                用法：medip documents [--format text|json] [--lang zh|en]

                列出四个内置文件：id、文号、日期、适用地区、标题和编号措施的数量，然后缩进列出每个文件
                对其他文件的声明：implements（落实…文件精神）、succeedsEdition（系列文件的下一版本）和
                prevailsOverEarlierInconsistent（此前发布的有关规定与本文不一致的，以此为准）；
                --lang zh 时显示为 落实、承接前一版本、以此为准。
                JSON：{"documents":[{"id","number","title","dated","effective","jurisdiction",
                "measureCount","issuers":[…],"relations":[{"kind","document"?,"note":{"zh","en"}}]}]}
                """,
            en: """
                USAGE: medip documents [--format text|json] [--lang zh|en]

                Lists the four built-in documents: id, number (文号), date, jurisdiction, title and the
                number of numbered measures, then, indented, what each declares about other texts:
                implements (落实…文件精神), succeedsEdition (the next edition of a series) and
                prevailsOverEarlierInconsistent (此前发布的有关规定与本文不一致的，以此为准).
                JSON: {"documents":[{"id","number","title","dated","effective","jurisdiction",
                "measureCount","issuers":[…],"relations":[{"kind","document"?,"note":{"zh","en"}}]}]}
                """)
    ) { args, io throws(CommandError) in
        let arguments = try Arguments(args, options: ["format", "lang"])
        try arguments.expectPositionals(atMost: 0)
        let language = try arguments.language()
        switch try OutputFormat.parse(arguments) {
        case .json:
            let records = catalog.documents.map {
                DocumentRecord(id: $0.id.rawValue, number: $0.number, title: $0.title, dated: $0.dated, effective: $0.effective,
                               jurisdiction: $0.jurisdiction.rawValue, measureCount: $0.measures.count,
                               issuers: $0.issuers.map(departmentRecord), relations: $0.relations)
            }
            io.print(try JSONOutput.encode(["documents": records]))
        default:
            for document in catalog.documents {
                io.print("\(document.id)\t\(document.number)\t\(document.dated)\t\(document.jurisdiction.name[language])\t\(document.measures.count)\(language == .zh ? "项措施" : " measures")\t\(document.title[language])")
                for relation in document.relations {
                    let other = relation.document.map { " \($0)" } ?? ""
                    io.print("    \(relation.kind.label[language])\(other)\(language == .zh ? "：" : ": ")\(relation.note[language])")
                }
            }
        }
        return 0
    }

    // MARK: show

    static let show = Subcommand(
        ["show"], summary: LocalizedText(zh: "完整显示一项措施（例如 beijing-2026-3#8）", en: "Show one measure in full (e.g. beijing-2026-3#8)"),
        help: LocalizedText(
            zh: """
                用法：medip show MEASURE-ID [--format text|json] [--lang zh|en]

                MEASURE-ID 的形式为 文件#序号（document#ordinal），例如 beijing-2026-3#8 或 beijing-2024-5#12。
                没有该措施时退出状态为 1。
                """,
            en: """
                USAGE: medip show MEASURE-ID [--format text|json] [--lang zh|en]

                MEASURE-ID is document#ordinal, e.g. beijing-2026-3#8 or beijing-2024-5#12.
                Exit 1 when no such measure exists.
                """)
    ) { args, io throws(CommandError) in
        let arguments = try Arguments(args, options: ["format", "lang"])
        try arguments.expectPositionals(atMost: 1)
        let measure = try CatalogCommands.measure(try arguments.positional(0, "MEASURE-ID"))
        let language = try arguments.language()
        if try OutputFormat.parse(arguments) == .json {
            io.print(try JSONOutput.encode(MeasureRecord(measure)))
        } else {
            io.print(render(measure, language))
        }
        return 0
    }

    static func render(_ measure: Measure, _ language: Language) -> String {
        let zh = language == .zh
        var lines: [String] = []
        let document = catalog.document(measure.document)
        lines.append("\(measure.id)  \(document?.number ?? "")  \(measure.id.label)\(measure.heading[language])"
            + (measure.headingIsOfficial ? "" : (zh ? "（非官方标题）" : " (title not official)")))
        if let chapter = document?.chapters.first(where: { $0.ordinal == measure.chapter }) {
            lines.append((zh ? "章：" : "Chapter: ") + "\(ChineseNumeral.string(chapter.ordinal))、\(chapter.heading[language])")
        }
        lines.append((zh ? "摘要：" : "Summary: ") + measure.summary[language])
        lines.append((zh ? "类别：" : "Kinds: ") + measure.kinds.map { $0.label[language] }.joined(separator: zh ? "、" : ", "))
        if zh, let printed = measure.departmentsAsPrinted {
            lines.append("责任部门（原文）：" + printed)
        } else if !measure.departments.isEmpty {
            var text = (zh ? "责任部门：" : "Departments: ")
                + departmentNames(measure.departments, language, marking: measure.inferredDepartments)
            if !measure.inferredDepartments.isEmpty {
                text += zh ? "（* 文中未列明，依职责推定）" : " (* not named in the text; inferred from the department's remit)"
            }
            lines.append(text)
        } else if let note = measure.departmentsNote {
            lines.append((zh ? "责任部门：无（" : "Departments: none (") + note[language] + (zh ? "）" : ")"))
        }
        if !measure.scopes.isEmpty {
            lines.append(zh ? "范围：" : "Scope:")
            for scope in measure.scopes {
                lines.append("  - \(scope.dimension.label[language]): \(scope.text.zh)" + (zh ? "" : " (\(scope.text.en))"))
            }
        }
        if !measure.targets.isEmpty {
            lines.append(zh ? "目标：" : "Targets:")
            for target in measure.targets {
                var line = "  - \(target.metric[language]): \(target.comparator.label[language]) \(target.formattedValue) \(zh ? target.unit.zh : target.unit.en) [\(target.period)] «\(target.source)»"
                if let hedge = target.hedge { line += zh ? "（\(hedge)）" : " (hedged: \(hedge))" }
                if !target.role.isGoal { line += zh ? "（\(target.role.label.zh)，不作考核）" : " (\(target.role.label.en); not graded)" }
                lines.append(line)
            }
        }
        if !measure.timeLimits.isEmpty {
            lines.append(zh ? "时限：" : "Time limits:")
            for limit in measure.timeLimits {
                let previous = limit.previous.map { zh ? "（原\($0.text(in: .zh))）" : " (was \($0.text(in: .en)))" } ?? ""
                let hedge = limit.hedge.map { zh ? "（\($0)）" : " (hedged: \($0))" } ?? ""
                lines.append("  - \(limit.procedure[language]): \(limit.limit.text(in: language))\(previous) «\(limit.source)»\(hedge)")
            }
        }
        if !measure.provisions.isEmpty {
            lines.append(zh ? "条款：" : "Provisions:")
            for provision in measure.provisions {
                let who = departmentNames(provision.actors, language)
                lines.append("  - [\(provision.modality.label[language])] \(who): \(provision.action[language])")
            }
        }
        if !measure.crossReferences.isEmpty {
            lines.append(zh ? "关联：" : "Cross-references:")
            for reference in measure.crossReferences {
                lines.append("  - \(reference.kind.label[language]) \(reference.measure?.description ?? reference.document.rawValue): \(reference.note[language])")
            }
        }
        if !measure.externalReferences.isEmpty {
            lines.append(zh ? "援引：" : "Invokes:")
            for reference in measure.externalReferences {
                lines.append("  - \(reference.kind.label[language]) \(reference.name.zh)" + (zh ? "" : " (\(reference.name.en))") + ": \(reference.note[language])")
            }
        }
        return lines.joined(separator: "\n")
    }

    // MARK: measures

    static let measures = Subcommand(
        ["measures"], summary: LocalizedText(zh: "列出措施，可按文件、部门、类别、文本或单位筛选", en: "List measures, filtered by document, department, kind, text or unit"),
        help: LocalizedText(
            zh: """
                用法：medip measures [--document ID] [--department NAME] [--actor NAME] [--kind K]
                                     [--search TEXT] [--unit UNIT] [--format text|json|csv] [--lang zh|en]

                --department 可匹配全称（北京市医疗保障局）、原文所印的简称（市医保局）、英文名称或部门
                登记表中的 id。--kind 取以下之一：
                \(MeasureKind.allCases.map(\.rawValue).joined(separator: ", "))。
                JSON：{"documents":[{"id","number","measures":[{"id","ordinal","heading":{"zh","en"},
                "departments":[{"zh","short","en"}],"inferredDepartments":[…],"targets":[…],
                "timeLimits":[…]}]}]}——inferredDepartments 是文中未列明的部门。
                CSV：文中未列明的部门以 * 标记。
                文件或部门未知时退出状态为 1。
                """,
            en: """
                USAGE: medip measures [--document ID] [--department NAME] [--actor NAME] [--kind K]
                                      [--search TEXT] [--unit UNIT] [--format text|json|csv] [--lang zh|en]

                --department matches the full name (北京市医疗保障局), the short form as printed (市医保局),
                the English name or the registry id. --kind is one of:
                \(MeasureKind.allCases.map(\.rawValue).joined(separator: ", ")).
                JSON: {"documents":[{"id","number","measures":[{"id","ordinal","heading":{"zh","en"},
                "departments":[{"zh","short","en"}],"inferredDepartments":[…],"targets":[…],
                "timeLimits":[…]}]}]} — inferredDepartments are those the text does not name.
                CSV: departments the text does not name are marked with *.
                Exit 1 for an unknown document or department.
                """)
    ) { args, io throws(CommandError) in
        let arguments = try Arguments(args, options: ["document", "department", "actor", "kind", "search", "unit", "format", "lang"])
        try arguments.expectPositionals(atMost: 0)
        var query = MeasureQuery()
        if let document = arguments.option("document") { query.documents = [try documentID(document)] }
        query.department = arguments.option("department")
        query.actor = arguments.option("actor")
        if let kind = arguments.option("kind") {
            guard let parsed = MeasureKind(rawValue: kind) else {
                let kinds = MeasureKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw .usage(zh: "--kind 必须是以下之一：\(kinds)", en: "--kind must be one of \(kinds)")
            }
            query.kind = parsed
        }
        query.keyword = arguments.option("search")
        query.unit = arguments.option("unit")
        let language = try arguments.language()
        let found: [Measure]
        do throws(CatalogError) { found = try catalog.measures(matching: query) } catch {
            throw .badInput(error.localizedMessage, code: "unknownDepartment")
        }
        switch try OutputFormat.parse(arguments, allowed: [.text, .json, .csv]) {
        case .json:
            let grouped = catalog.documents.compactMap { document -> DocumentMeasures? in
                let mine = found.filter { $0.document == document.id }
                guard !mine.isEmpty else { return nil }
                return DocumentMeasures(id: document.id.rawValue, number: document.number, measures: mine.map(MeasureRecord.init))
            }
            io.print(try JSONOutput.encode(["documents": grouped]))
        case .csv:
            io.print("id,ordinal,heading,official,kinds,departments,targets,time_limits")
            for measure in found {
                io.print([
                    measure.id.description, String(measure.ordinal), measure.heading[language],
                    String(measure.headingIsOfficial), measure.kinds.map(\.rawValue).joined(separator: " "),
                    departmentNames(measure.departments, language, marking: measure.inferredDepartments),
                    measure.targets.map(\.source).joined(separator: "; "),
                    measure.timeLimits.map(\.source).joined(separator: "; "),
                ].map(csvField).joined(separator: ","))
            }
        case .text, .markdown, .svg:  // .svg is not allowed here
            for measure in found {
                let names = departmentNames(measure.departments, language, marking: measure.inferredDepartments)
                let departments = measure.departments.isEmpty ? "" : "  [\(names)]"
                io.print("\(measure.id)\t\(measure.id.label)\(measure.heading[language])\(departments)")
            }
            if found.contains(where: { !$0.inferredDepartments.isEmpty }) {
                io.print(language == .zh ? "* 文中未列明，依职责推定" : "* not named in the text; inferred from the department's remit")
            }
        }
        return 0
    }

    // MARK: targets

    static let targets = Subcommand(
        ["targets"], summary: LocalizedText(zh: "列出文件的目标，可对照观测值评判", en: "List a document's targets, optionally judged against observed values"),
        help: LocalizedText(
            zh: """
                用法：medip targets [--document ID] [--observed FILE.csv] [--format text|json|csv] [--lang zh|en]

                列出一个文件的目标；未给出 --document 时列出所有文件的目标。

                --observed 读取表头为 measure,key,value[,previous] 的 CSV，例如
                  beijing-2026-4#6,project-managed-varieties,412,
                并报告每个目标为 met / notMet / noObservation（--lang zh 时为 已达成 / 未达成 / 无观测值）
                及其差额。每一行都必须指向该文件的一个目标（未给出 --document 时可为任一文件的目标）：
                文件无法读取、某行格式有误、某行指向未知的措施或目标，或指向另一文件的措施时，退出状态
                为 1（信息给出行号，有相近者时还给出可能想写的 id）。
                """,
            en: """
                USAGE: medip targets [--document ID] [--observed FILE.csv] [--format text|json|csv] [--lang zh|en]

                Lists the targets of one document, or of every document when --document is not given.

                --observed reads a CSV with the header measure,key,value[,previous], e.g.
                  beijing-2026-4#6,project-managed-varieties,412,
                and reports each target as met / notMet / noObservation with its margin.
                Every row must name a target of the document (of any document without --document): exit 1 for an unreadable file, a
                malformed row, or a row naming an unknown measure or target, or a measure of another
                document (the message gives the line and, where one is close, the id meant).
                """)
    ) { args, io throws(CommandError) in
        let arguments = try Arguments(args, options: ["document", "observed", "format", "lang"])
        try arguments.expectPositionals(atMost: 0)
        let chosen: DocumentID? = try arguments.option("document").map { text throws(CommandError) in try documentID(text) }
        let language = try arguments.language()
        var observations: [Observation] = []
        if let path = arguments.option("observed") {
            let bytes = try io.readFile(path, limit: Observation.maximumCSVBytes)
            let rows: [(line: Int, observation: Observation)]
            do throws(ObservationCSVError) { rows = try Observation.parseCSVRows(String(decoding: bytes, as: UTF8.self)) } catch {
                throw CommandError.badInput(error.localizedMessage.labelled(path.escapedForMessage()), code: "invalidObservation")
                    .at(file: path, path: error.field, line: error.line)
            }
            for row in rows {
                // Every row must name a target of the document: a typo is an error with its line.
                do throws(CatalogError) {
                    try catalog.check(row.observation, in: chosen ?? row.observation.measure.document)
                } catch {
                    let field: String
                    if case .unknownTarget = error { field = "key" } else { field = "measure" }
                    let problem = error.localizedMessage
                    throw CommandError.badInput(
                        LocalizedText(
                            zh: "第 \(row.line) 行，字段 \(field)：\(problem.zh)",
                            en: ObservationCSVError(line: row.line, field: field, message: problem.en).description
                        ).labelled(path.escapedForMessage()),
                        code: "invalidObservation"
                    ).at(file: path, path: field, line: row.line)
                }
            }
            observations = rows.map(\.observation)
        }
        var progress: [TargetProgress] = []
        for id in chosen.map({ [$0] }) ?? catalog.documents.map(\.id) {
            let mine = observations.filter { $0.measure.document == id }
            do throws(CatalogError) { progress += try catalog.progress(of: id, observations: mine) } catch {
                throw .badInput(error.localizedMessage)
            }
        }
        switch try OutputFormat.parse(arguments, allowed: [.text, .json, .csv]) {
        case .json:
            io.print(try JSONOutput.encode(["targets": progress]))
        case .csv:
            io.print("measure,key,comparator,value,unit,period,observed,status,margin")
            for item in progress {
                io.print([
                    item.measure.description, item.target.key, item.target.comparator.rawValue, item.target.formattedValue,
                    item.target.unit.zh, item.target.period.description, item.observed.map { String($0) } ?? "",
                    item.status.rawValue, item.margin.map { String($0) } ?? "",
                ].map(csvField).joined(separator: ","))
            }
        case .text, .markdown, .svg:  // .svg is not allowed here
            for item in progress {
                let target = item.target
                var line = "\(item.measure)\t\(target.metric[language]): \(target.comparator.label[language]) \(target.formattedValue)\(language == .zh ? target.unit.zh : " " + target.unit.en) [\(target.period)]"
                if let hedge = target.hedge { line += language == .zh ? "（\(hedge)）" : " (hedged: \(hedge))" }
                if let observed = item.observed {
                    let margin = item.margin.map { $0 >= 0 ? " (+\(format($0)))" : " (\(format($0)))" } ?? ""
                    line += "\t\(language == .zh ? "观测值" : "observed") \(format(observed))\t\(item.status.label[language])\(margin)"
                }
                if !target.role.isGoal {
                    line += language == .zh ? "\t（\(target.role.label.zh)，不作考核）" : "\t(\(target.role.label.en); not graded)"
                }
                io.print(line)
            }
        }
        return 0
    }

    /// A figure for display: whole numbers without a fraction, others rounded to 6 significant
    /// decimals so float noise (0.40000000000000036) never shows.
    static func format(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        let rounded = (value * 1_000_000).rounded() / 1_000_000
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
    }
}

// MARK: JSON records

struct DepartmentRecord: Encodable {
    var id: String
    var zh: String
    var short: String
    var en: String
}

struct DocumentRecord: Encodable {
    var id: String
    var number: String
    var title: LocalizedText
    var dated: CivilDate
    var effective: CivilDate
    var jurisdiction: String
    var measureCount: Int
    var issuers: [DepartmentRecord]
    /// What the document declares about other texts.
    var relations: [DocumentRelation]
}

struct DocumentMeasures: Encodable {
    var id: String
    var number: String
    var measures: [MeasureRecord]
}

struct MeasureRecord: Encodable {
    var id: String
    var ordinal: Int
    var chapter: Int
    var heading: LocalizedText
    var headingIsOfficial: Bool
    var summary: LocalizedText
    var kinds: [MeasureKind]
    var departments: [DepartmentRecord]
    /// Departments of `departments` the text does not name (the catalog's reading).
    var inferredDepartments: [DepartmentRecord]
    var actors: [DepartmentRecord]
    var targets: [Target]
    var timeLimits: [TimeLimit]
    var provisions: [Provision]
    var crossReferences: [CrossReference]

    init(_ measure: Measure) {
        id = measure.id.description
        ordinal = measure.ordinal
        chapter = measure.chapter
        heading = measure.heading
        headingIsOfficial = measure.headingIsOfficial
        summary = measure.summary
        kinds = measure.kinds
        departments = measure.departments.map(CatalogCommands.departmentRecord)
        inferredDepartments = measure.inferredDepartments.map(CatalogCommands.departmentRecord)
        actors = measure.actors.map(CatalogCommands.departmentRecord)
        targets = measure.targets
        timeLimits = measure.timeLimits
        provisions = measure.provisions
        crossReferences = measure.crossReferences
    }
}
