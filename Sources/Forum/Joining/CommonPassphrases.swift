/// Passwords and phrases that attackers try first: the top of the public breach lists (RockYou,
/// the "most common passwords" lists published each year), keyboard walks, the word "password" in
/// several languages, famous example passphrases, and the phrases people in Chorus's audience are
/// likely to reach for. Crude and sexual entries of the public lists are left out of the source; they
/// are rare as passphrases of ten characters or more.
///
/// A passphrase is "too common" if it equals an entry after any of these (`matches`):
/// lower-casing; removing spaces and the separators `- _ . , ' ’`; stripping digits and ASCII
/// punctuation from both ends (`Password2024!` → `password`, `2024password`); and undoing simple
/// leetspeak (`p@$$w0rd` → `password`, `1` read as `i` or `l`).
enum CommonPassphrases {
    static let entries: [String] = [
        // Digits
        "123456", "123456789", "12345678", "12345", "1234567", "1234567890", "1234", "12341234",
        "123123", "123123123", "123321", "1234554321", "654321", "987654321", "9876543210",
        "0987654321", "0123456789", "111111", "11111111", "1111111111", "000000", "00000000",
        "0000000000", "222222", "333333", "444444", "555555", "666666", "777777", "7777777",
        "888888", "88888888", "999999", "99999999", "121212", "112233", "11223344", "123654",
        "123654789", "147258369", "147852369", "159753", "159357", "789456123", "741852963",
        "5201314", "131313", "202020", "212121", "100200", "102030", "123456a", "123456789a",
        "12345678910", "1234567891", "12345qwert", "1q2w3e", "1q2w3e4r", "1q2w3e4r5t",
        "1q2w3e4r5t6y", "q1w2e3r4", "q1w2e3r4t5", "1qaz2wsx", "1qaz2wsx3edc", "1qazxsw2",
        "zaq12wsx", "zaq1zaq1", "zaq1xsw2", "!qaz2wsx", "2wsx3edc", "3edc4rfv", "12qwaszx",
        "a1b2c3", "a1b2c3d4", "1a2b3c4d", "abc123", "abcd1234", "abc12345", "aa123456",
        "aa12345678", "qwe123", "123qwe", "qwe123456", "123abc", "1234qwer", "qwer1234",
        "qwerty123", "qwerty1234", "qwerty12345", "asdf1234", "asd123", "zxc123", "zxcv1234",
        // Keyboard walks
        "qwerty", "qwertyui", "qwertyuiop", "qwertyuiop[]", "qwertyuiopasdfghjkl",
        "qwertyuiopasdfghjklzxcvbnm", "asdfgh", "asdfghjk", "asdfghjkl", "asdfghjkl;",
        "zxcvbn", "zxcvbnm", "zxcvbnm,./", "qazwsx", "qazwsxedc", "qazwsxedcrfv",
        "qazwsxedcrfvtgb", "wsxedc", "poiuytrewq", "lkjhgfdsa", "mnbvcxz", "ytrewq", "qweasd",
        "qweasdzxc", "asdqwe", "asdasd", "asdfasdf", "qwerqwer", "qweqwe", "azerty",
        "azertyuiop", "qwertz", "qwertzuiop", "asdfghjklö", "1qay2wsx", "ujmik,ol.",
        "qwertyuiop1234567890", "1234567890qwertyuiop", "!@#$%^&*", "!@#$%^&*()",
        "qwaszx", "qawsed", "qawsedrftg", "wasd", "wasdwasd", "abcdefg", "abcdefgh", "abcdefghi",
        "abcdefghij", "abcdefghijk", "abcdefghijklmnopqrstuvwxyz", "zyxwvutsrq", "aaaaaa",
        "aaaaaaaa", "aaaaaaaaaa", "abcabc", "abcabcabc",
        // The word itself, in English and other languages
        "password", "password1", "password12", "password123", "password1234", "password!",
        "passwords", "passw0rd", "pass", "pass123", "pass1234", "passpass", "passw", "passwort",
        "motdepasse", "contraseña", "contrasena", "contraseña123", "senha", "senha123", "parola",
        "wachtwoord", "haslo", "hasło", "salasana", "lösenord", "losenord", "passord",
        "adgangskode", "jelszo", "jelszó", "heslo", "sifre", "şifre", "parolă", "geslo",
        "lozinka", "пароль", "кодовоеслово", "كلمةالسر", "كلمةالمرور", "پاسورڈ", "密码", "パスワード",
        "비밀번호", "mypassword", "mypass", "newpassword", "oldpassword", "thepassword",
        "yourpassword", "nopassword", "passwordpassword", "secretpassword", "supersecretpassword",
        "strongpassword", "securepassword", "mysecretpassword", "password123456", "changeme",
        "changeme123", "changeit", "temppassword", "temp1234", "temp123", "default", "default123",
        "letmein", "letmein1", "letmein123", "letmeinplease", "pleaseletmein", "letmeinnow",
        "opensesame", "openup", "open123", "secret", "secret1", "secret123", "mysecret",
        "topsecret", "supersecret", "itsasecret", "nottelling", "noneofyourbusiness",
        "idontknow", "dontknow", "iforgot", "forgotpassword", "forgotit", "remember",
        "rememberme", "access", "access14", "admin", "admin123", "administrator", "root",
        "toor", "login", "login123", "guest", "guest123", "user", "user123", "username",
        "test", "test123", "test1234", "testing", "testing123", "welcome", "welcome1",
        "welcome123", "welcometo", "hello", "hello123", "hellohello", "helloworld", "hellothere",
        "hithere", "whatsup", "whatever", "whatever1", "trustno1", "trustme", "master",
        "master123", "mastermind", "qwertyqwerty", "tr0ub4dor&3", "troubadour",
        // Famous and much-quoted phrases
        "correct horse battery staple", "correcthorse", "the quick brown fox",
        "the quick brown fox jumps over the lazy dog", "lorem ipsum", "lorem ipsum dolor sit amet",
        "may the force be with you", "to be or not to be", "winter is coming",
        "you shall not pass", "i want to believe", "all you need is love", "live laugh love",
        "keep calm and carry on", "keepcalm", "carpe diem", "hakuna matata", "let it be",
        "let it go", "just do it", "yolo", "you only live once", "the truth is out there",
        "i am the best", "im the best", "i am awesome", "i am number one", "number one",
        "numberone", "one two three", "open the door", "abracadabra", "supercalifragilistic",
        "supercalifragilisticexpialidocious", "hocus pocus", "once upon a time",
        "happily ever after", "over the rainbow", "somewhere over the rainbow",
        "here comes the sun", "dont stop believing", "never gonna give you up", "stairway to heaven",
        "hello kitty", "happy birthday", "merry christmas", "happy new year", "good morning",
        "good night", "good luck", "thank you", "thank you very much", "no pain no gain",
        "practice makes perfect", "time is money", "knowledge is power", "live and let live",
        "love conquers all", "this is my password", "this is a password", "my password",
        "password is password", "enter password", "type your password", "passphrase",
        "my passphrase", "this is my passphrase", "a long passphrase",
        // Love, family, faith
        "iloveyou", "iloveyou1", "iloveyou2", "iloveyou123", "iloveu", "iloveu2", "loveyou",
        "loveyou2", "iloveyouforever", "iloveyousomuch", "iloveyoubaby", "iloveyoutoo",
        "i love you forever", "i love you so much", "love you forever", "ilovemykids",
        "ilovemychildren", "ilovemyfamily", "ilovemymom", "ilovemymum", "ilovemymother",
        "ilovemydad", "ilovemyson", "ilovemysons", "ilovemydaughter", "ilovemydaughters",
        "ilovemyhusband", "ilovemywife", "ilovemyboyfriend", "ilovemygirlfriend", "ilovemybaby",
        "ilovemybabies", "ilovemydog", "ilovemycat", "ilovemylife", "ilovemyself", "iloveme",
        "lovemykids", "love my kids", "my kids are my life", "mykidsmylife", "my children",
        "mychildren", "my family", "myfamily", "family", "family1", "family123", "familyfirst",
        "family forever", "mykids", "mybaby", "mybabies", "mylove", "myloveforever", "mylife",
        "myworld", "my everything", "myeverything", "mommy", "mummy", "mother", "mother1",
        "father", "daddy", "grandma", "grandmother", "nana", "babygirl", "babyboy", "baby",
        "baby123", "babygirl1", "babyface", "lovely", "loveme", "lovers", "lover", "loveyou123",
        "love", "love123", "love1234", "lovelove", "loveislove", "love is love", "lovelife",
        "love of my life", "loveofmylife", "lovemylife", "truelove", "true love", "onelove",
        "one love", "foreverlove", "forever", "forever1", "foreverandever", "forever and always",
        "always", "alwaysandforever", "always and forever", "together", "togetherforever",
        "soulmate", "soulmates", "sweetheart", "sweetie", "sweety", "sweetpea", "honey",
        "honeybee", "darling", "princess", "princess1", "prince", "angel", "angel1", "angels",
        "myangel", "angelface", "babydoll", "dolly", "sugar", "candy", "cutie", "cutiepie",
        "beautiful", "gorgeous", "pretty", "jesus", "jesus1", "jesuschrist", "jesuslovesme",
        "jesus loves me", "jesussaves", "ilovejesus", "ilovegod", "god", "godisgood",
        "god is good", "godislove", "godbless", "godblessyou", "god bless you", "blessed",
        "blessed1", "blessings", "faith", "faithful", "hope", "hopeful", "faith hope love",
        "faithhopelove", "trustgod", "trust in god", "in god we trust", "praisethelord",
        "praise the lord", "hallelujah", "amen", "amazinggrace", "amazing grace", "heaven",
        "heavensent", "thankyoujesus", "thankyougod", "the lord is my shepherd", "john316",
        "john 3 16", "jeremiah2911", "philippians413", "psalm23", "bismillah", "inshallah",
        "mashallah", "alhamdulillah", "allahuakbar", "subhanallah", "allah", "muhammad",
        "shalom", "namaste", "omnamahshivaya", "waheguru", "satnam",
        // What a survivor might reach for, and so what is worth guessing
        "survivor", "survivor1", "iamasurvivor", "i am a survivor", "imasurvivor", "survive",
        "survived", "isurvived", "stillhere", "still here", "stillstanding", "still standing",
        "strong", "strongwoman", "strong woman", "iamstrong", "i am strong", "imstrong",
        "staystrong", "stay strong", "bestrong", "be strong", "strongerthanever", "stronger",
        "fighter", "warrior", "brave", "bebrave", "fearless", "unbroken", "unbreakable",
        "iamenough", "i am enough", "iamworthy", "i am worthy", "iamsafe", "i am safe",
        "imsafenow", "safenow", "safe at last", "safeatlast", "safeplace", "safe place",
        "iamfree", "i am free", "imfree", "freedom", "freedom1", "free at last", "freeatlast",
        "breakfree", "break free", "setmefree", "newlife", "new life", "newstart", "new start",
        "newbeginning", "newbeginnings", "new beginnings", "freshstart", "fresh start",
        "startover", "start again", "startagain", "moveon", "movingon", "moving on", "letgo",
        "letitgo", "neveragain", "never again", "nevergiveup", "never give up", "dontgiveup",
        "dont give up", "keepgoing", "keep going", "onedayatatime", "one day at a time",
        "believe", "believeinyourself", "believe in yourself", "believesurvivors", "metoo",
        "timesup", "healing", "healingjourney", "healing journey", "selflove", "self love",
        "selfcare", "loveyourself", "love yourself", "breathe", "justbreathe", "just breathe",
        "peace", "innerpeace", "inner peace", "peaceandlove", "peace and love", "happiness",
        "happy", "happy123", "happydays", "happy days", "happylife", "happy life", "behappy",
        "dontworrybehappy", "dont worry be happy", "smile", "keepsmiling", "keep smiling",
        "sunshine", "sunshine1", "you are my sunshine", "youaremysunshine", "rainbow",
        "rainbows", "butterfly", "butterflies", "phoenix", "rise", "risingphoenix",
        "rise up", "riseup", "thisismylife", "this is my life", "mylifemyrules", "myturn",
        "nowitsmyturn", "myself", "me myself and i", "memyselfandi", "justme", "just me",
        "nobody", "nobodyknows", "secretplace", "hiddenplace", "hidden", "private",
        "privacy", "notyours", "mine", "onlyme", "only me",
        // Common words and names from the breach lists
        "monkey", "dragon", "football", "baseball", "soccer", "hockey", "basketball", "cricket",
        "golf", "tennis", "superman", "batman", "spiderman", "ironman", "wonderwoman",
        "captainamerica", "shadow", "michael", "jennifer", "jessica", "ashley", "amanda",
        "daniel", "andrew", "joshua", "matthew", "jordan", "hannah", "nicole", "elizabeth",
        "robert", "william", "thomas", "charlie", "maggie", "samantha", "sophie", "oliver",
        "chloe", "lauren", "taylor", "madison", "hunter", "ranger", "buster", "tigger", "ginger",
        "pepper", "bailey", "buddy", "lucky", "cookie", "cupcake", "cupcakes", "muffin",
        "peanut", "pumpkin", "buttercup", "snowball", "snowflake", "smokey", "midnight",
        "moonlight", "starlight", "sunset", "flower", "flowers", "sunflower", "daisy", "rose",
        "roses", "summer", "autumn", "winter", "spring", "purple", "orange", "yellow",
        "silver", "golden", "diamond", "diamonds", "crystal", "chocolate", "banana", "apple",
        "strawberry", "cherry", "peaches", "blueberry", "icecream", "pizza", "coffee", "cheese",
        "computer", "internet", "freedom123", "tiger", "tigers", "lion", "eagle", "eagles",
        "falcon", "dolphin", "dolphins", "kitten", "kitty", "puppy", "puppylove", "doggy",
        "bubbles", "snoopy", "pokemon", "pikachu", "naruto", "minecraft", "fortnite", "roblox",
        "zelda", "mario", "starwars", "startrek", "matrix", "harrypotter", "hogwarts",
        "gandalf", "darthvader", "skywalker", "doctorwho", "sherlock", "simpsons", "spongebob",
        "scoobydoo", "disney", "mickeymouse", "minniemouse", "tinkerbell", "cinderella",
        "barbie", "teddybear", "ladybug", "ladybird", "harley", "mustang", "corvette",
        "ferrari", "porsche", "mercedes", "yamaha", "chelsea", "arsenal", "liverpool",
        "manchester", "manutd", "manchesterunited", "barcelona", "realmadrid", "juventus",
        "celtic", "rangers", "tottenham", "everton", "england", "scotland", "wales", "ireland",
        "london", "paris", "newyork", "america", "canada", "australia", "pakistan", "india",
        "bangladesh", "nigeria", "poland", "mexico", "brazil", "killer", "hunter2", "maverick",
        "jordan23", "michael1", "charlie1", "football1", "baseball1", "superman1", "batman1",
        "monkey1", "dragon1", "shadow1", "master1", "qwerty1", "abc1234", "iloveyou!",
        "whatever!", "letmein!", "welcome!", "computer1", "internet1", "summer2024",
        "winter2024", "spring2024", "autumn2024", "blink182", "007", "jamesbond", "jamesbond007",
        "agent007", "myspace", "facebook", "instagram", "tiktok", "snapchat", "twitter",
        "google", "yahoo", "hotmail", "gmail", "outlook", "microsoft", "windows", "apple123",
        "samsung", "iphone", "android", "nokia", "playstation", "xbox", "nintendo", "netflix",
        "spotify", "amazon", "chorus", "chorus123", "chorusforum", "forum", "forum123",
        "support", "helpme", "help me", "pleasehelp", "please help me", "sos",
    ]

    /// The entries as they are compared: lower-cased, spaces and separators removed.
    static let keys: Set<String> = Set(entries.map(compact))

    /// True if `passphrase` is an entry or a trivial variation of one (see the type's documentation).
    static func matches(_ passphrase: String) -> Bool {
        let base = compact(passphrase)
        var candidates: Set<String> = []
        for form in [base, strippingEnds(base, digits: false), strippingEnds(base, digits: true)] {
            candidates.insert(form)
            candidates.insert(unleet(form, one: "i"))
            candidates.insert(unleet(form, one: "l"))
            // Leetspeak first, then the ends: `p@ssw0rd2024` and `hell0!` both come back to a word.
            candidates.insert(strippingEnds(unleet(form, one: "i"), digits: true))
        }
        return candidates.contains { !$0.isEmpty && keys.contains($0) }
    }

    /// Lower-cased, with whitespace and the separators people put between words removed.
    static func compact(_ text: String) -> String {
        String(text.lowercased().filter { !$0.isWhitespace && !separators.contains($0) })
    }

    private static let separators: Set<Character> = ["-", "_", ".", ",", "'", "\u{2019}"]

    /// Removes ASCII punctuation and symbols (and, if `digits`, ASCII digits) from both ends.
    private static func strippingEnds(_ text: String, digits: Bool) -> String {
        func strippable(_ character: Character) -> Bool {
            character.isASCII && (character.isPunctuation || character.isSymbol || (digits && character.isNumber))
        }
        guard let first = text.firstIndex(where: { !strippable($0) }),
              let last = text.lastIndex(where: { !strippable($0) }) else { return "" }
        return String(text[first...last])
    }

    private static let leet: [Character: Character] = [
        "@": "a", "4": "a", "3": "e", "!": "i", "0": "o", "$": "s", "5": "s", "7": "t", "+": "t",
        "|": "l",
    ]

    /// Undoes simple leetspeak; `one` is what `1` stands for (`i` or `l`).
    private static func unleet(_ text: String, one: Character) -> String {
        String(text.map { $0 == "1" ? one : (leet[$0] ?? $0) })
    }
}
