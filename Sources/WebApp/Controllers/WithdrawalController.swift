import Foundation
import Hummingbird
import Services
import Storage
import SurveyKit

/// Lets a survivor take her answers back with the code from the thank-you page.
struct WithdrawalController: Sendable {
    let intake: ResponseIntake
    let renderer: PageRenderer

    func addRoutes(to router: Router<ChorusRequestContext>) {
        router.get("/withdraw", use: form)
        router.post("/withdraw", use: withdraw)
    }

    @Sendable func form(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        renderer.speaking(request.chosenCatalogue()).page("withdraw", [:])
    }

    @Sendable func withdraw(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        var request = request
        let body = try? await request.collectBody(upTo: 4096)
        let fields = body.flatMap { FormFields.parse(String(buffer: $0)) } ?? []
        let renderer = renderer.speaking(request.chosenCatalogue(fields: fields), offersChoice: false)
        let catalogue = renderer.catalogue
        let typed = fields.last { $0.name == "code" }?.value ?? ""
        guard let code = WithdrawalCode(typed: typed) else {
            return renderer.page("withdraw", ["error": catalogue[.withdrawInvalid], "value": typed], status: .unprocessableContent)
        }
        let outcome: WithdrawalOutcome
        do {
            outcome = try await intake.withdraw(code)
        } catch {
            return renderer.page("withdraw", ["error": catalogue[.errorServer], "value": typed], status: .serviceUnavailable)
        }
        switch outcome {
        case .deleted, .deletedAndRecordedForNextReport:
            return renderer.page("withdraw", ["outcome": catalogue[.withdrawDone], "done": true])
        case .notFound:
            return renderer.page("withdraw", ["error": catalogue[.withdrawNotFound], "value": typed], status: .notFound)
        }
    }
}
