import PublicFindingsFormat
import Forum
import Foundation
import ResponseBundle
import SurveyKit
import Themes
import XLSForm

/// The readers of files and text that come from outside the program, each fed arbitrary bytes.
/// A thrown error is the reader doing its job; a trap, a hang or a runaway allocation is a bug.
enum FuzzTarget: String, CaseIterable, Sendable {
    /// A survey definition (`Surveys/*.yaml`), read in full: structure, relevance, translations.
    case surveyYAML = "survey-yaml"
    /// A skip-logic condition (`relevant:`), parsed.
    case relevance
    /// A public findings file, as the server reads every upload and every page it serves.
    case findingsJSON = "findings-json"
    /// A reviewed coding sheet (CSV), against the shipped theme taxonomy.
    case codingSheet = "coding-sheet"
    /// One bundle line and, when it carries one, its opened box's JSON against the shipped surveys.
    case bundle
    /// The theme taxonomy (`themes.yaml`).
    case themesYAML = "themes-yaml"
    /// The forum's configuration (`forum.yaml`).
    case forumYAML = "forum-yaml"
    /// An XLSForm spreadsheet (.xlsx) imported: the zip, its XML parts, the sheets, the YAML read back.
    case xlsform

    /// Runs the reader on `bytes`, ignoring what it throws.
    func run(_ bytes: [UInt8], context: FuzzContext) {
        let text = String(decoding: bytes, as: UTF8.self)
        switch self {
        case .surveyYAML:
            _ = try? SurveyLibrary.parse(yaml: text, file: "fuzz.yaml")
        case .relevance:
            _ = try? RelevanceParser.parse(text)
        case .findingsJSON:
            _ = try? PublicFindingsValidator.read(Data(bytes))
        case .codingSheet:
            _ = try? CodingSheet.parse(text, file: "fuzz.csv", taxonomy: context.taxonomy)
        case .bundle:
            // The first line is a bundle line; the rest stands for what its box opened to.
            let parts = bytes.split(separator: 0x0A, maxSplits: 1, omittingEmptySubsequences: false)
            _ = try? BundleLine.decode(Substring(String(decoding: parts[0], as: UTF8.self)))
            if parts.count > 1 { _ = try? ResponseDocument.decode(Array(parts[1]), library: context.library) }
        case .themesYAML:
            _ = try? ThemeTaxonomy.parse(yaml: text, file: "fuzz.yaml")
        case .forumYAML:
            _ = try? ForumConfigurationReader.parse(yaml: text, file: "fuzz.yaml")
        case .xlsform:
            _ = try? XLSFormImporter.importForm(Data(bytes), fileName: "fuzz.xlsx")
        }
    }
}

/// What some readers check against: the shipped surveys and theme taxonomy, read once.
struct FuzzContext: Sendable {
    let library: SurveyLibrary
    let taxonomy: ThemeTaxonomy

    /// Reads `Surveys/` (or `CHORUS_FUZZ_SURVEYS`) from the working folder. Stops the program with
    /// a message when it cannot: every run needs them.
    static func load() -> FuzzContext {
        let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["CHORUS_FUZZ_SURVEYS"] ?? "Surveys")
        do {
            return FuzzContext(library: try SurveyLibrary.load(directory: folder),
                               taxonomy: try ThemeTaxonomy.load(file: folder.appendingPathComponent("themes.yaml")))
        } catch {
            FileHandle.standardError.write(Data("chorus-fuzz: cannot read the shipped surveys in \(folder.path): \(error)\nRun it from the package root, or set CHORUS_FUZZ_SURVEYS.\n".utf8))
            exit(2)
        }
    }
}
