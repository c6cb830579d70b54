import Testing
import Foundation
import MedIPPolicy
import MedIPPolicyTesting

@Suite struct DomainIdentifierTests {
    // Genuine codes of registered enterprises, published on public pages; checked, not cited.
    static let genuineCreditCodes = [
        "914403001922038216", "91440300708461136T", "91110108551385082Q", "91310110666007217T",
        "91350100M000100Y43",
    ]

    @Test(arguments: genuineCreditCodes)
    func acceptsGenuineCreditCodes(_ text: String) throws {
        let code = try UnifiedSocialCreditCode(validating: text)
        #expect(code.description == text)
        #expect(UnifiedSocialCreditCode.checkCharacter(for: text) == text.last)
    }

    /// A code is held as bytes, not text: it spells its text back, is equal, hashed and ordered
    /// as that text, and the reader's code is the validating initialiser's.
    @Test func creditCodesBehaveAsTheirText() throws {
        let texts = Self.genuineCreditCodes + (0..<300).map { serial in
            String(describing: FixtureIdentifiers.creditCode(serial: serial * 7_919, division: serial % 2 == 0 ? "110108" : "3101WX"))
        }
        let codes = try texts.map { try UnifiedSocialCreditCode(validating: $0) }
        for (text, code) in zip(texts, codes) {
            #expect(code.rawValue == text && code.description == text)
            #expect(code.registrationAuthority == text.first)
            let decoded = try CaseFile.decode(UnifiedSocialCreditCode.self, from: Data("\"\(text)\"".utf8))
            let read = Array(text.utf8).withUnsafeBufferPointer { UnifiedSocialCreditCode.checked($0) }
            #expect(decoded == code && read == code && read?.hashValue == code.hashValue)
        }
        for (a, textA) in zip(codes, texts).prefix(60) {
            for (b, textB) in zip(codes, texts) {
                #expect((a == b) == (textA == textB))
                #expect((a < b) == (textA < textB), "\(textA) \(textB)")
            }
        }
        #expect(Set(codes).count == Set(texts).count)
    }

    @Test(arguments: genuineCreditCodes)
    func rejectsEverySingleCharacterCorruption(_ text: String) {
        let characters = Array(text)
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
        for position in characters.indices {
            for replacement in alphabet where replacement != characters[position] {
                var corrupted = characters
                corrupted[position] = replacement
                #expect(UnifiedSocialCreditCode(String(corrupted)) == nil, "\(String(corrupted))")
            }
        }
    }

    @Test func creditCodeErrorsAreSpecific() {
        #expect(throws: UnifiedSocialCreditCodeError.length(17)) {
            try UnifiedSocialCreditCode(validating: "91440300708461136")
        }
        #expect(throws: UnifiedSocialCreditCodeError.illegalCharacter(position: 9, character: "I")) {
            try UnifiedSocialCreditCode(validating: "91440300I08461136T")
        }
        #expect(throws: UnifiedSocialCreditCodeError.illegalCharacter(position: 3, character: "o")) {
            try UnifiedSocialCreditCode(validating: "91o40300708461136T")
        }
        #expect(throws: UnifiedSocialCreditCodeError.checkCharacter(expected: "T", got: "U")) {
            try UnifiedSocialCreditCode(validating: "91440300708461136U")
        }
        // An early pilot-region code that predates the standard's check character is rejected.
        #expect(UnifiedSocialCreditCode("91350211M00013FA1N") == nil)
    }

    // Genuine patent numbers published on public pages (check digits verified), plus the two
    // legacy numbers the CNIPA numbering rule is usually explained with.
    @Test(arguments: [
        ("ZL201811564288.X", PatentType.invention, 2018), ("ZL202010566088.9", .invention, 2020),
        ("ZL202322865413.3", .utilityModel, 2023), ("ZL200510096239.4", .invention, 2005),
        ("201710601862.3", .invention, 2017), ("ZL 2015 1 0958772.0", .invention, 2015),
        ("ZL95115608.X", .invention, 1995), ("97101765.4", .invention, 1997),
        ("cn201811564288.x", .invention, 2018),
    ])
    func acceptsGenuinePatentNumbers(_ text: String, _ type: PatentType, _ year: Int) throws {
        let number = try PatentNumber(validating: text)
        #expect(number.type == type)
        #expect(number.filingYear == year)
        #expect(number.canonical.hasPrefix("ZL"))
        #expect(try PatentNumber(validating: number.canonical) == number)
    }

    @Test func canonicalForm() throws {
        #expect(try PatentNumber(validating: "cn 201811564288.x").description == "ZL201811564288.X")
        #expect(try PatentNumber(validating: "201710601862.3").applicationNumber == "201710601862.3")
        let pct = try PatentNumber(validating: "ZL201880012345.5")
        #expect(pct.type == .invention && pct.isPCTNationalPhase)
        #expect(try PatentNumber(validating: "ZL202130567890.5").type == .design)
    }

    @Test func patentNumberErrorsAreSpecific() {
        #expect(throws: PatentNumberError.checkDigit(expected: "X", got: "1")) {
            try PatentNumber(validating: "ZL201811564288.1")
        }
        #expect(throws: PatentNumberError.checkDigit(expected: "X", got: "0")) {
            try PatentNumber(validating: "ZL95115608.0")
        }
        #expect(throws: PatentNumberError.digitCount(11)) { try PatentNumber(validating: "ZL20181156428.X") }
        #expect(throws: PatentNumberError.missingCheckDigit) { try PatentNumber(validating: "ZL201811564288") }
        #expect(throws: PatentNumberError.missingCheckDigit) { try PatentNumber(validating: "ZL201811564288.") }
        #expect(throws: PatentNumberError.unknownTypeDigit("4")) { try PatentNumber(validating: "ZL201841564288.1") }
        #expect(throws: PatentNumberError.implausibleYear(1999)) { try PatentNumber(validating: "199910123456.7") }
        #expect(throws: PatentNumberError.implausibleYear(45)) { try PatentNumber(validating: "45115608.1") }
        #expect(throws: PatentNumberError.illegalCharacter(position: 5, character: "A")) {
            try PatentNumber(validating: "ZL20A811564288.X")
        }
        #expect(throws: PatentNumberError.empty) { try PatentNumber(validating: "ZL") }
        #expect(throws: PatentNumberError.publicationNumber("CN112345678A")) { try PatentNumber(validating: "CN112345678A") }
    }

    @Test func everySingleDigitCorruptionOfAPatentNumberIsRejected() throws {
        let digits = Array("201811564288")
        for position in digits.indices {
            for replacement in "0123456789" where replacement != digits[position] {
                var corrupted = digits
                corrupted[position] = replacement
                #expect(PatentNumber("ZL" + String(corrupted) + ".X") == nil)
            }
        }
    }

    @Test(arguments: [
        ("国药准字H20240001", ApprovalNumber.Kind.chemicalDrug), ("国药准字Z11020001", .traditionalChineseMedicine),
        ("国药准字S20190012", .biologicalProduct), ("国药准字J20150033", .repackagedImportedDrug),
        ("国药准字HJ20200001", .chemicalDrug), ("国药准字SC20210005", .biologicalProduct),
        ("国械注准20153460251", .deviceRegistration), ("国械注进20213130123", .deviceRegistration),
        ("京械注准20192140123", .deviceRegistration), ("国械注许20183400007", .deviceRegistration),
        ("京朝械备20150012", .deviceFiling),
    ])
    func acceptsApprovalNumbers(_ text: String, _ kind: ApprovalNumber.Kind) throws {
        let number = try ApprovalNumber(validating: text)
        #expect(number.kind == kind)
        #expect(number.description == text)
    }

    @Test func approvalNumberErrorsAreSpecific() {
        #expect(throws: ApprovalNumberError.drugClassLetter("国药准字B20020001")) {
            try ApprovalNumber(validating: "国药准字B20020001")
        }
        #expect(throws: ApprovalNumberError.drugDigits("国药准字H2024001")) {
            try ApprovalNumber(validating: "国药准字H2024001")
        }
        #expect(throws: ApprovalNumberError.deviceNumber("国械注准2015346025")) {
            try ApprovalNumber(validating: "国械注准2015346025")
        }
        #expect(throws: ApprovalNumberError.deviceNumber("国械注准20151460251")) {
            try ApprovalNumber(validating: "国械注准20151460251")
        }
        #expect(throws: ApprovalNumberError.deviceNumber("美械注准20153460251")) {
            try ApprovalNumber(validating: "美械注准20153460251")
        }
        #expect(throws: ApprovalNumberError.unrecognised("国食药监械(准)字2012第3460123号")) {
            try ApprovalNumber(validating: "国食药监械(准)字2012第3460123号")
        }
    }
}

@Suite struct PatentNumberKeyTests {
    @Test func equalityAndHashFollowTheCanonicalText() throws {
        let numbers = try ["ZL201811564288.X", "ZL 2018 1 1564288.X", "cn201811564288.x", "ZL95115608.X", "ZL97101765.4"]
            .map { try PatentNumber(validating: $0) }
        #expect(numbers[0] == numbers[1] && numbers[1] == numbers[2])
        #expect(Set(numbers).count == 3)
        #expect(numbers[0] != numbers[3] && numbers[3] != numbers[4])
        // Every pair of distinct canonical texts in a large sample has distinct keys.
        var generator = FixtureLikeSerials()
        var seen: [UInt64: String] = [:]
        for _ in 0..<20_000 {
            let number = try PatentNumber(validating: generator.next())
            if let other = seen[number.integerKey] { #expect(other == number.canonical) }
            seen[number.integerKey] = number.canonical
        }
    }

    @Test func theCanonicalTextIsSpelledBackFromTheKey() throws {
        // The canonical text is not stored: it is spelled from the integer key. It must be the
        // input's canonical form, for both forms, leading zeros and X included, and order as text.
        var generator = FixtureLikeSerials()
        var texts = ["ZL201811564288.X", "ZL95115608.X", "ZL97101765.4", "ZL00100001.2"]
        for _ in 0..<5_000 { texts.append(generator.next()) }
        var numbers: [PatentNumber] = []
        for text in texts {
            let number = try PatentNumber(validating: " " + text.lowercased())
            #expect(number.canonical == text)
            #expect(number.description == text && number.applicationNumber == String(text.dropFirst(2)))
            numbers.append(number)
        }
        let byText = numbers.sorted { $0.canonical < $1.canonical }
        #expect(numbers.sorted() == byText)
    }
}

/// Valid 12-digit numbers from a simple counter (check digit computed by the library).
private struct FixtureLikeSerials {
    var serial = 0
    mutating func next() -> String {
        serial += 7_919
        let body = "2019" + ["1", "2", "3", "8", "9"][serial % 5] + String(format: "%07d", serial % 10_000_000)
        let digits = body.compactMap { Int(String($0)) }
        let check = PatentNumber.checkDigit(for: digits)
        return "ZL\(body).\(check)"
    }
}
