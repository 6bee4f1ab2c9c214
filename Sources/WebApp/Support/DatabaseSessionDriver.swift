import Foundation
import Hummingbird
import Sealing
import Storage

/// Hummingbird's `PersistDriver` over the database's key-value table, for sessions.
///
/// - The session id in her cookie is never stored: the key is its BLAKE2b hash, so a copy of the
///   database does not let anybody step into a live session.
/// - Each session row names its owner, so "log out everywhere" and deleting an account delete
///   the rows at once (`MemberStore.bumpSessionEpoch`, `deleteAccount`).
/// - Expiry is whole seconds; an expired row is never returned and is purged.
struct DatabaseSessionDriver: PersistDriver {
    let store: KeyValueStore
    let clock: @Sendable () -> Date

    init(store: KeyValueStore, clock: @escaping @Sendable () -> Date = Date.init) {
        self.store = store
        self.clock = clock
    }

    static func storageKey(_ key: String) -> String {
        "s:" + Digest.hash(Array(key.utf8)).hex
    }

    private var now: Int64 { Int64(clock().timeIntervalSince1970) }

    private func expiry(_ expires: Duration?) -> Int64? {
        expires.map { now + $0.components.seconds }
    }

    private func owner(of value: some Codable) -> KeyValueOwner? {
        switch (value as? ChorusSession)?.account {
        case .member(let id)?: return .member(id)
        case .staff(let id)?: return .staff(id)
        case nil: return nil
        }
    }

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        // Each sign-in clears away sessions that ended unused, so none lingers in the file.
        try await store.purgeExpired(now: now)
        do {
            try await store.create(key: Self.storageKey(key), value: JSONEncoder().encode(value),
                                   expires: expiry(expires), owner: owner(of: value), now: now)
        } catch ForumStorageError.keyExists {
            throw PersistError.duplicate
        }
    }

    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let storageKey = Self.storageKey(key)
        // The protocol keeps an existing expiry when none is given.
        var until = expiry(expires)
        if until == nil { until = try await store.entry(key: storageKey, now: now)?.expires }
        try await store.set(key: storageKey, value: JSONEncoder().encode(value), expires: until, owner: owner(of: value))
    }

    func get<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: type)?.object
    }

    func getWithTTL<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> (object: Object, ttl: Duration?)? {
        let now = self.now
        // The row and the account it names come in one read: the account rides on the session
        // (`ChorusSession.owner`) for `SignedInMiddleware`.
        guard let entry = try await store.sessionEntry(key: Self.storageKey(key), now: now) else { return nil }
        let ttl: Duration? = entry.expires.map { .seconds($0 - now) }
        if type == ChorusSession.self {
            guard var session = ChorusSession.decoding(storedJSON: entry.value) else { throw PersistError.invalidConversion }
            session.owner = entry.owner
            guard let object = session as? Object else { throw PersistError.invalidConversion }
            return (object, ttl)
        }
        guard let object = try? JSONDecoder().decode(type, from: entry.value) else { throw PersistError.invalidConversion }
        return (object, ttl)
    }

    func remove(key: String) async throws {
        try await store.remove(key: Self.storageKey(key))
    }
}
