import MedIPPolicy

// Bilingual labels for the catalog's enumerations, for `--lang zh` text output (JSON and CSV
// keep the stable raw values). Modality and Comparator carry their own labels in the library.

extension MeasureKind {
    /// A short bilingual label (`mechanism` → 机制).
    var label: LocalizedText {
        switch self {
        case .mechanism: LocalizedText(zh: "机制", en: "mechanism")
        case .decisionRule: LocalizedText(zh: "决定规则", en: "decisionRule")
        case .target: LocalizedText(zh: "目标", en: "target")
        case .timeLimit: LocalizedText(zh: "时限", en: "timeLimit")
        case .service: LocalizedText(zh: "服务", en: "service")
        case .funding: LocalizedText(zh: "资金", en: "funding")
        case .data: LocalizedText(zh: "数据", en: "data")
        case .pilot: LocalizedText(zh: "试点", en: "pilot")
        case .event: LocalizedText(zh: "活动", en: "event")
        case .outreach: LocalizedText(zh: "宣传培训", en: "outreach")
        case .research: LocalizedText(zh: "研究评估", en: "research")
        case .supervision: LocalizedText(zh: "监管", en: "supervision")
        case .procurement: LocalizedText(zh: "价格与采购", en: "procurement")
        }
    }
}

extension CrossReferenceKind {
    /// A short bilingual label (`supersedes` → 取代).
    var label: LocalizedText {
        switch self {
        case .editionCounterpart: LocalizedText(zh: "另一版本对应条目", en: "editionCounterpart")
        case .restates: LocalizedText(zh: "重申", en: "restates")
        case .implements: LocalizedText(zh: "落实", en: "implements")
        case .supersedes: LocalizedText(zh: "取代", en: "supersedes")
        case .reliesOn: LocalizedText(zh: "依托", en: "reliesOn")
        case .related: LocalizedText(zh: "相关", en: "related")
        }
    }
}

extension TargetProgress.Status {
    /// A short bilingual label.
    var label: LocalizedText {
        switch self {
        case .met: LocalizedText(zh: "已达成", en: "met")
        case .notMet: LocalizedText(zh: "未达成", en: "notMet")
        case .noObservation: LocalizedText(zh: "无观测值", en: "noObservation")
        case .notGraded: LocalizedText(zh: "不作考核", en: "notGraded")
        }
    }
}

extension ValidationSeverity {
    /// A short bilingual label.
    var label: LocalizedText {
        switch self {
        case .error: LocalizedText(zh: "错误", en: "error")
        case .warning: LocalizedText(zh: "警告", en: "warning")
        }
    }
}

extension DocumentRelation.Kind {
    /// A short bilingual label (`succeedsEdition` → 承接前一版本).
    var label: LocalizedText {
        switch self {
        case .prevailsOverEarlierInconsistent: LocalizedText(zh: "以此为准", en: "prevailsOverEarlierInconsistent")
        case .implements: LocalizedText(zh: "落实", en: "implements")
        case .succeedsEdition: LocalizedText(zh: "承接前一版本", en: "succeedsEdition")
        }
    }
}
