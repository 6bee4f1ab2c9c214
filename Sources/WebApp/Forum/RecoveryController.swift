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
        let now = services.clock()
        // The same throttle as signing in: a recovery code is a second way to guess.
        let attemptKey = "member:" + name.lowercased()
        func refuse(_ errors: [String]) -> Response {
            services.page("recover", ["pseudonym": name, "errors": errors.map { ["message": $0] }], context: context, status: .unprocessableContent)
        }
        guard await services.activity.mayTrySignIn(attemptKey, now: now) else { return refuse([catalogue[.forumSignInPaused]]) }
        var member: ForumMember?
        if let code = RecoveryCode(typed: form.text("code")) {
            member = try await services.members.find(recoveryHash: Data(code.storageHash))
        }
        guard let member, member.pseudonym.lowercased() == name.lowercased() else {
            await services.activity.recordFailedSignIn(attemptKey, now: now)
            return refuse([catalogue[.forumRecoveryWrong]])
        }
        let passphrase = form.text("passphrase").precomposedStringWithCanonicalMapping
        var problems = PassphrasePolicy().problems(passphrase, pseudonym: member.pseudonym).map(services.passphraseMessage)
        if problems.isEmpty, passphrase != form.text("confirm").precomposedStringWithCanonicalMapping {
            problems.append(catalogue[.forumPassphraseMismatch])
        }
        guard problems.isEmpty else { return refuse(problems) }
        let next = RecoveryCode.generate()
        try await services.members.updatePassphraseHash(id: member.id, to: services.passphrases.hash(Array(passphrase.utf8), strength: services.passphraseStrength))
        try await services.members.updateRecoveryHash(id: member.id, to: Data(next.storageHash))
        let epoch = try await services.members.bumpSessionEpoch(id: member.id)
        services.startSession(.member(member.id), epoch: epoch, context: context)
        return services.page("joined", [
            "pseudonym": member.pseudonym, "recoveryCode": next.display, "recovered": true,
            "forumNav": ["pseudonym": member.pseudonym],
        ], context: context)
    }
}
