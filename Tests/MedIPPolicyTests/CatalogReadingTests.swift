import Testing
@testable import MedIPPolicy

/// The catalog corrections of issue 14, each checked against its text: departments as printed
/// and inferred, figures that are not goals, hedges, cross-references the texts make, modality
/// kept in summaries, and one English name per event.
@Suite struct CatalogReadingTests {
    static let catalog = Catalog.standard

    @Test func departmentsOfThe2024ThirtySecondAreAsPrinted() throws {
        let measure = try #require(Self.catalog.measure(MeasureID(.beijing2024_5, 32)))
        #expect(measure.departmentsAsPrinted == "市卫生健康委、市中医药局、经开区管委会、市药监局及各单位")
        // Every 2024 measure has its brackets as printed; no other document has any.
        for document in Self.catalog.documents {
            for measure in document.measures {
                #expect((measure.departmentsAsPrinted != nil) == (document.id == .beijing2024_5), "\(measure.id)")
            }
        }
    }

    /// 京医保发〔2026〕4号 prints no departments: every measure has departments inferred by its
    /// field (marked inferred, save the two bodies measures name) or says why it has none.
    @Test func every2026FourMeasureHasInferredDepartmentsOrAReason() throws {
        let named: Set<DepartmentID> = ["nmpa-beijing-tianjin-hebei-subcentre", "municipal-task-force"]
        let document = try #require(Self.catalog.document(.beijing2026_4))
        for measure in document.measures {
            if measure.departments.isEmpty {
                #expect(measure.departmentsNote != nil, "\(measure.id): no departments and no reason")
            } else {
                #expect(measure.departmentsNote == nil, "\(measure.id)")
                #expect(Set(measure.inferredDepartments) == Set(measure.departments).subtracting(named), "\(measure.id)")
                // Inferred departments are issuers of the document.
                #expect(Set(measure.inferredDepartments).isSubset(of: Set(document.issuers)), "\(measure.id)")
            }
        }
        #expect(document.measures.filter { $0.departments.isEmpty }.map(\.ordinal) == [32])
        let coordination = try #require(document.measure(31))
        #expect(Set(coordination.departments) == Set(document.issuers))
    }

    @Test func theFourInnovationServiceStationsAreACountNotAGoal() throws {
        let measure = try #require(Self.catalog.measure(MeasureID(.beijing2026_4, 6)))
        let stations = try #require(measure.targets.first { $0.key == "innovation-service-stations" })
        #expect(stations.value == 4 && stations.source == "四个创新服务站" && stations.role == .existingCount)
    }

    /// Figures that are not goals are recorded but never graded met or not met.
    @Test func targetsThatAreNotGoalsAreNotGraded() throws {
        let cap = try #require(Self.catalog.measure(MeasureID(.beijing2024_5, 21))?.targets.first)
        #expect(cap.role == .citedCeiling)
        let channels = try #require(Self.catalog.measure(MeasureID(.beijing2026_4, 2))?.targets.first { $0.key == "bci-invasive-channels" })
        #expect(channels.role == .specification)
        let observations = [
            Observation(measure: MeasureID(.beijing2024_5, 21), key: "supplementary-insurance-cost-cap", value: 5),
            Observation(measure: MeasureID(.beijing2026_4, 2), key: "bci-invasive-channels", value: 256),
        ]
        let progress = try Self.catalog.progress(of: .beijing2024_5, observations: [observations[0]])
            + Self.catalog.progress(of: .beijing2026_4, observations: [observations[1]])
        for item in progress where item.target.key == "supplementary-insurance-cost-cap" || item.target.key == "bci-invasive-channels" {
            #expect(item.status == .notGraded && item.margin == nil && item.observed != nil, "\(item.target.key)")
        }
        // Only the three non-goals of the catalog are exempt.
        let nonGoals = Self.catalog.allMeasures.flatMap { m in m.targets.filter { !$0.role.isGoal }.map { "\(m.id)|\($0.key)" } }
        #expect(nonGoals.sorted() == ["beijing-2024-5#21|supplementary-insurance-cost-cap", "beijing-2026-4#2|bci-invasive-channels", "beijing-2026-4#6|innovation-service-stations"])
    }

    /// A figure is hedged exactly when its clause (from the last 、，。； before it) says 力争 or 争取.
    @Test func hedgesAreKeptAsData() throws {
        for document in Self.catalog.documents {
            for measure in document.measures {
                let text = try SourceTexts.measureText(document.id, measure.ordinal)
                let figures = measure.targets.map { ($0.key, $0.source, $0.hedge) } + measure.timeLimits.map { ($0.key, $0.source, $0.hedge) }
                for (key, source, hedge) in figures {
                    let normalized = SourceTexts.normalized(source)
                    let range = try #require(text.range(of: normalized), "\(measure.id) \(key)")
                    let before = text[..<range.lowerBound]
                    let clauseStart = before.lastIndex { "，,。；;".contains($0) }.map { text.index(after: $0) } ?? text.startIndex
                    let clause = String(text[clauseStart..<range.upperBound])
                    let expected = clause.contains("力争") ? "力争" : clause.contains("争取") ? "争取" : nil
                    #expect(hedge == expected, "\(measure.id) \(key): clause «\(clause)»")
                }
            }
        }
        let hedged = Self.catalog.allMeasures.flatMap { m in (m.targets.compactMap(\.hedge) + m.timeLimits.compactMap(\.hedge)).map { _ in m.id.ordinal } }
        #expect(hedged.sorted() == [8, 9, 24, 25])
    }

    /// A measure relies on, implements, restates or supersedes only texts no later than its own.
    @Test func referencesDependOnlyOnEarlierTexts() throws {
        let directed: Set<CrossReferenceKind> = [.reliesOn, .implements, .restates, .supersedes]
        for document in Self.catalog.documents {
            for measure in document.measures {
                for reference in measure.crossReferences where directed.contains(reference.kind) {
                    let other = try #require(Self.catalog.document(reference.document))
                    #expect(other.dated <= document.dated, "\(measure.id) \(reference.kind) \(reference.measure?.description ?? other.id.rawValue)")
                }
            }
        }
        let ipInProcurement = try #require(Self.catalog.measure(MeasureID(.beijing2026_4, 30)))
        #expect(ipInProcurement.crossReferences.contains { $0.kind == .implements && $0.measure == MeasureID(.national2022_45, 4) })
        let linkage = try #require(Self.catalog.measure(MeasureID(.beijing2026_3, 4)))
        #expect(linkage.crossReferences.first { $0.measure == MeasureID(.beijing2026_4, 6) }?.kind == .related)
    }

    @Test func namedExternalTextsAreReferencedWhereTheyArePrinted() throws {
        var names: [String: [String]] = [:]
        for document in Self.catalog.documents {
            for measure in document.measures {
                let text = try SourceTexts.measureText(document.id, measure.ordinal)
                for reference in measure.externalReferences {
                    #expect(text.contains(reference.name.zh), "\(measure.id): \(reference.name.zh)")
                    names[reference.name.zh, default: []].append(measure.id.description)
                }
            }
        }
        #expect(names["中华人民共和国专利法"]?.sorted() == ["beijing-2026-3#3", "national-2022-45#4"])
        #expect(names["医药价格和招采信用评价制度"]?.sorted() == ["beijing-2026-3#3", "beijing-2026-3#5", "beijing-2026-4#30"])
        #expect(names["医保综合价值真实世界研究规范"] == ["beijing-2026-4#19"])
        // And every measure whose text names one of them references it.
        for document in Self.catalog.documents {
            for measure in document.measures {
                let text = try SourceTexts.measureText(document.id, measure.ordinal)
                for name in names.keys where text.contains(name) {
                    #expect(measure.externalReferences.contains { $0.name.zh == name }, "\(measure.id) names \(name)")
                }
            }
        }
    }

    @Test func documentRelationsAreDeclared() throws {
        let later = try #require(Self.catalog.document(.beijing2026_4))
        #expect(later.relations.contains { $0.kind == .succeedsEdition && $0.document == .beijing2024_5 })
        #expect(later.prevailsOverEarlierInconsistent)
        #expect(Self.catalog.document(.beijing2024_5)?.relations.contains { $0.kind == .implements } == true)
        #expect(Self.catalog.document(.beijing2026_3)?.relations.contains { $0.kind == .implements && $0.document == .national2022_45 } == true)
    }

    /// Summaries keep the text's modal word where the text only encourages, pushes or explores.
    @Test(arguments: [
        (MeasureID(.beijing2026_4, 17), "推动国谈药品和创新药械直接进入医疗机构目录"),
        (MeasureID(.beijing2026_4, 19), "率先入院使用"),
        (MeasureID(.beijing2026_4, 3), "定期编制"),
        (MeasureID(.beijing2026_4, 7), "化妆品个性化服务第二阶段试点"),
        (MeasureID(.beijing2026_4, 16), "鼓励龙头企业牵头组建出海合作联盟"),
        (MeasureID(.beijing2026_4, 1), "鼓励主要研究者"),
        (MeasureID(.beijing2026_4, 6), "推动国家药监局京津冀分中心"),
        (MeasureID(.beijing2026_4, 15), "推进罕见病临时进口药品扩品增量和扩院使用"),
        (MeasureID(.beijing2026_4, 21), "罕见病用药和创新技术"),
        (MeasureID(.beijing2024_5, 14), "推动建立药事会规范化流程"),
        (MeasureID(.beijing2024_5, 14), "鼓励临床应用研究"),
        (MeasureID(.beijing2024_5, 21), "鼓励引导商保"),
        (MeasureID(.beijing2026_3, 1), "协同推动形成优化建议"),
        (MeasureID(.beijing2026_3, 12), "引导社会各界"),
    ])
    func summariesKeepTheModality(_ id: MeasureID, _ phrase: String) throws {
        let measure = try #require(Self.catalog.measure(id))
        #expect(measure.summary.zh.contains(phrase), "\(id): \(measure.summary.zh)")
    }

    /// 世界传统医药大会 has one English name wherever the catalog translates it.
    @Test func oneEnglishNameForTheWorldConferenceOnTraditionalMedicine() {
        var texts: [LocalizedText] = []
        for measure in Self.catalog.allMeasures {
            texts.append(measure.summary)
            texts += measure.provisions.map(\.action) + measure.crossReferences.map(\.note) + measure.scopes.map(\.text)
        }
        let naming = texts.filter { $0.zh.contains("世界传统医药大会") }
        #expect(naming.count >= 4)
        for text in naming {
            #expect(text.en.contains("World Conference on Traditional Medicine"), "\(text.en)")
        }
    }
}
