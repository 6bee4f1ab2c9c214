import Foundation
import Forum
import Hummingbird
import Storage

/// What every staff page shares: who is signed in, what her role lets her see, and the English
/// words staff pages use for the forum's coarse times and bands (staff pages are not translated).
extension ForumServices {
    /// The signed-in staff account, whatever its role, or a redirect to sign in.
    func signedInStaff(_ context: ChorusRequestContext) throws(ForumRefusal) -> StaffAccount {
        guard let account = context.staff else { throw .signInFirst(path: "/staff/sign-in") }
        return account
    }

    /// A staff page: `page(_:_:context:status:)` with the account's permissions as flags
    /// (`may.readQueue`...), so a template shows only the links and forms her role allows.
    func staffPage(_ template: String, _ values: [String: Any], account: StaffAccount, context: ChorusRequestContext,
                   status: HTTPResponse.Status = .ok) -> Response {
        var values = values
        values["may"] = StaffPermissions.flags(for: account)
        return page(template, values, context: context, status: status)
    }

    /// The name the audit log gives this account.
    func actor(_ account: StaffAccount) -> StaffName {
        StaffName(account.name) ?? StaffName("staff account \(account.id)")!
    }

    /// A short staff page with a heading, a message and a link back: for refused actions.
    func staffMessage(_ heading: String, _ message: String, back: (href: String, text: String), account: StaffAccount,
                      context: ChorusRequestContext, status: HTTPResponse.Status) -> Response {
        staffPage("message", ["heading": heading, "message": message, "link": ["href": back.href, "text": back.text]],
                  account: account, context: context, status: status)
    }
}

enum StaffPermissions {
    /// Every permission her role gives, by name, for templates.
    static func flags(for account: StaffAccount) -> [String: Bool] {
        guard let role = role(of: account) else { return [:] }
        return Dictionary(uniqueKeysWithValues: role.permissions.map { ($0.rawValue, true) })
    }

    /// The one place a stored staff role becomes Forum's `Role`, whose table every check uses.
    static func role(of account: StaffAccount) -> Role? { Role(rawValue: account.role.rawValue) }

    static func permits(_ account: StaffAccount, _ permission: Permission) -> Bool {
        role(of: account)?.permits(permission) ?? false
    }

    /// Why words a member will see (a reason, a warning) were not accepted.
    static func textProblem(_ raw: String, what: String) -> String {
        raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            ? "Write \(what)."
            : "Keep \(what) to at most \(ModeratorText.maximumLength) characters."
    }
}

extension MembershipBand {
    /// How long she has been a member, in the words the staff pages use.
    var staffWords: String {
        switch self {
        case .underAMonth: return "a member for under a month"
        case .oneToSixMonths: return "a member for 1 to 6 months"
        case .sixToTwelveMonths: return "a member for 6 to 12 months"
        case .overAYear: return "a member for over a year"
        }
    }
}

/// The current time as the audit log stores it: ISO 8601, UTC, whole seconds.

