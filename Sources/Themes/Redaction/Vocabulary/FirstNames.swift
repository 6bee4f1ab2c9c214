/// Common first names across the communities of England (English, Welsh, Scottish, Irish, South
/// Asian, Polish and Eastern European, Arabic and Somali, West and Southern African, Caribbean),
/// plus common surnames that are not also English words. Folded: lower case, no accents.
///
/// A list can never be complete; it is one rule of several (a capitalised word mid-sentence, a word
/// after "my son" or "Mr" are caught without it). Its job is the cases the other rules miss: a
/// name typed in lower case, or at the start of a sentence.
enum FirstNames {
    /// Names that are also everyday words ("Will", "Hope", "Grace", "Mark"): a name only when
    /// written with a capital mid-sentence, or after "my son", "Mr" and the like.
    static let alsoWords: Set<String> = [
        "will", "may", "mark", "hope", "faith", "grace", "joy", "dawn", "amber", "ruby", "jade", "holly",
        "ivy", "lily", "daisy", "poppy", "rose", "jasmine", "heather", "carol", "summer", "april", "june",
        "willow", "sky", "blessing", "precious", "mercy", "patience", "comfort", "gift", "favour", "charity",
        "jack", "frank", "nick", "ray", "bill", "pat", "art", "guy", "drew", "rob", "sue", "eve", "matt",
        "bob", "sunny", "chance", "destiny", "angel", "star", "crystal", "pearl", "iris", "hazel", "olive",
        "autumn", "robin", "jay", "dean", "gene", "chase", "hunter", "miles", "norman", "sterling",
        "victory", "mo", "max", "grant", "honey", "candy", "misty", "sandy", "penny", "rusty"
    ]

    static let all: Set<String> = alsoWords.union(women).union(men).union(surnames)

    static let women: Set<String> = [
        // English, Welsh, Scottish, Irish
        "sarah", "sara", "emma", "claire", "clare", "laura", "rebecca", "becky", "rachel", "hannah", "charlotte",
        "sophie", "sophia", "emily", "jessica", "jess", "lucy", "amy", "aimee", "chloe", "lauren", "katie", "kate",
        "katherine", "catherine", "kathryn", "kathleen", "helen", "julie", "karen", "tracy", "tracey", "lisa",
        "michelle", "nicola", "nicole", "joanne", "joanna", "donna", "kelly", "gemma", "natalie", "stephanie",
        "victoria", "vicky", "vicki", "elizabeth", "beth", "bethany", "jennifer", "jenny", "louise", "samantha",
        "amanda", "mandy", "angela", "susan", "suzanne", "susanne", "deborah", "debbie", "denise", "diane",
        "janet", "jane", "jean", "joan", "julia", "margaret", "mary", "maria", "marie", "patricia", "paula",
        "pauline", "sandra", "sharon", "wendy", "yvonne", "zoe", "abigail", "abbie", "alice", "amelia", "ava",
        "caitlin", "danielle", "eleanor", "ella", "ellie", "erin", "evie", "freya", "georgia", "harriet",
        "isabel", "isabelle", "isabella", "isla", "jodie", "kayleigh", "kerry", "leah", "megan", "melanie",
        "molly", "naomi", "olivia", "paige", "phoebe", "rosie", "shannon", "sian", "siobhan", "stacey", "tanya",
        "tara", "tina", "vanessa", "christine", "elaine", "fiona", "gillian", "hayley", "jacqueline", "jackie",
        "kirsty", "lesley", "linda", "lorraine", "lynn", "lynne", "maureen", "sheila", "teresa", "theresa",
        "valerie", "ann", "anne", "annie", "bridget", "ciara", "niamh", "aoife", "roisin", "sinead", "saoirse",
        "orla", "mairead", "eilidh", "morag", "catriona", "rhiannon", "cerys", "ffion", "bethan", "nia", "seren",
        "carys", "angharad", "gwen", "lowri", "elin", "mia", "maya", "aria", "luna", "harper", "scarlett",
        "florence", "matilda", "elsie", "millie", "lola", "eva", "bella", "carla", "cheryl", "elise", "ellen",
        "emilia", "faye", "frances", "hollie", "imogen", "jo", "kim", "kimberley", "leanne", "mel", "nina", "pam",
        "rita", "sally", "tammy", "toni", "trish", "esther", "ruth", "miriam", "eunice", "agnes", "beatrice",
        "winifred", "gladys", "doris", "mabel", "shirley", "brenda", "barbara", "dorothy", "jill", "gail",
        "marion", "lucie", "keeley", "courtney", "jordan", "demi", "abby", "alison", "allison", "andrea",
        "anna", "caroline", "charlene", "claudia", "colette", "dionne", "eileen", "gina", "hilary", "irene",
        "jackie", "jasmin", "josephine", "judith", "june", "kay", "leigh", "lindsay", "lindsey", "lydia",
        "maxine", "nadine", "nicky", "philippa", "rachael", "rebekah", "roberta", "rosemary", "sadie",
        "sasha", "shelley", "sonya", "tamsin", "tasha", "yasmine", "zara", "zoey",
        // South Asian
        "priya", "pooja", "anjali", "sunita", "anita", "neha", "nisha", "kavita", "rekha", "meena", "geeta",
        "sita", "lakshmi", "divya", "harpreet", "gurpreet", "manpreet", "jaspreet", "kuldeep", "sandeep",
        "amrit", "rupinder", "simran", "navdeep", "parminder", "rajinder", "sukhwinder", "sukhvinder",
        "aisha", "ayesha", "fatima", "fatimah", "zainab", "maryam", "mariam", "khadija", "amina", "aminah",
        "asma", "nadia", "sana", "saira", "samina", "shabana", "shazia", "nazia", "rubina", "farah", "bushra",
        "rukhsana", "ruksana", "nasreen", "parveen", "yasmin", "yasmeen", "noor", "iqra", "hina", "sadia",
        "salma", "tahira", "uzma", "fozia", "rehana", "shamima", "rahima", "nazma", "rashida", "habiba",
        "jahanara", "sultana", "shahnaz", "shamim", "halima", "sabrina", "tasneem", "zara",
        // Polish and Eastern European
        "agnieszka", "katarzyna", "kasia", "magdalena", "magda", "malgorzata", "gosia", "ewa", "monika",
        "marta", "dorota", "justyna", "karolina", "aleksandra", "ola", "natalia", "paulina", "beata", "iwona",
        "renata", "sylwia", "weronika", "zuzanna", "agata", "milena", "elena", "ioana", "andreea", "irina",
        "olga", "tatiana", "svetlana", "natasha", "oksana", "yulia", "lina", "inga", "rasa", "egle", "daria",
        "alina", "mihaela", "georgiana", "violeta", "ludmila", "jolanta", "halina", "urszula",
        // Arabic, Somali, African, Caribbean
        "layla", "leila", "laila", "hana", "huda", "mona", "rania", "dina", "amal", "nour", "rasha", "hiba",
        "sumaya", "hodan", "hawa", "faduma", "fadumo", "amran", "ayaan", "ayan", "idil", "ifrah", "ikram",
        "deqa", "sahra", "chioma", "ngozi", "adaeze", "amaka", "nkechi", "ifeoma", "funmi", "folake", "kemi",
        "yetunde", "tola", "ama", "akosua", "abena", "efua", "esi", "thandiwe", "thandi", "nomvula", "rutendo",
        "chipo", "tendai", "tatenda", "marcia", "sonia", "claudette", "beverley", "yvette", "paulette", "janice",
        "shanice", "tanisha", "keisha", "latoya", "chantelle", "shantelle", "aaliyah", "aliyah", "abimbola",
        "bola", "titilayo", "adwoa", "akua", "zawadi", "wanjiru", "amani", "fatou", "aminata",
        "mariama", "hauwa", "zuhra",
    ]

    static let men: Set<String> = [
        // English, Welsh, Scottish, Irish
        "james", "jim", "jimmy", "john", "johnny", "david", "dave", "michael", "mike", "mick", "mikey", "paul",
        "andrew", "andy", "richard", "rick", "ricky", "robert", "bobby", "steven", "stephen", "steve", "stevie",
        "christopher", "chris", "daniel", "dan", "danny", "matthew", "thomas", "tom", "tommy", "peter", "pete",
        "gary", "darren", "lee", "wayne", "craig", "jason", "kevin", "kev", "shaun", "sean", "scott", "stuart",
        "stu", "simon", "anthony", "tony", "ian", "neil", "martin", "jamie", "ryan", "liam", "kyle", "callum",
        "connor", "conor", "lewis", "nathan", "adam", "ben", "benjamin", "jake", "joe", "joey", "joseph", "josh",
        "joshua", "luke", "harry", "charlie", "george", "oliver", "ollie", "alfie", "archie", "oscar", "leo",
        "noah", "ethan", "mason", "logan", "dylan", "tyler", "reece", "rhys", "brandon", "aaron", "carl",
        "keith", "colin", "graham", "barry", "terry", "trevor", "derek", "kenneth", "ken", "kenny", "brian",
        "alan", "alex", "alexander", "phil", "philip", "phillip", "gareth", "dafydd", "dai", "owen", "huw",
        "iwan", "gethin", "emyr", "aled", "bryn", "cai", "ewan", "euan", "angus", "fraser", "hamish",
        "alistair", "alasdair", "duncan", "ross", "declan", "ciaran", "kieran", "padraig", "patrick", "paddy",
        "seamus", "niall", "eoin", "cian", "oisin", "finn", "fergus", "brendan", "darragh", "donal", "dermot",
        "billy", "eddie", "edward", "fred", "freddie", "henry", "jon", "jonathan", "lenny", "ron", "ronnie",
        "sammy", "sam", "ted", "vinny", "vincent", "gavin", "glen", "glenn", "grant", "jeff", "jeremy",
        "justin", "karl", "lloyd", "malcolm", "marcus", "nigel", "roger", "russell", "shane", "stanley",
        "toby", "troy", "warren", "wesley", "william", "willie", "zach", "zak", "max", "jayden", "kai",
        "riley", "harvey", "louis", "theo", "freddy", "elliot", "elliott",
        // South Asian
        "mohammed", "muhammad", "mohammad", "mohamed", "mohamad", "ahmed", "ahmad", "ali", "hassan", "hussain",
        "hussein", "imran", "irfan", "asif", "tariq", "khalid", "bilal", "usman", "omar", "umar", "zain", "zaid",
        "faisal", "adnan", "amir", "aamir", "arif", "javed", "kamran", "nadeem", "naveed", "rizwan", "sajid",
        "shahid", "shakeel", "waqas", "yasir", "zubair", "raj", "rajesh", "ravi", "rahul", "sanjay", "sunil",
        "vijay", "amit", "anil", "arjun", "deepak", "jagdeep", "baljit", "harjit", "gurdeep", "jaswinder",
        "abdul", "shafiq", "jamal", "kamal", "rafiq", "mo", "rohan", "vikram", "ajay", "manoj", "ashok",
        "nikhil", "pradeep", "suresh", "ramesh", "mukesh", "hardeep", "kulwinder", "balwinder", "iqbal",
        "aziz", "habib", "hamza", "saleem", "salim", "shoaib", "wasim", "zahid", "zeeshan", "shabir", "younis",
        // Polish and Eastern European
        "piotr", "pawel", "tomasz", "tomek", "krzysztof", "marek", "marcin", "michal", "lukasz", "jakub", "kuba",
        "mateusz", "grzegorz", "wojciech", "adrian", "bartosz", "dariusz", "jacek", "janusz", "andrzej", "rafal",
        "kamil", "szymon", "zbigniew", "ionut", "andrei", "mihai", "florin", "bogdan", "alexandru", "ivan",
        "dmitri", "sergei", "sergiu", "vasile", "tomas", "jonas", "mindaugas", "darius", "aleksander",
        "artur", "sebastian", "patryk", "damian", "arkadiusz", "costel", "gheorghe", "vlad", "nikolai",
        // Arabic, Somali, African, Caribbean
        "abdullah", "ibrahim", "ismail", "yusuf", "youssef", "mustafa", "mahmoud", "khaled", "karim", "nabil",
        "samir", "walid", "rami", "asad", "abdi", "abdirahman", "mohamud", "abdikarim", "liban", "chidi",
        "chinedu", "obinna", "emeka", "uche", "tunde", "ade", "adebayo", "ayo", "femi", "segun", "kwame", "kofi",
        "kojo", "yaw", "kwesi", "themba", "sipho", "farai", "tinashe", "delroy", "winston", "errol", "leroy",
        "desmond", "clive", "devon", "dwayne", "jermaine", "tyrone", "marlon", "andre", "omari", "kareem",
        "kemar", "tafari", "nathaniel", "emmanuel", "samuel", "solomon", "moses", "isaac", "olu", "oluwaseun",
        "seun", "dele", "babajide", "kayode", "musa", "bakary", "lamin", "ousmane", "mamadou", "yaya",
    ]

    /// Common surnames that are not everyday words.
    static let surnames: Set<String> = [
        "smith", "jones", "williams", "taylor", "davies", "evans", "wilson", "johnson", "roberts", "robinson",
        "thompson", "edwards", "hughes", "harris", "clarke", "patel", "jackson", "morris", "clark", "harrison",
        "morgan", "allen", "phillips", "watson", "davis", "bennett", "griffiths", "mitchell", "richardson",
        "collins", "murphy", "richards", "khan", "anderson", "simpson", "ellis", "adams", "singh", "begum",
        "kaur", "hussain", "shah", "rahman", "akhtar", "mahmood", "kowalski", "kowalska", "nowak", "wisniewski",
        "okafor", "okonkwo", "mensah", "owusu", "campbell", "stewart", "macdonald", "mcdonald", "o'brien",
        "o'neill", "byrne", "doyle", "walsh", "kennedy", "mohammed", "ahmed", "uddin", "miah", "chowdhury",
        "choudhury", "hossain", "sharma", "kumar", "gill", "sandhu", "sidhu", "dhillon", "bibi",
        "osei", "boateng", "adeyemi", "adebayo", "okoro", "abdi", "farah", "warsame", "nguyen", "wong",
        "thomas", "lewis", "jenkins", "lloyd", "llewellyn", "pritchard", "macleod", "mackenzie", "fitzgerald",
    ]
}
