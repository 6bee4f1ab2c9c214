import IdentifyingDetails
import Foundation

/// How a deployment runs its forum. Every setting has a safe default; `ForumConfigurationReader`
/// reads a YAML file that changes some of them.
public struct ForumConfiguration: Sendable {
    /// The spaces, in the order members see them.
    public var spaces: [ForumSpace]
    /// Names, places and words the deployment watches for (held, blocked or masked).
    public var watchList: WatchList
    /// Posting limits, holds and the edit window.
    public var policy: ModerationPolicy
    /// Whether anybody may join without an invite code. Off by default: invite-only membership is
    /// the main answer to an abuser who tries to join (SECURITY.md).
    public var openSignUp: Bool
    /// A session ends after this long without a request.
    public var idleTimeout: Duration
    /// And after this long whatever happens.
    public var sessionLifetime: TimeInterval
    /// The zone "this week" is counted in (weeks start on Monday).
    public var timeZone: String

    public init(
        spaces: [ForumSpace] = ForumSpace.defaults, watchList: WatchList = WatchList(),
        policy: ModerationPolicy = .standard, openSignUp: Bool = false,
        idleTimeout: Duration = .seconds(30 * 60), sessionLifetime: TimeInterval = 12 * 60 * 60,
        timeZone: String = "Europe/London"
    ) {
        self.spaces = spaces
        self.watchList = watchList
        self.policy = policy
        self.openSignUp = openSignUp
        self.idleTimeout = idleTimeout
        self.sessionLifetime = sessionLifetime
        self.timeZone = timeZone
    }
}
