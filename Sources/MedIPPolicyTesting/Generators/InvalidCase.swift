/// A deliberately broken case from an ``InvalidCaseGenerator``, tagged with the one problem it
/// carries.
///
/// A *validation* problem is a case that decodes but on which `Case/validate(rules:)` reports
/// exactly one issue — the tagged code at the tagged path and severity. A *decoding* problem is a
/// case file that `CaseFile/decode(_:)` rejects with the tagged `CaseFileError/Code` at the
/// tagged path. ``verify()`` checks both with the library and returns the differences.
public struct InvalidCase: Sendable, Hashable {
    /// The problem a case carries.
    public enum Problem: Sendable, Hashable, CustomStringConvertible {
        /// `Case/validate(rules:)` reports exactly this issue and no other.
        case validation(ValidationCode, path: String, severity: ValidationSeverity)
        /// `CaseFile/decode(_:)` throws this error (the first problem it meets).
        case decoding(CaseFileError.Code, path: String)

        /// The code as text.
        public var code: String {
            switch self {
            case .validation(let code, _, _): code.rawValue
            case .decoding(let code, _): code.rawValue
            }
        }

        /// The JSON path of the problem (empty for the document as a whole).
        public var path: String {
            switch self {
            case .validation(_, let path, _), .decoding(_, let path): path
            }
        }

        /// `validation <code> at <path> (<severity>)` or `decoding <code> at <path>`.
        public var description: String {
            switch self {
            case .validation(let code, let path, let severity): "validation \(code) at \(path) (\(severity.rawValue))"
            case .decoding(let code, let path): "decoding \(code) at \(path.isEmpty ? "the document" : path)"
            }
        }
    }

    /// What the case is made of.
    public enum Content: Sendable, Hashable {
        /// Facts that decode but do not validate.
        case facts(Case)
        /// Case-file bytes that do not decode.
        case caseFile(Data)
    }

    /// The position in the generator's sequence, from 0.
    public var index: Int
    /// The tagged problem.
    public var problem: Problem
    /// The facts or the bytes.
    public var content: Content

    /// The facts, for a validation problem; `nil` for a decoding problem.
    public var facts: Case? {
        if case .facts(let facts) = content { return facts }
        return nil
    }

    /// The case file: the bytes of a decoding problem, or the compact JSON of a validation
    /// problem's facts (which decodes).
    public var caseFile: Data {
        switch content {
        case .facts(let facts): (try? CaseFile.encode(facts, pretty: false)) ?? Data()
        case .caseFile(let data): data
        }
    }

    /// Checks the tag with the library: validates the facts (expecting exactly the tagged issue,
    /// after a clean decode of their JSON) or decodes the bytes (expecting the tagged error).
    /// Returns the differences; empty when the library reports exactly the tagged problem.
    public func verify() -> [Mismatch] {
        switch (problem, content) {
        case (.validation(let code, let path, let severity), .facts(let facts)):
            var found: [Mismatch] = []
            do {
                let decoded = try CaseFile.decode(caseFile)
                if decoded != facts {
                    found.append(Mismatch(field: "caseFile", expected: "to decode to the same facts", actual: "different facts"))
                }
            } catch {
                found.append(Mismatch(field: "caseFile", expected: "to decode", actual: "\(error.code) at \(error.path)"))
            }
            let issues = facts.validate()
            let expected = "[\(code) at \(path) (\(severity.rawValue))]"
            let actual = "[" + issues.map { "\($0.code) at \($0.path) (\($0.severity.rawValue))" }.joined(separator: ", ") + "]"
            if issues.count != 1 || issues.first?.code != code || issues.first?.path != path || issues.first?.severity != severity {
                found.append(Mismatch(field: "validation", expected: expected, actual: actual))
            }
            return found
        case (.decoding(let code, let path), .caseFile(let data)):
            do {
                _ = try CaseFile.decode(data)
                return [Mismatch(field: "decoding", expected: "\(code) at \"\(path)\"", actual: "a case")]
            } catch {
                guard error.code == code, error.path == path else {
                    return [Mismatch(field: "decoding", expected: "\(code) at \"\(path)\"", actual: "\(error.code) at \"\(error.path)\": \(error.message)")]
                }
                return []
            }
        default:
            return [Mismatch(field: "content", expected: "content matching \(problem)", actual: "the other kind of content")]
        }
    }
}
