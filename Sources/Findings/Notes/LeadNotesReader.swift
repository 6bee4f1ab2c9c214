import Foundation
import SurveyKit
import Yams

/// Reads the lead's notes file, collecting every problem with its line and column, so the lead
/// can fix the file in one pass. Evidence must name questions the surveys define, so a typo is
/// caught here rather than silently showing nothing.
public struct LeadNotesReader {
    public let file: String
    let library: SurveyLibrary
    /// The shared YAML walk (`YAMLWalk`): composing, structure checks and the problems found.
    private var walk: YAMLWalk
    public var problems: [SurveyDefinitionProblem] { walk.problems }

    public init(file: String, library: SurveyLibrary) {
        self.file = file
        self.library = library
        walk = YAMLWalk(file: file)
    }

    static let topKeys: Set<String> = ["title", "partnership", "summary", "findings", "limitations"]
    static let findingKeys: Set<String> = ["id", "heading", "text", "evidence", "key_points", "recommendations"]
    static let recommendationKeys: Set<String> = ["id", "text", "audience", "owner", "status", "due", "update", "you_said"]

    /// Reads `url`; throws every problem found, each with file, line and column.
    public static func read(_ url: URL, library: SurveyLibrary) throws(LeadNotesError) -> LeadNotes {
        guard let data = FileManager.default.contents(atPath: url.path), let yaml = String(data: data, encoding: .utf8) else {
            throw LeadNotesError(problems: [.init(file: url.path, line: 1, column: 1, message: "cannot read this file as UTF-8 text. Check the path.")])
        }
        var reader = LeadNotesReader(file: url.path, library: library)
        let notes = reader.read(yaml: yaml)
        guard let notes, reader.problems.isEmpty else { throw LeadNotesError(problems: reader.problems) }
        return notes
    }

    public mutating func read(yaml: String) -> LeadNotes? {
        guard let root = walk.compose(yaml) else { return nil }
        guard let root else { return .empty }
        guard let top = walk.mapping(root, "the notes") else { return nil }
        walk.checkKeys(top, allowed: Self.topKeys, in: "the notes")
        var notes = LeadNotes()
        notes.title = optionalString(top, "title")
        notes.partnership = optionalString(top, "partnership")
        notes.summary = paragraphs(top["summary"], "summary")
        notes.limitations = list(top["limitations"], "limitations")
        var findingIDs: Set<String> = [], recommendationIDs: Set<String> = []
        for node in sequence(top["findings"], "findings") {
            guard let finding = readFinding(node) else { continue }
            if !findingIDs.insert(finding.id).inserted { walk.problem(at: node, "two findings have the id '\(finding.id)'. Give each its own.") }
            for recommendation in finding.recommendations where !recommendationIDs.insert(recommendation.id).inserted {
                walk.problem(at: node, "two recommendations have the id '\(recommendation.id)'. Give each its own.")
            }
            notes.findings.append(finding)
        }
        return problems.isEmpty ? notes : nil
    }

    private mutating func readFinding(_ node: Node) -> LeadNotes.Finding? {
        guard let map = walk.mapping(node, "a finding") else { return nil }
        walk.checkKeys(map, allowed: Self.findingKeys, in: "a finding")
        let id = requiredString(map, "id", in: "a finding")
        let heading = requiredString(map, "heading", in: "a finding")
        let evidence = sequence(map["evidence"], "evidence").compactMap { evidenceReference($0) }
        let recommendations = sequence(map["recommendations"], "recommendations").compactMap { readRecommendation($0) }
        // Each audience has a report of its own, so a finding may rest on one audience only.
        let audiences = Set(evidence.compactMap { reference in library.surveys.first { $0.id == reference.survey }?.audience })
        if audiences.count > 1 {
            let names = Audience.allCases.filter(audiences.contains).map(\.rawValue).joined(separator: " and ")
            walk.problem(at: map["evidence"], "this finding rests on answers from \(names). Each audience has a report of its own and they are never mixed: split it into one finding per audience.")
        }
        guard let id, let heading else { return nil }
        return LeadNotes.Finding(
            id: id, heading: heading, text: paragraphs(map["text"], "text"), evidence: evidence,
            keyPoints: list(map["key_points"], "key_points"), recommendations: recommendations)
    }

    private mutating func evidenceReference(_ node: Node) -> LeadNotes.EvidenceReference? {
        guard let text = node.scalar?.string else {
            walk.problem(at: node, "each evidence item is one question, written survey-id/question_id.")
            return nil
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, let survey = library.surveys.first(where: { $0.id == parts[0] }) else {
            let surveys = library.surveys.map(\.id).joined(separator: ", ")
            walk.problem(at: node, "'\(text)' does not name a survey and a question. Write survey-id/question_id, with one of these surveys: \(surveys).")
            return nil
        }
        guard let question = survey.question(parts[1]), question.type != .note else {
            walk.problem(at: node, "the survey '\(survey.id)' has no question '\(parts[1])'. Check the id in \(survey.sourcePath).")
            return nil
        }
        return .init(survey: survey.id, question: question.id)
    }

    private mutating func readRecommendation(_ node: Node) -> LeadNotes.Recommendation? {
        guard let map = walk.mapping(node, "a recommendation") else { return nil }
        walk.checkKeys(map, allowed: Self.recommendationKeys, in: "a recommendation")
        let id = requiredString(map, "id", in: "a recommendation")
        let text = requiredString(map, "text", in: "a recommendation")
        let owner = requiredString(map, "owner", in: "a recommendation")
        let audience = requiredString(map, "audience", in: "a recommendation").flatMap { raw -> LeadNotes.Audience? in
            if let value = LeadNotes.Audience(rawValue: raw) { return value }
            walk.problem(at: map["audience"], "'\(raw)' is not an audience. Use one of: \(LeadNotes.Audience.allCases.map(\.rawValue).joined(separator: ", ")).")
            return nil
        }
        let status = requiredString(map, "status", in: "a recommendation").flatMap { raw -> LeadNotes.Status? in
            if let value = LeadNotes.Status(rawValue: raw.lowercased()) { return value }
            walk.problem(at: map["status"], "'\(raw)' is not a status. Use red, amber or green.")
            return nil
        }
        let due = requiredString(map, "due", in: "a recommendation").flatMap { raw -> String? in
            if UTCDay.midday(of: raw) != nil { return raw }
            walk.problem(at: map["due"], "'\(raw)' is not a date. Write it as YYYY-MM-DD, like 2027-03-31.")
            return nil
        }
        guard let id, let text, let owner, let audience, let status, let due else { return nil }
        return .init(id: id, text: text, audience: audience, owner: owner, status: status, due: due, update: optionalString(map, "update", in: "a recommendation"),
                     youSaid: optionalString(map, "you_said", in: "a recommendation"))
    }

    // MARK: Scalars and structure

    private mutating func requiredString(_ map: Node.Mapping, _ key: String, in context: String) -> String? {
        walk.requiredText(map, key, in: context)
    }

    private mutating func optionalString(_ map: Node.Mapping, _ key: String, in context: String = "the notes") -> String? {
        walk.optionalText(map, key, in: context)
    }

    /// A text of one or more paragraphs, separated by blank lines.
    private mutating func paragraphs(_ node: Node?, _ key: String) -> [String] {
        guard let node else { return [] }
        guard let text = node.scalar?.string else {
            walk.problem(at: node, "'\(key)' must be text (use `|` for several paragraphs).")
            return []
        }
        return text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// A list of short texts.
    private mutating func list(_ node: Node?, _ key: String) -> [String] {
        sequence(node, key).compactMap { item in
            guard let text = item.scalar?.string.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
                walk.problem(at: item, "each item of '\(key)' must be a non-empty text.")
                return nil
            }
            return text
        }
    }

    private mutating func sequence(_ node: Node?, _ what: String) -> [Node] {
        guard let node else { return [] }
        return walk.sequence(node, "'\(what)'") ?? []
    }
}

/// Everything wrong with a notes file.
public struct LeadNotesError: Error, Sendable, CustomStringConvertible {
    public let problems: [SurveyDefinitionProblem]

    public var description: String {
        SurveyDefinitionProblem.summary(problems, of: "The notes file has", guide: "docs/report-notes.md")
    }
}
