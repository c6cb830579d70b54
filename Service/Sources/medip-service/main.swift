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
        let environment = ProcessInfoEnvironment()
        let levelText = try choose(logLevel, "LOG_LEVEL", "info") { $0 }
        guard let level = Logger.Level(rawValue: levelText) else {
            throw ValidationError("--log-level must be one of trace, debug, info, notice, warning, error, critical")
        }
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "medip-service")

        var limits = ServiceLimits()
        limits.maxCaseBytes = try choose(maxCaseBytes, "MAX_CASE_BYTES", limits.maxCaseBytes, positive: true)
        limits.maxScreeningBytes = try choose(maxScreeningBytes, "MAX_SCREENING_BYTES", limits.maxScreeningBytes, positive: true)
        limits.requestSeconds = try choose(requestTimeout, "REQUEST_TIMEOUT", limits.requestSeconds, positive: true)
        limits.screeningSeconds = try choose(screeningTimeout, "SCREENING_TIMEOUT", limits.screeningSeconds, positive: true)
        limits.idleSeconds = try choose(idleTimeout, "IDLE_TIMEOUT", limits.idleSeconds, positive: true)

        let strictFromEnvironment = try choose(nil as Bool?, "STRICT_DATES", false) { ["true": true, "false": false][$0] }
        let strict = strictDates || strictFromEnvironment
        let calendar = try ScheduleLoader.calendar(paths: try schedulePaths(environment))
        let evaluator = Evaluator(calendar: calendar, unknownDates: strict ? .fail : .record)

        var configuration = ServiceConfiguration(
            host: try choose(host, "HOST", "127.0.0.1") { $0 },
            port: try choose(port, "PORT", 8080),
            limits: limits, evaluator: evaluator,
            screeningJobs: try choose(screeningJobs, "SCREENING_JOBS", Screener.processorCount, positive: true))
        guard (0...65_535).contains(configuration.port) else { throw ValidationError("--port must be 0…65535") }
        if let path = try choose(decisionLog, "DECISION_LOG", nil as String?, { $0 }) {
            configuration.decisionLog = DecisionLogConfiguration(
                path: path,
                durable: try choose(durable, "DURABLE", false) { ["true": true, "false": false][$0] },
                rotateBytes: try choose(rotateBytes, "ROTATE_BYTES", 256 << 20, positive: true))
        }

        let metrics = ServiceMetrics()
        MetricsSystem.bootstrap(metrics.factory())
        let log: DecisionLog?
        do {
            log = try configuration.decisionLog.map { config throws(DecisionLogError) in try DecisionLog(configuration: config, logger: logger) }
        } catch {
            throw ValidationError("decision log: \(error.message)")
        }
        let settings = configuration
        let service = DecisionService(configuration: configuration, decisionLog: log, metrics: metrics, logger: logger)
        let app = Application(
            router: service.router(),
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(limits.idleSeconds)))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "medip-service"),
            services: log.map { [$0] } ?? [],
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? settings.port
                // One line on standard output that scripts wait for (the port matters with --port 0).
                FileHandle.standardOutput.write(Data("medip-service listening on \(settings.host):\(port)\n".utf8))
                logger.info(
                    "listening",
                    metadata: [
                        "host": "\(settings.host)", "port": "\(port)", "ruleSetDigest": "\(evaluator.ruleSetDigest)",
                        "decisionLog": "\(settings.decisionLog?.path ?? "none")",
                        "durable": "\(settings.decisionLog?.durable ?? false)",
                        "calendarYears": "\(calendar.coveredYears.lowerBound)-\(calendar.coveredYears.upperBound)",
                    ])
            },
            logger: logger)
        // SIGTERM and SIGINT shut down gracefully: no new connections, requests in flight finish,
        // then the decision log (a service of the group) writes what is pending and closes.
        try await app.runService()
        logger.info("stopped")
    }

    /// The command-line value, else `MEDIP_SERVICE_<name>` parsed by `parse`, else `fallback`.
    private func choose<T>(_ given: T?, _ name: String, _ fallback: T, _ parse: (String) -> T?) throws -> T {
        if let given { return given }
        let variable = "MEDIP_SERVICE_" + name
        guard let text = ProcessInfoEnvironment()[variable] else { return fallback }
        guard let value = parse(text) else { throw ValidationError("\(variable)=\(text) is not a valid value") }
        return value
    }

    private func choose(_ given: Int?, _ name: String, _ fallback: Int, positive: Bool = false) throws -> Int {
        let value = try choose(given, name, fallback) { text in Int(text) }
        if positive && value < 1 { throw ValidationError("\(name.lowercased().replacingOccurrences(of: "_", with: "-")) must be at least 1") }
        return value
    }

    /// `MEDIP_SCHEDULES` (colon-separated, as for `medip`) then every `--schedule`.
    private func schedulePaths(_ environment: ProcessInfoEnvironment) throws -> [String] {
        var paths: [String] = []
        if let variable = environment["MEDIP_SCHEDULES"], !variable.isEmpty {
            let entries = variable.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard !entries.contains("") else { throw ValidationError("MEDIP_SCHEDULES has an empty entry; separate CSV paths with single colons") }
            paths = entries
        }
        return paths + schedule
    }
}

/// The process environment.
struct ProcessInfoEnvironment {
    subscript(name: String) -> String? { ProcessInfo.processInfo.environment[name] }
}
