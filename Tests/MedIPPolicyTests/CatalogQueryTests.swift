import Testing
@testable import MedIPPolicy

@Suite struct CatalogQueryTests {
    let catalog = Catalog.standard

    @Test func departmentQueryAcceptsFullAndShortNames() throws {
        let byShort = try catalog.measures(matching: MeasureQuery(documents: [.beijing2024_5], department: "市医保局"))
        let byFull = try catalog.measures(matching: MeasureQuery(documents: [.beijing2024_5], department: "北京市医疗保障局"))
        let byEnglish = try catalog.measures(matching: MeasureQuery(documents: [.beijing2024_5], department: "beijing municipal healthcare security administration"))
        #expect(!byShort.isEmpty)
        #expect(byShort == byFull)
        #expect(byShort == byEnglish)
        // (十二) green channel and (十三) Beijing–Tianjin–Hebei sharing are the healthcare-security
        // administration's alone.
        #expect(byShort.map(\.ordinal).contains(12))
        #expect(byShort.map(\.ordinal).contains(13))
        #expect(byShort.allSatisfy { $0.departments.contains(Department.bjHealthcareSecurity.id) })
    }

    /// A department or actor that names no registry entry is an error, with the close name meant.
    @Test func unknownDepartmentIsAnErrorWithASuggestion() {
        #expect(throws: CatalogError.unknownDepartment("市医保", suggestion: "市医保局")) {
            try catalog.measures(matching: MeasureQuery(department: "市医保"))
        }
        #expect(throws: CatalogError.unknownDepartment("不存在的部门", suggestion: nil)) {
            try catalog.measures(matching: MeasureQuery(department: "不存在的部门"))
        }
        #expect(throws: CatalogError.unknownDepartment("市医保", suggestion: "市医保局")) {
            try catalog.measures(matching: MeasureQuery(actor: "市医保"))
        }
        #expect(CatalogError.unknownDepartment("市医保", suggestion: "市医保局").description
            == "no department, role or party named \"市医保\"; did you mean 市医保局?")
    }

    @Test func kindAndUnitQueries() throws {
        let limits = try catalog.measures(matching: MeasureQuery(unit: "个工作日"))
        #expect(limits.map(\.id).contains(MeasureID(.beijing2026_4, 17)))
        #expect(limits.map(\.id).contains(MeasureID(.beijing2026_4, 8)))
        let rules = try catalog.measures(matching: MeasureQuery(documents: [.beijing2026_3], kind: .decisionRule))
        #expect(rules.map(\.ordinal).contains(8))
        #expect(!rules.map(\.ordinal).contains(13))
        let percent = try catalog.measures(matching: MeasureQuery(unit: "%"))
        #expect(Set(percent.map(\.id)).isSuperset(of: [MeasureID(.beijing2026_4, 5), MeasureID(.beijing2024_5, 21)]))
    }

    @Test func keywordQueryFindsChineseAndEnglish() throws {
        let zh = try catalog.measures(matching: MeasureQuery(keyword: "绿色通道"))
        #expect(zh.map(\.id).contains(MeasureID(.beijing2026_4, 17)))
        let en = try catalog.measures(matching: MeasureQuery(keyword: "GREEN CHANNEL"))
        #expect(en.map(\.id).contains(MeasureID(.beijing2026_4, 17)))
    }

    @Test func provisionsByActorAndForce() {
        let must = catalog.provisions(for: "知识产权管理部门", in: .national2022_45, modality: .must)
        #expect(must.contains { $0.measure == MeasureID(.national2022_45, 6) })
        #expect(must.allSatisfy { $0.provision.modality == .must })
        #expect(catalog.provisions(for: "nobody").isEmpty)
    }

    @Test func comparisonOfUnknownDocumentThrows() {
        #expect(throws: CatalogError.unknownDocument("beijing-2030-1")) {
            try catalog.compare(.beijing2024_5, "beijing-2030-1")
        }
    }

    @Test func targetProgressJudgesEachComparator() throws {
        let observations = try Observation.parseCSV("""
            measure,key,value,previous
            # 2026 observations
            beijing-2026-4#6,project-managed-varieties,412,
            beijing-2026-4#26,government-fund-investment,100,
            beijing-2026-4#5,pilot-hospital-rd-share,6.5,7
            """)
        #expect(observations.count == 3)
        let progress = try catalog.progress(of: .beijing2026_4, observations: observations)
        let varieties = try #require(progress.first { $0.target.key == "project-managed-varieties" })
        #expect(varieties.status == .met)
        #expect(varieties.margin == 12)
        // 超100亿元 is strictly more than 100.
        let fund = try #require(progress.first { $0.target.key == "government-fund-investment" })
        #expect(fund.status == .notMet)
        #expect(fund.margin == 0)
        // 不低于6%并逐年增加: 6.5 ≥ 6 but fell from 7.
        let share = try #require(progress.first { $0.target.key == "pilot-hospital-rd-share" })
        #expect(share.status == .notMet)
        #expect(share.rose == false)
        // The two figures that are not goals (512通道, 四个创新服务站) are not graded; every other
        // target has no observation.
        #expect(progress.filter { $0.status == .notGraded }.map(\.target.key) == ["bci-invasive-channels", "innovation-service-stations"])
        #expect(progress.filter { $0.status == .noObservation }.count == progress.count - 3 - 2)
    }

    @Test func progressRejectsUnknownTargets() throws {
        let observations = [Observation(measure: MeasureID(.beijing2026_4, 6), key: "no-such-target", value: 1)]
        #expect(throws: CatalogError.unknownTarget(MeasureID(.beijing2026_4, 6), key: "no-such-target", suggestion: nil)) {
            try catalog.progress(of: .beijing2026_4, observations: observations)
        }
        let typo = [Observation(measure: MeasureID(.beijing2026_4, 6), key: "project-managed-varietes", value: 1)]
        #expect(throws: CatalogError.unknownTarget(MeasureID(.beijing2026_4, 6), key: "project-managed-varietes", suggestion: "project-managed-varieties")) {
            try catalog.progress(of: .beijing2026_4, observations: typo)
        }
    }

    /// Observations of measures the catalog does not have are never silently left out: the
    /// misspelt document ids of the issue are errors naming the id meant.
    @Test(arguments: ["beijing-2026-04#6", "Beijing-2026-4#6"])
    func progressRejectsUnknownMeasures(_ text: String) throws {
        let measure = try #require(MeasureID(text))
        let observations = [Observation(measure: measure, key: "project-managed-varieties", value: 412)]
        #expect(throws: CatalogError.unknownMeasure(text, suggestion: "beijing-2026-4#6")) {
            try catalog.progress(of: .beijing2026_4, observations: observations)
        }
    }

    @Test func progressRejectsMeasuresOfAnotherDocument() throws {
        let target = try #require(catalog.document(.beijing2024_5)?.measures.first { !$0.targets.isEmpty })
        let observations = [Observation(measure: target.id, key: target.targets[0].key, value: 1)]
        #expect(throws: CatalogError.measureOfAnotherDocument(target.id, asked: .beijing2026_4)) {
            try catalog.progress(of: .beijing2026_4, observations: observations)
        }
    }

    /// Exactly maximumCSVLines newline-terminated lines are read; one more is refused.
    @Test func observationLineLimitIsExact() throws {
        let row = "beijing-2026-4#6,project-managed-varieties,412,\n"
        let header = "measure,key,value,previous\n"
        let exact = header + String(repeating: row, count: Observation.maximumCSVLines - 1)
        #expect(try Observation.parseCSV(exact).count == Observation.maximumCSVLines - 1)
        #expect(try Observation.parseCSV(String(exact.dropLast())).count == Observation.maximumCSVLines - 1)
        #expect(throws: ObservationCSVError(line: Observation.maximumCSVLines + 1, field: nil, message: "more than \(Observation.maximumCSVLines) lines")) {
            try Observation.parseCSV(exact + row)
        }
        #expect(throws: ObservationCSVError.self) { try Observation.parseCSV(exact + "#") }
    }

    @Test(arguments: [
        ("measure,key\n", 1, nil as String?),
        ("measure,key,value\nnot-an-id,k,1\n", 2, "measure"),
        ("measure,key,value\nbeijing-2026-4#6,,1\n", 2, "key"),
        ("measure,key,value\nbeijing-2026-4#6,k,many\n", 2, "value"),
        ("measure,key,value,previous\nbeijing-2026-4#6,k,1,x\n", 2, "previous"),
        ("measure,key,value\nbeijing-2026-4#6,k\n", 2, nil),
    ])
    func observationCSVErrorsNameLineAndField(_ text: String, _ line: Int, _ field: String?) {
        #expect(throws: ObservationCSVError.self) { try Observation.parseCSV(text) }
        do {
            _ = try Observation.parseCSV(text)
        } catch {
            #expect(error.line == line)
            #expect(error.field == field)
        }
    }
}
