import Foundation
import SurveyKit
import Yams

/// Reads a theme file into themes, collecting every problem with its line and column (as the
/// survey reader does) so the lead can fix the file in one pass.
struct ThemeTaxonomyReader {
    let file: String
    /// The shared YAML walk (`YAMLWalk`): composing, structure checks and the problems found.
    private var walk: YAMLWalk
    var problems: [ThemeFileProblem] { walk.problems }

    init(file: String) {
        self.file = file
        walk = YAMLWalk(file: file)
    }

    static let topLevelKeys: Set<String> = ["themes"]
    static let themeKeys: Set<String> = ["id", "label", "facet", "priorities", "phrases", "unless_negated", "not_near"]

    mutating func read(yaml: String) -> [Theme]? {
        guard let root = walk.compose(yaml) else { return nil }
        guard let root else {
            walk.problem(at: nil, "the file is empty. It needs a 'themes' list.")
            return nil
        }
        guard let top = root.mapping else {
            walk.problem(at: root, "the file must start with 'themes:' followed by a list of themes.")
            return nil
        }
        walk.checkKeys(top, allowed: Self.topLevelKeys, in: "the theme file")
        guard let list = top["themes"] else {
            walk.problem(at: root, "the file has no 'themes'. Add a list of themes.")
            return nil
        }
        guard let items = list.sequence else {
            walk.problem(at: list, "'themes' must be a list (lines starting with '- ').")
            return nil
        }
        if items.isEmpty { walk.problem(at: list, "'themes' is empty. Add at least one theme.") }
        var themes: [Theme] = []
        var firstLine: [String: Int] = [:]
        for item in items {
            guard let theme = readTheme(item) else { continue }
            if let line = firstLine[theme.id] {
                walk.problem(at: item.mapping?["id"] ?? item, "duplicate theme id '\(theme.id)' (first used on line \(line)). Give each theme its own id.")
                continue
            }
            firstLine[theme.id] = item.mark?.line ?? 0
            themes.append(theme)
        }
        return problems.isEmpty ? themes : nil
    }

    private mutating func readTheme(_ node: Node) -> Theme? {
        guard let map = node.mapping else {
            walk.problem(at: node, "each theme must be a set of 'key: value' lines (id, label, facet, priorities, phrases).")
            return nil
        }
        let id = requiredString(map, "id", near: node, in: "a theme")
        let context = id.map { "theme '\($0)'" } ?? "a theme"
        walk.checkKeys(map, allowed: Self.themeKeys, in: context)
        if let id, !Self.isThemeID(id) {
            walk.problem(at: map["id"], "the theme id '\(id)' must start with a letter and use only lower-case letters, digits and '_' (at most 64 characters).")
        }
        let label = requiredString(map, "label", near: node, in: context)
        var facet: ThemeFacet?
        if let raw = requiredString(map, "facet", near: node, in: context) {
            facet = ThemeFacet(rawValue: raw)
            if facet == nil {
                let hint = Spelling.closest(to: raw, in: ThemeFacet.allCases.map(\.rawValue)).map { " Did you mean '\($0)'?" } ?? ""
                walk.problem(at: map["facet"], "unknown facet '\(raw)' in \(context).\(hint) Use one of: \(ThemeFacet.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
        }
        let priorities = readPriorities(map, near: node, context: context)
        let phrases = readPhrases(map["phrases"], key: "phrases", required: true, near: node, context: context)
        let notNear = readPhrases(map["not_near"], key: "not_near", required: false, near: node, context: context)
        var unlessNegated = false
        if let node = map["unless_negated"] {
            switch node.scalar?.string {
            case "true": unlessNegated = true
            case "false": unlessNegated = false
            default: walk.problem(at: node, "'unless_negated' of \(context) must be true or false.")
            }
        }
        guard let id, let label, let facet, let priorities, let phrases else { return nil }
        return Theme(id: id, label: label, facet: facet, priorities: priorities, phrases: phrases,
                     unlessNegated: unlessNegated, notNear: notNear ?? [])
    }

    private mutating func readPriorities(_ map: Node.Mapping, near node: Node, context: String) -> [StrategicPriority]? {
        guard let list = map["priorities"] else {
            walk.problem(at: node, "\(context) has no 'priorities'. Add one or more of: \(StrategicPriority.allCases.map(\.rawValue).joined(separator: ", ")).")
            return nil
        }
        let items = list.sequence.map(Array.init) ?? (list.scalar != nil ? [list] : [])
        guard !items.isEmpty else {
            walk.problem(at: list, "'priorities' of \(context) must list one or more of: \(StrategicPriority.allCases.map(\.rawValue).joined(separator: ", ")).")
            return nil
        }
        var priorities: [StrategicPriority] = []
        var valid = true
        for item in items {
            guard let raw = item.scalar?.string, let priority = StrategicPriority(rawValue: raw) else {
                let raw = item.scalar?.string ?? "?"
                let hint = Spelling.closest(to: raw, in: StrategicPriority.allCases.map(\.rawValue)).map { " Did you mean '\($0)'?" } ?? ""
                walk.problem(at: item, "unknown priority '\(raw)' in \(context).\(hint) Use the strategy's seven (004: 40-46): \(StrategicPriority.allCases.map(\.rawValue).joined(separator: ", ")).")
                valid = false
                continue
            }
            if !priorities.contains(priority) { priorities.append(priority) }
        }
        return valid ? priorities : nil
    }

    private mutating func readPhrases(_ list: Node?, key: String, required: Bool, near node: Node, context: String) -> [PhrasePattern]? {
        guard let list else {
            if required { walk.problem(at: node, "\(context) has no '\(key)'. Add the words or phrases that suggest it.") }
            return required ? nil : []
        }
        guard let items = list.sequence else {
            walk.problem(at: list, "'\(key)' of \(context) must be a list, such as [police, police officer*].")
            return nil
        }
        if items.isEmpty {
            walk.problem(at: list, "'\(key)' of \(context) is empty. \(required ? "Add at least one word or phrase that suggests it." : "Add words, or remove the key.")")
            return nil
        }
        var phrases: [PhrasePattern] = []
        var valid = true
        for item in items {
            guard let raw = item.scalar?.string, let phrase = PhrasePattern(raw) else {
                walk.problem(at: item, "'\(item.scalar?.string ?? "?")' in '\(key)' of \(context) is not a phrase: write words, with '*' only at the very end.")
                valid = false
                continue
            }
            phrases.append(phrase)
        }
        return valid ? phrases : nil
    }

    private mutating func requiredString(_ map: Node.Mapping, _ key: String, near node: Node, in context: String) -> String? {
        guard let value = map[key] else {
            walk.problem(at: node, "\(context) has no '\(key)'. Add it.")
            return nil
        }
        guard let scalar = value.scalar, !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty else {
            walk.problem(at: value, "'\(key)' of \(context) must be a single, non-empty value.")
            return nil
        }
        return scalar.string.trimmingCharacters(in: .whitespaces)
    }

    static func isThemeID(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, ("a"..."z").contains(first), s.count <= 64 else { return false }
        return s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
