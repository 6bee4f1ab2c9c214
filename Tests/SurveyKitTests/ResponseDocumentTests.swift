import Foundation
import SurveyKit
import Testing

/// The sealed plaintext: `{"survey": ID, "version": N, "answers": {...}}` and `quote_ok`.
@Suite struct ResponseDocumentTests {
    static let survey = try! SurveyFixture.answersSurvey()
    static let library = SurveyLibrary(surveys: [survey])

    static func text(_ document: ResponseDocument) -> String {
        String(decoding: document.json(), as: UTF8.self)
    }

    static func decode(_ json: String) -> Result<ResponseDocument, ResponseMismatch> {
        do {
            return .success(try ResponseDocument.decode(Array(json.utf8), library: library).0)
        } catch {
            return .failure(error)
        }
    }

    // MARK: - Writing and reading back

    @Test func roundTripWithEveryKindOfValue() throws {
        let document = ResponseDocument(
            survey: "test", version: 1,
            answers: [
                "contact": .options(["police", "other"]),
                "mood": .option("strongly_agree"),
                "children": .number(3),
                "score": .number(-2.5),
                "comment": .text("\"a\"\n</b>"),  // quotes, a line break and a slash, within 10 characters
                "plain": .text("پولیس نے\u{200C}مدد کی 👩‍👧"),
                "police_rating": .option("no_experience"),
                "needed": .option("yes"),
                "why": .text("\\ back/slash"),
                "age": .option("25_or_over"),
            ],
            quoteAllowed: ["comment"])
        let (decoded, survey) = try ResponseDocument.decode(document.json(), library: Self.library)
        #expect(decoded == document)
        #expect(survey.id == "test")
        // Writing again gives the same bytes: keys are sorted.
        #expect(decoded.json() == document.json())
    }

    @Test func roundTripOfEmptyAnswers() throws {
        let document = ResponseDocument(survey: "test", version: 1, answers: [:])
        #expect(Self.text(document) == #"{"answers":{},"survey":"test","version":1}"#)
        #expect(try ResponseDocument.decode(document.json(), library: Self.library).0 == document)
    }

    @Test func exactBytes() {
        let document = ResponseDocument(
            survey: "test", version: 1,
            answers: ["mood": .option("agree"), "children": .number(3), "score": .number(2.5), "comment": .text("a/b"), "contact": .options(["police", "housing"])],
            quoteAllowed: ["comment"])
        #expect(Self.text(document) == #"{"answers":{"children":3,"comment":"a/b","contact":["police","housing"],"mood":"agree","score":2.5},"quote_ok":["comment"],"survey":"test","version":1}"#)
    }

    @Test(arguments: [
        (3.0, "3"), (0.0, "0"), (-0.0, "0"), (-7.0, "-7"), (20.0, "20"), (1_000_000.0, "1000000"),
        (2.5, "2.5"), (-0.25, "-0.25"),
    ])
    func wholeNumbersAreWrittenAsIntegers(_ number: Double, _ written: String) throws {
        let document = ResponseDocument(survey: "test", version: 1, answers: ["score": .number(number)])
        #expect(Self.text(document) == #"{"answers":{"score":\#(written)},"survey":"test","version":1}"#)
        let decoded = try ResponseDocument.decode(document.json(), library: Self.library).0
        #expect(decoded.answers["score"] == .number(number))
    }

    @Test func contractKeys() throws {
        let plain = ResponseDocument(survey: "test", version: 1, answers: ["mood": .option("agree")])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(plain.json())) as? [String: Any])
        #expect(Set(object.keys) == ["survey", "version", "answers"])
        #expect(object["survey"] as? String == "test")
        #expect(object["version"] as? Int == 1)
        #expect((object["answers"] as? [String: Any])?["mood"] as? String == "agree")

        let quoted = ResponseDocument(survey: "test", version: 1, answers: ["comment": .text("Hi")], quoteAllowed: ["comment"])
        let quotedObject = try #require(try JSONSerialization.jsonObject(with: Data(quoted.json())) as? [String: Any])
        #expect(Set(quotedObject.keys) == ["survey", "version", "answers", "quote_ok"])
        #expect(quotedObject["quote_ok"] as? [String] == ["comment"])
    }

    @Test func quoteListIsSorted() {
        let document = ResponseDocument(
            survey: "test", version: 1,
            answers: ["comment": .text("a"), "police_comment": .text("b"), "contact": .options(["police"]), "police_rating": .option("positive")],
            quoteAllowed: ["police_comment", "comment"])
        #expect(Self.text(document).contains(#""quote_ok":["comment","police_comment"]"#))
    }

    @Test func formAnswersBecomeADocumentThatReadsBack() throws {
        let form = FormAnswers(
            fields: [
                (name: "contact", value: "police"), (name: "children", value: "2"), (name: "comment", value: "Kind"),
                (name: "comment__quote", value: "yes"), (name: "police_rating", value: "positive"),
            ],
            survey: Self.survey, requiredThroughPage: 1)
        #expect(form.isValid)
        let document = ResponseDocument(survey: Self.survey.id, version: Self.survey.version, answers: form.answers, quoteAllowed: form.quoteAllowed)
        #expect(Self.text(document).contains(#""children":2"#))
        #expect(try ResponseDocument.decode(document.json(), library: Self.library).0 == document)
    }

    @Test func integersWrittenByOtherToolsAreRead() throws {
        let decoded = try #require(try? Self.decode(#"{"survey":"test","version":1,"answers":{"children":4.0,"score":1e2}}"#).get())
        #expect(decoded.answers == ["children": .number(4), "score": .number(100)])
    }

    // MARK: - Refusing what does not fit

    @Test(arguments: [
        // Not JSON, or not this shape.
        ("not json", "the answers are not the JSON Chorus writes"),
        (#"{"survey":"test","version":1}"#, "the answers are not the JSON Chorus writes"),
        (#"{"survey":"test","answers":{}}"#, "the answers are not the JSON Chorus writes"),
        (#"{"survey":"test","version":"1","answers":{}}"#, "the answers are not the JSON Chorus writes"),
        (#"{"survey":"test","version":1,"answers":{"needed":true}}"#, "the answers are not the JSON Chorus writes"),
        (#"{"survey":"test","version":1,"answers":{"needed":null}}"#, "the answers are not the JSON Chorus writes"),
        // Wrong survey or version.
        (#"{"survey":"other","version":1,"answers":{}}"#, "survey 'other' is not among the survey definitions given"),
        (#"{"survey":"test","version":2,"answers":{}}"#, "it answers version 2 of 'test', newer than any definition in the survey folder (version 1). Use the survey files the server runs"),
        // Questions that are not questions.
        (#"{"survey":"test","version":1,"answers":{"nope":"x"}}"#, "it answers 'nope', which is not a question of 'test'"),
        (#"{"survey":"test","version":1,"answers":{"about_note":"x"}}"#, "it answers 'about_note', which is not a question of 'test'"),
        // Values of the wrong kind.
        (#"{"survey":"test","version":1,"answers":{"mood":3}}"#, "its answer to 'mood' does not fit the question"),
        (#"{"survey":"test","version":1,"answers":{"mood":["agree"]}}"#, "its answer to 'mood' does not fit the question"),
        (#"{"survey":"test","version":1,"answers":{"contact":"police"}}"#, "its answer to 'contact' does not fit the question"),
        (#"{"survey":"test","version":1,"answers":{"contact":[]}}"#, "its answer to 'contact' does not fit the question"),
        (#"{"survey":"test","version":1,"answers":{"contact":["police","police"]}}"#, "its answer to 'contact' does not fit the question"),
        (#"{"survey":"test","version":1,"answers":{"children":"3"}}"#, "its answer to 'children' does not fit the question"),
        (#"{"survey":"test","version":1,"answers":{"comment":2}}"#, "its answer to 'comment' does not fit the question"),
        (#"{"survey":"test","version":1,"answers":{"comment":""}}"#, "its answer to 'comment' does not fit the question"),
        // Values the question does not accept.
        (#"{"survey":"test","version":1,"answers":{"mood":"maybe"}}"#, "its answer to 'mood' does not fit the question"),
        (#"{"survey":"test","version":1,"answers":{"contact":["police","fire"]}}"#, "its answer to 'contact' does not fit the question"),
        (#"{"survey":"test","version":1,"answers":{"children":2.5}}"#, "its answer to 'children' does not fit the question"),
        (#"{"survey":"test","version":1,"answers":{"children":21}}"#, "its answer to 'children' does not fit the question"),
        (#"{"survey":"test","version":1,"answers":{"comment":"12345678901"}}"#, "its answer to 'comment' does not fit the question"),
        // Answers skip logic should have hidden.
        (#"{"survey":"test","version":1,"answers":{"police_rating":"positive"}}"#, "it answers a question that its own earlier answers should have hidden"),
        (#"{"survey":"test","version":1,"answers":{"contact":["housing"],"police_rating":"positive"}}"#, "it answers a question that its own earlier answers should have hidden"),
        (#"{"survey":"test","version":1,"answers":{"contact":["police"],"police_rating":"no_experience","police_comment":"x"}}"#, "it answers a question that its own earlier answers should have hidden"),
        (#"{"survey":"test","version":1,"answers":{"needed":"no","why":"x"}}"#, "it answers a question that its own earlier answers should have hidden"),
        // Quoting what cannot be quoted.
        (#"{"survey":"test","version":1,"answers":{"plain":"x"},"quote_ok":["plain"]}"#, "it allows quoting of an answer that cannot be quoted"),
        (#"{"survey":"test","version":1,"answers":{"mood":"agree"},"quote_ok":["mood"]}"#, "it allows quoting of an answer that cannot be quoted"),
        (#"{"survey":"test","version":1,"answers":{},"quote_ok":["comment"]}"#, "it allows quoting of an answer that cannot be quoted"),
        (#"{"survey":"test","version":1,"answers":{},"quote_ok":["nope"]}"#, "it allows quoting of an answer that cannot be quoted"),
    ])
    func decodeRefuses(_ json: String, _ reason: String) {
        #expect(Self.decode(json) == .failure(ResponseMismatch(reason)))
    }

    @Test func decodeAcceptsWhatSkipLogicShows() {
        let json = #"{"survey":"test","version":1,"answers":{"contact":["police"],"police_rating":"positive","police_comment":"x","police_again":"no"},"quote_ok":["police_comment"]}"#
        let expected = ResponseDocument(
            survey: "test", version: 1,
            answers: ["contact": .options(["police"]), "police_rating": .option("positive"), "police_comment": .text("x"), "police_again": .option("no")],
            quoteAllowed: ["police_comment"])
        #expect(Self.decode(json) == .success(expected))
    }

    @Test func decodeFindsTheSurveyInALibraryOfSeveral() throws {
        let other = try SurveyFixture.survey(SurveyFixture.onePage(SurveyFixture.lines(
            "      - id: words",
            "        type: text",
            "        label: Words")).replacingOccurrences(of: "id: test", with: "id: other").replacingOccurrences(of: "version: 1", with: "version: 4"))
        let library = SurveyLibrary(surveys: [Self.survey, other])
        let (document, survey) = try ResponseDocument.decode(Array(#"{"survey":"other","version":4,"answers":{"words":"hi"}}"#.utf8), library: library)
        #expect(survey.id == "other")
        #expect(document == ResponseDocument(survey: "other", version: 4, answers: ["words": .text("hi")]))
    }
}
