import Testing
@testable import MedIPPolicy

@Suite("Message escaping")
struct MessageEscapingTests {
    @Test("control, bidi and BOM characters are escaped; printable text passes")
    func escapes() {
        #expect("abc 中文".escapedForMessage() == "abc 中文")
        #expect("\u{1B}[31mred".escapedForMessage() == "\\u{1B}[31mred")
        #expect("a\nb\tc\rd".escapedForMessage() == "a\\nb\\tc\\rd")
        #expect("\u{85}\u{202E}\u{FEFF}".escapedForMessage() == "\\u{85}\\u{202E}\\u{FEFF}")
        #expect("back\\slash".escapedForMessage() == "back\\\\slash")
    }

    @Test("every format character and the line separators are escaped; visible scalars pass")
    func formatCharacters() {
        #expect("\u{200B}\u{200D}\u{2060}\u{AD}\u{E0041}".escapedForMessage() == "\\u{200B}\\u{200D}\\u{2060}\\u{AD}\\u{E0041}")
        #expect("a\u{2028}b\u{2029}".escapedForMessage() == "a\\u{2028}b\\u{2029}")
        for value in UInt32(0x20)...0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let escaped = String(scalar).escapedForMessage()
            let hidden = scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
                || value == 0x2028 || value == 0x2029 || value == 0x5C
            #expect((escaped != String(scalar)) == hidden, "U+\(String(value, radix: 16, uppercase: true))")
        }
    }

    @Test("long text is cut at the limit with an ellipsis")
    func limit() {
        #expect(String(repeating: "x", count: 100).escapedForMessage(limit: 5) == "xxxxx…")
        #expect("xxxxx".escapedForMessage(limit: 5) == "xxxxx")
    }
}
