/// A language the library writes user-facing text in.
///
/// Every explanation, heading and summary the library produces exists in Simplified Chinese
/// (`zh`, the language of the legal texts) and English (`en`).
public enum Language: String, StableStringEnum {
    /// Simplified Chinese (简体中文), the language of the policy texts.
    case zh
    /// English.
    case en
}

/// A piece of user-facing text in Simplified Chinese and English.
///
/// Official headings and terms are quoted exactly from the source texts in ``zh``; ``en`` is
/// the library's own translation. JSON form: `{"zh": "…", "en": "…"}`.
public struct LocalizedText: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The Simplified Chinese text.
    public var zh: String
    /// The English text.
    public var en: String

    /// Creates a text from its Chinese and English forms.
    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The text in the given language.
    public subscript(language: Language) -> String {
        switch language {
        case .zh: zh
        case .en: en
        }
    }

    /// The text in the given language (method form of the subscript).
    public func text(in language: Language) -> String { self[language] }

    /// The English text followed by the Chinese in parentheses, for logs.
    public var description: String { "\(en) (\(zh))" }
}
