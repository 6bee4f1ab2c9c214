import Foundation
import Services
import Testing

/// The forum's in-memory times: what an attacker sends cannot make them grow without bound.
@Suite struct ForumActivityTests {
    @Test("the memory of wrong tries stays bounded, in names and in their length")
    func failuresAreBounded() async {
        let activity = ForumActivity()
        let now = Date()
        for index in 0..<(ForumActivity.rememberedNames + 3_000) {
            await activity.recordFailedSignIn("name-\(index)-" + String(repeating: "x", count: 2_000), now: now)
        }
        #expect(await activity.rememberedNameCount <= ForumActivity.rememberedNames)
        // A name longer than what is kept still counts against itself.
        let long = "robin" + String(repeating: "y", count: 10_000)
        for _ in 0..<ForumActivity.failureLimit { await activity.recordFailedSignIn(long, now: now) }
        #expect(await !activity.mayTrySignIn(long, now: now))
    }
}
