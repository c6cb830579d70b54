/// The conduct a credit event is about: the 2020 catalogue of dishonest conduct
/// (医保发〔2020〕34号) and the IP events the Beijing texts add.
///
/// JSON form: the case name.
public enum CreditConductKind: String, StableStringEnum {
    /// Kickbacks or other improper benefits in sales (给予回扣或其他不正当利益).
    case kickbacks
    /// Obtaining falsely issued VAT invoices (虚开增值税发票).
    case falseInvoices
    /// Monopoly conduct (垄断行为).
    case monopolyConduct
    /// Spreading price-rise information or price gouging (散布涨价信息、哄抬价格).
    case priceGouging
    /// Evading or giving false answers in price inquiries (拒绝或虚假回应价格询问).
    case priceInquiryEvasion
    /// Below-cost, fraudulent or collusive bidding (低于成本、虚假或串通投标).
    case biddingMisconduct
    /// Refusing to perform commitments or contracts (拒不履行承诺或合同).
    case refusingToPerform
    /// A verified breach of the listing commitment (经查实违反承诺, 京医保发〔2026〕3号 (三)).
    case commitmentBreach
    /// A false commitment (虚假承诺, 京医保发〔2026〕3号 (三)).
    case falseCommitment
    /// An infringement finding by administrative ruling or effective judgment
    /// (京医保发〔2026〕3号 (五)).
    case infringementFinding
    /// Other conduct handled under the system.
    case other
}
