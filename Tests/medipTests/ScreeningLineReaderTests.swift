import Foundation
import Testing
@testable import MedipCommands
import MedIPPolicy

/// `medip`'s line reader in runs (how `medip screen` feeds the pipeline): the runs hold exactly
/// the lines read one by one, a run's buffer is never written while the run is held, released
/// buffers are reused, and screening in runs writes the bytes of one job on generated diverse
/// cases whatever `--jobs` and `--batch` are.
@Suite struct ScreeningLineReaderTests {
    /// A file of lines short and long, CRLF-ended, blank, over the reader's limit (50 bytes here)
    /// and a last one without a newline.
    static func file() throws -> String {
        var text = ""
        for index in 0..<300 {
            switch index % 9 {
            case 0: text += "\n"
            case 1: text += " \t\r\n"
            case 2: text += String(repeating: "x", count: 20 + index % 60) + "\n"  // some over the limit
            case 3: text += "line \(index)\r\n"
            case 4: text += String(repeating: "y", count: 130 + index) + "\r\n"  // over the limit, several buffers
            default: text += "{\"n\": \(index)}\n"
            }
        }
        text += "last"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("medip-runs-\(UUID().uuidString).jsonl").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func reader(_ path: String) -> LineReader {
        LineReader(descriptor: open(path, O_RDONLY), ownsDescriptor: true, path: path, maximumLine: 50, bufferSize: 1)
    }

    /// A run's lines as the pipeline splits them.
    static func lines(of run: LineRun) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var rest = run.bytes
        while !rest.isEmpty {
            guard let newline = rest.firstIndex(of: 0x0A) else {
                lines.append(Array(rest))
                break
            }
            var line = rest[..<newline]
            if line.last == 0x0D { line = line.dropLast() }
            lines.append(Array(line))
            rest = rest[(newline + 1)...]
        }
        return lines
    }

    static func linesOneByOne(_ path: String) throws -> [[UInt8]] {
        let reader = reader(path)
        var lines: [[UInt8]] = []
        while let line = try reader.next() { lines.append(Array(line)) }
        return lines
    }

    @Test(arguments: [1, 2, 3, 256])
    func runsHoldTheLinesReadOneByOne(maxLines: Int) throws {
        let path = try Self.file()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let expected = try Self.linesOneByOne(path)
        #expect(expected.count == 301)
        #expect(expected.contains { $0.count == 51 })  // an over-long line, cut
        let reader = Self.reader(path)
        var lines: [[UInt8]] = []
        var consumed = 0
        while let run = try reader.nextRun(maxLines: maxLines) {
            #expect(run.lines >= 1 && run.lines <= maxLines)
            let split = Self.lines(of: run)
            #expect(split.count == run.lines)
            lines += split
            consumed += run.consumed
            if let buffer = run.buffer { reader.release(buffer: buffer) }
        }
        #expect(lines == expected)
        #expect(consumed == (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int))
        #expect(reader.bufferCount == 1, "released at once: the one buffer is reused")
    }

    /// Runs held are never overwritten by later reads; releasing them lets the reader reuse
    /// their buffers instead of growing.
    @Test(arguments: [0, 2, 5])
    func heldRunsStayIntactAndReleasedBuffersAreReused(holding: Int) throws {
        let path = try Self.file()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = Self.reader(path)
        var held: [(run: LineRun, copy: [UInt8])] = []
        var mostBuffers = 0
        while let run = try reader.nextRun(maxLines: 2) {
            held.append((run, Array(run.bytes)))
            if held.count > holding {
                let oldest = held.removeFirst()
                #expect(Array(oldest.run.bytes) == oldest.copy)
                if let buffer = oldest.run.buffer { reader.release(buffer: buffer) }
            }
            mostBuffers = max(mostBuffers, reader.bufferCount)
        }
        for (run, copy) in held { #expect(Array(run.bytes) == copy) }
        #expect(mostBuffers <= holding + 1)
    }

    /// An output file of several write-back steps (8 MiB each, started early so that the final
    /// `fsync` has little left) holds every byte written, in order, once committed.
    @Test func aLargeOutputFileHoldsEveryByteWritten() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("medip-large-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try BufferedWriter.create(path, io: CommandIO(out: { _ in }, err: { _ in }, stdin: { [] }, environment: [:]))
        var expected: [UInt8] = []
        for index in 0..<700 {
            let chunk = [UInt8](repeating: UInt8(ascii: "a") + UInt8(index % 26), count: 20_000 + index * 37) + [0x0A]
            try writer.write(chunk)
            expected += chunk
        }
        try writer.finish()
        #expect(expected.count > 2 * (8 << 20))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(expected))
    }

    /// On generated diverse cases, screening in runs writes the bytes of one job for any
    /// `--jobs` and `--batch`, in decisions, verdicts and with a horizon: 1,200 cases, or 300
    /// under ThreadSanitizer (`.ci/tsan.sh` sets `MEDIP_TSAN=1`), where a line costs some twenty
    /// times more.
    @Test func screeningWritesTheBytesOfOneJobOnDiverseCases() throws {
        let count = ProcessInfo.processInfo.environment["MEDIP_TSAN"] == "1" ? 300 : 1_200
        let generated = runMedip(["generate", "--count", "\(count)", "--seed", "2026", "--as-of", "2026-11-23", "--diverse"])
        #expect(generated.status == 0)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("medip-runs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("cases.jsonl").path
        try Data(generated.out.utf8).write(to: URL(fileURLWithPath: input))
        for extra in [[], ["--verdicts"], ["--within", "1y"]] {
            func screen(_ options: [String]) throws -> Data {
                let output = directory.appendingPathComponent("out-\(UUID().uuidString).jsonl").path
                let result = runMedip(["screen", input, "--as-of", "2026-11-23", "--output", output] + extra + options)
                #expect(result.status == 0, "\(result.err)")
                return try Data(contentsOf: URL(fileURLWithPath: output))
            }
            let single = try screen(["--jobs", "1"])
            #expect(single.count(where: { $0 == 0x0A }) == count)
            for options in [["--jobs", "2"], ["--jobs", "4", "--batch", "3"], ["--jobs", "3", "--batch", "1"], ["--jobs", "2", "--batch", "100000"]] {
                #expect(try screen(options) == single, "\(extra + options)")
            }
        }
    }
}
