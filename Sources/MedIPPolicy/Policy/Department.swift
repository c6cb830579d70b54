/// The stable identifier of a department, role or party, e.g. `bj-healthcare-security`.
public struct DepartmentID: RawRepresentable, Sendable, Hashable, Comparable, Codable,
    CustomStringConvertible, ExpressibleByStringLiteral
{
    /// The id text, lower-case ASCII letters, digits and hyphens.
    public let rawValue: String
    /// Wraps an id.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Wraps a literal id.
    public init(stringLiteral value: String) { self.rawValue = value }
    /// The id text.
    public var description: String { rawValue }
    /// Orders by the text form.
    public static func < (lhs: DepartmentID, rhs: DepartmentID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes from a plain string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes as a plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// What kind of body a ``Department`` entry is.
public enum DepartmentKind: String, StableStringEnum {
    /// A named government body, e.g. 北京市医疗保障局.
    case agency
    /// A class of authority the texts name generically, e.g. 医疗保障部门 (any healthcare-security
    /// administration) or 人民法院 (the people's courts).
    case role
    /// A non-government party the texts give duties or support to, e.g. 企业, 医疗机构.
    case party
}

/// The administrative level of a department.
public enum AdministrativeLevel: String, StableStringEnum {
    /// A State Council ministry or national administration (国家级).
    case national
    /// A Beijing municipal body (市级), including central bodies' Beijing branches.
    case municipal
    /// A Beijing district body or development-zone committee (区级).
    case district
    /// Not tied to one level (roles and parties).
    case unspecified
}

/// A department, role or party that a measure names: who is responsible, who acts.
///
/// One registry (``Department/registry``) holds each exactly once. For the Beijing 2024
/// measures, ``shortName`` is the form the text's brackets print (`市科委中关村管委会`) and
/// ``name`` the full official name (`北京市科学技术委员会、中关村科技园区管理委员会`).
public struct Department: Sendable, Hashable, Codable, Identifiable {
    /// The stable id.
    public var id: DepartmentID
    /// The full official name (zh) and its English rendering.
    public var name: LocalizedText
    /// The short form as the texts write it (zh), e.g. `市医保局`; equal to the full name where the
    /// texts use no short form.
    public var shortName: String
    /// Agency, role or party.
    public var kind: DepartmentKind
    /// National, municipal or district.
    public var level: AdministrativeLevel
    /// Whether the full name is printed in one of the four texts (`true`) or is the body's
    /// official name supplied from outside them (`false`; the texts print only the short form).
    public var fullNameInTexts: Bool

    /// Creates a registry entry.
    public init(
        id: DepartmentID, name: LocalizedText, shortName: String? = nil,
        kind: DepartmentKind = .agency, level: AdministrativeLevel, fullNameInTexts: Bool = true
    ) {
        self.id = id
        self.name = name
        self.shortName = shortName ?? name.zh
        self.kind = kind
        self.level = level
        self.fullNameInTexts = fullNameInTexts
    }

    /// Whether `query` names this entry: its full name, short form or English name, compared
    /// exactly after trimming (English case-insensitively), or its id.
    public func matches(_ query: String) -> Bool {
        let trimmed = query.trimmedWhitespace
        return trimmed == name.zh || trimmed == shortName || trimmed == id.rawValue
            || trimmed.lowercased() == name.en.lowercased()
    }
}
