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
        ["generate"], summary: "Write N generated cases as JSON Lines (deterministic by seed)",
        help: """
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
            \(ErrorReport.errorFormatHelp)

            Exit 0 on success; 1 when the output cannot be written; 2 for a usage error.
            """
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
