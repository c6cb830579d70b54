import Foundation
import Testing
@testable import MedIPPolicy

/// Text that shows nothing (issue 12): the validator's table-driven checks against the Unicode
/// properties they stand for, and the issues a case with such text gets.
@Suite struct InvisibleTextTests {
    /// The format-character and white-space tables agree with the Unicode properties on every
    /// scalar (a toolchain whose Unicode adds a Cf character fails here, not silently).
    @Test func tablesAgreeWithTheUnicodePropertiesOnEveryScalar() {
        var checked = 0
        var mismatches: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            if scalar.isFormatCharacter != (properties.generalCategory == .format)
                || scalar.isWhiteSpaceCharacter != properties.isWhitespace {
                mismatches.append("U+" + String(value, radix: 16, uppercase: true))
            }
            checked += 1
        }
        #expect(mismatches == [])
        #expect(checked > 1_100_000)
    }

    /// `isInvisible` agrees with "every scalar is White_Space or Cf" on text starting with any
    /// scalar of the sample: alone, before a letter, before white space, and before a format
    /// character.
    @Test func invisibleCheckAgreesWithTheProperties() {
        func expected(_ text: String) -> Bool {
            text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0.properties.generalCategory == .format }
        }
        var scalars = Array(0..<0x3100)
        scalars += stride(from: 0x3100, through: 0x10FFFF, by: 89)
        scalars += [0xFEFF, 0xFFF9, 0x110BD, 0x13430, 0x1BCA0, 0x1D173, 0xE0001, 0xE0020, 0xE007F]
        for value in scalars {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let c = Character(scalar)
            for text in [String(c), "\(c)药", "\(c) \u{3000}", "\(c)\u{200B}"] {
                #expect(text.isInvisible == expected(text), "U+\(String(value, radix: 16, uppercase: true)) in \(text.debugDescription)")
            }
        }
        #expect("".isInvisible)
        #expect(" ".isInvisible)
        #expect(!"\u{200B}药".isInvisible)
        #expect(!"Acme\u{200D}".isInvisible)
    }

    static func base() throws -> Case {
        try CaseFile.decode(Data(baseCaseJSON.utf8))
    }

    static func textIssues(_ name: String) throws -> [ValidationIssue] {
        var facts = try base()
        facts.enterprise.name = name
        return facts.validate().filter { $0.path == "enterprise.name" }
    }

    /// The examples of the issue: a name of only U+FEFF or an RTL override is invalid, and
    /// U+0085 is a control character, not `emptyText`.
    @Test(arguments: [
        ("\u{FEFF}", ValidationCode.invisibleText), ("\u{202E}", .invisibleText), ("\u{200B}", .invisibleText),
        ("\u{200C}\u{200D}", .invisibleText), ("\u{2060}", .invisibleText), ("\u{E0041}", .invisibleText),
        (" \u{FEFF}\u{3000}", .invisibleText), ("\u{85}", .controlCharacter), ("\u{85}\u{FEFF}", .controlCharacter),
        (" \t", .controlCharacter), ("", .emptyText), (" \u{3000}\u{A0}", .emptyText),
    ])
    func aTextThatShowsNothingIsRejectedWithItsOwnCode(_ name: String, _ code: ValidationCode) throws {
        let issues = try Self.textIssues(name)
        #expect(issues.map(\.code) == [code], "\(name.debugDescription)")
        #expect(issues.first?.severity == .error)
        #expect(!(try Self.base().withName(name)).isValid)
    }

    @Test func visibleTextWithFormatCharactersInsideIsAccepted() throws {
        for name in ["示例\u{200D}制药", "Acme\u{202E}", "\u{FEFF}Acme", "E"] {
            #expect(try Self.textIssues(name) == [], "\(name.debugDescription)")
        }
    }

    /// The message names the invisible characters, escaped by `escapedForMessage`, in both
    /// languages.
    @Test func theMessageShowsTheInvisibleCharactersEscaped() throws {
        let issue = try #require(try Self.textIssues("\u{200B}\u{202E}\u{FEFF}").first)
        #expect(issue.message.en == #"holds only invisible characters (\u{200B}\u{202E}\u{FEFF}) and is empty without them"#)
        #expect(issue.message.zh == #"只含不可见字符（\u{200B}\u{202E}\u{FEFF}），去掉后为空"#)
        let long = try #require(try Self.textIssues(String(repeating: "\u{200B}", count: 40)).first)
        #expect(long.message.en.hasSuffix("…) and is empty without them"))
        let control = try #require(try Self.textIssues("\u{85}").first)
        #expect(control.message.en == "contains the control character U+0085")
    }

    @Test func everyRequiredTextIsChecked() throws {
        var facts = try Self.base()
        facts.id = "\u{FEFF}"
        facts.product.id = "\u{202E}"
        facts.product.name = "\u{2060}"
        facts.product.marketingAuthorisationHolder = "\u{200B}"
        facts.declarations[0].declarant = "\u{200C}"
        facts.objections[0].objector = "\u{200D}"
        facts.disputes[0].claimant = "\u{2066}"
        facts.disputes[0].respondent = "\u{2069}"
        facts.creditEvents[0].authority = "\u{AD}"
        facts.round?.name = "\u{180E}"
        let paths = Set(facts.validate().filter { $0.code == .invisibleText }.map(\.path))
        #expect(paths == [
            "id", "product.id", "product.name", "product.marketingAuthorisationHolder", "declarations[0].declarant",
            "objections[0].objector", "disputes[0].claimant", "disputes[0].respondent", "creditEvents[0].authority",
            "round.name",
        ])
    }
}

extension Case {
    fileprivate func withName(_ name: String) -> Case {
        var copy = self
        copy.enterprise.name = name
        return copy
    }
}
