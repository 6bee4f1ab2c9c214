import Foundation
import SurveyKit
import Testing

/// The surveys that ship in `Surveys/`, whose words the translation and plain-English tests read.
enum ShippedSurveys {
    /// `Surveys/` at the top of the repository, found from this file (two folders below it).
    static let folder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Surveys")

    /// A failure to load is recorded with every problem, and gives no surveys.
    static func all() -> [Survey] {
        do {
            return try SurveyLibrary.load(directory: folder).surveys
        } catch {
            Issue.record("The shipped surveys do not load: \(error)")
            return []
        }
    }
}
