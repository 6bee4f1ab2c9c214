import Yams

/// The walk every reader of a hand-written YAML file shares (surveys, the lead's notes, themes):
/// composing the text safely, and the checks of its structure, each problem kept with the file,
/// line and column and a sentence that says what to do. A reader keeps one of these and goes on
/// after a problem, so a person fixes the whole file in one pass.
public struct YAMLWalk: Sendable {
    public let file: String
    public private(set) var problems: [SurveyDefinitionProblem] = []

    public init(file: String) { self.file = file }

    /// The document's root node; nil after a problem when the text is not safe YAML, and `.some(nil)`
    /// for an empty document. Anchors are refused before composing, since composing expands them
    /// (`YAMLAnchors`: a few lines could otherwise expand to millions of nodes).
    public mutating func compose(_ yaml: String) -> Node?? {
        if let (line, column) = YAMLAnchors.first(in: yaml) {
            problems.append(.init(file: file, line: line, column: column, message: YAMLAnchors.problem))
            return nil
        }
        do {
            return .some(try Yams.compose(yaml: yaml))
        } catch let error as YamlError {
            report(error)
            return nil
        } catch {
            problem(at: nil, "this is not valid YAML (\(error)). Check the indentation and quotes.")
            return nil
        }
    }

    public mutating func problem(at node: Node?, _ message: String, near map: Node.Mapping? = nil) {
        let mark = node?.mark ?? map?.mark
        problems.append(.init(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message))
    }

    public mutating func mapping(_ node: Node, _ what: String) -> Node.Mapping? {
        if let map = node.mapping { return map }
        problem(at: node, "\(what) must be a set of 'key: value' lines.")
        return nil
    }

    public mutating func sequence(_ node: Node, _ what: String) -> [Node]? {
        if let list = node.sequence { return Array(list) }
        problem(at: node, "\(what) must be a list (lines starting with '- ').")
        return nil
    }

    /// Every key not in `allowed` is a problem, with the likeliest key it was meant to be; so is a
    /// key written twice.
    public mutating func checkKeys(_ map: Node.Mapping, allowed: Set<String>, in context: String) {
        var seen: Set<String> = []
        for keyNode in map.keys {
            guard let key = keyNode.scalar?.string else { continue }
            if !allowed.contains(key) {
                let suggestion = Spelling.closest(to: key, in: allowed).map { " Did you mean '\($0)'?" } ?? ""
                problem(at: keyNode, "unknown key '\(key)' in \(context).\(suggestion) Allowed: \(allowed.sorted().joined(separator: ", ")).")
            }
            if !seen.insert(key).inserted {
                problem(at: keyNode, "the key '\(key)' appears twice in \(context). Keep one.")
            }
        }
    }

    /// A key that must be there, holding one non-empty line of text.
    public mutating func requiredText(_ map: Node.Mapping, _ key: String, in context: String) -> String? {
        guard map[key] != nil else {
            problem(at: nil, "\(context) has no '\(key)'. Add it.", near: map)
            return nil
        }
        return optionalText(map, key, in: context)
    }

    /// A key that may be left out; when there, one non-empty text (trimmed).
    public mutating func optionalText(_ map: Node.Mapping, _ key: String, in context: String) -> String? {
        guard let node = map[key] else { return nil }
        guard let text = node.scalar?.string.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
            problem(at: node, "'\(key)' of \(context) must be a single, non-empty value.")
            return nil
        }
        return text
    }

    private mutating func report(_ error: YamlError) {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            problems.append(.init(file: file, line: mark.line, column: mark.column, message: "this is not valid YAML: \(problem). Check the indentation and quotes on this line."))
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams stops at the first block with a repeated key and marks its first use.
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            let what = duplicates.count == 1 ? "the key \(keys) appears" : "the keys \(keys) appear"
            problems.append(.init(file: file, line: context.mark.line, column: context.mark.column, message: "\(what) more than once in one block (first on this line). Keep one."))
        default:
            problem(at: nil, "this is not valid YAML: \(error). Check the indentation and quotes.")
        }
    }
}
