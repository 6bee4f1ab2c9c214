import Foundation
import Forum
import Hummingbird
import Localisation
import Sealing
import Storage
import SurveyKit

/// The forum's front door: what it is, signing in with her pseudonym and passphrase, signing out.
struct MemberSignInController: ForumPageController {
    var services: ForumServices
    let openSignUp: Bool

    func addRoutes(to group: RouterGroup<ChorusRequestContext>) {
        group.get("sign-in", use: localized(MemberSignInController.form))
        group.post("sign-in", use: localized(MemberSignInController.signIn))
        group.post("sign-out", use: localized(MemberSignInController.signOut))
    }

    @Sendable func form(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        if context.member != nil { return .seeOther(services.address("/forum")) }
        return services.page("sign-in", ["openSignUp": openSignUp], context: context)
    }

    @Sendable func signIn(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let form = context.form ?? FormValues(fields: [])
        let catalogue = services.renderer.catalogue
        let name = form.text("pseudonym").trimmingCharacters(in: .whitespaces)
        let passphrase = Array(form.text("passphrase").precomposedStringWithCanonicalMapping.utf8)
        func refuse(_ message: StringKey) -> Response {
            services.page("sign-in", ["pseudonym": name, "error": catalogue[message], "openSignUp": openSignUp],
                          context: context, status: .unprocessableContent)
        }
        switch try await services.membership.signIn(name: name, passphrase: passphrase, now: services.clock()) {
        case .paused:
            return refuse(.forumSignInPaused)
        case .wrong:
            return refuse(.forumSignInWrong)
        case .signedIn(let member):
            services.startSession(.member(member.id), epoch: member.sessionEpoch, context: context)
            return .seeOther(services.address("/forum"))
        }
    }

    @Sendable func signOut(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        context.sessions.clearSession()
        return .seeOther(services.address("/forum/sign-in"))
    }
}
