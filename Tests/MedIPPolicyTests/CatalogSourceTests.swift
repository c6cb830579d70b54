import Testing
@testable import MedIPPolicy

/// The catalog checked against the texts themselves: every numbered measure present and in
/// order, every official heading verbatim, every figure in its measure's text, every 2024
/// department in its measure's brackets.
@Suite struct CatalogSourceTests {
    static let expectedCounts: [(DocumentID, Int)] = [
        (.national2022_45, 10), (.beijing2024_5, 32), (.beijing2026_3, 13), (.beijing2026_4, 32),
    ]

    @Test(arguments: expectedCounts.map(\.0))
    func everyMeasurePresentInOrder(_ id: DocumentID) throws {
        let document = try #require(Catalog.standard.document(id))
        let expected = try #require(Self.expectedCounts.first { $0.0 == id }?.1)
        #expect(document.measures.count == expected)
        #expect(document.measures.map(\.ordinal) == Array(1...expected))
        #expect(document.measures.allSatisfy { $0.id.document == id })
        // Chapters are numbered 1…n and measures stand in non-decreasing chapter order.
        #expect(document.chapters.map(\.ordinal) == Array(1...max(1, document.chapters.count)))
        let chapters = document.measures.map(\.chapter)
        #expect(chapters == chapters.sorted())
        #expect(Set(chapters).isSubset(of: Set(document.chapters.map(\.ordinal))))
    }

    @Test func eightySevenMeasuresInAll() {
        #expect(Catalog.standard.allMeasures.count == 87)
        #expect(Set(Catalog.standard.allMeasures.map(\.id)).count == 87)
    }

    @Test(arguments: expectedCounts.map(\.0))
    func officialHeadingsAreVerbatim(_ id: DocumentID) throws {
        let document = try #require(Catalog.standard.document(id))
        for measure in document.measures where measure.headingIsOfficial {
            let text = try SourceTexts.measureText(id, measure.ordinal)
            let expectedStart = "\(measure.id.label)\(SourceTexts.normalized(measure.heading.zh))。"
            #expect(text.hasPrefix(expectedStart), "\(measure.id): heading \(measure.heading.zh) not at the start of its text")
            #expect(!measure.heading.zh.hasSuffix("。"))
            #expect(!measure.heading.en.isEmpty)
        }
    }

    @Test func onlyThe2024MeasuresLackOfficialHeadings() {
        for measure in Catalog.standard.allMeasures {
            #expect(measure.headingIsOfficial == (measure.document != .beijing2024_5), "\(measure.id)")
        }
    }

    @Test(arguments: expectedCounts.map(\.0))
    func chapterHeadingsAreVerbatim(_ id: DocumentID) throws {
        let document = try #require(Catalog.standard.document(id))
        let text = try SourceTexts.normalized(id)
        for chapter in document.chapters {
            let heading = "\(ChineseNumeral.string(chapter.ordinal))、\(SourceTexts.normalized(chapter.heading.zh))"
            #expect(text.contains(heading), "\(id) chapter \(chapter.ordinal): \(chapter.heading.zh)")
        }
    }

    @Test(arguments: expectedCounts.map(\.0))
    func everyFigureIsInItsMeasureText(_ id: DocumentID) throws {
        let document = try #require(Catalog.standard.document(id))
        for measure in document.measures {
            let text = try SourceTexts.measureText(id, measure.ordinal)
            for target in measure.targets {
                #expect(text.contains(SourceTexts.normalized(target.source)), "\(measure.id) target \(target.key): \(target.source)")
                // Figures are in Arabic digits, save one count in Chinese numerals (四个创新服务站).
                #expect(target.source.contains(target.formattedValue) || target.source.contains(ChineseNumeral.string(Int(target.value)) + target.unit.zh),
                        "\(measure.id) target \(target.key): \(target.formattedValue) not in \(target.source)")
                #expect(target.source.contains(target.unit.zh), "\(measure.id) target \(target.key): unit \(target.unit.zh) not in \(target.source)")
            }
            for limit in measure.timeLimits {
                #expect(text.contains(SourceTexts.normalized(limit.source)), "\(measure.id) time limit \(limit.key): \(limit.source)")
                // The text writes most figures in Arabic digits, a few in Chinese numerals (一个月).
                let value = limit.limit.value
                #expect(limit.source.contains(String(value)) || limit.source.contains(ChineseNumeral.string(value) + limit.limit.unit.zh),
                        "\(measure.id) time limit \(limit.key)")
                if let previous = limit.previous {
                    #expect(limit.source.contains(String(previous.value)), "\(measure.id) previous limit \(limit.key)")
                }
            }
            let keys = measure.targets.map(\.key) + measure.timeLimits.map(\.key)
            #expect(Set(keys).count == keys.count, "\(measure.id): duplicate figure keys")
        }
    }

    @Test func the2024DepartmentsAreExactlyThoseInTheBrackets() throws {
        let document = try #require(Catalog.standard.document(.beijing2024_5))
        for measure in document.measures {
            let text = try SourceTexts.measureText(.beijing2024_5, measure.ordinal)
            // The departments are the last bracket group of the measure's text.
            let open = try #require(text.range(of: "（", options: .backwards), "\(measure.id)")
            let close = try #require(text.range(of: "）", options: .backwards), "\(measure.id)")
            let inside = String(text[open.upperBound..<close.lowerBound])
            let printed = inside.split(whereSeparator: { $0 == "、" })
                .flatMap { $0.components(separatedBy: "及") }
                .filter { !$0.isEmpty }
            let encoded = measure.departments.map { Department.lookup($0)?.shortName ?? "?\($0)" }
            #expect(encoded == printed, "\(measure.id)")
            // And the brackets as printed, 及 included (（三十二）市药监局及各单位).
            #expect(measure.departmentsAsPrinted == inside, "\(measure.id)")
        }
    }

    /// A department the catalog lists for a measure is either named in the measure's text (by
    /// its full or short name) or marked inferred — and an inferred one is named by neither.
    @Test func departmentsAreNamedInTheTextOrMarkedInferred() throws {
        var inferred = 0
        for document in Catalog.standard.documents {
            for measure in document.measures {
                let text = SourceTexts.normalized(try SourceTexts.measureText(document.id, measure.ordinal))
                #expect(measure.inferredDepartments.allSatisfy(measure.departments.contains), "\(measure.id)")
                for id in measure.departments {
                    let entry = try #require(Department.lookup(id), "\(id)")
                    let named = text.contains(SourceTexts.normalized(entry.name.zh)) || text.contains(SourceTexts.normalized(entry.shortName))
                    if measure.inferredDepartments.contains(id) {
                        inferred += 1
                        #expect(!named, "\(measure.id): \(id) is named in the text but marked inferred")
                    } else {
                        #expect(named, "\(measure.id): \(id) is not named in the text and not marked inferred")
                    }
                }
            }
        }
        #expect(inferred > 30)
        // The texts that print or name every department have none inferred.
        for id in [DocumentID.national2022_45, .beijing2024_5] {
            #expect(Catalog.standard.document(id)?.measures.allSatisfy { $0.inferredDepartments.isEmpty } == true)
        }
    }

    @Test func everyDepartmentReferenceIsRegistered() {
        for document in Catalog.standard.documents {
            for issuer in document.issuers { #expect(Department.lookup(issuer) != nil, "\(document.id) issuer \(issuer)") }
            for measure in document.measures {
                let ids = measure.departments + measure.actors + measure.provisions.flatMap(\.actors)
                for id in ids { #expect(Department.lookup(id) != nil, "\(measure.id): \(id)") }
            }
        }
    }

    @Test func registryHoldsEachEntryOnce() {
        let ids = Department.registry.map(\.id)
        #expect(Set(ids).count == ids.count)
        let names = Department.registry.map(\.name.zh)
        #expect(Set(names).count == names.count)
    }

    @Test func crossReferencesResolve() {
        for measure in Catalog.standard.allMeasures {
            for reference in measure.crossReferences {
                #expect(Catalog.standard.document(reference.document) != nil, "\(measure.id)")
                if let target = reference.measure {
                    #expect(Catalog.standard.measure(target) != nil, "\(measure.id) → \(target)")
                    #expect(target != measure.id)
                }
            }
        }
    }

    @Test func everyMeasureHasContent() {
        for measure in Catalog.standard.allMeasures {
            #expect(!measure.summary.zh.isEmpty && !measure.summary.en.isEmpty, "\(measure.id)")
            #expect(!measure.kinds.isEmpty, "\(measure.id)")
            #expect(!measure.provisions.isEmpty, "\(measure.id)")
            #expect(!measure.heading.en.isEmpty, "\(measure.id)")
        }
    }
}
