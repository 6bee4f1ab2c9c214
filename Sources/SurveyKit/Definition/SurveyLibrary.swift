import Foundation

/// The validated surveys of a deployment, read from one folder of YAML files.
public struct SurveyLibrary: Sendable {
    public let surveys: [Survey]

    public init(surveys: [Survey]) { self.surveys = surveys }

    public func survey(_ id: String) -> Survey? { surveys.first { $0.id == id } }

    /// Reads one survey from YAML text; `file` names it in messages.
    public static func parse(yaml: String, file: String) throws(SurveyDefinitionError) -> Survey {
        var reader = SurveyFileReader(file: file)
        guard let survey = reader.read(yaml: yaml), reader.problems.isEmpty else {
            throw SurveyDefinitionError(reader.problems)
        }
        return survey
    }

    /// Reads every `*.yaml` survey file in `directory` (not `themes.yaml`, not files starting with `_`).
    /// Throws with every problem in every file, so nothing starts on a half-valid set.
    public static func load(directory: URL) throws(SurveyDefinitionError) -> SurveyLibrary {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw SurveyDefinitionError([SurveyDefinitionProblem(
                file: directory.path, line: 1, column: 1,
                message: "cannot read the surveys folder. Check that it exists and can be read.")])
        }
        let files = names.filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix("_") && !$0.hasPrefix("themes.") }.sorted()
        var surveys: [Survey] = []
        var problems: [SurveyDefinitionProblem] = []
        var firstFile: [String: String] = [:]
        for name in files {
            let path = directory.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path), let yaml = String(data: data, encoding: .utf8) else {
                problems.append(.init(file: path, line: 1, column: 1, message: "cannot read this file as UTF-8 text."))
                continue
            }
            var reader = SurveyFileReader(file: path)
            guard let survey = reader.read(yaml: yaml), reader.problems.isEmpty else {
                problems += reader.problems
                continue
            }
            if let other = firstFile[survey.id] {
                problems.append(.init(
                    file: path, line: reader.idPosition.line, column: reader.idPosition.column,
                    message: "the survey id '\(survey.id)' is also used by \(other). Each survey needs its own id."))
                continue
            }
            firstFile[survey.id] = path
            surveys.append(survey)
        }
        if files.isEmpty {
            problems.append(.init(file: directory.path, line: 1, column: 1, message: "there are no survey files (*.yaml) in this folder."))
        }
        guard problems.isEmpty else { throw SurveyDefinitionError(problems) }
        return SurveyLibrary(surveys: surveys)
    }
}
