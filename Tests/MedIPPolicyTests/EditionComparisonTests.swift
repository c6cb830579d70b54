import Testing
@testable import MedIPPolicy

/// 京医保发〔2024〕5号 → 京医保发〔2026〕4号 read as the 2026 notice directs (以此为准: only what is
/// inconsistent yields): every 2024 measure's status pinned with the clause that justifies it,
/// and the clause found in the text it is quoted from.
@Suite struct EditionComparisonTests {
    static let catalog = Catalog.standard
    static let notice = "此前发布的有关规定与本文不一致的，以此为准"

    /// Where the justifying clause is printed.
    enum Source: Sendable { case laterMeasure(Int), earlierMeasure, laterNotice }

    /// (2024 ordinal, status, where the clause is printed, the clause as printed).
    static let expected: [(Int, EditionStatus, Source, String)] = [
        (1, .continues, .laterNotice, notice),
        (2, .continues, .laterNotice, notice),
        (3, .continues, .laterNotice, notice),
        (4, .continues, .laterNotice, notice),
        (5, .continues, .laterNotice, notice),
        (6, .raised, .laterMeasure(6), "深化创新药械项目制管理,提高四个创新服务站运行质效,累计纳入品种不少于400项"),
        (7, .raised, .laterMeasure(6), "推动新获批创新药械不少于18个"),
        (8, .lapsed, .earlierMeasure, "力争推动10个"),
        (9, .lapsed, .earlierMeasure, "力争推动10个品种"),
        (10, .lapsed, .earlierMeasure, "5个以上"),
        (11, .lapsed, .earlierMeasure, "推动5个品种"),
        (12, .superseded, .laterMeasure(17), "创新药品通过绿色通道快速挂网,办理时间不超过15个工作日"),
        (13, .continues, .laterNotice, notice),
        (14, .broadened, .laterMeasure(17), "将国谈药品和创新药械入院情况纳入医疗机构考核"),
        (15, .continues, .laterNotice, notice),
        (16, .broadened, .laterMeasure(17), "通过医疗机构、零售药店“双通道”保障供应"),
        (17, .restated, .laterMeasure(18), "落实特例单议、新药新技术除外支付等配套机制"),
        (18, .shifted, .laterMeasure(17), "剔除其对次均费用等考核指标的影响"),
        (19, .continues, .laterNotice, notice),
        (20, .continues, .laterNotice, notice),
        (21, .shifted, .laterMeasure(21), "推进商业健康保险与基本医疗保险“一站式”结算"),
        (22, .broadened, .laterMeasure(21), "推动北京普惠健康保等商业健康保险将更多创新药械、罕见病用药、创新技术纳入保障范围"),
        (23, .continues, .laterNotice, notice),
        (24, .continues, .laterNotice, notice),
        (25, .lapsed, .earlierMeasure, "力争覆盖140家"),
        (26, .broadened, .laterMeasure(21), "推进医疗、医保和商保的数据共享应用"),
        (27, .continues, .laterNotice, notice),
        (28, .continues, .laterNotice, notice),
        (29, .continues, .laterNotice, notice),
        (30, .restated, .laterMeasure(28), "2026年重点储备和服务不少于10家本市拟上市医药企业"),
        (31, .continues, .laterNotice, notice),
        (32, .shifted, .laterMeasure(32), "办好中关村论坛、中国国际服务贸易交易会、国际生物医药产业创新北京论坛、世界传统医药大会、中国国际医疗器械博览会、全国药品交易会等重大活动"),
    ]

    @Test func everyMeasureOfTheEarlierEditionIsPinned() {
        #expect(Self.expected.map(\.0) == Array(1...32))
    }

    @Test(arguments: expected.map(\.0))
    func statusAndClause(_ ordinal: Int) throws {
        let comparison = try Self.catalog.compare(.beijing2024_5, .beijing2026_4)
        let row = try #require(Self.expected.first { $0.0 == ordinal })
        let outcome = try #require(comparison.earlierMeasures.first { $0.measure == MeasureID(.beijing2024_5, ordinal) })
        #expect(outcome.status == row.1, "（\(ordinal)）")
        #expect(outcome.clause == row.3, "（\(ordinal)）")
        let text: String
        switch row.2 {
        case .laterMeasure(let later):
            #expect(outcome.by.first == MeasureID(.beijing2026_4, later))
            #expect(outcome.clauseIn == .beijing2026_4)
            text = try SourceTexts.measureText(.beijing2026_4, later)
        case .earlierMeasure:
            #expect(outcome.clauseIn == .beijing2024_5)
            #expect(outcome.by.isEmpty && outcome.changes.isEmpty && !outcome.lapsed.isEmpty)
            // Every lapsed figure belongs to a calendar year that ended before the as-of date.
            for item in outcome.lapsed { #expect(item.period?.year == 2024) }
            text = try SourceTexts.measureText(.beijing2024_5, ordinal)
        case .laterNotice:
            #expect(outcome.clauseIn == .beijing2026_4)
            #expect(outcome.by.isEmpty && outcome.changes.isEmpty && outcome.lapsed.isEmpty)
            text = try SourceTexts.normalized(.beijing2026_4)
        }
        #expect(text.contains(SourceTexts.normalized(row.3)), "（\(ordinal)）: «\(row.3)» not in its text")
        #expect(!outcome.reason.zh.isEmpty && !outcome.reason.en.isEmpty)
    }

    @Test func countsAreOfMeasures() throws {
        let comparison = try Self.catalog.compare(.beijing2024_5, .beijing2026_4)
        #expect(comparison.earlierMeasures.count == 32 && comparison.laterMeasures.count == 32)
        let earlierTotal = EditionStatus.allCases.filter { $0 != .new && $0 != .successor }.map(comparison.count).reduce(0, +)
        #expect(earlierTotal == 32)
        #expect(comparison.count(.new) + comparison.count(.successor) == 32)
        // Six 2026 measures restate or supersede 2024 ones: (六)(十七)(十八)(二十一)(二十八)(三十二).
        #expect(comparison.laterMeasures.filter { $0.status == .successor }.map(\.measure.ordinal) == [6, 17, 18, 21, 28, 32])
        #expect(comparison.laterMeasures.first { $0.measure.ordinal == 17 }?.succeeds.map(\.ordinal) == [12, 14, 16, 18])
    }

    /// No fact appears twice: every figure of either edition is shown exactly once — in a change,
    /// as lapsed, as continuing (2024) or as a new figure (2026).
    @Test func everyFigureAppearsExactlyOnce() throws {
        let comparison = try Self.catalog.compare(.beijing2024_5, .beijing2026_4)
        var earlierShown: [String] = []
        var laterShown: [String] = []
        for outcome in comparison.earlierMeasures {
            for change in outcome.changes {
                if let item = change.earlier, item.aspect != .scope { earlierShown.append("\(outcome.measure)|\(item.key)") }
                if let item = change.later, item.aspect != .scope { laterShown.append("\(change.by)|\(item.key)") }
            }
            earlierShown += (outcome.lapsed + outcome.continuing).map { "\(outcome.measure)|\($0.key)" }
        }
        for outcome in comparison.laterMeasures { laterShown += outcome.newFigures.map { "\(outcome.measure)|\($0.key)" } }
        func figures(_ id: DocumentID) -> [String] {
            (Self.catalog.document(id)?.measures ?? []).flatMap { m in (m.targets.map(\.key) + m.timeLimits.map(\.key)).map { "\(m.id)|\($0)" } }
        }
        #expect(earlierShown.sorted() == figures(.beijing2024_5).sorted())
        #expect(laterShown.sorted() == figures(.beijing2026_4).sorted())
    }

    /// The catalog's pairings resolve, and a figure's stated direction agrees with its values.
    @Test func pairingsResolveAndDirectionsAgreeWithTheFigures() throws {
        for measure in Self.catalog.document(.beijing2026_4)?.measures ?? [] {
            for reference in measure.crossReferences where reference.document == .beijing2024_5 && (reference.kind == .restates || reference.kind == .supersedes) {
                let earlier = try #require(reference.measure.flatMap(Self.catalog.measure))
                #expect(reference.clause != nil, "\(measure.id) → \(earlier.id)")
                for change in reference.changes {
                    let before = change.earlier.map { Catalog.item(change.aspect, $0, in: earlier) }
                    let after = change.later.map { Catalog.item(change.aspect, $0, in: measure) }
                    #expect(before.map { $0 != nil } ?? true, "\(earlier.id): no \(change.aspect) \(change.earlier ?? "")")
                    #expect(after.map { $0 != nil } ?? true, "\(measure.id): no \(change.aspect) \(change.later ?? "")")
                    guard let old = before ?? nil, let new = after ?? nil, change.aspect != .scope else { continue }
                    #expect(old.unit == new.unit, "\(measure.id): \(old.key) and \(new.key) pair figures of different units")
                    let (a, b) = (old.value ?? 0, new.value ?? 0)
                    switch change.direction {
                    case .raised: #expect(b > a)
                    case .lowered: #expect(b < a)
                    case .tightened: #expect(b < a)
                    case .loosened: #expect(b > a)
                    case .renewed:
                        #expect(b == a)
                        #expect((new.period?.year ?? 0) > (old.period?.year ?? .max) || new.period?.kind != old.period?.kind)
                    case .broadened, .narrowed, .shifted: Issue.record("\(measure.id): a figure cannot be \(change.direction)")
                    }
                }
            }
        }
    }

    /// A product scope names the rules' predicates, and the rules citing the measure decide on
    /// exactly those products: 2024（十二）drugs and devices, 2026-4（十七）drugs only.
    @Test func productScopesMatchTheRules() throws {
        let cases: [(MeasureID, String, String)] = [
            (MeasureID(.beijing2024_5, 12), "green-channel-products", "green-channel"),
            (MeasureID(.beijing2026_4, 17), "green-channel-products", "green-channel-15-working-days"),
        ]
        let productPredicates: Set<Predicate> = [.innovativeDrug, .innovativeDevice]
        for (id, key, ruleName) in cases {
            let scope = try #require(Self.catalog.measure(id)?.scope(key))
            let rule = try #require(RuleSet.standard.rules.first { $0.measure == id && $0.id.description.hasSuffix("/" + ruleName) }, "\(id) \(ruleName)")
            let used = Set(rule.condition.predicates).intersection(productPredicates)
            #expect(used == Set(scope.products), "\(id): rule uses \(used), scope names \(scope.products)")
        }
    }

    @Test func everyScopeIsPrintedInItsMeasure() throws {
        for document in Self.catalog.documents {
            for measure in document.measures {
                let text = try SourceTexts.measureText(document.id, measure.ordinal)
                for scope in measure.scopes {
                    #expect(text.contains(SourceTexts.normalized(scope.text.zh)), "\(measure.id) scope \(scope.key)")
                }
            }
        }
    }

    @Test func lapseDependsOnTheAsOfDate() throws {
        let early = try Self.catalog.compare(.beijing2024_5, .beijing2026_4, asOf: CivilDate(uncheckedYear: 2024, month: 12, day: 31))
        #expect(early.count(.lapsed) == 0)
        #expect(early.earlierMeasures.first { $0.measure.ordinal == 8 }?.status == .continues)
        let late = try Self.catalog.compare(.beijing2024_5, .beijing2026_4, asOf: CivilDate(uncheckedYear: 2025, month: 1, day: 1))
        #expect(late.count(.lapsed) == 5)
    }

    @Test func reversedAndUnrelatedDocumentsAreRefused() {
        #expect(throws: CatalogError.reversedEditions(earlier: .beijing2024_5, later: .beijing2026_4)) {
            try Self.catalog.compare(.beijing2026_4, .beijing2024_5)
        }
        #expect(throws: CatalogError.notEditions(.beijing2026_3, .beijing2026_4)) {
            try Self.catalog.compare(.beijing2026_3, .beijing2026_4)
        }
        #expect(throws: CatalogError.notEditions(.beijing2024_5, .beijing2024_5)) {
            try Self.catalog.compare(.beijing2024_5, .beijing2024_5)
        }
    }
}
