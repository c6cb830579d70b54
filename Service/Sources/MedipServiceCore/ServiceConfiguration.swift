import MedIPPolicy

/// Everything `medip-service` is started with: where it listens, its limits, its decision log
/// and the evaluator (with any extra working-day schedules) it decides with.
public struct ServiceConfiguration: Sendable {
    /// The address to bind, e.g. `127.0.0.1` (loopback only) or `0.0.0.0`.
    public var host: String
    /// The TCP port; 0 asks the system for a free one (the chosen port is printed at start).
    public var port: Int
    /// The limits on requests.
    public var limits: ServiceLimits
    /// The decision log, or `nil` for none.
    public var decisionLog: DecisionLogConfiguration?
    /// The evaluator every request decides with.
    public var evaluator: Evaluator
    /// Workers per screening request (at least 1; default: the number of processors).
    public var screeningJobs: Int

    /// Creates a configuration.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, limits: ServiceLimits = ServiceLimits(),
        decisionLog: DecisionLogConfiguration? = nil, evaluator: Evaluator = Evaluator(),
        screeningJobs: Int = Screener.processorCount
    ) {
        self.host = host
        self.port = port
        self.limits = limits
        self.decisionLog = decisionLog
        self.evaluator = evaluator
        self.screeningJobs = max(1, screeningJobs)
    }
}

/// The limits a request must stay within; beyond them it is refused with 413 (size) or 503
/// (time) and a JSON error naming the limit.
public struct ServiceLimits: Sendable, Hashable {
    /// The largest body of `POST /v1/decisions`, in bytes (default ``CaseFile/maxBytes``, 1 MiB,
    /// the most the case reader accepts).
    public var maxCaseBytes: Int
    /// The largest body of `POST /v1/screenings`, in bytes (default 8 GiB). A line longer than
    /// ``CaseFile/maxBytes`` is not a limit breach: it is reported in place as a `tooLarge` case.
    public var maxScreeningBytes: Int
    /// The longest a request other than a screening may take, from its head to its response
    /// head, in seconds (default 10).
    public var requestSeconds: Int
    /// The longest a screening may take, from its head to its last output line, in seconds
    /// (default 3,600).
    public var screeningSeconds: Int
    /// Lines decided together in one step of a screening (default 1,024): with
    /// ``screeningBatchBytes``, what bounds the memory a screening holds.
    public var screeningBatchLines: Int
    /// Input bytes decided together in one step of a screening (default 4 MiB).
    public var screeningBatchBytes: Int
    /// The longest a keep-alive connection may stay idle, in seconds (default 60).
    public var idleSeconds: Int

    /// Creates limits.
    public init(
        maxCaseBytes: Int = CaseFile.maxBytes, maxScreeningBytes: Int = 8 << 30, requestSeconds: Int = 10,
        screeningSeconds: Int = 3_600, screeningBatchLines: Int = 1_024, screeningBatchBytes: Int = 4 << 20,
        idleSeconds: Int = 60
    ) {
        self.maxCaseBytes = maxCaseBytes
        self.maxScreeningBytes = maxScreeningBytes
        self.requestSeconds = requestSeconds
        self.screeningSeconds = screeningSeconds
        self.screeningBatchLines = screeningBatchLines
        self.screeningBatchBytes = screeningBatchBytes
        self.idleSeconds = idleSeconds
    }
}

/// Where and how the decision log is written.
public struct DecisionLogConfiguration: Sendable, Hashable {
    /// The log file (JSON Lines); rotated files are named `PATH.1`, `PATH.2`, … (oldest first).
    public var path: String
    /// Whether every line is on disk (`fsync`) before the response that reports its decision is
    /// sent. Without it a line is handed to the operating system before the response (it
    /// survives a crash of the service, not of the machine).
    public var durable: Bool
    /// The size past which the file is rotated, in bytes (default 256 MiB).
    public var rotateBytes: Int

    /// Creates a decision-log configuration.
    public init(path: String, durable: Bool = false, rotateBytes: Int = 256 << 20) {
        self.path = path
        self.durable = durable
        self.rotateBytes = rotateBytes
    }
}
