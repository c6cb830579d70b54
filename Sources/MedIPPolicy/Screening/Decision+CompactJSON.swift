extension Decision {
    /// The decision as one line's worth of compact JSON — keys sorted, slashes unescaped, no
    /// newline: byte for byte what ``CaseFile/encode(_:pretty:)`` writes with `pretty: false`
    /// (`JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes`), written by the hand-made
    /// writer `medip screen` uses, about ten times faster.
    ///
    /// For a program that stores or logs decisions (a decision log, an audit table) and wants
    /// the bytes `medip` writes. A decision with a trace (`detail: .full`) is encoded by
    /// `JSONEncoder`, which writes the trace.
    ///
    /// - Throws: ``CaseFileError`` with code `encodingFailed` only when `JSONEncoder` fails on a
    ///   decision with a trace.
    public func compactJSON() throws(CaseFileError) -> [UInt8] {
        if trace != nil { return Array(try CaseFile.encode(self, pretty: false)) }
        var bytes: [UInt8] = []
        ScreenedLineWriter.appendBytes(to: &bytes) { $0.write(self) }
        return bytes
    }
}
