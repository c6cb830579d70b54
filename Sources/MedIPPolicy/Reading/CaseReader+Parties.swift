// The enterprise and the product, read as their `Decodable` conformances read them.

extension Enterprise: JSONTokenReadableInPlace {
    /// The keys of an enterprise object.
    static let jsonKeys = JSONKeyTable(["name", "creditCode"])

    /// An enterprise to read over.
    static var placeholder: Enterprise {
        Enterprise(name: "", creditCode: UnifiedSocialCreditCode(uncheckedBytes: "000000000000000000".utf8))
    }

    /// Reads an enterprise into `value`: both fields required (``JSONTokenReadableInPlace``).
    static func read(from reader: inout JSONTokenReader, over value: inout Enterprise) throws(TokenReadFailure) {
        var required: UInt8 = 0  // bit 0 name, 1 creditCode
        var state = try reader.beginObject(reader.tables.pointee.enterprise)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: value.storedName = try reader.read(); required |= 1
            default: value.creditCode = try reader.read(); required |= 2
            }
        }
        guard required == 0b11 else { throw TokenReadFailure() }
    }
}

extension Product: JSONTokenReadableInPlace {
    /// The keys of a product object.
    static let jsonKeys = JSONKeyTable([
        "id", "name", "category", "drugClass", "referenceProduct", "marketingAuthorisationHolder",
        "approvalNumber", "approvalDate", "rareDisease", "paediatric", "nationallyNegotiated",
        "greenChannelQualified", "innovativeDevice",
    ])

    /// A product to read over.
    static var placeholder: Product {
        Product(
            id: "", storedName: .empty, category: .chemicalDrug, drugClass: nil, storedReferenceProduct: nil,
            storedMarketingAuthorisationHolder: .empty, approvalNumber: nil, approvalDate: nil, rareDisease: false,
            paediatric: false, nationallyNegotiated: false, greenChannelQualified: nil, innovativeDevice: false)
    }

    /// Reads a product into `value`, field by field, with the defaults of its `init(from:)`
    /// (``JSONTokenReadableInPlace``).
    static func read(from reader: inout JSONTokenReader, over value: inout Product) throws(TokenReadFailure) {
        var required: UInt8 = 0  // bit 0 id, 1 name, 2 category, 3 marketingAuthorisationHolder
        value.drugClass = nil
        value.storedReferenceProduct = nil
        value.approvalNumber = nil
        value.approvalDate = nil
        value.rareDisease = false
        value.paediatric = false
        value.nationallyNegotiated = false
        value.greenChannelQualified = nil
        value.innovativeDevice = false
        var state = try reader.beginObject(reader.tables.pointee.product)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: value.id = try reader.read(); required |= 1
            case 1: value.storedName = try reader.read(); required |= 2
            case 2: value.category = try reader.read(); required |= 4
            case 3: value.drugClass = try reader.readOptional()
            case 4: value.storedReferenceProduct = try reader.readOptional()
            case 5: value.storedMarketingAuthorisationHolder = try reader.read(); required |= 8
            case 6: value.approvalNumber = try reader.readOptional()
            case 7: value.approvalDate = try reader.readOptional()
            case 8: value.rareDisease = try reader.readOptional() ?? false
            case 9: value.paediatric = try reader.readOptional() ?? false
            case 10: value.nationallyNegotiated = try reader.readOptional() ?? false
            case 11: value.greenChannelQualified = try reader.readOptional()
            default: value.innovativeDevice = try reader.readOptional() ?? false
            }
        }
        guard required == 0b1111 else { throw TokenReadFailure() }
    }
}
