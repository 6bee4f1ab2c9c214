import Foundation
import Forum
import Hummingbird
import Sealing
import Storage
import SurveyKit

/// Her control over her account: sign out everywhere, change her passphrase, delete her account
/// (every post and session at once; replies to her posts stay under "removed by its author").
/// None of these is taken away by a suspension or a ban.
struct AccountController: ForumPageController {
    var services: ForumServices

    func addRoutes(to group: RouterGroup<ChorusRequestContext>) {
        group.get("account", use: localized(AccountController.page))
        group.post("account/sign-out-everywhere", use: localized(AccountController.signOutEverywhere))
        group.post("account/passphrase", use: localized(AccountController.changePassphrase))
        group.post("account/delete", use: localized(AccountController.deleteAccount))
        group.post("account/pseudonym", use: localized(AccountController.changePseudonym))
    }

    @Sendable func page(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let member = try services.signedInMember(context)
        return try await accountPage(member: member, values: [:], context: context, status: .ok)
    }

    private func accountPage(member: ForumMember, values: [String: Any], context: ChorusRequestContext, status: HTTPResponse.Status) async throws -> Response {
        var values = values
        values["pseudonym"] = member.pseudonym
        // Until she has written anything, she may take another drawn name (never one she types).
        if try await services.posts.postIDs(authorID: member.id).isEmpty {
            values["candidate"] = Pseudonym.draw().text
        }
        values["minimumLength"] = PassphrasePolicy.minimumLength
        switch member.standing.status(at: services.clock()) {
        case .active: break
        case .warned(let count): values["standing"] = services.renderer.catalogue.text(.forumWarned, ["count": String(count)])
        case let restricted: values["standing"] = services.standingMessage(restricted)
        }
        return services.page("forum-account", values, context: context, status: status)
    }

    @Sendable func signOutEverywhere(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let member = try services.signedInMember(context)
        _ = try await services.membership.signOutEverywhere(member)
        context.sessions.clearSession()
        return .seeOther(services.address("/forum/sign-in"))
    }

    @Sendable func changePassphrase(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let member = try services.signedInMember(context)
        let form = context.form ?? FormValues(fields: [])
        let catalogue = services.renderer.catalogue
        let current = Array(form.text("current").precomposedStringWithCanonicalMapping.utf8)
        let new = form.text("passphrase").precomposedStringWithCanonicalMapping
        var errors: [String] = []
        if try await !services.membership.isHers(current, member: member) {
            errors.append(catalogue[.forumCurrentPassphraseWrong])
        } else {
            errors = PassphrasePolicy().problems(new, pseudonym: member.pseudonym).map(services.passphraseMessage)
            if errors.isEmpty, new != form.text("confirm").precomposedStringWithCanonicalMapping {
                errors.append(catalogue[.forumPassphraseMismatch])
            }
        }
        guard errors.isEmpty else {
            return try await accountPage(member: member, values: ["passphraseErrors": errors.map { ["message": $0] }],
                               context: context, status: .unprocessableContent)
        }
        // Anybody else signed in as her (with the old passphrase) is signed out; she stays in.
        let epoch = try await services.membership.changePassphrase(of: member, to: new)
        services.startSession(.member(member.id), epoch: epoch, context: context)
        return try await accountPage(member: member, values: ["done": catalogue[.forumPassphraseChanged]], context: context, status: .ok)
    }

    @Sendable func changePseudonym(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let member = try services.signedInMember(context)
        let catalogue = services.renderer.catalogue
        func redraw() async throws -> Response {
            try await accountPage(member: member, values: ["pseudonymError": catalogue[.forumPseudonymRedrawn]], context: context, status: .unprocessableContent)
        }
        guard let candidate = Pseudonym(validating: (context.form ?? FormValues(fields: [])).text("pseudonym")) else { return try await redraw() }
        switch try await services.membership.rename(member, to: candidate) {
        case .redraw:
            return try await redraw()
        case .taken:
            return try await accountPage(member: member, values: ["pseudonymError": catalogue[.forumPseudonymTaken]], context: context, status: .unprocessableContent)
        case .alreadyPosted:
            return try await accountPage(member: member, values: ["pseudonymError": catalogue[.forumPseudonymFixed]], context: context, status: .conflict)
        case .renamed:
            break
        }
        var context = context
        context.member?.pseudonym = candidate.text
        return try await accountPage(member: context.member ?? member, values: ["done": catalogue.text(.forumPseudonymChanged, ["name": candidate.text])],
                                     context: context, status: .ok)
    }

    @Sendable func deleteAccount(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let member = try services.signedInMember(context)
        let form = context.form ?? FormValues(fields: [])
        let catalogue = services.renderer.catalogue
        let passphrase = Array(form.text("passphrase").precomposedStringWithCanonicalMapping.utf8)
        guard form.has("confirm"), try await services.membership.isHers(passphrase, member: member) else {
            return try await accountPage(member: member, values: ["deleteError": catalogue[.forumDeleteNotConfirmed]],
                               context: context, status: .unprocessableContent)
        }
        try await services.membership.deleteAccount(member)
        context.sessions.clearSession()
        var context = context
        context.member = nil
        return services.page("message", ["heading": catalogue[.forumDeletedHeading], "message": catalogue[.forumDeletedBody]], context: context)
    }
}
