import Forum
import Foundation
import Localisation
import SurveyKit
import Testing
@testable import WebApp

/// A post's time in words: the words for a day before this week are kept once worked out, and
/// must stay what banding the day afresh gives, whatever the clock does (it may be set back).
@Suite struct CoarseTimeWordsTests {
    @Test func keptWordsAreAlwaysTheBandWorkedOutAfresh() async throws {
        let fixture = try ForumFixture()
        let clock = fixture.clock
        let english = try await PageRenderer(siteName: "Site", exitURL: "https://example.org")
        var services = try ForumServices(
            database: fixture.database, configuration: fixture.forum, renderer: english, clock: { clock.now })
        let days = (0..<500).map { UTCDay.string(from: clock.now.addingTimeInterval(Double(-$0) * 86_400)) }
        for language in ["en", "cy"] {
            let catalogue = try #require(Catalogue.all.first { $0.language == language })
            services = try ForumServices(
                database: fixture.database, configuration: fixture.forum, renderer: english.speaking(catalogue), clock: { clock.now })
            // Forward a week at a time, then back (a clock set back must not keep a stale band).
            for step in [0.0, 7, 7, 30, -44, 3] {
                clock.advance(minutes: step * 24 * 60)
                let banding = services.banding()
                for day in days {
                    let afresh = services.words(for: CoarseTime(UTCDay.midday(of: day) ?? .distantPast, now: clock.now, calendar: services.calendar))
                    #expect(services.coarseTime(ofDay: day, banding: banding) == afresh, "\(day) in \(language)")
                }
            }
        }
    }

    /// The banding is kept for the day it was made in only: every hour and a half across the turn of two
    /// weeks, forward and then back, it bands the last fortnight as working it out afresh does.
    @Test func theKeptBandingTurnsWithTheWeekHourByHour() async throws {
        let fixture = try ForumFixture()
        let clock = fixture.clock
        let english = try await PageRenderer(siteName: "Site", exitURL: "https://example.org")
        let services = try ForumServices(
            database: fixture.database, configuration: fixture.forum, renderer: english, clock: { clock.now })
        var checked = 0
        for step in Array(repeating: 97.0, count: 120) + Array(repeating: -97.0, count: 120) {
            clock.advance(minutes: step)
            let banding = services.banding()
            for hoursAgo in stride(from: 0, to: 14 * 24, by: 5) {
                let date = clock.now.addingTimeInterval(Double(-hoursAgo) * 3600)
                #expect(banding.band(of: date) == CoarseTime(date, now: clock.now, calendar: services.calendar), "\(date) at \(clock.now)")
                checked += 1
            }
        }
        #expect(checked == 240 * 68)
    }
}
