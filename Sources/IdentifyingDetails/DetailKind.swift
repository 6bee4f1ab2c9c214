/// The kinds of identifying detail the screen looks for. A held post carries one or more of these,
/// so the moderator queue can say why it was held.
public enum DetailKind: String, Sendable, CaseIterable, Codable {
    case phoneNumber, email, postcode, streetAddress, url, socialHandle, vehicleRegistration, dateOfBirth
    case watchedName, watchedPlace, watchedWord

    /// Plain words for the moderator queue ("held because it contains a phone number").
    public var reason: String {
        switch self {
        case .phoneNumber: "a phone number"
        case .email: "an email address"
        case .postcode: "a postcode"
        case .streetAddress: "a street address"
        case .url: "a web address"
        case .socialHandle: "a social media handle"
        case .vehicleRegistration: "a vehicle registration"
        case .dateOfBirth: "a date of birth"
        case .watchedName: "a name on the watch list"
        case .watchedPlace: "a place on the watch list"
        case .watchedWord: "a word on the watch list"
        }
    }

    /// Breaks ties between overlapping matches of equal length: the more specific kind wins.
    /// Deployment watch-list entries are the most specific of all.
    var specificity: Int {
        switch self {
        case .watchedName, .watchedPlace, .watchedWord: 10
        case .email: 9
        case .socialHandle: 8
        case .dateOfBirth: 7
        case .phoneNumber: 6
        case .postcode: 5
        case .vehicleRegistration: 4
        case .streetAddress: 3
        case .url: 2
        }
    }
}
