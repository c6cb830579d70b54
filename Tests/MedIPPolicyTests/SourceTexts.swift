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

    /// The normalised text of measure `ordinal`: from its marker （n） to the next marker （n+1）.
    /// The last measure ends with its last sentence (and the bracketed departments after it, in
    /// 京医保发〔2024〕5号): the signatures, date and source notes that follow are not part of it.
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
        if let end = text.range(of: next, range: searchStart..<text.endIndex)?.lowerBound {
            return String(text[start..<end])
        }
        var end = text.endIndex
        if let stop = text.range(of: "。", options: .backwards, range: start..<text.endIndex) {
            end = stop.upperBound
            if text[end...].hasPrefix("（"), let close = text.range(of: "）", range: end..<text.endIndex) {
                end = close.upperBound
            }
        }
        return String(text[start..<end])
    }

    struct MissingResource: Error { let name: String }
}
