import Foundation
import Forum
import IdentifyingDetails
import Hummingbird
import Localisation
import Sealing
import Services
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
    /// Screening, deciding and storing a new post (the Services layer).
    let posting: Posting
    /// Moderators' decisions on posts, members and threads, each with its audit entry (Services).
    let moderation: Moderation
    let spaces: [ForumSpace]
    let activity: ForumActivity
    /// Speaks the language of this request (`speaking(_:)`); the shared one is English.
    private(set) var renderer: PageRenderer
    let clock: @Sendable () -> Date
    /// Sessions end after this long without a request.
    let idleTimeout: Duration
    /// And after this long whatever happens.
    let sessionLifetime: TimeInterval
    /// Where times are banded ("this week" starts on Monday in this zone).
    let calendar: Calendar
    /// How days are banded today (`banding()`).
    let keptBanding: KeptBanding
    /// What depends on the language, made once per language at start, so a page only picks it.
    struct Wording {
        /// How a month is written ("March 2026"), used per post.
        let monthWords: MonthWords
        /// The hints every posting and passphrase form shows.
        let bodyHint: String
        let passphraseHint: String
    }
    private let wordings: [String: Wording]
    /// This page's language's wording (`speaking(_:)`); English in the shared services.
    private(set) var wording: Wording
    /// Every passphrase check and hash of a request runs here (`PassphraseWork`).
    let passphrases: PassphraseWork
    /// Joining, signing in, her account and its recovery (Services).
    let membership: Membership

    init(database: ChorusDatabase, configuration: ForumConfiguration, renderer: PageRenderer, clock: @escaping @Sendable () -> Date) throws {
        members = MemberStore(database: database)
        invites = InviteStore(database: database)
        posts = ForumStore(database: database)
        staff = StaffStore(database: database)
        audit = AuditLog(database: database)
        sessions = KeyValueStore(database: database)
        policy = configuration.policy
        screen = IdentifyingDetailScreen(watchList: configuration.watchList)
        activity = ForumActivity()
        posting = Posting(policy: configuration.policy, screen: screen, posts: posts, members: members, activity: activity)
        moderation = Moderation(posts: posts, members: members, audit: audit)
        spaces = configuration.spaces
        var renderer = renderer
        renderer.shapesPages = true
        self.renderer = renderer
        self.clock = clock
        idleTimeout = configuration.idleTimeout
        sessionLifetime = configuration.sessionLifetime
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: configuration.timeZone) ?? TimeZone(identifier: "UTC")!
        calendar.firstWeekday = 2
        self.calendar = calendar
        keptBanding = KeptBanding(calendar: calendar)
        let policy = policy
        wordings = Dictionary(uniqueKeysWithValues: Catalogue.all.map { ($0.language, Self.wording(in: $0, policy: policy)) })
        wording = wordings[renderer.catalogue.language] ?? Self.wording(in: renderer.catalogue, policy: policy)
        passphrases = try PassphraseWork()
        membership = Membership(members: members, audit: audit, activity: activity, passphrases: passphrases)
    }

    private static func wording(in catalogue: Catalogue, policy: ModerationPolicy) -> Wording {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        return Wording(
            monthWords: MonthWords(style: Date.FormatStyle(date: .omitted, time: .omitted, locale: Locale(identifier: catalogue.language),
                                                           calendar: utc, timeZone: utc.timeZone).month(.wide).year()),
            bodyHint: catalogue.text(.forumBodyHint, ["max": String(policy.bodyLength.upperBound)]),
            passphraseHint: catalogue.text(.forumPassphraseHint, ["min": String(PassphrasePolicy.minimumLength)]))
    }

    /// The same services speaking the language this member page was asked in (`?lang=`, which
    /// every forum link, form and redirect carries, never a cookie). The stores, the in-memory
    /// times and the decoy hash are shared. Pages answering a form do not offer the language links,
    /// as survey pages do not.
    func speaking(_ request: Request) -> ForumServices {
        let catalogue = request.chosenCatalogue()
        guard catalogue.language != renderer.catalogue.language || request.method == .get else { return self }
        var copy = self
        copy.renderer = renderer.speaking(catalogue, offersChoice: request.method == .get)
        copy.wording = wordings[catalogue.language] ?? Self.wording(in: catalogue, policy: policy)
        return copy
    }

    /// A forum address in her language: `?lang=` before any `#fragment`, nothing for English.
    func address(_ path: String) -> String {
        let query = renderer.langQuery
        guard !query.isEmpty else { return path }
        let fragment = path.firstIndex(of: "#").map { String(path[$0...]) } ?? ""
        return String(path.dropLast(fragment.count)) + query + fragment
    }

    /// A configured text (a space's name, say) in this page's language, English where it has none.
    func words(_ text: LocalizedText) -> String { text.text(in: renderer.catalogue.language) }

    func space(_ id: String) -> ForumSpace? { spaces.first { $0.id == id } }

    /// Today in UTC, as storage keeps days.
    var today: String { UTCDay.string(from: clock()) }
}
