// The Chinese forms of the library's English-only error messages.
//
// Many library errors are `CustomStringConvertible` enums or structs whose `description` is a
// one-line English sentence that platforms already store; it stays exactly as it is. Each such
// error also has `localizedMessage`, a ``LocalizedText`` whose `en` is that sentence and whose
// `zh` is its Chinese form, found by matching the sentence against the forms below (a
// ``MessageTemplate`` per sentence form). The forms are the single source of the Chinese text:
// the same sentence nested in a case-file error (`invalid patent number: check digit expected
// 5, got 3`) is translated with the same forms (see ``CaseFileError/localizedMessage``).

extension MessageTemplate {
    /// Dates (``CivilDateError``).
    static let civilDate: [MessageTemplate] = [
        .init("not an ISO 8601 date (expected YYYY-MM-DD): \"{0}\"", "不是 ISO 8601 日期（应为 YYYY-MM-DD）：\"{0}\""),
        .init("year {0} is outside 1…9999", "年份 {0} 不在 1…9999 范围内"),
        .init("month {0} is outside 1…12", "月份 {0} 不在 1…12 范围内"),
        .init("day {0} does not exist in {1} (which has {2} days)", "{1} 没有第 {0} 日（该月只有 {2} 天）"),
        .init("date arithmetic left the range 0001-01-01…9999-12-31", "日期计算超出 0001-01-01…9999-12-31 的范围"),
        .init("UTC offset {0} s is outside −18:00…+18:00 (−64800…64800 s)", "UTC 偏移 {0} 秒不在 −18:00…+18:00（−64800…64800 秒）范围内"),
    ]

    /// Working-day calendars and their CSV schedules (``CalendarError``).
    static let calendar: [MessageTemplate] = [
        .init("no official working-day schedule for {0}", "没有 {0} 年的官方工作日安排"),
        .init("the calendar already has a schedule for {0}", "日历已有 {0} 年的工作日安排"),
        .init(
            "a schedule for {0} does not extend the covered years {1}–{2} contiguously; add {3} or {4} first",
            "{0} 年的安排与已覆盖的 {1}–{2} 年不相连；请先添加 {3} 年或 {4} 年的安排"),
        .init("a working-day calendar needs at least one year schedule", "工作日日历至少需要一个年度安排"),
        .init("{0} is not in the schedule's year {1}", "{0} 不在该安排的年份 {1} 内"),
        .init("{0} is listed more than once", "{0} 重复列出"),
        .init(
            "{0} is a {1*} and cannot be an adjusted working day (work); only Saturdays and Sundays can",
            "{0} 是{1*}，不能作为调休上班日（work）；只有星期六和星期日可以"),
        .init("Monday", "星期一"), .init("Tuesday", "星期二"), .init("Wednesday", "星期三"),
        .init("Thursday", "星期四"), .init("Friday", "星期五"),
        .init("{0} has no festival name", "{0} 没有节日名称"),
        .init(
            "periods in {0*} have no date arithmetic; only working days, days, weeks, months and years do",
            "以{0*}为单位的期限不能做日期计算；只有工作日、日、周、月和年可以"),
        .init("hours", "小时"),
        .init("line {0}, field {1}: {2*}", "第 {0} 行，字段 {1}：{2*}"),
        // Reasons of a malformed schedule CSV.
        .init("the text has {0} bytes; the limit is {1}", "文本有 {0} 字节，超过上限 {1} 字节"),
        .init("more than {0} lines", "超过 {0} 行"),
        .init("expected the header \"{0}\", found \"{1}\"", "表头应为 \"{0}\"，实际为 \"{1}\""),
        .init("expected 3 fields ({0}), found {1}", "应有 3 个字段（{0}），实际有 {1} 个"),
        .init("expected off or work, found \"{0}\"", "应为 off 或 work，实际为 \"{0}\""),
        .init("{0} is already listed on line {1}", "{0} 已在第 {1} 行列出"),
        .init("no header line \"{0}\" before the end of the text", "文本结束前没有表头行 \"{0}\""),
    ]

    /// Identifiers: patent numbers, unified social credit codes, approval numbers.
    static let identifiers: [MessageTemplate] = [
        .init("empty patent number", "专利号为空"),
        .init("illegal character \"{0}\" at position {1} in a patent number", "专利号第 {1} 位的字符 \"{0}\" 不合法"),
        .init(
            "missing check digit (expected e.g. ZL202010123456.X: 12 digits, \".\", check digit)",
            "缺少校验位（应如 ZL202010123456.X：12 位数字、\".\"、校验位）"),
        .init(
            "a CN application number has 12 digits (or 8 before 2003-10-01), not {0}",
            "中国专利申请号为 12 位数字（2003-10-01 前为 8 位），不是 {0} 位"),
        .init(
            "unknown patent type digit {0} (expected 1 or 8 invention, 2 or 9 utility model, 3 design)",
            "未知的专利类型位 {0}（应为 1 或 8 发明、2 或 9 实用新型、3 外观设计）"),
        .init("implausible filing year {0} for this number form", "申请年份 {0} 与该号码格式不符"),
        .init("check digit expected {0}, got {1}", "校验位应为 {0}，实际为 {1}"),
        .init(
            "{0} looks like a publication number, not an application/patent number (ZL…)",
            "{0} 像是公开（公告）号，而不是申请号或专利号（ZL…）"),
        .init("a unified social credit code has 18 characters, not {0}", "统一社会信用代码为 18 位，不是 {0} 位"),
        .init(
            "illegal character \"{0}\" at position {1} (allowed: 0-9 and A-Y without I, O, S, V, Z)",
            "第 {1} 位的字符 \"{0}\" 不合法（允许 0-9 及 I、O、S、V、Z 以外的 A-Y）"),
        .init("check character expected {0}, got {1}", "校验码应为 {0}，实际为 {1}"),
        .init(
            "\"{0}\" is neither a drug approval number (国药准字H/Z/S/J…) nor a device registration or filing number (国械注准…, 京械备…)",
            "\"{0}\" 既不是药品批准文号（国药准字H/Z/S/J…），也不是医疗器械注册证号或备案号（国械注准…、京械备…）"),
        .init(
            "\"{0}\": class letters accepted after 国药准字 are H, Z, S, J, HJ, ZJ, SJ, HC, ZC, SC",
            "\"{0}\"：国药准字后可接的类别字母为 H、Z、S、J、HJ、ZJ、SJ、HC、ZC、SC"),
        .init(
            "\"{0}\": 国药准字 and its class letters must be followed by exactly 8 digits",
            "\"{0}\"：国药准字及类别字母后必须恰好是 8 位数字"),
        .init(
            "\"{0}\": expected <国|province>械注<准|进|许> + 11 digits (year, class 2 or 3, category, serial) or <region>械备 + 8 digits",
            "\"{0}\"：应为 <国|省份>械注<准|进|许> + 11 位数字（年份、第二类或第三类、类别、流水号），或 <地区>械备 + 8 位数字"),
    ]

    /// Values a domain type rejects while decoding (``DomainValueError``).
    static let domainValues: [MessageTemplate] = [
        .init("invalid patent number: {0*}", "专利号无效：{0*}"),
        .init("invalid unified social credit code: {0*}", "统一社会信用代码无效：{0*}"),
        .init("invalid approval number: {0*}", "批准文号无效：{0*}"),
        .init("unknown value \"{0}\" (expected {1})", "未知的取值 \"{0}\"（应为 {1} 之一）"),
        .init(
            "schema version {0} is not supported (this library reads version {1})",
            "不支持 schemaVersion {0}（本库读取版本 {1}）"),
        .init(
            "unknown key \"{0}\" (did you mean \"{1}\"?); {2} more unknown key in this object",
            "未知的键 \"{0}\"（是否应为 \"{1}\"？）；此对象中另有 {2} 个未知的键"),
        .init(
            "unknown key \"{0}\" (did you mean \"{1}\"?); {2} more unknown keys in this object",
            "未知的键 \"{0}\"（是否应为 \"{1}\"？）；此对象中另有 {2} 个未知的键"),
        .init("unknown key \"{0}\" (did you mean \"{1}\"?)", "未知的键 \"{0}\"（是否应为 \"{1}\"？）"),
        .init(
            "unknown key \"{0}\" (expected one of {1}); {2} more unknown key in this object",
            "未知的键 \"{0}\"（应为以下之一：{1}）；此对象中另有 {2} 个未知的键"),
        .init(
            "unknown key \"{0}\" (expected one of {1}); {2} more unknown keys in this object",
            "未知的键 \"{0}\"（应为以下之一：{1}）；此对象中另有 {2} 个未知的键"),
        .init("unknown key \"{0}\" (expected one of {1})", "未知的键 \"{0}\"（应为以下之一：{1}）"),
    ]

    /// Observation CSV files (``ObservationCSVError``).
    static let observations: [MessageTemplate] = [
        .init("expected the header measure,key,value[,previous]", "表头应为 measure,key,value[,previous]"),
        .init("expected 3 or 4 fields, found {0}", "应有 3 或 4 个字段，实际有 {0} 个"),
        .init("not a measure id: \"{0}\"", "不是措施编号：\"{0}\""),
        .init("empty", "为空"),
        .init("not a number: \"{0}\"", "不是数字：\"{0}\""),
    ]

    /// Every form above (reading failures add their own, see ``CaseFileError``).
    static let library: [MessageTemplate] = civilDate + calendar + identifiers + domainValues + observations

    /// `english` with its Chinese form under `templates`; when no form matches, the Chinese is
    /// `fallback` followed by the English in parentheses, so that the text is never English only.
    static func localized(_ english: String, with templates: [MessageTemplate] = library, fallback: String) -> LocalizedText {
        LocalizedText(zh: translate(english, with: templates) ?? "\(fallback)（\(english)）", en: english)
    }
}

extension CivilDateError {
    /// ``description`` in Simplified Chinese and English, e.g. `2026-02 没有第 30 日（该月只有 28
    /// 天）` / `day 30 does not exist in 2026-02 (which has 28 days)`.
    public var localizedMessage: LocalizedText {
        MessageTemplate.localized(description, fallback: "日期无效")
    }
}

extension CalendarError {
    /// ``description`` in Simplified Chinese and English, e.g. `没有 2027 年的官方工作日安排` /
    /// `no official working-day schedule for 2027`.
    public var localizedMessage: LocalizedText {
        if case .negativePeriod(let period) = self {
            return LocalizedText(zh: "期限不能为负数：\(period.text(in: .zh))", en: description)
        }
        return MessageTemplate.localized(description, fallback: "工作日日历错误")
    }
}

extension PatentNumberError {
    /// ``description`` in Simplified Chinese and English, e.g. `校验位应为 5，实际为 3` /
    /// `check digit expected 5, got 3`.
    public var localizedMessage: LocalizedText {
        MessageTemplate.localized(description, fallback: "专利号无效")
    }
}

extension UnifiedSocialCreditCodeError {
    /// ``description`` in Simplified Chinese and English, e.g. `统一社会信用代码为 18 位，不是 17
    /// 位` / `a unified social credit code has 18 characters, not 17`.
    public var localizedMessage: LocalizedText {
        MessageTemplate.localized(description, fallback: "统一社会信用代码无效")
    }
}

extension ApprovalNumberError {
    /// ``description`` in Simplified Chinese and English.
    public var localizedMessage: LocalizedText {
        MessageTemplate.localized(description, fallback: "批准文号无效")
    }
}

extension DomainValueError {
    /// ``message`` in Simplified Chinese and English, e.g. `未知的取值 "foo"（应为 invention,
    /// utilityModel, design 之一）` / `unknown value "foo" (expected invention, utilityModel, design)`.
    public var localizedMessage: LocalizedText {
        MessageTemplate.localized(message, fallback: "取值无效")
    }
}

extension ObservationCSVError {
    /// ``description`` in Simplified Chinese and English: the line, the field and the problem,
    /// e.g. `第 3 行，字段 value：不是数字："x"` / `line 3, value: not a number: "x"`.
    public var localizedMessage: LocalizedText {
        let problem = MessageTemplate.localized(message, fallback: "观测值无效")
        return LocalizedText(
            zh: "第 \(line) 行" + (field.map { "，字段 \($0)" } ?? "") + "：" + problem.zh, en: description)
    }
}
