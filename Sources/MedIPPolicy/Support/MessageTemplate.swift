/// One English message form and its Chinese counterpart, for translating a library message that
/// exists only as English text (library-internal).
///
/// A reading failure reaches ``CaseFileError`` as an English sentence (the strict decoders and
/// the JSON scanner write it; platforms store it unchanged), so its Chinese form is found by
/// matching the sentence against the forms the library writes. In ``en`` a placeholder `{n}`
/// stands for any non-empty text; in ``zh`` `{n}` puts that text back unchanged (a value, a key,
/// a path, a number) and `{n*}` puts back its own translation (a nested message, a type
/// description), or the text itself when no form matches it.
struct MessageTemplate: Sendable {
    /// The English form, with `{0}`, `{1}` … placeholders.
    let en: String
    /// The Chinese form, with `{n}` (text as is) and `{n*}` (text translated) placeholders.
    let zh: String

    init(_ en: String, _ zh: String) {
        self.en = en
        self.zh = zh
    }

    private enum Piece {
        case literal(Substring)
        case slot(Int)
    }

    /// The English form split into literal text and placeholders.
    private var pieces: [Piece] {
        var result: [Piece] = []
        var rest = en[...]
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            // `{n*}` may be written in the English form too: the mark matters only in the Chinese.
            guard let close = rest[afterOpen...].firstIndex(of: "}"),
                  let index = Int(rest[afterOpen..<close].filter { $0 != "*" })
            else { break }
            if open > rest.startIndex { result.append(.literal(rest[..<open])) }
            result.append(.slot(index))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { result.append(.literal(rest)) }
        return result
    }

    /// The placeholder values when `text` has this form (every placeholder non-empty), else `nil`.
    func match(_ text: String) -> [Int: Substring]? {
        var values: [Int: Substring] = [:]
        return Self.match(pieces[...], text[...], &values) ? values : nil
    }

    private static func match(_ pieces: ArraySlice<Piece>, _ text: Substring, _ values: inout [Int: Substring]) -> Bool {
        guard let first = pieces.first else { return text.isEmpty }
        let rest = pieces.dropFirst()
        switch first {
        case .literal(let literal):
            guard text.hasPrefix(literal) else { return false }
            return match(rest, text.dropFirst(literal.count), &values)
        case .slot(let index):
            guard let next = rest.first else {
                guard !text.isEmpty else { return false }
                values[index] = text
                return true
            }
            guard case .literal(let literal) = next else { return false }
            // Try every occurrence of the following literal, nearest first (backtracking).
            guard !text.isEmpty else { return false }
            var searchStart = text.index(after: text.startIndex)
            while searchStart < text.endIndex, let found = text[searchStart...].firstRange(of: literal) {
                values[index] = text[..<found.lowerBound]
                if match(rest, text[found.lowerBound...], &values) { return true }
                searchStart = text.index(after: found.lowerBound)
            }
            values[index] = nil
            return false
        }
    }

    /// The Chinese form with the placeholder values filled in; `translate` translates `{n*}` values.
    func chinese(_ values: [Int: Substring], translate: (String) -> String?) -> String {
        var result = ""
        var rest = zh[...]
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
            var name = rest[afterOpen..<close]
            let translated = name.hasSuffix("*")
            if translated { name = name.dropLast() }
            guard let index = Int(name), let value = values[index] else { break }
            result += rest[..<open]
            result += translated ? (translate(String(value)) ?? String(value)) : String(value)
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The Chinese form of `text` under the first of `templates` that matches it, or `nil`.
    static func translate(_ text: String, with templates: [MessageTemplate]) -> String? {
        for template in templates {
            if let values = template.match(text) {
                return template.chinese(values) { translate($0, with: templates) }
            }
        }
        return nil
    }
}
