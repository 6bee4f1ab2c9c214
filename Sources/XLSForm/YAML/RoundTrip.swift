import SurveyKit

/// Compares the survey the reader made of the YAML with the draft it was written from, so that a
/// quoting mistake in the writer can never change a question without being noticed.
enum RoundTrip {
    static func differences(_ draft: DraftSurvey, _ survey: Survey) -> [String] {
        var found: [String] = []
        func check(_ same: Bool, _ what: @autoclosure () -> String) { if !same { found.append(what()) } }
        func same(_ text: DraftText?, _ read: LocalizedText?) -> Bool {
            text?.byLanguage.mapValues(\.trimmedAsText) == read?.byLanguage
        }
        check(survey.id == draft.id, "the id")
        check(survey.version == draft.version, "the version")
        check(survey.audience.rawValue == draft.audience, "the audience")
        check(same(draft.title, survey.title), "the title")
        check(same(draft.intro, survey.intro), "the intro")
        check(same(draft.consent, survey.consent), "the consent")
        check(same(draft.closing, survey.closing), "the closing")
        check(same(draft.runBy, survey.runBy), "run_by")
        check(survey.pages.count == draft.pages.count, "the number of pages")
        let lists = Dictionary(uniqueKeysWithValues: draft.lists.map { ($0.name, $0.options) })
        for (page, read) in zip(draft.pages, survey.pages) {
            check(same(page.title, read.title), "the title of a page")
            check(page.questions.map(\.id) == read.questions.map(\.id), "the questions of a page")
            for (question, readQuestion) in zip(page.questions, read.questions) {
                let what = "question '\(question.id)'"
                check(same(question.label, readQuestion.label), "the label of \(what)")
                check(same(question.hint, readQuestion.hint), "the hint of \(what)")
                check(question.relevant == readQuestion.relevantSource, "the relevant of \(what)")
                check(question.identifying == readQuestion.identifying, "identifying of \(what)")
                check(question.quotePermission == readQuestion.quotePermission, "quote_permission of \(what)")
                check(!readQuestion.required, "required of \(what)")
                let words = question.type.split(separator: " ").map(String.init)
                let expected: QuestionType? = switch words[0] {
                case "text": .text
                case "integer", "decimal": .number
                case "note": .note
                case "select_one": .singleChoice
                case "select_multiple": .multipleChoice
                case "scale": .scale
                default: nil
                }
                check(readQuestion.type == expected, "the type of \(what)")
                if words[0] == "integer" || words[0] == "decimal" {
                    check(readQuestion.integerOnly == (words[0] == "integer"), "the type of \(what)")
                }
                if let name = question.scaleList ?? (words.count == 2 ? words[1] : nil), let options = lists[name] {
                    check(options.map(\.id) == readQuestion.options.map(\.id), "the options of \(what)")
                    check(zip(options, readQuestion.options).allSatisfy { same($0.label, $1.label) }, "the option labels of \(what)")
                }
            }
        }
        return found
    }
}
