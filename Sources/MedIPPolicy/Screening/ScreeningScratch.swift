/// What one screening worker keeps from one line to the next (library-internal), so that reading,
/// deciding and writing a line allocate next to nothing: the case it decoded last, whose storage
/// the next line is read into, the reader's room for unescaping, the ``Resolution`` each case is
/// resolved into, the memory its decided line is written in, the buffers its texts are kept in,
/// and the reader's tables.
///
/// Reading a line into the previous line's case (``CaseReader/read(_:into:)``) keeps the storage
/// of its arrays — patents, objections, requests, history, and the arrays inside them — so that
/// steady screening does not allocate and free them line after line. The case a line decodes to
/// is the same value either way; a line the strict reader gives up on is decoded by the Codable
/// path as ``CaseFile/decodeLine(_:options:)`` decodes it (the worker's case, partly read, is
/// then read over by the next line all the same).
struct ScreeningScratch: ~Copyable {
    /// The case read last, which the next line is read into (a placeholder before the first).
    private var reused = Case.placeholder
    /// Room for the reader to unescape one string (``JSONTokenReader/scratchCapacity`` bytes).
    private let unescaped: UnsafeMutablePointer<UInt8>
    /// The resolution each line's case is resolved into (``withCase(decoding:options:_:)`` lends it).
    private var resolution = Resolution()
    /// The memory a decided line is written in.
    let lineBuffer = ScreenedLineWriter.LineBuffer()
    /// The buffers the texts of each line's case are kept in, two in turn.
    private var texts = TextBufferPool()
    /// The reader's key and raw-value tables, taken once for all the worker's lines.
    private let tables = ReadingTables.shared

    /// Scratch for one worker.
    init() {
        unescaped = .allocate(capacity: JSONTokenReader.scratchCapacity)
    }

    deinit {
        unescaped.deallocate()
    }

    /// Decodes one line as ``CaseFile/decodeLine(_:options:)`` does and answers what `body` makes
    /// of the case (with the worker's resolution to resolve it into), or the decoding error.
    ///
    /// Always inlined: the closure then captures nothing by copy (a call kept out of line copied
    /// the ``Screener`` the closure captures, at every line).
    @inline(__always)
    mutating func withCase<Answer>(
        decoding bytes: ArraySlice<UInt8>, options: CaseFile.DecodingOptions, _ body: (Case, inout Resolution) -> Answer
    ) -> Result<Answer, CaseFileError> {
        // Read in place and lent to `body` in place: the case is never moved in or out of the
        // scratch (a move copies its 300-odd bytes).
        let buffer = texts.lend(forDocumentOf: bytes.count)
        if bytes.withUnsafeBytes({ CaseReader.read($0, into: &reused, scratch: unescaped, texts: buffer, tables: tables) }) {
            return .success(body(reused, &resolution))
        }
        // The strict reader gave up: the Codable path answers (not `decodeLine`, which would run
        // the strict reader again).
        do throws(CaseFileError) {
            let facts = try CaseFile.decode(Data(bytes), options: options)
            return .success(body(facts, &resolution))
        } catch {
            return .failure(error)
        }
    }
}
