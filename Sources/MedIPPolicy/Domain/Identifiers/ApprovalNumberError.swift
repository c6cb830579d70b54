/// Why a text is not a valid ``ApprovalNumber``.
public enum ApprovalNumberError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text matches none of the accepted forms.
    case unrecognised(String)
    /// A drug approval number (国药准字) whose class letter is not accepted (e.g. `B`, `F`).
    case drugClassLetter(String)
    /// A drug approval number without exactly 8 digits after its letters.
    case drugDigits(String)
    /// A device registration number (械注) whose region, form or digits are not accepted.
    case deviceNumber(String)

    /// A one-line English message.
    public var description: String {
        switch self {
        case .unrecognised(let text):
            "\"\(text.escapedForMessage(limit: 40))\" is neither a drug approval number (国药准字H/Z/S/J…) nor a device registration or filing number (国械注准…, 京械备…)"
        case .drugClassLetter(let text):
            "\"\(text.escapedForMessage(limit: 40))\": class letters accepted after 国药准字 are H, Z, S, J, HJ, ZJ, SJ, HC, ZC, SC"
        case .drugDigits(let text):
            "\"\(text.escapedForMessage(limit: 40))\": 国药准字 and its class letters must be followed by exactly 8 digits"
        case .deviceNumber(let text):
            "\"\(text.escapedForMessage(limit: 40))\": expected <国|province>械注<准|进|许> + 11 digits (year, class 2 or 3, category, serial) or <region>械备 + 8 digits"
        }
    }
}
