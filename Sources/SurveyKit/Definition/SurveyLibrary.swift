import Foundation

/// The validated surveys of a deployment, read from one folder of YAML files.
///
/// A survey may have several versions in the folder (`version:` raised when its options change):
/// the newest is the survey, served and reported on; the earlier ones are kept so that responses
/// given under them can still be read and carried into the newest (`carryForward`).
public struct SurveyLibrary: Sendable {
    /// The newest version of each survey.
    public let surveys: [Survey]
    /// Earlier versions, kept to read the responses given under them.
    public let earlierVersions: [Survey]

    public init(surveys: [Survey], earlierVersions: [Survey] = []) {
        self.surveys = surveys
        self.earlierVersions = earlierVersions
    }

    /// The newest version of survey `id`.
    public func survey(_ id: String) -> Survey? { surveys.first { $0.id == id } }

    /// Version `version` of survey `id`, newest or earlier.
    public func survey(_ id: String, version: Int) -> Survey? {
        (surveys + earlierVersions).first { $0.id == id && $0.version == version }
    }

    /// The versions of survey `id` in the folder, oldest first.
    public func versions(of id: String) -> [Int] {
        (surveys + earlierVersions).filter { $0.id == id }.map(\.version).sorted()
    }

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
            let key = "\(survey.id) \(survey.version)"
            if let other = firstFile[key] {
                problems.append(.init(
                    file: path, line: reader.idPosition.line, column: reader.idPosition.column,
                    message: "version \(survey.version) of the survey '\(survey.id)' is also in \(other). Each version of a survey needs its own file: raise `version:` in the newer one, and keep the older file beside it."))
                continue
            }
            firstFile[key] = path
            surveys.append(survey)
        }
        if files.isEmpty {
            problems.append(.init(file: directory.path, line: 1, column: 1, message: "there are no survey files (*.yaml) in this folder."))
        }
        guard problems.isEmpty else { throw SurveyDefinitionError(problems) }
        let newest = Dictionary(grouping: surveys, by: \.id).values.compactMap { $0.max { $0.version < $1.version } }
        let newestVersions = Set(newest.map { "\($0.id) \($0.version)" })
        return SurveyLibrary(
            surveys: surveys.filter { newestVersions.contains("\($0.id) \($0.version)") },
            earlierVersions: surveys.filter { !newestVersions.contains("\($0.id) \($0.version)") })
    }
}
