import Foundation
import Hummingbird
import HummingbirdTesting
import Sealing
import Unsealing
import Storage
import SurveyKit
import Testing
@testable import WebApp

/// A web app on a fresh database in a temporary folder, with a key pair whose secret half only the
/// test holds (to check what the server sealed).
struct Fixture {
    let directory: URL
    let keyPair: KeyPair
    let database: ChorusDatabase
    let library: SurveyLibrary

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Two pages: the second is shown only to those who had contact with the police.
    static let surveyYAML = """
        id: test-survey
        version: 3
        title: Services survey
        audience: survivors
        intro: |
          This is the intro.

          A second paragraph.
        closing: Thanks for helping.
        pages:
          - title: Services
            questions:
              - id: contact
                type: multiple_choice
                label: Which services did you contact?
                options:
                  - {id: police, label: Police}
                  - {id: housing, label: Housing}
              - id: overall
                type: scale
                label: Overall, how was it?
                options: agency_rating
              - id: age
                type: single_choice
                label: Your age
                identifying: true
                options:
                  - {id: under_35, label: Under 35}
                  - {id: over_35, label: 35 and over}
                  - prefer_not_to_say
          - title: Police
            questions:
              - id: police_rating
                type: scale
                label: How were the police?
                options: agency_rating
                relevant: selected(${contact}, 'police')
              - id: police_comment
                type: text
                label: Anything else about the police?
                max_length: 50
                quote_permission: true
                relevant: selected(${contact}, 'police')
              - id: visits
                type: number
                label: How many times did you visit?
                min: 0
                max: 100
                integer: true
                relevant: selected(${contact}, 'police')
        """

    static let onePageYAML = """
        id: one-page
        version: 1
        title: Quick survey
        audience: survivors
        intro: Short.
        pages:
          - title: Questions
            questions:
              - id: helped
                type: single_choice
                label: Did it help?
                required: true
                options: yes_no_dont_know
              - id: comment
                type: text
                label: Tell us more
        """

    /// Eight long text questions: enough text to exceed what one stored response may hold.
    static let longYAML = """
        id: long
        version: 1
        title: Long answers
        audience: survivors
        intro: Long.
        pages:
          - title: Words
            questions:
        """ + (1...8).map { "\n      - {id: t\($0), type: text, label: Text \($0), max_length: 10000}" }.joined()

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("chorus-webapp-\(UUID().uuidString)")
        keyPair = KeyPair.generate()
        database = try ChorusDatabase(directory: directory)
        library = SurveyLibrary(surveys: [
            try SurveyLibrary.parse(yaml: Self.surveyYAML, file: "test-survey.yaml"),
            try SurveyLibrary.parse(yaml: Self.onePageYAML, file: "one-page.yaml"),
            try SurveyLibrary.parse(yaml: Self.longYAML, file: "long.yaml"),
        ])
    }

    var configuration: WebAppConfiguration {
        WebAppConfiguration(
            library: library, publicKey: keyPair.publicKey, database: database,
            publicDirectory: Self.packageRoot.appendingPathComponent("Public").path,
            clock: { Date(timeIntervalSince1970: 1_700_000_000) }  // 2023-11-14 22:13:20 UTC
        )
    }

    var store: ResponseStore { ResponseStore(database: database) }

    /// Runs `body` against the app through Hummingbird's router test client.
    func withApp(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = try await buildApplication(configuration)
        try await app.test(.router, body)
    }

    /// Every stored response, opened with the test's secret key.
    func openedResponses() throws -> [(SealedResponse, ResponseDocument)] {
        var rows: [SealedResponse] = []
        _ = try store.export { rows.append($0) }
        return try rows.map { row in
            let plaintext = try Opener(keyPair: keyPair).open([UInt8](row.box))
            let (document, _) = try ResponseDocument.decode(plaintext, library: library)
            return (row, document)
        }
    }
}

/// Form-encodes name/value pairs as a browser does.
func formBody(_ fields: [(String, String)]) -> ByteBuffer {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._*")
    let text = fields.map { name, value in
        let encode = { (s: String) in s.addingPercentEncoding(withAllowedCharacters: allowed)!.replacingOccurrences(of: "%20", with: "+") }
        return encode(name) + "=" + encode(value)
    }.joined(separator: "&")
    return ByteBuffer(string: text)
}

let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

extension TestResponse {
    var text: String { String(buffer: body) }
}
