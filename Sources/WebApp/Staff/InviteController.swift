import Services
import Foundation
import Forum
import Hummingbird
import Storage

/// Invite codes for partner services to hand on, made by admins and the lead. The codes are
/// shown once, in the response to the form; only their hashes are stored.
struct InviteController: Sendable {
    let services: ForumServices

    /// The web page makes smaller batches than the command line.
    static let countRange = 1...100

    func addRoutes(to group: RouterGroup<ChorusRequestContext>) {
        group.get("invites", use: form)
        group.post("invites", use: create)
    }

    @Sendable func form(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let account = try services.staff(context, may: .createInvites)
        return page(account: account, context: context, values: ["count": "10", "days": "30"], errors: [], status: .ok)
    }

    func page(account: StaffAccount, context: ChorusRequestContext, values: [String: String], errors: [[String: String]],
              status: HTTPResponse.Status) -> Response {
        let chosen = values["space"] ?? ""
        var all: [String: Any] = [
            "spaces": services.spaces.map { space -> [String: Any] in
                ["id": space.id, "name": space.name, "restricted": space.restricted, "selected": space.id == chosen]
            },
            "errors": errors,
            "maxCount": String(Self.countRange.upperBound),
            "maxDays": String(InviteBatch.daysRange.upperBound),
            "maxNote": String(InviteBatch.maximumNoteLength),
        ]
        for (key, value) in values { all[key] = value }
        return services.staffPage("staff-invites", all, account: account, context: context, status: status)
    }

    @Sendable func create(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let account = try services.staff(context, may: .createInvites)
        let form = context.form ?? FormValues(fields: [])
        let rawCount = form.text("count").trimmingCharacters(in: .whitespaces)
        let rawDays = form.text("days").trimmingCharacters(in: .whitespaces)
        let spaceID = form.text("space")
        let note = form.text("note").trimmingCharacters(in: .whitespacesAndNewlines)
        var errors: [[String: String]] = []
        let count = Int(rawCount).flatMap { Self.countRange.contains($0) ? $0 : nil }
        if count == nil { errors.append(["field": "count", "message": "Enter how many codes to make, from 1 to \(Self.countRange.upperBound)."]) }
        let days = Int(rawDays).flatMap { InviteBatch.daysRange.contains($0) ? $0 : nil }
        if days == nil { errors.append(["field": "days", "message": "Enter how many days the codes work, from 1 to \(InviteBatch.daysRange.upperBound)."]) }
        let space = spaceID.isEmpty ? nil : services.space(spaceID)
        if !spaceID.isEmpty, space == nil { errors.append(["field": "space", "message": "Choose one of the forum's spaces, or none."]) }
        if note.count > InviteBatch.maximumNoteLength {
            errors.append(["field": "note", "message": "Keep the note to at most \(InviteBatch.maximumNoteLength) characters."])
        }
        guard let count, let days, errors.isEmpty else {
            return page(account: account, context: context,
                        values: ["count": rawCount, "days": rawDays, "space": spaceID, "note": note],
                        errors: errors, status: .unprocessableContent)
        }
        let batch = try await InviteBatch.create(count: count, space: space?.id, days: days, note: note,
                                                 actor: account.name, now: services.clock(),
                                                 invites: services.invites, audit: services.audit)
        return services.staffPage("staff-invites-created", [
            "codes": batch.codes.map(\.display), "expiresDay": batch.expiresDay, "space": space?.name ?? "",
            "count": String(count),
        ], account: account, context: context)
    }
}
