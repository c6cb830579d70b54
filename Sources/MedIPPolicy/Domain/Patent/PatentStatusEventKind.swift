/// A change in a patent's legal status (法律状态) recorded in the patent register.
///
/// JSON form: the case name, e.g. `"invalidatedWhole"`.
public enum PatentStatusEventKind: String, StableStringEnum {
    /// Granted (授权): the grant announced; the right takes effect (Patent Law Arts. 39–40).
    /// Must agree with ``Patent/grantDate``.
    case granted
    /// Terminated before expiry (终止), e.g. annual fees unpaid (Patent Law Art. 44(1)).
    case terminated
    /// Surrendered (放弃) by written declaration of the patentee (Art. 44(2)).
    case surrendered
    /// Declared wholly invalid (全部无效) by CNIPA (Art. 45–47): deemed never to have existed.
    case invalidatedWhole
    /// Declared partly invalid (部分无效): the patent stays in force with the remaining claims.
    case invalidatedPartial
    /// Restored (恢复): rights restored after a termination (Implementing Regulations Art. 6), or
    /// an ending decision annulled on review; the patent is in force again from this date.
    case restored

    /// Whether the event ends the patent's force (terminated, surrendered, wholly invalidated).
    public var endsPatent: Bool {
        switch self {
        case .terminated, .surrendered, .invalidatedWhole: true
        case .granted, .invalidatedPartial, .restored: false
        }
    }

    /// The event's name in Chinese and English.
    public var name: LocalizedText {
        switch self {
        case .granted: LocalizedText(zh: "授权", en: "granted")
        case .terminated: LocalizedText(zh: "终止", en: "terminated")
        case .surrendered: LocalizedText(zh: "放弃", en: "surrendered")
        case .invalidatedWhole: LocalizedText(zh: "全部无效", en: "declared wholly invalid")
        case .invalidatedPartial: LocalizedText(zh: "部分无效", en: "declared partly invalid")
        case .restored: LocalizedText(zh: "恢复", en: "restored")
        }
    }
}
