import Foundation
import SurveyKit

/// The surveys that ship in `Surveys/`, for the tests that hold them to their promises (what they
/// ask, their translations, their plain English).
public enum ShippedSurveys {
    /// `Surveys/` at the top of the repository, found from this file (two folders below it).
    public static let folder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Surveys")

    /// Every survey in the folder, newest versions; throws with every problem when one does not load.
    public static func load() throws -> [Survey] {
        try SurveyLibrary.load(directory: folder).surveys
    }
}
