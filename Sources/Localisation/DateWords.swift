import Foundation
import SurveyKit

/// Dates as people write them ("14 March 2025", "March 2025"), in the reader's language (the
/// report and the /findings page alike), from the
/// `YYYY-MM-DD` and `YYYY-MM` the data files keep (read with `UTCDay`). A value that does not read
/// as a date is shown as it is.
public enum DateWords {
    private static func style(_ language: String) -> Date.FormatStyle {
        // Plain "en" formats American style ("March 14, 2025"); the partnerships are British.
        let language = language == "en" ? "en_GB" : language
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        return Date.FormatStyle(date: .omitted, time: .omitted, locale: Locale(identifier: language), calendar: utc, timeZone: utc.timeZone)
    }

    public static func day(_ text: String, language: String) -> String {
        guard let date = UTCDay.midday(of: text) else { return text }
        return date.formatted(style(language).day().month(.wide).year())
    }

    public static func month(_ text: String, language: String) -> String {
        guard let date = UTCDay.midday(of: text + "-15") else { return text }
        return date.formatted(style(language).month(.wide).year())
    }
}
