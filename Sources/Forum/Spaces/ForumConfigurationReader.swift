import IdentifyingDetails
import Foundation
import SurveyKit
import Yams

/// A problem in a forum configuration file, with where it is and what to do.
public struct ForumConfigurationProblem: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int
    public let message: String

    public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// All the problems in one file, reported together so it can be fixed in one pass.
public struct ForumConfigurationError: Error, Sendable, CustomStringConvertible {
    public let problems: [ForumConfigurationProblem]
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// Reads a deployment's forum configuration (every setting is in docs/forum.example.yaml): its
/// spaces, watch list and a few rules. Anything left out keeps its default.
public struct ForumConfigurationReader {
    static let topKeys: Set<String> = ["open_sign_up", "time_zone", "spaces", "watch_list", "rules"]
    static let spaceKeys: Set<String> = ["id", "name", "description", "restricted", "consultation"]
    static let watchKeys: Set<String> = ["names", "places", "words"]
    static let wordKeys: Set<String> = ["word", "action"]
    static let ruleKeys: Set<String> = ["new_member_posts_held", "reports_to_hide", "edit_window_minutes", "idle_timeout_minutes"]

    let file: String
    /// The shared YAML walk (`YAMLWalk`): composing, structure checks and the problems found.
    private var walk: YAMLWalk
    private var problems: [ForumConfigurationProblem] {
        walk.problems.map { ForumConfigurationProblem(file: $0.file, line: $0.line, column: $0.column, message: $0.message) }
    }

    public static func load(path: String) throws -> ForumConfiguration {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw ForumConfigurationError(problems: [.init(file: path, line: 1, column: 1, message: "cannot read the file. Check the path and that it is UTF-8 text.")])
        }
        return try parse(yaml: text, file: path)
    }

    public static func parse(yaml: String, file: String) throws -> ForumConfiguration {
        var reader = ForumConfigurationReader(file: file)
        let configuration = reader.read(yaml)
        guard reader.problems.isEmpty, let configuration else { throw ForumConfigurationError(problems: reader.problems) }
        return configuration
    }

    private init(file: String) {
        self.file = file
        walk = YAMLWalk(file: file)
    }

    private mutating func read(_ yaml: String) -> ForumConfiguration? {
        guard let root = walk.compose(yaml) else { return nil }
        var configuration = ForumConfiguration()
        guard let root else { return configuration }
        guard let top = root.mapping else { walk.problem(at: root, "the file must be a mapping of settings (open_sign_up, spaces, watch_list, rules)."); return nil }
        walk.checkKeys(top, allowed: Self.topKeys, in: "the file")
        if let node = top["open_sign_up"], let value = bool(node, "open_sign_up") { configuration.openSignUp = value }
        if let node = top["time_zone"], let zone = string(node, "time_zone") {
            if TimeZone(identifier: zone) == nil { walk.problem(at: node, "unknown time zone '\(zone)'. Use a name such as Europe/London.") } else { configuration.timeZone = zone }
        }
        if let node = top["spaces"] { configuration.spaces = spaces(node) }
        if let node = top["watch_list"] { configuration.watchList = watchList(node) }
        if let node = top["rules"] { rules(node, into: &configuration) }
        return configuration
    }

    private mutating func spaces(_ node: Node) -> [ForumSpace] {
        guard let items = node.sequence, !items.isEmpty else {
            walk.problem(at: node, "'spaces' must be a list with at least one space.")
            return ForumSpace.defaults
        }
        var spaces: [ForumSpace] = []
        var seen: Set<String> = []
        for item in items {
            guard let map = item.mapping else { walk.problem(at: item, "each space must be a mapping with id, name and description."); continue }
            walk.checkKeys(map, allowed: Self.spaceKeys, in: "a space")
            guard let id = map["id"].flatMap({ string($0, "id") }), let name = map["name"].flatMap({ text($0, "name") }) else {
                walk.problem(at: item, "each space needs an 'id' and a 'name'.")
                continue
            }
            if !ForumSpace.isValidID(id) { walk.problem(at: map["id"], "the space id '\(id)' must use only lower-case letters, digits and '-' (it appears in addresses).") }
            if !seen.insert(id).inserted { walk.problem(at: map["id"], "the space id '\(id)' is used twice. Give each space its own id.") }
            let description = map["description"].flatMap { text($0, "description") } ?? LocalizedText("")
            let restricted = map["restricted"].flatMap { bool($0, "restricted") } ?? false
            let consultation = map["consultation"].flatMap { bool($0, "consultation") } ?? false
            spaces.append(ForumSpace(id: id, names: name, descriptions: description, restricted: restricted, consultation: consultation))
        }
        return spaces
    }

    private mutating func watchList(_ node: Node) -> WatchList {
        guard let map = node.mapping else { walk.problem(at: node, "'watch_list' must be a mapping with names, places and words."); return WatchList() }
        walk.checkKeys(map, allowed: Self.watchKeys, in: "watch_list")
        let names = map["names"].map { strings($0, "names") } ?? []
        let places = map["places"].map { strings($0, "places") } ?? []
        var words: [(String, WatchAction)] = []
        for item in map["words"]?.sequence ?? [] {
            guard let entry = item.mapping, let word = entry["word"].flatMap({ string($0, "word") }) else {
                walk.problem(at: item, "each watched word is a mapping: {word: ..., action: hold, block or mask}.")
                continue
            }
            walk.checkKeys(entry, allowed: Self.wordKeys, in: "a watched word")
            let raw = entry["action"].flatMap { string($0, "action") } ?? "hold"
            guard let action = WatchAction(rawValue: raw) else { walk.problem(at: entry["action"], "unknown action '\(raw)'. Use hold, block or mask."); continue }
            words.append((word, action))
        }
        if map["words"] != nil, map["words"]?.sequence == nil { walk.problem(at: map["words"], "'words' must be a list.") }
        return WatchList(names: names, places: places, words: words)
    }

    private mutating func rules(_ node: Node, into configuration: inout ForumConfiguration) {
        guard let map = node.mapping else { walk.problem(at: node, "'rules' must be a mapping."); return }
        walk.checkKeys(map, allowed: Self.ruleKeys, in: "rules")
        let held = map["new_member_posts_held"].flatMap { int($0, "new_member_posts_held", 0...100) } ?? configuration.policy.newMemberPostCount
        let hide = map["reports_to_hide"].flatMap { int($0, "reports_to_hide", 1...100) } ?? configuration.policy.reportsToHide
        let edit = map["edit_window_minutes"].flatMap { int($0, "edit_window_minutes", 0...1440) }.map { TimeInterval($0 * 60) } ?? configuration.policy.editWindow
        if let idle = map["idle_timeout_minutes"].flatMap({ int($0, "idle_timeout_minutes", 5...240) }) { configuration.idleTimeout = .seconds(idle * 60) }
        if let policy = try? ModerationPolicy(newMemberPostCount: held, reportsToHide: hide, editWindow: edit) { configuration.policy = policy }
    }

    // MARK: - Values

    private mutating func string(_ node: Node, _ key: String) -> String? {
        guard let scalar = node.scalar else { walk.problem(at: node, "'\(key)' must be text."); return nil }
        return scalar.string
    }

    /// Text in one language (`name: Housing`) or several (`name: {en: Housing, cy: Tai}`), English
    /// always given: members read it in their language, English where it has none.
    private mutating func text(_ node: Node, _ key: String) -> LocalizedText? {
        if let scalar = node.scalar { return LocalizedText(scalar.string) }
        guard let map = node.mapping else { walk.problem(at: node, "'\(key)' must be text, or a mapping of language codes to text such as {en: Housing, cy: Tai}."); return nil }
        var byLanguage: [String: String] = [:]
        for (codeNode, value) in map {
            guard let code = codeNode.string, LocalizedText.chorusLanguages.contains(code) else {
                walk.problem(at: codeNode, "'\(codeNode.string ?? "")' in '\(key)' is not a language Chorus has. Use one of: \(LocalizedText.chorusLanguages.joined(separator: ", ")).")
                continue
            }
            if let text = string(value, "\(key).\(code)") { byLanguage[code] = text }
        }
        guard byLanguage[LocalizedText.fallbackLanguage] != nil else {
            walk.problem(at: node, "'\(key)' needs its English text ('en'), shown where a language has none.")
            return nil
        }
        return LocalizedText(byLanguage: byLanguage)
    }

    private mutating func strings(_ node: Node, _ key: String) -> [String] {
        guard let items = node.sequence else { walk.problem(at: node, "'\(key)' must be a list."); return [] }
        return items.compactMap { string($0, key) }.filter { !$0.isEmpty }
    }

    private mutating func bool(_ node: Node, _ key: String) -> Bool? {
        guard let value = node.bool else { walk.problem(at: node, "'\(key)' must be true or false."); return nil }
        return value
    }

    private mutating func int(_ node: Node, _ key: String, _ range: ClosedRange<Int>) -> Int? {
        guard let value = node.int, range.contains(value) else {
            walk.problem(at: node, "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound).")
            return nil
        }
        return value
    }
}
