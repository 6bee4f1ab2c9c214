import Analysis
import Disclosure
import Foundation
import ResponseBundle
import Sealing
import SurveyKit
import Unsealing

/// A round on disk for the pipeline to read: a survey folder, a key pair, and a bundle of responses
/// sealed to the key exactly as the server seals them.
struct AnalysisRound {
    let folder: URL
    let keyPair = KeyPair.generate()
    var surveys: URL { folder.appendingPathComponent("surveys") }
    var bundle: URL { folder.appendingPathComponent("responses.jsonl") }
    var ledger: URL { folder.appendingPathComponent("releases.json") }
    var out: URL { folder.appendingPathComponent("findings") }

    static let survey = """
        id: mini
        version: 1
        title: Mini
        audience: survivors
        intro: A test survey.
        pages:
          - title: One
            questions:
              - id: helped
                type: single_choice
                label: Did they help?
                options:
                  - {id: "yes", label: "Yes"}
                  - {id: "no", label: "No"}
              - id: story
                type: text
                label: Tell us what happened
                quote_permission: true
              - id: age
                type: single_choice
                label: Age
                identifying: true
                options:
                  - {id: under_35, label: Under 35}
                  - {id: over_35, label: 35 or over}

        """

    init(folder: URL) throws {
        self.folder = folder
        try FileManager.default.createDirectory(at: surveys, withIntermediateDirectories: true)
        try Data(Self.survey.utf8).write(to: surveys.appendingPathComponent("mini.yaml"))
    }

    /// One bundle line: `answers` sealed to `key` (this round's key unless another is given).
    func line(_ answers: Answers, version: Int = 1, id: String = Self.randomID(), day: String = "2026-11-02", key: PublicKey? = nil) throws -> String {
        let document = ResponseDocument(survey: "mini", version: version, answers: answers)
        let sealed = try Sealer(publicKey: key ?? keyPair.publicKey).seal(document.json())
        return BundleLine(id: id, survey: "mini", version: version, day: day, box: Data(sealed)).json()
    }

    /// `count` people who say `helped` and give their age band, each on a line of its own.
    func people(_ count: Int, helped: String, age: String, story: String? = nil) throws -> [String] {
        try (0..<count).map { _ in
            var answers: Answers = ["helped": .option(helped), "age": .option(age)]
            if let story { answers["story"] = .text(story) }
            return try line(answers)
        }
    }

    func writeBundle(_ lines: [String]) throws {
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: bundle)
    }

    func source(withdrawn: Set<String> = []) -> BundleSource {
        BundleSource(url: bundle, opener: Opener(keyPair: keyPair), withdrawn: withdrawn)
    }

    static func randomID() -> String { SecureRandom.bytes(16).hex }

    /// The ledger on disk, as the next run will read it.
    func releases() throws -> [Release] {
        FileManager.default.fileExists(atPath: ledger.path) ? try ReleaseLedger.load(from: ledger).releases : []
    }
}
