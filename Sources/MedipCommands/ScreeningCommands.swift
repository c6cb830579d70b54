import MedIPPolicy

/// `medip screen` (and, with the fixtures, `medip generate`): batch screening of JSON Lines.
enum ScreeningCommands {
    /// Every subcommand of the group, in help order.
    static let all: [Subcommand] = [screen] + GenerateCommand.all

    static let screen = Subcommand(
        ["screen"], summary: LocalizedText(zh: "在某一日期用全部处理器核心筛查一批案件（JSON Lines）", en: "Screen a catalogue of cases (JSON Lines) on a date, on all cores"),
        help: LocalizedText(
            zh: """
                用法：medip screen FILE.jsonl --as-of YYYY-MM-DD [--jobs N] [--output FILE]
                                   [--batch N] [--verdicts | --trace] [--summary-json FILE] [--strict]
                                   [--allow-unknown-keys] [--schedule FILE.csv]... [--strict-dates]
                                   [--format text|json] [--lang zh|en]
                                   [--horizon YYYY-MM-DD | --within N[d|w|m|y]] [--changes-only]

                每行读取一个案件文件（FILE 可为 -，表示标准输入），用 N 个工作线程（默认：全部处理器）在
                评估日对每个案件作出决定，并按输入顺序为每个输入行向标准输出或 --output 写一行 JSON：
                  {"line": 1, "decision": {…}}      决定（除非给出 --trace，不含追踪记录）
                  {"line": 2, "error": {…}}         无法读取、无效或无法作出决定的案件——在原位置报告
                --verdicts 改为写 {"line": 1, "verdict": {"disposition": …, "date": …, …}}：
                只有挂网的处理结论，不含引用（案件仍会校验）。
                案件文件格式未定义的键使该行成为错误，除非用 --allow-unknown-keys 忽略它（用于较新版本
                程序生成的文件；这样的行读取较慢）。
                义务期限落在没有工作日安排的年份时，写为 "unknownDate" / "unknownDue"（年份、表达式、起算的
                案件字段 "from"），案件照常作出决定；--strict-dates 则使这样的案件成为评估错误（见选项）。
                每个决定都注明作出它的依据（schemaVersion、libraryVersion、ruleSetDigest）；--verdicts 的行
                不注明，摘要对两者都注明。
                标准错误是终端时，在其上显示带速率和预计剩余时间的进度条。
                结束时，摘要（每种处理方式和每项被引用措施的案件数、有义务已逾期的决定数，以及规则集的
                散列值）写到标准错误（使用 --lang 的语言，默认英文），给出 --summary-json FILE 时另以 JSON
                写入该文件。内存占用有上限：无论 --jobs 和输入的长度如何，已读取但尚未写出的行至多为
                --batch N 行（默认 2048）（行按每批 max(1, min(256, N / (jobs + 1))) 行分给工作线程）。

                --output 和 --summary-json 先写入目标旁边的临时文件，运行完成后再重命名到位：中断或失败的
                运行不会改动原有文件（原来没有则不留下文件）。两者都不能是输入文件，也不能是同一个文件
                （包括通过符号链接或硬链接）：否则为用法错误。

                选项：
                \(EvaluatorOptions.help.zh)
                \(ErrorReport.errorFormatHelp.zh)
                \(horizonHelp.zh)

                退出状态：0 输入已读取且每个输出都已写入（即使有案件失败；--strict 使任何失败的案件导致
                退出状态 1）；1 输入无法读取或输出无法写入（磁盘已满、管道已关闭）；2 用法错误。
                """,
            en: """
                USAGE: medip screen FILE.jsonl --as-of YYYY-MM-DD [--jobs N] [--output FILE]
                                    [--batch N] [--verdicts | --trace] [--summary-json FILE] [--strict]
                                    [--allow-unknown-keys] [--schedule FILE.csv]... [--strict-dates]
                                    [--format text|json] [--lang zh|en]
                                    [--horizon YYYY-MM-DD | --within N[d|w|m|y]] [--changes-only]

                Reads one case file per line (FILE may be - for standard input), decides every case
                on the as-of date using N workers (default: all processors), and writes one JSON line
                per input line, in input order, to standard output or --output:
                  {"line": 1, "decision": {…}}      the decision (without trace unless --trace)
                  {"line": 2, "error": {…}}         a case that could not be read, is invalid, or
                                                    could not be decided — reported in place
                --verdicts writes {"line": 1, "verdict": {"disposition": …, "date": …, …}} instead:
                the listing decision alone, without citations (cases are still validated).
                A key the case-file format does not define makes that line an error unless
                --allow-unknown-keys ignores it (for files from a newer producer; such lines are read
                more slowly).
                A due date in a year with no working-day schedule is written as "unknownDate" /
                "unknownDue" (year, expression, the case field "from") and the case is decided;
                --strict-dates makes such a case an evaluation error instead (see OPTIONS).
                Each decision names the law that made it (schemaVersion, libraryVersion,
                ruleSetDigest); verdict lines do not, and the summary does for both.
                A progress bar with rate and ETA is drawn on standard error when it is a terminal.
                At the end a summary (counts per disposition and per measure cited, of decisions
                with an obligation past its due date, and the rule-set digest) goes to standard
                error (in the --lang language, default English), and as JSON to --summary-json FILE
                if given. Memory stays bounded: at most --batch N lines (default 2048) are read and
                not yet written, whatever --jobs and the input's length (lines go to the workers in
                runs of max(1, min(256, N / (jobs + 1)))).

                --output and --summary-json are written to a temporary file beside the target and
                renamed into place when the run completes: an interrupted or failed run leaves the
                previous file untouched (or none). Neither may be the input file or each other (also
                through a symlink or hard link): that is a usage error.

                OPTIONS:
                \(EvaluatorOptions.help.en)
                \(ErrorReport.errorFormatHelp.en)
                \(horizonHelp.en)

                Exit 0 when the input was read and every output written (even if some cases failed;
                --strict makes any failed case exit 1); 1 when the input cannot be read or an output
                cannot be written (a full disk, a closed pipe); 2 for a usage error.
                """)
    ) { args, io throws(CommandError) in
        let arguments = try Arguments(args, options: Set(["as-of", "jobs", "output", "batch", "summary-json", "format", "lang"]).union(horizonOptions), flags: Set(["trace", "strict", "verdicts", "allow-unknown-keys"]).union(EvaluatorOptions.flags).union(horizonFlags),
            repeatable: EvaluatorOptions.repeatable)
        try ErrorReport.checkErrorFormat(arguments)
        try arguments.expectPositionals(atMost: 1)
        let language = try arguments.language()
        let path = try arguments.positional(0, "FILE.jsonl")
        guard let asOfText = arguments.option("as-of") else { throw .usage(zh: "缺少 --as-of YYYY-MM-DD", en: "missing --as-of YYYY-MM-DD") }
        let asOf = try Arguments.date(asOfText, "--as-of")
        var jobs: Int?
        if let text = arguments.option("jobs") {
            let value = try Arguments.integer(text, "--jobs")
            guard (1...256).contains(value) else { throw .usage(zh: "--jobs 必须在 1…256 之间", en: "--jobs must be 1…256") }
            jobs = value
        }
        var batch = 2_048
        if let text = arguments.option("batch") {
            batch = try Arguments.integer(text, "--batch")
            guard (1...100_000).contains(batch) else { throw .usage(zh: "--batch 必须在 1…100000 之间", en: "--batch must be 1…100000") }
        }
        if arguments.flag("verdicts") && arguments.flag("trace") {
            throw .usage(zh: "--verdicts 与 --trace 不能同时使用", en: "--verdicts and --trace exclude each other")
        }
        let horizon = try horizon(arguments, asOf: asOf)
        let outputPath = arguments.option("output")
        let summaryPath = arguments.option("summary-json")
        try DistinctFiles.check(
            input: .init(option: "FILE", path: path),
            outputs: [.init(option: "--output", path: outputPath)]
                + (summaryPath.map { [.init(option: "--summary-json", path: $0)] } ?? []),
            io: io)
        let evaluator = try EvaluatorOptions.evaluator(arguments, io)
        let reader = try LineReader.open(path, io: io)
        try reader.requireJSONLines()
        let writer = try BufferedWriter.create(outputPath, io: io)
        let screener = Screener(
            evaluator: evaluator, asOf: asOf, jobs: jobs, batchSize: batch,
            detail: arguments.flag("trace") ? .full : .summary,
            decoding: DomainCommands.decodingOptions(arguments))
        let progress = ProgressBar(io: io, totalBytes: reader.fileSize, language: language)
        if let horizon {
            return try screenWithHorizon(
                horizon, screener: screener, reader: reader, writer: writer, progress: progress, summaryPath: summaryPath,
                strict: arguments.flag("strict"), language: language, io: io)
        }
        let output: Screener.LineOutput = arguments.flag("verdicts") ? .verdicts : .decisions
        let summary = try runScreening(writer: writer, progress: progress, summaryPath: summaryPath, io: io) {
            try screener.screenJSONLines(
                output: output,
                runs: reader,
                write: { bytes in try writer.write(bytes) },
                progress: { lines, bytes in progress.update(lines: lines, bytes: bytes) })
        } record: { $0 }
        io.error(render(summary, language))
        return arguments.flag("strict") && summary.failed > 0 ? 1 : 0
    }
}

extension ScreeningCommands {
    /// Runs one screening pass (`screen`), then completes the output file and the progress bar and,
    /// when `--summary-json` asks for it, writes `record(result)` there as one JSON line. Shared by
    /// plain screening and screening with a horizon.
    static func runScreening<Result, Record: Encodable>(
        writer: BufferedWriter, progress: ProgressBar, summaryPath: String?, io: CommandIO,
        _ screen: () throws -> Result, record: (Result) -> Record
    ) throws(CommandError) -> Result {
        let result: Result
        do {
            result = try screen()
        } catch {
            throw .unexpected(error)
        }
        try writer.finish()
        progress.finish()
        if let summaryPath {
            let summaryWriter = try BufferedWriter.create(summaryPath, io: io)
            try summaryWriter.write(Array(try JSONOutput.encode(record(result)).utf8) + [0x0A])
            try summaryWriter.finish()
        }
        return result
    }
}

/// A progress bar with rate and ETA on standard error, drawn only when it is a terminal, in the
/// language of `--lang`.
final class ProgressBar {
    private let io: CommandIO
    private let totalBytes: Int?
    private let language: Language
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant
    private var drew = false

    init(io: CommandIO, totalBytes: Int?, language: Language) {
        self.io = io
        self.totalBytes = totalBytes
        self.language = language
        started = clock.now
        lastDrawn = started
    }

    func update(lines: Int, bytes: Int) {
        guard io.stderrIsTerminal else { return }
        let now = clock.now
        guard now - lastDrawn > .milliseconds(200) else { return }
        lastDrawn = now
        let seconds = max(0.001, Double((now - started).components.seconds) + Double((now - started).components.attoseconds) / 1e18)
        let rate = Double(lines) / seconds
        let zh = language == .zh
        let counted = zh ? "\(lines) 件  \(Int(rate)) 件/秒" : "\(lines) cases  \(Int(rate))/s"
        var text = "\r" + counted
        if let totalBytes, totalBytes > 0 {
            let fraction = min(1, Double(bytes) / Double(totalBytes))
            let width = 30
            let filled = Int(fraction * Double(width))
            let eta = fraction > 0 ? seconds * (1 - fraction) / fraction : 0
            text = "\r[" + String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
                + "] \(Int(fraction * 100))%  " + counted + (zh ? "  预计剩余 \(Int(eta)) 秒" : "  ETA \(Int(eta))s")
        }
        io.writeError(text + "   ")
        drew = true
    }

    func finish() {
        if drew { io.writeError("\n") }
    }
}
