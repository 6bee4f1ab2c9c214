import ArgumentParser
import Forum
import Foundation
import Hummingbird
import Localisation
import Logging
import Sealing
import Storage
import SurveyKit
import WebApp

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve the surveys.")

    @ArgumentParser.Option(help: "Folder for the database. Created (readable by its owner only) if missing.")
    var data: String

    @ArgumentParser.Option(help: "Folder of survey definitions (*.yaml).")
    var surveys: String = "Surveys"

    @ArgumentParser.Option(name: .customLong("public-key"), help: "The analysis public key file (analysis.pub). Never the secret key.")
    var publicKey: String

    @ArgumentParser.Option(help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @ArgumentParser.Option(help: "Port to listen on.")
    var port: Int = 8080

    @ArgumentParser.Option(name: .customLong("public"), help: "Folder of static files (CSS, the quick-exit script).")
    var publicDirectory: String = "Public"

    @ArgumentParser.Option(name: .customLong("site-name"), help: "The neutral name shown in every page title.")
    var siteName: String = Catalogue.english[.siteName]

    @ArgumentParser.Option(name: .customLong("exit-url"), help: "Where the quick exit goes: an ordinary, neutral site.")
    var exitURL: String = "https://www.bbc.co.uk/weather"

    @ArgumentParser.Option(name: .customLong("forum"), help: "The forum's configuration (spaces, watch list, rules): a YAML file. Defaults apply without one.")
    var forumConfiguration: String?

    @ArgumentParser.Flag(name: .customLong("secure-cookies"), help: "Mark session cookies Secure. Use it whenever the site is reached over https (behind a proxy too).")
    var secureCookies = false

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535.") }
        guard exitURL.hasPrefix("https://") || exitURL.hasPrefix("http://") else {
            throw ValidationError("--exit-url must be a full web address starting with https://.")
        }
    }

    func run() async throws {
        restrictNewFilesToOwner()
        let logger = makePrivateLogger(label: "chorus-server")
        let library = try fail("The server did not start") { try SurveyLibrary.load(directory: URL(fileURLWithPath: surveys)) }
        let key = try fail("The server did not start") { try PublicKey.load(from: URL(fileURLWithPath: publicKey)) }
        let database = try fail("The server did not start: cannot open the database in \(data)") {
            try ChorusDatabase(directory: URL(fileURLWithPath: data))
        }
        guard FileManager.default.fileExists(atPath: publicDirectory + "/quick-exit.js") else {
            throw Failure("The server did not start: \(publicDirectory)/quick-exit.js is missing. Run it from the Chorus folder, or pass --public.")
        }
        let forum = try fail("The server did not start") {
            try forumConfiguration.map(ForumConfigurationReader.load(path:)) ?? ForumConfiguration()
        }
        let configuration = WebAppConfiguration(
            library: library, publicKey: key, database: database, publicDirectory: publicDirectory,
            siteName: siteName, exitURL: exitURL, host: host, port: port,
            forum: forum, secureCookies: secureCookies
        )
        let app = try await buildApplication(configuration, logger: logger)
        print("Chorus is serving \(library.surveys.count) surveys at http://\(host):\(port)/")
        printSurveys(library, at: "http://\(host):\(port)")
        print("The forum is at http://\(host):\(port)/forum (\(forum.spaces.count) spaces\(forum.openSignUp ? ", open sign-up" : ", invite only")); staff sign in at http://\(host):\(port)/staff/sign-in")
        print("Press Ctrl+C to stop.")
        // Into a pipe or a journal, output is block-buffered: flush, so nothing waits there.
        fflush(nil)
        try await app.runService()
    }
}

/// Each survey's address, and the languages its texts lack (a missing translation falls back to
/// English without a word to the survivor; the lead is told here).
func printSurveys(_ library: SurveyLibrary, at base: String) {
    for survey in library.surveys {
        let earlier = library.versions(of: survey.id).dropLast().map(String.init)
        print("  \(base)/s/\(survey.id) (version \(survey.version)\(earlier.isEmpty ? "" : "; earlier versions kept: " + earlier.joined(separator: ", ")))")
    }
    for catalogue in Catalogue.all where catalogue.language != Catalogue.english.language {
        let review = Catalogue.unreviewedLanguages.contains(catalogue.language) ? " (interface drafted, not yet checked by a native speaker)" : ""
        let gaps = library.surveys.compactMap { survey -> String? in
            let missing = survey.untranslatedTexts(in: catalogue.language)
            return missing == 0 ? nil : "\(survey.id) \(missing) of \(survey.textCount)"
        }
        print("\(catalogue.nativeName) [\(catalogue.language)]\(review): " + (gaps.isEmpty ? "every survey text translated" : "shown in English: " + gaps.joined(separator: "; ")))
    }
}
