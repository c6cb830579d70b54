import ArgumentParser
import Foundation
import Logging
import MedIPPolicy
import MedIPPolicyTesting
import Testing

@testable import MedipServiceCore
@testable import medip_service

/// The options of `medip-service` and their `MEDIP_SERVICE_*` variables: a bad value is refused
/// with a message naming the option (or the variable) and the value; the schedule loader names
/// the file at fault.
@Suite struct ConfigurationTests {
    private func settings(_ arguments: [String], _ environment: [String: String] = [:]) throws -> MedipService.Settings {
        try MedipService.parse(arguments).settings(environment: environment)
    }

    /// The message of the `ValidationError` that resolving `arguments` with `environment` throws.
    private func refusal(_ arguments: [String], _ environment: [String: String] = [:]) -> String? {
        do {
            _ = try settings(arguments, environment)
            return nil
        } catch let error as ValidationError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    @Test func defaultsAreTheLibrarysAndTheDocumentedOnes() throws {
        let resolved = try settings([])
        let configuration = resolved.configuration
        #expect(resolved.logLevel == .info)
        #expect(configuration.host == "127.0.0.1" && configuration.port == 8080)
        #expect(configuration.limits == ServiceLimits())
        #expect(configuration.limits.maxCaseBytes == CaseFile.maxBytes)
        #expect(configuration.decisionLog == nil)
        #expect(configuration.evaluator.ruleSetDigest == Evaluator().ruleSetDigest)
        #expect(configuration.evaluator.calendar.coveredYears == WorkingDayCalendar.china.coveredYears)
    }

    @Test func commandLineWinsOverTheEnvironment() throws {
        let resolved = try settings(
            ["--port", "9001", "--request-timeout", "3", "--decision-log", "/tmp/x.jsonl", "--log-level", "debug"],
            ["MEDIP_SERVICE_PORT": "9002", "MEDIP_SERVICE_REQUEST_TIMEOUT": "4", "MEDIP_SERVICE_DURABLE": "true", "MEDIP_SERVICE_LOG_LEVEL": "error",
             "MEDIP_SERVICE_IDLE_TIMEOUT": "7"])
        #expect(resolved.configuration.port == 9001)
        #expect(resolved.configuration.limits.requestSeconds == 3)
        #expect(resolved.configuration.limits.idleSeconds == 7)
        #expect(resolved.configuration.decisionLog == DecisionLogConfiguration(path: "/tmp/x.jsonl", durable: true))
        #expect(resolved.logLevel == .debug)
    }

    @Test func decisionLogFromTheEnvironment() throws {
        let configuration = try settings([], ["MEDIP_SERVICE_DECISION_LOG": "/tmp/y.jsonl", "MEDIP_SERVICE_ROTATE_BYTES": "1000"]).configuration
        #expect(configuration.decisionLog == DecisionLogConfiguration(path: "/tmp/y.jsonl", durable: false, rotateBytes: 1_000))
        #expect(refusal([], ["MEDIP_SERVICE_DECISION_LOG": ""])?.hasPrefix("MEDIP_SERVICE_DECISION_LOG must be") == true)
    }

    @Test(arguments: [
        (["--port", "70000"], "--port", "70000"),
        (["--max-case-bytes", "0"], "--max-case-bytes", "0"),
        (["--max-screening-bytes", "0"], "--max-screening-bytes", "0"),
        (["--request-timeout", "0"], "--request-timeout", "0"),
        (["--screening-timeout", "0"], "--screening-timeout", "0"),
        (["--idle-timeout", "0"], "--idle-timeout", "0"),
        (["--screening-jobs", "0"], "--screening-jobs", "0"),
        (["--decision-log", "/tmp/x", "--rotate-bytes", "0"], "--rotate-bytes", "0"),
        (["--log-level", "loud"], "--log-level", "loud"),
    ])
    func badOptionIsNamed(_ arguments: [String], _ option: String, _ value: String) throws {
        let message = try #require(refusal(arguments))
        #expect(message.hasPrefix(option + " must be"), "\(message)")
        #expect(message.contains(value))
    }

    @Test(arguments: [
        ("MEDIP_SERVICE_PORT", "http"), ("MEDIP_SERVICE_PORT", "-1"), ("MEDIP_SERVICE_MAX_CASE_BYTES", "1MB"),
        ("MEDIP_SERVICE_REQUEST_TIMEOUT", "0"), ("MEDIP_SERVICE_SCREENING_JOBS", "-2"), ("MEDIP_SERVICE_DURABLE", "yes"),
        ("MEDIP_SERVICE_STRICT_DATES", "1"), ("MEDIP_SERVICE_LOG_LEVEL", "verbose"),
    ])
    func badVariableIsNamed(_ variable: String, _ value: String) throws {
        var environment = [variable: value]
        if variable == "MEDIP_SERVICE_DURABLE" { environment["MEDIP_SERVICE_DECISION_LOG"] = "/tmp/x" }
        let message = try #require(refusal([], environment))
        #expect(message.hasPrefix(variable + " must be"), "\(message)")
        #expect(message.contains(value))
    }

    @Test func strictDatesFromEitherSource() throws {
        let cases: [([String], [String: String], Bool)] = [
            ([], [:], false), (["--strict-dates"], [:], true), ([], ["MEDIP_SERVICE_STRICT_DATES": "true"], true),
            ([], ["MEDIP_SERVICE_STRICT_DATES": "false"], false),
        ]
        for (arguments, environment, strict) in cases {
            let evaluator = try settings(arguments, environment).configuration.evaluator
            #expect(evaluator.unknownDates == (strict ? .fail : .record), "\(arguments) \(environment)")
        }
    }

    // MARK: Schedules

    /// `schedule` as the library's CSV.
    private func csv(_ schedule: YearSchedule) -> String {
        YearSchedule.csvHeader + "\n" + schedule.entries.map { "\($0.date),\($0.status.rawValue),\($0.festival)" }.joined(separator: "\n") + "\n"
    }

    private func file(_ text: String, _ name: String = UUID().uuidString) throws -> String {
        let url = FileManager.default.temporaryDirectory.appending(path: "medip-service-tests-\(name).csv")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func scheduleAddsItsYear() throws {
        let path = try file(csv(CalendarFixtures.synthetic2027))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let calendar = try ScheduleLoader.calendar(paths: [path])
        #expect(calendar.coveredYears == WorkingDayCalendar.china.coveredYears.lowerBound...2027)
        #expect(calendar.schedule(for: 2027) == CalendarFixtures.synthetic2027)
        #expect(calendar.schedule(for: 2026) == WorkingDayCalendar.china.schedule(for: 2026))
        // From the environment too.
        let resolved = try settings([], ["MEDIP_SCHEDULES": path])
        #expect(resolved.configuration.evaluator.calendar.schedule(for: 2027) == CalendarFixtures.synthetic2027)
    }

    @Test func scheduleErrorsNameTheFile() throws {
        let good = try file(csv(CalendarFixtures.synthetic2027))
        let again = try file(csv(CalendarFixtures.synthetic2027))
        let notUTF8 = FileManager.default.temporaryDirectory.appending(path: "medip-service-tests-\(UUID().uuidString).csv").path
        try Data([0x64, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: notUTF8))
        let malformed = try file(YearSchedule.csvHeader + "\n2027-13-01,off,x\n")
        let builtInYear = try #require(WorkingDayCalendar.china.schedule(for: 2026))
        var changed = builtInYear.entries
        changed.removeLast()
        let differs = try file(csv(try YearSchedule(year: 2026, entries: changed)))
        let absent = "/nonexistent/\(UUID().uuidString).csv"
        defer { for path in [good, again, notUTF8, malformed, differs] { try? FileManager.default.removeItem(atPath: path) } }

        func message(_ paths: [String]) -> String? {
            do {
                _ = try ScheduleLoader.calendar(paths: paths)
                return nil
            } catch {
                return error.message
            }
        }
        #expect(message([absent])?.hasPrefix(absent + ": ") == true)
        #expect(message([notUTF8])?.hasPrefix(notUTF8 + ": ") == true)
        #expect(message([malformed])?.hasPrefix(malformed + ": ") == true)
        #expect(message([differs])?.hasPrefix(differs + ": ") == true)
        #expect(message([differs])?.contains("2026") == true)
        let twice = try #require(message([good, again]))
        #expect(twice.hasPrefix(again + ": ") && twice.contains(good) && twice.contains("2027"))
        // The same refusal through the service's options.
        #expect(refusal(["--schedule", absent])?.contains(absent) == true)
        #expect(refusal([], ["MEDIP_SCHEDULES": good + "::" + again])?.contains("MEDIP_SCHEDULES") == true)
    }
}
