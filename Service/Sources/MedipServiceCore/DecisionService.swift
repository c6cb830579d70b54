import Dispatch
import HTTPTypes
import Hummingbird
import Logging
import MedIPPolicy
import NIOCore

/// The HTTP API of `medip-service`: the routes under `/v1`, `/health` and `/metrics`, described
/// by `Service/openapi.yaml`.
///
/// Every response body is JSON written by the library's writer (``CaseFile/encode(_:pretty:)``
/// with sorted keys), so a decision from `POST /v1/decisions` is byte for byte what
/// `medip evaluate --format json` prints for the same case, as-of date and detail, and the lines
/// of `POST /v1/screenings` are byte for byte what `medip screen` writes. Errors are
/// ``ServiceError`` objects.
public struct DecisionService: Sendable {
    /// The configuration the service runs with.
    public let configuration: ServiceConfiguration
    /// The decision log, if one is configured.
    public let decisionLog: DecisionLog?
    /// The metrics `GET /metrics` reports.
    public let metrics: ServiceMetrics
    private let logger: Logger

    /// The media types `POST /v1/screenings` accepts for JSON Lines.
    static let jsonLinesTypes: Set<String> = ["application/x-ndjson", "application/jsonl", "application/json-lines", "application/jsonlines"]

    /// Creates the service.
    public init(configuration: ServiceConfiguration, decisionLog: DecisionLog?, metrics: ServiceMetrics, logger: Logger) {
        self.configuration = configuration
        self.decisionLog = decisionLog
        self.metrics = metrics
        self.logger = logger
    }

    private var evaluator: Evaluator { configuration.evaluator }
    private var limits: ServiceLimits { configuration.limits }

    /// The router with every endpoint, the request-metrics middleware and the JSON error
    /// middleware.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: MetricsMiddleware())
        router.add(middleware: ErrorMiddleware(metrics: metrics))
        router.get("health") { request, context in try await self.respond(request, context) { _ in try self.health(request) } }
        router.get("metrics") { request, context in
            let id = Self.requestID(request, context)
            do throws(ServiceError) {
                _ = try Query(request, allowed: [])
            } catch {
                self.metrics.failed(error)
                return error.response(requestID: id)
            }
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: self.metrics.text())))
        }
        let v1 = router.group("v1")
        v1.post("decisions") { request, context in try await self.respond(request, context) { id in try await self.decide(request, id) } }
        v1.post("screenings") { request, context in await self.screen(request, context) }
        v1.get("measures") { request, context in try await self.respond(request, context) { _ in try self.measures(request) } }
        v1.get("measures/{id}") { request, context in
            try await self.respond(request, context) { _ in try self.measure(request, context.parameters.get("id") ?? "") }
        }
        v1.get("rules") { request, context in try await self.respond(request, context) { _ in try self.rules(request) } }
        v1.get("documents") { request, context in try await self.respond(request, context) { _ in try self.documents(request) } }
        v1.get("regimes") { request, context in try await self.respond(request, context) { _ in try self.regime(request) } }
        v1.get("calendar/working-days") { request, context in
            try await self.respond(request, context) { _ in try self.workingDays(request) }
        }
        return router
    }

    // MARK: Plumbing

    /// The caller's `X-Request-Id` when it is a plain token (1–128 of `A–Z a–z 0–9 . _ -`),
    /// otherwise the id Hummingbird gave the request.
    static func requestID(_ request: Request, _ context: BasicRequestContext) -> String {
        if let given = request.headers[HTTPField.Name.requestID], (1...128).contains(given.utf8.count),
            given.utf8.allSatisfy({ $0 < 0x80 && (Character(Unicode.Scalar($0)).isLetter || Character(Unicode.Scalar($0)).isNumber || $0 == 0x2E || $0 == 0x5F || $0 == 0x2D) })
        {
            return given
        }
        return context.id
    }

    /// Runs a handler under the request time limit and turns its ``ServiceError`` into a JSON
    /// error response; a body is JSON unless the handler built the response itself.
    private func respond(
        _ request: Request, _ context: BasicRequestContext, _ body: @escaping @Sendable (String) async throws -> Reply
    ) async throws -> Response {
        let id = Self.requestID(request, context)
        do {
            let reply = try await withTimeLimit(seconds: limits.requestSeconds) { try await body(id) }
            var headers = HTTPFields()
            headers[.contentType] = "application/json; charset=utf-8"
            headers[HTTPField.Name.requestID] = id
            headers[HTTPField.Name.ruleSetDigest] = evaluator.ruleSetDigest
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: reply.bytes)))
        } catch let error as ServiceError {
            metrics.failed(error)
            if error.status >= 500 {
                logger.warning("request failed", metadata: ["requestId": "\(id)", "code": "\(error.code)", "status": "\(error.status)"])
            } else {
                logger.debug("request refused", metadata: ["requestId": "\(id)", "code": "\(error.code)", "status": "\(error.status)"])
            }
            return error.response(requestID: id, language: Query.requestedLanguage(request))
        } catch {
            let failure = ServiceError(
                status: 400, code: "unreadableBody", en: "the request could not be read: \(error)", zh: "无法读取请求：\(error)")
            metrics.failed(failure)
            return failure.response(requestID: id, language: Query.requestedLanguage(request))
        }
    }

    /// A successful JSON body.
    struct Reply: Sendable {
        var bytes: [UInt8]

        /// `value` as `medip … --format json` prints it: pretty, sorted keys, then a newline; an
        /// encoding failure is a 500.
        init(_ value: some Encodable) throws(ServiceError) {
            do throws(CaseFileError) {
                bytes = Array(try CaseFile.encode(value)) + [0x0A]
            } catch {
                throw ServiceError(status: 500, code: "encodingFailed", en: error.description, zh: error.localizedMessage.zh)
            }
        }

        /// A decision as `init(_:)` writes it — the same bytes (``Decision/prettyJSON()``), trace
        /// included, without `JSONEncoder`.
        init(decision: Decision) {
            bytes = decision.prettyJSON() + [0x0A]
        }
    }

    /// Fails with 415 unless the request's media type is one of `types`.
    private func requireContentType(_ request: Request, _ types: Set<String>) throws(ServiceError) {
        let given = request.headers[.contentType] ?? ""
        let media = given.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        guard types.contains(media) else {
            throw ServiceError(
                status: 415, code: "unsupportedMediaType",
                en: "Content-Type must be \(types.sorted().joined(separator: " or ")), not \"\(given.escapedForMessage())\"",
                zh: "Content-Type 应为 \(types.sorted().joined(separator: " 或 "))，而不是 \"\(given.escapedForMessage())\"",
                path: "Content-Type")
        }
    }

    /// Fails with 413 when the declared `Content-Length` is over `limit`.
    private func requireLength(_ request: Request, atMost limit: Int) throws(ServiceError) {
        if let text = request.headers[.contentLength], let length = Int(text), length > limit {
            throw Self.tooLarge(length, limit)
        }
    }

    private static func tooLarge(_ length: Int?, _ limit: Int) -> ServiceError {
        var error = ServiceError(
            status: 413, code: "tooLarge",
            en: (length.map { "the body has \($0) bytes" } ?? "the body is too large") + "; the limit is \(limit)",
            zh: (length.map { "请求体有 \($0) 字节" } ?? "请求体过大") + "；上限为 \(limit) 字节")
        error.problems = [ServiceError.Problem(code: "tooLarge", path: nil, severity: "error", message: error.message)]
        error.complete = false
        return error
    }

    // MARK: POST /v1/decisions

    private func decide(_ request: Request, _ id: String) async throws -> Reply {
        let query = try Query(request, allowed: ["asOf", "detail", "lang", "allowUnknownKeys"])
        let language = try query.language()
        let asOf = try query.date("asOf") ?? Self.todayInBeijing()
        let detail = try query.choice("detail", DecisionDetail.self) ?? .full
        let options: CaseFile.DecodingOptions = try query.flag("allowUnknownKeys") ? .allowingUnknownKeys : .strict
        try requireContentType(request, ["application/json"])
        try requireLength(request, atMost: limits.maxCaseBytes)
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: limits.maxCaseBytes)
        } catch is NIOTooManyBytesError {
            throw Self.tooLarge(nil, limits.maxCaseBytes)
        }
        let bytes = Array(body.readableBytesView)
        let facts: Case
        do throws(CaseFileError) {
            // The fast reader: exactly `CaseFile.decode`'s case or error (as `medip evaluate`
            // reads), several times faster.
            facts = try CaseFile.decodeFast(bytes, options: options)
        } catch {
            throw ServiceError(decoding: error, language: language)
        }
        let decision: Decision
        do throws(EvaluationError) {
            decision = try evaluator.evaluate(facts, asOf: asOf, detail: detail)
        } catch {
            throw ServiceError(evaluation: error, language: language)
        }
        let reply = Reply(decision: decision)
        if decisionLog != nil {
            let entry = DecisionLogEntry(
                time: Timestamp.now().iso8601, requestId: id, endpoint: "decisions", line: nil,
                caseDigest: CaseFile.digest(bytes), asOf: asOf, ruleSetDigest: decision.ruleSetDigest, decision: decision)
            try await log(entry.jsonLine(), id)
        }
        metrics.decided([decision.disposition.kind.rawValue: 1], endpoint: "decisions")
        return reply
    }

    /// Appends to the decision log; a failure is a 503 (the decision is not returned unlogged).
    private func log(_ lines: [UInt8], _ id: String) async throws(ServiceError) {
        guard let decisionLog else { return }
        do {
            try await decisionLog.append(lines)
        } catch {
            throw ServiceError(
                status: 503, code: "decisionLogFailed", en: "the decision could not be logged: \(error)", zh: "无法记录该决定：\(error)")
        }
    }

    /// Today's civil date in Beijing (UTC+8), the default as-of date (as for `medip evaluate`).
    static func todayInBeijing() -> CivilDate {
        (try? CivilDate.today()) ?? CivilDate.minimum
    }

    // MARK: Catalog, rules, regimes, calendar

    private func health(_ request: Request) throws(ServiceError) -> Reply {
        _ = try Query(request, allowed: [])
        let years = evaluator.calendar.coveredYears
        return try Reply(Health(
            status: "ok", libraryVersion: MedIPPolicyVersion.current, decisionSchemaVersion: Decision.currentSchemaVersion,
            ruleSetDigest: evaluator.ruleSetDigest, calendarYears: [years.lowerBound, years.upperBound],
            decisionLog: decisionLog != nil))
    }

    private func measures(_ request: Request) throws(ServiceError) -> Reply {
        let query = try Query(request, allowed: ["document"])
        var measures = evaluator.catalog.allMeasures
        if let document = query["document"] {
            guard let found = evaluator.catalog.document(DocumentID(rawValue: document)) else {
                throw unknownDocument(document)
            }
            measures = found.measures
        }
        return try Reply(["measures": measures])
    }

    private func unknownDocument(_ text: String) -> ServiceError {
        ServiceError(
            status: 404, code: "unknownDocument",
            message: "no document \"\(text.escapedForMessage())\"; known: " + evaluator.catalog.documents.map(\.id.rawValue).joined(separator: ", "),
            path: "document")
    }

    private func measure(_ request: Request, _ text: String) throws(ServiceError) -> Reply {
        _ = try Query(request, allowed: [])
        let decoded = text.removingPercentEncoding ?? text
        guard let id = MeasureID(decoded), let measure = evaluator.catalog.measure(id) else {
            throw ServiceError(
                status: 404, code: "unknownMeasure",
                message: "no measure \"\(decoded.escapedForMessage())\" in the catalog; ids look like beijing-2026-3#8 (write # as %23 in a URL)",
                path: "id")
        }
        return try Reply(measure)
    }

    private func rules(_ request: Request) throws(ServiceError) -> Reply {
        let query = try Query(request, allowed: ["measure"])
        var rules = evaluator.rules.rules.sorted { $0.id < $1.id }
        if let text = query["measure"] {
            guard let id = MeasureID(text), evaluator.catalog.measure(id) != nil else {
                throw ServiceError(
                    status: 404, code: "unknownMeasure", message: "no measure \"\(text.escapedForMessage())\" in the catalog", path: "measure")
            }
            rules = rules.filter { $0.measure == id }
        }
        return try Reply(["rules": rules])
    }

    private func documents(_ request: Request) throws(ServiceError) -> Reply {
        _ = try Query(request, allowed: [])
        return try Reply(["documents": evaluator.catalog.documents.map(DocumentSummary.init)])
    }

    private func regime(_ request: Request) throws(ServiceError) -> Reply {
        let query = try Query(request, allowed: ["jurisdiction", "on"])
        guard let jurisdiction = try query.choice("jurisdiction", Jurisdiction.self) else {
            let allowed = Jurisdiction.allCases.map(\.rawValue).joined(separator: ", ")
            throw ServiceError(status: 400, code: "invalidQuery", message: "missing query parameter jurisdiction (one of \(allowed))", path: "jurisdiction")
        }
        let date = try query.date("on") ?? Self.todayInBeijing()
        return try Reply(evaluator.regime(for: jurisdiction, on: date))
    }

    private func workingDays(_ request: Request) throws(ServiceError) -> Reply {
        let query = try Query(request, allowed: ["from", "count", "lang"])
        let language = try query.language()
        let from = try query.requiredDate("from")
        guard let count = try query.integer("count") else {
            throw ServiceError(
                status: 400, code: "invalidQuery", en: "missing query parameter count (an integer)", zh: "缺少查询参数 count（整数）",
                path: "count")
        }
        let date: CivilDate
        do throws(CalendarError) {
            date = try evaluator.calendar.adding(workingDays: count, to: from)
        } catch {
            let zh = language == .zh
            let years = evaluator.calendar.coveredYears
            throw ServiceError(
                status: 422, code: "calendar",
                message: (zh ? "无法计算：" : "cannot count working days: ") + error.localizedMessage[language]
                    + (zh ? "（工作日安排覆盖 \(years.lowerBound)–\(years.upperBound) 年；用 --schedule 添加）"
                          : " (schedules cover \(years.lowerBound)–\(years.upperBound); add years with --schedule)"))
        }
        return try Reply(WorkingDays(from: from, count: count, date: date))
    }

    // MARK: POST /v1/screenings

    private func screen(_ request: Request, _ context: BasicRequestContext) async -> Response {
        let id = Self.requestID(request, context)
        let screening: Screening
        do {
            let query = try Query(request, allowed: ["asOf", "detail", "allowUnknownKeys"])
            let asOf = try query.requiredDate("asOf")
            let detail = try query.choice("detail", DecisionDetail.self) ?? .summary
            let options: CaseFile.DecodingOptions = try query.flag("allowUnknownKeys") ? .allowingUnknownKeys : .strict
            try requireContentType(request, Self.jsonLinesTypes)
            try requireLength(request, atMost: limits.maxScreeningBytes)
            let screener = Screener(
                evaluator: evaluator, asOf: asOf, jobs: configuration.screeningJobs,
                batchSize: limits.screeningBatchLines, detail: detail, decoding: options)
            screening = Screening(
                body: request.body, screener: screener, limits: limits, requestID: id, decisionLog: decisionLog,
                metrics: metrics, logger: logger)
            try await withTimeLimit(seconds: limits.requestSeconds) { try await screening.checkFirstLine() }
        } catch let error as ServiceError {
            metrics.failed(error)
            return error.response(requestID: id)
        } catch {
            let failure = ServiceError(status: 400, code: "unreadableBody", message: "the body could not be read: \(error)")
            metrics.failed(failure)
            return failure.response(requestID: id)
        }
        var headers = HTTPFields()
        headers[.contentType] = "application/x-ndjson"
        headers[HTTPField.Name.requestID] = id
        headers[HTTPField.Name.ruleSetDigest] = evaluator.ruleSetDigest
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in try await screening.stream(to: &writer) })
    }
}

/// `GET /health`.
struct Health: Encodable {
    var status: String
    var libraryVersion: String
    var decisionSchemaVersion: Int
    var ruleSetDigest: String
    var calendarYears: [Int]
    var decisionLog: Bool
}

/// `GET /v1/calendar/working-days`: the date `count` working days after `from`.
struct WorkingDays: Encodable {
    var from: CivilDate
    var count: Int
    var date: CivilDate
}

/// One entry of `GET /v1/documents`: a document without its measures (`GET /v1/measures?document=`
/// lists those).
struct DocumentSummary: Encodable {
    var id: DocumentID
    var number: String
    var title: LocalizedText
    var issuers: [DepartmentID]
    var dated: CivilDate
    var effective: CivilDate
    var published: CivilDate?
    var jurisdiction: Jurisdiction
    var relations: [DocumentRelation]
    var measureCount: Int

    init(_ document: PolicyDocument) {
        id = document.id
        number = document.number
        title = document.title
        issuers = document.issuers
        dated = document.dated
        effective = document.effective
        published = document.published
        jurisdiction = document.jurisdiction
        relations = document.relations
        measureCount = document.measures.count
    }
}

/// Turns the router's own errors (no such route: 404) into ``ServiceError`` JSON.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let metrics: ServiceMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPResponseError {
            let status = Int(error.status.code)
            let code = status == 404 ? "notFound" : status == 405 ? "methodNotAllowed" : "httpError"
            let endpoint = "\(request.method) \(request.uri.path.escapedForMessage())"
            let failure = ServiceError(
                status: status, code: code,
                en: status == 404 ? "no endpoint \(endpoint); see openapi.yaml" : "\(error.status)",
                zh: status == 404 ? "没有端点 \(endpoint)；见 openapi.yaml" : status == 405 ? "该端点不接受此方法（\(error.status)）" : "\(error.status)")
            metrics.failed(failure)
            return failure.response(requestID: DecisionService.requestID(request, context), language: Query.requestedLanguage(request))
        }
    }
}

/// Runs `operation`, failing with 503 `timeLimit` when it takes longer than `seconds` (it is
/// then cancelled).
func withTimeLimit<T: Sendable>(seconds: Int, _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: .seconds(seconds))
            throw ServiceError(
                status: 503, code: "timeLimit", en: "the request took longer than the limit of \(seconds) s", zh: "请求超过时限 \(seconds) 秒")
        }
        defer { group.cancelAll() }
        guard let first = try await group.next() else {
            throw ServiceError(status: 500, code: "internal", en: "no result", zh: "内部错误：没有结果")
        }
        return first
    }
}
