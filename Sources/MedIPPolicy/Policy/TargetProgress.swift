/// An observed value for one target, e.g. 412 varieties under project management.
///
/// CSV form (one header line `measure,key,value,previous`; `previous` optional, needed only to
/// judge "rising each year" targets): `beijing-2026-4#6,project-managed-varieties,412,`.
public struct Observation: Sendable, Hashable, Codable {
    /// The measure whose target is observed.
    public var measure: MeasureID
    /// The target's key within the measure.
    public var key: String
    /// The observed value, in the target's unit.
    public var value: Double
    /// The value observed one year earlier, for ``Comparator/notBelowAndRising`` targets.
    public var previous: Double?

    /// Creates an observation.
    public init(measure: MeasureID, key: String, value: Double, previous: Double? = nil) {
        self.measure = measure
        self.key = key
        self.value = value
        self.previous = previous
    }
}

/// Why an observations file could not be read.
public struct ObservationCSVError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The column at fault (`measure`, `key`, `value`, `previous`) or `nil` for the line as a whole.
    public var field: String?
    /// What is wrong.
    public var message: String

    /// Creates an error for a line and field.
    public init(line: Int, field: String?, message: String) {
        self.line = line
        self.field = field
        self.message = message
    }

    /// `line N, field: message`.
    public var description: String {
        "line \(line)\(field.map { ", \($0)" } ?? ""): \(message)"
    }
}

extension Observation {
    /// The most lines an observations file may have.
    public static let maximumCSVLines = 100_000
    /// The largest observations text read, in UTF-8 bytes: 8 MiB.
    public static let maximumCSVBytes = 8 << 20

    /// Parses observations from CSV text with the header `measure,key,value[,previous]`; blank
    /// lines and lines starting with `#` are skipped.
    ///
    /// Text longer than ``maximumCSVBytes`` or ``maximumCSVLines`` is refused before any row is
    /// read (a newline ending the last line does not start another one: exactly
    /// ``maximumCSVLines`` terminated lines are accepted).
    ///
    /// - Throws: ``ObservationCSVError`` naming the line and field of the first bad row.
    public static func parseCSV(_ text: String) throws(ObservationCSVError) -> [Observation] {
        try parseCSVRows(text).map(\.observation)
    }

    /// ``parseCSV(_:)`` with each observation's 1-based line number, for messages.
    package static func parseCSVRows(_ text: String) throws(ObservationCSVError) -> [(line: Int, observation: Observation)] {
        guard text.utf8.count <= maximumCSVBytes else {
            throw ObservationCSVError(
                line: 1, field: nil,
                message: "the text has \(text.utf8.count) bytes; the limit is \(maximumCSVBytes)")
        }
        var observations: [(line: Int, observation: Observation)] = []
        var sawHeader = false
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", maxSplits: maximumCSVLines, omittingEmptySubsequences: false) {
            lineNumber += 1
            // With maxSplits, piece maximumCSVLines + 1 is the rest of the text: empty when the
            // last allowed line ended with its newline.
            guard lineNumber <= maximumCSVLines || rawLine.isEmpty else {
                throw ObservationCSVError(line: lineNumber, field: nil, message: "more than \(maximumCSVLines) lines")
            }
            let line = rawLine.trimmedWhitespace
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmedWhitespace }
            if !sawHeader {
                sawHeader = true
                guard fields.count >= 3, fields[0] == "measure", fields[1] == "key", fields[2] == "value" else {
                    throw ObservationCSVError(line: lineNumber, field: nil, message: "expected the header measure,key,value[,previous]")
                }
                continue
            }
            guard fields.count == 3 || fields.count == 4 else {
                throw ObservationCSVError(line: lineNumber, field: nil, message: "expected 3 or 4 fields, found \(fields.count)")
            }
            guard let measure = MeasureID(fields[0]) else {
                throw ObservationCSVError(line: lineNumber, field: "measure", message: "not a measure id: \"\(fields[0].escapedForMessage(limit: 60))\"")
            }
            guard !fields[1].isEmpty else {
                throw ObservationCSVError(line: lineNumber, field: "key", message: "empty")
            }
            guard let value = Double(fields[2]), value.isFinite else {
                throw ObservationCSVError(line: lineNumber, field: "value", message: "not a number: \"\(fields[2].escapedForMessage(limit: 40))\"")
            }
            var previous: Double?
            if fields.count == 4, !fields[3].isEmpty {
                guard let parsed = Double(fields[3]), parsed.isFinite else {
                    throw ObservationCSVError(line: lineNumber, field: "previous", message: "not a number: \"\(fields[3].escapedForMessage(limit: 40))\"")
                }
                previous = parsed
            }
            observations.append((lineNumber, Observation(measure: measure, key: fields[1], value: value, previous: previous)))
        }
        return observations
    }
}

/// How one target stands against an observation.
public struct TargetProgress: Sendable, Hashable, Codable {
    /// Whether the target is met.
    public enum Status: String, Sendable, Hashable, Codable {
        /// The observation satisfies the comparator.
        case met
        /// The observation does not satisfy the comparator.
        case notMet
        /// No observation was given for this target.
        case noObservation
        /// The figure is not a goal (a cited ceiling, a product specification, a count of what
        /// exists: ``Target/role``), so an observation is recorded but not judged.
        case notGraded
    }

    /// The measure the target belongs to.
    public var measure: MeasureID
    /// The target.
    public var target: Target
    /// The observed value, if any.
    public var observed: Double?
    /// Met, not met, not observed, or not graded (a figure that is not a goal).
    public var status: Status
    /// By how much: observed − figure for lower bounds (at least, more than, reach, rising),
    /// figure − observed for upper bounds (at most). Positive or zero means on the right side;
    /// `nil` without an observation.
    public var margin: Double?
    /// For "rising each year" targets, whether the value rose over `previous` (`nil` when no
    /// previous value was given, in which case only the floor is judged).
    public var rose: Bool?
}

extension Catalog {
    /// Each target of a document judged against the observations (matched by measure and key).
    ///
    /// Every observation must name a target of the document: none is silently left out.
    ///
    /// - Throws: ``CatalogError/unknownDocument(_:)`` for an unknown document;
    ///   ``CatalogError/unknownMeasure(_:suggestion:)`` for an observation naming a measure the
    ///   catalog does not have (`beijing-2026-04#6`, with the id it probably meant);
    ///   ``CatalogError/measureOfAnotherDocument(_:asked:)`` for a measure of another document;
    ///   ``CatalogError/unknownTarget(_:key:suggestion:)`` for a key the measure does not have.
    public func progress(of documentID: DocumentID, observations: [Observation]) throws(CatalogError) -> [TargetProgress] {
        guard let document = document(documentID) else { throw .unknownDocument(documentID) }
        var byKey: [String: Observation] = [:]
        for observation in observations {
            try check(observation, in: documentID)
            byKey["\(observation.measure)|\(observation.key)"] = observation
        }
        return document.measures.flatMap { measure in
            measure.targets.map { target in
                guard let observation = byKey["\(measure.id)|\(target.key)"] else {
                    let status: TargetProgress.Status = target.role.isGoal ? .noObservation : .notGraded
                    return TargetProgress(measure: measure.id, target: target, observed: nil, status: status, margin: nil, rose: nil)
                }
                let value = observation.value
                guard target.role.isGoal else {
                    return TargetProgress(measure: measure.id, target: target, observed: value, status: .notGraded, margin: nil, rose: nil)
                }
                let met: Bool
                let margin: Double
                var rose: Bool?
                switch target.comparator {
                case .atLeast, .exactly:
                    met = value >= target.value
                    margin = value - target.value
                case .moreThan:
                    met = value > target.value
                    margin = value - target.value
                case .atMost:
                    met = value <= target.value
                    margin = target.value - value
                case .notBelowAndRising:
                    rose = observation.previous.map { value > $0 }
                    met = value >= target.value && rose != false
                    margin = value - target.value
                }
                return TargetProgress(
                    measure: measure.id, target: target, observed: value, status: met ? .met : .notMet,
                    margin: margin, rose: rose)
            }
        }
    }
}

extension Catalog {
    /// Checks that an observation names a target of the document.
    ///
    /// - Throws: ``CatalogError`` as ``progress(of:observations:)`` does, with a suggestion
    ///   where a known id or key is close.
    public func check(_ observation: Observation, in documentID: DocumentID) throws(CatalogError) {
        guard let document = document(documentID) else { throw .unknownDocument(documentID) }
        let id = observation.measure
        guard let measure = self.document(id.document)?.measure(id.ordinal) else {
            throw .unknownMeasure(id.description, suggestion: measureSuggestion(for: id.description))
        }
        guard id.document == document.id else { throw .measureOfAnotherDocument(id, asked: documentID) }
        guard measure.targets.contains(where: { $0.key == observation.key }) else {
            throw .unknownTarget(id, key: observation.key, suggestion: observation.key.closestMatch(among: measure.targets.map(\.key)))
        }
    }

    /// The known measure id closest to `text`, if one is close.
    func measureSuggestion(for text: String) -> String? {
        text.closestMatch(among: allMeasures.map(\.id.description))
    }
}
