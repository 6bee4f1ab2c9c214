/// What a microdata release gave up to be k-anonymous: the level each identifying question was
/// released at, the records left out, and the information lost. The release ledger records it.
public struct MicrodataSummary: Sendable, Equatable, Codable {
    /// How one identifying question was released.
    public struct QuestionLevel: Sendable, Equatable, Codable {
        public let question: String
        /// 0 is as asked; `anyLevel` means the answer was removed.
        public let level: Int
        public let anyLevel: Int
        /// "as asked", the level's label from the survey, or "any (removed)".
        public let levelName: String
        /// This question's share of detail lost over all records (suppressed ones lose all), 0...1.
        public let loss: Double

        public init(question: String, level: Int, anyLevel: Int, levelName: String, loss: Double) {
            self.question = question
            self.level = level
            self.anyLevel = anyLevel
            self.levelName = levelName
            self.loss = loss
        }
    }

    public let survey: String
    public let surveyVersion: Int
    public let k: Int
    /// Records that opened and fit the survey.
    public let records: Int
    public let recordsKept: Int
    public let recordsSuppressed: Int
    /// The most records that could have been suppressed.
    public let suppressionBudget: Int
    public let levels: [QuestionLevel]
    /// The mean of the questions' losses (the loss metric, 0 nothing lost, 1 everything), or the
    /// share suppressed when the survey has no identifying question.
    public let loss: Double
    /// How many minimal generalisations met k within the budget; the one losing least was chosen.
    public let candidates: Int
    /// The smallest group of records sharing their identifying answers, or nil when none is kept.
    public let smallestGroup: Int?

    public init(
        survey: String, surveyVersion: Int, k: Int, records: Int, recordsKept: Int, recordsSuppressed: Int,
        suppressionBudget: Int, levels: [QuestionLevel], loss: Double, candidates: Int, smallestGroup: Int?
    ) {
        self.survey = survey
        self.surveyVersion = surveyVersion
        self.k = k
        self.records = records
        self.recordsKept = recordsKept
        self.recordsSuppressed = recordsSuppressed
        self.suppressionBudget = suppressionBudget
        self.levels = levels
        self.loss = loss
        self.candidates = candidates
        self.smallestGroup = smallestGroup
    }

    /// The information lost, in plain English, for the file beside the data and the screen. It
    /// holds totals only, never a count for a group.
    public var text: String {
        var lines = [
            "Microdata of survey '\(survey)' (version \(surveyVersion)), k-anonymous with k = \(k)",
            "",
            "In the data, every combination of identifying answers is shared by at least \(k) records.",
            "Identifying questions, and the level each is released at:",
        ]
        if levels.isEmpty { lines.append("  (none: the survey has no identifying questions)") }
        for level in levels {
            let step = level.level == 0 ? "level 0" : "level \(level.level) of \(level.anyLevel)"
            lines.append("  \(level.question): \(level.levelName) (\(step); \(Self.percent(level.loss)) of its detail lost)")
        }
        lines += [
            "",
            "Records: \(records) read, \(recordsKept) kept, \(recordsSuppressed) suppressed (the limit was \(suppressionBudget)).",
            "Suppressed records are left out whole; they are the rarest combinations of answers, so check who they leave out.",
            "Information lost: \(Self.percent(loss)) (loss metric: a value merged with others loses (values merged - 1) / (all values - 1) of its detail, a removed or suppressed one all of it, averaged over questions and records).",
            "Chosen as the least loss among \(candidates) minimal generalisations that meet k within the limit.",
            "Left out entirely: free text, notes, response ids and days. Rows are in random order.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    static func percent(_ share: Double) -> String {
        let tenths = (share * 1000).rounded() / 10
        return "\(tenths.plainDecimal)%"
    }
}

private extension Double {
    /// "12.5", or "12" for a whole number, without Foundation.
    var plainDecimal: String {
        self == rounded() ? String(Int(self)) : String(self)
    }
}
