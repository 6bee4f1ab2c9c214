import Foundation
import Sealing
import Storage

/// What a session row holds: whose it is, the account's session epoch when it was made ("log out
/// everywhere" bumps the epoch, so older sessions are refused even if a row survived), the CSRF
/// token for its forms, and the hour after which it ends however active it is.
///
/// No time of sign-in, no address, no browser: the absolute end is rounded up to the hour.
public struct ChorusSession: Codable, Sendable, Equatable {
    public enum Account: Codable, Sendable, Equatable {
        case member(Int64)
        case staff(Int64)
    }

    public var account: Account
    public var epoch: Int
    public var csrfToken: String
    /// Seconds since 1970, a whole hour: the session ends then, however recently it was used.
    public var endsAt: Int64
    /// The account as it was read with the session's row on this request (`DatabaseSessionDriver`),
    /// so `SignedInMiddleware` need not read it again. Never stored, and not part of equality.
    var owner: SessionEntry.Owner?

    public static func == (a: ChorusSession, b: ChorusSession) -> Bool {
        a.account == b.account && a.epoch == b.epoch && a.csrfToken == b.csrfToken && a.endsAt == b.endsAt
    }

    init(account: Account, epoch: Int, lifetime: TimeInterval, now: Date) {
        self.account = account
        self.epoch = epoch
        csrfToken = SecureRandom.bytes(32).hex
        let end = Int64(now.timeIntervalSince1970 + lifetime)
        endsAt = (end / 3600 + 1) * 3600
    }

    func hasEnded(at now: Date) -> Bool { Int64(now.timeIntervalSince1970) >= endsAt }
}

/// A session row holds one line of text ("v1 member 42 0 1796626800 <token>"), not nested JSON
/// objects: it is read on every signed-in request, and Foundation's JSONDecoder walking the keyed
/// containers of the nested account was a twentieth of a forum page. Rows written in the earlier
/// keyed form are still read, so an upgrade signs nobody out.
extension ChorusSession {
    private static let version = "v1"

    var line: String {
        let (kind, id) = switch account {
        case .member(let id): ("member", id)
        case .staff(let id): ("staff", id)
        }
        return "\(Self.version) \(kind) \(id) \(epoch) \(endsAt) \(csrfToken)"
    }

    /// The session a line holds, or nil for anything but printable ASCII in exactly that form.
    /// Read as bytes: splitting the string by characters was most of the time it took.
    init?(line: String) {
        guard line.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        let fields = line.utf8.split(separator: 0x20, omittingEmptySubsequences: false).map(Substring.init)
        guard fields.count == 6, fields[0] == Self.version, let id = Int64(fields[2]), let epoch = Int(fields[3]),
              let endsAt = Int64(fields[4]), !fields[5].isEmpty else { return nil }
        switch fields[1] {
        case "member": account = .member(id)
        case "staff": account = .staff(id)
        default: return nil
        }
        self.epoch = epoch
        self.endsAt = endsAt
        csrfToken = String(fields[5])
    }

    /// A stored row as JSON gives it (`encode(to:)` writes `line` as one JSON string), read
    /// without JSONDecoder when the row is exactly a string with no escapes in it, as every row
    /// `line` writes is: setting up a JSONDecoder for each signed-in request was a fiftieth of a
    /// forum page. Anything else (an escape, the earlier keyed form) goes to JSONDecoder, and
    /// `ChorusSessionTests` holds the two to the same answer.
    static func decoding(storedJSON data: Data) -> ChorusSession? {
        if let line = plainJSONString(data) { return Self(line: line) }
        return try? JSONDecoder().decode(ChorusSession.self, from: data)
    }

    /// The text of `data` when it is a JSON string with no escape (and no quote) inside, else nil.
    /// What else a line may hold, `init?(line:)` decides: it refuses all but printable ASCII, as
    /// JSONDecoder's answer would then be refused too.
    private static func plainJSONString(_ data: Data) -> String? {
        data.withUnsafeBytes { bytes -> String? in
            guard bytes.count >= 2, bytes.first == 0x22, bytes.last == 0x22 else { return nil }
            let inner = UnsafeRawBufferPointer(rebasing: bytes[1..<(bytes.count - 1)])
            guard !inner.contains(where: { $0 == 0x22 || $0 == 0x5C }) else { return nil }
            return String(decoding: inner, as: UTF8.self)
        }
    }

    /// The keyed form rows were written in before `line`.
    private struct Keyed: Decodable {
        var account: Account
        var epoch: Int
        var csrfToken: String
        var endsAt: Int64
    }

    public init(from decoder: any Decoder) throws {
        if let line = try? decoder.singleValueContainer().decode(String.self) {
            guard let session = Self(line: line) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a Chorus session line"))
            }
            self = session
        } else {
            let keyed = try Keyed(from: decoder)
            self.init(account: keyed.account, epoch: keyed.epoch, csrfToken: keyed.csrfToken, endsAt: keyed.endsAt)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(line)
    }

    private init(account: Account, epoch: Int, csrfToken: String, endsAt: Int64) {
        self.account = account
        self.epoch = epoch
        self.csrfToken = csrfToken
        self.endsAt = endsAt
    }
}
