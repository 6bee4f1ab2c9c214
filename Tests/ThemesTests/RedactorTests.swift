import Foundation
import Testing
@testable import Themes

/// "Redaction catches the test suite's names, places, numbers and dates" (issue 4). Every sentence
/// here is invented, in the voice of the answers Chorus collects; none is a real case.
@Suite("Redaction")
struct RedactorTests {
    static let redactor = Redactor(places: ["Oakfield Estate", "Little Marsden", "Brook Street Surgery"])

    /// (sentence, exact redacted result)
    static let cases: [(String, String)] = [
        // Names from the list, any case, any position
        ("Darren would take my phone and check every message.", "[name] would take my phone and check every message."),
        ("i told the officer that darren had been drinking", "i told the officer that [name] had been drinking"),
        ("The housing officer, Agnieszka, was the first one who listened.", "The housing officer, [name], was the first one who listened."),
        ("Mohammed kept turning up at the school gates.", "[name] kept turning up at the school gates."),
        ("Siobhan at the refuge got me through it.", "[name] at the refuge got me through it."),
        ("my idva priya rang me every week", "my idva [name] rang me every week"),
        // Unknown names written with a capital mid-sentence
        ("Then Zbyszko started calling my work.", "Then [name] started calling my work."),
        ("We went to see Kowalczyk at the council and nothing happened.", "We went to see [name] at the council and nothing happened."),
        ("Zbyszko Kowalczyk said I was making it up.", "[name] said I was making it up."),
        // After a relationship word
        ("my son Jack saw everything", "my son [name] saw everything"),
        ("My ex, Tyreece, broke my phone twice.", "My ex, [name], broke my phone twice."),
        ("my ex-partner zoltan followed me to work", "my ex-partner [name] followed me to work"),
        ("Her social worker (Bronagh) never returned calls.", "Her social worker ([name]) never returned calls."),
        ("my daughter Will? no, my son Will was only little", "my daughter [name]? no, my son [name] was only little"),
        ("a man called Tobiasz came to the door", "a man called [name] came to the door"),
        ("his name is Ferdinand and he works at the hospital", "his name is [name] and he works at the hospital"),
        // Honorifics keep their title
        ("Mr Smith at the housing office was rude to me.", "Mr [name] at the housing office was rude to me."),
        ("PC Okonjo explained the bail conditions.", "PC [name] explained the bail conditions."),
        ("Dr. Patel listened and referred me to the IDVA.", "Dr. [name] listened and referred me to the IDVA."),
        ("Judge Harrington would not let me speak.", "Judge [name] would not let me speak."),
        ("mrs begum from the school helped", "mrs [name] from the school helped"),
        // Places
        ("We moved from Blackburn to Preston in the end.", "We moved from [place] to [place] in the end."),
        ("I grew up in little marsden and everyone knows everyone.", "I grew up in [place] and everyone knows everyone."),
        ("He still lives on the Oakfield Estate.", "He still lives on the [place]."),
        ("They placed us in a refuge in Northwich.", "They placed us in a refuge in [place]."),
        ("I went to Oakwood Primary to tell them.", "I went to [place] to tell them."),
        ("The nurse at St Mary's Hospital asked me straight out.", "The nurse at [place] asked me straight out."),
        ("The receptionist at Brook Street Surgery was kind.", "The receptionist at [place] was kind."),
        ("I was taken to Pakistan to be married.", "I was taken to [place] to be married."),
        ("we lived in milton keynes before the refuge", "we lived in [place] before the refuge"),
        // Phone numbers in their usual shapes
        ("He rang me from 07700 900123 at all hours.", "He rang me from [phone number] at all hours."),
        ("my number then was +44 7700 900 456", "my number then was [phone number]"),
        ("Call the office on (020) 7946 0958 and ask for the team.", "Call the office on [phone number] and ask for the team."),
        ("it was 0161-496-0000 that kept ringing", "it was [phone number] that kept ringing"),
        ("text 07700900789 if you need me", "text [phone number] if you need me"),
        ("I called the helpline on 0808 2000 247 and they were brilliant.", "I called the helpline on 0808 2000 247 and they were brilliant."),
        // Emails and web addresses
        ("He emailed my boss at jo.bloggs@example.co.uk pretending to be me.", "He emailed my boss at [email] pretending to be me."),
        // Dates
        ("On 12/03/2021 the police came and did nothing.", "On [date] the police came and did nothing."),
        ("The hearing was on the 3rd of March 2022.", "The hearing was on [date]."),
        ("It all started in March 2019.", "It all started in [date]."),
        ("It was Tuesday 14 June when he was arrested.", "It was [date] when he was arrested."),
        ("I left in 2018 and the case finished in 2020.", "I left in [date] and the case finished in [date]."),
        ("We were in temporary housing from summer 2019 until 2021.", "We were in temporary housing from [date] until [date]."),
        ("The order ran 2020-2022.", "The order ran [date]."),
        ("He was released on May 5th.", "He was released on [date]."),
        ("court was 2021-11-04", "court was [date]"),
        // Ages
        ("I was 34 when I finally left.", "I was [age] when I finally left."),
        ("My son was only 15 and he saw it all.", "My son was only [age] and he saw it all."),
        ("I married him at 17.", "I married him at [age]."),
        ("A 45-year-old woman should not be sent away like that.", "A [age]-year-old woman should not be sent away like that."),
        ("my 6 year old still has nightmares", "my [age] year old still has nightmares"),
        ("I was aged 19 and pregnant.", "I was aged [age] and pregnant."),
        ("She is 16 years old now.", "She is [age] years old now."),
        ("I was sixteen when we met.", "I was [age] when we met."),
        ("my kids aged 3 and 5 were in the car", "my kids aged [age] and [age] were in the car"),
        // Addresses and postcodes
        ("He turned up at 14 Acacia Avenue at midnight.", "He turned up at [address] at midnight."),
        ("The refuge was near BB1 7JQ but he found it.", "The refuge was near [postcode] but he found it."),
        ("It happened outside the shop on Whalley Road.", "It happened outside the shop on [place]."),
        // Mixed
        ("my ex husband Gareth Jones still texts me", "my ex husband [name] still texts me"),
        ("The social worker, Mrs Okafor, was amazing.", "The social worker, Mrs [name], was amazing."),
        ("Sarah-Jane from the refuge drove me to court.", "[name] from the refuge drove me to court."),
        ("I asked to speak to Sergeant Whitfield but he was off.", "I asked to speak to Sergeant [name] but he was off."),
        ("he works at the Tesco in Accrington", "he works at the [name] in [place]"),
        ("my case worker lorna moved on and nobody replaced her", "my case worker [name] moved on and nobody replaced her"),
        ("We stayed with my auntie in Bolton for a month.", "We stayed with my auntie in [place] for a month."),
        ("DC Hughes took my statement on 3/4/19.", "DC [name] took my statement on [date]."),
        ("I was born in 1985 and married at 19.", "I was born in [date] and married at [age]."),
        ("My daughter is 12 and my son is 9.", "My daughter is [age] and my son is [age]."),
        ("My children were 4 and 7 at the time.", "My children were [age] and [age] at the time."),
        ("He sent messages to darren.smith1985@gmail.com pretending to be me.", "He sent messages to [email] pretending to be me."),
        ("I'm 52 and I never thought this would happen to me.", "I'm [age] and I never thought this would happen to me."),
        ("Ring me on 01254 123456 if you want to know more.", "Ring me on [phone number] if you want to know more."),
        ("Our nan, Bernadette, took the kids.", "Our nan, [name], took the kids."),
    ]

    @Test("each sentence comes out with exactly its details redacted", arguments: cases)
    func redacts(_ example: (String, String)) {
        #expect(Self.redactor.redact(example.0) == example.1)
    }

    /// Ordinary words that must survive, capitals and all.
    static let untouched: [String] = [
        "The police did not believe me and I had to tell my story again and again.",
        "I will never forget how kind the refuge staff were.",
        "There was no hope of getting help from the council.",
        "Mark my words, nothing changed until Women's Aid got involved.",
        "I asked for Clare's Law and they told me about his past.",
        "The Family Court was the worst part. The judge did not listen.",
        "My GP asked me straight out and I said yes.",
        "I rang 999 three times in one night.",
        "It took 3 months to get a call back from Children's Services.",
        "He hit me in front of the kids, and I was 8 months pregnant.",
        "I was in the refuge for 6 weeks.",
        "The IDVA explained everything about the Crown Court and Special Measures.",
        "I was scared the police would take my children.",
        "We were there from 9 till 5 every day.",
        "He would check my phone 50 times a day.",
        "I spoke to an interpreter in Urdu and it made all the difference.",
        "My mum came with me to the police station.",
        "They said I was not a priority because I was not in priority need.",
        "At first the officer was kind but the second one was rude.",
        "It was 24/7, he never stopped.",
        "I had to pay £2000 back to the bank.",
        "In March the case was dropped.",
        "Last Tuesday I finally got my own flat.",
        "I was in my thirties when I left.",
        "Social services said I had to choose between him and my kids.",
        "I felt believed for the first time.",
        "The Freedom Programme helped me see what was happening.",
        "my son was scared of him",
        "my ex texts me every day",
        "I contacted Refuge and Victim Support on Monday.",
        "Nobody at the Jobcentre asked why I had left work.",
        "I was 1 of 3 women in the group from the same area.",
        "We waited 2 hours in A&E with nobody to talk to.",
        "I went to Housing Options and they said I was intentionally homeless.",
        "The Home Office would not let me work while my visa was sorted.",
        "I got a Non-Molestation Order in the end.",
        "Universal Credit took weeks and I had no money for food.",
        "The Crown Prosecution Service dropped it without telling me.",
        "Nobody at A&E asked how I got the bruises.",
        "My Health Visitor noticed and asked me when he was out.",
        "The MARAC meeting happened but I was never told what they decided.",
        "I was referred to the Freedom Programme by my GP.",
        "Cafcass wrote a report that made me sound like the problem.",
        "I'd say to any woman: call the National Domestic Abuse Helpline.",
        "It wasn't until Christmas that I realised how bad it was.",
        "We spoke on WhatsApp because he checked my texts.",
        "I am Muslim and the refuge respected that.",
        "The Police were brilliant the second time.",
        "I went on Monday and again on Friday.",
    ]

    @Test("ordinary words survive", arguments: untouched)
    func leavesOrdinaryWords(_ sentence: String) {
        #expect(Self.redactor.redact(sentence) == sentence, "found: \(Self.redactor.redactions(in: sentence).map(\.kind))")
    }

    @Test("redacting twice changes nothing", arguments: cases.map(\.0) + untouched)
    func idempotent(_ sentence: String) {
        let once = Self.redactor.redact(sentence)
        #expect(Self.redactor.redact(once) == once)
    }

    @Test("a long answer full of details leaves none of them behind")
    func longAnswer() {
        let answer = """
            I met Darren in 2009 when I was 19. We lived at 22 Mill Lane, Burnley BB10 2AB. \
            He'd ring me on 07700 900111 fifty times a day and turned up at my work (Oakwood Primary). \
            On 14/02/2015 PC Kowalski came and did nothing. My sister Anita found me the refuge in Leeds.
            """
        let redacted = Self.redactor.redact(answer)
        for detail in ["Darren", "2009", "19", "22 Mill Lane", "Burnley", "BB10", "07700", "Oakwood", "14/02/2015", "Kowalski", "Anita", "Leeds"] {
            #expect(!redacted.contains(detail), "\(detail) survived in: \(redacted)")
        }
        #expect(redacted.contains("PC [name]"))
        #expect(redacted.contains("My sister [name]"))
    }

    @Test("the bundled first names cover every community the list names")
    func nameListCoverage() {
        for name in ["sarah", "rhiannon", "eilidh", "siobhan", "priya", "fatima", "gurpreet", "agnieszka", "ionut", "layla", "hodan", "chioma", "kwame", "delroy"] {
            #expect(FirstNames.all.contains(name), "\(name)")
        }
        #expect(FirstNames.all.count >= 300)
    }

    @Test("a deployment's places file: one a line, comments and blanks skipped")
    func placesFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("places-\(UUID().uuidString).txt")
        try "# our estates\nOakfield Estate\n\n  Little Marsden  \n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try Redactor.readPlaces(file: url) == ["Oakfield Estate", "Little Marsden"])
        #expect(throws: RedactorError.self) { try Redactor.readPlaces(file: url.appendingPathExtension("missing")) }
    }
}

@Suite("Redaction of long answers")
struct LongAnswerRedactionTests {
    @Test("a 10,000-character answer full of details is redacted whole")
    func longestAnswer() {
        let sentence = "On 12/03/2021 Darren rang 07700 900123 from Blackburn when I was 34. "
        let answer = String(repeating: sentence, count: 10_000 / sentence.count + 1)
        let clock = ContinuousClock()
        var redacted = ""
        let elapsed = clock.measure { redacted = RedactorTests.redactor.redact(answer) }
        print("redacted \(answer.count) characters in \(elapsed)")
        #expect(!redacted.contains("Darren") && !redacted.contains("07700") && !redacted.contains("2021") && !redacted.contains("34"))
    }
}
