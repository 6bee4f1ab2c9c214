/// Page-by-page navigation with skip logic, for a survey served without JavaScript: each page is
/// decided on the server from the answers to earlier pages.
extension Survey {
    /// The relevant answers given on pages before `page`.
    public func answers(before page: Int, from answers: Answers) -> Answers {
        let earlier = Set(pages.prefix(max(0, page)).flatMap(\.questions).map(\.id))
        return keepingRelevant(answers.filter { earlier.contains($0.key) })
    }

    /// Whether `question` on `page` is shown. A condition on a question of the same page cannot be
    /// known until she answers it, so such a question is shown; if the condition turns out false, its
    /// answer is dropped when the page is sent.
    public func isShown(_ question: Question, onPage page: Int, given answers: Answers) -> Bool {
        guard let relevant = question.relevant else { return true }
        let samePage = Set(pages[page].questions.map(\.id))
        if relevant.referencedQuestions.contains(where: samePage.contains) { return true }
        return relevant.evaluate(self.answers(before: page, from: answers))
    }

    /// Whether `page` asks or shows anything, given the answers to earlier pages.
    public func isShown(page: Int, given answers: Answers) -> Bool {
        pages[page].questions.contains { isShown($0, onPage: page, given: answers) }
    }

    /// The next page to show after `page`, or nil when she has reached the end.
    public func nextPage(after page: Int, given answers: Answers) -> Int? {
        pages.indices.first { $0 > page && isShown(page: $0, given: answers) }
    }

    /// Whether any page after `page` might still be shown, judged before she answers `page`: a later
    /// question whose condition names `page` or a later one cannot be ruled out yet. The button of a
    /// page says "Continue" exactly when this is true, so "Send" never hides a page still to come.
    public func mayFollow(page: Int, given answers: Answers) -> Bool {
        let known = self.answers(before: page, from: answers)
        let undecided = Set(pages.suffix(from: page).flatMap(\.questions).map(\.id))
        return pages.indices.contains { later in
            later > page && pages[later].questions.contains { question in
                guard let relevant = question.relevant else { return true }
                return relevant.referencedQuestions.contains(where: undecided.contains) || relevant.evaluate(known)
            }
        }
    }

    /// The page to go back to from `page`, or nil on the first page.
    public func previousPage(before page: Int, given answers: Answers) -> Int? {
        pages.indices.last { $0 < page && isShown(page: $0, given: answers) }
    }

    /// The index of the page that holds question `id`.
    public func pageIndex(ofQuestion id: String) -> Int? {
        pages.firstIndex { $0.questions.contains { $0.id == id } }
    }
}
