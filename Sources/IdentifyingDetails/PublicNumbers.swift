/// Public numbers that are safe, and often kind, to share: emergency and non-emergency services and
/// national helplines. A post that gives a survivor the helpline number must not be held for it.
public enum PublicNumbers {
    public static let defaults: [String] = [
        "999",            // emergency
        "112",            // emergency
        "111",            // NHS non-emergency
        "101",            // police non-emergency
        "0808 2000 247",  // National Domestic Abuse Helpline
        "0808 8010 327",  // Men's Advice Line
        "0800 999 5428",  // Galop (LGBT+ domestic abuse helpline)
        "116 123",        // Samaritans
        "85258",          // Shout (text line)
    ]

    /// Digits only, in UK national form: "+44 808 2000 247" and "0808 2000 247" are the same number.
    static func normalized(_ number: String) -> String {
        var digits = String(ScreenText(number).chars.filter(ScreenText.isDigit))
        let international = number.trimmingLeadingSpaces.hasPrefix("+")
        if international, digits.hasPrefix("44") {
            digits.removeFirst(2)
            if !digits.hasPrefix("0") { digits = "0" + digits }
        } else if digits.hasPrefix("0044") {
            digits.removeFirst(4)
            if !digits.hasPrefix("0") { digits = "0" + digits }
        }
        return digits
    }
}

private extension String {
    var trimmingLeadingSpaces: Substring { drop { $0 == " " } }
}
