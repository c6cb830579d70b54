import Foundation
import Testing
import MedIPPolicy
import MedIPPolicyTesting

/// The case reader keeps free text (names, authorities, rounds, titles) as the UTF-8 bytes it
/// read and makes a `String` only when asked. These tests hold it to what the `String` properties
/// promised: the same text, the same equality (canonical equivalence) and hashing, the same
/// validation, and only well-formed UTF-8 accepted.
@Suite struct StoredTextTests {
    @Test func wellFormedUTF8IsWhatTheStandardLibraryAccepts() {
        // Bytes drawn from every class that matters to Table 3-7: ASCII, each row's lead bytes and
        // their boundaries, continuation bytes at the edges of each row's ranges, and bytes that
        // never occur (C0, C1, F5–FF).
        let pool: [UInt8] = [
            0x00, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
            0xE4, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
        ]
        var random = SplitMix64(seed: 18)
        var accepted = 0
        for round in 0..<200_000 {
            var bytes: [UInt8] = []
            // Some inputs long and ASCII-led, so the eight-byte path runs before the odd bytes.
            if round % 4 == 0 { bytes += Array("plain ascii text".utf8).prefix(Int.random(in: 0...16, using: &random)) }
            for _ in 0..<Int.random(in: 0...6, using: &random) {
                bytes.append(pool.randomElement(using: &random) ?? 0)
            }
            let validated = String(validating: bytes, as: UTF8.self)
            let answer = bytes.withUnsafeBufferPointer { UTF8Validation.isWellFormed($0) }
            #expect(answer == (validated != nil), "\(bytes.map { String($0, radix: 16) })")
            // The same pass finds a control character exactly when validation's own search does.
            if let validated {
                let control = bytes.withUnsafeBufferPointer { UTF8Validation.scan($0).control }
                #expect(control == (IssueCollector.firstControlCharacter(in: validated) != nil), "\(bytes.map { String($0, radix: 16) })")
            }
            if answer { accepted += 1 }
        }
        #expect(accepted > 20_000, "the sample must hold well-formed text too: \(accepted)")
        // Every scalar's encoding, boundaries included, is accepted.
        for value in [0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF, 0x4E2D] {
            let text = Unicode.Scalar(UInt32(value)).map { String(Character($0)) } ?? " "
            #expect(Array(text.utf8).withUnsafeBufferPointer { UTF8Validation.isWellFormed($0) }, "U+\(value)")
        }
    }

    /// Runs of CJK text take the scan's fast way (three-byte sequences checked by their
    /// continuation bytes alone): long runs (and what may follow them) with one byte replaced, at
    /// every place, by a byte of every class, are accepted exactly when the standard library
    /// accepts them.
    @Test func longRunsOfIdeographsAreValidatedAtEveryPlace() {
        let pool: [UInt8] = [0x00, 0x1F, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF4, 0xFF]
        let runs: [String] = [
            "顺义示例医药有限公司", "原研药业股份有限公司北京市知识产权局", "示例片a示例片示例片示例片", "中\u{0800}\u{D7FF}\u{E000}\u{FFFF}中文中文中文",
            "一二三四五", "一二三四五六", "一二三四五\u{80}", "北京市医疗保障局。",
        ]
        var checked = 0
        for run in runs {
            let original = Array(run.utf8)
            #expect(original.withUnsafeBufferPointer { UTF8Validation.isWellFormed($0) }, "\(run)")
            for place in original.indices {
                for byte in pool {
                    var bytes = original
                    bytes[place] = byte
                    let validated = String(validating: bytes, as: UTF8.self)
                    let scan = bytes.withUnsafeBufferPointer { UTF8Validation.scan($0) }
                    #expect(scan.wellFormed == (validated != nil), "\(run) with \(String(byte, radix: 16)) at \(place)")
                    if let validated {
                        #expect(scan.control == (IssueCollector.firstControlCharacter(in: validated) != nil), "\(run) at \(place)")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 2_000)
    }

    /// A generic case's JSON whose enterprise is `enterprise` and which holds one paediatric
    /// exclusivity held by `holder`.
    private func caseJSON(enterprise: String, holder: String) throws -> Data {
        var facts = CaseBuilder.generic().build()
        facts.enterprise.name = enterprise
        facts.exclusivities = [
            MarketExclusivity(kind: .paediatric, start: try CivilDate(year: 2026, month: 1, day: 5), length: .years(2), holder: holder)
        ]
        return try CaseFile.encode(facts, pretty: false)
    }

    @Test func readTextComparesAndHashesAsStrings() throws {
        // The holder is the enterprise itself, once spelled precomposed (NFC) and once decomposed
        // (NFD): equal as Swift strings, different as bytes. The evaluator must treat the
        // exclusivity as the enterprise's own either way, on both reading paths.
        let composed = "Pharmaceutic\u{E9} S.A."
        let decomposed = "Pharmaceutic\u{65}\u{301} S.A."
        #expect(composed == decomposed && Array(composed.utf8) != Array(decomposed.utf8))
        let json = try caseJSON(enterprise: composed, holder: decomposed)
        let fast = try CaseFile.decodeFast(json)
        let slow = try CaseFile.decode(json)
        #expect(fast == slow)
        #expect(fast.hashValue == slow.hashValue)
        #expect(fast.enterprise.name == composed && fast.exclusivities[0].holder == decomposed)
        #expect(Array((fast.exclusivities[0].holder ?? "").utf8) == Array(decomposed.utf8), "the bytes as written")
        #expect(fast.enterprise == slow.enterprise && fast.exclusivities == slow.exclusivities)
        #expect(Set([fast.enterprise, slow.enterprise]).count == 1)

        let evaluator = Evaluator()
        let date = try CivilDate(year: 2026, month: 11, day: 23)
        let fromFast = try evaluator.evaluate(fast, asOf: date, detail: .summary)
        let fromSlow = try evaluator.evaluate(slow, asOf: date, detail: .summary)
        #expect(fromFast == fromSlow)

        // Another holder, ASCII and not the enterprise: unequal on both paths.
        let other = try CaseFile.decodeFast(try caseJSON(enterprise: composed, holder: "Other Pharma Ltd."))
        #expect(other.exclusivities[0].holder != other.enterprise.name)
        #expect(other != fast)
    }

    @Test func namesReadBackAndReplaceAsStrings() throws {
        let name = "北京示例医药有限公司"
        var facts = try CaseFile.decodeFast(try caseJSON(enterprise: name, holder: "原研药业股份有限公司"))
        #expect(facts.enterprise.name == name)
        facts.enterprise.name += "（北京）"
        #expect(facts.enterprise.name == name + "（北京）")
        #expect(facts.exclusivities[0].holder == "原研药业股份有限公司")
        facts.exclusivities[0].holder = nil
        #expect(facts.exclusivities[0].holder == nil)
        // Encoding a read case writes the text as read.
        let again = try CaseFile.decode(try CaseFile.encode(facts, pretty: false))
        #expect(again == facts)
    }

    @Test func readTextIsValidatedAsStringsAre() throws {
        // Blank, invisible and control-character names are reported the same on both paths.
        for name in [
            "", "   ", "\u{200B}\u{200D}", "Acme\u{0085}", "\u{3000}", " 示例", "Acme", "示例", "A\u{7F}",
            "A\u{1}", "示例\u{9F}", "\t示例", "示例\u{1F}", "示例有限公司\u{7F}", "Acme Pharmaceuticals\u{80}",
        ] {
            let json = try caseJSON(enterprise: name, holder: "Holder")
            let fast = try CaseFile.decodeFast(json)
            let slow = try CaseFile.decode(json)
            #expect(fast.validate() == slow.validate(), "\(name.unicodeScalars.map { $0.value })")
        }
    }

    @Test func aPooledBufferIsLentAgainOnlyOnceNoTextRefersToIt() {
        var pool = TextBufferPool()
        // Lends a buffer, writes `value` in it and answers the text and the buffer's identity
        // (no reference to the buffer is kept here but the text's).
        func lendText(_ value: String) -> (StoredText, ObjectIdentifier) {
            let buffer = pool.lend(forDocumentOf: 16)
            #expect(buffer.count == 0, "a lent buffer is empty")
            let offset = Array(value.utf8).withUnsafeBufferPointer { buffer.append($0) }
            return (StoredText(buffer: buffer, offset: offset, count: value.utf8.count), ObjectIdentifier(buffer))
        }
        // Line 1's text is held: line 2 gets another buffer.
        let first = lendText("北京某医药有限公司")
        var one = first.0
        let oneBuffer = first.1
        let (two, twoBuffer) = lendText("line two")
        #expect(oneBuffer != twoBuffer)
        // Line 3, both still held: a third buffer; the held texts keep their bytes.
        let (three, threeBuffer) = lendText("line three")
        #expect(threeBuffer != oneBuffer && threeBuffer != twoBuffer)
        #expect(one == StoredText("北京某医药有限公司") && two == StoredText("line two") && three == StoredText("line three"))
        // Line 1's text let go (its buffer left the pool when line 3 took its place): line 4
        // still gets a new buffer, as lines 2 and 3 are held.
        one = StoredText("")
        let (four, fourBuffer) = lendText("line four")
        #expect(fourBuffer != twoBuffer && fourBuffer != threeBuffer)
        // Line 3's text let go: its buffer is lent again, emptied, and line 4's text is intact.
        _ = consume three
        let (_, fiveBuffer) = lendText("line five")
        #expect(fiveBuffer == threeBuffer)
        #expect(four == StoredText("line four") && two == StoredText("line two"))
    }

    @Test func textThatIsItsOwnDecompositionIsExactlyTheRangesClaimed() {
        func claimed(_ scalar: Unicode.Scalar) -> Bool {
            Array(String(scalar).utf8).withUnsafeBufferPointer { StoredText.isOwnDecomposition($0) }
        }
        let ranges: [ClosedRange<UInt32>] = [0x00...0x7F, 0x3000...0x3029, 0x3400...0x9FFF, 0xFF00...0xFF5E]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                // What the comparison relies on: no canonical decomposition, combining class 0.
                #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(String(value, radix: 16))")
                #expect(Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars) == [scalar],
                        "U+\(String(value, radix: 16)) decomposes")
                #expect(claimed(scalar), "U+\(String(value, radix: 16))")
            }
        }
        // Just outside: a tone mark (combining class 218), a compatibility ideograph (a canonical
        // singleton), a precomposed Latin letter, a combining accent, Hangul, the ranges' edges.
        for value: UInt32 in [0x302A, 0x2FFF, 0x33FF, 0xA000, 0xF900, 0xFA11, 0xFEFF, 0xFF5F, 0xE9, 0x301, 0xAC00, 0x1F600] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(!claimed(scalar), "U+\(String(value, radix: 16))")
        }
    }

    @Test func storedTextsAreEqualExactlyWhenTheirStringsAre() {
        // Texts drawn from an alphabet where canonical equivalence and byte equality part:
        // precomposed and decomposed letters, a compatibility ideograph and its ideograph, tone
        // marks, next to the plain ASCII and CJK of names.
        let alphabet = ["a", "B", " ", "（", "）", "北", "京", "有", "限", "公", "司", "é", "e\u{301}", "\u{F900}", "\u{8C48}",
                        "\u{302A}", "\u{3000}", "Å", "\u{212B}", "\u{AC00}", "\u{1100}\u{1161}"]
        var random = SplitMix64(seed: 6)
        let buffer = TextBuffer(capacity: 64)
        func stored(_ text: String) -> StoredText {
            let offset = Array(text.utf8).withUnsafeBufferPointer { buffer.append($0) }
            return StoredText(buffer: buffer, offset: offset, count: text.utf8.count)
        }
        var equalButDifferentBytes = 0
        for _ in 0..<20_000 {
            let left = (0..<Int.random(in: 0...4, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "" }.joined()
            // Often a near copy of the left, so that equal texts are common.
            let right = Bool.random(using: &random) ? left.replacingOccurrences(of: "é", with: "e\u{301}")
                : (0..<Int.random(in: 0...4, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "" }.joined()
            #expect((stored(left) == stored(right)) == (left == right), "\(left.debugDescription) vs \(right.debugDescription)")
            if left == right && Array(left.utf8) != Array(right.utf8) { equalButDifferentBytes += 1 }
        }
        #expect(equalButDifferentBytes > 100, "canonically equal texts of different bytes: \(equalButDifferentBytes)")
    }

    @Test func textsHeldInPlaceAndInABufferAreTheSameText() {
        // Every way a text is held — in place (up to 31 bytes, known plain or not), in a shared
        // buffer, from a `String` — spells the same bytes and string, and is equal and hashed as
        // the strings are, across the ways and across the 31-byte edge.
        let alphabet = ["a", "Z", " ", "北", "京", "é", "e\u{301}", "\u{F900}", "\u{8C48}", "\u{1F600}", "\u{80}"]
        var random = SplitMix64(seed: 31)
        let buffer = TextBuffer(capacity: 64)
        func held(_ text: String) -> [StoredText] {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { pointer in
                var ways = [StoredText(text), StoredText(copying: pointer),
                            StoredText(buffer: buffer, offset: buffer.append(pointer), count: bytes.count, plain: true)]
                if bytes.count <= StoredText.inlineCapacity {
                    ways += [StoredText(inline: pointer, plain: false), StoredText(inline: pointer, plain: true)]
                }
                return ways
            }
        }
        var lengths = Set<Int>()
        for _ in 0..<5_000 {
            let left = (0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "" }.joined()
            let right = Bool.random(using: &random) ? left.replacingOccurrences(of: "é", with: "e\u{301}")
                : (0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "" }.joined()
            lengths.insert(left.utf8.count)
            let lefts = held(left), rights = held(right)
            for text in lefts {
                #expect(text.withUTF8 { Array($0) } == Array(left.utf8))
                #expect(text.string == left && Array(text.string.utf8) == Array(left.utf8))
                #expect(text.hashValue == StoredText(left).hashValue)
                for other in lefts { #expect(text == other) }
                for other in rights { #expect((text == other) == (left == right), "\(left.debugDescription) vs \(right.debugDescription)") }
            }
        }
        #expect(lengths.isSuperset(of: [0, 30, 31, 32, 33]), "the edge is tried: \(lengths.sorted())")
        #expect(StoredText.empty == StoredText("") && StoredText.empty.withUTF8 { $0.count } == 0)
    }

    @Test func namesAtTheInPlaceEdgeReadAsDecodeReadsThem() throws {
        // Ten ideographs are 30 bytes (in place), then 31 with an ASCII letter, 32 and 33 (in the
        // buffer); the enterprise and the holder share bytes or not.
        let ten = "北京示例医药有限公司"
        for name in [ten, ten + "A", ten + "AB", ten + "ABC", "北京示例医药有限公司（北京）", "A"] {
            for holder in [name, name + "x", "原研药业股份有限公司"] {
                let json = try caseJSON(enterprise: name, holder: holder)
                let fast = try CaseFile.decodeFast(json)
                let slow = try CaseFile.decode(json)
                #expect(fast == slow && fast.hashValue == slow.hashValue, "\(name) / \(holder)")
                #expect(fast.enterprise.name == name && fast.exclusivities[0].holder == holder)
                #expect(fast.validate() == slow.validate())
                let date = try CivilDate(year: 2026, month: 11, day: 23)
                #expect(try Evaluator().evaluate(fast, asOf: date, detail: .summary) == Evaluator().evaluate(slow, asOf: date, detail: .summary))
            }
        }
    }
}
