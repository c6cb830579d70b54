extension CaseFile {
    /// How strictly a case file (or another domain document) is read.
    ///
    /// The default, ``strict``, rejects every key the format does not define. The only other
    /// setting is the deliberate escape hatch for forward compatibility,
    /// ``allowingUnknownKeys``: a document written by a newer producer with fields this library
    /// does not know is read, and those fields are ignored. It changes nothing else: limits,
    /// syntax, types, integers and every known field are checked as strictly as ever. Use it
    /// knowingly — a misspelt key (`ruling` for `rulings`) is then silently dropped too.
    public struct DecodingOptions: Sendable, Hashable {
        /// Whether keys the format does not define are ignored instead of rejected.
        public var allowsUnknownKeys: Bool

        /// Options with the given setting.
        public init(allowsUnknownKeys: Bool = false) {
            self.allowsUnknownKeys = allowsUnknownKeys
        }

        /// Unknown keys are errors (the default).
        public static let strict = DecodingOptions()
        /// Unknown keys are ignored (the escape hatch; `medip … --allow-unknown-keys`).
        public static let allowingUnknownKeys = DecodingOptions(allowsUnknownKeys: true)
    }

    /// The user-info entries that give the library's `Decodable` types these options when
    /// decoded by any decoder, e.g. a `JSONDecoder` of your own:
    ///
    /// ```swift
    /// let decoder = JSONDecoder()
    /// decoder.userInfo = CaseFile.userInfo(for: .allowingUnknownKeys)
    /// ```
    ///
    /// A bare decoder (no entries) is strict about keys. Only ``decode(_:options:)`` and its
    /// relatives also check that integers are written exactly as integers, because only they
    /// see the number texts.
    public static func userInfo(for options: DecodingOptions) -> [CodingUserInfoKey: any Sendable] {
        guard options.allowsUnknownKeys, let key = allowsUnknownKeysKey else { return [:] }
        return [key: true]
    }

    /// The user-info key of ``DecodingOptions/allowsUnknownKeys`` (a `Bool`).
    static let allowsUnknownKeysKey = CodingUserInfoKey(rawValue: "MedIPPolicy.allowsUnknownKeys")

    /// The user-info key of the document's numbers that are not written as 64-bit integers
    /// (`[path: text]`, from ``JSONBoundsScanner``), which integer fields reject.
    static let inexactNumbersKey = CodingUserInfoKey(rawValue: "MedIPPolicy.inexactNumbers")

    /// The document's non-integer number texts by path, when ``CaseFile`` supplied them.
    static func inexactNumbers(in userInfo: [CodingUserInfoKey: Any]) -> [String: String]? {
        guard let key = inexactNumbersKey else { return nil }
        return userInfo[key] as? [String: String]
    }
}
