import Foundation
import Hummingbird
import Localisation
import Services
import Storage
import SurveyKit

/// The survivor-facing survey pages: the list, each page in turn, and the sealed submission.
/// No cookie is set and nothing about the request is kept: only the sealed answers and the day.
struct SurveyController: Sendable {
    let library: SurveyLibrary
    /// Seals and stores what she sends (the Services layer); this controller only parses and renders.
    let intake: ResponseIntake
    var renderer: PageRenderer
    let tokens: PageTokens
    /// Each survey's first page and thank-you page, rendered at start.
    let readyPages: ReadyPages

    /// Largest form body accepted: large enough that answers within their questions' limits always
    /// arrive (a character of a three-byte script is nine bytes once form-encoded), so she sees which
    /// answer to shorten instead of a page that has lost them.
    static let maximumBodySize = 1024 * 1024

    func addRoutes(to router: Router<ChorusRequestContext>) {
        router.get("/", use: list)
        router.get("/s/:survey", use: start)
        router.post("/s/:survey", use: submit)
    }

    /// This controller, speaking the language she chose (see `Request.chosenCatalogue`).
    private func speaking(_ catalogue: Catalogue, offersChoice: Bool) -> SurveyController {
        var copy = self
        copy.renderer = renderer.speaking(catalogue, offersChoice: offersChoice)
        return copy
    }

    @Sendable func list(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let renderer = renderer.speaking(request.chosenCatalogue())
        let language = renderer.catalogue.language
        let surveys = library.surveys.map { ["id": $0.id, "title": $0.title.text(in: language)] }
        return renderer.page("home", ["surveys": surveys, "hasSurveys": !surveys.isEmpty])
    }

    @Sendable func start(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let survey = try survey(context)
        let catalogue = request.chosenCatalogue()
        guard let page = readyPages.firstPage(survey: survey.id, language: catalogue.language) else {
            return await speaking(catalogue, offersChoice: true).render(survey, page: 0, raw: [:], answers: [:])
        }
        return renderer.response(html: page.html(filling: await tokens.issue()))
    }

    @Sendable func submit(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let survey = try survey(context)
        let catalogue = renderer.catalogue
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: Self.maximumBodySize)
        } catch {
            return renderer.message(catalogue[.errorSummaryTitle], catalogue[.errorTooLarge], status: .contentTooLarge)
        }
        // Without `_page` the form answers the whole survey at once (ARCHITECTURE.md, "Contracts":
        // a one-page survey submits with one POST, one field per question), so it is checked as the
        // last page.
        guard let fields = FormFields.parse(String(buffer: body)),
              let pageIndex = Self.pageIndex(in: fields, survey: survey)
        else {
            return renderer.message(catalogue[.errorSummaryTitle], catalogue[.errorFormNotOurs], status: .badRequest)
        }
        return await speaking(request.chosenCatalogue(fields: fields), offersChoice: false)
            .answer(survey, fields: fields, pageIndex: pageIndex)
    }

    /// Everything after the form is read, in her language.
    private func answer(_ survey: Survey, fields: [(name: String, value: String)], pageIndex: Int) async -> Response {
        let catalogue = renderer.catalogue
        // A used token means the browser is resending a page already sent: show nothing of it again.
        if let token = fields.last(where: { $0.name == "_token" })?.value, await !tokens.redeem(token) {
            return renderer.page("expired", ["surveyID": survey.id], status: .gone)
        }
        let action = fields.last { $0.name == "_action" }?.value ?? "submit"
        let goingBack = action == "back"
        let form = FormAnswers(fields: fields, survey: survey, requiredThroughPage: goingBack ? -1 : pageIndex)

        if !form.unknownFields.isEmpty {
            return await render(survey, page: pageIndex, raw: form.raw, answers: form.answers, general: catalogue[.errorFormNotOurs], status: .badRequest)
        }
        if goingBack {
            let previous = survey.previousPage(before: pageIndex, given: form.answers) ?? 0
            return await render(survey, page: previous, raw: form.raw, answers: form.answers)
        }
        if action == "review" {
            return await render(survey, page: pageIndex, raw: form.raw, answers: form.answers)
        }
        if !form.problems.isEmpty {
            // Show the first page with a problem: the one she is on, unless a carried answer was tampered with.
            let pageWithProblem = form.problems.keys.compactMap(survey.pageIndex(ofQuestion:)).min() ?? pageIndex
            return await render(survey, page: pageWithProblem, raw: form.raw, answers: form.answers, problems: form.problems, status: .unprocessableContent)
        }
        if let next = survey.nextPage(after: pageIndex, given: form.answers) {
            return await render(survey, page: next, raw: form.raw, answers: form.answers)
        }
        // She pressed "Continue" and her answers on this page turned out to end the survey: ask before
        // sending, rather than send what she thought she would still see.
        if action != "submit", survey.mayFollow(page: pageIndex, given: form.answers) {
            return renderer.page("confirm", [
                "surveyID": survey.id, "pageIndex": pageIndex, "token": await tokens.issue(),
                "hidden": form.raw.keys.sorted().flatMap { name in (form.raw[name] ?? []).map { ["name": name, "value": $0] } },
            ])
        }
        // The end: every page she could have seen must have been seen and be complete (already
        // checked when she sent the last page).
        let lastPage = survey.pages.count - 1
        let complete = pageIndex == lastPage ? form : FormAnswers(fields: fields, survey: survey, requiredThroughPage: lastPage)
        if let missing = complete.problems.keys.compactMap(survey.pageIndex(ofQuestion:)).min() {
            return await render(survey, page: missing, raw: form.raw, answers: form.answers, problems: complete.problems, status: .unprocessableContent)
        }
        do {
            let code = try await intake.take(form, for: survey)
            guard let page = readyPages.thanksPage(survey: survey.id, language: catalogue.language) else {
                return renderer.page("thanks", ReadyPages.thanksValues(survey, language: catalogue.language, code: code.display))
            }
            return renderer.response(html: page.html(filling: code.display))
        } catch StorageError.responseTooLarge {
            // Point at her longest answer, on its own page, rather than at the page she sent from.
            let longest = form.answers.compactMap { id, value -> (String, Int)? in
                if case .text(let text) = value { return (id, text.utf8.count) } else { return nil }
            }.max { $0.1 < $1.1 }?.0
            let page = longest.flatMap(survey.pageIndex(ofQuestion:)) ?? pageIndex
            let problems = longest.map { [$0: AnswerProblem.tooLongInTotal] } ?? [:]
            return await render(survey, page: page, raw: form.raw, answers: form.answers, problems: problems,
                                general: longest == nil ? catalogue[.errorTooLarge] : nil, status: .contentTooLarge)
        } catch {
            // Keep everything she wrote on the page so that nothing is lost if she tries again.
            return await render(survey, page: pageIndex, raw: form.raw, answers: form.answers, general: catalogue[.errorServer], status: .serviceUnavailable)
        }
    }

    private static func pageIndex(in fields: [(name: String, value: String)], survey: Survey) -> Int? {
        guard let field = fields.last(where: { $0.name == "_page" }) else { return survey.pages.count - 1 }
        guard let index = Int(field.value), survey.pages.indices.contains(index) else { return nil }
        return index
    }

    private func survey(_ context: ChorusRequestContext) throws -> Survey {
        guard let id = context.parameters.get("survey"), let survey = library.survey(id) else {
            throw HTTPError(.notFound)
        }
        return survey
    }

    private func render(
        _ survey: Survey, page: Int, raw: [String: [String]], answers: Answers,
        problems: [String: AnswerProblem] = [:], general: String? = nil, status: HTTPResponse.Status = .ok
    ) async -> Response {
        let view = SurveyPageView(
            survey: survey, pageIndex: page, raw: raw, answers: answers,
            problems: problems, generalError: general, catalogue: renderer.catalogue
        )
        var values = view.values
        values["token"] = await tokens.issue()
        return renderer.page("survey", values, status: status)
    }
}
