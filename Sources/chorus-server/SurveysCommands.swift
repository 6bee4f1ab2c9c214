import ArgumentParser
import Forum
import Foundation
import Logging
import Sealing
import Storage
import SurveyKit
import WebApp

struct SurveysCommands: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "surveys",
        abstract: "Check survey files, preview them in a browser before a round, or import one from an XLSForm.",
        subcommands: [CheckSurveys.self, PreviewSurveys.self, ImportSurvey.self]
    )
}

struct CheckSurveys: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a folder of survey files without starting anything: every problem at once, with file and line."
    )

    @ArgumentParser.Argument(help: "The folder of survey files.")
    var folder: String = "Surveys"

    func run() throws {
        let library = try loadOrExplain(folder)
        print("\(folder): \(library.surveys.count) surveys, no problems.")
        for survey in library.surveys {
            let questions = survey.pages.flatMap(\.questions).filter { $0.type != .note }.count
            let earlier = library.versions(of: survey.id).dropLast().map(String.init)
            print("  \(survey.id) version \(survey.version) for \(survey.audience.rawValue): \(survey.pages.count) pages, "
                  + "\(questions) questions, about \(survey.estimatedMinutes) minutes"
                  + (earlier.isEmpty ? "" : "; earlier versions kept for their responses: " + earlier.joined(separator: ", ")))
        }
    }
}

struct PreviewSurveys: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Serve survey files to try in a browser: nothing sent is ever readable, and nothing is kept.",
        discussion: """
            Runs the survivor pages as a round would, with a fresh key whose secret half is destroyed \
            at once and a temporary data folder deleted when you stop it (Ctrl+C). Edit a file and \
            start the preview again to see the change. The live server is not touched.
            """
    )

    @ArgumentParser.Option(help: "The folder of survey files.")
    var surveys: String = "Surveys"

    @ArgumentParser.Option(help: "Port to listen on (127.0.0.1 only).")
    var port: Int = 8090

    @ArgumentParser.Option(name: .customLong("public"), help: "Folder of static files (CSS, the quick-exit script).")
    var publicDirectory: String = "Public"

    func run() async throws {
        restrictNewFilesToOwner()
        let library = try loadOrExplain(surveys)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chorus-preview-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try fail("The preview did not start") { try ChorusDatabase(directory: folder) }
        let configuration = WebAppConfiguration(
            library: library, publicKey: PublicKey.throwaway(), database: database, publicDirectory: publicDirectory,
            host: "127.0.0.1", port: port, forum: ForumConfiguration())
        let app = try await buildApplication(configuration, logger: makePrivateLogger(label: "chorus-preview"))
        print("PREVIEW of \(surveys): answers are sealed to a key nobody holds, and deleted when you stop.")
        printSurveys(library, at: "http://127.0.0.1:\(port)")
        print("Press Ctrl+C to stop.")
        fflush(nil)
        try await app.runService()
    }
}

/// The surveys in `folder`, or every problem printed (file, line, what to do) and a failing exit.
private func loadOrExplain(_ folder: String) throws -> SurveyLibrary {
    do {
        return try SurveyLibrary.load(directory: URL(fileURLWithPath: folder))
    } catch {
        print(error.description)
        throw ExitCode(1)
    }
}
