import Foundation
import Forum
import Hummingbird
import Sealing
import Storage
import SurveyKit

/// Joining the forum: an invite code (unless the deployment allows open sign-up), a pseudonym
/// Chorus draws for her, a passphrase, the house rules; then her recovery code, shown once.
/// No email, no phone number, nothing else is asked.
///
/// The steps carry what they need in the form itself (the code, the drawn name), never in a
/// cookie, and a passphrase is never written back into a page.
struct JoinController: ForumPageController {
    var services: ForumServices
    let openSignUp: Bool

    func addRoutes(to group: RouterGroup<ChorusRequestContext>) {
        group.get("join", use: localized(JoinController.start))
        group.post("join", use: localized(JoinController.submit))
    }

    @Sendable func start(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        if context.member != nil { return .seeOther(services.address("/forum")) }
        if openSignUp { return details(invite: nil, pseudonym: Pseudonym.draw().text, errors: [], context: context) }
        return services.page("join", ["invite": ""], context: context)
    }

    @Sendable func submit(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        if context.member != nil { return .seeOther(services.address("/forum")) }
        let form = context.form ?? FormValues(fields: [])
        let catalogue = services.renderer.catalogue
        let typed = form.text("invite")
        var invite: InviteCode?
        if !openSignUp {
            guard let code = InviteCode(typed: typed),
                  try await services.invites.isRedeemable(codeHash: Data(code.storageHash), today: services.today)
            else {
                return services.page("join", ["invite": typed, "error": catalogue[.forumInviteInvalid]],
                                     context: context, status: .unprocessableContent)
            }
            invite = code
        }
        switch form.text("_action") {
        case "join":
            return try await join(form: form, invite: invite, context: context)
        default:
            // "Start" with a code, or "draw another name".
            return details(invite: invite, pseudonym: Pseudonym.draw().text, errors: [], context: context)
        }
    }

    private func join(form: FormValues, invite: InviteCode?, context: ChorusRequestContext) async throws -> Response {
        let catalogue = services.renderer.catalogue
        // The name must be one Chorus could have drawn: she cannot type her own.
        guard let pseudonym = Pseudonym(validating: form.text("pseudonym")) else {
            return details(invite: invite, pseudonym: Pseudonym.draw().text, errors: [("pseudonym", catalogue[.forumPseudonymRedrawn])], context: context)
        }
        let passphrase = form.text("passphrase").precomposedStringWithCanonicalMapping
        var errors: [(field: String, message: String)] = []
        for problem in PassphrasePolicy().problems(passphrase, pseudonym: pseudonym.text) {
            errors.append(("passphrase", services.passphraseMessage(problem)))
        }
        if errors.isEmpty, passphrase != form.text("confirm").precomposedStringWithCanonicalMapping {
            errors.append(("confirm", catalogue[.forumPassphraseMismatch]))
        }
        if !form.has("rules") { errors.append(("rules", catalogue[.forumRulesRequired])) }
        guard errors.isEmpty else {
            return details(invite: invite, pseudonym: pseudonym.text, errors: errors, context: context)
        }
        let member: ForumMember, recovery: RecoveryCode
        switch try await services.membership.join(pseudonym: pseudonym, passphrase: passphrase, invite: invite, today: services.today) {
        case .nameTaken:
            return details(invite: invite, pseudonym: Pseudonym.draw().text, errors: [("pseudonym", catalogue[.forumPseudonymTaken])], context: context)
        case .inviteInvalid:
            return services.page("join", ["invite": "", "error": catalogue[.forumInviteInvalid]], context: context, status: .unprocessableContent)
        case .joined(let joined, let code):
            (member, recovery) = (joined, code)
        }
        services.startSession(.member(member.id), epoch: member.sessionEpoch, context: context)
        // The recovery code is in this response only: it never enters an address or the database.
        var values: [String: Any] = ["pseudonym": member.pseudonym, "recoveryCode": recovery.display]
        values["forumNav"] = ["pseudonym": member.pseudonym]
        return services.page("joined", values, context: context)
    }

    private func details(invite: InviteCode?, pseudonym: String, errors: [(field: String, message: String)], context: ChorusRequestContext) -> Response {
        var values: [String: Any] = [
            "invite": invite?.display ?? "",
            "pseudonym": pseudonym,
            "minimumLength": PassphrasePolicy.minimumLength,
        ]
        if !errors.isEmpty {
            values["errors"] = errors.map { ["field": $0.field, "message": $0.message] }
            for (field, message) in errors { values[field + "Error"] = message }
        }
        return services.page("join-details", values, context: context, status: errors.isEmpty ? .ok : .unprocessableContent)
    }
}

extension ForumServices {
    /// Her passphrase's problem, in words.
    func passphraseMessage(_ problem: PassphraseProblem) -> String {
        let catalogue = renderer.catalogue
        switch problem {
        case .tooShort(let minimum): return catalogue.text(.forumPassphraseTooShort, ["min": String(minimum)])
        case .tooLong(let maximum): return catalogue.text(.forumPassphraseTooLong, ["max": String(maximum)])
        case .tooCommon: return catalogue[.forumPassphraseTooCommon]
        case .containsPseudonym: return catalogue[.forumPassphraseHasName]
        case .repetitive: return catalogue[.forumPassphraseRepetitive]
        }
    }
}
