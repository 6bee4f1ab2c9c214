import Foundation
import SurveyKit

/// The survey definitions a bundle was collected with: every version of every survey in a folder.
public enum SurveyFolder {
    public static func load(_ folder: URL) throws(AnalysisFailure) -> SurveyLibrary {
        do { return try SurveyLibrary.load(directory: folder) } catch { throw AnalysisFailure(error.description) }
    }
}
