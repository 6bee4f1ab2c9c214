import Foundation
import Forum
import Hummingbird
import Sealing
import Storage
import SurveyKit

/// "I forgot my passphrase": her forum name and the recovery code she was shown when she joined
/// let her choose a new passphrase. Every session of hers ends, and a new recovery code is shown
/// once (the old one is spent).
struct RecoveryController: ForumPageController {
    var services: ForumServices

    func addRoutes(to group: RouterGroup<ChorusRequestContext>) {
        group.get("recover", use: localized(RecoveryController.form))
        group.post("recover", use: localized(RecoveryController.recover))
    }

    @Sendable func form(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        services.page("recover", [:], context: context)
    }

    @Sendable func recover(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let form = context.form ?? FormValues(fields: [])
        let catalogue = services.renderer.catalogue
        let name = form.text("pseudonym").trimmingCharacters(in: .whitespaces)
        func refuse(_ errors: [String]) -> Response {
            services.page("recover", ["pseudonym": name, "errors": errors.map { ["message": $0] }], context: context, status: .unprocessableContent)
        }
        // The same throttle as signing in: a recovery code is a second way to guess.
        let member: ForumMember
        switch try await services.membership.checkRecovery(name: name, code: RecoveryCode(typed: form.text("code")), now: services.clock()) {
        case .paused: return refuse([catalogue[.forumSignInPaused]])
        case .wrong: return refuse([catalogue[.forumRecoveryWrong]])
        case .found(let found): member = found
        }
        let passphrase = form.text("passphrase").precomposedStringWithCanonicalMapping
        var problems = PassphrasePolicy().problems(passphrase, pseudonym: member.pseudonym).map(services.passphraseMessage)
        if problems.isEmpty, passphrase != form.text("confirm").precomposedStringWithCanonicalMapping {
            problems.append(catalogue[.forumPassphraseMismatch])
        }
        guard problems.isEmpty else { return refuse(problems) }
        let (next, epoch) = try await services.membership.recover(member, passphrase: passphrase)
        services.startSession(.member(member.id), epoch: epoch, context: context)
        return services.page("joined", [
            "pseudonym": member.pseudonym, "recoveryCode": next.display, "recovered": true,
            "forumNav": ["pseudonym": member.pseudonym],
        ], context: context)
    }
}
