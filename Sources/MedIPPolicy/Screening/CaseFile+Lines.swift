extension CaseFile {
    /// Decodes one case file from a line of JSON Lines (bytes without the newline), through the
    /// fast reader (``decodeFast(_:)-(ArraySlice<UInt8>)``): the same case or the same error as
    /// ``decode(_:)``, about an order of magnitude faster.
    ///
    /// - Throws: ``CaseFileError`` with the code and path of the problem.
    public static func decodeLine(_ bytes: ArraySlice<UInt8>) throws(CaseFileError) -> Case {
        try decodeFast(bytes)
    }

    /// Decodes one line like ``decodeLine(_:)`` with the given options (the escape hatch for
    /// unknown keys).
    ///
    /// - Throws: ``CaseFileError`` with the code and path of the problem.
    public static func decodeLine(_ bytes: ArraySlice<UInt8>, options: DecodingOptions) throws(CaseFileError) -> Case {
        try decodeFast(bytes, options: options)
    }
}
