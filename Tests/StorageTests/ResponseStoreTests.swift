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
        #expect(try database.pragma("journal_mode") == "wal")
        #expect(try database.pragma("synchronous") == "2")  // FULL
        #expect(try database.pragma("secure_delete") == "1")
    }

    /// GRDB sets NORMAL on the writer when it turns WAL on; readers kept FULL, so a test through a
    /// reader passed while commits were not durable.
    @Test func theWriterConnectionIsFull() async throws {
        let database = try ChorusDatabase(directory: Self.temporaryDirectory())
        #expect(try await database.writerPragma("synchronous") == "2")
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

@Suite struct WriteAheadLogTests {
    /// The write-ahead log is emptied after each write, so it never holds the order in which
    /// responses arrived, nor a withdrawn response.
    @Test func theLogKeepsNoHistoryOfArrivals() async throws {
        let directory = ResponseStoreTests.temporaryDirectory()
        let store = ResponseStore(database: try ChorusDatabase(directory: directory))
        var ids: [String] = []
        for index in 0..<40 {
            let response = ResponseStoreTests.response(index)
            ids.append(response.id)
            try await store.insert(response)
        }
        let wal = (try? Data(contentsOf: directory.appendingPathComponent(ChorusDatabase.fileName + "-wal"))) ?? Data()
        let found = ids.filter { wal.range(of: Data($0.utf8)) != nil }
        #expect(found.count <= 1, "the log still holds \(found.count) responses")
    }

    @Test func aWithdrawnBoxIsNotLeftInTheLog() async throws {
        let directory = ResponseStoreTests.temporaryDirectory()
        let store = ResponseStore(database: try ChorusDatabase(directory: directory))
        var response = ResponseStoreTests.response(5, hash: 9)
        response.box = Data("SEALED-BOX-MARKER-\(UUID().uuidString)".utf8)
        try await store.insert(response)
        try await store.insert(ResponseStoreTests.response(6))
        #expect(try await store.withdraw(codeHash: Data(repeating: 9, count: 32)) == .deleted)
        for name in [ChorusDatabase.fileName, ChorusDatabase.fileName + "-wal"] {
            let bytes = (try? Data(contentsOf: directory.appendingPathComponent(name))) ?? Data()
            #expect(bytes.range(of: response.box) == nil, "the withdrawn box is still in \(name)")
        }
    }

    /// Concurrent submissions: a second insert cannot land before the log is emptied of the
    /// first, so sampling the log while 200 arrive at once never finds two of them in it. (A reader
    /// that keeps the log busy can still stop the folds: SECURITY.md, "Known limits".)
    @Test func concurrentArrivalsNeverQueueInTheLog() async throws {
        let directory = ResponseStoreTests.temporaryDirectory()
        let database = try ChorusDatabase(directory: directory)
        let store = ResponseStore(database: database)
        let wal = directory.appendingPathComponent(ChorusDatabase.fileName + "-wal")
        let ids = (0..<200).map { ResponseStoreTests.response($0).id }
        let finished = Flag()
        async let sampled: Int = {
            var most = 0
            while !finished.isSet {
                let bytes = (try? Data(contentsOf: wal)) ?? Data()
                most = max(most, ids.filter { bytes.range(of: Data($0.utf8)) != nil }.count)
                try? await Task.sleep(nanoseconds: 500_000)
            }
            return most
        }()
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<200 {
                group.addTask { try? await store.insert(ResponseStoreTests.response(index)) }
            }
        }
        finished.set()
        let most = await sampled
        #expect(try await store.count() == 200)
        #expect(most <= 1, "the log held \(most) responses at once, in arrival order")
    }
}

/// A flag set once, read from several tasks.
final class Flag: Sendable {
    private let value = Mutex(false)
    var isSet: Bool { value.withLock { $0 } }
    func set() { value.withLock { $0 = true } }
}
