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
        let now = services.clock()
        let attemptKey = "member:" + name.lowercased()
        func refuse(_ message: StringKey) -> Response {
            services.page("sign-in", ["pseudonym": name, "error": catalogue[message], "openSignUp": openSignUp],
                          context: context, status: .unprocessableContent)
        }
        guard await services.activity.mayTrySignIn(attemptKey, now: now) else { return refuse(.forumSignInPaused) }
        let member = try await services.members.find(pseudonym: name)
        let matches = try await services.passphrases.verify(passphrase, against: member?.passphraseHash ?? services.decoyHash)
        guard let member, matches else {
            await services.activity.recordFailedSignIn(attemptKey, now: now)
            return refuse(.forumSignInWrong)
        }
        services.startSession(.member(member.id), epoch: member.sessionEpoch, context: context)
        return .seeOther(services.address("/forum"))
    }

    @Sendable func signOut(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        context.sessions.clearSession()
        return .seeOther(services.address("/forum/sign-in"))
    }
}
