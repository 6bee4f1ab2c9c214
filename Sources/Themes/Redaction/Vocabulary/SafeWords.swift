/// Words that are written with a capital but name no person and no place small enough to find
/// her: the agencies and services survivors talk about, days and months, languages, faiths and
/// festivals, the nations of the UK, apps. Folded, apostrophes dropped. A capitalised word
/// mid-sentence that is not here, not an everyday word and not a listed name is redacted.
enum SafeWords {
    static let words: Set<String> = [
        "i", "im", "ive", "id", "ill",
        // Family words used as names: "I told Mum"
        "mum", "mummy", "mom", "mommy", "mam", "ma", "dad", "daddy", "da", "nan", "nana", "nanna", "nanny",
        "gran", "granny", "grandma", "grandad", "granddad", "grandpa", "grandmother", "grandfather", "auntie",
        "aunty", "aunt", "uncle", "sis", "bro", "baby", "babe",
        // Agencies, services and their words
        "police", "met", "constabulary", "officer", "officers", "detective", "cid", "csu", "pcso", "response",
        "unit", "team", "cps", "crown", "prosecution", "service", "services", "court", "courts", "family",
        "county", "magistrates", "magistrate", "magistrates'", "judge", "judges", "tribunal", "civil",
        "criminal", "justice", "social", "children", "childrens", "childs", "care", "adult", "adults",
        "housing", "council", "councils", "options", "advice", "department", "officer", "worker", "workers",
        "support", "gp", "gps", "nhs", "a", "e", "ae", "ambulance", "paramedic", "paramedics", "mental",
        "health", "crisis", "camhs", "cmht", "iapt", "idva", "idvas", "isva", "isvas", "marac", "mash",
        "dash", "dvpo", "dvpn", "nmo", "dv", "da", "dva", "vawg", "vawg's", "refuge", "refuges", "women",
        "womens", "aid", "citizens", "cab", "samaritans", "childline", "nspcc", "cafcass", "barnardos",
        "relate", "victim", "victims", "respect", "galop", "safelives", "shelter", "jobcentre", "job",
        "centre", "center", "dwp", "universal", "credit", "pip", "esa", "home", "office", "immigration",
        "probation", "prison", "school", "nursery", "primary", "secondary", "academy", "college",
        "university", "uni", "teacher", "head", "headteacher", "station", "law", "laws", "non", "molestation",
        "order", "orders", "occupation", "restraining", "injunction", "legal", "freedom", "programme",
        "program", "helpline", "national", "domestic", "abuse", "violence", "survivor", "survivors", "sexual",
        "assault", "referral", "sarc", "surgery", "accident", "emergency", "hospital", "midwife", "midwives",
        "maternity", "health", "visitor", "visitors", "nurse", "doctor", "doctors", "solicitor", "solicitors",
        "barrister", "cafcass", "sanctuary", "scheme", "outreach", "floating", "advocate", "advocacy",
        "specialist", "safeguarding", "protection", "plan", "conference", "panel", "board", "partnership",
        "hub", "bail", "conditions", "statement", "evidence", "trial", "hearing", "case", "the", "of", "and",
        "clares", "sarahs", "stalking", "harassment", "honour", "forced", "marriage", "fgm", "unit's",
        "chorus", "survey", "forum", "special", "measures", "witness", "need", "early", "help", "priority",
        "risk", "assessment", "plan", "child", "clares", "meeting", "review", "homicide", "multi", "agency",
        "independent", "advisor", "adviser", "sexual", "violence", "stalking", "protection", "notice",
        "legal", "aid", "benefit", "benefits", "tax", "credit", "universal",
        // Days, months, festivals, faiths
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
        "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "christmas", "xmas", "easter", "eid",
        "ramadan", "diwali", "vaisakhi", "hanukkah", "passover", "new", "year", "years", "halloween",
        "bonfire", "mothers", "fathers", "valentines", "god", "allah", "jesus", "christ", "lord", "bible",
        "quran", "koran", "islam", "islamic", "muslim", "muslims", "christian", "christians", "hindu", "sikh",
        "jewish", "jew", "buddhist", "catholic", "protestant", "church", "mosque", "temple", "gurdwara",
        "synagogue", "imam", "pastor", "vicar",
        // Languages, nationalities, communities
        "english", "british", "welsh", "scottish", "irish", "polish", "urdu", "punjabi", "bengali", "bangla",
        "sylheti", "gujarati", "hindi", "tamil", "arabic", "somali", "kurdish", "farsi", "persian", "pashto",
        "dari", "turkish", "romanian", "lithuanian", "latvian", "russian", "ukrainian", "portuguese",
        "spanish", "italian", "french", "german", "chinese", "mandarin", "cantonese", "vietnamese",
        "tigrinya", "amharic", "swahili", "yoruba", "igbo", "twi", "african", "caribbean", "asian",
        "european", "black", "white", "pakistani", "indian", "bangladeshi", "nigerian", "ghanaian",
        "jamaican", "eritrean", "ethiopian", "sudanese", "syrian", "iraqi", "iranian", "afghan", "roma",
        "gypsy", "traveller", "travellers", "bme", "bame", "lgbt", "lgbtq", "lgbtqia", "gay", "lesbian",
        "bi", "trans", "deaf", "bsl", "asd", "adhd", "ptsd", "covid", "corona", "lockdown",
        // The UK's nations and beyond: too wide to find anyone
        "uk", "england", "britain", "gb", "wales", "scotland", "ireland", "northern", "europe", "eu",
        // Apps and technology
        "whatsapp", "facebook", "messenger", "instagram", "insta", "snapchat", "tiktok", "twitter", "youtube",
        "google", "iphone", "android", "apple", "airtag", "airtags", "zoom", "teams", "skype", "gmail",
        "tinder", "internet", "wifi", "tv", "dna", "ok", "okay", "asap", "fyi", "n", "st",
        // Honorifics themselves (the name after them is redacted)
        "mr", "mrs", "ms", "miss", "mx", "dr", "pc", "dc", "ds", "di", "dci", "dsi", "sgt", "sergeant",
        "inspector", "constable", "cllr", "councillor", "prof", "professor", "rev", "reverend", "sir",
        "dame", "mister", "madam",
    ]

    /// Names of agencies and laws that carry a person's or place's name but identify nobody:
    /// "Clare's Law" must survive, though "Clare" is a name. Folded words.
    static let phrases: [[String]] = [
        ["clares", "law"], ["sarahs", "law"], ["womens", "aid"], ["citizens", "advice"], ["victim", "support"],
        ["karma", "nirvana"], ["southall", "black", "sisters"], ["standing", "together"], ["jewish", "womens", "aid"],
        ["st", "john", "ambulance"], ["marie", "curie"], ["st", "giles"], ["solace", "womens", "aid"],
        ["hestia"], ["advance"], ["refuge"], ["safelives"], ["respect"], ["surviving", "economic", "abuse"],
        ["rights", "of", "women"], ["rape", "crisis"], ["mind"], ["shelter"], ["the", "havens"],
    ]
}
