import Testing
import MedIPPolicy

/// The validator's fast text checks against the Unicode properties they stand for.
@Suite struct ControlCharacterTests {
    /// Every scalar of the BMP's first 12,288 code points and a stride through the rest: the
    /// byte check finds a control character exactly when `generalCategory == .control`.
    @Test func byteCheckAgreesWithTheGeneralCategory() {
        var scalars = Array(0..<0x3000)
        scalars += stride(from: 0x3000, through: 0x10FFFF, by: 97)
        var checked = 0
        for value in scalars {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }  // surrogates
            let text = "药\(Character(scalar))品"
            let found = IssueCollector.firstControlCharacter(in: text)
            let expected = scalar.properties.generalCategory == .control
            #expect((found == scalar) == expected, "U+\(String(value, radix: 16, uppercase: true))")
            #expect((found != nil) == expected, "U+\(String(value, radix: 16, uppercase: true))")
            checked += 1
        }
        #expect(checked > 20_000)
    }

    /// The first of several control characters is the one reported, wherever it lies.
    @Test func reportsTheFirstControlCharacter() {
        #expect(IssueCollector.firstControlCharacter(in: "示例\u{85}制药\u{7}") == "\u{85}")
        #expect(IssueCollector.firstControlCharacter(in: "plain text, 中文, é, \u{A0}") == nil)
        #expect(IssueCollector.firstControlCharacter(in: "") == nil)
    }

    /// `isBlank` agrees with `allSatisfy(\.isWhitespace)` on text starting with any scalar of
    /// the sample, alone, followed by a letter, and followed by more white space.
    @Test func blankCheckAgreesWithCharacterWhitespace() {
        var scalars = Array(0..<0x3100)
        scalars += stride(from: 0x3100, through: 0x10FFFF, by: 89)
        for value in scalars {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            for text in [String(Character(scalar)), "\(Character(scalar))药", "\(Character(scalar)) \u{3000}"] {
                #expect(text.isBlank == text.allSatisfy(\.isWhitespace), "U+\(String(value, radix: 16, uppercase: true))")
            }
        }
        #expect("".isBlank)
        #expect(" \t\u{3000}\u{A0}".isBlank)
        #expect(!" 药".isBlank)
    }
}
