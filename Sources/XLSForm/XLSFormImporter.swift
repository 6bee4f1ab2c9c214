import Foundation
import SurveyKit

/// A form imported: the YAML to write, the survey it reads back as, and what the author should know.
public struct XLSFormImport: Sendable {
    public let yaml: String
    /// `yaml` as SurveyKit's own reader reads it: the proof that the file will load.
    public let survey: Survey
    public let warnings: [XLSFormProblem]

    /// `ID.yaml`, the name the survey folder expects.
    public var suggestedFileName: String { "\(survey.id).yaml" }
}

/// Imports an XLSForm (.xlsx) into Chorus's survey YAML.
///
/// Every problem is collected, each at its sheet, row and column. The YAML is then read back by
/// SurveyKit's own reader; whatever the reader finds is reported at the cell the line came from,
/// and nothing is returned unless the reader accepts the file and it says what the sheet said.
public enum XLSFormImporter {
    public static func importForm(_ data: Data, fileName: String, limits: XLSXLimits = .standard) throws(XLSFormImportError) -> XLSFormImport {
        var log = ProblemLog(file: fileName)
        let workbook: Workbook
        do {
            workbook = try Workbook.read(data, limits: limits)
        } catch {
            throw XLSFormImportError(problems: [XLSFormProblem(file: fileName, location: .file, message: error.message)])
        }
        guard let surveySheet = workbook.sheet("survey") else {
            let names = workbook.sheets.map { "'\($0.name)'" }.joined(separator: ", ")
            throw XLSFormImportError(problems: [XLSFormProblem(
                file: fileName, location: .file,
                message: "there is no sheet named 'survey' (the sheets are \(names.isEmpty ? "none" : names)). An XLSForm keeps its questions in a sheet named survey, and their options in one named choices.")])
        }
        let settings = workbook.sheet("settings")
        let defaultLanguage = SettingsSheetReader.defaultLanguage(settings)
        var draft = SettingsSheetReader(fileName: fileName).read(settings, into: &log)
        let lists = ChoicesSheetReader(defaultLanguage: defaultLanguage).read(workbook.sheet("choices"), into: &log)
        draft.lists = Array(lists.values)
        draft.pages = SurveySheetReader(table: SheetTable(surveySheet), defaultLanguage: defaultLanguage, lists: lists, surveyTitle: draft.title)
            .read(into: &log)

        let lines = SurveyYAMLWriter.write(draft)
        let foundBefore = !log.problems.isEmpty
        var survey: Survey?
        do {
            survey = try SurveyLibrary.parse(yaml: lines.text, file: "\(draft.id).yaml")
        } catch {
            for problem in error.problems {
                let origin = lines.origin(ofLine: problem.line)
                // After problems of its own, the draft lacks the rows they were in; what the reader says
                // about the whole file then follows from those, so only what it says of a cell is added.
                if foundBefore && origin == nil { continue }
                log.error(origin ?? .file, problem.message)
            }
        }
        guard log.problems.isEmpty, let survey else {
            throw XLSFormImportError(problems: log.problems, warnings: log.warnings)
        }
        let differences = RoundTrip.differences(draft, survey)
        guard differences.isEmpty else {
            throw XLSFormImportError(problems: differences.map {
                XLSFormProblem(file: fileName, location: .file, message: "the YAML written does not read back as the spreadsheet says (\($0)). This is a fault in the importer: please report it, with the form if you can.")
            }, warnings: log.warnings)
        }
        return XLSFormImport(yaml: lines.text, survey: survey, warnings: log.warnings)
    }

    /// Reads the file at `path` and imports it, named in messages by its file name.
    public static func importForm(atPath path: String, limits: XLSXLimits = .standard) throws(XLSFormImportError) -> XLSFormImport {
        let name = URL(fileURLWithPath: path).lastPathComponent
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= limits.fileBytes else {
            throw XLSFormImportError(problems: [XLSFormProblem(file: name, location: .file, message: "the file is \(size / 1_000_000) MB, more than the \(limits.fileBytes / 1_000_000) MB a form could need. Check that this is the right file.")])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw XLSFormImportError(problems: [XLSFormProblem(file: name, location: .file, message: "cannot read the file. Check the path, and that you may read it.")])
        }
        return try importForm(data, fileName: name, limits: limits)
    }
}
