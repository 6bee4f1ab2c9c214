// The forum's moderation and posting rules (issue 3), as pure values and functions.
//
// Nothing here reads a clock, a file, a database or a request: every decision takes what it
// depends on as arguments, the current time included, so storage and the web app can call it
// and the tests can pin every boundary. Nothing here produces English for members either:
// decisions come back as enums (`CoarseTime.thisWeek`, `PostingRefusal.slowMode(until:)`...)
// that the web app words through the string catalogue.
//
// The pieces, in the order a post meets them:
//
// 1. `Role.permissions` (Roles.swift): the one table every route checks.
//    `MemberStanding.allows(_:at:)` (MemberStanding.swift) narrows a member's permissions
//    while she is suspended or banned.
// 2. `ModerationPolicy.checkPosting` (Posting.swift): standing, then the `RateLimiter`
//    (stricter for new members) and the thread's `SlowMode` (RateLimit.swift).
// 3. `ModerationPolicy.body(_:)` / `.title(_:)`: normalised plain text (`PlainText`, PostText.swift)
//    within the length limits. Links stay text: the paragraph model has no link in it.
// 4. The identifying-detail screen (the IdentifyingDetails module) gives a verdict,
//    modelled here as `ScreenOutcome` (ScreenOutcome.swift) so the rules do not depend on the screen.
// 5. `ModerationPolicy.decideNewPost` (ModerationPolicy.swift) gives a `PostDecision`: publish,
//    hold (with reasons for the queue) or block. A held post is a `PostState.held`.
// 6. Reports move a visible post along `ModerationPolicy.afterReport`; enough of them hide it.
// 7. Moderators act with a `ModeratorAction` (ModeratorAction.swift): post actions change a
//    `PostState`, member actions change a `MemberStanding`; impossible ones throw a `ModerationError`.
//    Each is recorded as an `AuditEntry` (Audit.swift).
// 8. What people see: `PostState.presentation(to:)`, `CoarseTime` and `MembershipBand`
//    (CoarseTime.swift), and `MemberSummary` (Audit.swift), all a moderator learns about a member.
// 9. Editing (`canEdit`, `edit`, Posting.swift) and the author's own removals
//    (`PostState.afterAuthorRemoves`, `.afterAuthorDeletesAccount`, PostState.swift).
