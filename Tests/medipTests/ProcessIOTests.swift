import Foundation
import Testing

/// The built `medip` binary on real descriptors: a full device, a closed pipe, a closed or
/// directory standard input, and SIGTERM in the middle of `screen --output`.
///
/// The binary is looked up next to the test bundle (`swift build --build-tests` puts both in
/// `.build/<configuration>/`); when it is absent the tests are skipped with that reason.
@Suite(.enabled(if: MedipBinary.path != nil, "the medip binary was not found next to the test bundle; run swift build --build-tests"))
struct ProcessIOTests {
    static var medip: String? { MedipBinary.path }
}

/// Where the built `medip` is: beside the test bundle.
enum MedipBinary {
    static let path: String? = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for directory in candidates {
            let path = directory.appendingPathComponent("medip").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()
}

extension ProcessIOTests {
    struct Outcome {
        var status: Int32
        var reason: Process.TerminationReason
        var err: String
    }

    /// Runs `/bin/sh -c script` with `$M` set to the binary; standard output goes where the
    /// script says, standard error is captured.
    static func shell(_ script: String, stdout: FileHandle? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.environment = ["M": medip ?? "medip", "PATH": "/usr/bin:/bin"]
        let err = Pipe()
        process.standardError = err
        if let stdout { process.standardOutput = stdout }
        try process.run()
        let bytes = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, reason: process.terminationReason, err: String(decoding: bytes, as: UTF8.self))
    }

    static let input: String = {
        let path = SharedScratch.removedAtExit(FileManager.default.temporaryDirectory.appendingPathComponent("medip-process-\(UUID().uuidString).jsonl").path)
        _ = runMedip(["generate", "--count", "3000", "--output", path])
        return path
    }()

    @Test func screeningToAFullDeviceIsExitOne() throws {
        let outcome = try Self.shell("\"$M\" screen '\(Self.input)' --as-of 2026-11-23 > /dev/full")
        #expect(outcome.status == 1)
        #expect(outcome.err.hasPrefix("medip screen: cannot write standard output: No space left on device"), "\(outcome.err)")
        #expect(!outcome.err.contains("screened"))
    }

    @Test(arguments: [
        ["validate", "Documentation/Examples/generic-category3-listing.json"], ["schema"], ["rules"], ["coverage"],
        ["generate", "--count", "10"], ["--help"],
    ])
    func everyCommandReportsAFullDevice(_ arguments: [String]) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        let outcome = try Self.shell("cd '\(root)' && \"$M\" \(arguments.joined(separator: " ")) > /dev/full")
        #expect(outcome.status == 1)
        #expect(outcome.err.contains("cannot write standard output: No space left on device"), "\(outcome.err)")
    }

    /// A closed pipe: SIGPIPE is ignored, so the write fails with EPIPE, reported, exit 1.
    @Test func screeningToAClosedPipeIsExitOne() throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let outcome = try Self.shell("\"$M\" screen '\(Self.input)' --as-of 2026-11-23", stdout: pipe.fileHandleForWriting)
        #expect(outcome.reason == .exit)
        #expect(outcome.status == 1)
        #expect(outcome.err.hasPrefix("medip screen: cannot write standard output: Broken pipe"), "\(outcome.err)")
    }

    @Test func aClosedStandardOutputIsExitOne() throws {
        let outcome = try Self.shell("\"$M\" screen '\(Self.input)' --as-of 2026-11-23 >&-")
        #expect(outcome.status == 1)
        #expect(outcome.err.hasPrefix("medip screen: cannot write standard output: it is closed"), "\(outcome.err)")
    }

    @Test(arguments: [("<&-", "it is closed"), ("< /", "Is a directory")])
    func anUnreadableStandardInputIsAReadError(_ redirection: String, _ reason: String) throws {
        let outcome = try Self.shell("\"$M\" screen - --as-of 2026-11-23 \(redirection) > /dev/null")
        #expect(outcome.status == 1)
        #expect(outcome.err == "medip screen: cannot read standard input: \(reason)\n")
        let validate = try Self.shell("\"$M\" validate - \(redirection) > /dev/null")
        #expect(validate.status == 1)
        #expect(validate.err == "medip validate: cannot read standard input: \(reason)\n")
    }

    /// SIGTERM while `screen --output` writes: no output file (or the previous one, untouched),
    /// and no temporary file left behind.
    @Test(arguments: [false, true])
    func aTerminatedScreenLeavesNoPartialOutput(previous: Bool) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("medip-term-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let big = directory.appendingPathComponent("big.jsonl").path
        #expect(runMedip(["generate", "--count", "40000", "--output", big]).status == 0)
        let output = directory.appendingPathComponent("out.jsonl").path
        if previous { try "previous\n".write(toFile: output, atomically: false, encoding: .utf8) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.medip))
        process.arguments = ["screen", big, "--as-of", "2026-11-23", "--output", output, "--jobs", "1"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the temporary output holds some lines, then stop the run.
        let deadline = Date().addingTimeInterval(60)
        var sawTemporary = false
        while Date() < deadline && process.isRunning && !sawTemporary {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            sawTemporary = names.contains { name in
                name.hasPrefix(".out.jsonl.medip-")
                    && ((try? FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(name).path)[.size] as? Int) ?? 0) > 0
            }
            if !sawTemporary { usleep(20_000) }
        }
        #expect(sawTemporary, "the run wrote to a temporary file beside the target")
        #expect(process.isRunning, "the input is big enough to be stopped mid-run")
        process.terminate()  // SIGTERM
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGTERM)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        if previous {
            #expect(names == ["big.jsonl", "out.jsonl"])
            #expect(try String(contentsOfFile: output, encoding: .utf8) == "previous\n")
        } else {
            #expect(names == ["big.jsonl"])
        }
    }
}
