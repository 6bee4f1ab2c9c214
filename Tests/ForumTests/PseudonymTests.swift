import TestSupport
import Testing
@testable import Forum

@Suite("Pseudonyms")
struct PseudonymTests {
    /// Words that must never be part of a pseudonym. Compared with whole words.
    static let forbiddenWords: Set<String> = [
        // First names and nicknames, many of them also nature words
        "rose", "jack", "robin", "holly", "ivy", "iris", "summer", "autumn", "skye", "sky", "willow",
        "hazel", "heather", "daisy", "lily", "violet", "poppy", "jasmine", "olive", "pearl", "ruby",
        "amber", "jade", "coral", "crystal", "dawn", "april", "may", "june", "august", "river",
        "rain", "storm", "stormy", "sunny", "misty", "sandy", "rocky", "woody", "dusty", "rusty",
        "forrest", "forest", "brook", "brooke", "glen", "glenn", "dale", "cliff", "heath", "reed",
        "rowan", "ash", "aspen", "sage", "laurel", "juniper", "cedar", "wren", "lark", "raven",
        "dove", "jay", "finch", "merlin", "martin", "phoenix", "ocean", "marina", "aurora", "luna",
        "stella", "star", "nova", "echo", "indigo", "blue", "sierra", "savannah", "meadow",
        "haven", "harmony", "melody", "serenity", "faith", "hope", "joy", "grace", "mercy",
        "patience", "charity", "honor", "honour", "felicity", "bliss", "ember", "blaze", "flint",
        "hunter", "mason", "cooper", "taylor", "carter", "parker", "sterling", "noble", "royal",
        "earnest", "frank", "victor", "will", "bill", "bob", "art", "mark", "pat", "sue", "rob",
        "don", "ray", "gene", "basil", "rosemary", "clementine", "cherry", "magnolia", "dahlia",
        "camellia", "hyacinth", "lavender", "saffron", "scarlet", "scarlett", "sorrel", "fern",
        "clover", "blossom", "bud", "fawn", "sylvia", "sylvan", "bonnie", "bonny", "merry",
        "sunshine", "zephyr", "tempest", "gale", "gail", "snow", "fox", "wolf", "bear", "leo",
        "kit", "maple", "cypress", "linden", "alder", "kestrel", "teal", "sparrow", "lucky",
        "velvet", "clement", "constance", "prudence", "honey", "peaches", "ginger", "pepper",
        "olivia", "emma", "amelia", "ava", "sophia", "mia", "isabella", "charlotte", "emily",
        "ella", "chloe", "lucy", "sophie", "jessica", "hannah", "sarah", "laura", "rachel",
        "rebecca", "katie", "amy", "megan", "lauren", "anna", "zoe", "ellie", "evie", "freya",
        "isla", "maya", "aisha", "fatima", "mariam", "maryam", "priya", "anjali", "oliver",
        "george", "harry", "noah", "arthur", "muhammad", "mohammed", "oscar", "charlie", "jacob",
        "thomas", "james", "william", "henry", "alfie", "joshua", "freddie", "archie", "ethan",
        "isaac", "alexander", "max", "lucas", "theo", "daniel", "adam", "samuel", "joseph",
        "david", "michael", "john", "paul", "peter", "andrew", "chris", "tom", "ben", "sam",
        "dan", "joe", "ali", "omar", "hassan", "jordan", "taylor", "morgan", "casey", "riley",
        "quinn", "avery", "eden", "bay", "bell", "belle", "drake",
        // Violence, abuse, fear, control
        "kill", "killer", "knife", "gun", "blood", "punch", "hit", "beat", "fist", "bruise", "slap",
        "choke", "stab", "fight", "fighter", "war", "warrior", "bomb", "sword", "axe", "blade",
        "razor", "hammer", "hunt", "trap", "cage", "chain", "rope", "burn", "fire", "flame",
        "thunder", "strike", "attack", "rage", "anger", "hate", "fear", "scream", "cry", "tears",
        "pain", "hurt", "wound", "scar", "bone", "skull", "death", "dead", "ghost", "grave",
        "tomb", "poison", "venom", "predator", "prey", "victim", "abuse", "silent", "silence",
        "hidden", "secret", "lonely", "broken", "lost", "obedient", "dutiful", "loyal", "willing",
        "submissive", "quail", "shank", "redshank", "greenshank", "hemlock", "foxglove",
        // Bodies
        "head", "hand", "arm", "leg", "foot", "heart", "eye", "lip", "lips", "breast", "belly",
        "skin", "hair", "face", "body", "neck", "chest", "hip", "thigh", "palm", "tongue", "mouth",
        // Gender and family roles
        "man", "woman", "girl", "boy", "lady", "queen", "king", "prince", "princess", "mother",
        "father", "mum", "mom", "dad", "wife", "husband", "bride", "sister", "brother", "son",
        "daughter", "chick", "doe", "stag", "pretty", "handsome",
        // Religion
        "god", "angel", "heaven", "holy", "saint", "church", "chapel", "mosque", "temple",
        "prayer", "bless", "blessed", "divine", "spirit", "soul", "jesus", "allah", "buddha",
        "karma", "zen", "lotus", "halo", "trinity", "cardinal", "bishop", "monk", "nun",
        "crescent", "cross", "lamb", "faithful", "devoted", "zealous",
        // Ethnicity and colours read as skin
        "black", "white", "brown", "yellow", "red", "dusky", "moor", "coconut",
        // Places
        "london", "paris", "jordan", "nile", "sahara", "everest", "arctic", "atlantic", "pacific",
        "alpine", "nordic", "highland", "turkey", "canary", "chelsea", "brooklyn", "dakota",
        "sydney", "orange",
        // Embarrassing, crude, drink and drugs
        "sexy", "hot", "naked", "cock", "tit", "pecker", "booby", "beaver", "melon", "banana",
        "nut", "peach", "plum", "crumpet", "shag", "woodcock", "titmouse", "woodpecker", "lush",
        "high", "stoned", "drunk", "beer", "wine", "gin", "frog", "cuckoo", "thrush", "whale",
    ]

    /// Fragments that must not appear anywhere inside a word.
    static let forbiddenFragments = [
        "kill", "blood", "knife", "gun", "rape", "abuse", "dead", "sex", "cock", "tit", "pecker",
        "boob", "shank", "stab", "hate", "god", "hell", "damn", "head", "foot", "hand",
        "breast", "bitch", "slut", "whore", "bomb", "warrior", "nazi", "jesus", "allah",
    ]

    static let allWords = PseudonymWords.adjectives + PseudonymWords.nouns

    @Test("the word lists are long enough and have no duplicates")
    func listSizes() {
        #expect(PseudonymWords.adjectives.count >= 150)
        #expect(PseudonymWords.nouns.count >= 150)
        #expect(Set(PseudonymWords.adjectives).count == PseudonymWords.adjectives.count)
        #expect(Set(PseudonymWords.nouns).count == PseudonymWords.nouns.count)
    }

    @Test("every word is one lower-case ASCII word of three to thirteen letters")
    func wordShape() {
        for word in Self.allWords {
            #expect(word.allSatisfy { $0.isASCII && $0.isLowercase }, "\(word)")
            #expect((3...13).contains(word.count), "\(word)")
        }
    }

    @Test("no word is a first name, violent, bodily, gendered, religious, a place, or crude")
    func noForbiddenWords() {
        let forbidden = Self.allWords.filter { Self.forbiddenWords.contains($0) }
        #expect(forbidden == [])
        let containing = Self.allWords.filter { word in Self.forbiddenFragments.contains { word.contains($0) } }
        #expect(containing == [])
    }

    @Test("a drawn pseudonym is Adjective + Noun + a two- or three-digit number")
    func format() {
        var generator = SplitMix64(state: 7)
        for _ in 0..<2_000 {
            let pseudonym = Pseudonym.draw(using: &generator)
            let text = pseudonym.text
            #expect(pseudonym.description == text)
            #expect(text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }, "\(text)")
            let digits = text.drop { $0.isLetter }
            #expect((2...3).contains(digits.count), "\(text)")
            #expect(digits.first != "0", "\(text)")
            #expect(digits.allSatisfy { $0.isNumber }, "\(text)")
            let letters = text.prefix { $0.isLetter }
            #expect(letters.filter(\.isUppercase).count == 2, "\(text)")
            #expect(letters.first?.isUppercase == true, "\(text)")
            #expect(Pseudonym(validating: text) == pseudonym, "\(text)")
        }
    }

    @Test("the secure draw has the same shape")
    func secureFormat() {
        for _ in 0..<100 {
            let pseudonym = Pseudonym.draw()
            #expect(Pseudonym(validating: pseudonym.text) == pseudonym, "\(pseudonym)")
        }
    }

    @Test("draws are nearly always distinct")
    func uniqueness() {
        var generator = SplitMix64(state: 2024)
        let seeded = (0..<10_000).map { _ in Pseudonym.draw(using: &generator) }
        // About 48 million pseudonyms: 10,000 draws expect about one collision.
        #expect(Set(seeded).count >= 9_980)
        let secure = (0..<2_000).map { _ in Pseudonym.draw() }
        #expect(Set(secure).count >= 1_990)
    }

    @Test("every word and both number lengths turn up")
    func coverage() {
        var generator = SplitMix64(state: 99)
        var adjectives: Set<String> = []
        var nouns: Set<String> = []
        var numbers: Set<Int> = []
        for _ in 0..<30_000 {
            let text = Pseudonym.draw(using: &generator).text
            let letters = String(text.prefix { $0.isLetter })
            let split = letters.dropFirst().firstIndex(where: \.isUppercase)!
            adjectives.insert(letters[..<split].lowercased())
            nouns.insert(letters[split...].lowercased())
            numbers.insert(Int(text.drop { $0.isLetter })!)
        }
        #expect(adjectives == Set(PseudonymWords.adjectives))
        #expect(nouns == Set(PseudonymWords.nouns))
        #expect(numbers.min()! >= 10 && numbers.max()! <= 999)
        #expect(numbers.contains { $0 < 100 } && numbers.contains { $0 >= 100 })
    }

    @Test("a seeded generator gives reproducible draws")
    func reproducible() {
        var first = SplitMix64(state: 42)
        var second = SplitMix64(state: 42)
        var other = SplitMix64(state: 43)
        let a = (0..<50).map { _ in Pseudonym.draw(using: &first) }
        let b = (0..<50).map { _ in Pseudonym.draw(using: &second) }
        let c = (0..<50).map { _ in Pseudonym.draw(using: &other) }
        #expect(a == b)
        #expect(a != c)
    }

    @Test("validating accepts only what a draw could produce", arguments: [
        "quietotter42", "QUIETOTTER42", "Quietotter42", "QuietOtter", "QuietOtter7", "QuietOtter042",
        "QuietOtter1000", "Quiet Otter 42", "Quiet-Otter-42", "QuietRose42", "RoseOtter42",
        "QuietRiver42", "OtterQuiet42", "QuietCalmOtter42", "Quiet", "42", "", "QuietOtter42 ",
        "QuietOtter4a", "QuietOtter-42", "ÇalmOtter42", "QuietOtter４２",
    ])
    func validatingRejects(text: String) {
        #expect(Pseudonym(validating: text) == nil)
    }

    @Test("validating accepts well-formed pseudonyms")
    func validatingAccepts() {
        for text in ["QuietOtter42", "CalmHeron10", "GentleMoss999", "ZippyZebra500"] {
            #expect(Pseudonym(validating: text)?.text == text)
        }
    }
}
