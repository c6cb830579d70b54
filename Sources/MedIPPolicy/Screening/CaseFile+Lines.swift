extension CaseFile {
    /// Decodes one case file from a line of JSON Lines (bytes without the newline).
    ///
    /// - Throws: ``CaseFileError`` with the code and path of the problem.
    public static func decodeLine(_ bytes: ArraySlice<UInt8>) throws(CaseFileError) -> Case {
        try decode(Data(bytes))
    }
}
