/// Everyday English words that are never taken for a name, even when written with a capital or
/// after "my son" ("my son was", "my ex kept", "I told Them"). Folded, apostrophes dropped
/// ("didnt", "im").
enum CommonWords {
    static func contains(_ folded: String) -> Bool { words.contains(folded) }

    /// Verbs and adverbs by their endings, for a lower-case word after "my son" or "my ex": "my ex
    /// threatened", "my son crying", "my ex constantly". Not used for capitalised words, which
    /// include names such as "Emily" and "Sterling".
    static func hasEverydayEnding(_ folded: String) -> Bool {
        folded.count > 3 && (folded.hasSuffix("ed") || folded.hasSuffix("ing") || folded.hasSuffix("ly") || folded.hasSuffix("s"))
    }

    static let words: Set<String> = [
        // Articles, pronouns, determiners, conjunctions, prepositions
        "a", "an", "the", "this", "that", "these", "those", "some", "any", "no", "every", "each", "all", "both",
        "either", "neither", "another", "other", "others", "such", "what", "which", "who", "whom", "whose",
        "whatever", "whoever", "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "he",
        "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "we", "us", "our",
        "ours", "ourselves", "they", "them", "their", "theirs", "themselves", "one", "ones", "someone",
        "somebody", "something", "anyone", "anybody", "anything", "everyone", "everybody", "everything",
        "nobody", "noone", "nothing", "and", "or", "but", "nor", "so", "yet", "because", "cos", "coz", "as",
        "if", "unless", "although", "though", "while", "whilst", "when", "whenever", "where", "wherever",
        "why", "how", "than", "then", "that", "whether", "of", "in", "on", "at", "to", "for", "from", "by",
        "with", "without", "about", "above", "across", "after", "against", "along", "among", "around",
        "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "down", "during",
        "except", "inside", "into", "near", "off", "onto", "out", "outside", "over", "past", "since",
        "through", "throughout", "till", "until", "toward", "towards", "under", "up", "upon", "via",
        "within", "round", "like", "unlike", "per", "plus",
        // Auxiliaries and contractions
        "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does",
        "did", "done", "doing", "can", "could", "shall", "should", "would", "must", "might", "ought", "cant",
        "cannot", "couldnt", "wont", "wouldnt", "shouldnt", "mustnt", "dont", "doesnt", "didnt", "isnt",
        "arent", "wasnt", "werent", "hasnt", "havent", "hadnt", "im", "ive", "id", "youre", "youve", "youd",
        "youll", "hes", "shes", "its", "were", "weve", "wed", "theyre", "theyve", "theyd", "theyll", "thats",
        "theres", "whats", "whos", "lets", "aint", "gonna", "wanna", "gotta", "ill", "well", "shell",
        // Adverbs and fillers
        "not", "never", "always", "often", "sometimes", "usually", "ever", "still", "already", "also", "too",
        "very", "really", "quite", "rather", "just", "only", "even", "again", "once", "twice", "now", "today",
        "tonight", "tomorrow", "yesterday", "soon", "later", "early", "late", "here", "there", "away", "back",
        "forward", "ago", "almost", "nearly", "about", "around", "maybe", "perhaps", "instead", "anyway",
        "otherwise", "however", "therefore", "meanwhile", "finally", "eventually", "else", "enough", "more",
        "most", "less", "least", "much", "many", "few", "little", "lot", "lots", "loads", "all", "half",
        "whole", "yes", "yeah", "no", "nope", "ok", "okay", "oh", "ah", "well", "please", "thanks", "thank",
        "sorry", "hello", "hi", "bye", "kind", "sort", "bit", "abit", "though", "together", "apart", "alone",
        "first", "second", "third", "last", "next", "final", "own", "same", "different", "new", "old",
        // Everyday verbs (base, -s, past, participle forms that the endings rule does not cover)
        "go", "goes", "went", "gone", "come", "comes", "came", "get", "gets", "got", "gotten", "make", "makes",
        "made", "take", "takes", "took", "taken", "give", "gives", "gave", "given", "say", "says", "said",
        "tell", "tells", "told", "ask", "asks", "see", "sees", "saw", "seen", "look", "looks", "know", "knows",
        "knew", "known", "think", "thinks", "thought", "feel", "feels", "felt", "find", "finds", "found",
        "keep", "keeps", "kept", "leave", "leaves", "left", "let", "lets", "put", "puts", "run", "runs", "ran",
        "hit", "hits", "beat", "beats", "kick", "kicks", "push", "pushes", "grab", "grabs", "hurt", "hurts",
        "cut", "cuts", "break", "breaks", "broke", "broken", "throw", "throws", "threw", "thrown", "shout",
        "shouts", "scream", "screams", "hold", "holds", "held", "bring", "brings", "brought", "buy", "buys",
        "bought", "pay", "pays", "paid", "send", "sends", "sent", "spend", "spends", "spent", "lose", "loses",
        "lost", "win", "wins", "won", "meet", "meets", "met", "stand", "stands", "stood", "sit", "sits", "sat",
        "sleep", "sleeps", "slept", "speak", "speaks", "spoke", "spoken", "write", "writes", "wrote", "written",
        "read", "reads", "hear", "hears", "heard", "listen", "listens", "help", "helps", "need", "needs",
        "want", "wants", "try", "tries", "use", "uses", "work", "works", "call", "calls", "ring", "rings",
        "rang", "rung", "text", "texts", "message", "messages", "live", "lives", "move", "moves", "stay",
        "stays", "start", "starts", "stop", "stops", "end", "ends", "begin", "begins", "began", "begun",
        "become", "becomes", "became", "seem", "seems", "show", "shows", "turn", "turns", "follow", "follows",
        "change", "changes", "open", "opens", "close", "closes", "drink", "drinks", "drank", "drunk", "eat",
        "eats", "ate", "eaten", "drive", "drives", "drove", "driven", "fight", "fights", "fought", "steal",
        "steals", "stole", "stolen", "lie", "lies", "lay", "lied", "cry", "cries", "cried", "shake", "shook",
        "wait", "waits", "watch", "watches", "care", "cares", "love", "loves", "hate", "hates", "like", "likes",
        "mean", "means", "meant", "believe", "believes", "understand", "understands", "understood", "forget",
        "forgot", "forgotten", "remember", "remembers", "choose", "chose", "chosen", "fall", "falls", "fell",
        "fallen", "grow", "grew", "grown", "bear", "bore", "born", "wake", "woke", "woken", "wear", "wore",
        "worn", "hide", "hid", "hidden", "catch", "caught", "teach", "taught", "sell", "sold", "build", "built",
        "lend", "lent", "deal", "dealt", "swear", "swore", "sworn", "threaten", "threatens", "control",
        "controls", "abuse", "abuses", "harass", "stalk", "stalks", "rape", "rapes", "hurt", "kill", "kills",
        "die", "dies", "died", "dead", "miss", "misses", "report", "reports", "refer", "refers", "visit",
        "visits", "attend", "attends", "arrive", "arrives", "return", "returns", "agree", "agrees", "decide",
        "decides", "allow", "allows", "plan", "plans", "check", "checks", "phone", "phones", "email",
        "emails", "post", "posts", "share", "shares", "act", "acts", "answer", "answers", "blame", "blames",
        "treat", "treats", "judge", "judges", "deny", "denies", "denied", "pick", "picks", "drop", "drops",
        "turned", "says", "lived", "got", "made",
        // Everyday nouns and adjectives that follow "my son", "my ex" and the like
        "age", "aged", "year", "years", "month", "months", "week", "weeks", "day", "days", "time", "times",
        "hour", "hours", "minute", "minutes", "life", "home", "house", "flat", "room", "school", "work", "job",
        "car", "phone", "money", "way", "thing", "things", "stuff", "place", "people", "person", "man", "woman",
        "men", "women", "boy", "girl", "child", "kids", "baby", "family", "friends", "side", "part", "case",
        "problem", "problems", "issue", "issues", "help", "support", "fault", "fear", "abuse", "violence",
        "good", "bad", "better", "worse", "best", "worst", "big", "small", "young", "older", "younger",
        "eldest", "oldest", "youngest", "long", "short", "high", "low", "right", "wrong", "true", "false",
        "real", "fine", "safe", "scared", "afraid", "angry", "upset", "happy", "sad", "sick", "ill", "poor",
        "free", "full", "empty", "able", "unable", "sure", "aware", "ready", "busy", "nice", "horrible",
        "awful", "terrible", "great", "amazing", "brilliant", "useless", "helpful", "supportive", "violent",
        "abusive", "controlling", "jealous", "drunk", "mental", "physical", "emotional", "sexual", "verbal",
        "financial", "main", "whole", "only", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "twenty", "hundred", "thousand", "couple", "both", "twins", "again",
        "at", "ex", "too", "who", "whom", "also", "when", "because", "were", "was", "has",
    ]
}
