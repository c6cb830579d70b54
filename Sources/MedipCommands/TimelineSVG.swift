import MedIPPolicy

/// Draws a ``Timeline`` as a stand-alone SVG picture on one date axis: each document's effective
/// date (a dashed line), the patents' terms and the market exclusivities (bars), the procedure
/// deadlines (opinion deadlines and obligations' due dates: diamonds) and the disposition over
/// time (one coloured bar per segment).
///
/// Every mark carries a `class` (`document`, `patent`, `exclusivity`, `deadline`, `segment`) and a
/// `<title>` tooltip, so the picture can be tested for structure: one `segment` per timeline
/// segment, one mark per dated fact inside the window. All text is in `language` (ids, patent
/// numbers and document numbers excepted).
struct TimelineSVG {
    let timeline: Timeline
    let facts: Case
    let evaluator: Evaluator
    let language: Language

    static let width = 1000.0
    static let left = 190.0
    static let right = 30.0
    static let rowHeight = 26.0

    private var zh: Bool { language == .zh }
    private var start: Int { Int(timeline.from.daysSinceEpoch) }
    private var days: Int { Int(timeline.through.daysSinceEpoch) - start + 1 }

    /// The x coordinate of the start of `date` (clamped to the window).
    private func x(_ date: CivilDate) -> Double {
        let day = min(max(Int(date.daysSinceEpoch) - start, 0), days)
        return Self.left + Double(day) / Double(days) * (Self.width - Self.left - Self.right)
    }

    private func inWindow(_ date: CivilDate) -> Bool { date >= timeline.from && date <= timeline.through }

    /// A bar for the days `first…last` when they meet the window.
    private struct Bar {
        var label: String
        var first: CivilDate
        var last: CivilDate
        var tooltip: String
    }

    private struct Deadline: Hashable {
        var date: CivilDate
        var tooltip: String
    }

    /// The patents' terms (grant to last day in force) that meet the window.
    private var patentBars: [Bar] {
        facts.patents.compactMap { patent in
            guard let grant = patent.grantDate else { return nil }
            let term = patent.term(rules: evaluator.patentTermRules)
            guard grant <= timeline.through, term.lastDayInForce >= timeline.from, grant <= term.lastDayInForce else { return nil }
            let tip = zh ? "专利 \(patent.number)：\(grant) 至 \(term.lastDayInForce)" : "patent \(patent.number): \(grant) to \(term.lastDayInForce)"
            return Bar(label: patent.number.description, first: grant, last: term.lastDayInForce, tooltip: tip)
        }
    }

    /// The market exclusivities that meet the window.
    private var exclusivityBars: [Bar] {
        facts.exclusivities.compactMap { exclusivity in
            let end = facts.exclusivityEnd(exclusivity, rules: evaluator.patentTermRules)
            let last = end.saturatingAdding(days: -1)
            guard exclusivity.start <= timeline.through, last >= timeline.from, exclusivity.start <= last else { return nil }
            let name = zh ? "市场独占期" : "Market exclusivity"
            return Bar(label: name, first: exclusivity.start, last: last, tooltip: "\(name) (\(exclusivity.kind.rawValue)): \(exclusivity.start) – \(last)")
        }
    }

    /// Opinion deadlines and obligations' due dates inside the window, one per date.
    private var deadlines: [Deadline] {
        var found: [Deadline] = []
        for request in facts.opinionRequests where inWindow(request.deadline) {
            found.append(Deadline(date: request.deadline, tooltip: zh
                ? "意见规定期限 \(request.deadline)（\(request.id)）" : "opinion deadline \(request.deadline) (\(request.id))"))
        }
        for segment in timeline.segments {
            for obligation in segment.decision.obligations {
                guard let due = obligation.due, inWindow(due) else { continue }
                found.append(Deadline(date: due, tooltip: zh ? "\(obligation.code) 期限 \(due)" : "\(obligation.code) due \(due)"))
            }
        }
        // One mark per date, its tooltip naming every deadline that falls on it.
        var merged: [Deadline] = []
        for deadline in found {
            if let index = merged.firstIndex(where: { $0.date == deadline.date }) {
                if !merged[index].tooltip.contains(deadline.tooltip) { merged[index].tooltip += zh ? "；" + deadline.tooltip : "; " + deadline.tooltip }
            } else {
                merged.append(deadline)
            }
        }
        return merged
    }

    /// Documents taking effect inside the window.
    private var documents: [PolicyDocument] {
        evaluator.catalog.documents.filter {
            inWindow($0.effective) && ($0.jurisdiction == .national || $0.jurisdiction == facts.jurisdiction)
        }
    }

    /// The fill colour of a disposition: green for admissions, amber for holds, red for removals.
    private func colour(_ kind: DispositionKind) -> String {
        let colours: [DispositionKind: String] = [
            .ordinaryProcedure: "#b0bec5", .greenChannel: "#2e7d32", .admit: "#43a047", .admitOnSelfCommitment: "#66bb6a",
            .agencyDecides: "#42a5f5", .deferUntil: "#f9a825", .awaitOpinion: "#ffca28", .suspendNewListingReview: "#fb8c00",
            .returnForCompletion: "#8d6e63",
        ]
        return colours[kind] ?? (kind.isAdmission ? "#81c784" : "#e53935")
    }

    /// The whole picture.
    func render() -> String {
        let patents = patentBars
        let exclusivities = exclusivityBars
        let deadlines = deadlines
        let documents = documents
        let rows = 3 + patents.count + exclusivities.count + (deadlines.isEmpty ? 0 : 1)
        let top = 70.0
        let legendTop = top + Double(rows) * Self.rowHeight + 30
        let kinds = timeline.segments.map(\.decision.disposition.kind).reduce(into: [DispositionKind]()) { list, kind in
            if !list.contains(kind) { list.append(kind) }
        }
        let height = legendTop + Double(kinds.count) * 20 + 30
        var out: [String] = []
        out.append(#"<?xml version="1.0" encoding="UTF-8"?>"#)
        out.append(#"<svg xmlns="http://www.w3.org/2000/svg" width="\#(Self.width)" height="\#(height)" viewBox="0 0 \#(Self.width) \#(height)" font-family="Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif" font-size="12">"#)
        out.append(#"<rect x="0" y="0" width="\#(Self.width)" height="\#(height)" fill='#ffffff'/>"#)
        let title = zh
            ? "案件 \(timeline.caseID)：\(timeline.from) 至 \(timeline.through) 的处理结果变化（\(timeline.changes.count) 次）"
            : "Case \(timeline.caseID): how the decision changes from \(timeline.from) to \(timeline.through) (\(timeline.changes.count) change\(timeline.changes.count == 1 ? "" : "s"))"
        out.append(text(title, x: 10, y: 22, attributes: #"font-size="15" font-weight="bold""#))
        out.append(text(Timeline.assumption[language], x: 10, y: 40, attributes: #"font-size="10" fill='#555555'"#))

        // The axis: a tick per year, or per month for windows under two years.
        let axisY = top + Double(rows) * Self.rowHeight + 4
        out.append(#"<line x1="\#(Self.left)" y1="\#(axisY)" x2="\#(Self.width - Self.right)" y2="\#(axisY)" stroke='#333333'/>"#)
        for tick in ticks() {
            let tx = x(tick)
            out.append(#"<line class="tick" x1="\#(tx)" y1="\#(axisY)" x2="\#(tx)" y2="\#(axisY + 5)" stroke='#333333'/>"#)
            let label = days < 730 ? String(tick.description.prefix(7)) : String(tick.year)
            out.append(text(label, x: tx, y: axisY + 17, attributes: #"text-anchor="middle" font-size="10""#))
        }

        var row = 0
        func rowY(_ index: Int) -> Double { top + Double(index) * Self.rowHeight }
        // Documents: a labelled dashed line across every row.
        out.append(text(zh ? "文件施行" : "Documents in force", x: 10, y: rowY(row) + 16))
        for (index, document) in documents.enumerated() {
            let dx = x(document.effective)
            out.append(#"<g class="document"><title>\#(escape((zh ? "\(document.number) \(document.effective) 起施行" : "\(document.number) in force from \(document.effective)")))</title>"#
                + #"<line x1="\#(dx)" y1="\#(rowY(row) + 4)" x2="\#(dx)" y2="\#(axisY)" stroke='#1565c0' stroke-dasharray="4 3"/>"#
                + text(document.number + " " + document.effective.description, x: dx + 3, y: rowY(row) + 10 + Double(index % 2) * 11, attributes: #"font-size="10" fill='#1565c0'"#)
                + "</g>")
        }
        row += 1
        for bar in patents {
            out.append(text((zh ? "专利 " : "Patent ") + bar.label, x: 10, y: rowY(row) + 16))
            out.append(barMark(bar, y: rowY(row) + 5, cssClass: "patent", fill: "#7e57c2"))
            row += 1
        }
        for bar in exclusivities {
            out.append(text(bar.label, x: 10, y: rowY(row) + 16))
            out.append(barMark(bar, y: rowY(row) + 5, cssClass: "exclusivity", fill: "#26a69a"))
            row += 1
        }
        if !deadlines.isEmpty {
            out.append(text(zh ? "程序期限" : "Deadlines", x: 10, y: rowY(row) + 16))
            for deadline in deadlines {
                let cx = x(deadline.date) + 0.5 * (x(deadline.date.saturatingAdding(days: 1)) - x(deadline.date))
                let cy = rowY(row) + 13
                out.append(#"<g class="deadline"><title>\#(escape(deadline.tooltip))</title><path d="M \#(cx) \#(cy - 7) L \#(cx + 6) \#(cy) L \#(cx) \#(cy + 7) L \#(cx - 6) \#(cy) Z" fill='#d81b60'/>"#
                    + text(deadline.date.description, x: cx + 8, y: cy + 4, attributes: #"font-size="10" fill='#d81b60'"#) + "</g>")
            }
            row += 1
        }
        out.append(text(zh ? "处理结果" : "Disposition", x: 10, y: rowY(row) + 16, attributes: #"font-weight="bold""#))
        for segment in timeline.segments {
            let kind = segment.decision.disposition.kind
            let x0 = x(segment.from)
            let x1 = x(segment.through.saturatingAdding(days: 1))
            let label = kind.label[language]
            let tip = zh ? "\(segment.from) 至 \(segment.through)：\(label)" : "\(segment.from) to \(segment.through): \(label)"
            out.append(#"<g class="segment"><title>\#(escape(tip))</title><rect x="\#(x0)" y="\#(rowY(row) + 3)" width="\#(max(x1 - x0, 1))" height="\#(Self.rowHeight - 6)" fill="\#(colour(kind))" stroke='#ffffff'/></g>"#)
        }

        // The change dates under the disposition, on two lines: each label goes on the first line
        // where it clears the label before it (a date at font size 9 is about 50 units wide). A
        // date with no room on either line keeps its tick, whose tooltip gives the date.
        row += 1
        out.append(text(zh ? "变化日" : "Changes", x: 10, y: rowY(row) + 12))
        let labelWidth = 54.0
        var lineEnds = [-Double.infinity, -Double.infinity]
        for change in timeline.changes {
            let cx = x(change.date)
            let line = lineEnds.firstIndex { $0 <= cx - labelWidth / 2 }
            let ly = rowY(row) + 10 + Double(line ?? 0) * 11
            out.append(#"<line class="change" x1="\#(cx)" y1="\#(rowY(row) - 3)" x2="\#(cx)" y2="\#(ly - 8)" stroke='#333333'><title>\#(change.date)</title></line>"#)
            if let line {
                lineEnds[line] = cx + labelWidth / 2
                out.append(text(change.date.description, x: cx, y: ly, attributes: #"text-anchor="middle" font-size="9""#))
            }
        }

        // Legend: one swatch per disposition that occurs.
        out.append(text(zh ? "图例" : "Legend", x: 10, y: legendTop, attributes: #"font-weight="bold""#))
        for (index, kind) in kinds.enumerated() {
            let ly = legendTop + 8 + Double(index) * 20
            out.append(#"<rect x="\#(Self.left)" y="\#(ly)" width="14" height="14" fill="\#(colour(kind))"/>"#)
            out.append(text(kind.label[language], x: Self.left + 20, y: ly + 11))
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }

    private func barMark(_ bar: Bar, y: Double, cssClass: String, fill: String) -> String {
        let x0 = x(max(bar.first, timeline.from))
        let x1 = x(min(bar.last, timeline.through).saturatingAdding(days: 1))
        return #"<g class="\#(cssClass)"><title>\#(escape(bar.tooltip))</title><rect x="\#(x0)" y="\#(y)" width="\#(max(x1 - x0, 1))" height="\#(Self.rowHeight - 10)" rx="3" fill="\#(fill)"/></g>"#
    }

    /// The first day of each year (or month) inside the window.
    private func ticks() -> [CivilDate] {
        var found: [CivilDate] = []
        var year = timeline.from.year
        var month = timeline.from.month
        let monthly = days < 730
        while found.count < 400 {
            guard let date = try? CivilDate(year: year, month: monthly ? month : 1, day: 1) else { break }
            if date > timeline.through { break }
            if date >= timeline.from { found.append(date) }
            if monthly {
                month += 1
                if month > 12 { month = 1; year += 1 }
            } else {
                year += 1
            }
        }
        return found
    }

    private func text(_ content: String, x: Double, y: Double, attributes: String = "") -> String {
        #"<text x="\#(x)" y="\#(y)"\#(attributes.isEmpty ? "" : " " + attributes)>\#(escape(content))</text>"#
    }

    private func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
