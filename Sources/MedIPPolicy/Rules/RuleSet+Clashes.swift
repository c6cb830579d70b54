/// The pairs of rules whose dispositions clash — the lattice does not settle them
/// (``DispositionKind/latticeSettles(_:)``), or the same disposition with different dates — and
/// neither overriding the other (library-internal).
///
/// Rules are grouped by disposition kind and by whole disposition (kind and date), so a rule's
/// partners are listed by visiting only rules of clashing kinds, and counted without visiting
/// them at all: the analysis lists the pairs it can afford to decide and counts the rest in
/// O(log n) per rule, so a set of 10,000 mutually clashing rules costs no quadratic work once
/// the budget is spent.
struct ClashIndex {
    private let kindOf: [Int?]
    private let groupOf: [Int?]
    private let idNumber: [Int]
    /// Per kind slot, the rules with a disposition of that kind, ascending.
    private let kindMembers: [[Int]]
    /// Per disposition (kind and date), its rules, ascending.
    private let groupMembers: [[Int]]
    /// Per kind slot, the kind slots whose rules may clash with it (its own included: the same
    /// disposition with another date).
    private let clashingKinds: [[Int]]
    /// Per id number, the rules with that id.
    private let rulesWithID: [Int: [Int]]
    /// Per id number, the rules overriding that id.
    private let overriders: [Int: [Int]]
    private let overrideNumbers: [[Int]]

    init(_ rules: [Rule]) {
        let kinds = DispositionKind.allCases
        let slot = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($0.element, $0.offset) })
        var firstWithID: [RuleID: Int] = [:]
        var numbers: [Int] = []
        var withID: [Int: [Int]] = [:]
        for (index, rule) in rules.enumerated() {
            let number = firstWithID[rule.id] ?? index
            firstWithID[rule.id] = number
            numbers.append(number)
            withID[number, default: []].append(index)
        }
        idNumber = numbers
        rulesWithID = withID
        var overriders: [Int: [Int]] = [:]
        overrideNumbers = rules.indices.map { index in
            let targets = rules[index].overrides.compactMap { firstWithID[$0] }
            for target in Set(targets) { overriders[target, default: []].append(index) }
            return targets
        }
        self.overriders = overriders
        var kindMembers = Array(repeating: [Int](), count: kinds.count)
        var groupMembers: [[Int]] = []
        var groupNumber: [DispositionTemplate: Int] = [:]
        var kindOf: [Int?] = []
        var groupOf: [Int?] = []
        for (index, rule) in rules.enumerated() {
            guard let template = rule.disposition, let kind = slot[template.kind] else {
                kindOf.append(nil)
                groupOf.append(nil)
                continue
            }
            let group = groupNumber[template] ?? groupMembers.count
            if group == groupMembers.count {
                groupNumber[template] = group
                groupMembers.append([])
            }
            groupMembers[group].append(index)
            kindMembers[kind].append(index)
            kindOf.append(kind)
            groupOf.append(group)
        }
        self.kindOf = kindOf
        self.groupOf = groupOf
        self.kindMembers = kindMembers
        self.groupMembers = groupMembers
        clashingKinds = kinds.map { a in
            kinds.indices.filter { b in kinds[b] == a || !a.latticeSettles(kinds[b]) }
        }
    }

    /// The position of the first element of an ascending list that is at least `bound`.
    private static func lowerBound(_ list: [Int], _ bound: Int) -> Int {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < bound { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether two rules' dispositions clash (before overrides and ids are considered).
    private func dispositionsClash(_ a: Int, _ b: Int) -> Bool {
        guard let ka = kindOf[a], let kb = kindOf[b], groupOf[a] != groupOf[b] else { return false }
        return clashingKinds[ka].contains(kb)
    }

    /// Whether the pair is set aside: the same id, or one overrides the other.
    private func exempt(_ a: Int, _ b: Int) -> Bool {
        idNumber[a] == idNumber[b] || overrideNumbers[a].contains(idNumber[b]) || overrideNumbers[b].contains(idNumber[a])
    }

    /// The partners of `rule` from index `bound` on, ascending, and the number of rules visited
    /// to find them (the work to charge).
    func partners(of rule: Int, from bound: Int) -> (partners: [Int], visited: Int) {
        guard let kind = kindOf[rule] else { return ([], 0) }
        var found: [Int] = []
        var visited = 0
        for other in clashingKinds[kind] {
            let members = kindMembers[other]
            for j in members[Self.lowerBound(members, bound)...] {
                visited += 1
                if j != rule, groupOf[j] != groupOf[rule], !exempt(rule, j) { found.append(j) }
            }
        }
        if clashingKinds[kind].count > 1 { found.sort() }
        return (found, visited)
    }

    /// The number of partners of `rule` from index `bound` on, without listing them.
    func partnerCount(of rule: Int, from bound: Int) -> Int {
        guard let kind = kindOf[rule], let group = groupOf[rule] else { return 0 }
        var count = 0
        for other in clashingKinds[kind] {
            count += kindMembers[other].count - Self.lowerBound(kindMembers[other], bound)
        }
        count -= groupMembers[group].count - Self.lowerBound(groupMembers[group], bound)
        // Set aside the exempt pairs among them: the same id, overrides either way.
        var exempted = Set<Int>()
        let number = idNumber[rule]
        let candidates = (rulesWithID[number] ?? []) + (overriders[number] ?? [])
            + overrideNumbers[rule].flatMap { rulesWithID[$0] ?? [] }
        for j in candidates where j >= bound && j != rule && dispositionsClash(rule, j) { exempted.insert(j) }
        return count - exempted.count
    }
}
