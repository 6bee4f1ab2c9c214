import Services
import Foundation
import Forum
import Hummingbird
import Storage

/// A member as moderators see her (`MemberSummary` and her standing), and the member actions:
/// warn, suspend, ban. Each goes through Forum's `MemberStanding.applying(_:now:)`, is stored
/// whole with `setStanding`, and appends one audit entry. Nobody is signed out: a suspended
/// member still reads and reports, a banned one can still delete her account, and the member
/// side checks her standing on every request.
struct MemberModerationController: Sendable {
    let services: ForumServices

    static let suspensionDays = 1...90

    func addRoutes(to group: RouterGroup<ChorusRequestContext>) {
        group.get("members", use: find)
        group.get("members/:pseudonym", use: memberPage)
        group.post("members/:pseudonym/warn", use: warn)
        group.post("members/:pseudonym/suspend", use: suspend)
        group.post("members/:pseudonym/ban", use: ban)
    }

    /// The staff home's "find a member" form.
    @Sendable func find(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        _ = try services.staff(context, may: .readMemberHistory)
        let pseudonym = (request.uri.queryParameters.get("pseudonym") ?? "").trimmingCharacters(in: .whitespaces)
        guard let member = try await services.members.find(pseudonym: pseudonym) else { throw ForumRefusal.notFound }
        return .seeOther(Self.path(member))
    }

    @Sendable func memberPage(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let account = try services.staff(context, may: .readMemberHistory)
        let member = try await load(context)
        return try await page(member, account: account, context: context, errors: [], form: [:], status: .ok)
    }

    func page(_ member: ForumMember, account: StaffAccount, context: ChorusRequestContext,
              errors: [[String: String]], form: [String: String], status: HTTPResponse.Status) async throws -> Response {
        var values: [String: Any] = [
            "member": try await StaffPostViews.summaryView(of: member, services: services),
            "standing": standingWords(member.standing.status(at: services.clock())),
            "mayModerate": StaffPermissions.permits(account, .moderateMembers),
            "minDays": String(Self.suspensionDays.lowerBound), "maxDays": String(Self.suspensionDays.upperBound),
            "errors": errors,
        ]
        for (key, value) in form { values[key] = value }
        return services.staffPage("staff-member", values, account: account, context: context, status: status)
    }

    @Sendable func warn(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let account = try services.staff(context, may: .moderateMembers)
        let member = try await load(context)
        let raw = context.form?.text("message") ?? ""
        guard let message = ModeratorText(raw) else {
            return try await page(member, account: account, context: context,
                                  errors: [["field": "message", "message": StaffPermissions.textProblem(raw, what: "the warning she will see")]],
                                  form: ["warnValue": raw], status: .unprocessableContent)
        }
        return try await act(.warn(message: message), on: member, account: account, context: context)
    }

    @Sendable func suspend(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let account = try services.staff(context, may: .moderateMembers)
        let member = try await load(context)
        let rawDays = context.form?.text("days") ?? "", raw = context.form?.text("reason") ?? ""
        var errors: [[String: String]] = []
        let days = Int(rawDays.trimmingCharacters(in: .whitespaces)).flatMap { Self.suspensionDays.contains($0) ? $0 : nil }
        if days == nil {
            errors.append(["field": "days", "message": "Enter a whole number of days from \(Self.suspensionDays.lowerBound) to \(Self.suspensionDays.upperBound)."])
        }
        let reason = ModeratorText(raw)
        if reason == nil { errors.append(["field": "suspend-reason", "message": StaffPermissions.textProblem(raw, what: "the reason she will see")]) }
        guard let days, let reason else {
            return try await page(member, account: account, context: context, errors: errors,
                                  form: ["daysValue": rawDays, "suspendValue": raw], status: .unprocessableContent)
        }
        let until = services.clock().addingTimeInterval(TimeInterval(days) * 86_400)
        return try await act(.suspend(until: until, reason: reason), on: member, account: account, context: context)
    }

    @Sendable func ban(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let account = try services.staff(context, may: .moderateMembers)
        let member = try await load(context)
        let raw = context.form?.text("reason") ?? ""
        guard let reason = ModeratorText(raw) else {
            return try await page(member, account: account, context: context,
                                  errors: [["field": "ban-reason", "message": StaffPermissions.textProblem(raw, what: "the reason she will see")]],
                                  form: ["banValue": raw], status: .unprocessableContent)
        }
        return try await act(.ban(reason: reason), on: member, account: account, context: context)
    }

    func act(_ action: MemberAction, on member: ForumMember, account: StaffAccount, context: ChorusRequestContext) async throws -> Response {
        switch try await services.moderation.act(action, on: member, by: services.actor(account), at: services.clock()) {
        case .done, .changedMeanwhile:
            return .seeOther(Self.path(member))
        case .refused(let why):
            return services.staffMessage("That cannot be done to this member", why,
                                         back: (Self.path(member), "Back to \(member.pseudonym)"), account: account, context: context, status: .conflict)
        }
    }

    // MARK: - Helpers

    func load(_ context: ChorusRequestContext) async throws -> ForumMember {
        guard let pseudonym = context.parameters.get("pseudonym"), let member = try await services.members.find(pseudonym: pseudonym) else {
            throw ForumRefusal.notFound
        }
        return member
    }

    static func path(_ member: ForumMember) -> String {
        "/staff/members/" + (member.pseudonym.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? member.pseudonym)
    }

    func standingWords(_ status: MemberStanding.Status) -> String {
        switch status {
        case .active: return "In good standing, with no warnings."
        case .warned(let count): return "In good standing, warned \(count) \(count == 1 ? "time" : "times")."
        case .suspended(let until, let reason): return "Suspended until \(auditTime(until)): \u{201C}\(reason.text)\u{201D}"
        case .banned(let reason): return "Banned: \u{201C}\(reason.text)\u{201D}"
        }
    }
}
