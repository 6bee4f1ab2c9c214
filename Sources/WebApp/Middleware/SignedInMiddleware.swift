import Foundation
import Hummingbird
import HummingbirdAuth
import Storage

/// Turns a session into a signed-in member (on the forum's routes) or staff account (on the
/// staff routes), or drops it. A session is dropped when it is for the other kind of account,
/// its account is gone, its epoch is older than the account's ("log out everywhere"), or its
/// absolute end has passed. While it is in use, its idle timeout is pushed back.
struct SignedInMiddleware: RouterMiddleware {
    typealias Context = ChorusRequestContext

    enum Kind { case member, staff }

    let kind: Kind
    let services: ForumServices

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let session = context.sessions.session else { return try await next(request, context) }
        var context = context
        let now = services.clock()
        switch (kind, session.account) {
        case (.member, .member(let id)):
            if !session.hasEnded(at: now), let member = try await member(id, readWith: session), member.sessionEpoch == session.epoch {
                context.member = member
            }
        case (.staff, .staff(let id)):
            if !session.hasEnded(at: now), let account = try await staff(id, readWith: session), account.sessionEpoch == session.epoch {
                context.staff = account
            }
        default:
            break
        }
        if context.member == nil, context.staff == nil {
            context.sessions.clearSession()
        } else {
            let idle = services.idleTimeout
            // Written back only when half the idle time has gone, so the row is not rewritten on every page.
            context.sessions.withLockedSession { data in
                if let left = data?.expiresIn, left < idle / 2 { data?.expiresIn = idle }
            }
        }
        return try await next(request, context)
    }

    /// The member as read with the session's row on this request, or read now.
    private func member(_ id: Int64, readWith session: ChorusSession) async throws -> ForumMember? {
        if case .member(let member)? = session.owner, member.id == id { return member }
        return try await services.members.member(id: id)
    }

    private func staff(_ id: Int64, readWith session: ChorusSession) async throws -> StaffAccount? {
        if case .staff(let account)? = session.owner, account.id == id { return account }
        return try await services.staff.account(id: id)
    }
}
