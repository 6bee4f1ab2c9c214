import Services
import PublicFindingsFormat
import Forum
import Foundation
import Hummingbird
import Storage

/// The lead's side of reporting back: upload `findings-public.json`, see every problem if it is
/// refused, or the page exactly as survivors will see it, then publish; and take the page down.
/// Seeing and previewing need `readFindings`, publishing and withdrawing `publishFindings`: the
/// lead and admins hold both. Every post passes the staff
/// group's CSRF and `Sec-Fetch-Site` checks in `FormMiddleware`.
///
/// Nothing is kept between the preview and the publishing: the preview's form carries the
/// validated findings back, and they are validated again before they are stored.
struct StaffFindingsController: Sendable {
    let services: ForumServices
    let store: PublishedFindingsStore

    static let previewPath = "/staff/findings/preview"
    static let publishPath = "/staff/findings/publish"
    /// A findings file at the format's limit, plus room for the form around it.
    static let uploadLimit = PublicFindingsLimits.bytes + 64 * 1024
    /// The paths that take a `multipart/form-data` body, for `FormMiddleware`.
    static let uploads = [
        previewPath: FormMiddleware.Upload(limit: uploadLimit, permission: .readFindings),
        publishPath: FormMiddleware.Upload(limit: uploadLimit, permission: .publishFindings),
    ]
    /// Publications listed on the page, newest first.
    static let historyLength = 20

    func addRoutes(to group: RouterGroup<ChorusRequestContext>) {
        group.get("findings", use: page)
        group.post("findings/preview", use: preview)
        group.post("findings/publish", use: publish)
        group.post("findings/withdraw", use: withdraw)
    }

    @Sendable func page(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let account = try services.staff(context, may: .readFindings)
        return try await overview(account: account, context: context, refusal: nil, status: .ok)
    }

    /// Checks the uploaded file and shows the findings page it would make, with a publish button.
    @Sendable func preview(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let account = try services.staff(context, may: .readFindings)
        guard let data = Self.findingsData(context.form) else {
            return try await overview(account: account, context: context, refusal: Self.noFile, status: .unprocessableContent)
        }
        let findings: PublicFindings
        do {
            findings = try PublicFindingsValidator.read(data)
        } catch {
            return try await overview(account: account, context: context, refusal: error, status: .unprocessableContent)
        }
        // Compact, so the hidden field holds no line breaks for the browser to rewrite.
        let json = String(decoding: try JSONEncoder().encode(findings), as: UTF8.self)
        return services.staffPage("staff-findings-preview", [
            "summary": FindingsPublication.summary(findings),
            "json": json,
            "preview": FindingsPageView(findings: findings, catalogue: services.renderer.catalogue).values,
        ], account: account, context: context)
    }

    @Sendable func publish(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let account = try services.staff(context, may: .publishFindings)
        guard let data = Self.findingsData(context.form) else {
            return try await overview(account: account, context: context, refusal: Self.noFile, status: .unprocessableContent)
        }
        do {
            _ = try await FindingsPublication.publish(data, by: .staff(id: account.id), actor: account.name, now: services.clock(),
                                                      store: store, audit: services.audit)
        } catch let refusal as PublicFindingsRefusal {
            return try await overview(account: account, context: context, refusal: refusal, status: .unprocessableContent)
        }
        return .seeOther("/staff/findings")
    }

    @Sendable func withdraw(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let account = try services.staff(context, may: .publishFindings)
        try await FindingsPublication.withdraw(by: .staff(id: account.id), actor: account.name, now: services.clock(),
                                               store: store, audit: services.audit)
        return .seeOther("/staff/findings")
    }

    // MARK: - The page

    /// What is public now, the upload form (with every problem of a refused file), and the history.
    private func overview(account: StaffAccount, context: ChorusRequestContext, refusal: PublicFindingsRefusal?,
                          status: HTTPResponse.Status) async throws -> Response {
        let history = try await history()
        var values: [String: Any] = ["history": history, "hasHistory": !history.isEmpty]
        switch try await FindingsPublication.current(store: store) {
        case .nothing:
            break
        case .published(let record, let findings):
            values["current"] = ["summary": FindingsPublication.summary(findings), "day": record.publishedDay,
                                 "by": try await name(record.publishedBy)]
        case .unreadable(let record, let problems):
            values["unreadable"] = ["day": record.publishedDay, "problems": problems.problems.map(\.description)]
        }
        if let refusal {
            var shown: [String: Any] = ["problems": refusal.problems.map { ["path": $0.path, "message": $0.message] }]
            if refusal.unlisted > 0 {
                shown["more"] = "... and \(refusal.unlisted) more \(refusal.unlisted == 1 ? "problem" : "problems")."
            }
            values["refusal"] = shown
        }
        return services.staffPage("staff-findings", values, account: account, context: context, status: status)
    }

    private func history() async throws -> [[String: Any]] {
        let records = try await store.history(limit: Self.historyLength)
        let currentID = try await store.current()?.id
        var rows: [[String: Any]] = []
        for record in records {
            let title = (try? PublicFindingsValidator.read(Data(record.json.utf8)))?.title ?? "(does not pass the checks)"
            var state = record.id == currentID ? "Public now" : "Replaced by a later publication"
            if let withdrawn = record.withdrawnDay, let by = record.withdrawnBy {
                state = "Withdrawn on \(withdrawn) by \(try await name(by))"
            }
            rows.append(["day": record.publishedDay, "title": title, "by": try await name(record.publishedBy), "state": state])
        }
        return rows
    }

    /// Who published or withdrew, in words.
    private func name(_ publisher: FindingsPublisher) async throws -> String {
        switch publisher {
        case .commandLine:
            return "the command line"
        case .staff(let id):
            return try await services.staff.account(id: id)?.name ?? "a staff account that no longer exists"
        }
    }

    // MARK: - The form

    /// The findings sent: the file of the upload form, or the preview's hidden field.
    static func findingsData(_ form: FormValues?) -> Data? {
        guard let form else { return nil }
        if let file = form.files["findings"], !file.isEmpty { return Data(file) }
        if let text = form["findings"], !text.isEmpty { return Data(text.utf8) }
        return nil
    }

    static let noFile = PublicFindingsRefusal(problems: [PublicFindingsProblem(
        path: "(the form)", message: "no file was chosen. Choose findings-public.json, made by chorus-analyst report, then press the button again.")])
}
