import Hummingbird

/// The staff side (moderators, admins, leads), kept apart from the member-facing forum like
/// SecureDrop's journalist interface: its own paths, its own session cookie. Every route checks
/// the account's role against Forum's `Role` table before it does anything.
func addStaffRoutes(to group: RouterGroup<ChorusRequestContext>, services: ForumServices) {
    StaffSignInController(services: services).addRoutes(to: group)
    ModerationController(services: services).addRoutes(to: group)
    MemberModerationController(services: services).addRoutes(to: group)
    AuditController(services: services).addRoutes(to: group)
    InviteController(services: services).addRoutes(to: group)
}
