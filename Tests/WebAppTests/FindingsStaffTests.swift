import PublicFindingsFormat
import Forum
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Storage
import Testing
@testable import WebApp

/// A `multipart/form-data` body as a browser sends a form with a file input.
struct MultipartForm {
    static let boundary = "----ChorusTestBoundary7MA4YWxkTrZu0gW"

    enum Part {
        case field(String, String)
        case file(name: String, filename: String, Data)
    }

    let parts: [Part]

    var body: ByteBuffer {
        var data = Data()
        for part in parts {
            data += Data("--\(Self.boundary)\r\n".utf8)
            switch part {
            case .field(let name, let value):
                data += Data("Content-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
            case .file(let name, let filename, let contents):
                data += Data("Content-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"\r\nContent-Type: application/json\r\n\r\n".utf8)
                data += contents
                data += Data("\r\n".utf8)
            }
        }
        data += Data("--\(Self.boundary)--\r\n".utf8)
        return ByteBuffer(bytes: data)
    }
}

extension StaffBrowser {
    /// Posts a multipart form with this session's CSRF token (unless `token` is nil).
    func upload(_ uri: String, _ parts: [MultipartForm.Part], token: String?, extraHeaders: HTTPFields = [:]) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(MultipartForm.boundary)", .cookie: cookie]
        for field in extraHeaders { headers[field.name] = field.value }
        let all = (token.map { [MultipartForm.Part.field("_csrf", $0)] } ?? []) + parts
        return try await client.execute(uri: uri, method: .post, headers: headers, body: MultipartForm(parts: all).body)
    }

    /// Uploads `data` as the findings file with this session's token.
    func uploadFindings(_ data: Data, to uri: String = "/staff/findings/preview") async throws -> TestResponse {
        try await upload(uri, [.file(name: "findings", filename: "findings-public.json", data)], token: csrf)
    }
}

/// The value of the hidden `findings` field on the preview page, as the browser would send it back.
func hiddenFindings(in html: String) throws -> String {
    let start = try #require(html.range(of: "name=\"findings\" value=\""))
    let escaped = String(html[start.upperBound...].prefix { $0 != "\"" })
    return escaped.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
        .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
}

/// The lead's upload on the staff pages: who may, the preview, publishing, refusals that store
/// nothing, withdrawal, and the audit entries.
@Suite struct FindingsStaffTests {
    static func publishedCount(_ fixture: Fixture) async throws -> Int {
        try await FindingsTest.store(fixture).history().count
    }

    @Test(arguments: [(StaffRole.lead, true), (.admin, true), (.moderator, false)])
    func onlyTheLeadAndAdminsMayUseTheFindingsPages(_ role: StaffRole, _ allowed: Bool) async throws {
        let fixture = try Fixture()
        try await StaffTest.addStaff(fixture, name: "Robin", role: role)
        try await fixture.withApp { client in
            let browser = try await StaffTest.signIn(client, name: "Robin")
            let home = try await browser.get("/staff").text
            #expect(home.contains("<a href=\"/staff/findings\">Findings</a>") == allowed)
            let page = try await browser.get("/staff/findings")
            #expect(page.status == (allowed ? .ok : .forbidden))
            let preview = try await browser.uploadFindings(try FindingsTest.exampleData())
            #expect(preview.status == (allowed ? .ok : .forbidden))
            let publish = try await browser.upload("/staff/findings/publish", [.field("findings", String(decoding: try FindingsTest.exampleData(), as: UTF8.self))], token: browser.csrf)
            #expect(publish.status == (allowed ? .seeOther : .forbidden))
            let withdraw = try await browser.post("/staff/findings/withdraw")
            #expect(withdraw.status == (allowed ? .seeOther : .forbidden))
        }
        // The moderator changed nothing; the others published (then withdrew).
        #expect(try await Self.publishedCount(fixture) == (allowed ? 1 : 0))
        #expect(try await FindingsTest.store(fixture).current() == nil)
    }

    @Test func withoutSigningInTheFindingsPagesSendYouToSignIn() async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let response = try await client.execute(uri: "/staff/findings", method: .get)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/staff/sign-in")
        }
    }

    @Test func anUploadWithoutASessionIsNotEvenRead() async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let body = MultipartForm(parts: [.file(name: "findings", filename: "findings-public.json", try FindingsTest.exampleData())]).body
            let response = try await client.execute(uri: "/staff/findings/publish", method: .post,
                                                    headers: [.contentType: "multipart/form-data; boundary=\(MultipartForm.boundary)"], body: body)
            #expect(response.status == .forbidden)
        }
        #expect(try await Self.publishedCount(fixture) == 0)
    }

    @Test func aValidFileIsPreviewedThenPublishedFromThePreview() async throws {
        let fixture = try Fixture()
        try await StaffTest.addStaff(fixture, name: "Lee", role: .lead)
        try await fixture.withApp { client in
            let browser = try await StaffTest.signIn(client, name: "Lee")
            let empty = try await browser.get("/staff/findings").text
            #expect(empty.contains("Nothing is published."))
            #expect(empty.contains("enctype=\"multipart/form-data\""))
            #expect(empty.contains("<input type=\"file\" id=\"findings\" name=\"findings\""))

            let preview = try await browser.uploadFindings(try FindingsTest.exampleData())
            #expect(preview.status == .ok)
            let html = preview.text
            #expect(html.contains("<h1>Check before you publish</h1>"))
            #expect(html.contains("2 sections with 4 tables, 2 coverage tables, 3 key points, 3 quotes, 3 recommendations."))
            // The page exactly as survivors will see it.
            #expect(html.contains("<h1 id=\"findings-title\">What you told us, and what we are doing</h1>"))
            #expect(html.contains("<span class=\"status status-amber\">Amber: started</span>"))
            // Nothing is public yet.
            #expect(try await Self.publishedCount(fixture) == 0)

            let publish = try await browser.upload("/staff/findings/publish", [.field("findings", try hiddenFindings(in: html))], token: browser.csrf)
            #expect(publish.status == .seeOther)
            #expect(publish.headers[.location] == "/staff/findings")
            let published = try #require(try await FindingsTest.store(fixture).current())
            #expect(published.publishedBy == .staff(id: 1))
            #expect(published.publishedDay == "2023-11-14")
            #expect(try PublicFindingsValidator.read(Data(published.json.utf8)) == FindingsTest.example())

            let page = try await browser.get("/staff/findings").text
            #expect(page.contains("Published on 2023-11-14 (UTC) by Lee."))
            #expect(page.contains("<td>What you told us, and what we are doing</td><td>Lee</td><td>Public now</td>"))
            #expect(try await client.execute(uri: "/findings", method: .get).text.contains("What you told us, and what we are doing"))
        }
        let entries = try await StaffTest.audit(fixture)
        #expect(entries.count == 1)
        #expect(entries.first?.actor == "Lee")
        #expect(entries.first?.action == "findings.publish")
        #expect(entries.first?.target == "findings:1")
        #expect(entries.first?.reason.contains("What you told us, and what we are doing") == true)
    }

    /// The "done when", through the staff upload: a small cell is refused and nothing is stored.
    @Test(arguments: ["/staff/findings/preview", "/staff/findings/publish"])
    func aFileWithASmallCellIsRefusedWithEveryProblemAndNothingIsStored(_ path: String) async throws {
        let fixture = try Fixture()
        try await StaffTest.addStaff(fixture, name: "Lee", role: .lead)
        try await fixture.withApp { client in
            let browser = try await StaffTest.signIn(client, name: "Lee")
            let response = path.hasSuffix("preview")
                ? try await browser.uploadFindings(try FindingsTest.smallCellData())
                : try await browser.upload(path, [.field("findings", String(decoding: try FindingsTest.smallCellData(), as: UTF8.self))], token: browser.csrf)
            #expect(response.status == .unprocessableContent)
            let html = response.text
            #expect(html.contains("The file was not published"))
            #expect(html.contains("Nothing was stored."))
            #expect(html.contains("<li><code>reports[0].sections[1].tables[0].rows[3].cells[0].count</code>: 2 is below k = 5; only 0 or at least k may be published."))
            #expect(html.contains("<li><code>reports[0].sections[1].tables[0].rows[3].cells[0].percent</code>"))
            #expect(!html.contains("Check before you publish"))
        }
        #expect(try await Self.publishedCount(fixture) == 0)
        #expect(try await StaffTest.audit(fixture).isEmpty)
    }

    @Test func recordLevelDataIsRefused() async throws {
        let fixture = try Fixture()
        try await StaffTest.addStaff(fixture, name: "Lee", role: .lead)
        var tree = try #require(try JSONSerialization.jsonObject(with: FindingsTest.exampleData()) as? [String: Any])
        tree["responses"] = [["age": "25 to 34", "police_rating": "very_helpful", "comment": "They listened."]]
        let data = try JSONSerialization.data(withJSONObject: tree)
        try await fixture.withApp { client in
            let browser = try await StaffTest.signIn(client, name: "Lee")
            let response = try await browser.uploadFindings(data)
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("<code>responses</code>: this looks like record-level data"))
        }
        #expect(try await Self.publishedCount(fixture) == 0)
    }

    @Test func noFileChosenIsSaidPlainly() async throws {
        let fixture = try Fixture()
        try await StaffTest.addStaff(fixture, name: "Lee", role: .lead)
        try await fixture.withApp { client in
            let browser = try await StaffTest.signIn(client, name: "Lee")
            let response = try await browser.upload("/staff/findings/preview", [.file(name: "findings", filename: "", Data())], token: browser.csrf)
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("no file was chosen"))
        }
    }

    @Test(arguments: ["missing", "other", "cross-site"])
    func aForgedUploadIsRefusedAndStoresNothing(_ forgery: String) async throws {
        let fixture = try Fixture()
        try await StaffTest.addStaff(fixture, name: "Lee", role: .lead)
        try await fixture.withApp { client in
            let browser = try await StaffTest.signIn(client, name: "Lee")
            let parts: [MultipartForm.Part] = [.field("findings", String(decoding: try FindingsTest.exampleData(), as: UTF8.self))]
            let response: TestResponse
            switch forgery {
            case "missing": response = try await browser.upload("/staff/findings/publish", parts, token: nil)
            case "other": response = try await browser.upload("/staff/findings/publish", parts, token: "not-the-token")
            default:
                response = try await browser.upload("/staff/findings/publish", parts, token: browser.csrf,
                                                    extraHeaders: [HTTPField.Name("Sec-Fetch-Site")!: "cross-site"])
            }
            #expect(response.status == .forbidden)
            #expect(response.text.contains("This form has expired"))
        }
        #expect(try await Self.publishedCount(fixture) == 0)
        #expect(try await StaffTest.audit(fixture).isEmpty)
    }

    @Test func aForgedWithdrawalChangesNothing() async throws {
        let fixture = try Fixture()
        try await FindingsTest.publish(try FindingsTest.example(), in: fixture)
        try await StaffTest.addStaff(fixture, name: "Lee", role: .lead)
        try await fixture.withApp { client in
            let browser = try await StaffTest.signIn(client, name: "Lee")
            #expect(try await browser.post("/staff/findings/withdraw", token: .missing).status == .forbidden)
        }
        #expect(try await FindingsTest.store(fixture).current() != nil)
    }

    @Test func withdrawingTakesThePageDownAndIsAudited() async throws {
        let fixture = try Fixture()
        try await FindingsTest.publish(try FindingsTest.example(), in: fixture)
        try await StaffTest.addStaff(fixture, name: "Ada", role: .admin)
        try await fixture.withApp { client in
            let browser = try await StaffTest.signIn(client, name: "Ada")
            let before = try await browser.get("/staff/findings").text
            #expect(before.contains("Withdraw the findings"))
            #expect(before.contains("by the command line"))
            let response = try await browser.post("/staff/findings/withdraw")
            #expect(response.status == .seeOther)
            #expect(try await client.execute(uri: "/findings", method: .get).text.contains("Results will appear here"))
            let after = try await browser.get("/staff/findings").text
            #expect(after.contains("Nothing is published."))
            #expect(after.contains("Withdrawn on 2023-11-14 by Ada"))
            let audit = try await browser.get("/staff/audit").text
            #expect(audit.contains("<td>withdrew the published findings</td>"))
            #expect(audit.contains("<td>published findings</td>"))
        }
        let entries = try await StaffTest.audit(fixture)
        #expect(entries.map(\.action) == ["findings.withdraw", "findings.publish"])
        #expect(entries.first?.actor == "Ada")
        #expect(entries.first?.reason == "took down 1 publication")
    }

    @Test func aFileOverTheUploadLimitIsRefusedBeforeItIsRead() async throws {
        let fixture = try Fixture()
        try await StaffTest.addStaff(fixture, name: "Lee", role: .lead)
        try await fixture.withApp { client in
            let browser = try await StaffTest.signIn(client, name: "Lee")
            let huge = Data(repeating: 0x20, count: StaffFindingsController.uploadLimit + 1)
            let response = try await browser.uploadFindings(huge)
            #expect(response.status == .contentTooLarge)
            #expect(response.text.contains("The file is too large"))
            // Just over the format's own limit, but within the upload's: the validator says why.
            let over = Data(repeating: 0x20, count: PublicFindingsLimits.bytes + 1)
            let refused = try await browser.uploadFindings(over)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("larger than 1000000 bytes"))
        }
        #expect(try await Self.publishedCount(fixture) == 0)
    }

    @Test func otherStaffFormsStillTakeOnlyOrdinaryForms() async throws {
        let fixture = try Fixture()
        try await StaffTest.addStaff(fixture, name: "Lee", role: .lead)
        try await fixture.withApp { client in
            let browser = try await StaffTest.signIn(client, name: "Lee")
            // Read as an ordinary form, the upload carries no token it can find.
            let response = try await browser.upload("/staff/invites", [.field("count", "3"), .field("days", "30")], token: browser.csrf)
            #expect(response.status == .forbidden)
        }
        #expect(try await StaffTest.audit(fixture).isEmpty)
    }
}
