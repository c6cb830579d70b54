import MedIPPolicy
import MedIPPolicyTesting

/// `medip generate`: deterministic case files for screening runs and benchmarks.
enum GenerateCommand {
    static let all: [Subcommand] = [generate]

    /// The as-of dates the generator's cases stay valid on. A generated case's dates reach about
    /// 24 years before its as-of date (patent filings) and its patent terms 20–25 years after
    /// the filing, so near the ends of 0001…9999 a moved date would leave the calendar or a
    /// term would end after 9999-12-31; inside this range every case validates (checked by
    /// `GenerateCommandTests` at both ends).
    static let supportedAsOf = CivilDate(uncheckedYear: 100, month: 1, day: 1)...CivilDate(uncheckedYear: 9950, month: 12, day: 31)

    static let generate = Subcommand(
        ["generate"], summary: LocalizedText(zh: "写出 N 个生成的案件（JSON Lines，由种子决定）", en: "Write N generated cases as JSON Lines (deterministic by seed)"),
        help: LocalizedText(
            zh: """
                用法：medip generate --count N [--seed S] [--as-of YYYY-MM-DD] [--invalid PERCENT]
                                     [--diverse] [--output FILE] [--format text|json]

                用 MedIPPolicyTesting 的带种子生成器写出 N 个有效的案件文件，每行一个紧凑的 JSON 对象：
                一个贴近实际、能得出每种处理方式的组合。相同的种子（默认 1）在任何平台上都生成相同的字节。
                每个生成的案件都围绕其自身的评估日构造；--as-of D 移动每个案件的所有日期，使它在 D 读来
                与在其自身日期时相同（请用相同的 --as-of 筛查该文件）；D 必须在 0100-01-01…9950-12-31
                之内，在此范围内移动后的案件都保持有效。--invalid P 把 P% 的行（0–100）替换为无效案件
                生成器故意生成的无效案件文件。
                --diverse 让每个案件在其原型之外随机变化（自主承诺、异议、意见、纠纷、裁决、声明、市场独占期、
                采购状态、适用地区、评估日，各自随机）：每 100,000 个案件有数千种不同的事实组合，而不是
                几十种，用于不能只走少数几条路径的基准测试和差分测试。

                选项：
                \(ErrorReport.errorFormatHelp.zh)

                退出状态：成功为 0；输出无法写入时为 1；用法错误为 2。
                """,
            en: """
                USAGE: medip generate --count N [--seed S] [--as-of YYYY-MM-DD] [--invalid PERCENT]
                                      [--diverse] [--output FILE] [--format text|json]

                Writes N valid case files, one compact JSON object per line, from MedIPPolicyTesting's
                seeded generator: a realistic mix that reaches every disposition. The same seed (default
                1) gives the same bytes on every platform. Each generated case is built around its own
                as-of date; --as-of D moves every date of each case so that it reads on D as it did on
                its own date (screen the file with the same --as-of); D must be within
                0100-01-01…9950-12-31, where every moved case stays valid. --invalid P replaces P per cent of
                the lines (0–100) with deliberately invalid case files from the invalid-case generator.
                --diverse varies every case past its archetype (commitments, objections, opinions,
                disputes, rulings, declarations, exclusivities, standing, jurisdiction, as-of date, each
                at random): thousands of distinct fact combinations per 100,000 cases instead of a few
                dozen, for benchmarks and differential tests that must not ride on a handful of paths.

                OPTIONS:
                \(ErrorReport.errorFormatHelp.en)

                Exit 0 on success; 1 when the output cannot be written; 2 for a usage error.
                """)
    ) { args, io throws(CommandError) in
        let arguments = try Arguments(args, options: ["count", "seed", "as-of", "invalid", "output", "format"], flags: ["diverse"])
        try ErrorReport.checkErrorFormat(arguments)
        try arguments.expectPositionals(atMost: 0)
        guard let countText = arguments.option("count") else { throw .usage(zh: "缺少 --count N", en: "missing --count N") }
        let count = try Arguments.integer(countText, "--count")
        guard (0...100_000_000).contains(count) else {
            throw .usage(zh: "--count 必须在 0…100000000 之间", en: "--count must be 0…100000000")
        }
        var seed: UInt64 = 1
        if let text = arguments.option("seed") {
            guard let value = UInt64(text) else {
                let quoted = text.escapedForMessage()
                throw .usage(zh: "--seed：不是无符号整数：\"\(quoted)\"", en: "--seed: not an unsigned integer: \"\(quoted)\"")
            }
            seed = value
        }
        let asOf = try arguments.option("as-of").map { text throws(CommandError) in try Arguments.date(text, "--as-of") }
        if let asOf, !supportedAsOf.contains(asOf) {
            let range = "\(supportedAsOf.lowerBound)…\(supportedAsOf.upperBound)"
            throw .usage(
                zh: "--as-of \(asOf) 不在 \(range) 之内，即生成的案件保持有效的日期范围",
                en: "--as-of \(asOf) is outside \(range), the dates on which generated cases stay valid")
        }
        var invalidPercent = 0
        if let text = arguments.option("invalid") {
            invalidPercent = try Arguments.integer(text, "--invalid")
            guard (0...100).contains(invalidPercent) else { throw .usage(zh: "--invalid 必须在 0…100 之间", en: "--invalid must be 0…100") }
        }
        let writer = try BufferedWriter.create(arguments.option("output"), io: io)
        var generator = CaseGenerator(seed: seed, diverse: arguments.flag("diverse"))
        var invalid = InvalidCaseGenerator(seed: seed &+ 0x9E37_79B9_7F4A_7C15)
        var chooser = FixtureRandom(seed: seed ^ 0xD1B5_4A32_D192_ED03)
        let pool = Screener(asOf: asOf ?? CivilDate.minimum)
        var remaining = count
        while remaining > 0 {
            let size = min(remaining, 4_096)
            remaining -= size
            var batch: [Line] = []
            batch.reserveCapacity(size)
            for _ in 0..<size {
                if invalidPercent > 0 && chooser.percent(invalidPercent) {
                    batch.append(.raw(Array(invalid.next().caseFile)))
                } else {
                    let generated = generator.next()
                    batch.append(.facts(asOf.map { generated.facts.shifted(byDays: generated.asOf.days(to: $0)) } ?? generated.facts))
                }
            }
            let encoded = pool.parallelMap(batch) { line -> [UInt8]? in
                switch line {
                case .raw(let bytes): return bytes.filter { $0 != 0x0A && $0 != 0x0D } + [0x0A]
                case .facts(let facts): return (try? CaseFile.encode(facts, pretty: false)).map { Array($0) + [0x0A] }
                }
            }
            for line in encoded {
                guard let line else { throw .badInput(zh: "无法编码生成的案件", en: "a generated case could not be encoded") }
                try writer.write(line)
            }
        }
        try writer.finish()
        return 0
    }

    enum Line: Sendable {
        case facts(Case)
        case raw([UInt8])
    }
}
