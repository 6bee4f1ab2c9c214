import Testing
@testable import Themes

@Suite("Theme suggestions")
struct SuggesterTests {
    static let bundled = ThemeSuggester(taxonomy: try! ThemeTaxonomy.load(file: Fixtures.themesFile))

    @Test("a phrase matches whole words in any case, and says which rule matched")
    func explains() {
        let suggester = ThemeSuggester(taxonomy: Fixtures.taxonomy)
        let found = suggester.suggestions(for: "The POLICE believed me straight away.")
        #expect(found.map(\.themeID) == ["police", "believed"])
        #expect(found.first?.phrase == "police")
        #expect(found.first?.matched == "POLICE")
        #expect(suggester.suggestedIDs(for: "Policemen came") == [], "whole words only")
    }

    @Test("suggestions follow the taxonomy, not the order of her words")
    func stableOrder() {
        let suggester = ThemeSuggester(taxonomy: Fixtures.taxonomy)
        #expect(suggester.suggestedIDs(for: "I was rehoused after the police came") == ["police", "housed"])
        #expect(suggester.suggestedIDs(for: "the police came and I was rehoused") == ["police", "housed"])
    }

    @Test("a negation before a phrase stops an unless_negated theme, within the sentence")
    func negation() {
        let suggester = ThemeSuggester(taxonomy: Fixtures.taxonomy)
        #expect(suggester.suggestedIDs(for: "They didn't believe me") == ["not_believed"])
        #expect(suggester.suggestedIDs(for: "Nobody believed me") == [])
        #expect(suggester.suggestedIDs(for: "Not at first. Then she believed me.") == ["believed"])
        #expect(suggester.suggestedIDs(for: "I never thought that in the end they believed me") == ["believed"], "the negation is more than three words back")
    }

    @Test("a not_near word cancels the phrase")
    func notNear() {
        // fgm's "cut" is cancelled near "hair", "off", "contact"...
        #expect(Self.bundled.suggestedIDs(for: "he cut my hair off while I slept").contains("fgm") == false)
        #expect(Self.bundled.suggestedIDs(for: "they cut off contact with my mum").contains("fgm") == false)
        #expect(Self.bundled.suggestedIDs(for: "I was cut as a girl and nobody at the GP asked").contains("fgm"))
    }

    @Test("the bundled rules suggest what a reader would", arguments: [
        ("The police officer didn't believe me and I had to tell my story again and again.", ["police", "not_believed", "retelling_story"]),
        ("It's a lottery, it depends who you get at the council.", ["professional_lottery"]),
        ("He controlled all the money and took my wages.", ["coercive_control", "economic_abuse"]),
        ("I was forced to marry at 17 and my family talked about honour.", ["forced_marriage", "honour_based_abuse"]),
        ("He tracked my phone and kept messaging from fake accounts.", ["online_tech_abuse", "stalking_harassment"]),
        ("My IDVA kept me informed and I got a non-molestation order.", ["idva", "kept_informed", "order_granted"]),
        ("The case was dropped, no further action.", ["case_dropped"]),
        ("The midwife asked me in a private room.", ["maternity", "private_space"]),
        ("There was no interpreter so my husband translated.", ["language_interpreters"]),
        ("Handovers for child contact were where he abused me.", ["child_contact_abuse"]),
    ])
    func bundledRules(_ example: (String, [String])) {
        let found = Self.bundled.suggestedIDs(for: example.0)
        for id in example.1 {
            #expect(found.contains(id), "\(id) missing from \(found)")
        }
    }

    @Test("the kept-informed rule does not fire on its negation")
    func notKeptInformed() {
        let found = Self.bundled.suggestedIDs(for: "Nobody kept me informed about the hearing.")
        #expect(!found.contains("kept_informed"))
    }

    @Test("empty or wordless answers suggest nothing")
    func empty() {
        #expect(Self.bundled.suggestions(for: "").isEmpty)
        #expect(Self.bundled.suggestions(for: "... !!! ...").isEmpty)
    }
}
