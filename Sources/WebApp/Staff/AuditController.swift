import Foundation
import Forum
import Hummingbird
import Storage

/// The audit log, for admins only (moderators are not shown the log that records them):
/// newest first, a page at a time (`?before=<id>` for older entries).
struct AuditController: Sendable {
    let services: ForumServices

    static let pageSize = 50

    func addRoutes(to group: RouterGroup<ChorusRequestContext>) {
        group.get("audit", use: auditPage)
    }

    @Sendable func auditPage(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let account = try services.staff(context, may: .readAuditLog)
        let before = request.uri.queryParameters.get("before", as: Int64.self)
        let entries = try await services.audit.entries(limit: Self.pageSize, beforeID: before)
        let rows: [[String: Any]] = entries.map { entry in
            ["id": String(entry.id), "time": entry.time, "actor": entry.actor, "what": StaffAuditWords.what(entry),
             "target": entry.target, "reason": entry.reason]
        }
        var values: [String: Any] = ["entries": rows, "empty": rows.isEmpty, "paged": before != nil]
        if entries.count == Self.pageSize, let last = entries.last { values["older"] = String(last.id) }
        return services.staffPage("staff-audit", values, account: account, context: context)
    }
}
