// Strict reading of stored timelines, as for case files and rule sets: an unknown key is an
// `unknownKey` error naming its path (with a did-you-mean), `evaluations` is an exact integer, and
// a timeline whose segments do not tile its window is an `invalidValue` error naming the field.
// The decisions inside the segments are read as ``Decision`` reads them.

extension Timeline {
    enum CodingKeys: String, CodingKey, CaseIterable { case caseID, from, through, segments, evaluations }

    /// Decodes a stored timeline strictly: an unknown key is an error naming its path (unless the
    /// decoder's user info allows unknown keys), `evaluations` must be a non-negative integer
    /// written exactly, and the segments must tile `from…through` — the first starting on
    /// `from` without a change, each next one starting the day after the previous ends with a
    /// change dated that day, the last ending on `through`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        caseID = try c.decode(String.self, forKey: .caseID)
        from = try c.decode(CivilDate.self, forKey: .from)
        through = try c.decode(CivilDate.self, forKey: .through)
        segments = try c.decode([TimelineSegment].self, forKey: .segments)
        evaluations = try c.decodeInteger(forKey: .evaluations, in: decoder)
        func invalid(_ key: CodingKeys, _ tail: [any CodingKey], _ message: String) -> DecodingError {
            DomainValueError(code: .invalidValue, message: message).decodingError(at: c.codingPath + [key] + tail)
        }
        guard evaluations >= 0 else { throw invalid(.evaluations, [], "evaluations must not be negative, not \(evaluations)") }
        guard from <= through else { throw invalid(.through, [], "through (\(through)) is before from (\(from))") }
        guard let first = segments.first, let last = segments.last else {
            throw invalid(.segments, [], "a timeline has at least one segment")
        }
        guard first.from == from else { throw invalid(.segments, [AnyRuleKey(index: 0)], "the first segment starts on \(first.from), not on from (\(from))") }
        guard first.change == nil else { throw invalid(.segments, [AnyRuleKey(index: 0)], "the first segment has no change") }
        for index in segments.indices {
            let segment = segments[index]
            let at: [any CodingKey] = [AnyRuleKey(index: index)]
            guard segment.from <= segment.through else {
                throw invalid(.segments, at, "the segment ends (\(segment.through)) before it starts (\(segment.from))")
            }
            guard index > 0 else { continue }
            let previous = segments[index - 1]
            guard previous.through.daysSinceEpoch + 1 == segment.from.daysSinceEpoch else {
                throw invalid(.segments, at, "the segment starts on \(segment.from), not the day after the previous one ends (\(previous.through))")
            }
            guard let change = segment.change, change.date == segment.from else {
                throw invalid(.segments, at, "the segment needs a change dated its first day (\(segment.from))")
            }
        }
        guard last.through == through else {
            throw invalid(.segments, [AnyRuleKey(index: segments.count - 1)], "the last segment ends on \(last.through), not on through (\(through))")
        }
    }
}

extension TimelineSegment {
    enum CodingKeys: String, CodingKey, CaseIterable { case from, through, decision, change }

    /// Decodes a segment strictly (an unknown key is an error naming its path).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(
            from: try c.decode(CivilDate.self, forKey: .from), through: try c.decode(CivilDate.self, forKey: .through),
            decision: try c.decode(Decision.self, forKey: .decision), change: try c.decodeIfPresent(TimelineChange.self, forKey: .change))
    }
}

extension TimelineChange {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case date, aspects, dispositionBefore, dispositionAfter, dispositionDateBefore, dispositionDateAfter
        case documentsTakingEffect, obligationsAdded, obligationsRemoved, obligationsOverdue
        case consequencesAdded, consequencesRemoved, flagsAdded, flagsRemoved, causes
    }

    /// Decodes a change strictly (an unknown key is an error naming its path).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(
            date: try c.decode(CivilDate.self, forKey: .date),
            aspects: try c.decode([TimelineAspect].self, forKey: .aspects),
            dispositionBefore: try c.decode(DispositionKind.self, forKey: .dispositionBefore),
            dispositionAfter: try c.decode(DispositionKind.self, forKey: .dispositionAfter),
            documentsTakingEffect: try c.decode([DocumentID].self, forKey: .documentsTakingEffect),
            obligationsAdded: try c.decode([String].self, forKey: .obligationsAdded),
            obligationsRemoved: try c.decode([String].self, forKey: .obligationsRemoved),
            obligationsOverdue: try c.decode([String].self, forKey: .obligationsOverdue),
            consequencesAdded: try c.decode([ConsequenceKind].self, forKey: .consequencesAdded),
            consequencesRemoved: try c.decode([ConsequenceKind].self, forKey: .consequencesRemoved),
            flagsAdded: try c.decode([FlagKind].self, forKey: .flagsAdded),
            flagsRemoved: try c.decode([FlagKind].self, forKey: .flagsRemoved),
            causes: try c.decode([TimelineCause].self, forKey: .causes))
        dispositionDateBefore = try c.decodeIfPresent(CivilDate.self, forKey: .dispositionDateBefore)
        dispositionDateAfter = try c.decodeIfPresent(CivilDate.self, forKey: .dispositionDateAfter)
    }
}

extension TimelineCause {
    enum CodingKeys: String, CodingKey, CaseIterable { case kind, date, field, document, rule, obligation }

    /// Decodes a cause strictly (an unknown key is an error naming its path).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(
            kind: try c.decode(TimelineCauseKind.self, forKey: .kind), date: try c.decode(CivilDate.self, forKey: .date),
            field: try c.decodeIfPresent(String.self, forKey: .field), document: try c.decodeIfPresent(DocumentID.self, forKey: .document),
            rule: try c.decodeIfPresent(RuleID.self, forKey: .rule), obligation: try c.decodeIfPresent(String.self, forKey: .obligation))
    }
}
