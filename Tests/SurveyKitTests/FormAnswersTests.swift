import SurveyKit
import Testing

/// Checking the fields of a submitted form against a survey (see `SurveyFixture.answersYAML`).
@Suite struct FormAnswersTests {
    static let survey = try! SurveyFixture.answersSurvey()

    /// Checks `fields` with `required` enforced on no page unless asked.
    static func check(_ fields: [(String, String)], requiredThroughPage: Int = -1) -> FormAnswers {
        FormAnswers(fields: fields.map { (name: $0.0, value: $0.1) }, survey: survey, requiredThroughPage: requiredThroughPage)
    }

    // MARK: - Accepted answers

    struct AcceptedCase: Sendable, CustomTestStringConvertible {
        let fields: [(String, String)]
        let question: String
        let expected: AnswerValue
        init(_ fields: [(String, String)], _ question: String, _ expected: AnswerValue) {
            self.fields = fields
            self.question = question
            self.expected = expected
        }
        var testDescription: String { "\(fields.map { "\($0.0)=\($0.1)" }) gives \(question) = \(expected)" }
    }

    static let acceptedCases: [AcceptedCase] = [
        AcceptedCase([("mood", "agree")], "mood", .option("agree")),
        AcceptedCase([("mood", "  strongly_disagree \n")], "mood", .option("strongly_disagree")),
        AcceptedCase([("contact", "housing")], "contact", .options(["housing"])),
        // The definition's order, whatever order the browser sends.
        AcceptedCase([("contact", "other"), ("contact", "police")], "contact", .options(["police", "other"])),
        // A value ticked twice is one choice.
        AcceptedCase([("contact", "police"), ("contact", "police")], "contact", .options(["police"])),
        // An empty value next to a real one is ignored.
        AcceptedCase([("contact", ""), ("contact", "housing")], "contact", .options(["housing"])),
        AcceptedCase([("contact", "police"), ("police_rating", "very_negative")], "police_rating", .option("very_negative")),
        AcceptedCase([("children", "3")], "children", .number(3)),
        AcceptedCase([("children", "0")], "children", .number(0)),
        AcceptedCase([("children", "20")], "children", .number(20)),
        AcceptedCase([("children", " 4 ")], "children", .number(4)),
        AcceptedCase([("children", "5.0")], "children", .number(5)),
        AcceptedCase([("score", "-2.5")], "score", .number(-2.5)),
        AcceptedCase([("score", "1000000")], "score", .number(1_000_000)),
        AcceptedCase([("comment", "Hello")], "comment", .text("Hello")),
        AcceptedCase([("comment", "  Hello  ")], "comment", .text("Hello")),
        AcceptedCase([("plain", "Line one\nLine two")], "plain", .text("Line one\nLine two")),
        AcceptedCase([("needed", "yes")], "needed", .option("yes")),
        AcceptedCase([("age", "prefer_not_to_say")], "age", .option("prefer_not_to_say")),
        AcceptedCase([("age", "25_or_over")], "age", .option("25_or_over")),
    ]

    @Test(arguments: acceptedCases)
    func acceptedAnswer(_ testCase: AcceptedCase) {
        let form = Self.check(testCase.fields)
        #expect(form.problems == [:])
        #expect(form.unknownFields == [])
        #expect(form.isValid)
        #expect(form.answers[testCase.question] == testCase.expected)
    }

    @Test func aWholeFormIsAccepted() {
        let form = Self.check([
            ("_page", "3"), ("_token", "abc"),
            ("contact", "police"), ("mood", "neither"), ("children", "2"), ("score", "7.25"),
            ("comment", "Kind"), ("comment__quote", "yes"), ("plain", "Slow"),
            ("police_rating", "positive"), ("police_comment", "They listened"), ("police_comment__quote", "yes"),
            ("police_again", "yes"), ("needed", "yes"), ("why", "Safety"), ("age", "under_25"),
        ], requiredThroughPage: 3)
        #expect(form.isValid)
        #expect(form.answers == [
            "contact": .options(["police"]), "mood": .option("neither"), "children": .number(2), "score": .number(7.25),
            "comment": .text("Kind"), "plain": .text("Slow"), "police_rating": .option("positive"),
            "police_comment": .text("They listened"), "police_again": .option("yes"), "needed": .option("yes"),
            "why": .text("Safety"), "age": .option("under_25"),
        ])
        #expect(form.quoteAllowed == ["comment", "police_comment"])
        // The app's own controls are not answers and not unknown.
        #expect(form.raw["_page"] == nil)
        #expect(form.raw["contact"] == ["police"])
    }

    // MARK: - Refused answers

    struct RefusedCase: Sendable, CustomTestStringConvertible {
        let fields: [(String, String)]
        let question: String
        let problem: AnswerProblem
        init(_ fields: [(String, String)], _ question: String, _ problem: AnswerProblem) {
            self.fields = fields
            self.question = question
            self.problem = problem
        }
        var testDescription: String { "\(fields.map { "\($0.0)=\($0.1)" }) gives \(question): \(problem)" }
    }

    static let refusedCases: [RefusedCase] = [
        RefusedCase([("mood", "maybe")], "mood", .unknownOption),
        RefusedCase([("mood", "Agree")], "mood", .unknownOption),
        RefusedCase([("mood", "agree"), ("mood", "disagree")], "mood", .tooManyValues),
        RefusedCase([("needed", "yes"), ("needed", "yes")], "needed", .tooManyValues),
        RefusedCase([("contact", "police"), ("contact", "fire")], "contact", .unknownOption),
        RefusedCase([("contact", "police"), ("police_rating", "fine")], "police_rating", .unknownOption),
        RefusedCase([("children", "three")], "children", .notANumber),
        RefusedCase([("children", "3,5")], "children", .notANumber),
        RefusedCase([("children", "inf")], "children", .notANumber),
        RefusedCase([("children", "nan")], "children", .notANumber),
        RefusedCase([("score", "1e400")], "score", .notANumber),
        RefusedCase([("children", "2"), ("children", "3")], "children", .tooManyValues),
        RefusedCase([("children", "2.5")], "children", .notAWholeNumber),
        RefusedCase([("children", "-1")], "children", .belowMinimum(0)),
        RefusedCase([("children", "21")], "children", .aboveMaximum(20)),
        RefusedCase([("comment", "12345678901")], "comment", .tooLong(maximum: 10)),
        RefusedCase([("comment", "one"), ("comment", "two")], "comment", .tooManyValues),
        RefusedCase([("plain", String(repeating: "a", count: 2001))], "plain", .tooLong(maximum: 2000)),
    ]

    @Test(arguments: refusedCases)
    func refusedAnswer(_ testCase: RefusedCase) {
        let form = Self.check(testCase.fields)
        #expect(form.problems == [testCase.question: testCase.problem])
        #expect(form.answers[testCase.question] == nil)
        #expect(!form.isValid)
        // What she sent is kept so the page can show it again.
        #expect(form.raw[testCase.question] == testCase.fields.filter { $0.0 == testCase.question }.map(\.1))
    }

    @Test func everyProblemIsReportedAtOnce() {
        let form = Self.check([("mood", "maybe"), ("children", "99"), ("comment", String(repeating: "x", count: 11)), ("score", "")])
        #expect(form.problems == ["mood": .unknownOption, "children": .aboveMaximum(20), "comment": .tooLong(maximum: 10)])
        #expect(form.answers == [:])
    }

    // MARK: - Length in characters

    @Test func lengthCountsCharactersNotBytes() {
        let family = "\u{1F469}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}"  // a family: one character of seven scalars
        #expect(family.count == 1)
        let tenFamilies = String(repeating: family, count: 10)
        #expect(tenFamilies.utf16.count == 110)
        #expect(Self.check([("comment", tenFamilies)]).answers["comment"] == .text(tenFamilies))
        #expect(Self.check([("comment", tenFamilies + family)]).problems["comment"] == .tooLong(maximum: 10))

        let flags = String(repeating: "\u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}", count: 10)  // Welsh flag: one character of seven scalars
        #expect(flags.count == 10)
        #expect(Self.check([("comment", flags)]).problems == [:])
    }

    @Test func lengthOfUrduText() {
        // "Thank you, thanks" in Urdu: 5 + 5 letters; the damma on the first letter joins it.
        let urdu = "شُکریہشکریہ"
        #expect(urdu.count == 10)
        #expect(urdu.unicodeScalars.count == 11)
        #expect(Self.check([("comment", urdu)]).answers["comment"] == .text(urdu))
        #expect(Self.check([("comment", urdu + "۔")]).problems["comment"] == .tooLong(maximum: 10))
        // A zero-width non-joiner between words is a character she typed, and counts.
        let words = "میں" + "\u{200C}" + "ٹھیک"
        #expect(Self.check([("comment", words)]).answers["comment"] == .text(words))
    }

    @Test func lengthIsMeasuredAfterTrimmingAndLineEndings() {
        // Spaces around the words don't count against the limit.
        #expect(Self.check([("comment", "   1234567890   ")]).answers["comment"] == .text("1234567890"))
        // CR LF is one line break, as is LF.
        #expect(Self.check([("comment", "12345\r\n6789")]).answers["comment"] == .text("12345\n6789"))
    }

    // MARK: - Required and skipped

    @Test func requiredOnlyOnPagesSeen() {
        #expect(Self.check([], requiredThroughPage: -1).problems == [:])
        #expect(Self.check([], requiredThroughPage: 0).problems == [:])
        #expect(Self.check([], requiredThroughPage: 1).problems == [:])
        #expect(Self.check([], requiredThroughPage: 2).problems == ["needed": .required])
        #expect(Self.check([], requiredThroughPage: 3).problems == ["needed": .required, "age": .required])
        #expect(Self.check([], requiredThroughPage: 99).problems == ["needed": .required, "age": .required])
        #expect(Self.check([("needed", "no"), ("age", "under_25")], requiredThroughPage: 3).isValid)
    }

    @Test func blankAnswerToARequiredQuestionIsMissing() {
        let form = Self.check([("needed", "  "), ("age", "\r\n")], requiredThroughPage: 3)
        #expect(form.problems == ["needed": .required, "age": .required])
    }

    @Test func requiredQuestionHiddenByItsConditionIsNotRequired() {
        // 'why' is required, but shown only when 'needed' is yes (a condition on its own page).
        #expect(Self.check([("needed", "no")], requiredThroughPage: 2).problems == [:])
        #expect(Self.check([], requiredThroughPage: 2).problems == ["needed": .required])
        #expect(Self.check([("needed", "yes")], requiredThroughPage: 2).problems == ["why": .required])
        #expect(Self.check([("needed", "yes"), ("why", "Safety")], requiredThroughPage: 2).isValid)
    }

    @Test func skippedQuestionsAreAbsent() {
        let form = Self.check([("mood", "agree"), ("comment", ""), ("children", "   "), ("contact", "")])
        #expect(form.answers == ["mood": .option("agree")])
        #expect(form.isValid)
    }

    // MARK: - Skip logic

    @Test func answersToHiddenQuestionsAreDropped() {
        // police_rating is shown only when police is ticked.
        let form = Self.check([("contact", "housing"), ("police_rating", "positive")])
        #expect(form.answers == ["contact": .options(["housing"])])
        #expect(form.problems == [:])
        #expect(form.unknownFields == [])
    }

    @Test func hiddenAnswersAreNotChecked() {
        // Nothing she could have typed on a hidden question blocks the form.
        let form = Self.check([("police_rating", "nonsense"), ("police_rating", "more")])
        #expect(form.answers == [:])
        #expect(form.problems == [:])
    }

    @Test func hidingCascades() {
        let all: [(String, String)] = [
            ("contact", "police"), ("police_rating", "negative"), ("police_comment", "Slow"), ("police_again", "no"),
        ]
        #expect(Self.check(all).answers.keys.sorted() == ["contact", "police_again", "police_comment", "police_rating"])

        // Untick police: the rating is hidden, so the comment is, so the last question is.
        var unticked = all
        unticked[0] = ("contact", "housing")
        #expect(Self.check(unticked).answers == ["contact": .options(["housing"])])

        // No experience of the police: the comment is hidden, and the question that depends on it.
        var noExperience = all
        noExperience[1] = ("police_rating", "no_experience")
        #expect(Self.check(noExperience).answers == ["contact": .options(["police"]), "police_rating": .option("no_experience")])

        // An invalid rating counts as no rating, so what depends on it is hidden too.
        var invalid = all
        invalid[1] = ("police_rating", "excellent")
        let form = Self.check(invalid)
        #expect(form.problems == ["police_rating": .unknownOption])
        #expect(form.answers == ["contact": .options(["police"])])
    }

    @Test func samePageConditionDropsTheAnswer() {
        #expect(Self.check([("needed", "no"), ("why", "Because")]).answers == ["needed": .option("no")])
        #expect(Self.check([("needed", "yes"), ("why", "Because")]).answers == ["needed": .option("yes"), "why": .text("Because")])
    }

    // MARK: - Quote permission

    @Test func quotePermissionOnlyWhenTickedAndAnswered() {
        #expect(Self.check([("comment", "Hi"), ("comment__quote", "yes")]).quoteAllowed == ["comment"])
        // Not ticked.
        #expect(Self.check([("comment", "Hi")]).quoteAllowed == [])
        // Ticked with another value than the box's.
        #expect(Self.check([("comment", "Hi"), ("comment__quote", "on")]).quoteAllowed == [])
        // Ticked but nothing written.
        #expect(Self.check([("comment", ""), ("comment__quote", "yes")]).quoteAllowed == [])
        #expect(Self.check([("comment__quote", "yes")]).quoteAllowed == [])
        // Ticked, but the words were refused.
        let tooLong = Self.check([("comment", "far too long for ten"), ("comment__quote", "yes")])
        #expect(tooLong.quoteAllowed == [])
        #expect(tooLong.problems == ["comment": .tooLong(maximum: 10)])
        // Ticked, but the question was hidden.
        let hidden = Self.check([("police_comment", "Slow"), ("police_comment__quote", "yes")])
        #expect(hidden.quoteAllowed == [])
        #expect(hidden.answers == [:])
        // Ticked, but the question became hidden by a cascade.
        let cascade = Self.check([
            ("contact", "police"), ("police_rating", "no_experience"),
            ("police_comment", "Slow"), ("police_comment__quote", "yes"),
        ])
        #expect(cascade.quoteAllowed == [])
    }

    @Test func quoteBoxForAQuestionWithoutPermissionIsUnknown() {
        let form = Self.check([("plain", "Hi"), ("plain__quote", "yes")])
        #expect(form.unknownFields == ["plain__quote"])
        #expect(form.quoteAllowed == [])
        #expect(!form.isValid)
    }

    // MARK: - Fields that are not ours

    @Test func unknownFieldNamesAreReported() {
        let form = Self.check([
            ("mood", "agree"), ("zzz", "1"), ("about_note", "x"), ("Mood", "agree"), ("_csrf", "token"), ("_page", "2"),
        ])
        #expect(form.unknownFields == ["Mood", "about_note", "zzz"])
        #expect(form.answers == ["mood": .option("agree")])
        #expect(form.problems == [:])
        #expect(!form.isValid)
    }

    // MARK: - Cleaning what she typed

    @Test(arguments: [
        ("Hello\u{0}world", "Helloworld"),
        ("bell\u{7}\u{1B}[31m red", "bell[31m red"),
        ("delete\u{7F}d", "deleted"),
        ("next line\u{85}here", "next linehere"),
        ("tab\tkept", "tab\tkept"),
        ("line\none", "line\none"),
        ("windows\r\nline", "windows\nline"),
        ("old mac\rline", "old mac\nline"),
        ("two\r\n\r\nparagraphs", "two\n\nparagraphs"),
        ("mixed\r\r\nendings", "mixed\n\nendings"),
        ("\r\n  padded  \r\n", "padded"),
        // Zero-width non-joiner and joiner, and right-to-left marks, are kept: Urdu and Arabic need them.
        ("می\u{200C}خواہم", "می\u{200C}خواہم"),
        ("ک\u{200D}", "ک\u{200D}"),
        ("\u{200F}پولیس\u{200F}", "\u{200F}پولیس\u{200F}"),
        ("e\u{301}cole", "e\u{301}cole"),
    ])
    func textIsCleaned(_ sent: String, _ kept: String) {
        let form = Self.check([("plain", sent)])
        #expect(form.answers["plain"] == .text(kept))
        #expect(form.raw["plain"] == [sent])
    }

    @Test func onlyControlCharactersIsSkipped() {
        let form = Self.check([("plain", "\u{0}\u{1}\u{7F}")])
        #expect(form.answers == [:])
        #expect(form.problems == [:])
    }

    @Test func choiceValuesAreCleanedToo() {
        #expect(Self.check([("mood", "agree\r\n")]).answers["mood"] == .option("agree"))
        #expect(Self.check([("mood", "ag\u{0}ree")]).answers["mood"] == .option("agree"))
    }
}
