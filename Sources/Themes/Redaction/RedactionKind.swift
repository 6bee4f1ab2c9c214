/// What a redaction hid, and the placeholder that stands in its place (003: 556, 602: "[name]",
/// "[place]").
public enum RedactionKind: String, Sendable, CaseIterable, Codable {
    case name, place, phoneNumber, email, date, age, address, postcode, webAddress, vehicleRegistration

    public var placeholder: String {
        switch self {
        case .name: "[name]"
        case .place: "[place]"
        case .phoneNumber: "[phone number]"
        case .email: "[email]"
        case .date: "[date]"
        case .age: "[age]"
        case .address: "[address]"
        case .postcode: "[postcode]"
        case .webAddress: "[web address]"
        case .vehicleRegistration: "[number plate]"
        }
    }

    /// Breaks ties between overlapping redactions of the same length: the more specific wins.
    var specificity: Int {
        switch self {
        case .email: 9
        case .webAddress: 8
        case .phoneNumber: 7
        case .postcode: 6
        case .address: 5
        case .vehicleRegistration: 4
        case .date: 3
        case .age: 2
        case .place: 1
        case .name: 0
        }
    }
}
