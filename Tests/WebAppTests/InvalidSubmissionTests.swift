import Foundation
import Hummingbird
import HummingbirdTesting
import SurveyKit
import Testing
@testable import WebApp

/// Each kind of invalid submission gets a clear message on the page, keeps her answers for
/// correction, and stores nothing.
@Suite struct InvalidSubmissionTests {
    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let survey: String
        let fields: [(String, String)]
        let status: HTTPResponse.Status
        let message: String
        let kept: String?
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "unknown option", survey: "one-page", fields: [("helped", "maybe"), ("comment", "keep me")],
             status: .unprocessableContent, message: "Choose one of the answers shown.", kept: ">keep me</textarea>"),
        Case(name: "two answers to a single choice", survey: "one-page", fields: [("helped", "yes"), ("helped", "no"), ("comment", "keep me")],
             status: .unprocessableContent, message: "Choose only one answer.", kept: ">keep me</textarea>"),
        Case(name: "required question skipped", survey: "one-page", fields: [("comment", "keep me")],
             status: .unprocessableContent, message: "Please answer this question.", kept: ">keep me</textarea>"),
        Case(name: "unknown multiple-choice option", survey: "test-survey", fields: [("contact", "police"), ("contact", "fire")],
             status: .unprocessableContent, message: "Choose one of the answers shown.", kept: "value=\"police\" checked"),
        Case(name: "number that is not a number", survey: "test-survey",
             fields: [("contact", "police"), ("visits", "lots"), ("_page", "1")],
             status: .unprocessableContent, message: "Enter a number, like 3.", kept: "value=\"lots\""),
        Case(name: "number that is not whole", survey: "test-survey",
             fields: [("contact", "police"), ("visits", "2.5"), ("_page", "1")],
             status: .unprocessableContent, message: "Enter a whole number, like 3.", kept: "value=\"2.5\""),
        Case(name: "number above the maximum", survey: "test-survey",
             fields: [("contact", "police"), ("visits", "1000"), ("_page", "1")],
             status: .unprocessableContent, message: "Enter a number of 100 or less.", kept: "value=\"1000\""),
        Case(name: "text too long", survey: "test-survey",
             fields: [("contact", "police"), ("police_comment", String(repeating: "x", count: 51)), ("_page", "1")],
             status: .unprocessableContent, message: "Use 50 characters or fewer.", kept: String(repeating: "x", count: 51)),
        Case(name: "a field that is not a question", survey: "one-page", fields: [("helped", "yes"), ("ip_address", "1.2.3.4")],
             status: .badRequest, message: "Something in the form was not expected, so nothing was saved.", kept: nil),
        Case(name: "a page that does not exist", survey: "one-page", fields: [("helped", "yes"), ("_page", "7")],
             status: .badRequest, message: "Something in the form was not expected, so nothing was saved.", kept: nil),
    ]

    @Test(arguments: cases)
    func isRefusedClearlyAndNothingIsStored(_ invalid: Case) async throws {
        let fixture = try Fixture()
        var fields = invalid.fields
        if !fields.contains(where: { $0.0 == "_page" }) { fields.append(("_page", "0")) }
        let body = formBody(fields)
        try await fixture.withApp { client in
            let response = try await client.execute(uri: "/s/\(invalid.survey)", method: .post, headers: formHeaders, body: body)
            #expect(response.status == invalid.status)
            let html = response.text
            #expect(html.contains(invalid.message))
            if let kept = invalid.kept { #expect(html.contains(kept)) }
            #expect(html.contains("id=\"quick-exit\""))
            #expect(!html.contains("Thank you"))
        }
        #expect(try await fixture.store.count() == 0)
    }

    @Test func theErrorSummaryLinksToTheField() async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let response = try await client.execute(uri: "/s/one-page", method: .post, headers: formHeaders,
                body: formBody([("helped", "maybe"), ("_page", "0")]))
            let html = response.text
            #expect(html.contains("<a href=\"#helped-yes\">Did it help?: Choose one of the answers shown.</a>"))
            #expect(html.contains("id=\"helped-yes\""))
            #expect(html.contains("aria-describedby=\"how-helped error-helped\""))
        }
    }

    @Test func anOversizedBodyIsRefusedAndNothingIsStored() async throws {
        let fixture = try Fixture()
        let huge = String(repeating: "a", count: SurveyController.maximumBodySize + 10)
        try await fixture.withApp { client in
            let response = try await client.execute(uri: "/s/one-page", method: .post, headers: formHeaders,
                body: formBody([("helped", "yes"), ("comment", huge), ("_page", "0")]))
            #expect(response.status == .contentTooLarge)
            #expect(response.text.contains("Your answers are too long to send."))
        }
        #expect(try await fixture.store.count() == 0)
    }

    @Test func answersTooLongToStoreAreRefusedAndKeptOnThePage() async throws {
        let fixture = try Fixture()
        let words = String(repeating: "word ", count: 1800)  // 9,000 characters each, 72,000 in all
        try await fixture.withApp { client in
            let response = try await client.execute(uri: "/s/long", method: .post, headers: formHeaders,
                body: formBody((1...8).map { ("t\($0)", words) } + [("_page", "0")]))
            #expect(response.status == .contentTooLarge)
            #expect(response.text.contains("All together, your answers are too long for us to keep."))
            #expect(response.text.contains(">\(words)</textarea>"))
        }
        #expect(try await fixture.store.count() == 0)
    }

    /// The template engine escapes whole characters; a quote carrying a combining accent is one
    /// character it does not know, so such marks are dropped before any value is shown again.
    @Test func anEchoedValueCannotBreakOutOfItsAttribute() async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let response = try await client.execute(uri: "/s/test-survey", method: .post, headers: formHeaders,
                body: formBody([("contact", "police"), ("visits", "x\"\u{301} autofocus data-injected=\u{301}"), ("_page", "1")]))
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("value=\"x&quot; autofocus data-injected"))
            #expect(!response.text.unicodeScalars.map { String($0) }.joined(separator: "|").contains("\"|\u{301}"))
        }
    }

    @Test func malformedFormEncodingIsRefused() async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let response = try await client.execute(uri: "/s/one-page", method: .post, headers: formHeaders,
                body: ByteBuffer(string: "helped=%zz&_page=0"))
            #expect(response.status == .badRequest)
        }
        #expect(try await fixture.store.count() == 0)
    }
}
