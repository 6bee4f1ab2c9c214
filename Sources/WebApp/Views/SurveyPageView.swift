import Localisation
import SurveyKit

/// The values the survey template needs for one page: the questions shown, what she has entered so
/// far (to show it again), the errors, and her other pages' answers carried as hidden fields, since
/// there is no cookie and no server-side session to keep them in.
struct SurveyPageView {
    let survey: Survey
    let pageIndex: Int
    /// Every field as sent, by name: shown again on this page, carried as hidden fields for the others.
    let raw: [String: [String]]
    let answers: Answers
    let problems: [String: AnswerProblem]
    let generalError: String?
    let catalogue: Catalogue

    var values: [String: Any] { pageValues.compactMapValues { $0 } }

    /// The first page as a link opens it: nothing answered, nothing wrong.
    static func blankFirstPage(of survey: Survey, catalogue: Catalogue) -> SurveyPageView {
        SurveyPageView(survey: survey, pageIndex: 0, raw: [:], answers: [:], problems: [:], generalError: nil, catalogue: catalogue)
    }

    /// Absent values are left out rather than passed as nil, which Mustache would print as "nil".
    private var pageValues: [String: Any?] {
        let page = survey.pages[pageIndex]
        let language = catalogue.language
        let shown = page.questions.filter { survey.isShown($0, onPage: pageIndex, given: answers) }
        let onThisPage = Set(page.questions.map(\.id)).union(page.questions.map { $0.id + FormAnswers.quoteSuffix })
        let hidden: [[String: String]] = raw.keys.sorted().filter { !onThisPage.contains($0) }.flatMap { name in
            (raw[name] ?? []).map { ["name": name, "value": $0] }
        }
        let errors: [[String: String]] = shown.compactMap { question in
            problems[question.id].map {
                ["anchor": anchor(for: question), "label": question.label.text(in: language), "message": catalogue.message(for: $0)]
            }
        }
        return [
            "title": survey.title.text(in: language),
            "surveyID": survey.id,
            "showIntro": pageIndex == 0,
            "length": survey.pages.count == 1
                ? catalogue.text(.surveyLengthOnePage, ["minutes": String(survey.estimatedMinutes)])
                : catalogue.text(.surveyLength, ["pages": String(survey.pages.count), "minutes": String(survey.estimatedMinutes)]),
            "intro": textBlocks(survey.intro.text(in: language)),
            "runBy": survey.runBy?.text(in: language),
            "consent": survey.consent.map { textBlocks($0.text(in: language)) } ?? [],
            // Short on the page, the whole text one tap away (a native disclosure: no script needed).
            "consentSummary": textBlocks(survey.consentSummary?.text(in: language) ?? catalogue[.consentSummaryDefault]),
            "hasConsent": survey.consent != nil,
            "pageTitle": page.title.text(in: language),
            "pageOf": survey.pages.count > 1
                ? catalogue.text(.pageOf, ["page": String(pageIndex + 1), "pages": String(survey.pages.count)]) : "",
            "pageIndex": pageIndex,
            "isLast": !survey.mayFollow(page: pageIndex, given: answers),
            "hasBack": survey.previousPage(before: pageIndex, given: answers) != nil,
            "hidden": hidden,
            "questions": shown.map { questionValues($0).compactMapValues { $0 } },
            "errors": errors,
            "generalError": generalError,
            "hasErrors": !errors.isEmpty || generalError != nil,
        ]
    }

    /// The element an error-summary link moves focus to: the first input of the question.
    private func anchor(for question: Question) -> String {
        question.type.isChoice ? "\(question.id)-\(question.options.first?.id ?? "")" : question.id
    }

    /// The condition for the page script, only when every question it names is on this page: the
    /// server has already decided conditions on earlier pages, from the answers it kept, whereas the
    /// hidden fields carry what she typed, including answers the server dropped.
    private func samePageCondition(_ question: Question) -> String? {
        guard let relevant = question.relevant else { return nil }
        let onThisPage = Set(survey.pages[pageIndex].questions.map(\.id))
        return relevant.referencedQuestions.allSatisfy(onThisPage.contains) ? relevant.json : nil
    }

    private func questionValues(_ question: Question) -> [String: Any?] {
        let language = catalogue.language
        let sent = raw[question.id] ?? []
        let error = problems[question.id].map(catalogue.message(for:))
        var describedBy: [String] = []
        if question.hint != nil { describedBy.append("hint-\(question.id)") }
        if question.type.isChoice { describedBy.append("how-\(question.id)") }
        if error != nil { describedBy.append("error-\(question.id)") }
        return [
            "id": question.id,
            "label": question.label.text(in: language),
            "hint": question.hint?.text(in: language),
            "paragraphs": textBlocks(question.label.text(in: language)),
            "optional": !question.required,
            "isNote": question.type == .note,
            "isChoice": question.type.isChoice,
            "isText": question.type == .text,
            "isNumber": question.type == .number,
            "how": question.type == .multipleChoice ? catalogue[.chooseAny] : catalogue[.chooseOne],
            "options": question.options.map { option in
                [
                    "id": option.id,
                    "label": option.label.text(in: language),
                    "questionID": question.id,
                    "inputID": "\(question.id)-\(option.id)",
                    "inputType": question.type == .multipleChoice ? "checkbox" : "radio",
                    "checked": sent.contains(option.id),
                ] as [String: Any]
            },
            "value": sent.first ?? "",
            "maxLength": question.maxLength,
            "quotePermission": question.quotePermission,
            "quoteChecked": raw[question.id + FormAnswers.quoteSuffix]?.contains("yes") == true,
            "error": error,
            "describedBy": describedBy.joined(separator: " "),
            "relevantJSON": samePageCondition(question),
        ]
    }
}
