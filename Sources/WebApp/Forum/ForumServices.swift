import Foundation
import Forum
import Sealing
import Storage
import SurveyKit

/// What the forum and staff pages share: the stores, the rules, the spaces, the in-memory times.
struct ForumServices: Sendable {
    let members: MemberStore
    let invites: InviteStore
    let posts: ForumStore
    let staff: StaffStore
    let audit: AuditLog
    let sessions: KeyValueStore
    let policy: ModerationPolicy
    let screen: IdentifyingDetailScreen
    let spaces: [ForumSpace]
    let activity: ForumActivity
    let renderer: PageRenderer
    let clock: @Sendable () -> Date
    /// Sessions end after this long without a request.
    let idleTimeout: Duration
    /// And after this long whatever happens.
    let sessionLifetime: TimeInterval
    /// Where times are banded ("this week" starts on Monday in this zone).
    let calendar: Calendar
    /// How a month is written ("March 2026"), in the catalogue's language; made once, used per post.
    let monthStyle: Date.FormatStyle
    /// The hints every posting and passphrase form shows, worded once.
    let bodyHint: String
    let passphraseHint: String
    /// Argon2id cost for member passphrases.
    let passphraseStrength: KeyDerivationStrength
    /// Checked when nobody has the name typed at a sign-in, so a wrong name takes as long as a
    /// wrong passphrase and no page tells anybody which names exist.
    let decoyHash: String

    init(database: ChorusDatabase, configuration: ForumConfiguration, renderer: PageRenderer, clock: @escaping @Sendable () -> Date) throws {
        members = MemberStore(database: database)
        invites = InviteStore(database: database)
        posts = ForumStore(database: database)
        staff = StaffStore(database: database)
        audit = AuditLog(database: database)
        sessions = KeyValueStore(database: database)
        policy = configuration.policy
        screen = IdentifyingDetailScreen(watchList: configuration.watchList)
        spaces = configuration.spaces
        activity = ForumActivity()
        self.renderer = renderer
        self.clock = clock
        idleTimeout = configuration.idleTimeout
        sessionLifetime = configuration.sessionLifetime
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: configuration.timeZone) ?? TimeZone(identifier: "UTC")!
        calendar.firstWeekday = 2
        self.calendar = calendar
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let catalogue = renderer.catalogue
        monthStyle = Date.FormatStyle(date: .omitted, time: .omitted, locale: Locale(identifier: catalogue.language),
                                      calendar: utc, timeZone: utc.timeZone).month(.wide).year()
        bodyHint = catalogue.text(.forumBodyHint, ["max": String(policy.bodyLength.upperBound)])
        passphraseHint = catalogue.text(.forumPassphraseHint, ["min": String(PassphrasePolicy.minimumLength)])
        passphraseStrength = .interactive
        decoyHash = try PassphraseHash.hash(SecureRandom.bytes(32), strength: passphraseStrength)
    }

    func space(_ id: String) -> ForumSpace? { spaces.first { $0.id == id } }

    /// Today in UTC, as storage keeps days.
    var today: String { UTCDay.string(from: clock()) }

    /// Midday UTC of a stored day: the only moment storage knows for a post or a joining.
    static func date(ofDay day: String) -> Date { UTCDay.midday(of: day) ?? .distantPast }
}
