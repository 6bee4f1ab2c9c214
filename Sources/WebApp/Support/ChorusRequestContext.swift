import Hummingbird
import HummingbirdAuth
import Storage

/// The request context of every route. Only the forum and staff groups load a session into it
/// (their `SessionMiddleware`s); survey pages never see a cookie, set one, or read `sessions`.
public struct ChorusRequestContext: RequestContext, SessionRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let sessions: SessionContext<ChorusSession>
    /// The signed-in member, put here by `MemberSessionMiddleware` once her session checked out.
    var member: ForumMember?
    /// The signed-in staff account, put here by `StaffSessionMiddleware`.
    var staff: StaffAccount?
    /// The fields of a form that passed the CSRF check (`CSRFMiddleware` read the body once).
    var form: FormValues?

    public init(source: Source) {
        coreContext = .init(source: source)
        sessions = .init()
    }

    /// Forms are small: a post is at most a few thousand characters.
    public var maxUploadSize: Int { 256 * 1024 }
}
