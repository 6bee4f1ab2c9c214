/// The words that announce a name: "my son Jack", "my ex, Darren", "her social worker Sarah",
/// "Mr Smith", "PC Jones". Folded, apostrophes dropped.
enum RelationshipWords {
    /// Words that start a relationship phrase.
    static let possessives: Set<String> = ["my", "his", "her", "our", "their", "your", "the", "a", "an", "mine", "me"]

    /// Words that may sit between the possessive and the relation: "my ex-partner", "my eldest son".
    static let modifiers: Set<String> = [
        "ex", "former", "new", "old", "older", "oldest", "eldest", "younger", "youngest", "little", "big",
        "middle", "late", "current", "then", "step", "half", "social", "support", "key", "case", "health",
        "family", "police", "specialist", "outreach", "domestic", "abuse", "violence", "dv", "da", "best",
        "close", "first", "second", "third", "other", "own", "two", "baby", "teenage", "adult", "in", "law",
        "housing", "mental", "liaison", "probation", "school", "class", "head", "abusive", "violent",
    ]

    /// Relations and roles after which a name often follows.
    static let relations: Set<String> = [
        "son", "sons", "daughter", "daughters", "child", "children", "kid", "kids", "baby", "boy", "girl",
        "ex", "partner", "husband", "wife", "boyfriend", "girlfriend", "bf", "gf", "fiance", "fiancee",
        "spouse", "brother", "sister", "sibling", "twin", "mum", "mom", "mother", "dad", "father", "stepdad",
        "stepmum", "stepfather", "stepmother", "stepson", "stepdaughter", "cousin", "uncle", "aunt", "auntie",
        "aunty", "nan", "nana", "gran", "granny", "grandma", "grandmother", "grandad", "granddad",
        "grandfather", "grandson", "granddaughter", "nephew", "niece", "friend", "bestie", "mate",
        "neighbour", "neighbor", "colleague", "boss", "manager", "landlord", "landlady", "worker",
        "caseworker", "advocate", "idva", "isva", "officer", "detective", "solicitor", "lawyer",
        "barrister", "gp", "doctor", "midwife", "nurse", "visitor", "teacher", "counsellor", "therapist",
        "keyworker", "housemate", "flatmate", "carer", "guardian", "abuser", "perpetrator", "attacker",
        "man", "woman", "guy", "lady", "bloke", "fella", "chap",
    ]

    /// Words between the relation and the name: "a man called Darren", "his name is Darren".
    static let namingWords: Set<String> = ["called", "named", "nicknamed", "name", "is", "was", "known", "as"]

    /// Honorifics a name follows ("Mr Smith", "Dr Patel"). The short ones are taken in any case and
    /// may be followed by a lower-case name ("mr smith").
    static let shortHonorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "mister", "sgt", "cllr", "prof", "rev", "insp", "det",
    ]
    /// Police ranks in capitals only: "PC Jones", but "the pc" is a computer.
    static let capitalHonorifics: Set<String> = ["pc", "dc", "ds", "di", "dci", "dsi", "pcso", "wpc"]
    /// Titles that are also everyday words: a name follows only with a capital ("Judge Harris",
    /// "Officer Brown"; not "the judge said").
    static let wordHonorifics: Set<String> = [
        "sergeant", "inspector", "constable", "detective", "officer", "judge", "councillor", "professor",
        "reverend", "father", "sister", "imam", "pastor", "nurse", "doctor", "sir", "dame", "lord", "lady",
        "aunty", "auntie", "uncle", "brother",
    ]
}
