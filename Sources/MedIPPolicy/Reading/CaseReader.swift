// The case reader: a hand-written, strict, byte-level JSON reader that builds a `Case`
// directly, for screening whole catalogues (JSON Lines) where Foundation's `JSONDecoder` is the
// bottleneck.
//
// Design — one contract, two paths:
//
// * `CaseFile.decodeFast` returns exactly what `CaseFile.decode` returns for the same bytes: the
//   same `Case`, or a `CaseFileError` with the same code, path and message.
// * The fast path (`CaseReader.read`) reads RFC 8259 JSON straight into the domain types,
//   enforcing `CaseFile`'s limits as it goes. It only ever *succeeds* on input the Codable path
//   also accepts, with the value the Codable path builds: it applies the same defaults (absent
//   or `null` arrays are `[]`, absent flags `false`), the same validation (identifiers through
//   their own `init(validating:)`, dates, `schemaVersion`, enumeration raw values, integers
//   written as integers), and gives up on any key it does not know and on a repeated key.
// * On *any* failure the fast path gives up without detail, and `decodeFast` runs
//   `CaseFile.decode` on the same bytes: its answer — a `Case` or its error — is the answer.
//   Errors are therefore the Codable path's by construction, and so is the handling of input
//   `JSONDecoder` accepts but strict JSON does not (a UTF-8 byte-order mark, UTF-16, trailing
//   commas, invalid UTF-8 or lone surrogates, keys that match only by Unicode canonical
//   equivalence, unknown keys under `DecodingOptions.allowsUnknownKeys`): such a document is
//   read, slowly, exactly as the Codable path reads it.
//
// The fast path keeps no shared mutable state: tables of keys and raw values are immutable
// `static let`s, and the scratch buffer for unescaping lives on the caller's stack.

extension CaseFile {
    /// Decodes a ``Case`` like ``decode(_:)``, several times faster, from any contiguous bytes
    /// (`Data`, `[UInt8]`, an `ArraySlice<UInt8>`, an `UnsafeRawBufferPointer`).
    ///
    /// For every input the result is exactly ``decode(_:)``'s: the same case, or a
    /// ``CaseFileError`` with the same code, path and message. A strict byte-level reader builds
    /// the case directly; whenever it cannot (malformed or unusual input, any error), the bytes
    /// are decoded again by ``decode(_:)``, whose answer is returned or thrown. The reader keeps
    /// no shared state, so any number of threads may call this at once.
    ///
    /// - Throws: ``CaseFileError``, exactly as ``decode(_:)`` throws it.
    public static func decodeFast(_ bytes: some ContiguousBytes) throws(CaseFileError) -> Case {
        if let value = bytes.withUnsafeBytes({ CaseReader.read($0) }) { return value }
        return try decode(bytes.withUnsafeBytes { Data($0) })
    }

    /// Decodes one line of a JSON Lines file (without its line feed) like ``decode(_:)``, with the
    /// same fast reader and fallback as the overload for any contiguous bytes.
    ///
    /// - Throws: ``CaseFileError``, exactly as ``decode(_:)`` throws it for the line's bytes.
    public static func decodeFast(_ line: ArraySlice<UInt8>) throws(CaseFileError) -> Case {
        if let value = line.withUnsafeBytes({ CaseReader.read($0) }) { return value }
        return try decode(Data(line))
    }

    /// Decodes a ``Case`` like ``decode(_:options:)``, through the same fast reader.
    ///
    /// The fast reader is always strict; a document with unknown keys is read by
    /// ``decode(_:options:)``, which ignores them under
    /// ``DecodingOptions/allowsUnknownKeys`` (slower, but only for such documents).
    ///
    /// - Throws: ``CaseFileError``, exactly as ``decode(_:options:)`` throws it.
    public static func decodeFast(_ bytes: some ContiguousBytes, options: DecodingOptions) throws(CaseFileError) -> Case {
        if let value = bytes.withUnsafeBytes({ CaseReader.read($0) }) { return value }
        return try decode(bytes.withUnsafeBytes { Data($0) }, options: options)
    }
}

/// The fast path of ``CaseFile/decodeFast(_:)`` without the fallback (package-internal, for tests
/// and measurements).
package enum CaseReader {
    /// The case the strict reader reads from `bytes`, or `nil` when it gives up (then
    /// ``CaseFile/decode(_:)`` decides).
    package static func read(_ bytes: some ContiguousBytes) -> Case? {
        bytes.withUnsafeBytes { read($0) }
    }

    /// The case the strict reader reads from `buffer`, or `nil` when it gives up.
    package static func read(_ buffer: UnsafeRawBufferPointer) -> Case? {
        guard buffer.count <= CaseFile.maxBytes, let start = buffer.baseAddress else { return nil }
        let count = buffer.count
        let base = start.assumingMemoryBound(to: UInt8.self)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: JSONTokenReader.scratchCapacity) { scratch in
            guard let scratchBase = scratch.baseAddress else { return nil }
            var reader = JSONTokenReader(base: base, count: count, scratch: scratchBase)
            do {
                let value = try Case.read(from: &reader)
                return reader.isAtEndAfterWhitespace() ? value : nil
            } catch {
                return nil
            }
        }
    }

    /// Reads the case in `buffer` into `value`, keeping the storage of `value`'s arrays
    /// (``Case/read(from:over:)``), and answers whether the strict reader succeeded; when it gave
    /// up, `value` holds some mix of old and new fields and must be replaced.
    ///
    /// `scratch` is room for unescaping, of ``JSONTokenReader/scratchCapacity`` bytes (a
    /// worker's, reused from line to line, where ``read(_:)`` allocates its own).
    package static func read(_ buffer: UnsafeRawBufferPointer, into value: inout Case, scratch: UnsafeMutablePointer<UInt8>) -> Bool {
        read(buffer, into: &value, scratch: scratch, texts: nil)
    }

    /// ``read(_:into:scratch:)`` keeping the case's texts in `texts` (an empty buffer a
    /// ``TextBufferPool`` lent) when given, where the reader otherwise makes a buffer.
    ///
    /// Never inlined, so that a profile can collect the parse step alone (one call a line;
    /// `Benchmarks/instructions.sh` toggles collection on it).
    @inline(never)
    static func read(
        _ buffer: UnsafeRawBufferPointer, into value: inout Case, scratch: UnsafeMutablePointer<UInt8>, texts: TextBuffer?,
        tables: UnsafePointer<ReadingTables> = ReadingTables.shared
    ) -> Bool {
        guard buffer.count <= CaseFile.maxBytes, let start = buffer.baseAddress else { return false }
        var reader = JSONTokenReader(
            base: start.assumingMemoryBound(to: UInt8.self), count: buffer.count, scratch: scratch, tables: tables)
        reader.texts = texts
        do {
            try Case.read(from: &reader, over: &value)
            return reader.isAtEndAfterWhitespace()
        } catch {
            return false
        }
    }
}

extension CaseReader {
    /// The names of the reader's key and raw-value tables that found no perfect hash and look
    /// keys up by comparing every name (package-internal, for a test that keeps it empty): every
    /// table of ``ReadingTables``, found by reflection so that the set is listed once.
    package static var tablesWithoutPerfectHash: [String] {
        Mirror(reflecting: ReadingTables.shared.pointee).children.compactMap { child in
            let table = (child.value as? JSONKeyTable) ?? (child.value as? any JSONRawValueTable)?.table
            return table?.hasPerfectHash == false ? child.label : nil
        }
    }
}
