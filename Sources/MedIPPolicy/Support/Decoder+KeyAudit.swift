// Strict reading for whole trees of stored output (decisions, verdicts, screened lines) without a
// hand-written decoder per type: the tree is decoded through a decoder that passes everything to
// the real one and records, for every object, which keys the decoding type asked for. A key no
// type asked for is an `unknownKey` error naming its path, as `strictContainer` reports it for
// case files. The types inside keep their synthesized `Codable`; a property added to one of them
// is read (and so known) without anything else to update.

extension Decoder {
    /// Decodes with `body` and then rejects any key of any object inside that the decoding types
    /// did not ask for (library-internal; the entry of stored decisions, verdicts and screened
    /// lines).
    ///
    /// A key counts as asked for when a type decodes it, looks it up (`contains`, which
    /// `decodeIfPresent` does for every optional property, present or not) or lists the object's
    /// keys (`allKeys`, as a dictionary or a type with its own key check does). The first unknown
    /// key, objects in the order they were opened and keys in string order, is a
    /// `DecodingError.dataCorrupted` at its path wrapping a ``DomainValueError`` of code
    /// ``CaseFileError/Code/unknownKey``, with the nearest key the type knows as a suggestion.
    /// A required key misspelt (`"rulez"` for `"rules"`) is reported the same way, not as a
    /// missing key. Integers decoded anywhere inside are checked as
    /// ``KeyedDecodingContainer/decodeInteger(forKey:in:)`` checks them.
    ///
    /// Nested calls join the outer audit. With unknown keys allowed (``allowsUnknownKeys``) the
    /// keys are recorded and not checked, so that the types inside with key checks of their own
    /// (``isAuditingKeys``) let the escape hatch apply to them too.
    func auditingKeys<Value>(_ body: (any Decoder) throws -> Value) throws -> Value {
        if isAuditingKeys { return try body(self) }
        let audit = KeyAudit()
        let strict = !allowsUnknownKeys
        let value: Value
        do {
            value = try body(AuditingDecoder(base: self, audit: audit))
        } catch DecodingError.keyNotFound(let key, let context) where strict {
            // A misspelt required key: name the misspelling, which is what the writer must fix.
            if let misspelt = audit.misspelling(of: key.stringValue, at: context.codingPath) { throw misspelt }
            throw DecodingError.keyNotFound(key, context)
        }
        if strict { try audit.check() }
        return value
    }
}

extension Decoder {
    /// Whether this decoder belongs to an audit (``auditingKeys(_:)``), which checks every
    /// object's keys: a type with a key check of its own can leave it to the audit.
    var isAuditingKeys: Bool { self is AuditingDecoder }
}

/// The objects opened during one audited decoding, with the keys asked for in each.
final class KeyAudit {
    /// One object: its path, its keys as written, and the keys its type asked for.
    final class Object {
        let path: [any CodingKey]
        let keys: [String]
        var asked: [String] = []
        var listed = false

        init(path: [any CodingKey], keys: [String]) {
            self.path = path
            self.keys = keys
        }

        func ask(_ key: some CodingKey) {
            let name = key.stringValue
            if !asked.contains(name) { asked.append(name) }
        }

        /// The keys written but never asked for, in string order.
        var unknown: [String] {
            listed ? [] : keys.filter { !asked.contains($0) }.sorted()
        }
    }

    private(set) var objects: [Object] = []

    func open(path: [any CodingKey], keys: [String]) -> Object {
        let object = Object(path: path, keys: keys)
        objects.append(object)
        return object
    }

    /// Throws for the first object with a key its type did not ask for.
    func check() throws {
        for object in objects {
            let unknown = object.unknown
            guard let first = unknown.first else { continue }
            throw DomainValueError(
                code: .unknownKey,
                message: UnknownKeyMessage.text(for: first, known: object.asked, others: unknown.count - 1)
            ).decodingError(at: object.path + [MemberKey(stringValue: first)])
        }
    }

    /// The unknown-key error for a key of the object at `path` that is a likely misspelling of
    /// the missing key `missing`, if there is one.
    func misspelling(of missing: String, at path: [any CodingKey]) -> DecodingError? {
        let names = path.map(\.stringValue)
        guard let object = objects.last(where: { $0.path.map(\.stringValue) == names }) else { return nil }
        for candidate in object.unknown where UnknownKeyMessage.suggestion(for: candidate, among: [missing]) != nil {
            return DomainValueError(
                code: .unknownKey,
                message: UnknownKeyMessage.text(for: candidate, known: object.asked + [missing], others: 0)
            ).decodingError(at: path + [MemberKey(stringValue: candidate)])
        }
        return nil
    }
}

/// A decoder that hands everything to `base` and records the keys asked for in ``KeyAudit``.
struct AuditingDecoder: Decoder {
    let base: any Decoder
    let audit: KeyAudit
    /// The record of this decoder's value once a container has opened it: every container of
    /// the value (a type may open it twice, with different keys) adds to the same record.
    let slot = Slot()

    final class Slot {
        var object: KeyAudit.Object?
    }

    var codingPath: [any CodingKey] { base.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { base.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let container = try base.container(keyedBy: type)
        let object: KeyAudit.Object
        if let opened = slot.object {
            object = opened
        } else {
            // A container keyed by the type's own keys lists only those: the keys as written come
            // from a second container keyed by any name.
            object = audit.open(path: codingPath, keys: try base.container(keyedBy: MemberKey.self).allKeys.map(\.stringValue))
            slot.object = object
        }
        return KeyedDecodingContainer(AuditedKeyedContainer(base: container, object: object, audit: audit, decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        AuditedUnkeyedContainer(base: try base.unkeyedContainer(), audit: audit, decoder: self)
    }

    /// The base's container: a single value is a string, number or Boolean in the library's
    /// formats, and a type decoded from it starts an audit of its own if it needs one.
    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        try base.singleValueContainer()
    }
}

/// An object's container that records the keys asked for.
struct AuditedKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let base: KeyedDecodingContainer<Key>
    let audit: KeyAudit
    let object: KeyAudit.Object
    /// The decoder the container came from, for its user info (integer checks).
    let decoder: any Decoder

    /// Wraps `base`, recording the keys asked for in `object`.
    init(base: KeyedDecodingContainer<Key>, object: KeyAudit.Object, audit: KeyAudit, decoder: any Decoder) {
        self.base = base
        self.object = object
        self.audit = audit
        self.decoder = decoder
    }

    var codingPath: [any CodingKey] { base.codingPath }
    var allKeys: [Key] {
        object.listed = true
        return base.allKeys
    }

    func contains(_ key: Key) -> Bool {
        object.ask(key)
        return base.contains(key)
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        object.ask(key)
        return try base.decodeNil(forKey: key)
    }

    /// Asks for `key`, then reads it from the base container.
    private func read<T>(_ key: Key, _ read: (KeyedDecodingContainer<Key>) throws -> T) rethrows -> T {
        object.ask(key)
        return try read(base)
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try read(key) { try $0.decode(type, forKey: key) } }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try read(key) { try $0.decode(type, forKey: key) } }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try read(key) { try $0.decode(type, forKey: key) } }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try read(key) { try $0.decode(type, forKey: key) } }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try read(key) { try $0.decodeInteger(forKey: key, in: decoder) } }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try read(key) { try $0.decode(type, forKey: key) } }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try read(key) { try $0.decode(type, forKey: key) } }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try read(key) { try $0.decode(type, forKey: key) } }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try read(key) { try $0.decode(type, forKey: key) } }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try read(key) { try $0.decode(type, forKey: key) } }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try read(key) { try $0.decode(type, forKey: key) } }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try read(key) { try $0.decode(type, forKey: key) } }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try read(key) { try $0.decode(type, forKey: key) } }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try read(key) { try $0.decode(type, forKey: key) } }

    /// Decodes a value of any other type through an audited decoder of the key's value; a
    /// missing key is left to the base container, so its error is the usual `keyNotFound`.
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        object.ask(key)
        guard base.contains(key) else { return try base.decode(type, forKey: key) }
        return try T(from: AuditingDecoder(base: try base.superDecoder(forKey: key), audit: audit))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        object.ask(key)
        let nested = try base.nestedContainer(keyedBy: type, forKey: key)
        let written = try base.nestedContainer(keyedBy: MemberKey.self, forKey: key).allKeys.map(\.stringValue)
        return KeyedDecodingContainer(AuditedKeyedContainer<NestedKey>(
            base: nested, object: audit.open(path: nested.codingPath, keys: written), audit: audit, decoder: decoder))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        object.ask(key)
        return AuditedUnkeyedContainer(base: try base.nestedUnkeyedContainer(forKey: key), audit: audit, decoder: decoder)
    }

    func superDecoder() throws -> any Decoder {
        object.listed = true  // `super` is a key no type of the library names: leave it to the caller
        return AuditingDecoder(base: try base.superDecoder(), audit: audit)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        object.ask(key)
        return AuditingDecoder(base: try base.superDecoder(forKey: key), audit: audit)
    }
}

/// An array's container whose elements are decoded through audited decoders.
struct AuditedUnkeyedContainer: UnkeyedDecodingContainer {
    var base: any UnkeyedDecodingContainer
    let audit: KeyAudit
    /// The decoder the container came from, for its user info.
    let decoder: any Decoder

    var codingPath: [any CodingKey] { base.codingPath }
    var count: Int? { base.count }
    var isAtEnd: Bool { base.isAtEnd }
    var currentIndex: Int { base.currentIndex }

    mutating func decodeNil() throws -> Bool { try base.decodeNil() }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try base.decode(type) }
    mutating func decode(_ type: String.Type) throws -> String { try base.decode(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try base.decode(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try base.decode(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try base.decode(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try base.decode(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try base.decode(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try base.decode(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try base.decode(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try base.decode(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try base.decode(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try base.decode(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try base.decode(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try base.decode(type) }

    /// Decodes the next element of any other type through an audited decoder.
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        guard !base.isAtEnd else { return try base.decode(type) }  // the base's "at end" error
        return try T(from: AuditingDecoder(base: try base.superDecoder(), audit: audit))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        // Through a decoder of the element, which can open the object twice (see `container`).
        try AuditingDecoder(base: try base.superDecoder(), audit: audit).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        AuditedUnkeyedContainer(base: try base.nestedUnkeyedContainer(), audit: audit, decoder: decoder)
    }

    mutating func superDecoder() throws -> any Decoder {
        AuditingDecoder(base: try base.superDecoder(), audit: audit)
    }
}
