import Foundation
import SurveyKit

/// The public findings format, version 2 (docs/findings-format.md): what `chorus-analyst report`
/// writes as `findings-public.json` and what the server shows at /findings. A contract between the
/// offline tool and the server, so it changes only with a version bump.
///
/// It carries only aggregated, already protected tables and the lead's own words: never a record,
/// never a reason why a number is hidden (saying "fewer than k" would narrow a hidden number).
///
/// Writing: `PublicFindingsJSON.encodeValidated(_:)`, which refuses to produce a file the server
/// would refuse. Reading: `PublicFindingsValidator.read(_:)`, which trusts nothing; decoding with
/// `JSONDecoder` runs the same checks.
public struct PublicFindings: Sendable, Equatable {
    /// The value of the `format` key.
    public static let format = "chorus-public-findings"
    /// The value of the `version` key this code writes.
    public static let version = 2
    /// Versions this code reads: a version 1 file (every audience in one report) is still shown,
    /// so findings published before an upgrade stay up.
    public static let readableVersions = [1, 2]

    /// The threshold every count was protected with: no count from 1 to k−1 is published. At least 3.
    public var k: Int
    /// The base counts were rounded to (every count a multiple of it), or nil when not rounded.
    public var rounding: Int?
    public var title: String
    /// Who publishes: the partnership's name as survivors know them.
    public var partnership: String
    /// The month of publication: never a day, so the page does not date a round to the day.
    public var published: Month
    /// The months of the responses counted.
    public var period: Period
    /// Paragraphs, in the lead's words.
    public var summary: [String]
    public var method: [String]
    public var limitations: [String]
    /// One report per audience (survivors, professionals...), never mixed: each with its own count
    /// of who took part, its own tables, key points, quotes and recommendations.
    public var reports: [Report]
    /// Language code → English text → the same in that language, for the words that come from
    /// the surveys (questions, answers, page titles), so /findings reads in Welsh or Urdu where
    /// the survey has the words. The lead's own words stay as she wrote them.
    public var translations: [String: [String: String]]

    public init(
        k: Int, rounding: Int?, title: String, partnership: String, published: Month, period: Period,
        summary: [String], method: [String], limitations: [String], reports: [Report], translations: [String: [String: String]] = [:]
    ) {
        self.k = k
        self.rounding = rounding
        self.title = title
        self.partnership = partnership
        self.published = published
        self.period = period
        self.summary = summary
        self.method = method
        self.limitations = limitations
        self.reports = reports
        self.translations = translations
    }

    /// What one audience told us.
    public struct Report: Sendable, Equatable {
        /// Whose answers these are; nil only in a version 1 file, which did not say.
        public var who: SurveyKit.Audience?
        /// How many people took part, or nil when not shown.
        public var respondents: Int?
        /// Who took part, by group (age band, ethnic group...), protected like any table.
        public var coverage: [Table]
        public var sections: [Section]
        /// What they told us, in the lead's words.
        public var keyPoints: [String]
        /// Already redacted words, each only with the question it answered: never beside group detail.
        public var quotes: [Quote]
        /// What will change, who owns it, and what has been done so far ("you said, we did").
        public var recommendations: [Recommendation]

        public init(
            who: SurveyKit.Audience?, respondents: Int?, coverage: [Table], sections: [Section], keyPoints: [String],
            quotes: [Quote], recommendations: [Recommendation]
        ) {
            self.who = who
            self.respondents = respondents
            self.coverage = coverage
            self.sections = sections
            self.keyPoints = keyPoints
            self.quotes = quotes
            self.recommendations = recommendations
        }
    }

    /// A heading and the tables under it (one agency, say).
    public struct Section: Sendable, Equatable {
        public var heading: String
        public var tables: [Table]

        public init(heading: String, tables: [Table]) {
            self.heading = heading
            self.tables = tables
        }
    }

    /// A quote, already redacted, with the question it answered and nothing else.
    public struct Quote: Sendable, Equatable {
        public var question: String
        public var text: String

        public init(question: String, text: String) {
            self.question = question
            self.text = text
        }
    }

    /// The months of the responses counted, `from` up to and including `to`.
    public struct Period: Sendable, Equatable {
        public var from: Month
        public var to: Month

        public init(from: Month, to: Month) {
            self.from = from
            self.to = to
        }
    }
}
