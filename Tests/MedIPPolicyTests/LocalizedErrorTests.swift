import Foundation
import Testing
@testable import MedIPPolicy

/// English words that, outside quotes, mean a Chinese message still has English prose in it.
private let englishProse: Set<String> = [
    "the", "is", "are", "not", "must", "cannot", "of", "and", "to", "in", "an", "be", "with", "from",
    "for", "missing", "unknown", "invalid", "expected", "found", "more", "than", "once", "did", "you",
    "mean", "has", "no", "got", "see", "one", "there", "it", "its", "at", "only", "needs", "given", "working",
]

/// The English prose words of `text` outside double-quoted segments (quoted keys and values are
/// the input's own text): runs of letters standing alone, so that options (`--no-roll-forward`),
/// ids, paths and codes are not counted.
func englishProseWords(in text: String) -> [String] {
    let unquoted = text.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
        .filter { $0.offset.isMultiple(of: 2) }.map(\.element).joined(separator: " ")
    let tokens = unquoted.split { !($0.isASCII && ($0.isLetter || $0.isNumber || "-_./#:*'".contains($0))) }
    return tokens.filter { $0.allSatisfy(\.isLetter) }.map { $0.lowercased() }.filter(englishProse.contains)
}

/// Whether `text` has a CJK ideograph.
func hasChinese(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
}

@Suite struct LocalizedErrorTests {
    /// Every reading failure of the bad-input tables, as ``CaseFile/decode(_:)`` throws it.
    static let readingFailures: [CaseFileError] = {
        var inputs: [[UInt8]] = BadInputTableTests.rows.compactMap { row in
            if case .decoding = row.outcome { return row.bytes }
            return nil
        }
        inputs += DomainMalformedCaseTests.decodingRows.compactMap { row in (try? editedJSON(row.edits)).map { Array($0) } }
        inputs += [
            Array(#"{"a": [1, 2}"#.utf8), Array(#"{"a" 1}"#.utf8), Array(#"{"a": 1} x"#.utf8), Array(#"{"a": "\u12"}"#.utf8),
            Array(#"{"a": "\q"}"#.utf8), Array(#"{"a": -}"#.utf8), Array(#"{1: 2}"#.utf8), Array(#"{"a": [1"#.utf8),
            [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0x01, 0x22, 0x7D], [0xFF, 0xFE, 0x7B, 0x00], [0x00, 0x7B],
            Array(#"{"a": "\uD800"}"#.utf8), Array(#"{"id": "a", "id": "b"}"#.utf8),
        ]
        return inputs.compactMap { bytes in
            do throws(CaseFileError) {
                _ = try CaseFile.decode(Data(bytes))
                return nil
            } catch {
                return error
            }
        }
    }()

    @Test func theCorpusCoversManyKindsOfReadingFailure() {
        let codes = Set(Self.readingFailures.map(\.code))
        #expect(Self.readingFailures.count >= 80)
        #expect(codes.count >= 12, "\(codes)")
    }

    @Test func everyReadingFailureHasAChineseMessageAndKeepsItsEnglish() {
        for error in Self.readingFailures {
            let text = error.localizedMessage
            #expect(text.en == error.message, "the English message is what a platform stores")
            #expect(MessageTemplate.translate(error.message, with: CaseFileError.templates) != nil, "no Chinese form: \(error.message)")
            #expect(hasChinese(text.zh), "\(text.zh)")
            #expect(englishProseWords(in: text.zh).isEmpty, "English left in \(text.zh) (from \(error.message))")
            #expect(error.text(in: .en) == error.description)
            #expect(error.text(in: .zh) == (error.path.isEmpty ? text.zh : "\(error.path)：\(text.zh)"))
        }
    }

    @Test func anUnknownKeyReadsInChineseWithItsSuggestion() throws {
        let error = try #require(Self.readingFailures.first { $0.code == .unknownKey && $0.message.contains("did you mean") })
        #expect(error.localizedMessage.zh.contains("未知的键"))
        #expect(error.localizedMessage.zh.contains("是否应为"))
    }

    @Test func aMessageNoFormMatchesStillReadsAsChinese() {
        let error = CaseFileError(code: .invalidValue, path: "x", message: "a message from a later reader")
        #expect(error.localizedMessage.zh == "取值无效（a message from a later reader）")
        #expect(error.localizedMessage.en == "a message from a later reader")
        #expect(CaseFileError.Code.all.allSatisfy { hasChinese(CaseFileError.chineseSummary(of: $0)) })
    }

    /// One value of every case of the library's English-only errors.
    static let libraryErrors: [(english: String, localized: LocalizedText)] = {
        let date = CivilDate(uncheckedYear: 2026, month: 2, day: 3)
        var result: [(String, LocalizedText)] = []
        let dates: [CivilDateError] = [
            .malformed("2026/02/03"), .yearOutOfRange(0), .monthOutOfRange(13),
            .dayOutOfRange(year: 2026, month: 2, day: 30, daysInMonth: 28), .outOfRange, .utcOffsetOutOfRange(seconds: 90_000),
        ]
        result += dates.map { ($0.description, $0.localizedMessage) }
        let calendars: [CalendarError] = [
            .yearNotCovered(2031), .yearAlreadyCovered(2026), .yearNotContiguous(2030, covered: 2022...2026), .noSchedules,
            .yearOutOfRange(10_000), .dateOutsideYear(date, year: 2027), .duplicateDate(date),
            .workOnWeekday(date, .tuesday), .missingFestival(date), .unsupportedUnit(.hours),
            .negativePeriod(Period(-3, .days)), .dateOutOfRange,
            .malformedCSV(line: 3, field: "date", reason: CivilDateError.monthOutOfRange(13).description),
        ]
        result += calendars.map { ($0.description, $0.localizedMessage) }
        for text in ["", "ZL2020101234X6.X", "ZL202010123456", "ZL20201012345.6", "ZL202050123456.1", "ZL198010123456.1",
                     "ZL202010123456.3", "CN112345678A"] {
            do throws(PatentNumberError) { _ = try PatentNumber(validating: text) } catch {
                result.append((error.description, error.localizedMessage))
            }
        }
        for text in ["9111", "91110108MA01EXAMPI", "91110108MA01EXAMPH"] {
            do throws(UnifiedSocialCreditCodeError) { _ = try UnifiedSocialCreditCode(validating: text) } catch {
                result.append((error.description, error.localizedMessage))
            }
        }
        for text in ["hello", "国药准字B20260001", "国药准字H2026001", "国械注准2026"] {
            do throws(ApprovalNumberError) { _ = try ApprovalNumber(validating: text) } catch {
                result.append((error.description, error.localizedMessage))
            }
        }
        let measure = MeasureID("beijing-2026-3#8")
        var catalogErrors: [CatalogError] = [
            .unknownDocument("nowhere"), .unknownMeasure("x#1"), .unknownMeasure("beijing-2026-3#88", suggestion: "beijing-2026-3#8"),
            .unknownDepartment("市医保", suggestion: "市医保局"), .reversedEditions(earlier: .beijing2024_5, later: .beijing2026_4),
            .notEditions(.national2022_45, .beijing2026_3),
        ]
        if let measure {
            catalogErrors += [.unknownTarget(measure, key: "k", suggestion: nil), .measureOfAnotherDocument(measure, asked: .beijing2024_5)]
        }
        result += catalogErrors.map { ($0.description, $0.localizedMessage) }
        let observations: [ObservationCSVError] = [
            .init(line: 1, field: nil, message: "expected the header measure,key,value[,previous]"),
            .init(line: 2, field: "value", message: "not a number: \"x\""),
            .init(line: 2, field: "measure", message: "not a measure id: \"x\""),
            .init(line: 2, field: "key", message: "empty"),
        ]
        result += observations.map { ($0.description, $0.localizedMessage) }
        return result
    }()

    @Test func everyCaseOfTheLibraryErrorsHasAChineseMessage() {
        #expect(Self.libraryErrors.count >= 40)
        for (english, text) in Self.libraryErrors {
            #expect(text.en == english)
            #expect(hasChinese(text.zh), "\(text.zh)")
            #expect(!text.zh.contains(english), "fell back to the English: \(text.zh)")
            #expect(englishProseWords(in: text.zh).isEmpty, "English left in \(text.zh)")
        }
    }

    @Test func aNegativePeriodIsWrittenInChinese() {
        let text = CalendarError.negativePeriod(Period(-3, .days)).localizedMessage
        #expect(text.zh == "期限不能为负数：\(Period(-3, .days).text(in: .zh))")
        #expect(!text.zh.contains("days"))
    }

    @Test func scheduleCSVFailuresReadInChinese() {
        for csv in ["date,status\n", "date,status,festival\n2026-13-01,off,x\n", "date,status,festival\n2026-01-06,work,x\n",
                    "date,status,festival\n2026-01-03,off,x\n2026-01-03,off,x\n", "date,status,festival\n2026-01-03,maybe,x\n"] {
            do throws(CalendarError) {
                _ = try YearSchedule.parseCSV(csv)
                Issue.record("accepted \(csv)")
            } catch {
                #expect(hasChinese(error.localizedMessage.zh) && englishProseWords(in: error.localizedMessage.zh).isEmpty,
                        "\(error.localizedMessage.zh)")
            }
        }
    }

    @Test func anEvaluationErrorCarriesBothLanguages() {
        let error = EvaluationError.emptyWindow(from: CivilDate(uncheckedYear: 2026, month: 3, day: 1), through: CivilDate(uncheckedYear: 2026, month: 2, day: 1))
        #expect(error.localizedMessage.en == error.description)
        #expect(error.localizedMessage.zh == error.text(in: .zh))
        #expect(hasChinese(error.localizedMessage.zh))
    }

    @Test func templatesMatchWholeTextsAndBacktrack() throws {
        let template = MessageTemplate("a {0} (line {1}, column {2})", "甲 {0*}（第 {1} 行第 {2} 列）")
        let values = try #require(template.match("a b (c) (line 3, column 4)"))
        #expect(values[0] == "b (c)" && values[1] == "3" && values[2] == "4")
        #expect(template.match("a b (line 3, column 4) tail") == nil)
        #expect(template.match("a x (line 3, column 4)") != nil)
        #expect(template.match("a (line 3, column 4)") == nil, "a placeholder is never empty")
        let nested = [template, MessageTemplate("b (c)", "乙")]
        #expect(MessageTemplate.translate("a b (c) (line 3, column 4)", with: nested) == "甲 乙（第 3 行第 4 列）")
        #expect(MessageTemplate.translate("a zz (line 3, column 4)", with: nested) == "甲 zz（第 3 行第 4 列）")
        #expect(MessageTemplate.translate("nothing like it", with: nested) == nil)
    }
}
