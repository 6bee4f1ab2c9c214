import Foundation
import ResponseBundle
import SurveyKit

/// The ids of responses withdrawn after an earlier export, which every output leaves out.
public enum WithdrawnIDs {
    /// Reads `file`, or else `BUNDLE.withdrawn` beside the bundle when the export wrote one.
    /// A file named on purpose must exist; the default may be absent (nothing was withdrawn).
    public static func read(file: URL?, bundle: URL) throws(AnalysisFailure) -> Set<String> {
        let url = file ?? BundleLine.withdrawnFile(forBundle: bundle)
        guard FileManager.default.fileExists(atPath: url.path) else {
            if file != nil { throw AnalysisFailure("Cannot find the withdrawn-ids file \(url.path).") }
            return []
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw AnalysisFailure("Cannot read the withdrawn-ids file \(url.path).")
        }
        return Set(String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }
}
