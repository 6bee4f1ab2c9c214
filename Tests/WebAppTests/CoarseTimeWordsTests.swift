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
                    let afresh = services.words(for: CoarseTime(ForumServices.date(ofDay: day), now: clock.now, calendar: services.calendar))
                    #expect(services.coarseTime(ofDay: day, banding: banding) == afresh, "\(day) in \(language)")
                }
            }
        }
    }
}
