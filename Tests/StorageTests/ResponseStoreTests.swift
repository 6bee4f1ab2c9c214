import Foundation
@testable import Storage
import Synchronization
import Testing

@Suite struct ResponseStoreTests {
    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("chorus-storage-\(UUID().uuidString)")
    }

    static func response(_ index: Int, hash: UInt8? = nil) -> SealedResponse {
        SealedResponse(id: String(format: "%032x", index), survey: "s", version: 1, day: "2026-11-22",
                       box: Data(repeating: UInt8(index % 256), count: 600), withdrawalHash: Data(repeating: hash ?? UInt8(index % 256), count: 32))
    }

    @Test func theDatabaseIsDurableAndOverwritesWhatItDeletes() throws {
        let database = try ChorusDatabase(directory: Self.temporaryDirectory())
        #expect(try database.pragma("journal_mode") == ChorusDatabase.journalMode)
        #expect(try database.pragma("synchronous") == "2")  // FULL
        #expect(try database.pragma("secure_delete") == "1")
    }

    /// When the database was in WAL mode, GRDB set NORMAL on the writer and a test through a
    /// reader passed while commits were not durable; now the one connection reads and writes.
    @Test func theWriterConnectionIsFull() async throws {
        let database = try ChorusDatabase(directory: Self.temporaryDirectory())
        #expect(try database.pragma("synchronous") == "2")
    }

    @Test func theDataFolderIsPrivate() throws {
        let directory = Self.temporaryDirectory()
        _ = try ChorusDatabase(directory: directory)
        let mode = try FileManager.default.attributesOfItem(atPath: directory.path)[.posixPermissions] as? Int
        #expect(mode == 0o700)
    }

    @Test func exportGivesEveryResponseOnceInARandomOrder() async throws {
        let store = ResponseStore(database: try ChorusDatabase(directory: Self.temporaryDirectory()))
        for index in 0..<50 { try await store.insert(Self.response(index)) }
        var first: [String] = []
        var second: [String] = []
        _ = try store.export { first.append($0.id) }
        _ = try store.export { second.append($0.id) }
        #expect(Set(first) == Set((0..<50).map { String(format: "%032x", $0) }))
        #expect(first.count == 50)
        // Two shuffles of 50 agreeing by chance: 1 in 50!.
        #expect(first != second)
        #expect(first != first.sorted())
    }

    @Test func withdrawingBeforeExportDeletesWithoutTrace() async throws {
        let store = ResponseStore(database: try ChorusDatabase(directory: Self.temporaryDirectory()))
        try await store.insert(Self.response(1, hash: 7))
        #expect(try await store.withdraw(codeHash: Data(repeating: 7, count: 32)) == .deleted)
        #expect(try await store.count() == 0)
        #expect(try store.export { _ in } == [])
        #expect(try await store.withdraw(codeHash: Data(repeating: 7, count: 32)) == .notFound)
    }

    @Test func withdrawingAfterExportRecordsTheIdForTheNextReport() async throws {
        let store = ResponseStore(database: try ChorusDatabase(directory: Self.temporaryDirectory()))
        try await store.insert(Self.response(1, hash: 7))
        try await store.insert(Self.response(2, hash: 8))
        _ = try store.export { _ in }
        #expect(try await store.withdraw(codeHash: Data(repeating: 7, count: 32)) == .deletedAndRecordedForNextReport)
        var ids: [String] = []
        let withdrawn = try store.export { ids.append($0.id) }
        #expect(withdrawn == [String(format: "%032x", 1)])
        #expect(ids == [String(format: "%032x", 2)])
    }

    @Test func anAcknowledgedResponseIsInTheFileWhenTheDatabaseIsReopened() async throws {
        let directory = Self.temporaryDirectory()
        do {
            let store = ResponseStore(database: try ChorusDatabase(directory: directory))
            try await store.insert(Self.response(3))
        }
        let reopened = ResponseStore(database: try ChorusDatabase(directory: directory))
        #expect(try await reopened.count() == 1)
    }
}

@Suite struct StorageLayoutTests {
    /// Sealed boxes of every size Chorus stores fit their table page: no overflow page, whose order
    /// in the file would give away the order responses arrived in.
    @Test func everyBoxFitsItsPageSoTheFileKeepsNoArrivalOrder() async throws {
        let database = try ChorusDatabase(directory: ResponseStoreTests.temporaryDirectory())
        #expect(try database.pragma("page_size") == String(ChorusDatabase.pageSize))
        let store = ResponseStore(database: database)
        let sizes = [560, 1072, 2096, 4144, 16432, 32816, SealedResponse.maximumBoxSize]
        for index in 0..<140 {
            var response = ResponseStoreTests.response(index)
            response.box = Data(repeating: UInt8(index % 256), count: sizes[index % sizes.count])
            try await store.insert(response)
        }
        #expect(try database.overflowPageCount(of: "response") == 0)
    }

    @Test func aBoxLargerThanAPageIsRefusedNotSpilled() async throws {
        let store = ResponseStore(database: try ChorusDatabase(directory: ResponseStoreTests.temporaryDirectory()))
        var response = ResponseStoreTests.response(1)
        response.box = Data(count: SealedResponse.maximumBoxSize + 1)
        await #expect(throws: StorageError.responseTooLarge) { try await store.insert(response) }
        #expect(try await store.count() == 0)
    }

    /// Rows sit in the file in the order of a random slot: the order they are read back in (the
    /// table's physical order) is not the order they arrived.
    @Test func rowsAreNotStoredInArrivalOrder() async throws {
        let database = try ChorusDatabase(directory: ResponseStoreTests.temporaryDirectory())
        let store = ResponseStore(database: database)
        for index in 0..<100 { try await store.insert(ResponseStoreTests.response(index)) }
        let stored = try database.idsInStorageOrder()
        #expect(Set(stored).count == 100)
        let arrival = (0..<100).map { String(format: "%032x", $0) }
        #expect(stored != arrival)
        #expect(stored != arrival.reversed())
    }
}

/// No file beside the database keeps what the database no longer says: the order responses
/// arrived in, or a withdrawn response. (SQLite's rollback journal holds only the pages one
/// transaction changes, as they were before it, and is emptied at commit; a write-ahead log,
/// used before, kept every commit in order while any reader held it.)
@Suite struct JournalTests {
    /// Every file in the data folder except the database itself, with its bytes.
    static func sideFiles(in directory: URL) -> [(name: String, bytes: Data)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0 != ChorusDatabase.fileName && $0.hasPrefix(ChorusDatabase.fileName) }.map {
            ($0, (try? Data(contentsOf: directory.appendingPathComponent($0))) ?? Data())
        }
    }

    @Test func theWriterUsesARollbackJournal() async throws {
        let database = try ChorusDatabase(directory: ResponseStoreTests.temporaryDirectory())
        #expect(try database.pragma("journal_mode") == ChorusDatabase.journalMode)
    }

    @Test func afterEveryWriteNoSideFileHoldsAnything() async throws {
        let directory = ResponseStoreTests.temporaryDirectory()
        let store = ResponseStore(database: try ChorusDatabase(directory: directory))
        for index in 0..<40 { try await store.insert(ResponseStoreTests.response(index)) }
        for file in Self.sideFiles(in: directory) {
            #expect(file.bytes.isEmpty, "\(file.name) holds \(file.bytes.count) bytes after the writes returned")
        }
    }

    @Test func aWithdrawnBoxIsInNoFile() async throws {
        let directory = ResponseStoreTests.temporaryDirectory()
        let store = ResponseStore(database: try ChorusDatabase(directory: directory))
        var response = ResponseStoreTests.response(5, hash: 9)
        response.box = Data("SEALED-BOX-MARKER-\(UUID().uuidString)".utf8)
        try await store.insert(response)
        try await store.insert(ResponseStoreTests.response(6))
        #expect(try await store.withdraw(codeHash: Data(repeating: 9, count: 32)) == .deleted)
        let files = [(ChorusDatabase.fileName, try Data(contentsOf: directory.appendingPathComponent(ChorusDatabase.fileName)))]
            + Self.sideFiles(in: directory)
        for (name, bytes) in files {
            #expect(bytes.range(of: response.box) == nil, "the withdrawn box is still in \(name)")
        }
    }

    /// 200 submissions at once while another process's connection (an export, say) keeps reading:
    /// sampled throughout, no side file ever holds more than one transaction's pages. A write-ahead
    /// log in the same run grew to hold most of the 200, in the order they came.
    @Test func concurrentArrivalsWithAReaderNeverQueueInASideFile() async throws {
        let directory = ResponseStoreTests.temporaryDirectory()
        let database = try ChorusDatabase(directory: directory)
        let reader = try ChorusDatabase(directory: directory)
        let store = ResponseStore(database: database)
        // One insert changes the table's page, a page of each of its two indexes, and the header
        // page; a split or two more. Eight pages is generous for one transaction and far below 200.
        let limit = 8 * ChorusDatabase.pageSize + 4096
        let finished = Flag()
        async let sampled: Int = {
            var most = 0
            while !finished.isSet {
                most = max(most, Self.sideFiles(in: directory).map(\.bytes.count).reduce(0, +))
                try? await Task.sleep(nanoseconds: 200_000)
            }
            return most
        }()
        async let reads: Int = {
            var count = 0
            while !finished.isSet {
                try? await reader.holdReadForTesting(milliseconds: 2)
                count += 1
            }
            return count
        }()
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<200 {
                group.addTask { try? await store.insert(ResponseStoreTests.response(index)) }
            }
        }
        finished.set()
        let most = await sampled
        #expect(await reads > 0)
        #expect(try await store.count() == 200)
        #expect(most <= limit, "side files held \(most) bytes at once: more than one transaction's pages")
    }

    /// A backup of an older server's data folder restores with this version's tables and its rows.
    @Test func anOlderBackupIsBroughtUpToDateWhenRestored() throws {
        let old = ResponseStoreTests.temporaryDirectory()
        try ChorusDatabase.makeV1OnlyDatabaseForTesting(directory: old, response: ResponseStoreTests.response(4, hash: 4))
        let restored = ResponseStoreTests.temporaryDirectory()
        let summary = try ChorusDatabase.restore(from: old, to: restored)
        #expect(summary.responses == 1)
        let database = try ChorusDatabase(directory: restored)
        #expect(try database.appliedMigrationsForTesting() == ["v1: sealed responses", "v2: forum", "v3: published findings"])
        #expect(throws: BackupError.destinationExists(restored.path)) { try ChorusDatabase.restore(from: old, to: restored) }
    }

    /// A data folder from before, with its write-ahead log, is turned to the rollback journal when
    /// the server opens it, and keeps its responses.
    @Test func anOldDataFolderLosesItsWriteAheadLog() async throws {
        let directory = ResponseStoreTests.temporaryDirectory()
        let response = ResponseStoreTests.response(7, hash: 7)
        try ChorusDatabase.makeV1OnlyDatabaseForTesting(directory: directory, response: response)
        let database = try ChorusDatabase(directory: directory)
        #expect(try database.pragma("journal_mode") == ChorusDatabase.journalMode)
        #expect(try await ResponseStore(database: database).count() == 1)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(!names.contains(ChorusDatabase.fileName + "-wal"))
    }
}

/// A flag set once, read from several tasks.
final class Flag: Sendable {
    private let value = Mutex(false)
    var isSet: Bool { value.withLock { $0 } }
    func set() { value.withLock { $0 = true } }
}
