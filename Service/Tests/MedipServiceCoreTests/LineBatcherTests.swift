import MedIPPolicyTesting
import Testing

@testable import MedipServiceCore

/// `LineBatcher`: JSON Lines split as `medip screen` splits them, whatever the chunks.
@Suite struct LineBatcherTests {
    /// The lines `batcher` yields for `input` fed in chunks of `chunk` bytes, batch after batch,
    /// with the number each batch says its first line has.
    private func lines(_ input: [UInt8], chunk: Int, maximumLine: Int, batchEvery: Int = 1) -> [(number: Int, bytes: [UInt8])] {
        var batcher = LineBatcher(maximumLine: maximumLine)
        var result: [(number: Int, bytes: [UInt8])] = []
        func take() {
            let batch = batcher.takeBatch()
            for (offset, range) in batch.lines.enumerated() { result.append((batch.firstLine + offset, Array(batch.bytes[range]))) }
        }
        var position = 0
        var chunks = 0
        while position < input.count {
            let end = min(input.count, position + chunk)
            input[position..<end].withUnsafeBytes { batcher.append($0) }
            position = end
            chunks += 1
            if chunks % batchEvery == 0 { take() }
        }
        batcher.finish()
        take()
        return result
    }

    /// The lines of `input` by the rule the batcher documents, computed apart: split at `\n`,
    /// a `\r` before it dropped, a last line without `\n` kept, a line over `maximumLine` bytes
    /// cut to `maximumLine + 1`.
    private func expected(_ input: [UInt8], maximumLine: Int) -> [[UInt8]] {
        var parts = input.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        let terminated = input.last == 0x0A
        if terminated || input.isEmpty { parts.removeLast() }
        return parts.enumerated().map { index, part in
            var line = part
            if (terminated || index < parts.count - 1) && line.last == 0x0D { line.removeLast() }
            return line.count > maximumLine ? Array(line.prefix(maximumLine + 1)) : line
        }
    }

    private func check(_ text: [UInt8], maximumLine: Int, _ comment: Comment? = nil) {
        let want = expected(text, maximumLine: maximumLine)
        for chunk in [1, 2, 3, 7, 64, max(1, text.count)] {
            for batchEvery in [1, 3, 1_000] {
                let got = lines(text, chunk: chunk, maximumLine: maximumLine, batchEvery: batchEvery)
                #expect(got.map(\.bytes) == want, "chunk \(chunk), batch every \(batchEvery) \(comment.map { "\($0)" } ?? "")")
                #expect(got.map(\.number) == (0..<got.count).map { $0 + 1 })
            }
        }
    }

    @Test func blankLinesAreLinesAndCount() {
        let got = lines(Array("a\n\n  \nb\n".utf8), chunk: 100, maximumLine: 64)
        #expect(got.map { String(decoding: $0.bytes, as: UTF8.self) } == ["a", "", "  ", "b"])
        #expect(got.map(\.number) == [1, 2, 3, 4])
        #expect(got.map { LineBatcher.isBlank($0.bytes[...]) } == [false, true, true, false])
    }

    @Test func carriageReturnBeforeNewlineIsDropped() {
        let got = lines(Array("a\r\nb\rc\r\n\r\n".utf8), chunk: 1, maximumLine: 64)
        #expect(got.map { String(decoding: $0.bytes, as: UTF8.self) } == ["a", "b\rc", ""])
        check(Array("{\"a\":1}\r\n{\"b\":2}\r\n\r\n{}".utf8), maximumLine: 64)
    }

    @Test func lastLineWithoutNewlineIsALine() {
        #expect(lines(Array("a\nlast".utf8), chunk: 2, maximumLine: 64).map(\.bytes) == [Array("a".utf8), Array("last".utf8)])
        #expect(lines(Array("a\n".utf8), chunk: 2, maximumLine: 64).map(\.bytes) == [Array("a".utf8)])
        #expect(lines([], chunk: 2, maximumLine: 64).isEmpty)
        // An unterminated last line keeps a final carriage return (as `medip screen` reads it).
        #expect(lines(Array("a\r".utf8), chunk: 1, maximumLine: 64).map(\.bytes) == [Array("a\r".utf8)])
    }

    @Test func lineOverTheLimitIsCutAndTheRestSkipped() {
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 50)
        let input = Array("ok\n".utf8) + long + Array("\nafter\n".utf8)
        let got = lines(input, chunk: 7, maximumLine: 8)
        #expect(got.map(\.bytes) == [Array("ok".utf8), Array(long.prefix(9)), Array("after".utf8)])
        #expect(got.map(\.number) == [1, 2, 3])
        check(input, maximumLine: 8)
        check(long, maximumLine: 8, "an unterminated long last line")
    }

    @Test func lineAtTheLimitIsWholeWithOrWithoutCarriageReturn() {
        let eight = Array("12345678".utf8)
        for ending in ["\n", "\r\n"] {
            let got = lines(eight + Array(ending.utf8) + Array("z\n".utf8), chunk: 3, maximumLine: 8)
            #expect(got.map(\.bytes) == [eight, Array("z".utf8)], "ending \(ending.debugDescription)")
        }
        // Nine bytes before a CRLF are one too many.
        let nine = Array("123456789".utf8)
        #expect(lines(nine + Array("\r\n".utf8), chunk: 4, maximumLine: 8).map(\.bytes) == [nine])
    }

    @Test func bytesPassUnchangedWhateverTheirEncoding() {
        // Invalid UTF-8 is the case reader's to report (`invalidEncoding`): the batcher hands the
        // bytes over as they came.
        let input: [UInt8] = [0xFF, 0xFE, 0x0A, 0xC3, 0x28, 0x0A, 0xE4, 0xB8]
        #expect(lines(input, chunk: 1, maximumLine: 64).map(\.bytes) == [[0xFF, 0xFE], [0xC3, 0x28], [0xE4, 0xB8]])
    }

    @Test func chunkingNeverChangesTheLines() {
        var random = FixtureRandom(seed: 2026)
        let alphabet: [UInt8] = [0x0A, 0x0D, 0x20, UInt8(ascii: "{"), UInt8(ascii: "a"), UInt8(ascii: "}")]
        for _ in 0..<200 {
            let input = (0..<Int.random(in: 0...60, using: &random)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }
            check(input, maximumLine: 6, "input \(input)")
        }
    }

    @Test func batchesHoldOnlyWhatIsNotTaken() {
        var batcher = LineBatcher(maximumLine: 64)
        Array("one\ntwo\nthr".utf8).withUnsafeBytes { batcher.append($0) }
        let first = batcher.takeBatch()
        #expect(first.lines.count == 2 && first.firstLine == 1)
        #expect(batcher.bufferedBytes == 3)  // only the partial line is held
        Array("ee\n".utf8).withUnsafeBytes { batcher.append($0) }
        let second = batcher.takeBatch()
        #expect(second.firstLine == 3)
        #expect(second.lines.map { Array(second.bytes[$0]) } == [Array("three".utf8)])
    }

    @Test func plainlyNotJSONLinesIsRecognised() {
        #expect(LineBatcher.notJSONLines(Array("  [ {\"a\": 1}".utf8)[...], number: 3)?.contains("line 3") == true)
        #expect(LineBatcher.notJSONLines(Array(" {\r".utf8)[...], number: 1)?.contains("pretty-printed") == true)
        #expect(LineBatcher.notJSONLines(Array("{\"schemaVersion\": 1}".utf8)[...], number: 1) == nil)
        #expect(LineBatcher.notJSONLines(Array("   ".utf8)[...], number: 1) == nil)
    }
}
