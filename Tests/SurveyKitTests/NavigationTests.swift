import SurveyKit
import Testing

/// Page-by-page navigation without JavaScript: pages whose questions are all hidden are skipped.
@Suite struct NavigationTests {
    typealias F = SurveyFixture

    /// page 0: contact (police, housing)
    /// page 1: police questions, shown if police ticked
    /// page 2: a housing question, shown if housing ticked
    /// page 3: a note and a question about housing help, shown only to those who said housing helped (cascade)
    /// page 4: overall (always), then a follow-up on the same page
    /// page 5: a question shown only when 'overall' is agree (a condition on an earlier page)
    static let survey = try! F.survey(F.head + F.lines(
        "pages:",
        "  - title: Services",
        "    questions:",
        "      - id: contact",
        "        type: multiple_choice",
        "        label: Which services?",
        "        options:",
        "          - {id: police, label: Police}",
        "          - {id: housing, label: Housing}",
        "  - title: Police",
        "    questions:",
        "      - id: police_rating",
        "        type: scale",
        "        label: How were the police?",
        "        options: agency_rating",
        "        relevant: selected(${contact}, 'police')",
        "      - id: police_comment",
        "        type: text",
        "        label: Tell us more",
        "        relevant: selected(${contact}, 'police')",
        "  - title: Housing",
        "    questions:",
        "      - id: housing_helped",
        "        type: single_choice",
        "        label: Did housing help?",
        "        options: yes_no",
        "        relevant: selected(${contact}, 'housing')",
        "  - title: Housing help",
        "    questions:",
        "      - id: housing_how",
        "        type: text",
        "        label: How did they help?",
        "        relevant: ${housing_helped} = 'yes'",
        "  - title: Overall",
        "    questions:",
        "      - id: overall",
        "        type: scale",
        "        label: Services helped me.",
        "        options: agreement",
        "      - id: overall_why",
        "        type: text",
        "        label: Why?",
        "        relevant: ${overall} = 'agree' or ${overall} = 'strongly_agree'",
        "  - title: Thanks",
        "    questions:",
        "      - id: what_helped",
        "        type: text",
        "        label: What helped most?",
        "        relevant: ${overall} = 'agree'",
        "      - id: closing_note",
        "        type: note",
        "        label: Thank you.",
        "        relevant: ${overall} = 'agree'"))

    struct Route: Sendable, CustomTestStringConvertible {
        let answers: Answers
        let forward: [Int]
        var testDescription: String { "\(answers) goes through \(forward)" }
    }

    static let routes: [Route] = [
        Route(answers: [:], forward: [0, 4]),
        Route(answers: ["contact": .options(["police"])], forward: [0, 1, 4]),
        Route(answers: ["contact": .options(["housing"])], forward: [0, 2, 4]),
        Route(answers: ["contact": .options(["housing"]), "housing_helped": .option("no")], forward: [0, 2, 4]),
        Route(answers: ["contact": .options(["housing"]), "housing_helped": .option("yes")], forward: [0, 2, 3, 4]),
        Route(answers: ["contact": .options(["police", "housing"]), "housing_helped": .option("yes")], forward: [0, 1, 2, 3, 4]),
        // A stale answer to a hidden question does not open the pages that depend on it.
        Route(answers: ["contact": .options(["police"]), "housing_helped": .option("yes")], forward: [0, 1, 4]),
        Route(answers: ["overall": .option("agree")], forward: [0, 4, 5]),
        Route(answers: ["overall": .option("strongly_agree")], forward: [0, 4]),
    ]

    @Test(arguments: routes)
    func nextAndPreviousSkipHiddenPages(_ route: Route) {
        var forward = [0]
        while let next = Self.survey.nextPage(after: forward.last!, given: route.answers) { forward.append(next) }
        #expect(forward == route.forward)

        var backward = [route.forward.last!]
        while let previous = Self.survey.previousPage(before: backward.last!, given: route.answers) { backward.append(previous) }
        #expect(backward == route.forward.reversed())
    }

    @Test func firstAndLastPages() {
        #expect(Self.survey.previousPage(before: 0, given: [:]) == nil)
        #expect(Self.survey.nextPage(after: 5, given: ["overall": .option("agree")]) == nil)
        #expect(Self.survey.nextPage(after: 4, given: [:]) == nil)
    }

    @Test func pagesAreShownByAnswersBeforeThem() {
        let answers: Answers = ["contact": .options(["police"])]
        #expect(Self.survey.isShown(page: 0, given: answers))
        #expect(Self.survey.isShown(page: 1, given: answers))
        #expect(!Self.survey.isShown(page: 2, given: answers))
        #expect(!Self.survey.isShown(page: 3, given: answers))
        #expect(Self.survey.isShown(page: 4, given: answers))
        #expect(!Self.survey.isShown(page: 5, given: answers))
    }

    @Test func answersOnALaterPageDoNotDecideAnEarlierOne() {
        // A condition can only name earlier questions, so only answers before a page count for it.
        let answers: Answers = ["contact": .options(["police"]), "police_rating": .option("positive")]
        #expect(Self.survey.answers(before: 0, from: answers) == [:])
        #expect(Self.survey.answers(before: 1, from: answers) == ["contact": .options(["police"])])
        #expect(Self.survey.answers(before: 2, from: answers) == answers)
    }

    @Test func answersBeforeAPageDropHiddenOnes() {
        let answers: Answers = [
            "contact": .options(["housing"]), "police_rating": .option("positive"),
            "housing_helped": .option("no"), "housing_how": .text("stale"),
        ]
        #expect(Self.survey.answers(before: 4, from: answers) == [
            "contact": .options(["housing"]), "housing_helped": .option("no"),
        ])
    }

    @Test func questionWithAConditionOnTheSamePageIsShown() {
        let overallPage = 4
        let why = Self.survey.pages[overallPage].questions[1]
        #expect(why.id == "overall_why")
        // Not known until she answers 'overall' on this page, so it is shown whatever was sent.
        #expect(Self.survey.isShown(why, onPage: overallPage, given: [:]))
        #expect(Self.survey.isShown(why, onPage: overallPage, given: ["overall": .option("disagree")]))
        #expect(Self.survey.isShown(why, onPage: overallPage, given: ["overall": .option("agree")]))
    }

    @Test func questionWithAConditionOnAnEarlierPageFollowsIt() {
        let policePage = 1
        let rating = Self.survey.pages[policePage].questions[0]
        #expect(Self.survey.isShown(rating, onPage: policePage, given: ["contact": .options(["police"])]))
        #expect(!Self.survey.isShown(rating, onPage: policePage, given: ["contact": .options(["housing"])]))
        #expect(!Self.survey.isShown(rating, onPage: policePage, given: [:]))
        let overall = Self.survey.pages[4].questions[0]
        #expect(Self.survey.isShown(overall, onPage: 4, given: [:]))
    }

    @Test func aPageWithOnlyAHiddenNoteIsSkipped() {
        // Page 5 has a question and a note, both hidden unless 'overall' is agree.
        #expect(!Self.survey.isShown(page: 5, given: ["overall": .option("disagree")]))
        #expect(Self.survey.isShown(page: 5, given: ["overall": .option("agree")]))
    }

    @Test func pageIndexOfQuestion() {
        #expect(Self.survey.pageIndex(ofQuestion: "contact") == 0)
        #expect(Self.survey.pageIndex(ofQuestion: "police_comment") == 1)
        #expect(Self.survey.pageIndex(ofQuestion: "closing_note") == 5)
        #expect(Self.survey.pageIndex(ofQuestion: "nope") == nil)
    }

    @Test func keepingRelevantFollowsTheSurveyOrder() {
        let answers: Answers = [
            "contact": .options(["housing"]), "housing_helped": .option("yes"), "housing_how": .text("Quickly"),
            "overall": .option("agree"), "overall_why": .text("Kind"), "what_helped": .text("Listening"),
        ]
        #expect(Self.survey.keepingRelevant(answers) == answers)
        var changed = answers
        changed["contact"] = .options(["police"])
        #expect(Self.survey.keepingRelevant(changed) == [
            "contact": .options(["police"]), "overall": .option("agree"), "overall_why": .text("Kind"), "what_helped": .text("Listening"),
        ])
        changed["overall"] = .option("disagree")
        #expect(Self.survey.keepingRelevant(changed) == ["contact": .options(["police"]), "overall": .option("disagree")])
    }
}
