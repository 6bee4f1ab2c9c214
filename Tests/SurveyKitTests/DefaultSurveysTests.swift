import Foundation
import SurveyKit
import Testing
import TestSupport

/// The three surveys that ship in `Surveys/` load, and keep the promises of `Surveys/README.md`.
@Suite struct DefaultSurveysTests {
    static let folder = ShippedSurveys.folder

    static let ids = ["agency-experience", "professionals", "survivors-consultation"]

    /// The shipped surveys; a failure to load is recorded with every problem, and gives no surveys.
    static func surveys() -> [Survey] {
        do {
            return try ShippedSurveys.load()
        } catch {
            Issue.record("The default surveys do not load: \(error)")
            return []
        }
    }

    @Test func allThreeLoadWithNoProblems() {
        #expect(SurveyFixture.loadProblems(Self.folder) == [])
        #expect(Self.surveys().map(\.id) == Self.ids)
    }

    @Test(arguments: [
        // id, audience, answerable questions, notes, pages (Surveys/README.md)
        ("agency-experience", Audience.survivors, 32, 2, 7),
        ("professionals", Audience.professionals, 40, 1, 7),
        ("survivors-consultation", Audience.survivors, 72, 1, 15),
    ])
    func shapeMatchesTheReadme(_ id: String, _ audience: Audience, _ questions: Int, _ notes: Int, _ pages: Int) throws {
        let survey = try #require(Self.surveys().first { $0.id == id })
        #expect(survey.audience == audience)
        #expect(survey.answerableQuestions.count == questions)
        #expect(survey.questions.count - survey.answerableQuestions.count == notes)
        #expect(survey.pages.count == pages)
        #expect(survey.sourcePath == Self.folder.appendingPathComponent(id + ".yaml").path)
    }

    @Test func everyIdentifyingQuestionEndsWithPreferNotToSay() {
        let surveys = Self.surveys()
        let identifying = surveys.flatMap(\.questions).filter(\.identifying)
        #expect(identifying.count >= 6 * 2 + 3)
        for survey in surveys {
            for question in survey.questions where question.identifying {
                #expect(question.type.isChoice, "\(survey.id): \(question.id) is identifying but not a choice")
                #expect(question.options.last?.id == "prefer_not_to_say", "\(survey.id): \(question.id) does not end with prefer_not_to_say")
            }
        }
    }

    @Test func noQuestionIsRequired() {
        for survey in Self.surveys() {
            for question in survey.questions {
                #expect(!question.required, "\(survey.id): \(question.id) is required")
            }
        }
    }

    @Test func everyTextQuestionAllowsQuotePermission() {
        let surveys = Self.surveys()
        #expect(surveys.flatMap(\.questions).contains { $0.type == .text })
        for survey in surveys {
            for question in survey.questions where question.type == .text {
                #expect(question.quotePermission, "\(survey.id): \(question.id) has no quote permission")
            }
        }
    }

    @Test func everySurveyHasIntroTitleAndClosing() {
        let surveys = Self.surveys()
        #expect(surveys.count == 3)
        for survey in surveys {
            #expect(survey.intro.english.count > 100, "\(survey.id) has little or no intro")
            #expect(!survey.title.english.isEmpty)
            #expect(survey.closing.map { !$0.english.isEmpty } == true, "\(survey.id) has no closing text")
            #expect(survey.runBy != nil, "\(survey.id) does not say who runs it")
            for page in survey.pages {
                #expect(!page.title.english.isEmpty)
            }
        }
    }

    @Test func conditionsOnlyNameQuestionsOnEarlierPages() {
        // So skip logic works page by page without JavaScript (Surveys/README.md).
        for survey in Self.surveys() {
            for (index, page) in survey.pages.enumerated() {
                for question in page.questions {
                    for name in question.relevant?.referencedQuestions ?? [] {
                        let page = survey.pageIndex(ofQuestion: name)
                        #expect(page.map { $0 < index } == true, "\(survey.id): \(question.id) depends on \(name) on its own page or later")
                    }
                }
            }
        }
    }

    @Test func everyPageCanBeReached() {
        // Tick everything and agree to everything: every page is then shown.
        for survey in Self.surveys() {
            let answers = Self.fullAnswers(survey, choosing: { $0.options.first { $0.id == "yes" } ?? $0.options[0] })
            let kept = survey.keepingRelevant(answers)
            for page in survey.pages.indices {
                #expect(survey.isShown(page: page, given: kept), "\(survey.id): page \(page + 1) is never shown")
            }
        }
    }

    @Test func aFullyAnsweredFormIsAcceptedAndReadsBack() throws {
        let surveys = Self.surveys()
        let library = SurveyLibrary(surveys: surveys)
        for survey in surveys {
            for pick in [0, 1] {
                let answers = Self.fullAnswers(survey, choosing: { $0.options[min(pick, $0.options.count - 1)] })
                var fields: [(name: String, value: String)] = []
                for (id, value) in answers.sorted(by: { $0.key < $1.key }) {
                    switch value {
                    case .option(let option): fields.append((id, option))
                    case .options(let options): fields += options.map { (id, $0) }
                    case .text(let text): fields += [(id, text), (id + FormAnswers.quoteSuffix, "yes")]
                    case .number(let number): fields.append((id, "\(number)"))
                    }
                }
                let form = FormAnswers(fields: fields, survey: survey, requiredThroughPage: survey.pages.count - 1)
                #expect(form.isValid, "\(survey.id): \(form.problems) \(form.unknownFields)")
                #expect(form.answers == survey.keepingRelevant(answers))
                let document = ResponseDocument(survey: survey.id, version: survey.version, answers: form.answers, quoteAllowed: form.quoteAllowed)
                let (decoded, found) = try ResponseDocument.decode(document.json(), library: library)
                #expect(decoded == document)
                #expect(found.id == survey.id)
            }
        }
    }

    /// An answer to every question: `choose` picks the option for single choices and scales, multiple
    /// choices tick every option, text questions get a few words.
    static func fullAnswers(_ survey: Survey, choosing choose: (Question) -> Option) -> Answers {
        var answers = Answers()
        for question in survey.answerableQuestions {
            switch question.type {
            case .singleChoice, .scale: answers[question.id] = .option(choose(question).id)
            case .multipleChoice: answers[question.id] = .options(question.options.map(\.id))
            case .text: answers[question.id] = .text("Some words")
            case .number: answers[question.id] = .number(question.minimum ?? 1)
            case .note: break
            }
        }
        return answers
    }
}
