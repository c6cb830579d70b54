// Precomputed identifiers and names the generators draw from, so that a generated case costs a
// handful of small allocations and no identifier parsing (fixture-internal).

enum GeneratorPools {
    /// A granted invention patent slot: its number, filing, grant and expiry (first day no longer
    /// protected) dates.
    struct PatentSlot: Sendable {
        let number: PatentNumber
        let filing: CivilDate
        let grant: CivilDate
        let expiry: CivilDate
    }

    /// 2,048 invention patents filed 2004-01-05 … 2016-12-20 (granted three years later,
    /// expiring 2024 … 2036), sorted by expiry, with distinct numbers.
    static let patents: [PatentSlot] = {
        let first = Int(day(2004, 1, 5).daysSinceEpoch)
        let last = Int(day(2016, 12, 20).daysSinceEpoch)
        let count = 2_048
        return (0..<count).map { index in
            let filing = CivilDate(uncheckedDaysSinceEpoch: first + (last - first) * index / (count - 1))
            let number = FixtureIdentifiers.patentNumber(filedOn: filing, type: .invention, serial: 1_000_003 + index * 4_871)
            return PatentSlot(number: number, filing: filing, grant: filing.plus(years: 3), expiry: filing.plus(years: 20))
        }
    }()

    /// The index of the first patent whose expiry is after `date` (the first in force on it).
    static func firstPatent(expiringAfter date: CivilDate) -> Int {
        var low = 0
        var high = patents.count
        while low < high {
            let middle = (low + high) / 2
            if patents[middle].expiry <= date { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Sixteen enterprises with valid credit codes.
    static let enterprises: [Enterprise] = [
        "示例制药有限公司", "华北示例药业股份有限公司", "京西示例制药有限公司", "长城示例医药有限公司",
        "示例创新药业股份有限公司", "燕山示例生物科技有限公司", "示例生物制药有限公司", "海淀示例医药科技有限公司",
        "示例中药股份有限公司", "通州示例药业有限公司", "示例医疗器械有限公司", "昌平示例医疗科技有限公司",
        "朝阳示例制药有限公司", "亦庄示例生物医药有限公司", "大兴示例药业有限公司", "顺义示例医药有限公司",
    ].enumerated().map { index, name in
        Enterprise(name: name, creditCode: FixtureIdentifiers.creditCode(serial: 7_000 + index * 131))
    }

    /// Product names by drug class (consumables under `nil`).
    static let genericNames = ["示例替尼片 100mg", "示例沙坦片 80mg", "示例他汀钙片 20mg", "示例格列汀片 100mg"]
    static let innovativeNames = ["示例替康注射液 100mg", "示例西单抗注射液 200mg", "示例瑞韦胶囊 50mg", "示例普利片 5mg"]
    static let improvedNames = ["示例替尼缓释片 200mg", "示例沙坦口崩片 80mg"]
    static let biosimilarNames = ["示例单抗注射液 100mg/10ml", "示例曲妥珠单抗注射液 150mg"]
    static let tcmNames = ["示例感冒颗粒 10g", "示例清热胶囊 0.3g"]
    static let consumableNames = ["一次性使用血管内导管", "冠状动脉球囊扩张导管", "一次性使用输液器"]

    /// Eight approval numbers per category and approval year 2019 … 2026.
    static let approvalNumbers: [ProductCategory: [ApprovalNumber]] = {
        var table: [ProductCategory: [ApprovalNumber]] = [:]
        for category in ProductCategory.allCases {
            var list: [ApprovalNumber] = []
            for year in 2019...2026 {
                for serial in 0..<8 {
                    if let number = FixtureIdentifiers.approvalNumber(for: category, year: year, serial: 101 + serial * 37) {
                        list.append(number)
                    }
                }
            }
            table[category] = list
        }
        return table
    }()

    /// An approval number for `category` approved in `year` (2019 … 2026, clamped).
    static func approvalNumber(_ category: ProductCategory, year: Int, pick: Int) -> ApprovalNumber? {
        guard let list = approvalNumbers[category], !list.isEmpty else { return nil }
        let yearIndex = min(max(year, 2019), 2026) - 2019
        return list[min(list.count - 1, yearIndex * 8 + (pick & 7))]
    }

    static let originator = "原研药业股份有限公司"
    static let firstChallenger = "首仿制药有限公司"
    static let beijingAuthority = "北京市医疗保障局"
    static let ipOffice = "北京市知识产权局"
    static let listingRounds = ["2025年第四批药品挂网", "2026年第一批药品挂网", "2026年第二批药品挂网", "2026年第三批药品挂网"]
    static let vbpRounds = ["第十批国家组织药品集中带量采购", "第十一批国家组织药品集中带量采购", "京津冀“3+N”联盟集中带量采购"]
}
