// Measures CaseFile.decode (Foundation's JSONDecoder behind the limit scan) against
// CaseFile.decodeFast on the example cases of Documentation/Examples, replicated to a corpus of
// about 50 MB, on one thread (or --threads N, each decoding its share of the corpus).
//
// Prints, per corpus form and reader, the best of --rounds passes in MB/s and cases/s.
// Options: --megabytes N (50), --rounds N (3), --threads N (1), --reader foundation|fast (both).
import Foundation
import MedIPPolicy

struct Options {
    var megabytes = 50
    var rounds = 3
    var threads = 1
    var readers = Reader.allCases

    init(_ arguments: [String]) {
        var index = 1
        while index + 1 < arguments.count {
            let value = Int(arguments[index + 1]) ?? 0
            switch arguments[index] {
            case "--megabytes": megabytes = max(1, value)
            case "--rounds": rounds = max(1, value)
            case "--threads": threads = max(1, value)
            case "--reader": readers = Reader.allCases.filter { "\($0)" == arguments[index + 1] }
            default: break
            }
            index += 2
        }
    }
}

/// One corpus: a byte buffer and the ranges of its cases.
struct Corpus {
    var name: String
    var bytes: [UInt8]
    var ranges: [Range<Int>]
}

func loadExamples() throws -> [[UInt8]] {
    let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Documentation/Examples")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .filter { $0.hasSuffix(".json") && $0 != "expected-decisions.json" }.sorted()
    return try names.map { [UInt8](try Data(contentsOf: folder.appendingPathComponent($0))) }
}

func corpus(_ name: String, of documents: [[UInt8]], megabytes: Int) -> Corpus {
    var bytes: [UInt8] = []
    var ranges: [Range<Int>] = []
    bytes.reserveCapacity(megabytes << 20 + 65_536)
    while bytes.count < megabytes << 20 {
        for document in documents {
            let start = bytes.count
            bytes += document
            ranges.append(start..<bytes.count)
            bytes.append(0x0A)
        }
    }
    return Corpus(name: name, bytes: bytes, ranges: ranges)
}

enum Reader: String, CaseIterable {
    case foundation = "CaseFile.decode (Foundation)"
    case fast = "CaseFile.decodeFast"
}

/// Decodes `ranges` of `bytes` with `reader` and answers a checksum (so nothing is optimised away).
func decodeAll(_ reader: Reader, _ bytes: [UInt8], _ ranges: ArraySlice<Range<Int>>) -> Int {
    var checksum = 0
    for range in ranges {
        do {
            let value: Case
            switch reader {
            case .foundation: value = try CaseFile.decode(Data(bytes[range]))
            case .fast: value = try CaseFile.decodeFast(bytes[range])
            }
            checksum &+= value.patents.count &+ value.id.utf8.count
        } catch {
            print("the benchmark corpus holds only valid cases, but: \(error)")
            exit(1)
        }
    }
    return checksum
}

/// Seconds for one pass over the corpus on `threads` threads.
func pass(_ reader: Reader, _ corpus: Corpus, threads: Int) -> (seconds: Double, checksum: Int) {
    let clock = ContinuousClock()
    if threads == 1 {
        var checksum = 0
        let elapsed = clock.measure { checksum = decodeAll(reader, corpus.bytes, corpus.ranges[...]) }
        return (seconds(elapsed), checksum)
    }
    let shares = (0..<threads).map { index in
        let size = (corpus.ranges.count + threads - 1) / threads
        return corpus.ranges[min(corpus.ranges.count, index * size)..<min(corpus.ranges.count, (index + 1) * size)]
    }
    // Each thread writes only its own slot.
    nonisolated(unsafe) let sums = UnsafeMutableBufferPointer<Int>.allocate(capacity: threads)
    defer { sums.deallocate() }
    let elapsed = clock.measure {
        DispatchQueue.concurrentPerform(iterations: threads) { index in
            sums[index] = decodeAll(reader, corpus.bytes, shares[index])
        }
    }
    return (seconds(elapsed), sums.reduce(0, &+))
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

let options = Options(CommandLine.arguments)
let examples = try loadExamples()
let compact = try examples.map { [UInt8](try CaseFile.encode(try CaseFile.decode(Data($0)), pretty: false)) }
let corpora = [
    corpus("example files as written (pretty)", of: examples, megabytes: options.megabytes),
    corpus("compact JSON Lines", of: compact, megabytes: options.megabytes),
]
print("reader-bench: \(examples.count) example cases, \(options.rounds) rounds, \(options.threads) thread(s); best round shown")
for corpus in corpora {
    let megabytes = Double(corpus.ranges.reduce(0) { $0 + $1.count }) / 1_048_576
    let average = Double(corpus.ranges.reduce(0) { $0 + $1.count }) / Double(corpus.ranges.count)
    print(String(format: "\n%@: %.1f MB, %d cases, %.0f bytes per case", corpus.name, megabytes, corpus.ranges.count, average))
    var checksums: Set<Int> = []
    var rates: [Reader: Double] = [:]
    for reader in options.readers {
        var best = Double.infinity
        for _ in 0..<options.rounds {
            let (time, checksum) = pass(reader, corpus, threads: options.threads)
            checksums.insert(checksum)
            best = min(best, time)
        }
        rates[reader] = Double(corpus.ranges.count) / best
        let label = reader.rawValue.padding(toLength: 30, withPad: " ", startingAt: 0)
        print(label + String(format: " %8.1f MB/s %10.0f cases/s", megabytes / best, Double(corpus.ranges.count) / best))
    }
    if let fast = rates[.fast], let foundation = rates[.foundation] {
        print(String(format: "  speed-up: %.1f×", fast / foundation))
    }
    if checksums.count != 1 { print("  WARNING: the readers disagree (checksums \(checksums.sorted()))") }
}
