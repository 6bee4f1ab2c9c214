/// Why a forum store refused a write. Nothing is changed when one is thrown.
public enum ForumStorageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A day that is not `YYYY-MM-DD`: the forum keeps days, never times.
    case invalidDay
    /// A space name that is empty, too long, or holds a comma or a line break.
    case invalidSpace
    /// Text too large for one 64 KiB page (see `ForumStore.maximumBodyBytes` and friends).
    case textTooLarge
    /// Another member already has this pseudonym.
    case pseudonymTaken
    /// She has written in the forum, so her name stays as members saw it.
    case alreadyPosted
    /// Another member already has this recovery code.
    case recoveryCodeTaken
    /// Another staff account already has this name (compared ignoring case).
    case staffNameTaken
    /// `KeyValueStore.create` for a key that already holds a live value.
    case keyExists
    /// The member, staff account, thread or post named does not exist.
    case notFound
    /// A conditional update found the post in another state than expected: somebody acted first.
    case stateChanged
    /// Text written with `.removedByAuthor`, a state that keeps none.
    case bodyInBodilessState

    public var description: String {
        switch self {
        case .invalidDay: return "A day must be written YYYY-MM-DD."
        case .invalidSpace: return "A space name must be 1 to 64 characters, with no comma or line break."
        case .textTooLarge: return "The text is larger than the forum stores."
        case .pseudonymTaken: return "That pseudonym is taken."
        case .alreadyPosted: return "The member has posted, so her pseudonym cannot change."
        case .recoveryCodeTaken: return "That recovery code is taken."
        case .staffNameTaken: return "A staff account with that name exists."
        case .keyExists: return "The key already holds a value."
        case .notFound: return "Not found."
        case .stateChanged: return "The post changed state meanwhile."
        case .bodyInBodilessState: return "A post removed by its author keeps no text."
        }
    }
}

/// Days as the forum keeps them: `YYYY-MM-DD`, UTC, no time of day. The schema checks the same.
enum StorageDay {
    static func isValid(_ day: String) -> Bool {
        let parts = day.split(separator: "-", omittingEmptySubsequences: false)
        guard day.utf8.count == 10, parts.count == 3,
              parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }),
              let month = Int(parts[1]), let dayOfMonth = Int(parts[2])
        else { return false }
        return (1...12).contains(month) && (1...31).contains(dayOfMonth)
    }

    static func check(_ day: String) throws(ForumStorageError) {
        guard isValid(day) else { throw .invalidDay }
    }
}

/// Space names as stored in `thread.space`, `invite.space` and a member's comma-separated `spaces`.
enum StorageSpace {
    static let maximumLength = 64

    static func check(_ space: String) throws(ForumStorageError) {
        guard !space.isEmpty, space.count <= maximumLength,
              !space.contains(where: { $0 == "," || $0.isNewline })
        else { throw .invalidSpace }
    }

    static func decode(_ column: String) -> [String] {
        column.split(separator: ",").map(String.init)
    }

    static func encode(_ spaces: some Sequence<String>) -> String {
        Set(spaces).sorted().joined(separator: ",")
    }
}

/// Text size limits that keep a row within its 64 KiB page (see `ChorusDatabase`).
enum StorageText {
    static func check(_ text: String?, maximumBytes: Int) throws(ForumStorageError) {
        guard let text else { return }
        guard text.utf8.count <= maximumBytes else { throw .textTooLarge }
    }
}
