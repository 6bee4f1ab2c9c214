import Foundation
import Forum
import Hummingbird
import Sealing
import Storage

/// The staff side's front door: name, passphrase and authenticator code in one form; signing
/// out; and the home page, which lists only what the account's role allows.
struct StaffSignInController: Sendable {
    let services: ForumServices

    func addRoutes(to group: RouterGroup<ChorusRequestContext>) {
        group.get("", use: home)
        group.get("sign-in", use: form)
        group.post("sign-in", use: signIn)
        group.post("sign-out", use: signOut)
    }

    static let failure = "That name, passphrase and code do not match an account. Check them and try again."
    static let paused = "Too many attempts for this name. Wait 15 minutes, then try again."

    @Sendable func form(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        if context.staff != nil { return .seeOther("/staff") }
        return services.page("staff-sign-in", [:], context: context)
    }

    @Sendable func signIn(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let form = context.form ?? FormValues(fields: [])
        let name = form.text("name").trimmingCharacters(in: .whitespaces)
        var passphrase = Array(form.text("passphrase").precomposedStringWithCanonicalMapping.utf8)
        defer { Sodium.wipe(&passphrase) }
        let now = services.clock()
        let attemptKey = "staff:" + name.lowercased()
        func refuse(_ message: String) -> Response {
            services.page("staff-sign-in", ["name": name, "error": message], context: context, status: .unprocessableContent)
        }
        guard await services.activity.mayTrySignIn(attemptKey, now: now) else { return refuse(Self.paused) }
        let account = name.isEmpty ? nil : try await services.staff.find(name: name)
        let matches = try await services.passphrases.verify(passphrase, againstAccount: account?.passphraseHash)
        let step = account.flatMap { StaffTOTP.matchingStep(form.text("code"), secret: $0.totpSecret, now: now) }
        guard let account, matches, let step, try await services.staff.acceptTOTP(id: account.id, counter: step) else {
            await services.activity.recordFailedSignIn(attemptKey, now: now)
            return refuse(Self.failure)
        }
        services.startSession(.staff(account.id), epoch: account.sessionEpoch, context: context)
        return .seeOther("/staff")
    }

    @Sendable func signOut(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        context.sessions.clearSession()
        return .seeOther("/staff/sign-in")
    }

    @Sendable func home(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let account = try services.signedInStaff(context)
        var values: [String: Any] = [:]
        if StaffPermissions.permits(account, .readQueue) {
            values["queueCount"] = try await services.posts.reviewQueue().count
        }
        return services.staffPage("staff-home", values, account: account, context: context)
    }
}
