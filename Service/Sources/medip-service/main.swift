import ArgumentParser
import Foundation
import Hummingbird
import Logging
import MedIPPolicy
import MedipServiceCore
import Metrics

/// `medip-service`: the MedIPPolicy decision service. Every option can also be set by an
/// environment variable (`MEDIP_SERVICE_` + the option in upper snake case, e.g.
/// `MEDIP_SERVICE_PORT`); a flag on the command line wins. Extra working-day schedules come from
/// `--schedule` and `MEDIP_SCHEDULES`, as for `medip`.
@main
struct MedipService: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "medip-service",
        abstract: "Serve MedIPPolicy decisions over HTTP/JSON (see Service/README.md and Service/openapi.yaml).",
        discussion: """
            Every option may also be given in the environment as MEDIP_SERVICE_<OPTION> (upper \
            snake case: MEDIP_SERVICE_PORT, MEDIP_SERVICE_DECISION_LOG, …); the command line wins. \
            Extra working-day schedules: --schedule FILE.csv (repeatable) and MEDIP_SCHEDULES \
            (colon-separated), added to the built-in 2022–2026 schedule as for medip. \
            SIGTERM or SIGINT stops the service gracefully: it stops accepting connections, \
            finishes the requests in flight, then closes the decision log.
            """)

    @Option(help: "Address to bind (default 127.0.0.1; 0.0.0.0 for every interface).")
    var host: String?
    @Option(help: "TCP port (default 8080; 0 picks a free one, printed at start).")
    var port: Int?
    @Option(help: "Append one JSON line per decision to this file (default: no decision log).")
    var decisionLog: String?
    @Flag(inversion: .prefixedNo, help: "fsync each group of decision-log lines before the responses are sent.")
    var durable: Bool?
    @Option(help: "Rotate the decision log past this many bytes (default 268435456).")
    var rotateBytes: Int?
    @Option(help: "Largest body of POST /v1/decisions, in bytes (default 1048576).")
    var maxCaseBytes: Int?
    @Option(help: "Largest body of POST /v1/screenings, in bytes (default 8589934592).")
    var maxScreeningBytes: Int?
    @Option(help: "Time limit of a request, in seconds (default 10).")
    var requestTimeout: Int?
    @Option(help: "Time limit of a screening, in seconds (default 3600).")
    var screeningTimeout: Int?
    @Option(help: "Idle keep-alive connections are closed after this many seconds (default 60).")
    var idleTimeout: Int?
    @Option(help: "Workers per screening (default: the number of processors).")
    var screeningJobs: Int?
    @Option(help: "Add a year's working-day schedule (CSV, as for medip --schedule); repeatable.")
    var schedule: [String] = []
    @Flag(help: "Refuse (422) a case whose due date needs a year without a schedule, instead of deciding it with that date unknown.")
    var strictDates = false
    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical (default info).")
    var logLevel: String?

    func run() async throws {
        let settings = try self.settings(environment: ProcessInfo.processInfo.environment)
        let level = settings.logLevel
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "medip-service")
        let configuration = settings.configuration
        let limits = configuration.limits
        let evaluator = configuration.evaluator
        let calendar = evaluator.calendar

        let metrics = ServiceMetrics()
        MetricsSystem.bootstrap(metrics.factory())
        let log: DecisionLog?
        do {
            log = try configuration.decisionLog.map { config throws(DecisionLogError) in try DecisionLog(configuration: config, logger: logger) }
        } catch {
            throw ValidationError("decision log: \(error.message)")
        }
        let service = DecisionService(configuration: configuration, decisionLog: log, metrics: metrics, logger: logger)
        let app = Application(
            router: service.router(),
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(limits.idleSeconds)))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "medip-service"),
            services: log.map { [$0] } ?? [],
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                // One line on standard output that scripts wait for (the port matters with --port 0).
                FileHandle.standardOutput.write(Data("medip-service listening on \(configuration.host):\(port)\n".utf8))
                logger.info(
                    "listening",
                    metadata: [
                        "host": "\(configuration.host)", "port": "\(port)", "ruleSetDigest": "\(evaluator.ruleSetDigest)",
                        "decisionLog": "\(configuration.decisionLog?.path ?? "none")",
                        "durable": "\(configuration.decisionLog?.durable ?? false)",
                        "calendarYears": "\(calendar.coveredYears.lowerBound)-\(calendar.coveredYears.upperBound)",
                    ])
            },
            logger: logger)
        // SIGTERM and SIGINT shut down gracefully: no new connections, requests in flight finish,
        // then the decision log (a service of the group) writes what is pending and closes.
        try await app.runService()
        logger.info("stopped")
    }

    /// What the options and the environment resolve to: the log level and the configuration.
    struct Settings {
        var logLevel: Logger.Level
        var configuration: ServiceConfiguration
    }

    /// Resolves every option: the command line, else `MEDIP_SERVICE_<OPTION>` in `environment`,
    /// else the default; the schedules of `MEDIP_SCHEDULES` and `--schedule` are loaded.
    ///
    /// - Throws: `ValidationError` naming the option or the variable at fault and the value it
    ///   had; ``ScheduleLoaderError`` naming a schedule file.
    func settings(environment: [String: String]) throws -> Settings {
        let levels = "trace, debug, info, notice, warning, error, critical"
        let levelText = try choose(logLevel, "LOG_LEVEL", "info", environment, expecting: "one of \(levels)") { $0 }
        guard let level = Logger.Level(rawValue: levelText) else {
            throw ValidationError("\(Self.source(of: logLevel, "LOG_LEVEL")) must be one of \(levels), not \"\(levelText)\"")
        }

        var limits = ServiceLimits()
        limits.maxCaseBytes = try positive(maxCaseBytes, "MAX_CASE_BYTES", limits.maxCaseBytes, environment)
        limits.maxScreeningBytes = try positive(maxScreeningBytes, "MAX_SCREENING_BYTES", limits.maxScreeningBytes, environment)
        limits.requestSeconds = try positive(requestTimeout, "REQUEST_TIMEOUT", limits.requestSeconds, environment)
        limits.screeningSeconds = try positive(screeningTimeout, "SCREENING_TIMEOUT", limits.screeningSeconds, environment)
        limits.idleSeconds = try positive(idleTimeout, "IDLE_TIMEOUT", limits.idleSeconds, environment)

        let booleans = ["true": true, "false": false]
        let strictFromEnvironment = try choose(nil as Bool?, "STRICT_DATES", false, environment, expecting: "true or false") { booleans[$0] }
        let strict = strictDates || strictFromEnvironment
        let calendar = try ScheduleLoader.calendar(paths: try schedulePaths(environment))
        let evaluator = Evaluator(calendar: calendar, unknownDates: strict ? .fail : .record)

        let port = try choose(port, "PORT", 8080, environment, expecting: "a port number 0…65535") { Int($0) }
        guard (0...65_535).contains(port) else {
            throw ValidationError("\(Self.source(of: self.port, "PORT")) must be a port number 0…65535, not \(port)")
        }
        var configuration = ServiceConfiguration(
            host: try choose(host, "HOST", "127.0.0.1", environment, expecting: "an address") { $0 },
            port: port,
            limits: limits, evaluator: evaluator,
            screeningJobs: try positive(screeningJobs, "SCREENING_JOBS", Screener.processorCount, environment))
        // Not `choose`: with an optional fallback its `given` would be `.some(nil)` and win.
        if let path = try decisionLog ?? environment["MEDIP_SERVICE_DECISION_LOG"].map(Self.nonEmptyLogPath) {
            configuration.decisionLog = DecisionLogConfiguration(
                path: path,
                durable: try choose(durable, "DURABLE", false, environment, expecting: "true or false") { booleans[$0] },
                rotateBytes: try positive(rotateBytes, "ROTATE_BYTES", 256 << 20, environment))
        }
        return Settings(logLevel: level, configuration: configuration)
    }

    /// The path of `MEDIP_SERVICE_DECISION_LOG`, which must not be empty.
    private static func nonEmptyLogPath(_ text: String) throws -> String {
        guard !text.isEmpty else { throw ValidationError("MEDIP_SERVICE_DECISION_LOG must be a file path, not \"\"") }
        return text
    }

    /// `--option-name` for a command-line value, `MEDIP_SERVICE_<NAME>` otherwise.
    private static func source(of given: (some Any)?, _ name: String) -> String {
        given == nil ? "MEDIP_SERVICE_" + name : "--" + name.lowercased().replacingOccurrences(of: "_", with: "-")
    }

    /// The command-line value, else `MEDIP_SERVICE_<name>` parsed by `parse`, else `fallback`.
    private func choose<T>(
        _ given: T?, _ name: String, _ fallback: T, _ environment: [String: String], expecting: String, _ parse: (String) -> T?
    ) throws -> T {
        if let given { return given }
        let variable = "MEDIP_SERVICE_" + name
        guard let text = environment[variable] else { return fallback }
        guard let value = parse(text) else {
            throw ValidationError("\(variable) must be \(expecting), not \"\(text)\"")
        }
        return value
    }

    /// An integer option that must be at least 1.
    private func positive(_ given: Int?, _ name: String, _ fallback: Int, _ environment: [String: String]) throws -> Int {
        let value = try choose(given, name, fallback, environment, expecting: "an integer") { Int($0) }
        guard value >= 1 else { throw ValidationError("\(Self.source(of: given, name)) must be at least 1, not \(value)") }
        return value
    }

    /// `MEDIP_SCHEDULES` (colon-separated, as for `medip`) then every `--schedule`.
    private func schedulePaths(_ environment: [String: String]) throws -> [String] {
        var paths: [String] = []
        if let variable = environment["MEDIP_SCHEDULES"], !variable.isEmpty {
            let entries = variable.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard !entries.contains("") else { throw ValidationError("MEDIP_SCHEDULES has an empty entry; separate CSV paths with single colons") }
            paths = entries
        }
        return paths + schedule
    }
}
