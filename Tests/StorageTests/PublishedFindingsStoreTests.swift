import Foundation
@testable import Storage
import Testing

/// The store of published findings: the current one, withdrawal, the kept history, and what
/// SQLite itself refuses.
@Suite struct PublishedFindingsStoreTests {
    static let first = #"{"title": "Round one"}"#
    static let second = #"{"title": "Round two"}"#

    @Test func nothingIsPublishedAtFirst() async throws {
        let store = PublishedFindingsStore(database: try ForumFixture().database)
        #expect(try await store.current() == nil)
        #expect(try await store.history().isEmpty)
    }

    @Test func theLatestPublicationIsCurrentAndTheHistoryIsKept() async throws {
        let store = PublishedFindingsStore(database: try ForumFixture().database)
        let one = try await store.publish(json: Self.first, day: "2026-11-01", by: .commandLine)
        #expect(try await store.current() == one)
        #expect(one.json == Self.first)
        #expect(one.publishedDay == "2026-11-01")
        #expect(one.publishedBy == .commandLine)
        #expect(one.withdrawnDay == nil && one.withdrawnBy == nil)

        let two = try await store.publish(json: Self.second, day: "2026-12-03", by: .staff(id: 4))
        #expect(try await store.current() == two)
        #expect(two.publishedBy == .staff(id: 4))
        #expect(try await store.history().map(\.json) == [Self.second, Self.first])
        #expect(try await store.history(limit: 1).map(\.id) == [two.id])
    }

    @Test func withdrawingTakesEverythingDownAndKeepsTheHistory() async throws {
        let store = PublishedFindingsStore(database: try ForumFixture().database)
        try await store.publish(json: Self.first, day: "2026-11-01", by: .commandLine)
        try await store.publish(json: Self.second, day: "2026-12-03", by: .staff(id: 4))
        #expect(try await store.withdraw(day: "2026-12-05", by: .staff(id: 9)) == 2)
        // Not the older round in its place: nothing.
        #expect(try await store.current() == nil)
        let history = try await store.history()
        #expect(history.map(\.withdrawnDay) == ["2026-12-05", "2026-12-05"])
        #expect(history.map(\.withdrawnBy) == [.staff(id: 9), .staff(id: 9)])
        #expect(history.map(\.json) == [Self.second, Self.first])
        // Withdrawing again changes nothing, and says so.
        #expect(try await store.withdraw(day: "2026-12-06", by: .commandLine) == 0)
        #expect(try await store.history().map(\.withdrawnDay) == ["2026-12-05", "2026-12-05"])
        // Publishing again puts findings back.
        let three = try await store.publish(json: Self.first, day: "2026-12-07", by: .commandLine)
        #expect(try await store.current() == three)
    }

    @Test(arguments: ["2026-11-22T10:00:00Z", "2026-11", "22/11/2026", ""])
    func onlyADayIsStoredNeverATime(_ day: String) async throws {
        let store = PublishedFindingsStore(database: try ForumFixture().database)
        await #expect(throws: PublishedFindingsError.invalidDay) { try await store.publish(json: Self.first, day: day, by: .commandLine) }
        await #expect(throws: PublishedFindingsError.invalidDay) { try await store.withdraw(day: day, by: .commandLine) }
        #expect(try await store.history().isEmpty)
    }

    @Test func findingsOverOneMegabyteAreRefused() async throws {
        let store = PublishedFindingsStore(database: try ForumFixture().database)
        let large = String(repeating: " ", count: PublishedFindingsStore.maximumJSONBytes + 1)
        await #expect(throws: PublishedFindingsError.tooLarge) { try await store.publish(json: large, day: "2026-11-01", by: .commandLine) }
        #expect(try await store.history().isEmpty)
    }

    @Test(arguments: [
        ("UPDATE publishedFindings SET json = '{}'", "keep what was published"),
        ("UPDATE publishedFindings SET publishedDay = '2026-01-01'", "keep what was published"),
        ("UPDATE publishedFindings SET publishedBy = 'staff:1'", "keep what was published"),
        ("INSERT INTO publishedFindings (json, publishedDay, publishedBy) VALUES ('{}', '2026-11-01 10:00', 'command line')", "CHECK"),
        ("INSERT INTO publishedFindings (json, publishedDay, publishedBy) VALUES ('{}', '2026-11-01', 'Sam')", "CHECK"),
        ("INSERT INTO publishedFindings (json, publishedDay, publishedBy, withdrawnDay) VALUES ('{}', '2026-11-01', 'command line', '2026-11-02')", "CHECK"),
    ])
    func sqliteKeepsTheRecordHonest(_ sql: String, _ words: String) async throws {
        let fixture = try ForumFixture()
        let store = PublishedFindingsStore(database: fixture.database)
        try await store.publish(json: Self.first, day: "2026-11-01", by: .commandLine)
        let error = await #expect(throws: (any Error).self) { try await fixture.database.executeForTesting(sql) }
        #expect(String(describing: error).contains(words), "\(String(describing: error))")
        #expect(try await store.history().map(\.json) == [Self.first])
    }

    @Test func withdrawnFindingsStayWithdrawn() async throws {
        let fixture = try ForumFixture()
        let store = PublishedFindingsStore(database: fixture.database)
        try await store.publish(json: Self.first, day: "2026-11-01", by: .commandLine)
        try await store.withdraw(day: "2026-11-02", by: .commandLine)
        let error = await #expect(throws: (any Error).self) {
            try await fixture.database.executeForTesting("UPDATE publishedFindings SET withdrawnDay = NULL, withdrawnBy = NULL")
        }
        #expect(String(describing: error).contains("stay withdrawn"))
        #expect(try await store.current() == nil)
    }

    @Test func anOlderDatabaseGainsTheTable() async throws {
        let directory = ResponseStoreTests.temporaryDirectory()
        try ChorusDatabase.makeV1OnlyDatabaseForTesting(directory: directory, response: ResponseStoreTests.response(3, hash: 3))
        let store = PublishedFindingsStore(database: try ChorusDatabase(directory: directory))
        #expect(try await store.current() == nil)
        try await store.publish(json: Self.first, day: "2026-11-01", by: .commandLine)
        #expect(try await store.current()?.json == Self.first)
    }
}
