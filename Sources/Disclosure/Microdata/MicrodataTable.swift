import SurveyKit
import TabularText

/// Record-level data as it leaves: a header and one row per kept record.
///
/// Columns follow the survey's questions in order. Single choice and scale give one column of
/// option ids (identifying ones as their group at the chosen level, `*` when removed); multiple
/// choice one 0/1 column per option, named `question.option`; numbers as given. Text questions and
/// notes have no column at all: free text never leaves as microdata. A skipped answer is empty.
public struct MicrodataTable: Sendable, Equatable {
    public let header: [String]
    public let rows: [[String]]

    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    /// The questions that get columns: every question with an answer that is not free text.
    static func releasedQuestions(of survey: Survey) -> [Question] {
        survey.questions.filter { $0.type != .text && $0.type != .note }
    }

    static func header(for survey: Survey) -> [String] {
        releasedQuestions(of: survey).flatMap { question in
            question.type == .multipleChoice ? question.options.map { "\(question.id).\($0.id)" } : [question.id]
        }
    }

    /// One record's row; `identifying` gives the released value of each identifying question.
    static func row(_ answers: Answers, survey: Survey, identifying: [String: String]) -> [String] {
        releasedQuestions(of: survey).flatMap { question -> [String] in
            if let released = identifying[question.id] { return [released] }
            switch (question.type, answers[question.id]) {
            case (.multipleChoice, .options(let ticked)?):
                return question.options.map { ticked.contains($0.id) ? "1" : "0" }
            case (.multipleChoice, _):
                return question.options.map { _ in "" }
            case (.singleChoice, .option(let id)?), (.scale, .option(let id)?):
                return [id]
            case (.number, .number(let value)?):
                return [Self.number(value)]
            default:
                return [""]
            }
        }
    }

    /// A number as she gave it: whole numbers without a decimal point.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// CSV for other tools (no byte-order mark, "\n" line ends), through the one codec. No field
    /// should need quoting or guarding (ids and numbers only), but any that did would be.
    public var csv: String { CSV.document([header] + rows, for: .tool) }
}
