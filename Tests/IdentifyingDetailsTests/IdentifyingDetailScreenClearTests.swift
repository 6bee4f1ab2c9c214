import IdentifyingDetails
import Testing

/// Ordinary things a survivor might write about housing, courts, children, police, health and
/// money, full of numbers, dates, times, roads and platforms. None of it identifies anyone, and
/// holding it would teach members that the forum does not trust them.
@Suite("Identifying-detail screen: ordinary posts stay clear")
struct IdentifyingDetailScreenClearTests {
    static let housing: [String] = [
        "I waited 3 months for the council to answer about rehousing.",
        "The rent went up to £250 a week in 2019 and I couldn't pay it.",
        "We spent 6 weeks in a refuge, then 18 months in temporary accommodation.",
        "We were placed in a B&B for 6 weeks with 3 kids in one room.",
        "I'm in Band 2 on the housing register, waiting list position 134.",
        "My 2 bedroom flat has damp in every room.",
        "The refuge had 8 bedrooms and a shared kitchen.",
        "Our first home was a 3 bed semi.",
        "We lived on the same street as his mum for 5 years.",
        "The B&B was on a main road near the station.",
        "The police station was on the High Street.",
        "There was a 2 way street between my flat and the school, so I walked.",
        "I had 1 safe place to go and that was my friend's house.",
        "The refuge was a 20 minute walk from the school.",
        "I was in Room 12 at the refuge.",
        "I live on a busy road and I still jump at every car.",
        "We went to 3 high street banks before one would open an account for me.",
    ]

    static let courts: [String] = [
        "The hearing is on 12 March at 10:30 at the family court.",
        "I had 3 family court hearings before the non-molestation order came through.",
        "My solicitor said the final hearing might be on 3 June, maybe later.",
        "I got a 12 month restraining order, which ends on 14/02/2025.",
        "Section 8 orders and child arrangements took 18 months.",
        "The judge gave him 18 weeks suspended and 200 hours unpaid work.",
        "It took 6 weeks for the occupation order.",
        "My case is listed for 9.45 on the 14th.",
        "He was sentenced to 2 years and 8 months.",
        "I'd never been to the Crown Court before.",
        "We went to the County Court in Manchester.",
        "I had 2 Court Orders and he broke both.",
        "On 12.03.2019 I left for good.",
        "On 01/02/2019 and 03/04/2019 I went to court.",
        "Court dates: 01 02 2019, 03 04 2019.",
        "CPS dropped the case in 2022.",
        "Cafcass wrote a section 7 report.",
        "At 10.30 the Cafcass officer called me.",
        "It took 3.5 years to get the divorce finalised.",
        "I was at court all day and at the school gates by 3.15.",
    ]

    static let children: [String] = [
        "I've got 2 kids and they're both at school now.",
        "My son is 7 and my daughter is 11.",
        "My daughter was born in 2015 and my son in 2018.",
        "The kids' contact is every other weekend, 10am to 4pm.",
        "I'm 34, have 3 kids aged 2, 5 and 9, and work part time.",
        "My daughter is in Year 6 and my son is in Year 9.",
        "My son is in P3 and my daughter is in S1.",
        "My daughter's 5th birthday was the first one without him.",
        "His birthday is in March and he always kicked off around then.",
        "My birthday is in December and I dread it.",
        "Social services did a section 47 assessment in 2021.",
        "She's 15 and he's 12 and they both know.",
        "My son got 7 As and 2 Bs in his GCSEs.",
        "It's a 2 hour drive to my mum's, so I only see her at Christmas.",
    ]

    static let police: [String] = [
        "I rang 999 twice and then 101 the next morning.",
        "The police took 45 minutes to arrive, which felt like forever.",
        "Between 2016 and 2019 I called the police 14 times.",
        "It was 11:45 pm when the police finally left.",
        "3 police cars turned up on our road.",
        "We got a police escort at 7am on 3rd May to get my stuff.",
        "I scored 12 on the DASH risk assessment, so MARAC got involved.",
        "I phoned 3 times and nobody answered.",
        "At 3am I got 27 messages from him.",
        "My ex still texts me 20 or 30 times a day.",
        "I was on the M1 for hours trying to get to my sister's.",
        "The M25 and the A1 were both closed that night.",
        "He drove at 70 mph on the M6 with the kids in the car.",
        "We went up the M62 and then the A1 to my nan's.",
        "I gave my number to the IDVA and she rang me back.",
        "Safe lives says 1 in 5 high risk victims go to A&E.",
        "In 2023, 1.6 million women experienced domestic abuse in England and Wales.",
        "1 in 4 women experience domestic abuse in their lifetime.",
    ]

    static let health: [String] = [
        "My GP gave me 10 sessions of counselling, e.g. talking therapy, CBT etc.",
        "I had to wait 4 hours at A&E with my son.",
        "I'm on 150mg of sertraline and 20mg of propranolol.",
        "I had counselling at the GP surgery from Jan to June 2022.",
        "I've been clean for 2 years.",
        "Mr. Jones at the housing office was actually helpful.",
        "I was born and raised up north and moved south at 19.",
        "I was 21 when I met him and 29 when I finally left.",
        "Day 1 of no contact. Day 2 felt worse.",
        "Mum's 60th birthday party was the first time I told anyone.",
    ]

    static let money: [String] = [
        "My benefits were cut by £80.50 in April, and I was in arrears of £1,200.",
        "I earn about £21,000 a year and childcare costs £600 a month.",
        "Universal Credit paid £334.91 on the 15th of every month.",
        "I got £3,450 back from the CSA.",
        "Legal aid paid for 90% of it, I paid the other 10%.",
        "I paid £1.5k for a solicitor.",
        "It costs 0.99 a month, the app I mean.",
        "I ran 5k for Women's Aid last year.",
    ]

    static let onlineLife: [String] = [
        "I blocked him on facebook and instagram but he made new accounts.",
        "His insta is private now but he still watches my stories.",
        "Her instagram is full of photos of the kids.",
        "He deleted his facebook and made a new one.",
        "I found support on reddit and here.",
        "Thanks @everyone for the support",
        "see you @ 10",
        "meet @10pm?",
        "I'm @home now",
        "I was at home all day. Then he came back.",
        "I was at work when the police rang.",
        "I went home.It was awful.",
        "We left at 5.Me and the kids got a taxi.",
        "It was 2am.In the morning I called the police.",
        "That's it.Is there anything I can do?",
        "My phone is 5 years old and I'm scared he put an app on it.",
        "Version 2.0 of my safety plan has a bag packed by the door.",
        "I still have 1,000s of screenshots saved on a USB.",
        "Take care of yourself. Sending love xx",
        "the dot com boom was before my time",
    ]

    /// How people really write on a forum: lower case, abbreviations, numbers everywhere.
    static let forumVoice: [String] = [
        "hi all, 1st post here. been out 6 months now, me and the 2 kids are in a 2 bed flat the council gave us after 14 weeks in the refuge. still jump every time the door goes",
        "does anyone know how long a non mol lasts? mine was granted for 12 months on 4th jan and runs out in jan 2025",
        "he's on bail till 23/11 with conditions not to contact me, police said ring 999 straight away if he turns up",
        "my idva is amazing, she came with me to court on the 14th and sat with me the whole time",
        "I left at 2am with nothing but my phone and the kids in their pyjamas. drove up the A38 to my sisters",
        "got my UC sorted finally £1,043 a month but the rent is £895 so we're living on nothing",
        "ring 0808 2000 247 hun, they're there 24/7 and they helped me so much xx",
        "anyone else's ex use the kids to get at them? mine asks my 8 yr old where we live every contact",
        "housing said I'm band B and bidding on 3-4 properties a week, nearest one was 40 mins away",
        "my solicitor (legal aid) said the FHDRA is 6-8 weeks away and then maybe a fact finding",
        "contact centre is every sat 10-12 supervised, cafcass report due by 1st march",
        "Year 3 teacher has been brilliant, school put a plan in place so he can't collect the kids",
        "i'm 5ft 2 and he's 6ft 4, people don't understand how scary that is",
        "tried freedom programme, 12 weeks, tuesday mornings 9.30-11.30, really helped",
        "my car got keyed outside the flat 3 times in 2 weeks, police said no evidence",
        "we're in a safe house 200 miles away and the kids started a new school on monday",
        "I was with him 11 years, 3 kids, 2 miscarriages, 1 broken jaw",
        "ring 101 and ask for the DV unit, quote your crime ref number",
        "court is at 10am on tues 3rd oct, I'm terrified",
        "its been 2 yrs 4 months and 6 days since I left",
        "I keep a diary in a notes app, dated, with times, eg 12/1 11pm shouting",
        "dont reply to his texts, screenshot everything, ring 999 if he's outside",
        "His mum lives 2 streets away which makes it hard",
        "Our house was no. 12 and I can't walk past it",
        "I saw him on Mill Lane yesterday and froze",
        "I work on the High Street so I see everyone",
        "the school is on the main road, which worries me",
        "we live on the same road as his mum",
        "i was at home.online shopping is all I can face",
        "my son was born 3 weeks early and spent 10 days in SCBU",
        "It was his birthday on Tuesday and he turned up drunk",
    ]

    /// Near misses for each scanner's guards against false positives.
    static let nearMisses: [String] = [
        "THE M25 AND THE A1 WERE SHUT",  // road numbers, not plates or postcodes
        "I RAN 5K FOR CHARITY",
        "take the M6 3rd exit",
        "stuck on the M1 motorway for hours",
        "I was in M1 traffic",
        "the number 07 bus",
        "my insta: 10000 followers",
        "I phoned 111 and 999 and 101 and 116 123",
        "The hearing is on 12 March 1985",  // a date, but not after "born" or "DOB"
        "he was born in 1985 and she was born in March",
        "mum was at the GP at 9.15 and at the pharmacy by 10",
        "I was 17 in 2007, 18 in 2008",
        "go to e.g. the council first, i.e. housing options",
        "Its 3.30am and I cant sleep",
        "filed form C100 and C1A",
        "I live in Leeds now",
        "I moved to London in 2019",
        "1st April 2023 was the day I left",
        "rate it 1 2 3 4 5",
        "the kids are 3, 6 and 10",
    ]

    static let posts: [String] = housing + courts + children + police + health + money + onlineLife + forumVoice
        + nearMisses

    @Test("there are plenty of ordinary posts")
    func tableIsBig() {
        #expect(Self.posts.count >= 40)
    }

    @Test("ordinary posts are clear", arguments: posts)
    func ordinaryPostIsClear(_ post: String) {
        let screen = IdentifyingDetailScreen()
        #expect(screen.matches(in: post).map { "\($0.kind): \($0.text)" } == [])
        #expect(screen.verdict(for: post) == .clear)
        #expect(screen.masked(post) == post)
    }

    @Test("all the ordinary posts together are clear too")
    func ordinaryPostsTogetherAreClear() {
        #expect(IdentifyingDetailScreen().verdict(for: Self.posts.joined(separator: "\n")) == .clear)
        #expect(IdentifyingDetailScreen().verdict(for: Self.posts.joined(separator: " ")) == .clear)
    }
}
