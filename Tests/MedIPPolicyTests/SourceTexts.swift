import Foundation
@testable import MedIPPolicy

/// The four policy texts, copied into the test resources so the tests stand alone, normalised
/// for comparison: white space removed (the extraction breaks lines and spaces digits) and
/// half-width brackets made full-width.
enum SourceTexts {
    static func raw(_ document: DocumentID) throws -> String {
        guard let url = Bundle.module.url(forResource: document.rawValue, withExtension: "txt", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: document.rawValue, withExtension: "txt")
        else { throw MissingResource(name: document.rawValue) }
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func normalized(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text where !character.isWhitespace {
            switch character {
            case "(": result.append("（")
            case ")": result.append("）")
            default: result.append(character)
            }
        }
        return result
    }

    static func normalized(_ document: DocumentID) throws -> String {
        normalized(try raw(document))
    }

    /// The normalised text of measure `ordinal`: from its marker （n） to the next marker （n+1）
    /// (or the end of the text).
    static func measureText(_ document: DocumentID, _ ordinal: Int) throws -> String {
        let text = try normalized(document)
        var searchStart = text.startIndex
        var start: String.Index?
        for n in 1...ordinal {
            guard let range = text.range(of: "（\(ChineseNumeral.string(n))）", range: searchStart..<text.endIndex) else {
                throw MissingResource(name: "\(document)#\(n) marker")
            }
            searchStart = range.upperBound
            if n == ordinal { start = range.lowerBound }
        }
        guard let start else { throw MissingResource(name: "\(document)#\(ordinal)") }
        let next = "（\(ChineseNumeral.string(ordinal + 1))）"
        let end = text.range(of: next, range: searchStart..<text.endIndex)?.lowerBound ?? text.endIndex
        return String(text[start..<end])
    }

    struct MissingResource: Error { let name: String }
}
