import Metrics
import Prometheus

/// The service's metrics in Prometheus text format (`GET /metrics`).
///
/// Hummingbird's `MetricsMiddleware` records every request through swift-metrics, which this
/// type routes to a Prometheus registry under Prometheus names:
///
/// - `medip_http_requests_total{http_route, http_request_method, http_response_status_code}`;
/// - `medip_http_request_duration_seconds` — a latency histogram with the same labels;
/// - `medip_http_active_requests{http_request_method}`;
///
/// and the service adds:
///
/// - `medip_decisions_total{endpoint, disposition}` — decisions made, by primary disposition
///   (处置) kind (`decisions` or `screenings`);
/// - `medip_screening_failures_total{stage}` — screened lines that were not decided;
/// - `medip_errors_total{code, status}` — error responses, by the ``ServiceError`` code.
public final class ServiceMetrics: Sendable {
    /// The registry `GET /metrics` emits.
    public let registry: PrometheusCollectorRegistry

    /// A registry with the service's metric families.
    public init() {
        registry = PrometheusCollectorRegistry()
    }

    /// The swift-metrics factory to bootstrap `MetricsSystem` with (once per process): it
    /// renames Hummingbird's request metrics as listed above and uses latency buckets from
    /// 100 µs to 10 s.
    public func factory() -> PrometheusMetricsFactory {
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2),
            .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
            .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2), .seconds(5), .seconds(10),
        ]
        factory.nameAndLabelSanitizer = { name, labels in
            let renamed: String = switch name {
            case "hb.requests": "medip_http_requests_total"
            case "http.server.request.duration": "medip_http_request_duration_seconds"
            case "hb.request.errors": "medip_http_request_errors_total"
            case "http.server.active_requests": "medip_http_active_requests"
            default: name
            }
            return (renamed, labels.map { ($0.0.replacingOccurrences(of: ".", with: "_"), $0.1) })
        }
        return factory
    }

    private static var decisions: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "medip", metricName: "decisions", unitName: "total", helpText: "Decisions made, by endpoint and primary disposition kind.")
    }
    private static var screeningFailures: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "medip", metricName: "screening_failures", unitName: "total", helpText: "Screened lines not decided, by stage.")
    }
    private static var errors: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "medip", metricName: "errors", unitName: "total", helpText: "Error responses, by error code and HTTP status.")
    }

    /// Counts decisions by primary disposition.
    func decided(_ counts: [String: Int], endpoint: String) {
        for (disposition, count) in counts where count > 0 {
            registry.makeCounter(
                descriptor: Self.decisions, labels: [("endpoint", endpoint), ("disposition", disposition)]
            ).increment(by: Int64(count))
        }
    }

    /// Counts screened lines that were not decided, by stage.
    func screeningFailures(_ counts: [String: Int]) {
        for (stage, count) in counts where count > 0 {
            registry.makeCounter(descriptor: Self.screeningFailures, labels: [("stage", stage)]).increment(by: Int64(count))
        }
    }

    /// Counts an error response.
    func failed(_ error: ServiceError) {
        registry.makeCounter(
            descriptor: Self.errors, labels: [("code", error.code), ("status", String(error.status))]
        ).increment()
    }

    /// The metrics in Prometheus text exposition format 0.0.4.
    func text() -> [UInt8] {
        registry.emitToBuffer()
    }
}
