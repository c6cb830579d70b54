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

    @Test("long text is cut at the limit with an ellipsis")
    func limit() {
        #expect(String(repeating: "x", count: 100).escapedForMessage(limit: 5) == "xxxxx…")
        #expect("xxxxx".escapedForMessage(limit: 5) == "xxxxx")
    }
}
