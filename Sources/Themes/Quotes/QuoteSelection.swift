import Foundation
import SurveyKit

/// Chooses the quotes a report may print (issue 4, item 4). A row of the coding sheet becomes a
/// quote only when all of these hold:
/// 1. the lead wrote yes in `approve_quote`;
/// 2. her sealed answer allows quoting that question (`ResponseDocument.quoteAllowed`); the
///    sheet's `quote_allowed` column is never trusted, as anyone with the file could change it;
/// 3. at least k people in the bundle answered that question;
/// 4. an `edited_quote`, if the lead wrote one, is made of her words (`EditedQuote`).
/// The text printed is her *sealed* answer (or the lead's edit of it) passed through the
/// `Redactor`: never the sheet's `text`, which a spreadsheet or a slip of the hand could change.
///
/// Add every opened response with `add`, then call `result()`. Memory is bounded by the sheet.
public struct QuoteSelection: Sendable {
    public let sheet: CodingSheet
    public let redactor: Redactor
    public let k: Int
    private var answered: [QuestionKey: Int] = [:]
    /// Approved rows matched to a response: her sealed answer and whether she allowed quoting.
    private var found: [AnswerID: (answer: String, allowed: Bool)] = [:]
    private let approved: Set<AnswerID>

    private struct QuestionKey: Hashable, Sendable {
        let survey: String
        let question: String
    }

    /// - Parameter k: the report's threshold (`DisclosureControl.k`).
    public init(sheet: CodingSheet, redactor: Redactor, k: Int) {
        self.sheet = sheet
        self.redactor = redactor
        self.k = k
        approved = Set(sheet.rows.filter(\.approveQuote).map(\.answerID))
    }

    /// Adds one opened response; `key` is its opaque response key.
    public mutating func add(key: String, survey: Survey, document: ResponseDocument) {
        for question in survey.questions where question.type == .text {
            guard case .text(let answer) = document.answers[question.id],
                  !answer.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { continue }
            answered[QuestionKey(survey: survey.id, question: question.id), default: 0] += 1
            let id = AnswerID(response: key, survey: survey.id, question: question.id)
            if approved.contains(id) { found[id] = (answer, document.quoteAllowed.contains(question.id)) }
        }
    }

    public func result() -> QuoteSelectionResult {
        var quotes: [ApprovedQuote] = []
        var leftOut: [QuoteExclusion: Int] = [:]
        for row in sheet.rows {
            let reason: QuoteExclusion?
            var text = ""
            if !row.approveQuote {
                reason = .notApproved
            } else if let (answer, allowed) = found[row.answerID] {
                if !allowed {
                    reason = .notAllowedByHer
                } else if answered[QuestionKey(survey: row.survey, question: row.question), default: 0] < k {
                    reason = .tooFewAnswered
                } else if !row.editedQuote.isEmpty, !EditedQuote.isHerWords(row.editedQuote, original: answer) {
                    reason = .editNotHerWords
                } else {
                    text = redactor.redact(row.editedQuote.isEmpty ? answer : row.editedQuote)
                        .trimmingCharacters(in: .whitespacesAndNewlines)
                    reason = Self.hasWords(text) ? nil : .emptyAfterRedaction
                }
            } else {
                reason = .notInBundle
            }
            if let reason {
                leftOut[reason, default: 0] += 1
            } else {
                quotes.append(ApprovedQuote(survey: row.survey, question: row.question, text: text))
            }
        }
        quotes.sort { ($0.survey, $0.question, $0.text) < ($1.survey, $1.question, $1.text) }
        return QuoteSelectionResult(quotes: quotes, leftOut: leftOut)
    }

    /// Some word of hers besides placeholders.
    private static func hasWords(_ text: String) -> Bool {
        var rest = text
        for kind in RedactionKind.allCases { rest = rest.replacingOccurrences(of: kind.placeholder, with: " ") }
        return rest.contains { $0.isLetter }
    }
}
