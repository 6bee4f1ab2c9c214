import Foundation
import Forum
import Hummingbird
import Storage
import SurveyKit

/// The access checks every forum and staff route makes before it does anything.
extension ForumServices {
    /// The signed-in member, or a redirect to sign in.
    func signedInMember(_ context: ChorusRequestContext) throws(ForumRefusal) -> ForumMember {
        guard let member = context.member else { throw .signInFirst(path: address("/forum/sign-in")) }
        return member
    }

    /// The signed-in member, if her role and her standing allow `permission` now.
    func member(_ context: ChorusRequestContext, may permission: Permission) throws(ForumRefusal) -> ForumMember {
        let member = try signedInMember(context)
        let catalogue = renderer.catalogue
        guard Role.member.permits(permission) else { throw .forbidden(catalogue[.forumNotAllowedBody]) }
        let now = clock()
        guard member.standing.allows(permission, at: now) else {
            throw .forbidden(standingMessage(member.standing.status(at: now)))
        }
        return member
    }

    /// The signed-in staff account, if its role allows `permission`.
    func staff(_ context: ChorusRequestContext, may permission: Permission) throws(ForumRefusal) -> StaffAccount {
        let account = try signedInStaff(context)
        guard StaffPermissions.permits(account, permission) else {
            throw .forbidden(renderer.catalogue[.forumNotAllowedBody])
        }
        return account
    }

    /// What she is told when her standing stops her.
    func standingMessage(_ status: MemberStanding.Status) -> String {
        let catalogue = renderer.catalogue
        switch status {
        case .suspended(let until, let reason):
            return catalogue.text(.forumSuspended, ["until": coarseDay(until), "reason": reason.text])
        case .banned(let reason):
            return catalogue.text(.forumBanned, ["reason": reason.text])
        case .active, .warned:
            return catalogue[.forumNotAllowedBody]
        }
    }

    /// A day, written out ("14 March 2026"): for a suspension's end, not for anybody's activity.
    func coarseDay(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        formatter.locale = Locale(identifier: renderer.catalogue.language)
        formatter.setLocalizedDateFormatFromTemplate("d MMMM yyyy HH:mm")
        return formatter.string(from: date)
    }

    /// "this week", or the month: all a member is ever told about when something was posted.
    func coarseTime(ofDay day: String) -> String {
        coarseTime(ofDay: day, banding: banding())
    }

    func coarseTime(ofDay day: String, banding: CoarseTime.Banding) -> String {
        coarseTime(ofDayNumber: UTCDay.daysSince1970(of: day), banding: banding)
    }

    /// The same for a day given as its number (`UTCDay.daysSince1970`), or nil for a stored day
    /// that does not read as one (it is taken as long ago).
    func coarseTime(ofDayNumber number: Int?, banding: CoarseTime.Banding) -> String {
        let date = number.map(UTCDay.midday(daysSince1970:)) ?? .distantPast
        if banding.isThisWeek(date) { return renderer.catalogue[.forumThisWeek] }
        // Before this week a day's band is its month, whenever it is asked.
        return wording.monthWords.words(ofDay: number ?? .min) { words(for: banding.band(of: date)) }
    }

    /// How days are banded now, for a page that bands many.
    func banding() -> CoarseTime.Banding { keptBanding.banding(at: clock()) }

    /// A coarse time in words ("this week", "March 2026"), for members and staff alike.
    func words(for time: CoarseTime) -> String {
        switch time {
        case .thisWeek:
            return renderer.catalogue[.forumThisWeek]
        case .month(let year, let month):
            return wording.monthWords.words(year: year, month: month.rawValue)
        }
    }

    /// A forum page: the template inside the layout, with the member's name, the sign-out form
    /// and the CSRF token every form on the page carries.
    func page(_ template: String, _ values: [String: Any], context: ChorusRequestContext, status: HTTPResponse.Status = .ok) -> Response {
        var values = values
        if let session = context.sessions.session { values["csrf"] = session.csrfToken }
        values["bodyHint"] = wording.bodyHint
        values["passphraseHint"] = wording.passphraseHint
        values["hasErrors"] = !((values["errors"] as? [Any])?.isEmpty ?? true)
        values["hasPassphraseErrors"] = !((values["passphraseErrors"] as? [Any])?.isEmpty ?? true)
        if let member = context.member {
            values["forumNav"] = ["pseudonym": member.pseudonym]
        } else if let staff = context.staff {
            values["staffNav"] = ["name": staff.name, "role": staff.role.rawValue]
        }
        return renderer.page(template, values, status: status)
    }

    /// Starts a session for an account that has just proved who it is. Any session the browser
    /// already had is replaced (a new id), so an id planted before sign-in is worth nothing.
    func startSession(_ account: ChorusSession.Account, epoch: Int, context: ChorusRequestContext) {
        context.sessions.createSession(
            ChorusSession(account: account, epoch: epoch, lifetime: sessionLifetime, now: clock()),
            expiresIn: idleTimeout)
    }
}
