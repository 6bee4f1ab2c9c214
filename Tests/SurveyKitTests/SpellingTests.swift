import SurveyKit
import Testing

/// The one "did you mean" measure every reader of a hand-written file uses.
@Suite struct SpellingTests {
    @Test(arguments: [
        ("label", "label", 0), ("lable", "label", 1), ("belived", "believed", 1), ("", "abc", 3), ("abc", "", 3),
        ("kitten", "sitting", 3), ("relevant", "relevnat", 1), ("identifying", "identifyng", 1),
    ])
    func editsBetweenTwoWords(_ a: String, _ b: String, _ edits: Int) {
        #expect(Spelling.editDistance(a, b) == edits)
        #expect(Spelling.editDistance(b, a) == edits, "the distance is the same both ways")
    }

    @Test func aLikelyTypoFindsItsWordAndAnUnrelatedWordFindsNone() {
        let keys = ["label", "relevant", "options", "identifying"]
        #expect(Spelling.closest(to: "lable", in: keys) == "label")
        #expect(Spelling.closest(to: "relevnat", in: keys) == "relevant")
        #expect(Spelling.closest(to: "colour", in: keys) == nil)
        // Ties go to the first in alphabetical order, whatever order the candidates come in.
        #expect(Spelling.closest(to: "cat", in: ["cot", "bat"]) == "bat")
        #expect(Spelling.closest(to: "cat", in: ["bat", "cot"]) == "bat")
    }
}
