import Hummingbird

/// The staff side (moderators, admins, leads), kept apart from the member-facing forum like
/// SecureDrop's journalist interface: its own paths, its own session cookie.
func addStaffRoutes(to group: RouterGroup<ChorusRequestContext>, services: ForumServices) {
}
