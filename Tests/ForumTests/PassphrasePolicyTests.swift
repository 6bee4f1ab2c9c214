import Testing
@testable import Forum

@Suite("Passphrase policy")
struct PassphrasePolicyTests {
    let policy = PassphrasePolicy()

    struct Rejected: CustomTestStringConvertible, Sendable {
        let passphrase: String
        let pseudonym: String?
        let problem: PassphraseProblem
        init(_ passphrase: String, _ problem: PassphraseProblem, pseudonym: String? = nil) {
            self.passphrase = passphrase
            self.problem = problem
            self.pseudonym = pseudonym
        }
        var testDescription: String { "\(passphrase.prefix(40)) → \(problem)" }
    }

    static let short = PassphraseProblem.tooShort(minimum: 10)

    /// 256 characters of ordinary, non-repeating text.
    static let maximumLength = String(PseudonymWords.adjectives.joined(separator: " ").prefix(256))

    static let rejected: [Rejected] = [
        // Length
        Rejected("", short),
        Rejected("short", short),
        Rejected("ninechars", short),
        Rejected("kettle4te", short),
        Rejected("🌧️🌈☀️🐢🍵📚🌻🚲🎻", short), // 9 characters, though many more bytes
        Rejected("میری بلی", short),
        Rejected(String(repeating: "kettle tea ", count: 24), .tooLong(maximum: 256)),
        Rejected(String(repeating: "x", count: 100_000), .tooLong(maximum: 256)),
        // Common, and trivial variations of common
        Rejected("password", .tooCommon),
        Rejected("password1234", .tooCommon),
        Rejected("Password2024", .tooCommon),
        Rejected("Password2024!", .tooCommon),
        Rejected("2024password", .tooCommon),
        Rejected("P@ssw0rd2024", .tooCommon),
        Rejected("p@$$w0rd123", .tooCommon),
        Rejected("Passw0rd!!", .tooCommon),
        Rejected("p a s s w o r d 1 2", .tooCommon),
        Rejected("123456789", .tooCommon),
        Rejected("qwertyuiop", .tooCommon),
        Rejected("QWERTYUIOP123", .tooCommon),
        Rejected("asdfghjkl;", .tooCommon),
        Rejected("1qaz2wsx3edc", .tooCommon),
        Rejected("zxcvbnm123", .tooCommon),
        Rejected("azertyuiop", .tooCommon),
        Rejected("iloveyou", .tooCommon),
        Rejected("ILoveYou2024!", .tooCommon),
        Rejected("i love you forever", .tooCommon),
        Rejected("1l0v3y0uf0r3v3r", .tooCommon),
        Rejected("letmein123", .tooCommon),
        Rejected("trustno1!!!", .tooCommon),
        Rejected("correct horse battery staple", .tooCommon),
        Rejected("Correct-Horse-Battery-Staple", .tooCommon),
        Rejected("CorrectHorseBatteryStaple1", .tooCommon),
        Rejected("Tr0ub4dor&3", .tooCommon),
        Rejected("ilovemykids", .tooCommon),
        Rejected("I love my kids 123", .tooCommon),
        Rejected("monkey12345", .tooCommon),
        Rejected("sunshine99", .tooCommon),
        Rejected("Princess123", .tooCommon),
        Rejected("football10", .tooCommon),
        Rejected("welcome123", .tooCommon),
        Rejected("starwars1977", .tooCommon),
        Rejected("keep calm and carry on", .tooCommon),
        Rejected("The quick brown fox jumps over the lazy dog", .tooCommon),
        Rejected("new beginnings 2024", .tooCommon),
        Rejected("I am a survivor!", .tooCommon),
        Rejected("never give up", .tooCommon),
        Rejected("contraseña123", .tooCommon),
        Rejected("Passwort2024", .tooCommon),
        Rejected("motdepasse1", .tooCommon),
        Rejected("пароль12345", .tooCommon),
        // Her pseudonym, which everybody can see
        Rejected("QuietOtter42 is me", .containsPseudonym, pseudonym: "QuietOtter42"),
        Rejected("quietotter42rocks!", .containsPseudonym, pseudonym: "QuietOtter42"),
        Rejected("my name is quiet otter", .containsPseudonym, pseudonym: "QuietOtter42"),
        Rejected("I am Quiet-Otter-42 here", .containsPseudonym, pseudonym: "Quiet Otter 42"),
        Rejected("GENTLEMOSS and tea", .containsPseudonym, pseudonym: "GentleMoss999"),
        // Repetition and straight runs
        Rejected("aaaaaaaaaaaa", .repetitive),
        Rejected("11111111111", .repetitive),
        Rejected("abcabcabcabc", .repetitive),
        Rejected("abc abc abc abc", .repetitive),
        Rejected("ababababab", .repetitive),
        Rejected("aaaaaaaaab", .repetitive),
        Rejected("hahahahahaha", .repetitive),
        Rejected("la la la la la la", .repetitive),
        Rejected("xoxoxoxoxoxo", .repetitive),
        Rejected("kettlekettlekettle", .repetitive),
        Rejected("Blue sky blue sky", .repetitive),
        Rejected("            ", .repetitive),
        Rejected("😀😀😀😀😀😀😀😀😀😀", .repetitive),
        Rejected("abcdefghij", .repetitive),
        Rejected("ABCDEFGHIJKLMNOP", .repetitive),
        Rejected("zyxwvutsrq", .repetitive),
        Rejected("1234567890", .repetitive),
        Rejected("123456789012", .repetitive),
        Rejected("0987654321", .repetitive),
        Rejected("7890123456", .repetitive),
        Rejected("abcdef123456", .repetitive),
        Rejected("abcde edcba", .repetitive),
        Rejected("абвгдежзий", .repetitive),
        Rejected("αβγδεζηθικ", .repetitive),
    ]

    static let accepted: [String] = [
        // English
        "my cat sleeps on the windowsill",
        "tea with lemon at four",
        "purple bicycle under rain",
        "Seven green kettles whistle",
        "orchard lanterns glow softly",
        "room 42 has blue curtains",
        "kettle4tea",
        "quiet evenings by the water",
        "the otter naps at noon",
        "Pancakes on a Tuesday!",
        "jigsaw puzzle 1000 pieces",
        "buttons in a biscuit tin",
        "Bread, jam & a long walk",
        "my passphrase is a yellow umbrella",
        "correct horse battery stapler in a drawer",
        // Urdu, Arabic, Persian, Hebrew
        "میری بلی کھڑکی پر سوتی ہے",
        "صبح کی چائے اور کتاب",
        "القهوة الصباحية مع الكتب",
        "چای سبز و کتاب صبحگاهی",
        "תה ירוק וספר בבוקר",
        // South Asian scripts
        "मेरी बिल्ली खिड़की पर सोती है",
        "আমার বিড়াল জানালায় ঘুমায়",
        "ਮੇਰੀ ਬਿੱਲੀ ਖਿੜਕੀ ਤੇ ਸੌਂਦੀ ਹੈ",
        "பச்சை தேநீர் காலை நேரம்",
        // European languages
        "mi gato duerme en la ventana",
        "o pão quente da padaria",
        "le thé vert du matin",
        "grüne Äpfel im Küchenregal",
        "żółty rower stoi pod domem",
        "sabah çayı ve simit keyfi",
        "το πράσινο ποδήλατο στην αυλή",
        "зелёный чайник на окне",
        "жовтий велосипед біля річки",
        "ceai de tei și o carte",
        // African languages
        "shaah iyo buskud subaxdii",
        "chai ya asubuhi na mkate",
        "ቡና እና መጽሐፍ ጠዋት",
        // East and South-East Asian
        "我每天早上喝绿茶看书",
        "みどりのやかんがなる",
        "초록색 주전자가 노래한다",
        "trà xanh và sách buổi sáng",
        // Emoji and combining marks
        "🌧️🌈☀️🐢🍵📚🌻🚲🎻🧩",
        "🐢 likes 🍵 and 📚",
        "cafe\u{301} au lait le matin",
        // Exactly the maximum
        maximumLength,
    ]

    @Test("rejected passphrases", arguments: rejected)
    func rejects(_ example: Rejected) {
        let problems = policy.problems(example.passphrase, pseudonym: example.pseudonym)
        #expect(problems.contains(example.problem), "got \(problems)")
    }

    @Test("accepted passphrases, in many languages and scripts", arguments: accepted)
    func accepts(_ passphrase: String) {
        #expect(policy.problems(passphrase, pseudonym: "QuietOtter42") == [])
        #expect(policy.problems(passphrase, pseudonym: nil) == [])
    }

    @Test("the tables are big enough")
    func tableSizes() {
        #expect(Self.rejected.count >= 40)
        #expect(Self.accepted.count >= 40)
    }

    @Test("length is counted in characters as a reader sees them")
    func characterCounting() {
        #expect(policy.problems("🌧️🌈☀️🐢🍵📚🌻🚲🎻", pseudonym: nil) == [Self.short])
        #expect(policy.problems("🌧️🌈☀️🐢🍵📚🌻🚲🎻🧩", pseudonym: nil) == [])
        // Ten characters, one of them written as e + combining acute accent.
        #expect(policy.problems("cafe\u{301}-kettl", pseudonym: nil) == [])
        #expect(policy.problems("cafe\u{301}-kett", pseudonym: nil) == [Self.short])
        let maximum = Self.maximumLength
        #expect(maximum.count == 256)
        #expect(policy.problems(maximum, pseudonym: nil) == [])
        #expect(policy.problems(maximum + "s", pseudonym: nil) == [.tooLong(maximum: 256)])
    }

    @Test("problems come together, in a fixed order")
    func combined() {
        #expect(policy.problems("", pseudonym: nil) == [Self.short])
        #expect(policy.problems("password", pseudonym: nil) == [Self.short, .tooCommon])
        #expect(policy.problems("aaaa", pseudonym: nil) == [Self.short, .repetitive])
        #expect(policy.problems("1234567890", pseudonym: nil) == [.tooCommon, .repetitive])
        #expect(policy.problems("passwordpassword", pseudonym: nil) == [.tooCommon, .repetitive])
        #expect(policy.problems("CalmHeron10CalmHeron10", pseudonym: "CalmHeron10") == [.containsPseudonym, .repetitive])
        #expect(policy.problems(String(repeating: "a", count: 300), pseudonym: "a") == [.tooLong(maximum: 256)])
    }

    @Test("the pseudonym check ignores an empty or number-only pseudonym's parts it cannot use")
    func pseudonymEdgeCases() {
        #expect(policy.problems("tea with lemon at four", pseudonym: "") == [])
        #expect(policy.problems("tea with lemon at four", pseudonym: "---") == [])
        // "Ox1" has too few letters to be matched without its number...
        #expect(policy.problems("an ox in the garden", pseudonym: "Ox1") == [])
        // ...but is matched whole.
        #expect(policy.problems("an ox1 in the garden", pseudonym: "Ox1") == [.containsPseudonym])
        // Her pseudonym's words apart are fine.
        #expect(policy.problems("quiet evenings with an otter", pseudonym: "QuietOtter42") == [])
    }

    @Test("the common list is large and holds the classics")
    func commonList() {
        #expect(CommonPassphrases.keys.count >= 500)
        for classic in ["password", "123456789", "qwertyuiop", "iloveyou", "letmein", "password1",
                        "11111111", "correct horse battery staple", "ilovemykids"] {
            #expect(CommonPassphrases.keys.contains(CommonPassphrases.compact(classic)), "\(classic)")
        }
        // Every entry is caught by the check itself.
        for entry in CommonPassphrases.entries {
            #expect(CommonPassphrases.matches(entry), "\(entry)")
        }
    }
}
