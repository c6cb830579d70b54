// The enterprise and the product, read as their `Decodable` conformances read them.

extension Enterprise: JSONTokenReadable {
    /// The keys of an enterprise object.
    static let jsonKeys = JSONKeyTable(["name", "creditCode"])

    /// Reads an enterprise: both fields required.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> Enterprise {
        var name: StoredText?
        var creditCode: UnifiedSocialCreditCode?
        var state = try reader.beginObject(reader.tables.pointee.enterprise)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: name = try reader.read()
            default: creditCode = try reader.read()
            }
        }
        guard let name, let creditCode else { throw TokenReadFailure() }
        var value = Enterprise(name: "", creditCode: creditCode)
        value.storedName = name
        return value
    }
}

extension Product: JSONTokenReadable {
    /// The keys of a product object.
    static let jsonKeys = JSONKeyTable([
        "id", "name", "category", "drugClass", "referenceProduct", "marketingAuthorisationHolder",
        "approvalNumber", "approvalDate", "rareDisease", "paediatric", "nationallyNegotiated",
        "greenChannelQualified", "innovativeDevice",
    ])

    /// Reads a product with the defaults of its `init(from:)`.
    static func read(from reader: inout JSONTokenReader) throws(TokenReadFailure) -> Product {
        var id: String?
        var name: StoredText?
        var category: ProductCategory?
        var drugClass: DrugClass?
        var referenceProduct: StoredText?
        var holder: StoredText?
        var approvalNumber: ApprovalNumber?
        var approvalDate: CivilDate?
        var rareDisease: Bool?
        var paediatric: Bool?
        var nationallyNegotiated: Bool?
        var greenChannelQualified: Bool?
        var innovativeDevice: Bool?
        var state = try reader.beginObject(reader.tables.pointee.product)
        while let key = try reader.nextKey(&state) {
            switch key {
            case 0: id = try reader.read()
            case 1: name = try reader.read()
            case 2: category = try reader.read()
            case 3: drugClass = try reader.readOptional()
            case 4: referenceProduct = try reader.readOptional()
            case 5: holder = try reader.read()
            case 6: approvalNumber = try reader.readOptional()
            case 7: approvalDate = try reader.readOptional()
            case 8: rareDisease = try reader.readOptional()
            case 9: paediatric = try reader.readOptional()
            case 10: nationallyNegotiated = try reader.readOptional()
            case 11: greenChannelQualified = try reader.readOptional()
            default: innovativeDevice = try reader.readOptional()
            }
        }
        guard let id, let name, let category, let holder else { throw TokenReadFailure() }
        return Product(
            id: id, storedName: name, category: category, drugClass: drugClass,
            storedReferenceProduct: referenceProduct, storedMarketingAuthorisationHolder: holder,
            approvalNumber: approvalNumber, approvalDate: approvalDate,
            rareDisease: rareDisease ?? false, paediatric: paediatric ?? false,
            nationallyNegotiated: nationallyNegotiated ?? false,
            greenChannelQualified: greenChannelQualified, innovativeDevice: innovativeDevice ?? false)
    }
}
