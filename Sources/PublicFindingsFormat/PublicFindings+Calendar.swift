extension PublicFindings {
    /// A month, written `YYYY-MM`: how the format dates publication and the period counted, so no
    /// day or time can be written there.
    public struct Month: Sendable, Hashable, Comparable, CustomStringConvertible {
        public let year: Int
        /// 1 to 12.
        public let month: Int

        /// Nil unless `year` has four digits and `month` is 1 to 12.
        public init?(year: Int, month: Int) {
            guard (1000...9999).contains(year), (1...12).contains(month) else { return nil }
            self.year = year
            self.month = month
        }

        /// Reads exactly `YYYY-MM`; nil for anything else (a day, a time, a missing zero).
        public init?(_ text: String) {
            guard let parts = CalendarText.numbers(text, widths: [4, 2]) else { return nil }
            self.init(year: parts[0], month: parts[1])
        }

        public var description: String { CalendarText.padded(year, 4) + "-" + CalendarText.padded(month, 2) }

        public static func < (a: Month, b: Month) -> Bool { (a.year, a.month) < (b.year, b.month) }
    }

    /// A calendar day, written `YYYY-MM-DD`: only a recommendation's due date is a day.
    public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
        public let year: Int
        public let month: Int
        public let day: Int

        /// Nil unless the day exists (no 30 February).
        public init?(year: Int, month: Int, day: Int) {
            guard let inMonth = Month(year: year, month: month), (1...CalendarText.days(in: inMonth)).contains(day) else { return nil }
            self.year = year
            self.month = month
            self.day = day
        }

        /// Reads exactly `YYYY-MM-DD`.
        public init?(_ text: String) {
            guard let parts = CalendarText.numbers(text, widths: [4, 2, 2]) else { return nil }
            self.init(year: parts[0], month: parts[1], day: parts[2])
        }

        public var description: String {
            CalendarText.padded(year, 4) + "-" + CalendarText.padded(month, 2) + "-" + CalendarText.padded(day, 2)
        }

        public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
    }
}

/// The digit-by-digit reading and writing the two calendar types share.
enum CalendarText {
    /// The numbers of `text` split at `-`, each exactly as wide as `widths` says and ASCII digits only.
    static func numbers(_ text: String, widths: [Int]) -> [Int]? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == widths.count else { return nil }
        var numbers: [Int] = []
        for (part, width) in zip(parts, widths) {
            guard part.utf8.count == width, part.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let number = Int(part) else { return nil }
            numbers.append(number)
        }
        return numbers
    }

    static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func days(in month: PublicFindings.Month) -> Int {
        switch month.month {
        case 2:
            let leap = (month.year % 4 == 0 && month.year % 100 != 0) || month.year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
