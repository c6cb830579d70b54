extension YearSchedule {
    /// The header line of the schedule CSV format.
    public static let csvHeader = "date,status,festival"
    /// The largest schedule CSV text read, in UTF-8 bytes: 1 MiB (a year needs about 2 KiB).
    public static let maximumCSVBytes = 1 << 20
    /// The most lines a schedule CSV text may have: 20,000 (a year needs about 40).
    public static let maximumCSVLines = 20_000

    /// Reads year schedules from CSV text in the format of the reference file
    /// `cn-holidays-2022-2026.csv`, returning one schedule per year that has rows, sorted by year.
    ///
    /// The format, line by line:
    /// - blank lines, and lines whose first non-blank character is `#`, are ignored;
    /// - the first other line is the header, exactly `date,status,festival`;
    /// - every later line is a row `YYYY-MM-DD,off|work,节日名`: three comma-separated fields
    ///   (surrounding white space is ignored; no quoting, so a festival cannot contain a comma).
    ///
    /// Rows may come in any order and may span several years. Each row is checked as
    /// ``init(year:entries:)`` checks entries: a `work` row must fall on a Saturday or Sunday,
    /// the festival must not be empty, and no date may appear twice. Line ends may be `\n` or
    /// `\r\n`; a leading byte-order mark is ignored.
    ///
    /// A year with no rows yields no schedule: a year in which nothing departs from the
    /// Monday–Friday week cannot be written in this format; make it with
    /// `YearSchedule(year:entries: [])`.
    ///
    /// Text longer than ``maximumCSVBytes`` or ``maximumCSVLines`` is refused before any row is
    /// read (field `text`).
    ///
    /// - Throws: ``CalendarError/malformedCSV(line:field:reason:)`` naming the 1-based line and
    ///   the field (`header`, `row`, `date`, `status`, `festival`, or `text` for the limits) of
    ///   the first problem.
    public static func parseCSV(_ text: String) throws(CalendarError) -> [YearSchedule] {
        guard text.utf8.count <= maximumCSVBytes else {
            throw .malformedCSV(
                line: 1, field: "text",
                reason: "the text has \(text.utf8.count) bytes; the limit is \(maximumCSVBytes)")
        }
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        let lines = body.split(maxSplits: maximumCSVLines, omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        // A final line break leaves one empty piece after the last line; it is not a line.
        guard lines.count <= maximumCSVLines || (lines.count == maximumCSVLines + 1 && lines.last?.isEmpty == true) else {
            throw .malformedCSV(
                line: maximumCSVLines + 1, field: "text", reason: "more than \(maximumCSVLines) lines")
        }

        var sawHeader = false
        var lineOfDate: [CivilDate: Int] = [:]
        var entriesByYear: [Int: [Entry]] = [:]
        for (index, rawLine) in lines.enumerated() {
            let lineNumber = index + 1
            let line = rawLine.trimmedWhitespace
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(\.trimmedWhitespace)
            guard sawHeader else {
                guard fields == ["date", "status", "festival"] else {
                    throw .malformedCSV(
                        line: lineNumber, field: "header",
                        reason: "expected the header \"\(csvHeader)\", found \"\(line.escapedForMessage(limit: 60))\"")
                }
                sawHeader = true
                continue
            }
            guard fields.count == 3 else {
                throw .malformedCSV(
                    line: lineNumber, field: "row",
                    reason: "expected 3 fields (\(csvHeader)), found \(fields.count)")
            }
            let date: CivilDate
            do { date = try CivilDate(iso8601: fields[0]) } catch {
                throw .malformedCSV(line: lineNumber, field: "date", reason: error.description)
            }
            guard let status = Status(rawValue: fields[1]) else {
                throw .malformedCSV(
                    line: lineNumber, field: "status",
                    reason: "expected off or work, found \"\(fields[1].escapedForMessage(limit: 40))\"")
            }
            let entry = Entry(date: date, status: status, festival: fields[2])
            if let problem = problem(with: entry, year: date.year) {
                let field = if case .missingFestival = problem { "festival" } else { "status" }
                throw .malformedCSV(line: lineNumber, field: field, reason: problem.description)
            }
            if let earlier = lineOfDate[date] {
                throw .malformedCSV(
                    line: lineNumber, field: "date", reason: "\(date) is already listed on line \(earlier)")
            }
            lineOfDate[date] = lineNumber
            entriesByYear[date.year, default: []].append(entry)
        }
        guard sawHeader else {
            let lastLine = lines.last?.isEmpty == true ? lines.count - 1 : lines.count
            throw .malformedCSV(
                line: max(1, lastLine), field: "header",
                reason: "no header line \"\(csvHeader)\" before the end of the text")
        }
        var schedules: [YearSchedule] = []
        for year in entriesByYear.keys.sorted() {
            schedules.append(try YearSchedule(year: year, entries: entriesByYear[year] ?? []))
        }
        return schedules
    }
}
