import Foundation
import SurveyKit
import Testing

/// Several versions of a survey side by side: the newest is served and reported on, and a response
/// given under an earlier one is carried into it, with what could not be carried named.
@Suite struct SurveyVersionTests {
    static func yaml(version: Int, ratingOptions: String, ticks: String, maximum: Int, extra: String) -> String {
        """
        id: services
        version: \(version)
        title: Services
        audience: survivors
        intro: Intro.
        pages:
          - title: One
            questions:
              - id: rating
                type: single_choice
                label: How was it?
                options: [\(ratingOptions)]
              - id: ticks
                type: multiple_choice
                label: Which?
                options: [\(ticks)]
              - id: comment
                type: text
                label: Anything else?
                quote_permission: true
              - id: visits
                type: number
                label: How many visits?
                integer: true
                min: 0
                max: \(maximum)
        \(extra)
        """
    }

    static let first = yaml(version: 1, ratingOptions: "{id: good, label: Good}, {id: poor, label: Poor}, {id: mixed, label: Mixed}",
                            ticks: "{id: x, label: X}, {id: y, label: Y}, {id: z, label: Z}", maximum: 20,
                            extra: "      - id: dropped\n        type: single_choice\n        label: Gone?\n        options: yes_no")
    static let second = yaml(version: 2, ratingOptions: "{id: good, label: Good}, {id: poor, label: Poor}",
                             ticks: "{id: z, label: Z}, {id: x, label: X}, {id: w, label: W}", maximum: 5, extra: "")

    func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chorus-versions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url
    }

    @Test func theNewestVersionIsServedAndTheEarlierOnesAreKept() throws {
        let library = try SurveyLibrary.load(directory: try folder(["services.yaml": Self.second, "services.v1.yaml": Self.first]))
        #expect(library.surveys.map(\.version) == [2])
        #expect(library.earlierVersions.map(\.version) == [1])
        #expect(library.versions(of: "services") == [1, 2])
        #expect(library.survey("services", version: 1)?.question("dropped") != nil)
    }

    @Test func theSameVersionTwiceIsRefusedWithWhatToDo() throws {
        #expect {
            try SurveyLibrary.load(directory: try folder(["a.yaml": Self.first, "b.yaml": Self.first]))
        } throws: { error in
            "\(error)".contains("version 1 of the survey 'services' is also in") && "\(error)".contains("raise `version:`")
        }
    }

    @Test func anEarlierResponseIsCarriedAndWhatCannotBeIsNamed() throws {
        let library = try SurveyLibrary.load(directory: try folder(["services.yaml": Self.second, "services.v1.yaml": Self.first]))
        let old = ResponseDocument(survey: "services", version: 1, answers: [
            "rating": .option("mixed"), "ticks": .options(["x", "y", "z"]), "comment": .text("Kind staff."),
            "visits": .number(8), "dropped": .option("yes"),
        ], quoteAllowed: ["comment"])
        let (decoded, answered) = try ResponseDocument.decode(Array(old.json()), library: library)
        #expect(answered.version == 1)
        let carried = library.carryForward(decoded, answered: answered)
        #expect(carried.survey.version == 2)
        #expect(carried.document.version == 2)
        #expect(carried.document.answers == ["ticks": .options(["z", "x"]), "comment": .text("Kind staff.")])
        #expect(carried.document.quoteAllowed == ["comment"])
        #expect(carried.leftOut == ["dropped", "rating: mixed", "ticks: y", "visits"])

        // A response under the newest version is left as it is.
        let new = ResponseDocument(survey: "services", version: 2, answers: ["rating": .option("good")])
        let (newDecoded, newSurvey) = try ResponseDocument.decode(Array(new.json()), library: library)
        #expect(library.carryForward(newDecoded, answered: newSurvey).leftOut.isEmpty)
    }

    @Test func aResponseToAVersionNotInTheFolderSaysWhatToPutBack() throws {
        let library = try SurveyLibrary.load(directory: try folder(["services.yaml": Self.second]))
        let old = ResponseDocument(survey: "services", version: 1, answers: ["rating": .option("good")])
        #expect {
            try ResponseDocument.decode(Array(old.json()), library: library)
        } throws: { error in
            "\(error)".contains("holds only version 2") && "\(error)".contains("services.v1.yaml")
        }
    }
}
