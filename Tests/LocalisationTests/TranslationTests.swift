import Foundation
@testable import Localisation
@testable import SurveyKit
import Testing
import TestSupport

/// The Welsh and Urdu tables: they translate every survivor-facing string and only those, keep
/// every `{placeholder}`, number and line of the English, and leave no English behind by mistake.
/// These checks cannot say a translation is good; only a native speaker can (docs/translations.md).
@Suite("Welsh and Urdu translations")
struct TranslationTests {
    struct Language: Sendable, CustomTestStringConvertible {
        let code: String
        let catalogue: Catalogue
        let table: [StringKey: String]
        var testDescription: String { code }
    }

    static let languages = [
        Language(code: "cy", catalogue: .welsh, table: Catalogue.welshTable),
        Language(code: "ur", catalogue: .urdu, table: Catalogue.urduTable),
    ]

    /// Keys that survivors never read: the lead's report and anything for staff, who work in English.
    /// Every other key is survivor-facing: every page's chrome, the quick exit, the survey pages,
    /// errors, thank-you and withdrawal, safety and findings pages, and the forum (its refusals and
    /// its coarse "this week" show on staff pages too; translated all the same).
    /// A new survivor-facing key therefore fails the coverage test until it is translated.
    static let notSurvivorFacingPrefixes = ["report", "staff", "lead"]

    /// Each language's forum table, kept in its own file and merged into the language's table.
    static let forumTables: [(code: String, core: [StringKey: String], forum: [StringKey: String])] = [
        ("cy", Catalogue.welshCoreTable, Catalogue.welshForumTable),
        ("ur", Catalogue.urduCoreTable, Catalogue.urduForumTable),
    ]

    static let survivorFacing: Set<StringKey> = Set(StringKey.allCases.filter { key in
        !notSurvivorFacingPrefixes.contains { key.rawValue.hasPrefix($0) }
    })

    /// Words that may stay in Latin script, or the same in Welsh and English: the names of a key and of
    /// a product the reader must recognise, and the example withdrawal code.
    static let allowedLatinWords: Set<String> = ["Shift", "Tor", "Browser", "ABCD", "EFGH", "JKMN", "PQRS"]

    /// Common English words that are not Welsh words: one of them in a Welsh string means a phrase
    /// was left in English. ("National Domestic Abuse Helpline" is a name and has none of them.)
    static let englishOnlyWords: Set<String> = [
        "the", "and", "you", "your", "of", "to", "this", "that", "please", "with", "for", "what",
        "will", "not", "we", "our", "page", "answer", "answers", "survey", "people", "choose", "enter",
    ]

    static func placeholders(_ text: String) -> [String] {
        text.matches(of: #/\{[A-Za-z]+\}/#).map { String($0.output) }.sorted()
    }

    static func withoutPlaceholders(_ text: String) -> String {
        text.replacing(#/\{[A-Za-z]+\}/#, with: "")
    }

    static func words(_ text: String) -> [String] {
        withoutPlaceholders(text).split { !$0.isLetter && $0 != "'" }.map(String.init)
    }

    static func latinWords(_ text: String) -> [String] {
        words(text).filter { word in word.unicodeScalars.contains { ("A"..."Z").contains($0) || ("a"..."z").contains($0) } }
    }

    /// The runs of digits, as written: numbers must stay exactly as in English (0808 2000 247, 999, 55, 3).
    static func digitRuns(_ text: String) -> [String] {
        withoutPlaceholders(text).matches(of: #/[0-9]+/#).map { String($0.output) }.sorted()
    }

    static func isArabicScriptLetter(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.properties.isAlphabetic else { return false }
        switch scalar.value {
        case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return true
        default: return false
        }
    }

    /// For each line: blank, a list item ("- "), or text, so paragraphs and lists survive translation.
    static func lineShape(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? "blank" : trimmed.hasPrefix("- ") ? "item" : "text"
        }
    }

    @Test("Only survivor-facing keys of the English table are translated", arguments: languages)
    func onlySurvivorFacingKeys(_ language: Language) {
        for key in language.table.keys {
            #expect(Self.survivorFacing.contains(key), "\(language.code): \(key) is not survivor-facing; leave it to fall back to English")
            #expect(Catalogue.englishTable[key] != nil, "\(language.code): \(key) has no English to translate")
        }
    }

    @Test("Every survivor-facing key is translated", arguments: languages)
    func coverage(_ language: Language) {
        let missing = Self.survivorFacing.filter { language.table[$0] == nil }.map(\.rawValue).sorted()
        let translated = Self.survivorFacing.count - missing.count
        print("\(language.code): \(translated) of \(Self.survivorFacing.count) survivor-facing keys translated")
        #expect(Self.survivorFacing.count > 100, "the survivor-facing set lost most of its keys; check the prefixes")
        #expect(missing.isEmpty, "\(language.code): \(translated) of \(Self.survivorFacing.count) translated; missing \(missing)")
    }

    @Test("Each translation has exactly the English placeholders", arguments: languages)
    func samePlaceholders(_ language: Language) {
        for (key, translation) in language.table {
            let english = Catalogue.english[key]
            #expect(Self.placeholders(translation) == Self.placeholders(english),
                    "\(language.code) \(key): placeholders \(Self.placeholders(translation)), English has \(Self.placeholders(english))")
        }
    }

    @Test("Numbers and line structure are as in English", arguments: languages)
    func sameNumbersAndLines(_ language: Language) {
        for (key, translation) in language.table {
            let english = Catalogue.english[key]
            #expect(Self.digitRuns(translation) == Self.digitRuns(english), "\(language.code) \(key): numbers differ from English")
            #expect(Self.lineShape(translation) == Self.lineShape(english), "\(language.code) \(key): paragraphs or list items differ from English")
            let easternDigits = translation.unicodeScalars.filter { (0x0660...0x0669).contains($0.value) || (0x06F0...0x06F9).contains($0.value) }
            #expect(easternDigits.isEmpty, "\(language.code) \(key): use Western digits (0-9)")
        }
    }

    @Test("No translation is empty or left in English", arguments: languages)
    func nothingLeftInEnglish(_ language: Language) {
        for (key, translation) in language.table {
            let english = Catalogue.english[key]
            #expect(!translation.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(language.code) \(key) is empty")
            // A string of placeholders and punctuation only ("{count} ({percent})") is the same in every language.
            if Self.words(english).contains(where: { !Self.allowedLatinWords.contains($0) }) {
                #expect(translation != english, "\(language.code) \(key) is the English")
            }
            let englishWords = Self.words(translation).filter { Self.englishOnlyWords.contains($0.lowercased()) }
            #expect(englishWords.isEmpty, "\(language.code) \(key): English words \(englishWords)")
        }
    }

    @Test("Urdu is in Urdu script, with Latin only for names")
    func urduScript() {
        for (key, translation) in Catalogue.urduTable where !Self.words(Catalogue.english[key]).isEmpty {
            #expect(translation.unicodeScalars.contains(where: Self.isArabicScriptLetter), "ur \(key) has no Urdu letters")
            let latin = Self.latinWords(translation).filter { !Self.allowedLatinWords.contains($0) }
            #expect(latin.isEmpty, "ur \(key): Latin-script words \(latin)")
        }
    }

    /// Whether `text` holds `quoted` between straight or curly quotation marks: the whole string, not a part of it.
    static func quotes(_ text: String, _ quoted: String) -> Bool {
        text.contains("\"\(quoted)\"") || text.contains("“\(quoted)”")
    }

    /// The text between curly quotation marks, for strings that quote part of another.
    static func curlyQuoted(_ text: String) -> [String] {
        text.matches(of: #/“([^”]+)”/#).map { String($0.output.1) }
    }

    /// Strings that quote another string must quote that string's translation, word for word.
    @Test("Quoted interface words match their translation", arguments: languages)
    func quotedWordsMatch(_ language: Language) {
        let catalogue = language.catalogue
        #expect(Self.quotes(catalogue[.safetyBody], catalogue[.quickExit]), "\(language.code): the safety page must name the quick-exit button as it reads")
        #expect(Self.quotes(catalogue[.findingsNotShownNote], catalogue[.findingsNotShown]), "\(language.code): the note must quote “not shown” as it reads")
        // Deleting an account leaves "removed by its author" where its posts were: the warning quotes that placeholder.
        let quoted = Self.curlyQuoted(catalogue[.forumDeleteBody])
        #expect(quoted.count == 1, "\(language.code): forumDeleteBody must quote the placeholder once, in “ ”")
        for fragment in quoted {
            #expect(catalogue[.forumPlaceholderRemovedByAuthor].contains(fragment),
                    "\(language.code): forumDeleteBody quotes “\(fragment)”, which the removed-by-author placeholder does not say")
        }
    }

    /// The forum's words live in their own table per language; the language's table must hold all of
    /// them, and the core table none (a key in both would be silently dropped by the merge).
    @Test("Each forum table holds exactly the forum keys, merged into its language")
    func forumTablesMerged() {
        let forumKeys = Set(StringKey.allCases.filter { $0.rawValue.hasPrefix("forum") })
        #expect(forumKeys.count > 100, "the forum lost most of its keys; check the prefix")
        let merged = Dictionary(uniqueKeysWithValues: Self.languages.map { ($0.code, $0.table) })
        for (code, core, forum) in Self.forumTables {
            #expect(Set(forum.keys) == forumKeys, "\(code): the forum table must hold every forum key and nothing else")
            #expect(core.keys.filter { $0.rawValue.hasPrefix("forum") }.isEmpty, "\(code): forum keys belong in the forum table")
            for (key, text) in forum {
                #expect(merged[code]?[key] == text, "\(code) \(key): not in the language's table")
            }
        }
    }

    @Test("The catalogues carry their language code, are marked unreviewed, translate the forum, and fall back to English for the report")
    func cataloguesAndFallback() {
        #expect(Catalogue.welsh.language == "cy")
        #expect(Catalogue.urdu.language == "ur")
        #expect(Catalogue.unreviewedLanguages == ["cy", "ur"])
        for language in Self.languages {
            #expect(Catalogue.unreviewedLanguages.contains(language.catalogue.language))
            #expect(language.catalogue[.forumNavHome] != Catalogue.english[.forumNavHome], "forum strings are translated")
            #expect(language.catalogue[.reportTitle] == Catalogue.english[.reportTitle], "report strings fall back to English")
        }
        // The quoting rule holds in English, the source, too.
        #expect(Self.quotes(Catalogue.english[.safetyBody], Catalogue.english[.quickExit]))
        #expect(Self.quotes(Catalogue.english[.findingsNotShownNote], Catalogue.english[.findingsNotShown]))
        #expect(Catalogue.english[.forumDeleteBody].contains("'removed by its author'")
                && Catalogue.english[.forumPlaceholderRemovedByAuthor].contains("removed by its author"))
        #expect(Catalogue.welsh.text(.pageOf, ["page": "2", "pages": "5"]) == "Tudalen 2 o 5")
        #expect(Catalogue.urdu.text(.pageOf, ["page": "2", "pages": "5"]) == "صفحہ 2 از 5")
        #expect(Catalogue.welsh.message(for: .tooLong(maximum: 500)) == "Mae eich ateb yn rhy hir. Defnyddiwch 500 nod neu lai.")
    }

    /// A survey survivors answer, with the fewest pages and texts it can have, so that one which lost
    /// most of itself fails rather than passing with little left to check.
    struct SurvivorsSurvey: Sendable, CustomTestStringConvertible {
        let id: String
        let minimumPages: Int
        let minimumTexts: Int
        var testDescription: String { id }
    }

    /// Every shipped survey whose audience is survivors; the test fails if one is missing from here.
    static let survivorsSurveys = [
        SurvivorsSurvey(id: "agency-experience", minimumPages: 7, minimumTexts: 150),
        SurvivorsSurvey(id: "survivors-consultation", minimumPages: 11, minimumTexts: 300),
    ]

    /// Every survey a survivor can open is whole in Welsh and Urdu: nothing `untranslatedTexts(in:)`
    /// counts (title, intro, consent, closing, every page title, label, hint and option, shared lists
    /// included) falls back to English, and neither do `run_by` nor the hierarchies' level and group
    /// labels, which it does not count. Each text keeps the English lines and numbers.
    @Test("Each survivors' survey is whole in Welsh and Urdu: every page, option, hint and the closing text",
          arguments: survivorsSurveys)
    func survivorsSurveyWhole(_ expected: SurvivorsSurvey) throws {
        let surveys = try ShippedSurveys.load()
        let survivorsIDs = Set(surveys.filter { $0.audience == .survivors }.map(\.id))
        #expect(survivorsIDs == Set(Self.survivorsSurveys.map(\.id)),
                "the surveys survivors answer are \(survivorsIDs.sorted()); list each in TranslationTests.survivorsSurveys")
        let survey = try #require(surveys.first { $0.id == expected.id })
        #expect(survey.audience == .survivors, "\(survey.id) is not a survivors' survey")
        for code in ["cy", "ur"] {
            let missing = survey.untranslatedTexts(in: code)
            print("\(code): \(survey.textCount - missing) of \(survey.textCount) texts of \(survey.id) translated")
            #expect(missing == 0, "\(code): \(missing) of \(survey.textCount) texts of \(survey.id) have no \(code)")
        }
        var texts: [(String, LocalizedText)] = [("title", survey.title), ("intro", survey.intro)]
        texts += [survey.consent.map { ("consent", $0) }, survey.closing.map { ("closing", $0) }, survey.runBy.map { ("run_by", $0) }].compactMap { $0 }
        for (number, page) in survey.pages.enumerated() {
            texts.append(("page \(number + 1) title", page.title))
            for question in page.questions {
                texts.append((question.id, question.label))
                if let hint = question.hint { texts.append(("\(question.id) hint", hint)) }
                texts += question.options.map { ("\(question.id).\($0.id)", $0.label) }
                for (level, step) in question.hierarchy.levels.enumerated() {
                    texts.append(("\(question.id) hierarchy level \(level + 1)", step.label))
                    texts += step.groups.map { ("\(question.id) hierarchy level \(level + 1) group \($0.id)", $0.label) }
                }
            }
        }
        #expect(survey.closing != nil && survey.runBy != nil, "\(survey.id) lost its closing text or run_by")
        #expect(survey.pages.count >= expected.minimumPages && texts.count >= expected.minimumTexts,
                "\(survey.id) lost most of its pages or texts: \(survey.pages.count) pages, \(texts.count) texts")
        print("\(survey.id): \(texts.count) texts checked in cy and ur, hierarchy labels included")
        for (place, text) in texts {
            // A text of numbers and punctuation only ("1") is the same in every language.
            let hasWords = !Self.words(text.english).isEmpty
            for code in ["cy", "ur"] {
                let translation = text.text(in: code)
                #expect(text.has(language: code), "\(place) has no \(code)")
                if hasWords { #expect(translation != text.english, "\(place): the \(code) text is the English") }
                #expect(Self.lineShape(translation) == Self.lineShape(text.english), "\(place): \(code) paragraphs or list items differ from English")
                #expect(Self.digitRuns(translation) == Self.digitRuns(text.english), "\(place): \(code) numbers differ from English")
                let easternDigits = translation.unicodeScalars.filter { (0x0660...0x0669).contains($0.value) || (0x06F0...0x06F9).contains($0.value) }
                #expect(easternDigits.isEmpty, "\(place): \(code) must use Western digits (0-9)")
                let englishWords = Self.words(translation).filter { Self.englishOnlyWords.contains($0.lowercased()) }
                #expect(englishWords.isEmpty, "\(place): \(code) has English words \(englishWords)")
            }
            guard hasWords else { continue }
            let urdu = text.text(in: "ur")
            #expect(urdu.unicodeScalars.contains(where: Self.isArabicScriptLetter), "\(place): the Urdu has no Urdu letters")
            let latin = Self.latinWords(urdu).filter { !Self.allowedLatinWords.contains($0) }
            #expect(latin.isEmpty, "\(place): the Urdu has Latin-script words \(latin)")
        }
    }
}

@Test("the catalogues are the languages SurveyKit names as Chorus's own, in the same order")
func cataloguesMatchChorusLanguages() {
    #expect(Catalogue.all.map(\.language) == LocalizedText.chorusLanguages)
}
