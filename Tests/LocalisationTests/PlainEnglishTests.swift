import Foundation
@testable import Localisation
@testable import SurveyKit
import Testing
import TestSupport

/// What a test can hold survivor-facing English to, in GOV.UK's style: no sentence over 25 words,
/// and none of the words GOV.UK's style guide asks writers to avoid. Reading age itself is measured,
/// not tested (`make readability`): the formulas are too crude on short strings to fail a build on.
@Suite("Plain English")
struct PlainEnglishTests {
    /// The survivor-facing keys are the ones the translation tests hold to every language.
    static var interfaceTexts: [(String, String)] {
        TranslationTests.survivorFacing.map { ($0.rawValue, Catalogue.english[$0]) }
    }

    static var surveyTexts: [(String, String)] {
        ((try? ShippedSurveys.load()) ?? []).filter { $0.audience == .survivors }.flatMap { survey in
            survey.texts.map { (survey.id, $0.english) }
        }
    }

    static func sentences(_ text: String) -> [String] {
        var sentences: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            var current = ""
            for character in line {
                current.append(character)
                if ".!?".contains(character) { sentences.append(current); current = "" }
            }
            sentences.append(current)
        }
        return sentences.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    static func words(_ sentence: String) -> [Substring] {
        sentence.split { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" }
    }

    @Test("No survivor-facing sentence is longer than 25 words")
    func shortSentences() {
        let texts = Self.interfaceTexts + Self.surveyTexts
        #expect(texts.count > 400, "the texts to check went missing")
        for (place, text) in texts {
            for sentence in Self.sentences(text) {
                #expect(Self.words(sentence).count <= 25, "\(place): \(Self.words(sentence).count) words: \(sentence)")
            }
        }
    }

    /// From GOV.UK's "words to avoid" and plain-English lists: each has a plainer word.
    static let wordsToAvoid: Set<String> = [
        "utilise", "utilize", "facilitate", "commence", "endeavour", "prior", "subsequently", "hereby",
        "aforementioned", "whilst", "empower", "leverage", "robust", "streamline", "stakeholder",
        "stakeholders", "ensure", "via", "ie", "eg", "etc", "utilisation", "liaise", "disseminate",
    ]

    @Test("No survivor-facing text uses a word GOV.UK asks writers to avoid")
    func plainWords() {
        for (place, text) in Self.interfaceTexts + Self.surveyTexts {
            let used = Set(Self.words(text).map { $0.lowercased() }).intersection(Self.wordsToAvoid)
            #expect(used.isEmpty, "\(place): \(used.sorted()) in \(text)")
        }
    }
}
